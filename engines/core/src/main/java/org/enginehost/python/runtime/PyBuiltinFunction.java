package org.enginehost.python.runtime;

/** A function implemented in Java. Methods of builtin types receive self as {@code args[0]}. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", null);

    /** The Java body; {@code args} ends with the values of the keywords in {@code kwnames}. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    public final String name;
    public final Body body;
    /** True for a method of a builtin type: attribute access binds it to the instance. */
    public final boolean isMethod;
    /** The builtin type whose namespace holds this method (for repr and __qualname__), or null. */
    PyType owner;
    /** True for a type's dunder wrapper ({@code <slot wrapper '__add__' of 'int' objects>}). */
    boolean slotWrapper;
    /**
     * True for a dunder written in Java for a type that instances of user subclasses must still
     * call (e.g. a namedtuple's {@code __repr__}): it replaces the builtin base behaviour that a
     * derived instance would otherwise use directly (see {@code Derived.isNative}).
     */
    public boolean overridesBase;
    /**
     * For a method whose body does not count its arguments: how many it takes after self, checked
     * by {@link #checkFixedArgs} before the body runs ({@link MethodArity}); -1 when the body checks.
     */
    public int fixedArgs = -1;
    /**
     * True for the few methods in a type's namespace that are called with the class or anything
     * else first (classmethod-like ones such as {@code Fraction.from_float}): the receiver check
     * of {@link #checkSelf} is skipped for them.
     */
    public boolean anyFirstArgument;
    /** The name of the module defining this function ({@code __module__}), or null. */
    public String module;

    public PyBuiltinFunction(String name, Body body) {
        this(name, body, false);
    }

    public PyBuiltinFunction(String name, Body body, boolean isMethod) {
        this.name = name;
        this.body = body;
        this.isMethod = isMethod;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (checksReceiver()) {
            checkSelf(args);
        }
        if (fixedArgs >= 0) {
            checkFixedArgs(args, kwnames);
        }
        return body.call(args, kwnames);
    }

    /** Whether a call must check that its first argument is an instance of the owner type ({@link #checkSelf}). */
    public boolean checksReceiver() {
        return isMethod && owner != null && !anyFirstArgument;
    }

    /**
     * A method of a builtin type called through the type ({@code str.lower(5)}) must get an
     * instance of it first, as CPython's method descriptors check; its body may rely on that.
     */
    public void checkSelf(PyObject[] args) {
        // A slot wrapper words both errors differently from a method descriptor, as in CPython.
        if (args.length == 0) {
            throw PyErr.typeError(slotWrapper ? "descriptor '" + name + "' of '" + owner.name + "' object needs an argument"
                    : "unbound method " + owner.name + "." + name + "() needs an argument");
        }
        PyType t = args[0].getType();
        if (t != owner && !t.isSubtypeOf(owner)) {
            throw PyErr.typeError(slotWrapper
                    ? "descriptor '" + name + "' requires a '" + owner.name + "' object but received a '" + t.name + "'"
                    : "descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + t.name
                            + "' object");
        }
    }

    /**
     * CPython's TypeError when a method of fixed arity ({@link #fixedArgs}) gets other arguments
     * than self and that many. A call without even self is left to the body, which reports it.
     */
    public void checkFixedArgs(PyObject[] args, String[] kwnames) {
        int given = args.length - 1;
        if ((given == fixedArgs || given < 0) && (kwnames == null || kwnames.length == 0)) {
            return;
        }
        String qualified = owner == null ? name : owner.name + "." + name;
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError((slotWrapper ? "wrapper " + name : qualified) + "() takes no keyword arguments");
        }
        if (slotWrapper) {
            // CPython unpacks two or more arguments of a slot wrapper under an empty name, hence the space.
            throw PyErr.typeError((fixedArgs >= 2 ? " " : "") + "expected " + fixedArgs + " argument"
                    + (fixedArgs == 1 ? "" : "s") + ", got " + given);
        }
        if (fixedArgs == 0) {
            throw PyErr.typeError(qualified + "() takes no arguments (" + given + " given)");
        }
        if (fixedArgs == 1) {
            throw PyErr.typeError(qualified + "() takes exactly one argument (" + given + " given)");
        }
        throw PyErr.typeError(qualified + "() takes exactly " + fixedArgs + " arguments (" + given + " given)");
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return isMethod && obj != null ? new PyMethod(obj, this) : null;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__":
                return new PyStr(name);
            case "__qualname__":
                return new PyStr(owner == null ? name : owner.qualname + "." + name);
            case "__objclass__":
                if (owner != null) {
                    return owner;
                }
                return super.getAttr(attr);
            case "__doc__":
                return PyNone.NONE;
            case "__module__":
                if (module != null) {
                    return new PyStr(module);
                }
                return super.getAttr(attr);
            default:
                return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        if (isMethod && owner != null) {
            return "<" + (slotWrapper ? "slot wrapper" : "method") + " '" + name + "' of '" + owner.name + "' objects>";
        }
        return isMethod ? "<method '" + name + "'>" : "<built-in function " + name + ">";
    }

    /** Fails unless no keyword arguments were passed. */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** Checks a positional argument count, with CPython's wording. */
    public static void checkArgs(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        throw countError(fname, n, min, max);
    }

    /**
     * {@link #checkArgs} for a method of a builtin type: {@code args} starts with self and
     * {@code min}/{@code max} count it, but the messages do not, as CPython's do not. Name the
     * method {@code type.name} when CPython does ({@code list.append() takes exactly one argument},
     * {@code deque.rotate expected at most 1 argument}) and by its bare name when it does not
     * ({@code insert expected 2 arguments}).
     */
    public static void checkMethodArgs(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        throw countError(fname, n - 1, min - 1, max - 1);
    }

    /**
     * The positional-argument check of a method CPython writes in Python ({@code Fraction.__round__},
     * {@code Random.getstate}): counts include self, as a Python function's do, and the messages are
     * a Python function's ({@code takes from 1 to 2 positional arguments but 3 were given}; a missing
     * one is named from {@code params}, the parameters after self). Keywords are the body's business.
     */
    public static void checkPythonMethodArgs(String qualname, PyObject[] args, String[] kwnames, int min, int max,
            String... params) {
        checkPythonArgCount(qualname, kwnames == null ? args.length : args.length - kwnames.length, kwnames, min, max,
                params);
    }

    /**
     * {@link #checkPythonMethodArgs} for a classmethod kept as a plain function in its type's dict
     * (so that nothing is bound): {@code args} lack the class, which the counts include.
     */
    public static void checkPythonClassMethodArgs(String qualname, PyObject[] args, String[] kwnames, int min,
            int max, String... params) {
        checkPythonArgCount(qualname, 1 + (kwnames == null ? args.length : args.length - kwnames.length), kwnames,
                min, max, params);
    }

    private static void checkPythonArgCount(String qualname, int given, String[] kwnames, int min, int max,
            String... params) {
        if (given > max) {
            String takes = min == max ? max + " positional argument" + (max == 1 ? "" : "s")
                    : "from " + min + " to " + max + " positional arguments";
            throw PyErr.typeError(qualname + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were")
                    + " given");
        }
        if (given < min && (kwnames == null || kwnames.length == 0)) {
            int missing = min - given;
            StringBuilder names = new StringBuilder();
            for (int i = given - 1; i < min - 1 && i < params.length; i++) {
                if (names.length() > 0) {
                    names.append(i == min - 2 ? (missing > 2 ? ", and " : " and ") : ", ");
                }
                names.append('\'').append(params[i]).append('\'');
            }
            throw PyErr.typeError(qualname + "() missing " + missing + " required positional argument"
                    + (missing == 1 ? "" : "s") + ": " + names);
        }
    }

    /**
     * As {@link #checkMethodArgs}, for the methods whose arguments CPython still parses the old way
     * ({@code deque.index}, {@code deque.insert}): {@code insert() takes exactly 2 arguments (1 given)}.
     */
    public static void checkMethodArgsOldStyle(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        throw takesError(fname, n - 1, min - 1, max - 1, "argument");
    }

    /**
     * CPython's wording for a function that parses its arguments the old way or also takes
     * keywords: {@code fname() takes at least 1 argument (0 given)}; {@code noun} is "argument"
     * or "positional argument". Counts without self.
     */
    static PyException takesError(String fname, int given, int min, int max, String noun) {
        boolean tooFew = given < min;
        int bound = tooFew ? min : max;
        String how = min == max ? "exactly" : tooFew ? "at least" : "at most";
        return PyErr.typeError(fname + "() takes " + how + " " + bound + " " + noun + (bound == 1 ? "" : "s")
                + " (" + given + " given)");
    }

    /**
     * CPython's wording for a positional-only function given {@code n} arguments where it takes
     * {@code min} to {@code max}: "takes no arguments", "takes exactly one argument", else
     * "expected [at least|at most] N arguments, got n".
     */
    static PyException countError(String fname, int n, int min, int max) {
        if (min == max) {
            if (min == 0) {
                return PyErr.typeError(fname + "() takes no arguments (" + n + " given)");
            }
            if (min == 1) {
                return PyErr.typeError(fname + "() takes exactly one argument (" + n + " given)");
            }
            return PyErr.typeError(fname + " expected " + min + " arguments, got " + n);
        }
        if (n < min) {
            return PyErr.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        return PyErr.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
}
