# The parts of the typing module that make classes or read annotations, in Python. TypingModule
# builds the module's special forms in Java and then executes this file in the module's namespace,
# so the names below are typing's own (typing.NamedTuple, typing.get_type_hints, ...).

import collections as _collections
import sys as _sys
import types as _types

_GenericAlias = type(List[int])
_SpecialForm = type(List)


def _caller(depth=2):
    # The module of the code that called the caller of this function (for __module__).
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class ForwardRef:
    """An annotation given as a string, evaluated later (get_type_hints)."""

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__", "__forward_value__",
                 "__forward_is_argument__", "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        if self.__forward_module__ is not None:
            globalns = getattr(_sys.modules.get(self.__forward_module__, None), "__dict__", globalns)
        value = eval(self.__forward_code__, globalns, localns)
        self.__forward_value__ = _type_check(value, "Forward references must evaluate to types.")
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


def _type_check(arg, msg):
    # What typing accepts as a type: None stands for NoneType, a string for a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (type, _GenericAlias, _SpecialForm, TypeVar, ParamSpec, TypeVarTuple, NewType,
                        ForwardRef, _types.GenericAlias, _types.UnionType)) or callable(arg):
        return arg
    if arg is ...:
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


# ---------------------------------------------------------------- NamedTuple

_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    try:
        nm_tpl.__new__.__annotations__ = types
    except (AttributeError, TypeError):
        pass  # a builtin __new__ here: it keeps no attributes (reading them says so)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        extra = {}
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _SPECIAL and key not in nm_tpl._fields:
                extra[key] = ns[key]
        if any(_is_operator(key, value) for key, value in extra.items()):
            # The namedtuple class here is a builtin layout that keeps its own protocol (repr, +,
            # comparisons); a class statement's operator methods take effect in a subclass, as in
            # class V(namedtuple("V", "x y")): def __repr__(self): ...
            extra.setdefault("__doc__", nm_tpl.__doc__)
            extra["__slots__"] = ()
            extra["__module__"] = ns["__module__"]
            sub = type(typename, (nm_tpl,), extra)
            sub.__annotations__ = nm_tpl.__annotations__
            return sub
        for key, value in extra.items():
            setattr(nm_tpl, key, value)
        return nm_tpl


def _is_operator(key, value):
    return (key.startswith("__") and key.endswith("__")
            and key not in ("__doc__", "__qualname__", "__orig_bases__", "__init_subclass__"))


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: a class statement deriving from NamedTuple, or
    NamedTuple('Employee', [('name', str), ('id', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = {n: _type_check(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
               for n, tp in ns.get("__annotations__", {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                args = get_args(tp)
                if args:
                    origin = get_origin(args[0])
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict  # a TypedDict's instances are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of string keys, each with the type of its value:
    a class statement deriving from TypedDict, or TypedDict('Point2D', {'x': int, 'y': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------- NewType, ParamSpec, TypeVarTuple

class NewType:
    """NewType('UserId', int): a callable that returns its argument, distinct for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _ParamSpecPart:
    # P.args and P.kwargs: which part of ParamSpec P they stand for.
    _part = ""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((type(self), self.__origin__))


class ParamSpecArgs(_ParamSpecPart):
    _part = "args"


class ParamSpecKwargs(_ParamSpecPart):
    _part = "kwargs"


class ParamSpec:
    """ParamSpec('P'): the parameters of a callable, for Callable[P, T] and Concatenate."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        module = _caller()
        if module != "typing":
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVarTuple:
    """TypeVarTuple('Ts'): any number of types, unpacked as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


# ---------------------------------------------------------------- introspection

def get_origin(tp):
    """The unsubscripted form of a generic alias: get_origin(List[int]) is list, and None for
    anything that is not a subscripted type."""
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        if origin is Callable:
            import collections.abc
            return collections.abc.Callable
        return origin
    if isinstance(tp, _types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    if isinstance(tp, _SpecialForm):
        return getattr(tp, "__origin__", None)
    if isinstance(tp, ParamSpecArgs) or isinstance(tp, ParamSpecKwargs):
        return tp.__origin__
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int); () otherwise."""
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return _eval_type(t._evaluate(globalns, localns), globalns, localns)
    return t


def _strip_annotations(t):
    if isinstance(t, _GenericAlias) and t.__origin__ is Annotated:
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its whole MRO), module or function, with forward references
    (strings) evaluated and None as NoneType; Annotated is stripped unless include_extras."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, _types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (_types.FunctionType, _types.BuiltinFunctionType, _types.MethodType,
                            _types.ModuleType)):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _types.ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


# ---------------------------------------------------------------- checkers' helpers

def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; get_overloads() lists them."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__, f.__code__.co_firstlineno)
    except AttributeError:
        return _overload_dummy
    _overload_registry.setdefault(key[:2], {})[key[2]] = func
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    by_line = _overload_registry.get((f.__module__, f.__qualname__))
    if not by_line:
        return []
    return list(by_line.values())


def clear_overloads():
    _overload_registry.clear()


