import keyword
print(len(keyword.kwlist) > 30, "match" in keyword.kwlist, "match" in keyword.softkwlist)
print(keyword.iskeyword("if"), keyword.iskeyword("print"))
café = "unicode identifier"
print(café)
_private = 1
__dunder = 2
x1_y2 = 3
print(_private, __dunder, x1_y2)
match = 5
case = 6
_ = 7
print(match, case, _)
type = "shadowed"
print(type)
del type
print(type(1).__name__)
ñ = 1
Σ = 2
print(ñ + Σ)
print("ab".isidentifier(), "1a".isidentifier(), "café".isidentifier())
