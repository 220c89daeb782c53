def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    return "ok"
for kind in ["value", "type", "none"]:
    try:
        result = risky(kind)
    except ValueError as e:
        result = f"handled value: {e}"
    except TypeError as e:
        result = f"handled type: {e}"
    print(result)
def cleanup_error():
    try:
        raise ValueError("original")
    finally:
        print("finally with pending exception")
try:
    cleanup_error()
except ValueError as e:
    print("propagated", e)
def error_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    error_in_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def error_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        undefined_name_here
try:
    error_in_except()
except NameError as e:
    print("got", type(e).__name__, "context", repr(e.__context__))
results = []
for v in ["1", "x", "3", None]:
    try:
        results.append(int(v))
    except (ValueError, TypeError) as e:
        results.append(type(e).__name__)
print(results)
def exc_matching(e):
    try:
        raise e
    except (KeyError, ValueError):
        return "group 1"
    except LookupError:
        return "lookup"
    except Exception:
        return "generic"
print([exc_matching(e) for e in [KeyError(), IndexError(), ValueError(), UnicodeError(), OSError()]])
