# PEP 562: a module's __getattr__ serves attribute access and from-import alike.
import lazy_mod
from lazy_mod import lazy_one, loads
print(lazy_mod.lazy_two, lazy_one, loads)
try:
    from lazy_mod import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    lazy_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
import typing
from typing import NamedTuple, get_args, List
print(NamedTuple.__name__, get_args(List[int]), "NamedTuple" in vars(typing))
try:
    from typing import NoSuchThing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
