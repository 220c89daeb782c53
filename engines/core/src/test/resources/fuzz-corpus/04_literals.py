a = [1, 2.5, 3j, 0x1F, 0o17, 0b101, 1_000_000, 1e-3, .5, 5.]
b = {'k': "v", **other}
c = {1, 2, *rest}
d = (1,)
e = b"bytes\x00" rb"\d" br'\n' u"unicode" r'raw\'' f"{x!r:>{width}.3}" F'{a["k"]}' f"{{}}"
s = """triple
quoted""" '''other'''
t = ...
u = x[1:2, ::3, ...]
