# os and os.path: constants, path arithmetic, directory creation/listing/removal (file permissions granted by the CLI)
import os, os.path
from os.path import join, splitext
import os.path as osp
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.path is osp)
print(join("a", "b", "c.txt"), join("/a/", "b"), join("a", "/b"), join("", "x"), join("a/", ""))
for p in ["a/b/c.txt", "/a/b/", "c", "/", "", ".bashrc", "a/.b.c", "x.tar.gz", "..", "a//b", "//x"]:
    print(repr(p), os.path.split(p), splitext(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["", ".", "a/./b/../c", "/../x", "//a//b/", "///a", "../../a", "a/../..", "/a/b/../../.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
base = "_os_golden_tmp"
os.makedirs(join(base, "sub", "deeper"), exist_ok=True)
os.makedirs(join(base, "sub"), exist_ok=True)
with open(join(base, "f.txt"), "w") as f:
    f.write("hello")
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(join(base, "f.txt")), os.path.exists("nope"))
print(sorted(os.listdir(base)), os.path.getsize(join(base, "f.txt")))
print(sorted((d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)))
os.rename(join(base, "f.txt"), join(base, "g.txt"))
print(sorted(os.listdir(base)))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.remove(join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename)
try:
    os.path.getsize("missing")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(join(base, "g.txt"))
os.removedirs(join(base, "sub", "deeper"))
print(os.path.exists(base), os.path.abspath("x") == join(os.getcwd(), "x"))
print(len(os.urandom(8)), os.cpu_count() > 0, os.fspath("p"))
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    os.nothing
except AttributeError as e:
    print("AttributeError", e)
