try:
    int("not a number")
except ValueError:
    print("handling ValueError, then failing again")
    raise RuntimeError("handler failed")
