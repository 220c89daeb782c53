# Small details scripts rely on: the standard streams' names, the empty path naming no file,
# and the reprs of io objects.
import io
import os
import sys

print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdout.encoding, sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed)
print(os.path.exists(""), os.path.isdir(""), os.path.isfile(""), os.path.lexists(""), os.path.islink(""))
for call in (lambda: os.listdir(""), lambda: os.path.getsize(""), lambda: os.mkdir("")):
    try:
        call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, repr(e.filename), e)
print(os.listdir(".") == os.listdir(os.getcwd()))
print(repr(io.StringIO())[:21], repr(io.BytesIO())[:19])

# a path through a regular file is NotADirectoryError; open() takes os.PathLike objects
open("083_plain_file.tmp", "w").close()
try:
    for call in (lambda: os.stat("083_plain_file.tmp/x"), lambda: os.mkdir("083_plain_file.tmp/g"),
                 lambda: os.listdir("083_plain_file.tmp")):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e)

    class Where:
        def __fspath__(self):
            return "083_plain_file.tmp"

    with open(Where(), "w") as f:
        f.write("through __fspath__")
    print(open(Where()).read())
    for bad in (3.5, None):
        try:
            open(bad)
        except TypeError as e:
            print(type(e).__name__, e)
finally:
    os.remove("083_plain_file.tmp")
