for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            UnboundLocalError, TabError, OverflowError, TypeError, AttributeError, AssertionError, GeneratorExit,
            PermissionError, TimeoutError, UnicodeEncodeError, StopAsyncIteration, FloatingPointError]:
    print([c.__name__ for c in exc.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(SystemExit, Exception))
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
