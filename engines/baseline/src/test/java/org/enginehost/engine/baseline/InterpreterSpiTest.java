package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.enginehost.spi.Handle;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Limits;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;

/** The embedding API of the baseline engine: exec/eval/get/set/call, errors, cancel, limits. */
class InterpreterSpiTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Interpreter create() {
        return new BaselineEngine().create(InterpreterConfig.builder().stdout(out).stderr(err).build());
    }

    @Test
    void evalConvertsValues() {
        try (Interpreter in = create()) {
            assertEquals(7L, in.eval("3 + 4"));
            assertEquals(new BigInteger("1267650600228229401496703205376"), in.eval("2 ** 100"));
            assertEquals(0.5, in.eval("1 / 2"));
            assertEquals("ab", in.eval("'a' + 'b'"));
            assertEquals(Boolean.TRUE, in.eval("1 < 2"));
            assertNull(in.eval("None"));
            assertEquals(List.of(1L, "x", List.of(2.5)), in.eval("[1, 'x', (2.5,)]"));
            assertEquals(Map.of("k", 1L), in.eval("{'k': 1}"));
            Object h = in.eval("len");
            assertInstanceOf(Handle.class, h);
            assertEquals("builtin_function_or_method", ((Handle) h).typeName());
            assertEquals("<built-in function len>", h.toString());
        }
    }

    @Test
    void execGetSetCall() {
        try (Interpreter in = create()) {
            in.exec("def add(a, b):\n    return a + b\nx = 41\n");
            assertEquals(41L, in.get("x"));
            assertNull(in.get("nope"));
            in.set("y", 1L);
            in.set("items", List.of(1L, 2L));
            assertEquals(42L, in.call("add", in.get("x"), in.get("y")));
            assertEquals(List.of(1L, 2L, 3L), in.call("add", List.of(1L, 2L), List.of(3L)));
            Object f = in.eval("add");
            in.set("g", f);
            assertEquals(5L, in.eval("g(2, 3)"));
            in.exec("print('hello')");
        }
        assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stdinIsReadAsTextLineByLineAndSharedWithInput() {
        byte[] input = "first\r\nsecond\nthird\rfourth\nlast, no newline".getBytes(StandardCharsets.UTF_8);
        InterpreterConfig config = InterpreterConfig.builder().stdout(out).stderr(err)
                .stdin(new java.io.ByteArrayInputStream(input)).build();
        try (Interpreter in = new BaselineEngine().create(config)) {
            in.exec("import sys\n"
                    + "a = input()\n"
                    + "b = sys.stdin.readline()\n"
                    + "c = sys.stdin.read(3)\n"
                    + "rest = list(sys.stdin)\n"
                    + "end = (sys.stdin.readline(), sys.stdin.read())\n");
            assertEquals("first", in.get("a"));
            assertEquals("second\n", in.get("b"));
            assertEquals("thi", in.get("c"));
            assertEquals(List.of("rd\n", "fourth\n", "last, no newline"), in.get("rest"));
            assertEquals(List.of("", ""), in.get("end"));
            ScriptException e = assertThrows(ScriptException.class, () -> in.exec("sys.stdin.write('x')"));
            assertEquals("UnsupportedOperation", e.exceptionType());
            in.exec("sys.stdin.close()");
            ScriptException closed = assertThrows(ScriptException.class, () -> in.exec("sys.stdin.read()"));
            assertEquals("I/O operation on closed file.", closed.scriptMessage());
        }
    }

    @Test
    void errorsBecomeScriptExceptions() {
        try (Interpreter in = create()) {
            in.exec(Source.of("mod.py", "def f():\n    return 1 / 0\n"));
            ScriptException e = assertThrows(ScriptException.class, () -> in.call("f"));
            assertEquals(ScriptException.Kind.ERROR, e.kind());
            assertEquals("ZeroDivisionError", e.exceptionType());
            assertEquals("division by zero", e.scriptMessage());
            assertEquals(new ScriptException.StackEntry("mod.py", 2, "f"), e.stack().get(e.stack().size() - 1));
            assertTrue(e.formatted().endsWith("ZeroDivisionError: division by zero\n"), e.formatted());
            ScriptException s = assertThrows(ScriptException.class, () -> in.exec("x = (1 +"));
            assertEquals(ScriptException.Kind.SYNTAX_ERROR, s.kind());
            assertEquals("'(' was never closed", s.scriptMessage());
            ScriptException x = assertThrows(ScriptException.class, () -> in.exec("import sys\nsys.exit(3)"));
            assertEquals(ScriptException.Kind.EXIT, x.kind());
            assertEquals(3, x.exitStatus());
        }
    }

    @Test
    void runPrintsSyntaxErrorInCPythonFormat() {
        try (Interpreter in = create()) {
            int status = in.run(Source.of("/path/bad.py", "a = 1\nb = 2\nx = (1 +\n"), List.of());
            assertEquals(1, status);
        }
        assertEquals("  File \"/path/bad.py\", line 3\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cancelStopsAnInfiniteLoop() throws Exception {
        try (Interpreter in = create()) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                in.cancel();
            });
            canceller.start();
            ScriptException e = assertThrows(ScriptException.class, () -> in.exec("while True:\n    pass\n"));
            assertEquals(ScriptException.Kind.CANCELLED, e.kind());
            canceller.join();
            assertEquals(2L, in.eval("1 + 1"), "the interpreter stays usable after a cancel");
        }
    }

    @Test
    void timeLimit() {
        InterpreterConfig c = InterpreterConfig.builder().stdout(out).stderr(err)
                .limits(Limits.none().withTimeLimit(Duration.ofMillis(200))).build();
        try (Interpreter in = new BaselineEngine().create(c)) {
            ScriptException e = assertThrows(ScriptException.class, () -> in.exec("while True:\n    pass\n"));
            assertEquals(ScriptException.Kind.TIME_LIMIT, e.kind());
        }
    }

    @Test
    void closedInterpreterRefusesWork() {
        Interpreter in = create();
        in.close();
        assertThrows(IllegalStateException.class, () -> in.eval("1"));
    }

    @Test
    void unknownOptionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new BaselineEngine().create(InterpreterConfig.builder().option("bogus", "1").build()));
    }
}
