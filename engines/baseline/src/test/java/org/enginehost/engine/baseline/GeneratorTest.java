package org.enginehost.engine.baseline;

import org.enginehost.python.golden.GoldenPrograms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generators and coroutines: suspended frames as plain data, resumed by the evaluator. */
class GeneratorTest {

    private static String run(String src) {
        GoldenPrograms.Result r = GoldenPrograms.run(new BaselineEngine(), "g.py", src, null, List.of());
        assertEquals(0, r.status(), r.stderr());
        return r.stdout();
    }

    @Test
    void sendThrowCloseAndYieldFrom() {
        String src = "def sub():\n    x = yield 1\n    try:\n        yield x\n    except KeyError:\n        yield 'k'\n"
                + "    return 'r'\n"
                + "def outer():\n    r = yield from sub()\n    yield r\n"
                + "g = outer()\nprint(next(g), g.send(5), g.throw(KeyError), next(g))\n"
                + "try:\n    next(g)\nexcept StopIteration as e:\n    print('stop', e.value)\n";
        assertEquals("1 5 k r\nstop None\n", run(src));
    }

    @Test
    void manySuspendedGeneratorsNeedNoThreads() {
        String src = "def count(i):\n    while True:\n        yield i\n        i += 1\n"
                + "gs = [count(i) for i in range(20000)]\n"
                + "for g in gs:\n    next(g)\n"
                + "print(sum(next(g) for g in gs))\n";
        assertEquals("200010000\n", run(src));
    }

    @Test
    void recursiveDelegation() {
        String src = "def walk(n):\n    if n:\n        yield n\n        yield from walk(n - 1)\n"
                + "print(sum(walk(300)))\n";
        assertEquals("45150\n", run(src));
    }

    @Test
    void stopIterationInsideGeneratorIsRuntimeError() {
        String src = "def g():\n    yield 1\n    next(iter([]))\n"
                + "try:\n    list(g())\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)\n";
        assertEquals("generator raised StopIteration StopIteration\n", run(src));
    }

    @Test
    void coroutineAwaitChain() {
        String src = "async def leaf(x):\n    return x * 2\n"
                + "async def mid(x):\n    return await leaf(x) + 1\n"
                + "c = mid(20)\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n"
                + "print(type(c).__name__)\n";
        assertEquals("41\ncoroutine\n", run(src));
    }
}
