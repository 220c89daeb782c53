package org.enginehost.python.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/** What the pickler and unpickler share: the exception types, imports, and the Python 2 name tables. */
final class PickleSupport {
    private PickleSupport() {
    }

    static final PyType PICKLE_ERROR = new PyType("PickleError", new PyType[] {ExceptionTypes.EXCEPTION}, null, "_pickle");
    static final PyType PICKLING_ERROR = new PyType("PicklingError", new PyType[] {PICKLE_ERROR}, null, "_pickle");
    static final PyType UNPICKLING_ERROR = new PyType("UnpicklingError", new PyType[] {PICKLE_ERROR}, null, "_pickle");

    static PyException picklingError(String msg) {
        return PyErr.format(PICKLING_ERROR, msg);
    }

    static PyException unpicklingError(String msg) {
        return PyErr.format(UNPICKLING_ERROR, msg);
    }

    static PythonInterpreter interpreter() {
        return ThreadState.current().interpreter;
    }

    /** {@code import name} returning the named module itself (not its top-level package). */
    static PyObject importModule(String name) {
        return interpreter().importName(name, 0, true, null);
    }

    static PyDict sysModules() {
        return (PyDict) interpreter().importModule("sys").getAttr("modules");
    }

    static PyObject copyreg() {
        return importModule("copyreg");
    }

    /** CPython's {@code tp_name}: {@code module.Name} for builtin types outside builtins. */
    static String tpName(PyType t) {
        if (t.heap || t.module == null || t.module.equals("builtins")) {
            return t.name;
        }
        return t.module + "." + t.name;
    }

    /** {@code getattr(obj, name)}, or null when it raises AttributeError. */
    static PyObject lookupAttr(PyObject obj, String name) {
        try {
            return obj.getAttr(name);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static final ClassValue<Boolean> JAVA_ITERATOR = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("next").getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** CPython's {@code PyIter_Check}: the object is an iterator (has {@code __next__}). */
    static boolean isIterator(PyObject o) {
        PyType t = o.getType();
        if (t.heap) {
            return t.lookup("__next__") != null;
        }
        return t.lookup("__next__") != null || JAVA_ITERATOR.get(o.getClass());
    }

    // ------------------------------------------------------------ Python 2 names (fix_imports)

    /** (module, name) pairs and module names, keyed "mod\0name" or "mod". */
    static final Map<String, String[]> NAME_2TO3 = new HashMap<>();
    static final Map<String, String> IMPORT_2TO3 = new HashMap<>();
    static final Map<String, String[]> NAME_3TO2 = new HashMap<>();
    static final Map<String, String> IMPORT_3TO2 = new HashMap<>();

    static {
        InputStream in = PickleSupport.class.getResourceAsStream("compat_pickle.txt");
        if (in != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "N": NAME_2TO3.put(f[1] + "\0" + f[2], new String[] {f[3], f[4]}); break;
                        case "I": IMPORT_2TO3.put(f[1], f[2]); break;
                        case "RN": NAME_3TO2.put(f[1] + "\0" + f[2], new String[] {f[3], f[4]}); break;
                        case "RI": IMPORT_3TO2.put(f[1], f[2]); break;
                        default: break;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read compat_pickle.txt", e);
            }
        }
    }

    /** The Java string of a str object; TypeError otherwise. */
    static String strValue(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("expected str, not " + o.getType().name);
        }
        return ((PyStr) o).value;
    }
}
