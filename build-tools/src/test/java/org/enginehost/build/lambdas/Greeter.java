package org.enginehost.build.lambdas;

import java.util.function.Function;
import java.util.function.Supplier;

/** Lambdas whose host is an interface: a private interface method, a static interface method reference. */
interface Greeter {
    String name();

    default Supplier<String> greeting() {
        return () -> hello() + name();
    }

    private String hello() {
        return "hello ";
    }

    static Greeter of(String name) {
        return () -> name;
    }

    static Function<String, Greeter> factory() {
        return Greeter::of;
    }
}
