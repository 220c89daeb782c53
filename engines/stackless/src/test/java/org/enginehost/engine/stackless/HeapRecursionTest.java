package org.enginehost.engine.stackless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.golden.GoldenPrograms;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;

/** Python recursion on heap frames: bounded by the recursion limit and the heap, not the Java stack. */
class HeapRecursionTest {

    private static GoldenPrograms.Result run(String src, String stackMiB) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig.Builder b = InterpreterConfig.builder().stdout(out).stderr(err);
        if (stackMiB != null) {
            b.option(PythonInterpreter.OPTION_STACK_SIZE_MB, stackMiB);
        }
        int status;
        try (Interpreter in = new StacklessEngine().create(b.build())) {
            status = in.run(Source.of("t.py", src), List.of("t.py"));
        }
        return new GoldenPrograms.Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                status);
    }

    @Test
    void millionDeepRecursionOnAOneMegabyteJavaStack() {
        String src = "import sys\nsys.setrecursionlimit(2_000_000)\n"
                + "def d(n):\n    return 0 if n == 0 else d(n - 1) + 1\nprint(d(1_000_000))\n";
        GoldenPrograms.Result r = run(src, "1");
        assertEquals("1000000\n", r.stdout(), r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void defaultLimitMatchesCPython() {
        String src = "d = 0\ndef g(n):\n    global d\n    d = n\n    g(n + 1)\n"
                + "try:\n    g(1)\nexcept RecursionError:\n    print(d)\n";
        assertEquals("999\n", run(src, null).stdout());
    }

    @Test
    void deepGeneratorChainsRunInTheLoop() {
        // each level resumes the next through yield from and for: no Java frame per level
        String src = "import sys\nsys.setrecursionlimit(100_000)\n"
                + "def chain(n):\n    if n == 0:\n        yield 1\n        return\n    yield from chain(n - 1)\n"
                + "def walk(n):\n    if n == 0:\n        yield 2\n        return\n    for v in walk(n - 1):\n        yield v\n"
                + "print(list(chain(20_000)), list(walk(20_000)))\n";
        GoldenPrograms.Result r = run(src, "1");
        assertEquals("[1] [2]\n", r.stdout(), r.stderr());
    }

    @Test
    void tracebackOfAnExceptionThroughHeapFramesListsEveryFrame() {
        String src = "def a():\n    b()\ndef b():\n    raise ValueError('deep')\na()\n";
        GoldenPrograms.Result r = run(src, null);
        assertEquals(String.join("\n", "Traceback (most recent call last):",
                "  File \"t.py\", line 5, in <module>", "    a()",
                "  File \"t.py\", line 2, in a", "    b()",
                "  File \"t.py\", line 4, in b", "    raise ValueError('deep')",
                "ValueError: deep", ""), r.stderr());
        assertEquals(1, r.status());
    }
}
