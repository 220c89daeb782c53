package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.enginehost.spi.HostFunction;
import org.enginehost.spi.HostModule;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Limits;
import org.enginehost.spi.Permission;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host modules, the sandbox and the limits on the baseline engine, in detail. */
class SafetyTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Interpreter create(InterpreterConfig.Builder b) {
        return new BaselineEngine().create(b.stdout(out).stderr(out).build());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Public, so that HostModule.ofObject can call its methods. */
    public static final class Geometry {
        public double hypot(double a, double b) {
            return Math.sqrt(a * a + b * b);
        }

        public String repeat(String s, int times) {
            return s.repeat(times);
        }

        public String repeat(String s) {
            return s + s;
        }

        public static long square(long x) {
            return x * x;
        }

        public Object token() {
            return new StringBuilder("opaque");
        }

        public String describe(Object token) {
            return "got " + token;
        }
    }

    private Interpreter withHostModules() {
        HostModule util = HostModule.builder("util")
                .function("add", 2, args -> (Long) args.get(0) + (Long) args.get(1))
                .function("join", args -> String.join("-", args.stream().map(String::valueOf).toList()))
                .function("fail", 1, args -> {
                    switch ((String) args.get(0)) {
                        case "arg" -> throw new IllegalArgumentException("bad value");
                        case "state" -> throw new IllegalStateException("broken");
                        case "io" -> throw new IOException("disk gone");
                        case "type" -> throw new HostFunction.TypeMismatch("want a duck");
                        default -> throw new UnsupportedOperationException();
                    }
                })
                .function("echo", 1, args -> args.get(0))
                .constant("VERSION", "1.2")
                .constant("LIMITS", List.of(1L, 2L))
                .build();
        return create(InterpreterConfig.builder().hostModule(util).hostModule("geo", new Geometry()));
    }

    private String error(Interpreter py, String expr) {
        ScriptException e = assertThrows(ScriptException.class, () -> py.eval(expr));
        assertFalse(e.formatted().contains("\tat "), "no Java stack trace: " + e.formatted());
        return e.exceptionType() + ": " + e.scriptMessage();
    }

    @Test
    void hostModuleFunctionsConvertArgumentsAndResults() {
        try (Interpreter py = withHostModules()) {
            py.exec("import util, geo\nfrom util import add\n");
            assertEquals(5L, py.eval("add(2, 3)"));
            assertEquals("1-a-null-[1, 2]", py.eval("util.join(1, 'a', None, [1, 2])"));
            assertEquals("1.2", py.eval("util.VERSION"));
            assertEquals(List.of(1L, 2L), py.eval("util.LIMITS"));
            assertEquals(Map.of("k", List.of(true)), py.eval("util.echo({'k': (True,)})"));
            assertArrayEquals(new byte[] {1, 2}, (byte[]) py.eval("util.echo(b'\\x01\\x02')"));
            assertEquals("bytes", py.eval("type(util.echo(b'')).__name__"));
            assertEquals(5.0, py.eval("geo.hypot(3, 4)"));
            assertEquals("ababab", py.eval("geo.repeat('ab', 3)"));
            assertEquals("abab", py.eval("geo.repeat('ab')"));
            assertEquals(49L, py.eval("geo.square(7)"));
            assertEquals("<built-in function add>", py.eval("repr(util.add)"));
            // A Java object with no Python form stays opaque, and goes back in as itself.
            assertEquals("<java object java.lang.StringBuilder>", py.eval("repr(geo.token())"));
            assertEquals("got opaque", py.eval("geo.describe(geo.token())"));
            assertEquals("AttributeError: 'java_object' object has no attribute 'append'",
                    error(py, "geo.token().append('x')"));
        }
    }

    @Test
    void badArgumentsAreTypeErrors() {
        try (Interpreter py = withHostModules()) {
            py.exec("import util, geo\n");
            assertEquals("TypeError: add() takes exactly 2 arguments (1 given)", error(py, "util.add(1)"));
            assertEquals("TypeError: add() takes no keyword arguments", error(py, "util.add(1, b=2)"));
            assertEquals("TypeError: hypot() argument 2 must be float, not str", error(py, "geo.hypot(1, 'x')"));
            assertEquals("TypeError: repeat() takes from 1 to 2 arguments (3 given)", error(py, "geo.repeat('a', 1, 2)"));
            assertEquals("TypeError: repeat() argument 2 must be int, not float", error(py, "geo.repeat('a', 1.5)"));
            assertEquals("TypeError: square() argument 1 must be int, not int", error(py, "geo.square(2**70)").replace(
                    "not int", "not int"));
            assertEquals("TypeError: want a duck", error(py, "util.fail('type')"));
            // caught like any Python exception
            assertEquals("caught", py.eval("(lambda: [x for x in ['caught']])()[0]"));
            py.exec("try:\n    util.add('a', 1)\nexcept TypeError as e:\n    msg = str(e)\n");
            assertTrue(((String) py.get("msg")).contains("add"), (String) py.get("msg"));
        }
    }

    @Test
    void javaExceptionsBecomePythonExceptionsWithClearMessages() {
        try (Interpreter py = withHostModules()) {
            py.exec("import util\n");
            assertEquals("ValueError: host function util.fail failed: bad value (java.lang.IllegalArgumentException)",
                    error(py, "util.fail('arg')"));
            assertEquals("RuntimeError: host function util.fail failed: broken (java.lang.IllegalStateException)",
                    error(py, "util.fail('state')"));
            assertEquals("OSError: host function util.fail failed: disk gone (java.io.IOException)",
                    error(py, "util.fail('io')"));
            assertEquals("NotImplementedError: host function util.fail failed: "
                    + "(java.lang.UnsupportedOperationException)", error(py, "util.fail('other')"));
            assertEquals(3L, py.eval("util.add(1, 2)"), "still usable");
        }
    }

    @Test
    void sandboxDeniesFilesAndFileImports(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("data.txt"), "secret");
        Files.writeString(dir.resolve("mod.py"), "X = 1\n");
        String file = dir.resolve("data.txt").toString().replace("\\", "\\\\");
        try (Interpreter py = create(InterpreterConfig.builder().workingDirectory(dir))) {
            assertEquals("PermissionError: open('" + file + "', 'r') needs the file-read permission, "
                    + "which this interpreter was not granted", error(py, "open('" + file + "')"));
            assertEquals("PermissionError: open('new.txt', 'w') needs the file-write permission, "
                    + "which this interpreter was not granted", error(py, "open('new.txt', 'w')"));
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec("import mod\n"));
            assertEquals("ModuleNotFoundError", e.exceptionType());
            assertTrue(py.eval("isinstance(PermissionError(), OSError)").equals(true));
        }
        assertFalse(Files.exists(dir.resolve("new.txt")));
        // Read-only grant: reading works, writing is still denied.
        try (Interpreter py = create(InterpreterConfig.builder().workingDirectory(dir).grant(Permission.FILE_READ))) {
            assertEquals("secret", py.eval("open('data.txt').read()"));
            py.exec("import mod\n");
            assertEquals(1L, py.eval("mod.X"));
            assertTrue(error(py, "open('data.txt', 'a')").contains("file-write"));
            assertTrue(error(py, "open('data.txt', 'r+')").contains("file-write"));
        }
        try (Interpreter py = create(InterpreterConfig.builder().workingDirectory(dir)
                .grant(Permission.FILE_WRITE))) {
            assertTrue(error(py, "open('data.txt', 'w+')").contains("file-read"));
            py.exec("with open('new.txt', 'w') as f:\n    f.write('made')\n");
        }
        assertEquals("made", Files.readString(dir.resolve("new.txt")));
    }

    @Test
    void tracebacksDoNotReadSourceFilesInTheSandbox(@TempDir Path dir) throws IOException {
        Path lib = dir.resolve("lib.py");
        Files.writeString(lib, "FIRST SECRET LINE\nSECOND SECRET LINE\n");
        String name = lib.toString().replace("\\", "\\\\");
        // Code compiled under the name of a file it did not come from: its traceback must not
        // show the file's lines unless the interpreter may read files.
        String code = "exec(compile('\\n1/0', '" + name + "', 'exec'))\n";
        try (Interpreter py = create(InterpreterConfig.builder())) {
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec(code));
            assertEquals("ZeroDivisionError", e.exceptionType());
            assertFalse(e.formatted().contains("SECRET"), e.formatted());
        }
        try (Interpreter py = create(InterpreterConfig.builder().grant(Permission.FILE_READ))) {
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec(code));
            assertTrue(e.formatted().contains("SECOND SECRET LINE"), e.formatted());
        }
    }

    @Test
    void instructionLimitCountsRecursionWithoutLoops() {
        try (Interpreter py = create(InterpreterConfig.builder()
                .limits(Limits.none().withInstructionLimit(100_000).withRecursionLimit(100_000)))) {
            py.exec("def f(n):\n    return f(n - 1) + 1 if n else 0\n");
            assertEquals(100L, py.call("f", 100L));
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec("f(50_000)\n"));
            assertEquals(ScriptException.Kind.INSTRUCTION_LIMIT, e.kind());
            assertEquals("RuntimeError: instruction limit exceeded (100000 instructions)\n", e.formatted());
            // The limit is per top-level call: the next call has a fresh budget.
            assertEquals(100L, py.call("f", 100L));
            // Not catchable by the script.
            ScriptException again = assertThrows(ScriptException.class,
                    () -> py.exec("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n"));
            assertEquals(ScriptException.Kind.INSTRUCTION_LIMIT, again.kind());
            assertFalse(out().contains("caught"));
        }
    }

    @Test
    void limitsStopLongBuiltins() {
        for (String code : List.of("sorted(range(10**8, 0, -1))", "list(range(10**10))", "''.join(str(i) for i in range(10**10))",
                "import itertools\nany(itertools.repeat(0))", "max(iter(int, 1))", "[0] * 10**8 * 10")) {
            try (Interpreter py = create(InterpreterConfig.builder()
                    .limits(Limits.none().withTimeLimit(Duration.ofMillis(300))))) {
                long start = System.nanoTime();
                ScriptException e = assertThrows(ScriptException.class, () -> py.exec(code + "\n"));
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(e.kind() == ScriptException.Kind.TIME_LIMIT || e.exceptionType().equals("MemoryError"),
                        code + ": " + e.formatted());
                // Proves the builtin was interrupted (it would otherwise run for minutes); the stop
                // latency itself is a measured figure (printed below, reported in the issue note),
                // not asserted tightly: a loaded machine (GC of a huge list) must not fail the build.
                assertTrue(ms < 300 + 5_000, code + " took " + ms + " ms");
                System.out.println("[limits] baseline: time limit 300 ms, " + code.replace('\n', ';') + ": "
                        + e.exceptionType() + " after " + ms + " ms");
                assertEquals(2L, py.eval("1 + 1"));
            }
        }
    }

    @Test
    void impossibleAllocationsAreMemoryErrors() {
        try (Interpreter py = create(InterpreterConfig.builder())) {
            py.exec("try:\n    b = bytes(10**10)\nexcept MemoryError as e:\n    r = repr(e)\n");
            assertEquals("MemoryError()", py.get("r"));
            py.exec("try:\n    s = 'ab' * 10**9\nexcept MemoryError:\n    r = 'str'\n");
            assertEquals("str", py.get("r"));
        }
    }
}
