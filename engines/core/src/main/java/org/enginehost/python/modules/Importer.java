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
        PyObject leaf = importDotted(name, path);
        int dot = name.indexOf('.');
        return dot < 0 ? leaf : modules.get(new PyStr(name.substring(0, dot)));
    }

    /**
     * IMPORT_NAME: {@code level} > 0 for relative imports (resolved against the importing
     * module's {@code __package__} in {@code globals}); {@code fromForm} (from-imports) returns
     * the named module itself rather than its top-level package.
     */
    public PyObject importName(String name, int level, boolean fromForm, PyDict globals, PyList path) {
        String full = level > 0 ? resolveRelative(name, level, globals) : name;
        if (fromForm) {
            return importDotted(full, path);
        }
        return importModule(full, path);
    }

    private static String resolveRelative(String name, int level, PyDict globals) {
        String pkg = "";
        PyObject p = globals == null ? null : globals.get("__package__");
        if (p instanceof PyStr s) {
            pkg = s.value;
        } else if (globals != null && globals.get("__name__") instanceof PyStr n) {
            if (globals.get("__path__") != null) {
                pkg = n.value;
            } else {
                int d = n.value.lastIndexOf('.');
                pkg = d < 0 ? "" : n.value.substring(0, d);
            }
        }
        if (pkg.isEmpty()) {
            throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int d = base.lastIndexOf('.');
            if (d < 0) {
                throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, d);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports {@code name} and its parent packages; returns the named module. */
    private PyObject importDotted(String name, PyList path) {
        PyObject m = modules.get(new PyStr(name));
        if (m != null) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return importTop(name, path);
        }
        PyObject parent = importDotted(name.substring(0, dot), path);
        m = modules.get(new PyStr(name));
        if (m != null) {
            return m;
        }
        String leaf = name.substring(dot + 1);
        Function<PythonInterpreter, PyModule> f = builtin.get(name);
        if (f != null) {
            PyModule mod = f.apply(interp);
            modules.put(new PyStr(name), mod);
            parent.setAttr(leaf, mod);
            return mod;
        }
        PyObject parentPath = parent instanceof PyModule pm ? pm.dict.get("__path__") : null;
        if (!(parentPath instanceof PyList dirs)) {
            PyException e = PyErr.format(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'; '"
                    + name.substring(0, dot) + "' is not a package");
            e.value.setAttr("name", new PyStr(name));
            throw e;
        }
        PyModule child = findIn(name, leaf, dirs, name.substring(0, dot));
        if (child == null) {
            throw notFound(name);
        }
        parent.setAttr(leaf, child);
        return child;
    }

    private PyObject importTop(String name, PyList path) {
        Function<PythonInterpreter, PyModule> f = builtin.get(name);
        if (f != null) {
            PyModule mod = f.apply(interp);
            modules.put(new PyStr(name), mod);
            return mod;
        }
        PyModule mod = findIn(name, name, path, "");
        if (mod == null) {
            mod = loadLib(name);
        }
        if (mod == null) {
            throw notFound(name);
        }
        return mod;
    }

    /** Finds {@code leaf} (a package directory or a .py file) in {@code dirs} and executes it as {@code full}. */
    private PyModule findIn(String full, String leaf, PyList dirs, String parentPackage) {
        if (!interp.permits(org.enginehost.spi.Permission.FILE_READ)) {
            return null; // sandboxed: modules come only from the host, never from the file system
        }
        for (int i = 0; i < dirs.size; i++) {
            PyObject entry = dirs.items[i];
            if (!(entry instanceof PyStr)) {
                continue;
            }
            String dir = ((PyStr) entry).value;
            Path base = interp.resolvePath(dir.isEmpty() ? "." : dir);
            Path init = base.resolve(leaf).resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                String pkgDir = dir.isEmpty() ? leaf : Path.of(dir, leaf).toString();
                PyList pkgPath = new PyList();
                pkgPath.append(new PyStr(pkgDir));
                return load(full, init, Path.of(pkgDir, "__init__.py").toString(), full, pkgPath);
            }
            Path file = base.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) {
                String filename = dir.isEmpty() ? leaf + ".py" : Path.of(dir, leaf + ".py").toString();
                return load(full, file, filename, parentPackage, null);
            }
        }
        return null;
    }

    private PyModule load(String name, Path file, String filename, String pkg, PyList pkgPath) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
        PyModule mod = new PyModule(name, filename);
        mod.define("__package__", new PyStr(pkg));
        if (pkgPath != null) {
            mod.define("__path__", pkgPath);
        }
        modules.put(new PyStr(name), mod);
        try {
            interp.execModule(text, filename, mod);
        } catch (PyException e) {
            modules.remove(new PyStr(name));
            throw e;
        }
        return mod;
    }

    /** A standard-library module shipped as Python source, executed; {@code null} if there is none. */
    private PyModule loadLib(String name) {
        String lib = libSource(name);
        if (lib == null) {
            return null;
        }
        String filename = "<stdlib>/" + name + ".py";
        PyModule mod = new PyModule(name, filename);
        mod.define("__package__", new PyStr(""));
        modules.put(new PyStr(name), mod);
        try {
            interp.execModule(lib, filename, mod);
        } catch (PyException e) {
            modules.remove(new PyStr(name));
            throw e;
        }
        return mod;
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
