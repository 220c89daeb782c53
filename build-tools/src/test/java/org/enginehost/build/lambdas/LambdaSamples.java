package org.enginehost.build.lambdas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * One of each lambda form javac emits, for LambdaClassesTest: {@link #results()} runs them all, once as
 * compiled and once rewritten, and the two lists must be equal.
 */
public final class LambdaSamples {
    private static long ticks;
    private final String prefix;

    private LambdaSamples(String prefix) {
        this.prefix = prefix;
    }

    /** A custom functional interface: an unbound receiver and a primitive argument. */
    interface Combiner {
        String combine(String s, int n);
    }

    /** A generic one, erased to (Object)Object like Function, instantiated with boxes. */
    interface Fn<T, R> {
        R apply(T t);
    }

    private static final class Box {
        private final String value;

        private Box(String value) {
            this.value = value;
        }
    }

    /** A private nested class whose lambdas call the outer class's private methods: its nest host is LambdaSamples. */
    private static final class Nested {
        Supplier<String> viaOuter(String s) {
            return () -> secret(s) + new LambdaSamples("n:").prefixed().apply(s);
        }
    }

    /** An inner class: its lambda captures the inner and, through it, the outer instance. */
    private final class Inner {
        Function<String, String> twice() {
            return s -> prefix + s + s;
        }
    }

    private static String secret(String s) {
        return "secret(" + s + ")";
    }

    private Function<String, String> prefixed() {
        return s -> prefix + s; // a private instance lambda$ method: invokespecial handle
    }

    private String shout(String s) {
        return s.toUpperCase() + "!";
    }

    static long twice(long x) {
        return 2 * x;
    }

    static double half(double x) {
        return x / 2;
    }

    static int three() {
        return 3;
    }

    static Integer boxedSeven() {
        return 7;
    }

    static int code(int c) {
        return c;
    }

    static String describe(Object o) {
        return o.getClass().getSimpleName() + ":" + o;
    }

    static String describeNumber(Number n) {
        return "n" + n.intValue();
    }

    static <T> T firstOf(List<T> list) {
        return list.get(0);
    }

    static long tick() {
        return ++ticks;
    }

    static Supplier<String> constant() {
        return () -> "constant";
    }

    static Supplier<String> capturing(String s) {
        return () -> s;
    }

    /** The interface objects, so that the test can see which are spun by the JDK and which are classes. */
    public static List<Object> functions() {
        List<Object> all = new ArrayList<>();
        all.add(constant());
        all.add(capturing("x"));
        all.add(new LambdaSamples("p").prefixed());
        all.add((Function<String, Integer>) String::length);
        all.add((Supplier<List<String>>) ArrayList::new);
        all.add(new Nested().viaOuter("y"));
        all.add(Greeter.factory());
        return all;
    }

    /** A serializable lambda: altMetafactory, left as it is. */
    public static Runnable serializable() {
        return (Runnable & Serializable) () -> ticks++;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<String> results() {
        List<String> out = new ArrayList<>();
        int n = 3;
        LambdaSamples self = new LambdaSamples("pre-");
        out.add(constant().get());
        out.add(capturing("cap").get());
        out.add(String.valueOf(constant() == constant())); // non-capturing: one shared instance
        out.add(String.valueOf(capturing("a") == capturing("a")));
        out.add(((Function<Integer, Integer>) x -> x + n).apply(4).toString());
        out.add(self.prefixed().apply("x"));
        out.add(((Function<String, String>) self::shout).apply("bound private"));
        out.add(((Function<String, Integer>) Integer::parseInt).apply("42").toString());
        out.add(((Function<String, Integer>) String::length).apply("four").toString());
        out.add(String.valueOf(((Predicate<String>) "abc"::startsWith).test("ab")));
        List<String> list = new ArrayList<>(List.of("q"));
        out.add(((Supplier<Integer>) list::size).get().toString());
        out.add(((BiFunction<List<String>, String, Boolean>) List::add).apply(list, "r").toString());
        out.add(((Supplier<ArrayList<String>>) ArrayList::new).get().toString());
        out.add(((Function<String, StringBuilder>) StringBuilder::new).apply("sb").reverse().toString());
        out.add(((Function<String, Box>) Box::new).apply("boxed").value);
        out.add(((BinaryOperator<Integer>) Integer::sum).apply(2, 5).toString());
        out.add(((Function<Integer, Long>) LambdaSamples::twice).apply(21).toString());
        out.add(((Fn<Integer, Long>) LambdaSamples::twice).apply(50).toString());
        out.add(((Function<Character, Integer>) LambdaSamples::code).apply('A').toString());
        out.add(String.valueOf(((IntToLongFunction) LambdaSamples::twice).applyAsLong(Integer.MAX_VALUE)));
        out.add(String.valueOf(((IntToDoubleFunction) LambdaSamples::half).applyAsDouble(3)));
        out.add(String.valueOf(((LongSupplier) LambdaSamples::three).getAsLong()));
        out.add(String.valueOf(((IntSupplier) LambdaSamples::boxedSeven).getAsInt()));
        out.add(String.valueOf(((LongSupplier) LambdaSamples::boxedSeven).getAsLong()));
        out.add(((Supplier<Object>) LambdaSamples::three).get().toString());
        out.add(((IntFunction<String>) LambdaSamples::describe).apply(9));
        out.add(((IntFunction<String>) LambdaSamples::describeNumber).apply(10));
        out.add(String.valueOf(((ToIntFunction<List<Integer>>) LambdaSamples::firstOf).applyAsInt(List.of(11))));
        ((Consumer<String>) list::add).accept("dropped boolean");
        ((Runnable) LambdaSamples::tick).run(); // a long result dropped
        out.add(list + " ticks=" + ticks);
        out.add(((Combiner) String::repeat).combine("ab", 3));
        out.add(new Nested().viaOuter("z").get());
        out.add(self.new Inner().twice().apply("i"));
        out.add(Greeter.of("world").greeting().get());
        out.add(Greeter.factory().apply("factory").name());
        serializable().run();
        out.add("after serializable ticks=" + ticks);
        out.add(failure(() -> ((Function) (Function<String, Integer>) String::length).apply(42)));
        out.add(failure(() -> ((BinaryOperator<Integer>) Integer::sum).apply(null, 1)));
        out.add(failure(() -> ((Fn) (Fn<Integer, Long>) LambdaSamples::twice).apply("not a number")));
        return out;
    }

    private static String failure(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
