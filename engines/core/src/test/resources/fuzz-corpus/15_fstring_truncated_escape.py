pi = 3.14159
print(f"{pi:.2f} \u0e9 done")
