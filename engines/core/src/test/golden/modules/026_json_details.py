import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"ok": True, "none": None, "pi": 3.14}, "uni": "é€😀"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2.0, 1e20, -0.0, float("inf"), float("nan")]))
print(json.dumps({1: "int key", True: "bool", 2.5: 1, None: 2}), json.dumps([[]], indent=1), json.dumps([1,2], indent=0))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('"\\ud83d\\ude00"') == "😀", json.loads("[NaN, Infinity, -Infinity, -0, 1E3, 1.5e300]"))
for bad in ["{'a': 1}", "[1, 2,]", "", "{\"a\" 1}", "nul", "[1] x", "\"unterminated", '{"a": 1,}', "[1, 2", "tru", '"a\x01"', '"\\x"', '"\\u12"', '"\\u12zz"', '\n\n  [1,\n 2 3]', "-", "{", "[", '{"a":', '"é" x', '"😀" x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True), json.dumps({"a": [1, 2]}, separators=(", ", " = ")))
print(json.dumps({"a": 1, "b": [1, {"c": 2}]}, indent="--"))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: (d["x"], d["y"])), json.loads("1.5", parse_float=str), json.loads("15", parse_int=float))
