print("starting infinite recursion")
def recurse(n):
    return recurse(n + 1) + 1
recurse(0)
print("never printed")
