# Serialise a small object model to JSON and back, with custom encoders/decoders.
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Address:
    street: str
    city: str
@dataclass
class Person:
    name: str
    age: int
    emails: list = field(default_factory=list)
    address: Address = None
    def to_json(self):
        return json.dumps({"__type__": "Person", **asdict(self)}, sort_keys=True)
def decode_hook(d):
    if d.get("__type__") == "Person":
        d = dict(d)
        del d["__type__"]
        addr = d.pop("address")
        return Person(address=Address(**addr) if addr else None, **d)
    return d
people = [Person("Ann", 31, ["ann@example.com"], Address("1 Main St", "Springfield")),
          Person("Bob", 45), Person("Zoë", 22, ["z@x.org", "zoe@y.net"], Address("Rue 5", "Paris"))]
encoded = [p.to_json() for p in people]
for e in encoded:
    print(e)
decoded = [json.loads(e, object_hook=decode_hook) for e in encoded]
print(decoded == people, decoded[2].address.city, type(decoded[0]).__name__)
doc = {"people": [asdict(p) for p in people], "count": len(people), "meta": {"version": 1.5, "tags": ("a", "b"), "ok": None}}
text = json.dumps(doc, indent=2, ensure_ascii=False)
print(text)
back = json.loads(text)
print(back["meta"]["tags"], back["count"], back["people"][1]["address"])
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        return super().default(o)
s = json.dumps({"ids": {3, 1, 2}, "names": frozenset(["b", "a"])}, cls=SetEncoder, sort_keys=True)
print(s)
print(json.loads(s, object_hook=lambda d: set(d["__set__"]) if "__set__" in d else d) == {"ids": {1, 2, 3}, "names": {"a", "b"}})
try:
    json.dumps({"obj": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
compact = json.dumps(doc, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:60])
print(json.loads(json.dumps(compact)) == compact)
