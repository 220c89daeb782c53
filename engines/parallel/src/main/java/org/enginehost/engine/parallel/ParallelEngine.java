package org.enginehost.engine.parallel;

import java.util.Set;
import org.enginehost.python.PythonEngine;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * Shared-nothing parallelism: each interpreter (PEP 734) has its own modules and objects and runs on its own Java thread, with no global lock. Implements PF4J's
 * marker interface only so that PF4J's annotation processor lists it in {@code extensions.idx};
 * the SPI itself knows nothing of PF4J.
 */
@Extension
public final class ParallelEngine extends PythonEngine implements ExtensionPoint {

    @Override
    public String id() {
        return "parallel";
    }

    @Override
    public String description() {
        return "Python 3 subset with shared-nothing interpreters on real threads, queues, channels and pyparallel-style protection";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.PARALLEL_INTERPRETERS, Capability.CHANNELS);
    }

    @Override
    public Interpreter create(InterpreterConfig config) {
        return new ParallelInterpreter(config);
    }
}
