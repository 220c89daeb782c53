package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.eval.RecursiveLoop;
import org.enginehost.python.golden.GoldenCorpus;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.junit.jupiter.api.AfterAll;

/**
 * The ratcheted golden corpus on the baseline engine with every code object compiled to a JVM
 * method before its first instruction ({@code jit=0}): the compiled tier must give exactly the
 * dispatch loop's results, tracebacks included, and must take every code object it claims to.
 */
class CompiledTierGoldenCorpusTest extends GoldenCorpus {
    @Override
    protected Engine engine() {
        Engine baseline = new BaselineEngine();
        return new Engine() {
            @Override
            public String id() {
                return baseline.id();
            }

            @Override
            public String version() {
                return baseline.version();
            }

            @Override
            public String description() {
                return baseline.description();
            }

            @Override
            public String language() {
                return baseline.language();
            }

            @Override
            public Set<Capability> capabilities() {
                return baseline.capabilities();
            }

            @Override
            public Interpreter create(InterpreterConfig config) {
                return baseline.create(config.toBuilder().option(PythonInterpreter.OPTION_JIT, "0").build());
            }
        };
    }

    @AfterAll
    static void theCompilerNeverFailed() {
        assertEquals(0, RecursiveLoop.compilerFailures(),
                "code objects the compiled tier failed to translate (run with -Denginehost.jit.debug=true)");
    }
}
