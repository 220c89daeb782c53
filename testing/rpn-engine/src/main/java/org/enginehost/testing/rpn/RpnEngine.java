package org.enginehost.testing.rpn;

import java.util.Set;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * A reverse-Polish calculator, the smallest engine that is still a language: numbers push, words
 * operate on the stack. Used by tests as "a second engine from somewhere else".
 */
@Extension
public final class RpnEngine implements Engine, ExtensionPoint {

    @Override
    public String id() {
        return "rpn";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "reverse-Polish calculator (test engine)";
    }

    @Override
    public String language() {
        return "rpn";
    }

    @Override
    public Set<org.enginehost.spi.Capability> capabilities() {
        return Set.of();
    }

    @Override
    public Interpreter create(InterpreterConfig config) {
        return new RpnInterpreter(config);
    }
}
