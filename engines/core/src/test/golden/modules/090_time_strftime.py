# time.strftime and time.asctime field by field over dates from year -1 to 12345 (C locale).
import time

fmt = "%Y %y %C %m %d %e %H %I %M %S %p %j %a %A %b %h %B %w %u %U %W %x %X %D %F %R %T %n%t %% %c"
for t in [(2024, 2, 29, 13, 5, 9, 3, 60, 0), (1999, 12, 31, 0, 0, 0, 4, 365, 0), (5, 1, 1, 12, 0, 0, 5, 1, 0),
          (2023, 1, 1, 23, 59, 59, 6, 1, 0), (-1, 7, 4, 9, 30, 0, 0, 185, 0), (12345, 11, 11, 11, 11, 11, 1, 315, 0)]:
    print(time.strftime(fmt, t))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime((5, 1, 1, 1, 2, 3, 5, 1, 0)))
for y in (5, 99, 999, 1000, 1999, -1, -150, 12345):
    print(y, time.strftime("%C|%y|%Y", (y, 1, 1, 0, 0, 0, 0, 1, 0)))
