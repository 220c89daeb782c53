"""dataclasses for Enginehost: the decorator builds __init__/__repr__/__eq__/ordering/hash from annotations."""
import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "MISSING"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory) + ",init=" + repr(self.init)
                + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only) + ",_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_of(cls):
    return list(cls.__dict__["__dataclass_fields__"].values())


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(flds.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_mutable_default(value):
    return isinstance(value, (list, dict, set))


def _make_init(cls, flds, frozen):
    init_fields = _select(flds, "init")
    qual = cls.__qualname__ + ".__init__()"
    names = []
    required = 1
    for f in init_fields:
        names.append(f.name)
        if f.default is MISSING and f.default_factory is MISSING:
            required += 1

    def __init__(self, *args, **kwargs):
        if len(args) > len(init_fields):
            n = len(init_fields) + 1
            if required == n:
                took = "takes " + str(n) + " positional argument" + ("s" if n != 1 else "")
            else:
                took = "takes from " + str(required) + " to " + str(n) + " positional arguments"
            raise TypeError(qual + " " + took + " but " + str(len(args) + 1) + " were given")
        values = {}
        for f, v in zip(init_fields, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(qual + " got an unexpected keyword argument " + repr(k))
            if k in values:
                raise TypeError(qual + " got multiple values for argument " + repr(k))
            values[k] = v
        missing = []
        for f in init_fields:
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING:
                missing.append(f.name)
        if missing:
            if len(missing) == 1:
                listed = repr(missing[0])
            elif len(missing) == 2:
                listed = repr(missing[0]) + " and " + repr(missing[1])
            else:
                listed = ", ".join(map(repr, missing[:-1])) + ", and " + repr(missing[-1])
            raise TypeError(qual + " missing " + str(len(missing)) + " required positional argument"
                            + ("s" if len(missing) > 1 else "") + ": " + listed)
        for f in flds:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()

    return __init__


def _tuple(self, flds):
    out = []
    for f in flds:
        out.append(getattr(self, f.name))
    return tuple(out)


def _select(flds, attr):
    out = []
    for f in flds:
        if getattr(f, attr):
            out.append(f)
    return out


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.default is not MISSING and _is_mutable_default(f.default):
            raise ValueError("mutable default " + repr(type(f.default)) + " for field " + name
                             + " is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    cls.__dataclass_fields__ = all_fields
    flds = list(all_fields.values())
    if init:
        seen_default = None
        for f in flds:
            if not f.init:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
        cls.__init__ = _make_init(cls, flds, frozen)
    if repr_:
        repr_fields = _select(flds, "repr")

        def __repr__(self):
            parts = []
            for f in repr_fields:
                parts.append(f.name + "=" + repr(getattr(self, f.name)))
            return type(self).__qualname__ + "(" + ", ".join(parts) + ")"
        cls.__repr__ = __repr__
    cmp_fields = _select(flds, "compare")
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self, cmp_fields) == _tuple(other, cmp_fields)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")

        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple(self, cmp_fields), _tuple(other, cmp_fields))
                return NotImplemented
            return compare
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__
                                + ". Consider using functools.total_ordering")
            setattr(cls, name, make(op))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field " + repr(name))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field " + repr(name))
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hash_fields = []
    for f in flds:
        if (f.compare if f.hash is None else f.hash):
            hash_fields.append(f)
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_tuple(self, hash_fields))
        cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(names_of(_select(flds, "init")))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def names_of(flds):
    out = []
    for f in flds:
        out.append(f.name)
    return out


def _asdict_inner(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        pairs = []
        for f in fields(obj):
            pairs.append((f.name, _asdict_inner(getattr(obj, f.name), factory)))
        return factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        items = []
        for v in obj:
            items.append(_asdict_inner(v, factory))
        return type(obj)(*items)
    if isinstance(obj, (list, tuple)):
        items = []
        for v in obj:
            items.append(_asdict_inner(v, factory))
        return type(obj)(items)
    if isinstance(obj, dict):
        pairs = []
        for k, v in obj.items():
            pairs.append((_asdict_inner(k, factory), _asdict_inner(v, factory)))
        return type(obj)(pairs)
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        items = []
        for f in fields(obj):
            items.append(_astuple_inner(getattr(obj, f.name)))
        return tuple(items)
    if isinstance(obj, (list, tuple)):
        items = []
        for v in obj:
            items.append(_astuple_inner(v))
        return type(obj)(items)
    if isinstance(obj, dict):
        pairs = []
        for k, v in obj.items():
            pairs.append((_astuple_inner(k), _astuple_inner(v)))
        return type(obj)(pairs)
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_astuple_inner(obj))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
