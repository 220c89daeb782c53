def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for v in [2, 0]:
    try:
        print(risky(v))
    except ValueError as e:
        print("ValueError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
except Exception:
    print("not here")
try:
    undefined_name
except (TypeError, NameError) as e:
    print("tuple match:", e)
try:
    1 + "a"
except TypeError as e:
    print(e)
def f():
    try:
        return "from try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"
print(g())
try:
    try:
        raise RuntimeError("inner")
    finally:
        print("inner finally")
except RuntimeError as e:
    print("outer caught", e)
try:
    raise KeyError("x")
except LookupError as e:
    print("base class match", repr(e))
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
try:
    raise ValueError
except ValueError as e:
    print("class raised", repr(e), e.args)
x = 0
try:
    x = 1
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args, x)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    int("xyz")
except ValueError as e:
    print(e)
def nested():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError as e:
            return str(e)
print(nested())
