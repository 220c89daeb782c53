package org.enginehost.python.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;

/**
 * The import system of one interpreter: {@code sys.modules}, then the builtin module table,
 * then {@code name.py} files along {@code sys.path}.
 */
public final class Importer {
    private final PythonInterpreter interp;
    private final PyDict modules;
    private final Map<String, Function<PythonInterpreter, PyModule>> builtin = new LinkedHashMap<>();

    public Importer(PythonInterpreter interp, PyDict modules) {
        this.interp = interp;
        this.modules = modules;
        builtin.putAll(BuiltinModules.table());
    }

    /** Registers a module implemented in Java, created on first import. */
    public void registerBuiltin(String name, Function<PythonInterpreter, PyModule> factory) {
        builtin.put(name, factory);
    }

    /** {@code import name}: the module (for a dotted name, the top-level package). */
    public PyObject importModule(String name, PyList path) {
        PyObject m = modules.get(new PyStr(name));
        if (m != null) {
            return m;
        }
        if (name.indexOf('.') >= 0) {
            throw notFound(name);
        }
        Function<PythonInterpreter, PyModule> f = builtin.get(name);
        if (f != null) {
            PyModule mod = f.apply(interp);
            modules.put(new PyStr(name), mod);
            return mod;
        }
        for (int i = 0; i < path.size; i++) {
            PyObject entry = path.items[i];
            if (!(entry instanceof PyStr)) {
                continue;
            }
            String dir = ((PyStr) entry).value;
            Path file = interp.resolvePath(dir.isEmpty() ? "." : dir).resolve(name + ".py");
            if (Files.isRegularFile(file)) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
                }
                String filename = dir.isEmpty() ? name + ".py" : Path.of(dir, name + ".py").toString();
                PyModule mod = new PyModule(name, filename);
                modules.put(new PyStr(name), mod);
                try {
                    interp.execModule(text, filename, mod);
                } catch (PyException e) {
                    modules.remove(new PyStr(name));
                    throw e;
                }
                return mod;
            }
        }
        String lib = libSource(name);
        if (lib != null) {
            String filename = "<stdlib>/" + name + ".py";
            PyModule mod = new PyModule(name, filename);
            modules.put(new PyStr(name), mod);
            try {
                interp.execModule(lib, filename, mod);
            } catch (PyException e) {
                modules.remove(new PyStr(name));
                throw e;
            }
            return mod;
        }
        throw notFound(name);
    }

    /** Source of a standard-library module written in Python, or {@code null}. */
    private static String libSource(String name) {
        try (java.io.InputStream in = Importer.class.getResourceAsStream("/org/enginehost/python/lib/" + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static PyException notFound(String name) {
        PyException e = PyErr.format(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        e.value.setAttr("name", new PyStr(name));
        return e;
    }
}
