package org.enginehost.python;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.spi.JavaInterop;

/**
 * A Java function (a lambda, a method reference, an instance of one functional interface) that
 * went into a script: calling it calls the interface's one abstract method with the arguments
 * converted to plain Java values and then to the parameter types ({@link JavaInterop#convertArgument}),
 * and converts the result back like a host function's result. A wrong argument count or type is
 * a {@code TypeError}; a Java exception becomes a Python exception as for host functions.
 * The script sees nothing else of the object: it has no attributes.
 */
final class JavaFunction extends PyObject {
    static final PyType TYPE = PyType.builtin("java_function", null);

    static {
        TYPE.dict().put(new PyStr("__call__"), new PyBuiltinFunction("__call__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof JavaFunction f)) {
                throw PyErr.typeError("descriptor '__call__' requires a 'java_function' object");
            }
            return f.call(Arrays.copyOfRange(a, 1, a.length), k);
        }, true));
    }

    private final Conversions conversions;
    final Object target;
    private final Method method;
    /** e.g. {@code Function.apply}: how errors name this function. */
    private final String name;

    JavaFunction(Conversions conversions, Object target, Method method) {
        this.conversions = conversions;
        this.target = target;
        this.method = method;
        this.name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            method.trySetAccessible();
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyBuiltinFunction.noKeywords(name, kwnames);
        int n = method.getParameterCount();
        HostModules.checkCount(name, n, n, args.length);
        Class<?>[] types = method.getParameterTypes();
        return HostModules.callJava(conversions, "Java function " + name, args, () -> {
            Object[] jargs = new Object[n];
            for (int i = 0; i < n; i++) {
                jargs[i] = JavaInterop.convertArgument(name, i, types[i], conversions.toJava(args[i]));
            }
            try {
                return method.invoke(target, jargs);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            } catch (IllegalAccessException e) {
                throw new UnsupportedOperationException(name + " is not accessible (a non-public interface)");
            }
        });
    }

    @Override
    public String repr() {
        return "<java function " + name + ">";
    }
}
