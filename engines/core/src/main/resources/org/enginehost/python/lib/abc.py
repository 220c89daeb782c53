"""Abstract base classes (PEP 3119) for Enginehost: ABCMeta, ABC, abstractmethod, register."""


def abstractmethod(funcobj):
    """Marks a method abstract; classes made by ABCMeta with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    # property, classmethod and staticmethod are abstract when a wrapped function is.
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _abstract_names(cls, namespace_items):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = cls.__dict__.get(name) if name in cls.__dict__ else _lookup(cls, name)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _lookup(cls, name):
    # The raw class attribute (not bound through descriptors) along the MRO.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after the class was changed (3.10+)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, list(cls.__dict__.items()))
    return cls


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, list(namespace.items()))
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstract = cls.__abstractmethods__
        if abstract:
            names = sorted(abstract)
            plural = "s" if len(names) > 1 else ""
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                            + plural + " " + ", ".join(names))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, registered):
                return True
        # A class registered with (or recognised by) a subclass of this ABC is a subclass of it
        # too: list is registered with MutableSequence, and so is a Sequence.
        for scls in cls.__subclasses__():
            if scls is not subclass and issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper base class: inherit from ABC instead of writing metaclass=ABCMeta."""
    __slots__ = ()


def get_cache_token():
    return 0
