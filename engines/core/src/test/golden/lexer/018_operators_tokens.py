a, b = 17, 5
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b)
print(a<<2, a>>1, a&b, a|b, a^b, ~a)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
print(1<2<3, 3>2>2, 1==1.0)
print(not a, a and b, 0 or b)
x = 1
x += 2; x -= 1; x *= 10; x //= 3; x %= 5; x **= 3
print(x)
x <<= 2; x >>= 1; x |= 1; x &= 0xFF; x ^= 3
print(x)
print(-+-1, --1, - - -1, ~~5, not not 1)
print(2**-1, -2**2, (-2)**2, 2**3**2)
print(a if a > b else b)
print(1 in [1], 1 not in [1], None is None, None is not None)
print([1,2,3][::-1], [1,2,3][1:], {1:2}[1])
y=3;z=4
print(y,z)
print(((((1)))))
f = lambda: (yield)
print(type(f()).__name__)
