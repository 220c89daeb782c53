package org.enginehost.engine.stackless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.eval.FrameLoop;

/**
 * The ratcheted golden corpus on the stackless engine with every code object compiled at once
 * ({@code jit=0}): compiled frames leave the JVM method at every call and continue where they
 * stopped, so the heap-frame loop must give the same results as with interpreted frames.
 */
class StacklessCompiledTierGoldenCorpusTest extends StacklessGoldenCorpusTest {
    @Override
    protected Map<String, String> options() {
        return Map.of(PythonInterpreter.OPTION_JIT, "0");
    }

    @org.junit.jupiter.api.AfterAll
    static void theCompilerNeverFailed() {
        assertEquals(0, FrameLoop.compilerFailures(),
                "code objects the compiled tier failed to translate (run with -Denginehost.jit.debug=true)");
    }
}
