"""The main module's own attributes, as CPython sets them for a script."""
import sys

names = sorted(vars())
# __loader__ is left out: CPython's is an importlib loader object.
print([n for n in names if n != "__loader__"])
print(__doc__)
print(__package__, __spec__, __annotations__, __cached__)
count: int = 5
print(__annotations__)
main = sys.modules["__main__"]
print(main.__doc__ == __doc__, main.__spec__, main.__package__)
print(__file__.endswith("091_main_module.py"), __name__)
