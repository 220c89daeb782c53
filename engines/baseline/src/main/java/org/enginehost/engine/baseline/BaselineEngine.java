package org.enginehost.engine.baseline;

import java.util.Set;
import org.enginehost.python.PythonEngine;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * The classic engine: each Python call is one Java call, as in CPython. Implements PF4J's
 * marker interface only so that PF4J's annotation processor lists it in {@code extensions.idx};
 * the SPI itself knows nothing of PF4J.
 */
@Extension
public final class BaselineEngine extends PythonEngine implements ExtensionPoint {

    @Override
    public String id() {
        return "baseline";
    }

    @Override
    public String description() {
        return "Python 3 subset, CPython's model: one Python call is one Java call";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public Interpreter create(InterpreterConfig config) {
        return new BaselineInterpreter(config);
    }
}
