# pathlib: pure path arithmetic and file-system operations on a small private tree.
import os
import pathlib
from pathlib import Path, PosixPath, PurePath, PurePosixPath


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


P = PurePosixPath

print("-- construction")
for args in [(), ("",), (".",), ("a",), ("a/b",), ("a//b",), ("a/./b",), ("a/../b",), ("a/b/",),
             ("/",), ("//",), ("///",), ("//a/b",), ("///a",), ("/a", "b"), ("a", "/b", "c"),
             ("a", "", "b"), (P("x/y"), "z"), ("..",), ("./..",)]:
    p = P(*args)
    print(repr(args), repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive))
print(repr(PurePath("a", "b")), type(PurePath("a")).__name__)
print(repr(Path("a", "b")), type(Path("a")).__name__, isinstance(Path("a"), PurePosixPath))
print(repr(PosixPath("/x/y/")), repr(Path(Path("a"), P("b"))))
print(bytes(P("/a/b")), os.fspath(P("a/b")), P("a/b").as_posix())
show("bytes arg", lambda: P(b"a"))
show("int arg", lambda: P(1))
show("windowspath", lambda: pathlib.WindowsPath("a") and "constructed")

print("-- joining")
print(repr(P("a") / "b"), repr(P("a") / "/b"), repr("x" / P("y")), repr(P("a") / P("b") / "c"))
print(repr(P("a").joinpath("b", "c/d", "")), repr(P("/a").joinpath("..", "b")))
print(repr(Path("a") / "b"), repr("c" / Path("d")))
show("div int", lambda: P("a") / 1)
show("rdiv int", lambda: 1 / P("a"))

print("-- comparison")
print(P("a/b") == P("a//b/"), P("a") == Path("a"), P("a") == "a", P("a") != P("b"))
print(hash(P("a/b")) == hash(P("a", "b")), len({P("a"), P("a/"), Path("a"), P("b")}))
print(P("a/b") < P("a.b"), P("/a") < P("a"), P("a") <= P("a"), P("b") > P("a"), P("a") >= P("b"))
print(sorted([P("b"), P("a/c"), P("/z"), P("a"), P("a/b")]))
show("lt str", lambda: P("a") < "b")

print("-- components")
for s in ["/usr/lib/python3.11/os.tar.gz", "a/b", "a", ".", "/", "//x", "a/.bashrc", "a/b.",
          "a/..", "a/x..y", "a/.x.y", "a/b/c."]:
    p = P(s)
    print(repr(s), repr(p.parent), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.is_absolute(), p.is_reserved())
p = P("/a/b/c")
print(list(p.parents), len(p.parents), repr(p.parents))
print(p.parents[0], p.parents[-1], p.parents[-2], p.parents[1:], p.parents[::-1], p.parents[::2])
print(P("a/b").parents[:], list(P(".").parents), list(P("x").parents), P("/") .parent)
print(P("/a") in p.parents, p.parents.index(P("/a")), p.parents.count(P("/")), list(reversed(p.parents)))
show("parents[3]", lambda: p.parents[3])
show("parents[-4]", lambda: p.parents[-4])
show("parents['x']", lambda: p.parents["x"])

print("-- with_*")
p = P("dir/file.tar.gz")
print(repr(p.with_name("x.txt")), repr(p.with_stem("y")), repr(p.with_suffix(".bz2")),
      repr(p.with_suffix("")), repr(P("dir/noext").with_suffix(".c")), repr(P("a.b").with_suffix("..")))
for arg in ["", ".", "a/b", "a/", "/a", None, 5, b"x", ".."]:
    show("with_name %r" % (arg,), lambda: p.with_name(arg))
for arg in ["", ".", "a", ".a/b", "/", None]:
    show("with_suffix %r" % (arg,), lambda: p.with_suffix(arg))
show("empty name", lambda: P("/").with_name("x"))
show("empty name suffix", lambda: P("").with_suffix(".x"))
show("empty name stem", lambda: P("a/..").with_stem("x"))

print("-- relative_to / is_relative_to")
show("rel 1", lambda: P("/a/b/c").relative_to("/a"))
show("rel 2", lambda: P("/a/b/c").relative_to("/"))
show("rel 3", lambda: P("/a/b/c").relative_to("/a", "b"))
show("rel 4", lambda: P("a/b").relative_to(""))
show("rel 5", lambda: P("a/b").relative_to("a/b"))
show("rel 6", lambda: P("/a/b").relative_to("/c"))
show("rel 7", lambda: P("a").relative_to("/a"))
show("rel 8", lambda: P("/a").relative_to(""))
show("rel 9", lambda: P("/a").relative_to())
show("rel 10", lambda: P("a/b").relative_to(P("a")))
show("rel 11", lambda: P("//a/b").relative_to("/"))
print(P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/b"), P("a").is_relative_to("a"))

print("-- match")
for path, pat in [("a/b.py", "*.py"), ("a/b.py", "b.*"), ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"),
                  ("a/b.py", "a/*.py"), ("a/b.py", "x/*.py"), ("b.py", "a/*.py"), ("/a", "*/a"),
                  ("a/b", "/a/b"), ("A.PY", "*.py"), ("a/b/c", "**/c"), ("a/b", "[ab]/?"), ("/", "/")]:
    print(path, pat, P(path).match(pat))
show("match empty", lambda: P("a").match(""))
show("match int", lambda: P("a").match(5))

print("-- uris")
print(P("/a b/%/\u00e9/x~y_z.-").as_uri(), P("//host/a").as_uri(), P("/").as_uri())
show("relative uri", lambda: P("a").as_uri())

print("-- concrete")
base = Path("_golden_086_pathlib_tree")
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())
# (Path.home() and "~" need the environment, which the project's test harness does not grant)
print(repr(Path("a/~").expanduser()), repr(Path("/~").expanduser()))
print(Path("a/b").absolute() == Path(os.getcwd(), "a", "b"), Path("/x/../y").absolute())
print(Path("a/../b/.").resolve() == Path(os.getcwd(), "b"), Path("/x/../y/./z").resolve())
print(base.exists(), base.is_dir(), base.is_file(), base.is_symlink())

base.mkdir()
show("mkdir again", lambda: base.mkdir())
base.mkdir(exist_ok=True)
show("mkdir missing parent", lambda: (base / "x" / "y").mkdir())
(base / "x" / "y").mkdir(parents=True)
(base / "x" / "y").mkdir(parents=True, exist_ok=True)
print((base / "x" / "y").is_dir(), (base / "x").is_dir())

f = base / "notes.txt"
print(f.write_text("hello\nworld\n"), repr(f.read_text()), f.read_bytes())
print(f.write_text("caf\u00e9", encoding="utf-8"), f.read_bytes(), repr(f.read_text(encoding="utf-8")))
print(f.write_text("a\nb", newline="\r\n"), f.read_bytes())
print(f.write_bytes(b"\x00\x01bin"), f.read_bytes(), f.write_bytes(bytearray(b"xyz")), f.read_text())
show("write_text bytes", lambda: f.write_text(b"x"))
show("write_bytes str", lambda: f.write_bytes("x"))
print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), f.is_mount(), f.is_fifo(),
      f.is_socket(), f.is_block_device(), f.is_char_device())
st = f.stat()
print(st.st_size, oct(st.st_mode & 0o170000), f.lstat().st_size, f.samefile(str(f)),
      f.samefile(base / "." / "notes.txt"), f.samefile(base))
print((f / "below").exists(), (f / "below").is_dir(), (base / "nope").is_file())
with f.open("w") as fh:
    fh.write("via open\n")
with f.open() as fh:
    print(repr(fh.read()))
with f.open("ab") as fh:
    fh.write(b"more\n")
print(f.read_text().splitlines())

(base / "empty.dat").touch()
show("touch exists", lambda: (base / "empty.dat").touch(exist_ok=False))
(base / "new.dat").touch(exist_ok=False)
print((base / "empty.dat").stat().st_size, (base / "new.dat").exists())
(base / "x" / "a.py").write_text("print(1)\n")
(base / "x" / "y" / "b.py").write_text("print(2)\n")
(base / "x" / "y" / "c.txt").write_text("c\n")
(base / ".hidden.py").write_text("")
(base / "sub.d").mkdir()

def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)

print("-- iterdir / glob")
print(rel(base.iterdir()))
for pat in ["*", "*.py", "*.dat", "x/*", "x/*/*.py", "**/*.py", "**", "**/", "*/", "x/y/c.txt",
            "x/nope", "x/../notes.txt", "x/y", "x/y/", "*.d", "?ew.*", "[en]*", "x/**/*.txt",
            "notes.txt/"]:
    print("glob", pat, rel(base.glob(pat)))
for pat in ["*.py", "*.txt", "y", "", "*/"]:
    print("rglob", pat, rel(base.rglob(pat)))
print(list((base / "nope").glob("*")), list(f.glob("*")))
gen = base.glob("")
show("glob empty", lambda: next(gen))
show("glob absolute", lambda: next(base.glob("/x")))
show("glob bad **", lambda: next(base.glob("x/a**")))
show("rglob absolute", lambda: next(base.rglob("/x")))
show("iterdir missing", lambda: next((base / "nope").iterdir()))

print("-- rename / replace / unlink / rmdir")
moved = f.rename(base / "moved.txt")
print(type(moved).__name__, moved.relative_to(base), f.exists(), moved.exists())
r = (base / "new.dat").replace(str(base / "empty.dat"))
print(type(r).__name__, r.relative_to(base), rel(base.glob("*.dat")))
try:
    (base / "ghost").rename(base / "ghost2")
except OSError as e:
    print("rename missing", type(e).__name__, e.errno)
show("unlink missing", lambda: (base / "ghost").unlink())
(base / "ghost").unlink(missing_ok=True)
show("rmdir nonempty", lambda: (base / "x").rmdir())
show("stat missing", lambda: (base / "ghost").stat())
show("read missing", lambda: (base / "ghost").read_text())
show("resolve strict", lambda: (base / "x" / ".." / "ghost").resolve(strict=True))
print((base / "x" / ".." / "ghost").resolve() == Path.cwd() / base / "ghost")
show("samefile missing", lambda: moved.samefile(base / "ghost"))

# tear the tree down, deepest first
for p in sorted(base.rglob("*"), key=lambda q: len(q.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists(), os.path.exists(str(base)))
