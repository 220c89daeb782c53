import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"ok": True, "none": None, "pi": 3.14}, "uni": "é€"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2.0, 1e20, -0.0, float("inf"), float("nan")]))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"), json.dumps((1, 2)), json.dumps({1: "int key", True: "bool"}))
print(json.dumps(data, indent="\t", sort_keys=True)[:40])
back = json.loads(s)
print(back == data, back["nested"], type(back["tags"]).__name__)
print(json.loads("[1, 2.5, \"x\", true, false, null, {\"a\": [] }]"), json.loads('"\\u00e9\\n"'), json.loads("  42 "), json.loads("1e3"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("-0"), json.loads("123456789012345678901234567890"))
for bad in ["{'a': 1}", "[1, 2,]", "", "{\"a\" 1}", "nul", "[1] x", "\"unterminated"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
