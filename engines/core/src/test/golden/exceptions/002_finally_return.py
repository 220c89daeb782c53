def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(f5())
def f6():
    lst = []
    try:
        lst.append(1)
        return lst
    finally:
        lst.append(2)
print(f6())
def f7():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + repr(e)
    finally:
        print("outer finally")
print(f7())
def f8():
    while True:
        try:
            break
        finally:
            print("break through finally")
    return "after loop"
print(f8())
