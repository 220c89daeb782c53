package org.enginehost.spi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Java object a script may use only through the methods the embedder names. Pass one wherever
 * a value goes into a script ({@link Interpreter#set}, call arguments, a host function's result,
 * {@link InterpreterConfig.Builder#expose}); the script sees an object of type {@link #typeName()}
 * whose attributes are exactly those methods. Every other method, every field and the object's
 * Java class stay out of reach: reading them is the language's attribute error.
 *
 * <p>Arguments convert as for {@link HostModule#ofObject} ({@link JavaInterop#convertArgument});
 * among overloads of an allowed name, the first (fewest parameters first) that accepts the
 * arguments runs. Results convert as a host function's result does.
 *
 * <pre>{@code
 * py.set("account", Exposed.of(account, "deposit", "balance"));
 * py.exec("account.deposit(5)");        // fine
 * py.exec("account.getClass()");         // AttributeError: 'Account' object has no attribute 'getClass'
 * }</pre>
 */
public final class Exposed {

    /** Methods of {@link Object} no script may call, whatever the allow-list says. */
    static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    private final Object target;
    private final String typeName;
    private final Map<String, List<Method>> methods;

    private Exposed(Object target, String typeName, Map<String, List<Method>> methods) {
        this.target = target;
        this.typeName = typeName;
        this.methods = methods;
    }

    /**
     * {@code target} with only the public methods named in {@code allowed} (all overloads of each
     * name) usable, under the type name of {@code target}'s class (its simple name).
     *
     * @throws IllegalArgumentException when the class is not public, a name is no public method
     *     of it, or a name is one no script may call ({@code getClass}, {@code wait}, {@code notify},
     *     {@code notifyAll})
     */
    public static Exposed of(Object target, String... allowed) {
        Objects.requireNonNull(target);
        return new Exposed(target, target.getClass().getSimpleName(), methodsOf(target.getClass(), List.of(allowed)));
    }

    /** The same object under another type name (what the script sees in {@code type(x)} and errors). */
    public Exposed named(String newTypeName) {
        if (newTypeName == null || newTypeName.isEmpty()
                || !newTypeName.codePoints().allMatch(Character::isJavaIdentifierPart)) {
            throw new IllegalArgumentException("not a type name: " + newTypeName);
        }
        return new Exposed(target, newTypeName, methods);
    }

    /** The public methods of {@code cls} with the allowed names, grouped by name, fewest parameters first. */
    static Map<String, List<Method>> methodsOf(Class<?> cls, List<String> allowed) {
        if (!Modifier.isPublic(cls.getModifiers())) {
            throw new IllegalArgumentException("an exposed object must be of a public class: " + cls.getName());
        }
        Map<String, List<Method>> byName = new LinkedHashMap<>();
        for (String name : allowed) {
            Objects.requireNonNull(name);
            if (NEVER.contains(name)) {
                throw new IllegalArgumentException(name + " cannot be exposed to scripts");
            }
            List<Method> found = new ArrayList<>();
            List<Method> bridges = new ArrayList<>();
            for (Method m : cls.getMethods()) {
                if (m.getName().equals(name)) {
                    (m.isSynthetic() || m.isBridge() ? bridges : found).add(m);
                }
            }
            // A bridge counts only where it is the public face of a method (one inherited from a
            // non-public class), not beside the real method it bridges to.
            for (Method b : bridges) {
                if (found.stream().noneMatch(m -> m.getParameterCount() == b.getParameterCount())) {
                    found.add(b);
                }
            }
            if (found.isEmpty()) {
                throw new IllegalArgumentException(cls.getName() + " has no public method " + name);
            }
            found.sort((x, y) -> Integer.compare(x.getParameterCount(), y.getParameterCount()));
            byName.put(name, List.copyOf(found));
        }
        return Collections.unmodifiableMap(byName);
    }

    /** The object behind this exposure; what a host function receives when a script passes it on. */
    public Object target() {
        return target;
    }

    /** The type name scripts see. */
    public String typeName() {
        return typeName;
    }

    /** The names scripts may call, in the order given. */
    public Set<String> methodNames() {
        return methods.keySet();
    }

    /** The fewest and the most parameters among the overloads of {@code name}. */
    public int[] arity(String name) {
        List<Method> ms = methods(name);
        return new int[] {ms.get(0).getParameterCount(), ms.get(ms.size() - 1).getParameterCount()};
    }

    /** Calls allowed method {@code name} on plain-value arguments (see the class comment). */
    public Object call(String name, List<Object> args) throws Exception {
        return JavaInterop.invoke(target, name, methods(name), args);
    }

    private List<Method> methods(String name) {
        List<Method> ms = methods.get(name);
        if (ms == null) {
            throw new IllegalArgumentException(name + " is not exposed");
        }
        return ms;
    }

    @Override
    public String toString() {
        return "Exposed[" + typeName + ": " + methods.keySet() + "]";
    }
}
