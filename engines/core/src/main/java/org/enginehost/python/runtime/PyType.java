package org.enginehost.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python type. Builtin types are created once and shared (immutable from Python); user classes
 * ("heap types", {@link #heap}) are created by {@link TypeFactory} with a C3 MRO, a metatype and a
 * mutable namespace. Attribute lookup along the MRO is cached per type by name; setting an
 * attribute on a type invalidates that name in the type and all its subclasses.
 */
public class PyType extends PyObject {

    /** Creates instances: {@code type(*args, **kwargs)}. Must return an instance of {@code type}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    /** Marks a cached miss in {@link #cache}. */
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType getType() {
            return OBJECT;
        }
    };

    public static final PyType OBJECT = new PyType("object", new PyType[0], null);
    public static final PyType TYPE = new PyType("type", new PyType[] {OBJECT}, null);

    public String name;
    public String qualname;
    public PyType[] bases;
    public PyType[] mro;
    private volatile PyDict dict;
    /** Module name shown in repr; {@code null} for builtins. */
    public String module;
    private Constructor constructor;
    /** The type of this type ({@code type} or a metaclass). */
    PyType metatype;
    /** True for classes created by a class statement or {@code type(name, bases, ns)}. */
    public final boolean heap;
    /**
     * For a builtin-layout type made at run time (a namedtuple class): its attributes may be set
     * like a heap type's, although its instances are Java objects of a fixed class.
     */
    protected boolean writableAttributes;
    /** The nearest builtin type in the MRO, which decides how instances are laid out in Java. */
    PyType solid;
    /**
     * A builtin type whose instances are plain objects (typing's Generic and Protocol): a class
     * deriving from it is laid out as one deriving from object.
     */
    protected boolean objectLayout;
    /** Whether instances (of a heap type) have a {@code __dict__}. */
    boolean instancesHaveDict = true;
    /** Total number of {@code __slots__} storage cells of instances (own and inherited). */
    int slotCount;
    private final ConcurrentHashMap<String, PyObject> cache = new ConcurrentHashMap<>();
    /**
     * {@link #lookup} of the operator dunders, by {@link Dunder} number (null: not looked up yet,
     * {@link #MISSING}: absent); made on first use and replaced, not cleared, when lookups are
     * forgotten, so a reader holding the old array never sees a half-cleared one.
     */
    private PyObject[] dunders;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Cached attribute-protocol flags of heap types, -1 when unknown. */
    private volatile int attrFlags = -1;

    static final int CUSTOM_GETATTRIBUTE = 1;
    static final int HAS_GETATTR = 2;
    static final int CUSTOM_SETATTR = 4;
    static final int CUSTOM_DELATTR = 8;

    public PyType(String name, PyType[] bases, Constructor constructor) {
        this(name, bases, constructor, null);
    }

    public PyType(String name, PyType[] bases, Constructor constructor, String module) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.constructor = constructor;
        this.module = module;
        this.heap = false;
        this.mro = computeSimpleMro(this, bases);
        this.solid = this;
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    /** A heap type; {@code mro} was computed by the caller (C3). */
    PyType(PyType metatype, String name, PyType[] bases, PyType[] mro, PyDict ns) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.mro = mro;
        mro[0] = this;
        this.metatype = metatype;
        this.heap = true;
        this.dict = ns;
        PyType s = OBJECT;
        for (PyType t : mro) {
            if (!t.heap && !t.objectLayout) {
                s = t;
                break;
            }
        }
        this.solid = s;
    }

    private static PyType[] computeSimpleMro(PyType self, PyType[] bases) {
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
     * another class (builtin types are created during class initialisation). Callers that modify
     * it after the type is in use must call {@link #invalidate}.
     */
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PyDict();
                    d.owner = Ownership.SHARED; // only builtin types get here (a class's namespace is given)
                    dict = d;
                }
            }
        }
        return d;
    }

    public void setConstructor(Constructor c) {
        this.constructor = c;
    }

    Constructor constructor() {
        return constructor;
    }

    void addSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(t));
        }
    }

    /** The live direct subclasses. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Changes whenever a cached lookup of this type is forgotten: a cache kept elsewhere (the
     * compiled tier's attribute sites) that recorded it with a lookup is valid while it is unchanged.
     */
    private volatile int version;

    public int version() {
        return version;
    }

    /** Forgets every cached lookup of this type (after filling a builtin type's namespace). */
    void invalidateAll() {
        version++;
        cache.clear();
        dunders = null;
        attrFlags = -1;
    }

    /** Forgets cached lookups of {@code name} here and in every subclass. */
    public void invalidate(String name) {
        version++;
        cache.remove(name);
        if (name.startsWith("__")) {
            attrFlags = -1;
            dunders = null;
        }
        for (PyType t : subclasses()) {
            t.invalidate(name);
        }
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
        PyObject v = cache.get(name);
        if (v == null) {
            v = lookupUncached(name);
            cache.put(name, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    /** {@link #lookup} of the dunder numbered {@code id} in {@link Dunder}: an array read once cached. */
    PyObject lookupDunder(int id) {
        PyObject[] c = dunders;
        if (c == null) {
            c = new PyObject[Dunder.NAMES.length];
            dunders = c;
        }
        PyObject v = c[id];
        if (v == null) {
            v = lookup(Dunder.NAMES[id]);
            c[id] = v == null ? MISSING : v;
            return v;
        }
        return v == MISSING ? null : v;
    }

    private PyObject lookupUncached(String name) {
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

    /** Finds {@code name} in the MRO after {@code after} (for super()), or {@code null}. */
    public PyObject lookupAfter(PyType after, String name) {
        MethodTables.ensureInstalled();
        PyStr key = new PyStr(name);
        int i = 0;
        while (i < mro.length && mro[i] != after) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The attribute-protocol flags of a heap type (which of the attribute hooks are overridden). */
    /** Whether instances look attributes up the plain way (no __getattribute__, __getattr__, __setattr__ or __delattr__ of their own). */
    public boolean plainAttributes() {
        return attrFlags() == 0;
    }

    int attrFlags() {
        int f = attrFlags;
        if (f < 0) {
            f = 0;
            if (lookup("__getattribute__") != ObjectMethods.OBJECT_GETATTRIBUTE) {
                f |= CUSTOM_GETATTRIBUTE;
            }
            if (lookup("__getattr__") != null) {
                f |= HAS_GETATTR;
            }
            if (lookup("__setattr__") != ObjectMethods.OBJECT_SETATTR) {
                f |= CUSTOM_SETATTR;
            }
            if (lookup("__delattr__") != ObjectMethods.OBJECT_DELATTR) {
                f |= CUSTOM_DELATTR;
            }
            attrFlags = f;
        }
        return f;
    }

    /** Adds a builtin method: {@code body} receives self as {@code args[0]}. */
    /**
     * Declares that the builtin methods {@code names} (space-separated, already added) take exactly
     * {@code args} arguments after self: their bodies do not count them, so the call checks first
     * ({@link PyBuiltinFunction#checkFixedArgs}) and too many is CPython's TypeError, never ignored.
     */
    /**
     * Operator and protocol dunders for a builtin type whose operations are Java hooks
     * ({@link PyObject#binop}, {@link PyObject#len} ...): {@code names} lists them ("__add__ __len__"),
     * {@code arithmetic} adds {@code __op__ __rop__}
     * for each operator it names ("add mul"); see {@link Derived#installWrappers(PyType, String)}.
     */
    public void addOperatorMethods(String arithmetic, String names) {
        String all = arithmetic.isEmpty() ? names : Derived.arithmetic(arithmetic) + " " + names;
        Derived.installWrappers(this, all.strip());
    }

    public void fixArgs(int args, String names) {
        fixArgs(args, false, names);
    }

    /** As {@link #fixArgs}, for dunders that CPython implements as slot wrappers (their repr and messages differ). */
    public void fixSlotArgs(int args, String names) {
        fixArgs(args, true, names);
    }

    private void fixArgs(int args, boolean slot, String names) {
        for (String n : names.split(" ")) {
            PyObject m = dict().get(new PyStr(n));
            if (!(m instanceof PyBuiltinFunction)) {
                throw new IllegalStateException(name + "." + n + " is not a builtin method of " + name);
            }
            PyBuiltinFunction f = (PyBuiltinFunction) m;
            f.fixedArgs = args;
            f.slotWrapper = slot;
        }
    }

    public void addMethod(String methodName, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(methodName, body, true);
        f.owner = this;
        dict().put(new PyStr(methodName), f);
        invalidate(methodName);
    }

    @Override
    public PyType getType() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyType meta = getType();
        if (meta != TYPE) {
            PyObject c = meta.lookup("__call__");
            if (c != ObjectMethods.TYPE_CALL && c != null) {
                return Slots.callMethod(c, this, args, kwnames);
            }
        }
        return TypeFactory.typeCall(this, args, kwnames);
    }

    /** Creates an instance with the builtin constructor found along the MRO (no __init__ call). */
    PyObject constructBuiltin(PyType cls, PyObject[] args, String[] kwnames) {
        for (PyType t : mro) {
            if (t.constructor != null) {
                return t.constructor.construct(cls, args, kwnames);
            }
        }
        throw PyErr.typeError("cannot create '" + name + "' instances");
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = TypeFactory.typeGetAttr(this, attr);
        if (v != null) {
            return v;
        }
        throw PyErr.attributeError(this, attr, "type object '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        PyType meta = userMeta();
        if (meta != null) {
            PyObject f = meta.lookup(value == null ? "__delattr__" : "__setattr__");
            if (f instanceof PyFunction) {
                Slots.callMethod(f, this, value == null ? new PyObject[] {new PyStr(attr)}
                        : new PyObject[] {new PyStr(attr), value}, null);
                return;
            }
        }
        TypeFactory.typeSetAttr(this, attr, value);
    }

    /** The metaclass when it is a user class, whose dunders then apply to this class. */
    private PyType userMeta() {
        PyType m = metatype;
        return m != null && m.heap ? m : null;
    }

    @Override
    public PyObject iter() {
        PyType m = userMeta();
        return m != null && m.lookup("__iter__") != null ? Slots.iter(this) : super.iter();
    }

    @Override
    public int len() {
        PyType m = userMeta();
        PyObject f = m == null ? null : m.lookup("__len__");
        return f != null ? Slots.len(this, f) : super.len();
    }

    @Override
    public boolean contains(PyObject value) {
        PyType m = userMeta();
        if (m != null && (m.lookup("__contains__") != null || m.lookup("__iter__") != null)) {
            return Slots.contains(this, value);
        }
        return super.contains(value);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyType meta = userMeta();
        if (meta != null && meta.lookup("__getitem__") != null) {
            return Slots.getItem(this, key);
        }
        PyObject m = lookup("__class_getitem__");
        if (m != null) {
            PyObject b = m.descrGet(null, this);
            return (b != null ? b : m).call(new PyObject[] {key}, null);
        }
        if (PyGenericAlias.subscriptable(this)) {
            return new PyGenericAlias(this, key);
        }
        throw PyErr.typeError("type '" + name + "' is not subscriptable");
    }

    /** {@code X | Y} on classes makes a {@code types.UnionType}; a metaclass's own operators go first. */
    @Override
    public PyObject binop(int op, PyObject other) {
        if (metatype != null && metatype != TYPE) {
            PyObject r = Slots.binop(this, op, other);
            if (r != null) {
                return r;
            }
        }
        return op == BinOp.OR ? PyUnionType.or(this, other) : null;
    }

    @Override
    public PyObject rbinop(int op, PyObject other) {
        if (metatype != null && metatype != TYPE) {
            PyObject r = Slots.rbinop(this, op, other);
            if (r != null) {
                return r;
            }
        }
        return op == BinOp.OR ? PyUnionType.or(other, this) : null;
    }

    @Override
    public String repr() {
        if (metatype != null && metatype != TYPE) {
            PyObject r = metatype.lookup("__repr__");
            if (r != null && r != ObjectMethods.TYPE_REPR && r != ObjectMethods.OBJECT_REPR) {
                return Slots.reprResult(Slots.callMethod(r, this, new PyObject[0], null), "__repr__");
            }
        }
        return defaultRepr();
    }

    String defaultRepr() {
        return module == null || module.equals("builtins") ? "<class '" + qualname + "'>"
                : "<class '" + module + "." + qualname + "'>";
    }

    @Override
    public long pyHash() {
        return System.identityHashCode(this);
    }
}
