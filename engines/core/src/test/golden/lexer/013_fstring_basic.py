name = "Ada"
n = 42
x = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(F"{name.upper()} {len(name)}")
print(f"{'nested single'}")
print(f'{"nested double"}')
print(f"""{'a' + "b"}""")
print(f"{{literal braces}} {n}")
print(f"{{{n}}}")
d = {"k": "v"}
print(f"{d['k']}")
items = [1, 2, 3]
print(f"{items[0]}-{items[-1]} {sum(items)}")
print(f"{n if n > 0 else -n}")
print(f"{[i * i for i in range(4)]}")
print(f"{(lambda v: v + 1)(1)}")
print(rf"\n{n}", fr"{name}\t")
print(f"{'x'!r:>5}")
print(f"{n:{'>'}{10}}")
print(f"{3+4=}")
print(f"{ n }|{n }|")
