package org.enginehost.spi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A module made of Java code that scripts import by name (in Python, {@code import name}).
 * It is the embedder's way to expose exactly the Java functionality it chooses: a script sees the
 * module's functions and constants and nothing else of the Java objects behind them.
 *
 * <p>Build one from functions ({@link #builder(String)}) or from the public methods of a Java
 * object ({@link #ofObject(String, Object)}), and register it with
 * {@link InterpreterConfig.Builder#hostModule(HostModule)}.
 */
public final class HostModule {

    /** One function of the module: how many arguments it takes, and its body. */
    public record Function(String name, int minArgs, int maxArgs, HostFunction body) {
        public Function {
            Objects.requireNonNull(name);
            Objects.requireNonNull(body);
            if (minArgs < 0 || (maxArgs >= 0 && maxArgs < minArgs)) {
                throw new IllegalArgumentException("bad argument counts for " + name + ": " + minArgs + ".." + maxArgs);
            }
        }

        /** Whether the function takes any number of arguments from {@link #minArgs()} on. */
        public boolean variadic() {
            return maxArgs < 0;
        }
    }

    private final String name;
    private final Map<String, Function> functions;
    private final Map<String, Object> constants;

    private HostModule(String name, Map<String, Function> functions, Map<String, Object> constants) {
        this.name = name;
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A module whose functions are the public instance and static methods of {@code target}'s
     * class (those declared by {@link Object} excepted). Arguments are converted from the plain
     * values scripts pass to the methods' parameter types: {@code long}/{@code int}/
     * {@code short}/{@code byte} and their boxes (an integer that fits), {@link BigInteger},
     * {@code double}/{@code float} (any number), {@code boolean}, {@link String}, {@code char}
     * (a one-character string), {@code byte[]}, {@link List}, {@link Map}, {@link Handle}, a
     * functional interface (a script's callable) and {@link Object} (anything); see
     * {@link JavaInterop#convertArgument}. A value that does not convert raises the language's type error;
     * among overloads with the same argument count the first that accepts the arguments wins.
     * The class must be public (methods of a non-public class cannot be called).
     */
    public static HostModule ofObject(String name, Object target) {
        Objects.requireNonNull(target);
        Class<?> cls = target.getClass();
        if (!Modifier.isPublic(cls.getModifiers())) {
            throw new IllegalArgumentException("a host module object must be of a public class: " + cls.getName());
        }
        List<String> names = new ArrayList<>();
        for (Method m : cls.getMethods()) {
            if (m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge() && !names.contains(m.getName())
                    && !Exposed.NEVER.contains(m.getName())) {
                names.add(m.getName());
            }
        }
        return ofObject(name, target, names.toArray(new String[0]));
    }

    /**
     * Like {@link #ofObject(String, Object)}, but only the public methods named in {@code allowed}
     * become functions of the module (see {@link Exposed#of} for the names no script may call).
     */
    public static HostModule ofObject(String name, Object target, String... allowed) {
        Objects.requireNonNull(target);
        Map<String, List<Method>> byName = Exposed.methodsOf(target.getClass(), List.of(allowed));
        Builder b = builder(name);
        byName.forEach((fname, methods) -> {
            int min = methods.get(0).getParameterCount();
            int max = methods.get(methods.size() - 1).getParameterCount();
            b.function(new Function(fname, min, max, args -> JavaInterop.invoke(target, fname, methods, args)));
        });
        return b.build();
    }

    /** The name scripts import. */
    public String name() {
        return name;
    }

    /** The functions, by name, in the order they were added. */
    public Map<String, Function> functions() {
        return functions;
    }

    /** Constant values (converted like {@link Interpreter#set} values), by name. */
    public Map<String, Object> constants() {
        return constants;
    }

    @Override
    public String toString() {
        return "HostModule[" + name + ": " + functions.keySet() + ", " + constants.keySet() + "]";
    }

    public static final class Builder {
        private final String name;
        private final Map<String, Function> functions = new LinkedHashMap<>();
        private final Map<String, Object> constants = new LinkedHashMap<>();

        private Builder(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a host module needs a name");
            }
            if (!Character.isJavaIdentifierStart(name.codePointAt(0))
                    || !name.codePoints().allMatch(Character::isJavaIdentifierPart) || name.contains("$")) {
                throw new IllegalArgumentException("not a module name (one identifier, no dots): " + name);
            }
            this.name = name;
        }

        /** A function taking any number of arguments. */
        public Builder function(String name, HostFunction body) {
            return function(new Function(name, 0, -1, body));
        }

        /** A function taking exactly {@code arity} arguments; the engine checks the count. */
        public Builder function(String name, int arity, HostFunction body) {
            return function(new Function(name, arity, arity, body));
        }

        public Builder function(Function f) {
            if (constants.containsKey(f.name())) {
                throw new IllegalArgumentException(f.name() + " is already a constant of module " + this.name);
            }
            functions.put(f.name(), f);
            return this;
        }

        /** A value scripts read as {@code module.name}. */
        public Builder constant(String name, Object value) {
            if (functions.containsKey(name)) {
                throw new IllegalArgumentException(name + " is already a function of module " + this.name);
            }
            constants.put(Objects.requireNonNull(name), value);
            return this;
        }

        public HostModule build() {
            return new HostModule(name, functions, constants);
        }
    }
}
