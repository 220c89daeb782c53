package org.enginehost.python.runtime;

import org.enginehost.python.code.CodeObject;

/**
 * The bodies of the less frequent instructions, shared by every engine so that their
 * semantics exist once. Engines call these with operands popped from their frame's stack.
 */
public final class Instructions {
    private Instructions() {
    }

    public static PyObject loadName(Frame f, PyStr name) {
        PyObject v = f.locals.get(name);
        if (v == null && f.locals != f.globals) {
            v = f.globals.get(name);
        }
        if (v == null) {
            v = f.builtins.get(name);
        }
        if (v == null) {
            throw PyErr.nameError(name.value);
        }
        return v;
    }

    public static PyObject loadGlobal(Frame f, PyStr name) {
        PyObject v = f.globals.get(name);
        if (v == null) {
            v = f.builtins.get(name);
            if (v == null) {
                throw PyErr.nameError(name.value);
            }
        }
        return v;
    }

    public static void deleteName(PyDict ns, PyStr name) {
        if (ns.remove(name) == null) {
            throw PyErr.nameError(name.value);
        }
    }

    public static PyException unboundLocal(CodeObject code, int index) {
        return PyErr.unboundLocal(code.varnames[index]);
    }

    public static PyException unboundCell(CodeObject code, int index) {
        String name = code.cellName(index);
        if (index < code.cellvars.length) {
            return PyErr.unboundLocal(name);
        }
        return PyErr.freeVarUnbound(name);
    }

    public static PyFunction makeFunction(CodeObject code, int flags, PyObject defaults, PyObject kwdefaults,
                                          PyObject closure, PyDict globals, PyDict builtins) {
        PyObject[] d = (flags & 1) != 0 ? ((PyTuple) defaults).items : null;
        PyDict kw = (flags & 2) != 0 ? (PyDict) kwdefaults : null;
        PyCell[] cells = null;
        if ((flags & 8) != 0) {
            PyObject[] items = ((PyTuple) closure).items;
            cells = new PyCell[items.length];
            for (int i = 0; i < items.length; i++) {
                cells[i] = (PyCell) items[i];
            }
        }
        return new PyFunction(code, globals, builtins, d, kw, cells);
    }

    /** Turns the operand of {@code raise} into an exception instance. */
    public static PyBaseException toException(PyObject exc) {
        if (exc instanceof PyType && ((PyType) exc).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            exc = exc.call(new PyObject[0], null);
        }
        if (exc instanceof PyBaseException) {
            return (PyBaseException) exc;
        }
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    /** {@code raise exc [from cause]}. */
    public static PyException raise(PyObject exc, PyObject cause) {
        PyBaseException e = toException(exc);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else if (cause instanceof PyBaseException
                    || cause instanceof PyType && ((PyType) cause).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                e.cause = toException(cause);
            } else {
                throw PyErr.typeError("exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return new PyException(e);
    }

    /** Bare {@code raise}: re-raises the exception being handled. */
    public static PyException reraise(ThreadState ts) {
        if (ts.handled == null) {
            return PyErr.format(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
        }
        PyException e = new PyException(ts.handled);
        e.reraised = true;
        return e;
    }

    public static boolean checkExcMatch(PyObject exc, PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items) {
                if (checkExcMatch(exc, t)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType) || !((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.getType().isSubtypeOf((PyType) type);
    }

    public static PyObject importFrom(PyObject module, String name) {
        if (module instanceof PyModule) {
            PyObject v = ((PyModule) module).dict.get(name);
            if (v != null) {
                return v;
            }
            PyModule m = (PyModule) module;
            if (m.dict.get("__path__") != null) {
                // a submodule of a package not imported yet
                try {
                    return ThreadState.current().interpreter.importName(m.name + "." + name, 0, true, null);
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                        throw e;
                    }
                }
            }
            PyObject hook = m.dict.get("__getattr__");
            if (hook != null) {
                // PEP 562: from-import asks the module's __getattr__ too.
                try {
                    return hook.call(new PyObject[] {new PyStr(name)}, null);
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                }
            }
            String where = m.file == null ? "unknown location" : m.file;
            PyException e = PyErr.format(ExceptionTypes.IMPORT_ERROR,
                    "cannot import name '" + name + "' from '" + m.name + "' (" + where + ")");
            e.value.setAttr("name", new PyStr(m.name));
            if (m.file != null) {
                e.value.setAttr("path", new PyStr(m.file));
            }
            throw e;
        }
        return module.getAttr(name);
    }

    /** FORMAT_VALUE: conversion in the low two bits (1 str, 2 repr, 3 ascii), bit 2 = has spec. */
    public static PyObject formatValue(PyObject v, int flags, PyObject spec) {
        switch (flags & 3) {
            case 1: v = new PyStr(v.str()); break;
            case 2: v = new PyStr(v.repr()); break;
            case 3: v = new PyStr(ascii(v.repr())); break;
            default: break;
        }
        String s = spec == null ? "" : ((PyStr) spec).value;
        if (s.isEmpty() && v instanceof PyStr) {
            return v;
        }
        return new PyStr(Formatter.format(v, s));
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    public static PyObject buildString(PyObject[] stack, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(((PyStr) stack[from + i]).value);
        }
        return new PyStr(sb.toString());
    }

    public static PyObject buildMap(PyObject[] stack, int from, int n) {
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(stack[from + 2 * i], stack[from + 2 * i + 1]);
        }
        return d;
    }

    public static void listExtend(PyObject list, PyObject iterable) {
        try {
            ((PyList) list).extend(iterable);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && !(iterable instanceof PyList)) {
                throw PyErr.typeError("Value after * must be an iterable, not " + iterable.getType().name);
            }
            throw e;
        }
    }

    public static void dictMerge(PyObject callable, PyObject dict, PyObject mapping) {
        String fn = callable == null ? "" : FlowOps.funcStr(callable) + " ";
        if (!(mapping instanceof PyDict)) {
            throw PyErr.typeError(fn + "argument after ** must be a mapping, not " + mapping.getType().name);
        }
        PyDict d = (PyDict) dict;
        for (var e : ((PyDict) mapping).entries()) {
            if (d.get(e.getKey()) != null) {
                throw PyErr.typeError(fn + "got multiple values for keyword argument '" + e.getKey().str() + "'");
            }
            d.put(e.getKey(), e.getValue());
        }
    }

    /** CALL_FUNCTION_EX: positional args in a list/tuple, keywords in a dict (may be null). */
    public static PyObject callEx(PyObject callable, PyObject args, PyObject kwargs) {
        PyObject[] pos = Operations.toArray(args);
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            return callable.call(pos, null);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] all = new PyObject[pos.length + kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[kw.size()];
        int i = 0;
        for (var e : kw.entries()) {
            if (!(e.getKey() instanceof PyStr)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[i] = ((PyStr) e.getKey()).value;
            all[pos.length + i] = e.getValue();
            i++;
        }
        return callable.call(all, names);
    }

    public static PyObject unaryNot(PyObject v) {
        return PyBool.of(!Operations.isTrue(v));
    }

    public static PyObject buildSlice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step == null ? PyNone.NONE : step);
    }
}
