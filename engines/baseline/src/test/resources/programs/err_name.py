print("before")
print(missing)
