package org.enginehost.python;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.enginehost.python.runtime.CancelledSignal;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;
import org.enginehost.spi.Handle;
import org.enginehost.spi.HostFunction;
import org.enginehost.spi.HostModule;
import org.enginehost.spi.ScriptException;

/**
 * Turns an embedder's {@link HostModule} into a Python module: each function becomes a builtin
 * function that checks the argument count, converts the arguments to plain Java values
 * ({@link Conversions#toJava}), calls the Java body and converts the result back
 * ({@link Conversions#fromHost}). Whatever the Java code throws reaches the script as a Python
 * exception with a clear message (see {@link HostFunction} for the mapping), never as a Java
 * stack trace.
 */
final class HostModules {

    private HostModules() {
    }

    static PyModule create(Conversions conversions, HostModule spec) {
        PyModule m = new PyModule(spec.name(), null);
        for (Map.Entry<String, Object> c : spec.constants().entrySet()) {
            m.define(c.getKey(), conversions.fromHost(c.getValue()));
        }
        for (HostModule.Function f : spec.functions().values()) {
            m.define(f.name(), new PyBuiltinFunction(f.name(), (args, kw) -> call(conversions, spec.name(), f, args, kw)));
        }
        return m;
    }

    private static PyObject call(Conversions conversions, String module, HostModule.Function f, PyObject[] args,
                                 String[] kwnames) {
        PyBuiltinFunction.noKeywords(f.name(), kwnames);
        checkCount(f.name(), f.minArgs(), f.maxArgs(), args.length);
        List<Object> jargs = new ArrayList<>(args.length);
        for (PyObject a : args) {
            jargs.add(conversions.toJava(a));
        }
        List<Object> view = Collections.unmodifiableList(jargs);
        return callJava(conversions, "host function " + module + "." + f.name(), args, () -> f.body().call(view));
    }

    /** A Java body that scripts call: a host function, an exposed method, a Java function. */
    @FunctionalInterface
    interface JavaBody {
        Object call() throws Exception;
    }

    /**
     * Runs Java code a script called with {@code args} and converts its result
     * ({@link Conversions#fromHost}); whatever it throws becomes a Python exception whose message
     * names {@code what} (e.g. {@code host function prices.net}).
     */
    static PyObject callJava(Conversions conversions, String what, PyObject[] args, JavaBody body) {
        Object result;
        try {
            result = body.call();
        } catch (HostFunction.TypeMismatch e) {
            throw PyErr.typeError(e.function() == null || e.index() >= args.length ? e.getMessage()
                    : e.function() + "() argument " + (e.index() + 1) + " must be " + pythonName(e.expected())
                    + ", not " + args[e.index()].getType().name);
        } catch (CancelledSignal | PyException e) {
            throw e;
        } catch (ScriptException e) {
            if (e instanceof PythonInterpreter.PythonScriptException p && p.owner == conversions.owner()) {
                // Java called back into this interpreter (a script function as a Java interface)
                // and the script raised: the exception travels on as the script's own.
                throw new PyException(p.exception);
            }
            // The Java code called back into an interpreter, and that call failed.
            switch (e.kind()) {
                case CANCELLED, TIME_LIMIT -> throw new CancelledSignal();
                case INSTRUCTION_LIMIT -> throw new CancelledSignal(ScriptException.Kind.INSTRUCTION_LIMIT);
                default -> throw failure(what, ExceptionTypes.RUNTIME_ERROR, e);
            }
        } catch (Exception e) {
            throw failure(what, pythonType(e), e);
        } catch (StackOverflowError e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw failure(what, ExceptionTypes.MEMORY_ERROR, e);
        }
        try {
            return conversions.fromHost(result);
        } catch (IllegalArgumentException e) {
            throw PyErr.typeError(what.substring(what.indexOf(' ') + 1) + "() returned a value with no Python form: "
                    + e.getMessage());
        }
    }

    static void checkCount(String name, int min, int max, int n) {
        if (n >= min && (max < 0 || n <= max)) {
            return;
        }
        String takes;
        if (min == max) {
            takes = min == 0 ? "takes no arguments" : "takes exactly " + min + " argument" + (min == 1 ? "" : "s");
        } else if (max < 0) {
            takes = "takes at least " + min + " argument" + (min == 1 ? "" : "s");
        } else {
            takes = "takes from " + min + " to " + max + " arguments";
        }
        throw PyErr.typeError(name + "() " + takes + " (" + n + " given)");
    }

    /** The Python exception type for what a host function threw (documented on {@link HostFunction}). */
    private static PyType pythonType(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return ExceptionTypes.VALUE_ERROR;
        }
        if (e instanceof ClassCastException) {
            return ExceptionTypes.TYPE_ERROR;
        }
        if (e instanceof ArithmeticException) {
            return ExceptionTypes.ARITHMETIC_ERROR;
        }
        if (e instanceof IndexOutOfBoundsException) {
            return ExceptionTypes.INDEX_ERROR;
        }
        if (e instanceof NoSuchElementException) {
            return ExceptionTypes.LOOKUP_ERROR;
        }
        if (e instanceof UnsupportedOperationException) {
            return ExceptionTypes.NOT_IMPLEMENTED_ERROR;
        }
        if (e instanceof IOException) {
            return ExceptionTypes.OS_ERROR;
        }
        return ExceptionTypes.RUNTIME_ERROR;
    }

    /** e.g. {@code ValueError: host function mathx.root failed: negative (java.lang.IllegalArgumentException)} */
    private static PyException failure(String what, PyType type, Throwable e) {
        String detail = e instanceof ScriptException se ? se.getMessage() : e.getMessage();
        String msg = what + " failed: "
                + (detail == null || detail.isEmpty() ? "" : detail + " ") + "(" + e.getClass().getName() + ")";
        return PyErr.format(type, msg);
    }

    /** The Python name of the type a Java parameter accepts. */
    static String pythonName(Class<?> c) {
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class || c == short.class
                || c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class) {
            return "int";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "float";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "bool";
        }
        if (c == String.class || c == CharSequence.class) {
            return "str";
        }
        if (c == char.class || c == Character.class) {
            return "a 1-character str";
        }
        if (c == byte[].class) {
            return "bytes";
        }
        if (List.class.isAssignableFrom(c)) {
            return "list";
        }
        if (java.util.Set.class.isAssignableFrom(c)) {
            return "set";
        }
        if (c.isInterface() && c.isAnnotationPresent(FunctionalInterface.class)) {
            return "callable";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "dict";
        }
        if (c == Handle.class) {
            return "a Python object";
        }
        return "a Java " + c.getSimpleName();
    }
}
