# A comment at the start
#!not a shebang here
x = 1  # trailing comment
# comment between statements
    # indented comment lines are ignored
y = 2
print(x, y)  # print
s = "# not a comment"
print(s)
def f():
    # only comment before body
    return 'f'
    # after return
print(f())
if x:
# comment at column 0 inside block
    print("in block")
        # over-indented comment
    print("still in block")
z = [1, # one
     2  # two
    ]
print(z)
print('#', "#")  # hash in strings
