def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e)
assert True, "never"
assert 1 == 1
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
msgs = []
def side():
    msgs.append("message evaluated")
    return "msg"
assert True, side()
print(msgs)
try:
    assert 0, side()
except AssertionError as e:
    print(msgs, e)
