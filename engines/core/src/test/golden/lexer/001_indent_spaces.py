# Indentation with spaces, various depths and dedents
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print("odd", i)
            else:
              print("even", i)
        print("loop done")
    else:
            print("non-positive")
    return n * 2

print(f(3))
print(f(0))
if True:
 print("one space indent")
 if True:
         print("nine spaces")
 print("back to one")
class C:

    x = 1


    def m(self):

        return self.x + 1
print(C().m())
