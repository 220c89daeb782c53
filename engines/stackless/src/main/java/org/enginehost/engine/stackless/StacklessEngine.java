package org.enginehost.engine.stackless;

import java.util.Set;
import org.enginehost.python.PythonEngine;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * Stackless Python's model: Python frames live on the heap, so a Python call costs no Java stack,
 * and the {@code stackless} module's tasklets switch by swapping frame chains.
 */
@Extension
public final class StacklessEngine extends PythonEngine implements ExtensionPoint {

    @Override
    public String id() {
        return "stackless";
    }

    @Override
    public String description() {
        return "Python 3 subset with heap frames: tasklets, channels, preemption, deep recursion";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TASKLETS, Capability.CHANNELS, Capability.UNBOUNDED_RECURSION,
                Capability.PREEMPTION, Capability.SERIALIZABLE_STATE);
    }

    @Override
    public Interpreter create(InterpreterConfig config) {
        return new StacklessInterpreter(config);
    }
}
