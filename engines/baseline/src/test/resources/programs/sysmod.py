import sys
print(sys.argv[1:])
sys.stdout.write("written\n")
n = sys.stdout.write("abc")
print()
print(n)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stderr.write("to stderr\n")
from sys import argv
print(len(argv) >= 1)
