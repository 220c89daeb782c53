def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    class K:
        y = x
        def m(self):
            return __class__
    return inner
def bad():
    global x
    x = 1
    nonlocal y
