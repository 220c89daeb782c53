s = "abc" 'def' """ghi"""
print(s)
print("a" r"\n" "b")
x = ("line one "
     "line two "
     'line three')
print(x)
print("%s-%s" "!" % (1, 2))
print(len("a" "b" "c"))
name = "world"
print("hello " f"{name}" "!")
print(f"{1}" f"{2}" "3")
print("" "" "")
print(["a" "b", "c"])
