import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no arg code", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("text code", e.code)
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print("exiting 42 via raise")
raise SystemExit(42)
