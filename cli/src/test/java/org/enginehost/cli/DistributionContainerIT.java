package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The distribution on clean JDK images: nothing but a JRE, the oldest and the newest release we
 * support. Skipped where no Docker engine runs (such as this project's own build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class DistributionContainerIT {

    private static final Path DIST = Path.of(System.getProperty("host.dist", "target/host")).toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"eclipse-temurin:17-jre", "eclipse-temurin:25-jre"})
    void runsOnACleanJdk(String image) {
        String script = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(20))\n";
        try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withCopyFileToContainer(MountableFile.forHostPath(DIST, 0755), "/opt/host")
                .withCommand("sh", "-c", "/opt/host/bin/host engines && /opt/host/bin/host -c \"$SCRIPT\"")
                .withEnv("SCRIPT", script)
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2)))) {
            container.start();
            String logs = container.getLogs();
            assertTrue(logs.lines().anyMatch(l -> l.startsWith("baseline ")), logs);
            assertEquals("6765", logs.strip().lines().reduce((a, b) -> b).orElse(""), logs);
        }
    }
}
