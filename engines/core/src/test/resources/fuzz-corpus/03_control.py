for i, (a, b) in enumerate(pairs):
    if a < b <= c != d:
        continue
    elif not a and b or c:
        break
    else:
        pass
else:
    x = 1
while x := x - 1:
    del y[0], z.a
try:
    raise ValueError("x") from None
except (TypeError, ValueError) as e:
    print(e)
except* OSError:
    pass
finally:
    assert x, "msg"
with open("f") as f, ctx() as (a, b):
    global q
