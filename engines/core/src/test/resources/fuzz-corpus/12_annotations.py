from __future__ import annotations
x: list[int] = []
def f(a: int | None = None, *, b: "str") -> dict[str, int]: ...
type_alias: type = int
