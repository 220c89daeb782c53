from __future__ import annotations
import __future__
def f(a: list[int], b: int | None = None, *args: str, **kw: Undefined) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    x: Missing = 3
    y: "quoted"
print(C.__annotations__, C.x)
print(__future__.annotations)
