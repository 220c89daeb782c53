pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-0.0, 1.0), (5.0, float("inf")), (-5.0, float("inf"))]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 360, 370 % 360, -370 % 360)
print(2 ** 65 % -7, -(2 ** 65) % 7, -(2 ** 65) // 7)
import math
print(math.fmod(-7, 3), math.fmod(7, -3))
print(-0.0 % 5, 0.0 % -5)
