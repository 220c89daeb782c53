total = 1 + \
    2 + (3 +
         4)
if (a and
        b):
    x = [
        1,
        2,
    ]
