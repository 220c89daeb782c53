π = 3.14159
名前 = "値"
print(f"{π:.2f} {名前!s}")
s = "\N{GREEK SMALL LETTER ALPHA} \u00e9 \U0001F600"
