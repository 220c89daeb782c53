package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python type. Builtin types are instances too, created once and shared (they are immutable
 * from Python). The MRO is computed from the bases; attribute lookup walks the MRO's dicts.
 */
public class PyType extends PyObject {

    /** Creates instances: {@code type(*args, **kwargs)}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", new PyType[0], null);
    public static final PyType TYPE = new PyType("type", new PyType[] {OBJECT}, null);

    public final String name;
    public final PyType[] bases;
    public final PyType[] mro;
    private volatile PyDict dict;
    /** Module name shown in repr; {@code null} for builtins. */
    public final String module;
    private Constructor constructor;

    public PyType(String name, PyType[] bases, Constructor constructor) {
        this(name, bases, constructor, null);
    }

    public PyType(String name, PyType[] bases, Constructor constructor, String module) {
        this.name = name;
        this.bases = bases;
        this.constructor = constructor;
        this.module = module;
        this.mro = computeMro(this, bases);
    }

    /** Single-inheritance MRO now; C3 linearisation comes with user classes. */
    private static PyType[] computeMro(PyType self, PyType[] bases) {
        List<PyType> out = new ArrayList<>();
        out.add(self);
        if (bases.length > 0) {
            for (PyType t : bases[0].mro) {
                out.add(t);
            }
        }
        return out.toArray(new PyType[0]);
    }

    /** A builtin type whose only base is {@code object}. */
    public static PyType builtin(String name, Constructor constructor) {
        return new PyType(name, new PyType[] {OBJECT}, constructor);
    }

    /**
     * The type's namespace, created on first use so that creating a type never initialises
     * another class (builtin types are created during class initialisation).
     */
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PyDict();
                    dict = d;
                }
            }
        }
        return d;
    }

    public void setConstructor(Constructor c) {
        this.constructor = c;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Finds {@code name} along the MRO, or {@code null}. */
    public PyObject lookup(String name) {
        MethodTables.ensureInstalled();
        PyStr key = new PyStr(name);
        for (PyType t : mro) {
            PyObject v = t.dict().get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Adds a builtin method: {@code body} receives self as {@code args[0]}. */
    public void addMethod(String methodName, PyBuiltinFunction.Body body) {
        dict().put(new PyStr(methodName), new PyBuiltinFunction(methodName, body, true));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) {
            return args[0].getType();
        }
        for (PyType t : mro) {
            if (t.constructor != null) {
                return t.constructor.construct(this, args, kwnames);
            }
        }
        throw PyErr.typeError("cannot create '" + name + "' instances");
    }

    @Override
    public PyObject getAttr(String attr) {
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            return new PyStr(name);
        }
        PyObject v = lookup(attr);
        if (v != null) {
            return v;
        }
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                "type object '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public String repr() {
        return module == null ? "<class '" + name + "'>" : "<class '" + module + "." + name + "'>";
    }
}
