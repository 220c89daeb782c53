def run(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in [0, 1, 2]:
    print(run(x))
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
try:
    raise ValueError("x")
except Exception as e:
    print("Exception catches", type(e).__name__)
e = "before"
try:
    raise ValueError("scoped")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
try:
    pass
except:
    print("never")
else:
    print("else without exception")
try:
    int("x")
except:
    print("bare except caught")
