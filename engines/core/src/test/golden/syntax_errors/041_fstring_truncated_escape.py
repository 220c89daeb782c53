# A truncated \u escape in an f-string literal part is a SyntaxError naming the position.
print("before")
print(f"value {1 + 1} then \u0e9 and more")
