package org.enginehost.cli;

import java.util.List;
import java.util.Set;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;

/** A buggy engine, registered on the test class path, whose interpreter throws a Java exception. */
public final class ExplodingEngine implements Engine {

    static final String MESSAGE = "engine bug for testing";

    @Override
    public String id() {
        return "exploding";
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public String description() {
        return "throws from run()";
    }

    @Override
    public String language() {
        return "none";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.PREEMPTION);
    }

    @Override
    public Interpreter create(InterpreterConfig config) {
        return new Interpreter() {
            @Override
            public void exec(Source source) {
                throw new IllegalStateException(MESSAGE);
            }

            @Override
            public Object eval(String expression) {
                throw new IllegalStateException(MESSAGE);
            }

            @Override
            public int run(Source script, List<String> argv) {
                throw new IllegalStateException(MESSAGE);
            }

            @Override
            public Object get(String name) {
                return null;
            }

            @Override
            public void set(String name, Object value) {
            }

            @Override
            public Object call(String name, Object... args) {
                throw new IllegalStateException(MESSAGE);
            }

            @Override
            public void cancel() {
            }

            @Override
            public void close() {
            }
        };
    }
}
