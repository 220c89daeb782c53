package org.enginehost.python;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.enginehost.python.runtime.Builtins;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.spi.HostFunction;
import org.enginehost.spi.JavaInterop;

/**
 * A Python callable as an implementation of a Java functional interface ({@link
 * org.enginehost.spi.Handle#as}): a {@link Proxy} whose one abstract method calls the callable
 * on the interpreter's thread. Arguments convert as {@link Conversions#fromHost} (a Java value
 * with no Python form arrives as an opaque object); the result converts to the method's return
 * type: nothing for {@code void}, the truth value for {@code boolean}, a plain value
 * ({@link Conversions#toJava}) for {@code Object}, another proxy for a functional-interface
 * return type, and otherwise what {@link JavaInterop#convertArgument} allows, a mismatch being a
 * Python {@code TypeError}.
 */
final class CallableProxies {

    private CallableProxies() {
    }

    private static final class Handler implements InvocationHandler {
        final PythonInterpreter interp;
        final PyObject callable;
        final Class<?> iface;
        final Method method;

        Handler(PythonInterpreter interp, PyObject callable, Class<?> iface, Method method) {
            this.interp = interp;
            this.callable = callable;
            this.iface = iface;
            this.method = method;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getDeclaringClass() == Object.class) {
                switch (m.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return describe();
                }
            }
            if (m.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, m, args);
            }
            Object[] jargs = args == null ? new Object[0] : args;
            Conversions c = interp.conversions();
            return interp.callFromJava(() -> {
                PyObject[] pyArgs = new PyObject[jargs.length];
                for (int i = 0; i < jargs.length; i++) {
                    pyArgs[i] = c.fromHost(jargs[i]);
                }
                return result(callable.call(pyArgs, null), m);
            });
        }

        private Object result(PyObject r, Method m) {
            Class<?> type = m.getReturnType();
            if (type == void.class) {
                return null;
            }
            if (type == boolean.class || type == Boolean.class) {
                return r.isTrue();
            }
            Conversions c = interp.conversions();
            if (type.isInterface() && Builtins.isCallable(r) && !(r instanceof JavaFunction f && type.isInstance(f.target))) {
                try {
                    JavaInterop.functionalMethod(type);
                    return create(interp, r, type);
                } catch (IllegalArgumentException e) {
                    // not a functional interface: convert as a plain value below
                }
            }
            Object plain = c.toJava(r);
            try {
                return JavaInterop.convertArgument(m.getName(), 0, type, plain);
            } catch (HostFunction.TypeMismatch e) {
                throw PyErr.typeError(iface.getSimpleName() + "." + m.getName() + "() must return "
                        + HostModules.pythonName(type) + ", not " + r.getType().name);
            }
        }

        private String describe() {
            String what = callable instanceof PyFunction f ? "function " + f.qualname : callable.getType().name;
            return "<Python " + what + " as " + iface.getName() + ">";
        }
    }

    /** {@code callable} as an implementation of functional interface {@code iface}. */
    static <T> T create(PythonInterpreter interp, PyObject callable, Class<T> iface) {
        Method method = JavaInterop.functionalMethod(iface);
        if (!Builtins.isCallable(callable)) {
            throw new IllegalArgumentException("'" + callable.getType().name + "' object is not callable");
        }
        if (callable instanceof JavaFunction f && iface.isInstance(f.target)) {
            return iface.cast(f.target);
        }
        ClassLoader loader = iface.getClassLoader() != null ? iface.getClassLoader() : CallableProxies.class.getClassLoader();
        Object proxy = Proxy.newProxyInstance(loader, new Class<?>[] {iface}, new Handler(interp, callable, iface, method));
        return iface.cast(proxy);
    }

    /** The Python callable behind {@code o}, when {@code o} is a proxy of interpreter {@code owner}; else null. */
    static PyObject unwrap(Object o, Object owner) {
        if (o != null && Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof Handler h) {
            // A callable of another interpreter stays a Java function (calling it calls into that interpreter).
            return h.interp == owner ? h.callable : null;
        }
        return null;
    }
}
