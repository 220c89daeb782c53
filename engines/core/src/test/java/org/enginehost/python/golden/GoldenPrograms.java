package org.enginehost.python.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Permission;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end programs (engines/baseline/src/test/resources/programs, located by the system
 * property {@code programs.dir}), each compared with what CPython 3.11 produced (see
 * {@code regenerate.sh} there): stdout exactly, the last stderr line, and the exit status. An
 * engine's test class extends this and names the engine.
 */
public abstract class GoldenPrograms {
    static final Path PROGRAMS = Path.of(System.getProperty("programs.dir", "src/test/resources/programs"));

    /** The engine under test. */
    protected abstract Engine engine();

    /** The outcome of one run. */
    public record Result(String stdout, String stderr, int status) {
        public String lastErrLine() {
            String[] lines = stderr.split("\n");
            return stderr.isEmpty() ? "" : lines[lines.length - 1];
        }
    }

    public static Result run(Engine engine, String name, String text, Path workDir, List<String> argv) {
        return run(engine, name, text, workDir, argv, Map.of());
    }

    /** As {@link #run(Engine, String, String, Path, List)}, with engine options. */
    public static Result run(Engine engine, String name, String text, Path workDir, List<String> argv,
                             Map<String, String> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig.Builder b = InterpreterConfig.builder()
                .stdin(new ByteArrayInputStream(new byte[0]))
                .stdout(out)
                .stderr(err)
                // run as the command line runs a user's own script: with file access
                .grant(Permission.FILE_READ, Permission.FILE_WRITE);
        if (workDir != null) {
            b.workingDirectory(workDir);
        }
        options.forEach(b::option);
        int status;
        try (Interpreter in = engine.create(b.build())) {
            status = in.run(Source.of(name, text), argv);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private void check(Path py) throws IOException {
        String base = py.getFileName().toString().replaceAll("\\.py$", "");
        String expectedOut = Files.readString(PROGRAMS.resolve(base + ".out"), StandardCharsets.UTF_8);
        int expectedStatus = Integer.parseInt(Files.readString(PROGRAMS.resolve(base + ".status")).trim());
        Path errFile = PROGRAMS.resolve(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8).strip() : "";
        Result r = run(engine(), py.getFileName().toString(), Files.readString(py, StandardCharsets.UTF_8),
                PROGRAMS.toAbsolutePath(), List.of(py.getFileName().toString(), "golden-arg"));
        assertEquals(expectedOut, r.stdout(), base + ": stdout (stderr was:\n" + r.stderr() + ")");
        assertEquals(expectedErr, r.lastErrLine(), base + ": last stderr line (full stderr:\n" + r.stderr() + ")");
        assertEquals(expectedStatus, r.status(), base + ": exit status");
    }
}
