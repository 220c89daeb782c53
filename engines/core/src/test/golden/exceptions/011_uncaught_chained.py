print("start")
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"config key {key!r} missing") from e
print(load("a"))
load("b")
