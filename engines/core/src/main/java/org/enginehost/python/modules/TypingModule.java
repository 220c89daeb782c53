package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyClassMethod;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyEllipsis;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyGenericAlias;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/**
 * The {@code typing} module for annotations: subscriptable special forms with CPython's reprs,
 * built here; what makes classes or reads annotations (NamedTuple, TypedDict, NewType,
 * get_type_hints, ...) is Python source, {@code typing_classes.py}, executed into the module.
 */
public final class TypingModule {
    private TypingModule() {
    }

    static final PyType FORM_TYPE = new PyType("_SpecialForm", new PyType[] {PyType.OBJECT}, null, "typing");
    static final PyType ALIAS_TYPE = new PyType("_GenericAlias", new PyType[] {PyType.OBJECT}, null, "typing");
    static final PyType TYPEVAR_TYPE = new PyType("TypeVar", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        if (Args.npos(a, k) < 1 || !(a[0] instanceof PyStr)) {
            throw PyErr.typeError("TypeVar() missing required argument 'name' (pos 1)");
        }
        return new TypeVar(((PyStr) a[0]).value);
    }, "typing");

    /** {@code Generic} and {@code Protocol}: base classes; subscripting one returns it, a subclass an alias. */
    static final PyType GENERIC = new SubscriptableBase("Generic");
    static final PyType PROTOCOL = new SubscriptableBase("Protocol");

    static final class SubscriptableBase extends PyType {
        SubscriptableBase(String name) {
            // Instances of user classes deriving from Generic/Protocol are plain objects.
            super(name, new PyType[] {PyType.OBJECT},
                    (t, a, k) -> new org.enginehost.python.runtime.PyInstance(t), "typing");
            objectLayout = true;
            // Generic[T] itself is the class; a subclass subscripted (Stack[int]) is an alias of it.
            dict().put(new PyStr("__class_getitem__"), new PyClassMethod(
                    new PyBuiltinFunction("__class_getitem__", (a, k) -> {
                        PyBuiltinFunction.checkArgs("__class_getitem__", a, k, 2, 2);
                        return a[0] == this ? this : new PyGenericAlias(a[0], a[1]);
                    }, false)));
        }
    }

    private static final int VARIADIC = -1;
    private static final int NOT_SUBSCRIPTABLE = -2;
    private static final int UNION = -3;
    private static final int OPTIONAL = -4;
    private static final int CALLABLE = -5;
    private static final int LITERAL = -6;
    private static final int ANY_ARGS = -7;

    public static PyModule create(PythonInterpreter interp) {
        PyModule m = new PyModule("typing", null);
        Object[][] forms = {
            {"List", 1, PyList.TYPE}, {"Dict", 2, PyDict.TYPE}, {"Set", 1, null}, {"FrozenSet", 1, null},
            {"Tuple", VARIADIC, PyTuple.TYPE}, {"Type", 1, PyType.TYPE}, {"Deque", 1, PyDeque.TYPE},
            {"DefaultDict", 2, CollectionsModule.DEFAULTDICT}, {"OrderedDict", 2, CollectionsModule.ORDERED_DICT},
            {"Counter", 1, CollectionsModule.COUNTER}, {"ChainMap", 2, ChainMap.TYPE},
            {"Iterable", 1, null}, {"Iterator", 1, null}, {"Generator", 3, null}, {"Sequence", 1, null},
            {"MutableSequence", 1, null}, {"Mapping", 2, null}, {"MutableMapping", 2, null},
            {"AbstractSet", 1, null}, {"MutableSet", 1, null}, {"Collection", 1, null}, {"Container", 1, null},
            {"Reversible", 1, null}, {"Awaitable", 1, null}, {"Coroutine", 3, null}, {"AsyncIterator", 1, null},
            {"AsyncIterable", 1, null}, {"AsyncGenerator", 2, null}, {"KeysView", 1, null},
            {"ValuesView", 1, null}, {"ItemsView", 2, null}, {"Hashable", NOT_SUBSCRIPTABLE, null},
            {"Sized", NOT_SUBSCRIPTABLE, null}, {"Any", NOT_SUBSCRIPTABLE, null},
            {"NoReturn", NOT_SUBSCRIPTABLE, null}, {"Never", NOT_SUBSCRIPTABLE, null},
            {"LiteralString", NOT_SUBSCRIPTABLE, null}, {"Self", NOT_SUBSCRIPTABLE, null},
            {"Union", UNION, null}, {"Optional", OPTIONAL, null}, {"Callable", CALLABLE, null},
            {"Literal", LITERAL, null}, {"ClassVar", 1, null}, {"Final", 1, null},
            {"Annotated", ANY_ARGS, null}, {"Pattern", 1, null}, {"Match", 1, null}, {"TypeGuard", 1, null},
            {"Required", 1, null}, {"NotRequired", 1, null}, {"Unpack", 1, null},
            {"Concatenate", ANY_ARGS, null}, {"TypeAlias", NOT_SUBSCRIPTABLE, null},
            {"ContextManager", 1, null}, {"AsyncContextManager", 1, null}, {"MappingView", 1, null},
            {"ByteString", NOT_SUBSCRIPTABLE, null},
        };
        for (Object[] f : forms) {
            m.define((String) f[0], new Form((String) f[0], (Integer) f[1], (PyType) f[2]));
        }
        // Classes in CPython (IO is Generic, the Supports* are runtime-checkable protocols).
        for (String name : new String[] {"IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat",
                "SupportsComplex", "SupportsBytes", "SupportsIndex", "SupportsAbs", "SupportsRound"}) {
            m.define(name, new SubscriptableBase(name));
        }
        m.define("TypeVar", TYPEVAR_TYPE);
        m.define("Generic", GENERIC);
        m.define("Protocol", PROTOCOL);
        m.define("AnyStr", new TypeVar("AnyStr"));
        m.define("TYPE_CHECKING", PyBool.FALSE);
        m.define("Text", PyStr.TYPE);
        m.defineFunction("cast", (a, k) -> {
            PyObject[] p = Args.bind("cast", a, k, new String[] {"typ", "val"}, 2, 2);
            return p[1];
        });
        for (String id : new String[] {"final", "no_type_check", "runtime_checkable"}) {
            m.defineFunction(id, (a, k) -> {
                PyBuiltinFunction.checkArgs(id, a, k, 1, 1);
                return a[0];
            });
        }
        m.define("__name__", new PyStr("typing"));
        // The Python part is loaded on first use of one of its names (PEP 562 __getattr__): most
        // scripts only annotate with the forms above, and executing it costs start-up time.
        boolean[] loaded = {false};
        m.defineFunction("__getattr__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__getattr__", a, k, 1, 1);
            String name = ((PyStr) a[0]).value;
            if (!loaded[0] && PYTHON_PART.contains(name)) {
                loaded[0] = true;
                interp.execModule(classesSource(), "<stdlib>/typing.py", m);
            }
            PyObject v = m.dict.get(name);
            if (v == null) {
                throw PyErr.format(org.enginehost.python.runtime.ExceptionTypes.ATTRIBUTE_ERROR,
                        "module 'typing' has no attribute '" + name + "'");
            }
            return v;
        });
        return m;
    }

    /** The public names {@code typing_classes.py} defines. */
    private static final java.util.Set<String> PYTHON_PART = java.util.Set.of("ForwardRef", "NamedTuple",
            "TypedDict", "is_typeddict", "NewType", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "TypeVarTuple",
            "get_origin", "get_args", "get_type_hints", "assert_never", "assert_type", "reveal_type",
            "dataclass_transform", "no_type_check_decorator", "overload", "get_overloads", "clear_overloads");

    private static String classesSource() {
        try (java.io.InputStream in = TypingModule.class.getResourceAsStream("typing_classes.py")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the typing module's Python part is missing from the jar", e);
        }
    }

    static String typeRepr(PyObject o) {
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            return t.module == null || t.module.equals("builtins") ? t.name : t.module + "." + t.name;
        }
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(l.items[i]));
            }
            return sb.append(']').toString();
        }
        return Operations.repr(o);
    }

    static PyObject noneToType(PyObject o) {
        return o == PyNone.NONE ? PyNone.NONE.getType() : o;
    }

    /** {@code typing.List} and friends. */
    static final class Form extends PyObject {
        final String name;
        final int nparams;
        final PyType origin;

        Form(String name, int nparams, PyType origin) {
            this.name = name;
            this.nparams = nparams;
            this.origin = origin;
        }

        @Override
        public PyType getType() {
            return FORM_TYPE;
        }

        @Override
        public String repr() {
            // Annotated is a class in CPython's typing, the other forms are instances.
            return name.equals("Annotated") ? "<class 'typing.Annotated'>" : "typing." + name;
        }

        @Override
        public PyObject getAttr(String attr) {
            if (attr.equals("__origin__") && origin != null) {
                return origin;
            }
            if (attr.equals("_name")) {
                return new PyStr(name);
            }
            return super.getAttr(attr);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (origin != null) {
                throw PyErr.typeError("Type " + name + " cannot be instantiated; use " + origin.name
                        + "() instead");
            }
            throw PyErr.typeError("Cannot instantiate typing." + name);
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject[] args = key instanceof PyTuple ? ((PyTuple) key).items.clone() : new PyObject[] {key};
            switch (nparams) {
                case NOT_SUBSCRIPTABLE:
                    throw PyErr.typeError("typing." + name + " is not subscriptable");
                case UNION:
                    return union(args, false);
                case OPTIONAL:
                    if (args.length != 1) {
                        throw PyErr.typeError("typing.Optional requires a single type.");
                    }
                    return union(new PyObject[] {args[0], PyNone.NONE}, false);
                case LITERAL:
                case VARIADIC:
                case ANY_ARGS:
                    return new Alias(this, nparams == VARIADIC ? map(args) : args);
                case CALLABLE: {
                    if (args.length != 2) {
                        throw PyErr.typeError("Callable must be used as Callable[[arg, ...], result].");
                    }
                    if (args[0] instanceof PyList) {
                        PyList l = (PyList) args[0];
                        PyList m = new PyList(map(Arrays.copyOf(l.items, l.size)));
                        args[0] = m;
                    }
                    args[1] = noneToType(args[1]);
                    return new Alias(this, args);
                }
                default:
                    if (args.length != nparams) {
                        throw PyErr.typeError("Too " + (args.length > nparams ? "many" : "few")
                                + " arguments for typing." + name + "; actual " + args.length + ", expected "
                                + nparams);
                    }
                    return new Alias(this, map(args));
            }
        }

        private static PyObject[] map(PyObject[] args) {
            for (int i = 0; i < args.length; i++) {
                args[i] = noneToType(args[i]);
            }
            return args;
        }

        PyObject union(PyObject[] args, boolean unused) {
            List<PyObject> flat = new ArrayList<>();
            for (PyObject a : args) {
                a = noneToType(a);
                if (a instanceof Alias && ((Alias) a).form.nparams == UNION) {
                    for (PyObject x : ((Alias) a).args) {
                        addUnique(flat, x);
                    }
                } else {
                    addUnique(flat, a);
                }
            }
            if (flat.size() == 1) {
                return flat.get(0);
            }
            return new Alias(this.nparams == UNION ? this : UNION_FORM, flat.toArray(new PyObject[0]));
        }

        private static void addUnique(List<PyObject> l, PyObject x) {
            for (PyObject y : l) {
                if (y == x || Operations.eq(y, x)) {
                    return;
                }
            }
            l.add(x);
        }
    }

    static final Form UNION_FORM = new Form("Union", UNION, null);

    /** A subscripted form, e.g. {@code typing.List[int]}. */
    static final class Alias extends PyObject {
        final Form form;
        final PyObject[] args;

        Alias(Form form, PyObject[] args) {
            this.form = form;
            this.args = args;
        }

        @Override
        public PyType getType() {
            return ALIAS_TYPE;
        }

        @Override
        public String repr() {
            PyType none = PyNone.NONE.getType();
            if (form.nparams == UNION && args.length == 2 && (args[0] == none || args[1] == none)) {
                return "typing.Optional[" + typeRepr(args[0] == none ? args[1] : args[0]) + "]";
            }
            if (form.name.equals("Unpack") && args.length == 1) {
                return "*" + typeRepr(args[0]);
            }
            StringBuilder sb = new StringBuilder("typing.").append(form.name).append('[');
            if (args.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(form.nparams == LITERAL ? Operations.repr(args[i]) : typeRepr(args[i]));
            }
            return sb.append(']').toString();
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "__origin__":
                    if (form.origin != null) {
                        return form.origin;
                    }
                    if (form.nparams == UNION) {
                        return UNION_FORM;
                    }
                    return form;
                case "__args__":
                    return new PyTuple(args.clone());
                default:
                    return super.getAttr(name);
            }
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            if (form.origin != null) {
                return form.origin.call(a, k);
            }
            return super.call(a, k);
        }

        @Override
        public PyObject getItem(PyObject key) {
            throw PyErr.typeError(repr() + " is not a generic class");
        }

        @Override
        public long pyHash() {
            long h = form.name.hashCode();
            for (PyObject a : args) {
                h = h * 31 + Operations.hash(a);
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Alias) || ((Alias) o).form.nparams != form.nparams
                    || !((Alias) o).form.name.equals(form.name) || ((Alias) o).args.length != args.length) {
                return false;
            }
            for (int i = 0; i < args.length; i++) {
                if (!Operations.eq(args[i], ((Alias) o).args[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (op == CompareOp.EQ) {
                return PyBool.of(equals(other));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!equals(other));
            }
            return null;
        }
    }

    /** {@code typing.TypeVar}. */
    static final class TypeVar extends PyObject {
        final String name;

        TypeVar(String name) {
            this.name = name;
        }

        @Override
        public PyType getType() {
            return TYPEVAR_TYPE;
        }

        @Override
        public String repr() {
            return "~" + name;
        }

        @Override
        public PyObject getAttr(String attr) {
            if (attr.equals("__name__")) {
                return new PyStr(name);
            }
            return super.getAttr(attr);
        }
    }
}
