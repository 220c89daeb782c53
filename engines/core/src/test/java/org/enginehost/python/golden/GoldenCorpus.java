package org.enginehost.python.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.enginehost.spi.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus (engines/core/src/test/golden, expected results recorded from CPython 3.11)
 * on one engine. Every program named in the ratchet list (the system property
 * {@code golden.list}: engines/baseline/src/test/resources/golden-passing.txt) must pass on every
 * Python engine: the list grows as the language grows, and never shrinks. check.sh in the corpus
 * folder shows which of the others pass now.
 */
public abstract class GoldenCorpus {

    private static final Path CORPUS = Path.of(System.getProperty("golden.dir", "../core/src/test/golden"));
    private static final Path LIST = Path.of(System.getProperty("golden.list",
            "../baseline/src/test/resources/golden-passing.txt"));

    /** The engine under test. */
    protected abstract Engine engine();

    /**
     * Programs of the list whose CPython output this engine differs from by design (each with the
     * reason in the engine's test class); they are skipped, not failed.
     */
    protected Set<String> designedDifferences() {
        return Set.of();
    }

    /** Engine options for every run (none by default). */
    protected Map<String, String> options() {
        return Map.of();
    }

    @TestFactory
    Stream<DynamicTest> ratchetedPrograms() throws IOException {
        List<String> names;
        names = Files.readString(LIST, StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> !designedDifferences().contains(l)).toList();
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(CORPUS.resolve(name))));
    }

    private void check(Path py) throws IOException {
        String base = py.getFileName().toString().replaceAll("\\.py$", "");
        Path dir = py.getParent();
        String expectedOut = Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = dir.resolve(base + ".err");
        Path exitFile = dir.resolve(base + ".exit");
        int expectedStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip())
                : Files.exists(errFile) ? 1 : 0;
        String name = py.toAbsolutePath().toString();
        GoldenPrograms.Result r = GoldenPrograms.run(engine(), name, Files.readString(py, StandardCharsets.UTF_8),
                dir.toAbsolutePath(), List.of(name), options());
        assertEquals(expectedOut, r.stdout(), base + ": stdout (stderr was:\n" + r.stderr() + ")");
        if (Files.exists(errFile)) {
            String want = Files.readString(errFile, StandardCharsets.UTF_8).stripTrailing(); // leading spaces count (group boxes)
            assertEquals(want, r.lastErrLine(), base + ": last stderr line (full stderr:\n" + r.stderr() + ")");
        }
        assertEquals(expectedStatus, r.status(), base + ": exit status (stderr:\n" + r.stderr() + ")");
    }
}
