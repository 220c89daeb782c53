package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.eval.FrameLoop;
import org.enginehost.python.golden.GoldenCorpus;
import org.enginehost.spi.Engine;
import org.junit.jupiter.api.AfterAll;

/**
 * The ratcheted golden corpus on the baseline engine with every code object compiled to a JVM
 * method before its first instruction ({@code jit=0}): the compiled tier must give exactly the
 * dispatch loop's results, tracebacks included, and must take every code object it claims to.
 */
class CompiledTierGoldenCorpusTest extends GoldenCorpus {
    @Override
    protected Engine engine() {
        return new BaselineEngine();
    }

    @Override
    protected Map<String, String> options() {
        return Map.of(PythonInterpreter.OPTION_JIT, "0");
    }

    @AfterAll
    static void theCompilerNeverFailed() {
        assertEquals(0, FrameLoop.compilerFailures(),
                "code objects the compiled tier failed to translate (run with -Denginehost.jit.debug=true)");
    }
}
