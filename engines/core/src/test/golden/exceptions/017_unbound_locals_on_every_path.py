# A local is readable only where every path to the read has bound it. Each function runs
# many times (so compiled as well) and reports the UnboundLocalError it meets, if any.


def conditional(flag):
    if flag:
        x = 1
    return x


def loop_target(items):
    for item in items:
        pass
    return item


def loop_body(n):
    i = 0
    while i < n:
        last = i * 2
        i += 1
    return last


def try_body(d):
    try:
        value = d["k"]
        extra = value + 1
    except KeyError:
        pass
    return extra


def except_name():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e


def deleted(flag):
    y = 5
    if flag:
        del y
    return y


def deleted_in_loop(n):
    z = 0
    for i in range(n):
        if i == 2:
            del z
        else:
            z = i
    return z


def walrus(xs):
    if xs and (first := xs[0]) > 0:
        return first
    return first


def match_capture(v):
    match v:
        case [a, b]:
            pass
        case _:
            pass
    return a + b


def with_target(flag):
    class Ctx:
        def __enter__(self):
            if flag:
                raise OSError("no")
            return 7

        def __exit__(self, *exc):
            return True

    try:
        with Ctx() as c:
            pass
    except OSError:
        pass
    return c


def parameter_deleted(p):
    del p
    return p


def run(f, *args):
    try:
        return f(*args)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


for rep in range(25):
    results = [
        run(conditional, rep % 2), run(loop_target, [1, 2][: rep % 3]), run(loop_body, rep % 3),
        run(try_body, {"k": 1} if rep % 2 else {}), run(except_name), run(deleted, rep % 2),
        run(deleted_in_loop, rep % 5), run(walrus, [rep % 3 - 1] if rep % 4 else []),
        run(match_capture, [1, 2] if rep % 2 else 3), run(with_target, rep % 3 == 0),
        run(parameter_deleted, 1),
    ]
    if rep >= 22:
        for r in results:
            print(r)
