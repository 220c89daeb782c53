# The dunders of dict views check their argument counts as CPython does.
for f in [lambda: {}.keys().__len__(1), lambda: {}.keys().__iter__(1), lambda: {}.keys().__reversed__(1), lambda: {}.items().__contains__(), lambda: {}.values().__len__(2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print({1: 2}.keys().__len__(), list({1: 2}.items().__iter__()), (1, 2) in {1: 2}.items(), dict.keys)
