package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's checks, the
 * {@code message} and {@code exceptions} attributes, and {@code subgroup}/{@code split}/{@code derive},
 * which {@code except*} uses too.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(type.name + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].getType().name);
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple || seq.getType().lookup("__getitem__") != null
                && seq.getType().lookup("__len__") != null && !(seq instanceof PyDict))) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        List<PyObject> items = java.util.Arrays.asList(Operations.toArray(seq));
        if (items.isEmpty()) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyBaseException e)) {
                throw PyErr.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.isInstance(ExceptionTypes.EXCEPTION);
        }
        PyType cls = type;
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            if (allExceptions) {
                cls = ExceptionTypes.EXCEPTION_GROUP;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
            throw PyErr.typeError(type == ExceptionTypes.EXCEPTION_GROUP
                    ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '" + type.name + "'");
        }
        PyBaseException g = new PyBaseException(cls, PyTuple.of(args[0], seq));
        g.attrs.put(new PyStr("exceptions"), new PyTuple(items.toArray(new PyObject[0])));
        return g;
    }

    static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    /** The group's {@code exceptions} tuple. */
    public static PyObject[] exceptions(PyBaseException g) {
        PyObject t = g.attrs.get("exceptions");
        return t instanceof PyTuple tu ? tu.items : new PyObject[0];
    }

    static String str(PyBaseException g) {
        int n = exceptions(g).length;
        return g.args.get(0).str() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** {@code eg.derive(excs)}: a group of the same message; subclasses may override it. */
    static PyObject derive(PyBaseException g, PyObject[] excs) {
        PyObject m = g.getType().lookup("derive");
        PyList list = new PyList(excs.clone());
        return m == null ? construct(ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {g.args.get(0), list}, null)
                : Slots.call1(m, g, list);
    }

    /**
     * {@code eg.split(condition)}: the matching part and the rest, each null when empty, each
     * keeping the nesting, traceback, cause, context and notes of the groups it came from.
     */
    public static PyObject[] split(PyBaseException g, PyObject condition) {
        Matcher match = matcher(condition);
        return splitBy(g, match, true);
    }

    private static PyObject[] splitBy(PyBaseException g, Matcher match, boolean wantRest) {
        if (match.test(g)) {
            return new PyObject[] {g, null};
        }
        if (!isGroup(g)) {
            return new PyObject[] {null, g};
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : exceptions(g)) {
            PyObject[] parts = splitBy((PyBaseException) x, match, wantRest);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PyObject[] {part(g, matched), wantRest ? part(g, rest) : null};
    }

    private static PyObject part(PyBaseException g, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject d = derive(g, excs.toArray(new PyObject[0]));
        if (!(d instanceof PyBaseException e) || !isGroup(d)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        e.traceback = g.traceback;
        e.cause = g.cause;
        e.context = g.context;
        e.suppressContext = g.suppressContext;
        PyObject notes = g.attrs.get("__notes__");
        if (notes != null) {
            e.attrs.put(new PyStr("__notes__"), notes instanceof PyList l ? new PyList(java.util.Arrays.copyOf(l.items, l.size))
                    : notes);
        }
        return e;
    }

    @FunctionalInterface
    private interface Matcher {
        boolean test(PyBaseException e);
    }

    private static Matcher matcher(PyObject condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return e -> e.isInstance(t);
        }
        if (condition instanceof PyTuple tu) {
            for (PyObject x : tu.items) {
                if (!(x instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
                    throw badCondition();
                }
            }
            return e -> {
                for (PyObject x : tu.items) {
                    if (e.isInstance((PyType) x)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (ClassBuiltins.isCallable(condition) && !(condition instanceof PyType)) {
            return e -> Operations.isTrue(condition.call(new PyObject[] {e}, null));
        }
        throw badCondition();
    }

    private static PyException badCondition() {
        return PyErr.typeError("expected a function, exception type or tuple of exception types");
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION_GROUP;
        t.addMethod("split", (a, k) -> {
            PyBuiltinFunction.checkArgs("split", a, k, 2, 2);
            PyObject[] parts = split((PyBaseException) a[0], a[1]);
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        });
        t.addMethod("subgroup", (a, k) -> {
            PyBuiltinFunction.checkArgs("subgroup", a, k, 2, 2);
            return orNone(splitBy((PyBaseException) a[0], matcher(a[1]), false)[0]);
        });
        t.addMethod("derive", (a, k) -> {
            PyBuiltinFunction.checkArgs("derive", a, k, 2, 2);
            return construct(ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {((PyBaseException) a[0]).args.get(0), a[1]},
                    null);
        });
        t.dict().put(new PyStr("__class_getitem__"), new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) -> new PyGenericAlias(a[0], a[1]), false)));
    }

    // ------------------------------------------------------------------ except*

    /**
     * The run-time half of {@code except*}, which the parser turns into an ordinary try statement
     * calling these (see {@code parser.ExceptStar}). Their names cannot be written in Python.
     */
    static void registerExceptStarHelpers(PyModule b) {
        // (unhandled, type) -> (the part the clause handles, the rest); a bare exception is
        // handled wrapped in a group, or stays bare in the rest.
        b.defineFunction(SPLIT, (a, k) -> {
            PyObject exc = a[0];
            checkStarType(a[1]);
            if (exc == PyNone.NONE) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE);
            }
            PyBaseException e = (PyBaseException) exc;
            if (!isGroup(e)) {
                if (!matcher(a[1]).test(e)) {
                    return PyTuple.of(PyNone.NONE, e);
                }
                PyObject wrapped = construct(ExceptionTypes.BASE_EXCEPTION_GROUP,
                        new PyObject[] {new PyStr(""), PyTuple.of(e)}, null);
                ((PyBaseException) wrapped).traceback = e.traceback;
                return PyTuple.of(wrapped, PyNone.NONE);
            }
            PyObject[] parts = split(e, a[1]);
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        });
        // Makes an exception the one a bare raise re-raises (and new exceptions' context).
        b.defineFunction(ENTER, (a, k) -> {
            ThreadState.current().handled = (PyBaseException) a[0];
            return PyNone.NONE;
        });
        // (original, raised in the clauses, unhandled rest) -> what leaves the try statement, or None.
        b.defineFunction(RESULT, (a, k) -> orNone(reraiseStar((PyBaseException) a[0], (PyList) a[1], a[2])));
    }

    public static final String SPLIT = "$except_star_split";
    public static final String ENTER = "$except_star_enter";
    public static final String RESULT = "$except_star_result";

    private static void checkStarType(PyObject t) {
        boolean group = t instanceof PyType ty && ty.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        if (t instanceof PyTuple tu) {
            for (PyObject x : tu.items) {
                group |= x instanceof PyType ty && ty.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
            }
        }
        if (group) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (!(t instanceof PyType ty && ty.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) && !(t instanceof PyTuple)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * CPython's rule for what an except* statement raises: nothing when everything was handled; the
     * original's own exceptions that were re-raised or left unhandled, as the part of the original
     * that holds them; exceptions raised anew in the clauses together with that part in a new group.
     */
    private static PyObject reraiseStar(PyBaseException orig, PyList raisedInClauses, PyObject rest) {
        List<PyBaseException> excs = new ArrayList<>();
        for (int i = 0; i < raisedInClauses.size; i++) {
            excs.add((PyBaseException) raisedInClauses.items[i]);
        }
        if (rest != PyNone.NONE) {
            excs.add((PyBaseException) rest);
        }
        if (excs.isEmpty()) {
            return null;
        }
        if (!isGroup(orig)) {
            return excs.get(0); // a bare exception: at most one clause ran
        }
        List<PyObject> raised = new ArrayList<>();
        java.util.Set<PyBaseException> reraisedLeaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PyBaseException e : excs) {
            if (e.traceback == orig.traceback && e.cause == orig.cause && e.context == orig.context) {
                collectLeaves(e, reraisedLeaves);
            } else {
                raised.add(e);
            }
        }
        PyObject reraised = reraisedLeaves.isEmpty() ? null
                : splitBy(orig, e -> !isGroup(e) && reraisedLeaves.contains(e), false)[0];
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raised.add(reraised);
        }
        return construct(ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {new PyStr(""), new PyList(raised.toArray(new PyObject[0]))},
                null);
    }

    private static void collectLeaves(PyBaseException e, java.util.Set<PyBaseException> out) {
        if (!isGroup(e)) {
            out.add(e);
            return;
        }
        for (PyObject x : exceptions(e)) {
            collectLeaves((PyBaseException) x, out);
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
