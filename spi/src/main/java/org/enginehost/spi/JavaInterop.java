package org.enginehost.spi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How plain values meet typed Java code: the argument conversion of {@link HostModule#ofObject}
 * and {@link Exposed} methods, and what counts as a Java functional interface. Engines use it so
 * that every path from a script into Java converts the same way.
 */
public final class JavaInterop {

    private JavaInterop() {
    }

    /**
     * The single abstract method of {@code iface} (methods {@link Object} declares and default
     * methods aside).
     *
     * @throws IllegalArgumentException when {@code iface} is no interface or has no single abstract method
     */
    public static Method functionalMethod(Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        Method found = null;
        for (Method m : iface.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !sameSignature(found, m)) {
                throw new IllegalArgumentException(iface.getName() + " is not a functional interface: it has abstract methods "
                        + found.getName() + " and " + m.getName());
            }
            if (found == null || moreSpecific(m, found)) {
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(iface.getName() + " is not a functional interface: it has no abstract method");
        }
        return found;
    }

    /**
     * The method through which a script calls {@code o} as a function, or null when {@code o} is
     * no function: the functional method of a lambda's or method reference's interface, or of the
     * one {@link FunctionalInterface}-annotated interface (all of {@code java.util.function},
     * {@link Runnable}, {@link java.util.concurrent.Callable}, {@link java.util.Comparator}, ...)
     * that {@code o}'s class implements.
     */
    public static Method functionalMethodOf(Object o) {
        if (o == null) {
            return null;
        }
        Class<?> cls = o.getClass();
        List<Class<?>> candidates = new ArrayList<>();
        boolean lambda = cls.isSynthetic() && cls.isHidden();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if ((lambda || i.isAnnotationPresent(FunctionalInterface.class)) && isFunctional(i)
                        && !candidates.contains(i)) {
                    candidates.add(i);
                }
            }
        }
        if (candidates.size() != 1) {
            return null;
        }
        return functionalMethod(candidates.get(0));
    }

    private static boolean isFunctional(Class<?> i) {
        try {
            functionalMethod(i);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Same name and parameter count: one method seen through generic specialisation ({@code apply(Object)}, {@code apply(String)}). */
    private static boolean sameSignature(Method a, Method b) {
        return a.getName().equals(b.getName()) && a.getParameterCount() == b.getParameterCount();
    }

    private static boolean moreSpecific(Method m, Method than) {
        Class<?>[] a = m.getParameterTypes();
        Class<?>[] b = than.getParameterTypes();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return b[i].isAssignableFrom(a[i]);
            }
        }
        return than.getReturnType().isAssignableFrom(m.getReturnType()) && than.getReturnType() != m.getReturnType();
    }

    /**
     * Converts a plain value (as {@link Interpreter#get} returns it) to parameter type
     * {@code type}: {@code long}/{@code int}/{@code short}/{@code byte} and their boxes (an
     * integer that fits), {@link BigInteger}, {@code double}/{@code float} (any number),
     * {@code boolean}, {@link String}, {@code char} (a one-character string), {@code byte[]},
     * {@link List}, {@link Map}, {@link Set}, {@link Handle}, a functional interface (a
     * {@link Handle} of a callable becomes an implementation through {@link Handle#as}), any
     * other type the value already is, and {@link Object} (anything).
     *
     * @throws HostFunction.TypeMismatch naming {@code function} and the argument's position
     */
    public static Object convertArgument(String function, int index, Class<?> type, Object v) {
        if (type == Object.class) {
            return v;
        }
        if (v == null) {
            if (!type.isPrimitive()) {
                return null;
            }
        } else if (type == long.class || type == Long.class) {
            if (v instanceof Long) {
                return v;
            }
        } else if (type == int.class || type == Integer.class) {
            if (v instanceof Long l && l == l.intValue()) {
                return l.intValue();
            }
        } else if (type == short.class || type == Short.class) {
            if (v instanceof Long l && l == l.shortValue()) {
                return l.shortValue();
            }
        } else if (type == byte.class || type == Byte.class) {
            if (v instanceof Long l && l == l.byteValue()) {
                return l.byteValue();
            }
        } else if (type == BigInteger.class) {
            if (v instanceof Long l) {
                return BigInteger.valueOf(l);
            }
            if (v instanceof BigInteger) {
                return v;
            }
        } else if (type == double.class || type == Double.class) {
            if (v instanceof Double || v instanceof Long || v instanceof BigInteger) {
                return ((Number) v).doubleValue();
            }
        } else if (type == float.class || type == Float.class) {
            if (v instanceof Double || v instanceof Long || v instanceof BigInteger) {
                return ((Number) v).floatValue();
            }
        } else if (type == boolean.class || type == Boolean.class) {
            if (v instanceof Boolean) {
                return v;
            }
        } else if (type == char.class || type == Character.class) {
            if (v instanceof String s && s.length() == 1) {
                return s.charAt(0);
            }
        } else if (type.isInstance(v)) {
            return v;
        } else if (v instanceof Handle h && type.isInterface() && isFunctional(type)) {
            try {
                return h.as(type);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not callable: a type mismatch like any other
            }
        }
        throw new HostFunction.TypeMismatch(function, index, type, v);
    }

    /**
     * Calls the first of {@code methods} (public methods of {@code target}'s class, all named
     * {@code function}) whose parameter count matches and whose parameter types accept
     * {@code args} after {@link #convertArgument}; an exception the method throws passes through.
     */
    public static Object invoke(Object target, String function, List<Method> methods, List<Object> args) throws Exception {
        HostFunction.TypeMismatch firstMismatch = null;
        for (Method m : methods) {
            if (m.getParameterCount() != args.size()) {
                continue;
            }
            Class<?>[] types = m.getParameterTypes();
            Object[] converted = new Object[types.length];
            try {
                for (int i = 0; i < types.length; i++) {
                    converted[i] = convertArgument(function, i, types[i], args.get(i));
                }
            } catch (HostFunction.TypeMismatch e) {
                if (firstMismatch == null) {
                    firstMismatch = e;
                }
                continue;
            }
            try {
                return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, converted);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            }
        }
        if (firstMismatch != null) {
            throw firstMismatch;
        }
        throw new HostFunction.TypeMismatch(function + "() takes no " + args.size() + "-argument form");
    }
}
