# Floor division, modulo and divmod of big ints: every sign combination, divisors of one and two
# machine words and bigger, exact and inexact, bool operands, and the zero-division messages.
values = [10 ** 40 + 7, -(10 ** 40 + 7), 2 ** 64, -(2 ** 64), 2 ** 127 - 1, 3 ** 90, -(3 ** 90), 10 ** 18 * 97]
divisors = [1, -1, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 32 + 1, -(2 ** 31), 2 ** 63, -(2 ** 63) - 5,
            10 ** 25 + 3, -(10 ** 25 + 3), True, 97]
for x in values:
    for d in divisors:
        q, r = divmod(x, d)
        assert (q, r) == (x // d, x % d), (x, d)
        assert q * d + r == x and (r == 0 or (r > 0) == (d > 0)) and abs(r) < abs(d), (x, d)
    print(x % 1000003, [divmod(x, d) for d in (7, -7, 10 ** 18, -(2 ** 63) - 5)])
print(divmod(5, 10 ** 30), divmod(-5, 10 ** 30), divmod(5, -(10 ** 30)), divmod(-(10 ** 30), 10 ** 30))
print(divmod(10 ** 30, True), divmod(-(10 ** 30), -1))
n = 3 ** 200
digits = 0
while n:
    n, low = divmod(n, 10 ** 18)
    digits += len(str(low))
print(digits)
for op in (lambda: divmod(10 ** 30, 0), lambda: 10 ** 30 // 0, lambda: 10 ** 30 % 0, lambda: divmod(7, 0)):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
