lambda x: (yield x) = 3
