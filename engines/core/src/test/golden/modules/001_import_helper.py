import helper_mod
print(helper_mod.CONSTANT, helper_mod.public_func(1), helper_mod.Widget("w"), helper_mod.__name__)
import helper_mod as hm
print(hm is helper_mod, hm.bump(), hm.bump(), helper_mod.counter)
from helper_mod import public_func as pf, CONSTANT as C
print(pf("alias"), C)
from helper_mod import not_exported
print(not_exported)
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is hm)
import helper_mod
print("second import did not re-execute")
print(helper_mod.__doc__)
print(sorted(n for n in dir(helper_mod) if not n.startswith("__")))
