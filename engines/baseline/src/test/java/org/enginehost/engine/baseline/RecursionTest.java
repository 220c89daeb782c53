package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.golden.GoldenPrograms;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;

/** Deep and runaway recursion on the baseline engine (Python frames on the Java stack). */
class RecursionTest {

    @Test
    void fib25() {
        String src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(25))\n";
        GoldenPrograms.Result r = GoldenPrograms.run(new BaselineEngine(), "fib.py", src, null, List.of());
        assertEquals("75025\n", r.stdout());
        assertEquals(0, r.status());
    }

    @Test
    void runawayRecursionIsRecursionError() {
        GoldenPrograms.Result r = GoldenPrograms.run(new BaselineEngine(), "r.py", "def f(): return f()\nf()\n", null, List.of());
        assertEquals("RecursionError: maximum recursion depth exceeded", r.lastErrLine());
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n"), r.stderr());
    }

    @Test
    void raisedLimitAllowsDeepRecursion() {
        String src = "import sys\nsys.setrecursionlimit(50000)\n"
                + "def d(n):\n    return 0 if n == 0 else d(n - 1) + 1\nprint(d(40000))\n";
        GoldenPrograms.Result r = GoldenPrograms.run(new BaselineEngine(), "deep.py", src, null, List.of());
        assertEquals("40000\n", r.stdout(), r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void javaStackOverflowBecomesRecursionError() {
        // a limit far beyond what a (deliberately small) 8 MiB stack holds: the Java overflow must
        // surface as RecursionError, and the interpreter must survive it
        String src = "import sys\nsys.setrecursionlimit(2000000000)\n"
                + "def d(n):\n    return d(n + 1) + 1\nd(0)\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig c = InterpreterConfig.builder().stdout(out).stderr(err)
                .option(PythonInterpreter.OPTION_STACK_SIZE_MB, "8").build();
        int status;
        try (Interpreter in = new BaselineEngine().create(c)) {
            status = in.run(Source.of("so.py", src), List.of());
            assertEquals(3L, in.eval("1 + 2"));
        }
        GoldenPrograms.Result r = new GoldenPrograms.Result(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), status);
        assertEquals("RecursionError: maximum recursion depth exceeded", r.lastErrLine());
        assertEquals(1, r.status());
    }

    @Test
    void defaultLimitMatchesCPython() {
        String src = "d = 0\ndef g(n):\n    global d\n    d = n\n    g(n + 1)\n"
                + "try:\n    g(1)\nexcept RecursionError:\n    print(d)\n";
        GoldenPrograms.Result r = GoldenPrograms.run(new BaselineEngine(), "lim.py", src, null, List.of());
        assertEquals("999\n", r.stdout());
    }
}
