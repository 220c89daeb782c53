# Indentation with tabs (consistent)
def g(x):
	if x:
		return "tab-true"
	else:
		return "tab-false"

print(g(1))
print(g(0))
for i in range(3):
	if i == 1:
		continue
	print("i =", i)
while True:
	break
print("done")
