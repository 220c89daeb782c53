print("about to fail")
def compute(a, b):
    return a / b
print(compute(10, 2))
print(compute(1, 0))
print("never printed")
