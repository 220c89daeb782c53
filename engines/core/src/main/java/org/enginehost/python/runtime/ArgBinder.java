package org.enginehost.python.runtime;

import java.util.Arrays;
import org.enginehost.python.code.CodeObject;

/** Binds call arguments to a new frame's parameters, with CPython's error messages. */
public final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * Creates the frame for calling {@code fn}. The arguments are {@code src[off .. off+n)}: the
     * positional ones, then the values of the keywords named in {@code kwnames} (may be null).
     */
    public static Frame frameFor(PyFunction fn, PyObject[] src, int off, int n, String[] kwnames) {
        CodeObject code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, null);
        PyObject[] slots = f.slots;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = code.argcount;
        int shape = code.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS);
        if (nkw != 0 || code.kwonlyargcount != 0 || (shape & CodeObject.CO_VARKEYWORDS) != 0) {
            bindSlow(fn, code, slots, src, off, npos, kwnames);
        } else if (npos == argcount && shape == 0) {
            System.arraycopy(src, off, slots, 0, npos);
        } else if (npos >= argcount && shape == CodeObject.CO_VARARGS) {
            // f(a, *rest): the positional arguments beyond the named ones become the tuple
            System.arraycopy(src, off, slots, 0, argcount);
            slots[argcount] = PyTuple.of(Arrays.copyOfRange(src, off + argcount, off + npos));
        } else if (npos < argcount && shape == 0 && fn.defaults != null && argcount - fn.defaults.length <= npos) {
            // the missing trailing arguments all have defaults
            System.arraycopy(src, off, slots, 0, npos);
            System.arraycopy(fn.defaults, npos - (argcount - fn.defaults.length), slots, npos, argcount - npos);
        } else {
            bindSlow(fn, code, slots, src, off, npos, kwnames);
        }
        int ncell = code.cellvars.length;
        if (ncell != 0 || code.freevars.length != 0) {
            int base = code.nlocals;
            for (int i = 0; i < ncell; i++) {
                int a = code.cellArgs[i];
                slots[base + i] = new PyCell(a >= 0 ? slots[a] : null);
            }
            for (int i = 0; i < code.freevars.length; i++) {
                slots[base + ncell + i] = fn.closure[i];
            }
        }
        return f;
    }

    private static void bindSlow(PyFunction fn, CodeObject code, PyObject[] slots, PyObject[] src, int off,
                                 int npos, String[] kwnames) {
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        boolean varargs = code.hasFlag(CodeObject.CO_VARARGS);
        boolean varkw = code.hasFlag(CodeObject.CO_VARKEYWORDS);
        int total = argcount + kwonly;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            slots[total + (varargs ? 1 : 0)] = kwdict;
        }
        int ncopy = Math.min(npos, argcount);
        System.arraycopy(src, off, slots, 0, ncopy);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            System.arraycopy(src, off + ncopy, rest, 0, rest.length);
            slots[total] = PyTuple.of(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, code, npos, kwnames, src, off);
        }
        java.util.List<String> posonlyGiven = null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                PyObject value = src[off + npos + k];
                int idx = -1;
                for (int i = code.posonlyargcount; i < total; i++) {
                    if (code.varnames[i].equals(kw)) {
                        idx = i;
                        break;
                    }
                }
                if (idx < 0 && kwdict == null) {
                    for (int i = 0; i < code.posonlyargcount; i++) {
                        if (code.varnames[i].equals(kw)) {
                            if (posonlyGiven == null) {
                                posonlyGiven = new java.util.ArrayList<>();
                            }
                            posonlyGiven.add(kw);
                            idx = -2;
                        }
                    }
                    if (idx == -2) {
                        continue;
                    }
                }
                if (idx < 0) {
                    if (kwdict == null) {
                        throw PyErr.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
                    }
                    kwdict.put(new PyStr(kw), value);
                } else {
                    if (slots[idx] != null) {
                        throw PyErr.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
                    }
                    slots[idx] = value;
                }
            }
        }
        if (posonlyGiven != null) {
            throw PyErr.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyGiven) + "'");
        }
        if (npos < argcount) {
            int ndef = fn.defaults == null ? 0 : fn.defaults.length;
            int firstDefault = argcount - ndef;
            java.util.List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (slots[i] == null) {
                    if (i >= firstDefault) {
                        slots[i] = fn.defaults[i - firstDefault];
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(code.varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn, missing, "positional");
            }
        }
        if (kwonly > 0) {
            java.util.List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (slots[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.get(code.varnames[i]);
                    if (d != null) {
                        slots[i] = d;
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(code.varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn, missing, "keyword-only");
            }
        }
    }

    private static PyException missing(PyFunction fn, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return PyErr.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooManyPositional(PyFunction fn, CodeObject code, int given, String[] kwnames,
                                                  PyObject[] src, int off) {
        int argcount = code.argcount;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int i = argcount; i < argcount + code.kwonlyargcount; i++) {
                    if (code.varnames[i].equals(k)) {
                        kwGiven++;
                    }
                }
            }
        }
        String was = given == 1 ? "was" : "were";
        String extra = kwGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given"
                : " " + was + " given";
        if (kwGiven > 0) {
            return PyErr.typeError(fn.qualname + "() takes " + takes + " but " + given + extra);
        }
        return PyErr.typeError(fn.qualname + "() takes " + takes + " but " + given + extra);
    }
}
