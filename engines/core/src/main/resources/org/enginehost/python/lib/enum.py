"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (the CPython 3.11 behaviour).

Members are found in the class body's namespace after it ran (names that are not _sunder_,
__dunder__, private or descriptors), created in definition order, and stored as class attributes;
a member whose value equals an earlier one's becomes an alias of it.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "auto", "unique", "KEEP", "STRICT", "CONFORM", "EJECT", "FlagBoundary"]


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for the next value: _generate_next_value_ picks it when the class is created."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, property)) or type(obj) is type(_bits):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _bits(n):
    return bin(n).count("1")


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self.name, self.name.lower())


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")

class _EnumAttribute:
    """The read-only member attributes name and value (a member named like them wins on the class)."""

    def __init__(self, fget):
        self.fget = fget
        self.name = fget.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            member = owner._member_map_.get(self.name) if owner is not None else None
            if member is None:
                raise AttributeError("%r has no attribute %r" % (owner, self.name))
            return member
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.owner_name, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.owner_name, self.name))

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__


Enum = None
ReprEnum = None
Flag = None


class EnumType(type):
    """The metaclass of enumerations: creates the members and gives the class its container API."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = []
        ns = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)
                    or key == "_ignore_"):
                ns[key] = value
            else:
                names.append((key, value))
        ignore = classdict.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        names = [(k, v) for k, v in names if k not in ignore]
        for key in ignore:
            ns.pop(key, None)
        ns.pop("_ignore_", None)
        for key, _ in names:
            if key in ("mro", ""):
                raise ValueError("Invalid enum member name: %r" % key)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        if boundary is None:
            boundary = getattr(first_enum, "_boundary_", None)
        type.__setattr__(enum_class, "_boundary_", boundary)
        if Enum is not None:
            # the mixed-in data type's repr and friends must not hide Enum's
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in classdict:
                    found = getattr(enum_class, name, None)
                    if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__ or member_type in (int, float, complex):
                    # these types' str() is their repr() (CPython inherits object.__str__)
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
        custom_new = classdict.get("__new__") if Enum is not None else None
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                if isinstance(base, EnumType) and "_new_member_" in base.__dict__:
                    custom_new = base.__dict__["_new_member_"]
                    break
        if custom_new is not None:
            type.__setattr__(enum_class, "_new_member_", custom_new)
        if Enum is not None:
            # calling the class looks a member up; members were made with _new_member_
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        last_values = []
        for count, (name, value) in enumerate(names):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, count, last_values[:])
                              if isinstance(v, auto) else v for v in value)
            metacls._add_member_(enum_class, name, value, member_type, custom_new)
            last_values.append(value)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type, custom_new):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            member = custom_new(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__init__(*args)
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            enum_class._member_names_.append(name)
        type.__setattr__(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes, complex):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @_EnumAttribute
    def name(self):
        return self._name_

    @_EnumAttribute
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Members can be combined with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = cls._boundary_
        if value < 0:
            value = value & (2 ** max(mask.bit_length(), 1) - 1) if boundary is not KEEP else value
        unknown = value & ~mask
        if unknown and boundary is STRICT:
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, width), _bin(mask, width)))
        if unknown and boundary is CONFORM:
            value &= mask
            unknown = 0
        if unknown and boundary is EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = [m._name_ for m in cls._iter_members_(value & mask)]
        if unknown and known:
            known.append(str(unknown))
        pseudo._name_ = "|".join(known) if known else None
        try:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            pass
        return pseudo

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            v = member._value_
            if v and _bits(v) == 1 and v & value == v:
                yield member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_members_(self._value_)))

    def __len__(self):
        return _bits(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self.__class__._member_type_ is not object and isinstance(other, self.__class__._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        mask = self.__class__._flag_mask_
        return self.__class__(mask & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(value, width):
    digits = bin(value)[2:]
    return "0b0 " + digits.rjust(width, "0")


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: fails when a value has more than one name."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
