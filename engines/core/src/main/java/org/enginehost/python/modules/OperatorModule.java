package org.enginehost.python.modules;

import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code operator} module: the operators as functions, and itemgetter/attrgetter/methodcaller. */
public final class OperatorModule {
    private OperatorModule() {
    }

    static final PyType ITEMGETTER = new PyType("itemgetter", new PyType[] {PyType.OBJECT},
            (t, a, k) -> new Getter(t, "itemgetter", a, k), "operator");
    static final PyType ATTRGETTER = new PyType("attrgetter", new PyType[] {PyType.OBJECT},
            (t, a, k) -> new Getter(t, "attrgetter", a, k), "operator");
    static final PyType METHODCALLER = new PyType("methodcaller", new PyType[] {PyType.OBJECT},
            (t, a, k) -> new MethodCaller(a, k), "operator");

    private static final String[][] BINARY = {
        {"add", "0"}, {"and_", "1"}, {"floordiv", "2"}, {"lshift", "3"}, {"matmul", "4"}, {"mul", "5"},
        {"mod", "6"}, {"or_", "7"}, {"pow", "8"}, {"rshift", "9"}, {"sub", "10"}, {"truediv", "11"},
        {"xor", "12"},
    };
    private static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    private static void both(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.defineFunction(name, body);
        String dunder = "__" + (name.endsWith("_") ? name.substring(0, name.length() - 1) : name) + "__";
        m.define(dunder, new PyBuiltinFunction(dunder, body));
    }

    public static PyModule create() {
        PyModule m = new PyModule("operator", null);
        for (String[] b : BINARY) {
            int op = Integer.parseInt(b[1]);
            String name = b[0];
            both(m, name, (a, k) -> {
                PyBuiltinFunction.checkArgs(name, a, k, 2, 2);
                return Operations.binaryOp(op, a[0], a[1]);
            });
            String iname = "i" + (name.endsWith("_") ? name.substring(0, name.length() - 1) : name);
            both(m, iname, (a, k) -> {
                PyBuiltinFunction.checkArgs(iname, a, k, 2, 2);
                return Operations.binaryOp(op + BinOp.INPLACE, a[0], a[1]);
            });
        }
        for (int i = 0; i < COMPARE.length; i++) {
            int op = i;
            String name = COMPARE[i];
            both(m, name, (a, k) -> {
                PyBuiltinFunction.checkArgs(name, a, k, 2, 2);
                return Operations.compare(op, a[0], a[1]);
            });
        }
        both(m, "neg", (a, k) -> {
            PyBuiltinFunction.checkArgs("neg", a, k, 1, 1);
            return a[0].neg();
        });
        both(m, "pos", (a, k) -> {
            PyBuiltinFunction.checkArgs("pos", a, k, 1, 1);
            return a[0].pos();
        });
        PyBuiltinFunction.Body inv = (a, k) -> {
            PyBuiltinFunction.checkArgs("invert", a, k, 1, 1);
            return a[0].invert();
        };
        both(m, "invert", inv);
        both(m, "inv", inv);
        both(m, "abs", (a, k) -> {
            PyBuiltinFunction.checkArgs("abs", a, k, 1, 1);
            return a[0].getType().lookup("__abs__") != null ? a[0].getType().lookup("__abs__").call(
                    new PyObject[] {a[0]}, null) : Operations.compare(CompareOp.LT, a[0], PyInt.of(0)) == PyBool.TRUE
                    ? a[0].neg() : a[0].pos();
        });
        both(m, "not_", (a, k) -> {
            PyBuiltinFunction.checkArgs("not_", a, k, 1, 1);
            return PyBool.of(!Operations.isTrue(a[0]));
        });
        m.defineFunction("truth", (a, k) -> {
            PyBuiltinFunction.checkArgs("truth", a, k, 1, 1);
            return PyBool.of(Operations.isTrue(a[0]));
        });
        m.defineFunction("is_", (a, k) -> {
            PyBuiltinFunction.checkArgs("is_", a, k, 2, 2);
            return PyBool.of(a[0] == a[1]);
        });
        m.defineFunction("is_not", (a, k) -> {
            PyBuiltinFunction.checkArgs("is_not", a, k, 2, 2);
            return PyBool.of(a[0] != a[1]);
        });
        both(m, "index", (a, k) -> {
            PyBuiltinFunction.checkArgs("index", a, k, 1, 1);
            return Args.toInt(a[0]);
        });
        both(m, "concat", (a, k) -> {
            PyBuiltinFunction.checkArgs("concat", a, k, 2, 2);
            checkSequence(a[0]);
            return Operations.binaryOp(BinOp.ADD, a[0], a[1]);
        });
        both(m, "iconcat", (a, k) -> {
            PyBuiltinFunction.checkArgs("iconcat", a, k, 2, 2);
            checkSequence(a[0]);
            return Operations.binaryOp(BinOp.ADD + BinOp.INPLACE, a[0], a[1]);
        });
        both(m, "contains", (a, k) -> {
            PyBuiltinFunction.checkArgs("contains", a, k, 2, 2);
            return PyBool.of(Operations.contains(a[0], a[1]));
        });
        m.defineFunction("countOf", (a, k) -> {
            PyBuiltinFunction.checkArgs("countOf", a, k, 2, 2);
            long n = 0;
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (x == a[1] || Operations.eq(x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        m.defineFunction("indexOf", (a, k) -> {
            PyBuiltinFunction.checkArgs("indexOf", a, k, 2, 2);
            long n = 0;
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next(), n++) {
                if (x == a[1] || Operations.eq(x, a[1])) {
                    return PyInt.of(n);
                }
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        });
        both(m, "getitem", (a, k) -> {
            PyBuiltinFunction.checkArgs("getitem", a, k, 2, 2);
            return a[0].getItem(a[1]);
        });
        both(m, "setitem", (a, k) -> {
            PyBuiltinFunction.checkArgs("setitem", a, k, 3, 3);
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        both(m, "delitem", (a, k) -> {
            PyBuiltinFunction.checkArgs("delitem", a, k, 2, 2);
            a[0].delItem(a[1]);
            return PyNone.NONE;
        });
        m.defineFunction("length_hint", (a, k) -> {
            PyBuiltinFunction.checkArgs("length_hint", a, k, 1, 2);
            try {
                return PyInt.of(a[0].len());
            } catch (org.enginehost.python.runtime.PyException e) {
                return a.length > 1 ? a[1] : PyInt.of(0);
            }
        });
        m.define("itemgetter", ITEMGETTER);
        m.define("attrgetter", ATTRGETTER);
        m.define("methodcaller", METHODCALLER);
        return m;
    }

    private static void checkSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o.getType().lookup("__getitem__") != null
                || o.getType().name.equals("bytes") || o.getType().name.equals("bytearray")) {
            return;
        }
        throw PyErr.typeError("'" + o.getType().name + "' object can't be concatenated");
    }

    /** itemgetter / attrgetter. */
    static final class Getter extends PyObject {
        final PyType type;
        final String kind;
        final PyObject[] keys;

        Getter(PyType type, String kind, PyObject[] a, String[] k) {
            PyBuiltinFunction.noKeywords(kind, k);
            if (a.length == 0) {
                throw PyErr.typeError(kind + " expected 1 argument, got 0");
            }
            if (kind.equals("attrgetter")) {
                for (PyObject x : a) {
                    if (!(x instanceof PyStr)) {
                        throw PyErr.typeError("attribute name must be a string");
                    }
                }
            }
            this.type = type;
            this.kind = kind;
            this.keys = a.clone();
        }

        @Override
        public PyType getType() {
            return type;
        }

        private PyObject one(PyObject obj, PyObject key) {
            if (kind.equals("itemgetter")) {
                return obj.getItem(key);
            }
            for (String part : ((PyStr) key).value.split("\\.", -1)) {
                obj = obj.getAttr(part);
            }
            return obj;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            PyBuiltinFunction.checkArgs(kind, a, k, 1, 1);
            if (keys.length == 1) {
                return one(a[0], keys[0]);
            }
            PyObject[] out = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                out[i] = one(a[0], keys[i]);
            }
            return new PyTuple(out);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.").append(kind).append('(');
            for (int i = 0; i < keys.length; i++) {
                sb.append(i > 0 ? ", " : "").append(keys[i].repr());
            }
            return sb.append(')').toString();
        }
    }

    /** methodcaller(name, *args, **kwargs). */
    static final class MethodCaller extends PyObject {
        final String name;
        final PyObject[] args;
        final String[] kwnames;

        MethodCaller(PyObject[] a, String[] k) {
            if (Args.npos(a, k) < 1) {
                throw PyErr.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("method name must be a string");
            }
            this.name = ((PyStr) a[0]).value;
            this.args = new PyObject[a.length - 1];
            System.arraycopy(a, 1, args, 0, args.length);
            this.kwnames = k;
        }

        @Override
        public PyType getType() {
            return METHODCALLER;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            PyBuiltinFunction.checkArgs("methodcaller", a, k, 1, 1);
            return a[0].getAttr(name).call(args.clone(), kwnames);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(new PyStr(name).repr());
            int np = Args.npos(args, kwnames);
            for (int i = 0; i < np; i++) {
                sb.append(", ").append(args[i].repr());
            }
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    sb.append(", ").append(kwnames[i]).append('=').append(args[np + i].repr());
                }
            }
            return sb.append(')').toString();
        }
    }
}
