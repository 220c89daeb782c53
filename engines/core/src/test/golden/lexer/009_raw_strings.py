print(r"\n\t\x41")
print(len(r"\n"))
print(R"C:\Users\name")
print(r'\'')
print(r"\"", len(r"\""))
print(rb"\x00".hex(), Rb"\n", bR"\t", BR"x")
print(repr(r"\\"))
print(r"""raw
triple \n""")
print(r"\N{BULLET}")
print(repr(r"a\
b"))
