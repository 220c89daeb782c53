# fnmatch (translate's exact regexes, matching, filter, bytes) and glob on a small directory tree
# made in the current folder (a unique name; removed at the end).
import fnmatch
import glob
import os


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


patterns = ["*.py", "*", "**", "?", "a*b*c", "*a*", "a**b", "[abc]", "[!abc]", "[a-z]", "[!a-z]*", "[]", "[!]",
            "[]]", "[!]]", "[]a]", "[a-]", "[-a]", "[!-a]", "[a-c-e]", "[z-a]", "[a-z-0]", "[a--]", "[--a]",
            "[\\]", "[\\-z]", "[a\\-z]", "[^a]", "[[a]", "[a&&b]", "[~~]", "[a||b]", "[", "[abc", "a[", "]",
            "\\*", "a.b", "a+b(c){d}$", "#x ~y", "é?", "\n*", "*.[ch]", "**/*.txt", "x*y*z*", "[!x-z]*?[0-9]",
            "[b-a]x", "[a-b-c]", "[!b-a]", "[%--]", "[*?]", "[^]", "[!^]", "a[]b]c", "a[!]b]c"]
for p in patterns:
    print(repr(p), fnmatch.translate(p))

names = ["", "a", "b", "z", "A", "-", "]", "!", "^", "[", "\\", "&", "~", ".", "\n", "é", "ab", "abc", "aXbYc",
         "x.py", ".py", "x.pyc", "a.b", "axb", "x/y.txt", "dir/a.txt", "x0y1z", "a]c", "ab]c"]
for p in patterns:
    hits = [n for n in names if fnmatch.fnmatchcase(n, p)]
    print(repr(p), hits)

print(fnmatch.fnmatch("README.TXT", "*.txt"), fnmatch.fnmatch("readme.txt", "*.txt"),
      fnmatch.fnmatchcase("README.TXT", "*.TXT"), fnmatch.fnmatch("a/b", "a*b"), fnmatch.fnmatch(".x", "*"))
print(fnmatch.filter(["a.py", "b.txt", "C.PY", ".hidden.py", "dir/d.py"], "*.py"))
print(fnmatch.filter(iter(["x1", "x2", "y1"]), "x?"), fnmatch.filter([], "*"))
print(fnmatch.filter([b"a.py", b"b.txt"], b"*.py"), fnmatch.fnmatch(b"abc", b"a?c"), fnmatch.fnmatchcase(b"\xe9", b"?"))
print(fnmatch.fnmatchcase(b"a\xff", b"a[\xf0-\xff]"), fnmatch.fnmatchcase(b"ab", b"[!a]b"))
print(attempt(fnmatch.fnmatch, "a", b"a"), attempt(fnmatch.fnmatch, b"a", "a"))
print(attempt(fnmatch.fnmatchcase, 1, "a"), attempt(fnmatch.fnmatch, "a", 1), attempt(fnmatch.filter, [1], "*"))
print(sorted(fnmatch.__all__))

# more bracket and star shapes, path-like names and patterns, translate's type errors
for p in ["[c-a-b]", "[!a-]", "[a-z0-9_]", "*[!/]*", "[!!]", "[-]", "[!-]", "[--]", "[---]", "[a-b-]", "[]-a]",
          "[!]-a]", "[\\-\\]", "[[-]]", "[&]", "[|a]", "[~]", "a*?*b", "*?*", "?*?", "[*]*[?]", "***a***"]:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])


class PathLike:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(fnmatch.fnmatch(PathLike("abc"), "a*"), fnmatch.fnmatch("abc", PathLike("*c")),
      fnmatch.fnmatch(PathLike(b"abc"), b"a?c"), fnmatch.filter(["abc", "b"], PathLike("a*")))
print(fnmatch.fnmatchcase(bytearray(b"abc"), b"a*"), fnmatch.filter("abc", "[ab]"), fnmatch.translate(""))
print(attempt(fnmatch.fnmatchcase, PathLike("a"), "a"), attempt(fnmatch.fnmatchcase, "a", PathLike("a")))
print(attempt(fnmatch.translate, b"*"), attempt(fnmatch.translate, 1), attempt(fnmatch.filter, 5, "a"),
      attempt(fnmatch.fnmatchcase, None, "a"))

# glob
base = "_glob081_" + os.urandom(4).hex()


def show(paths):
    return sorted(p.replace(base, "BASE") for p in paths)


def bshow(paths):
    return sorted(p.replace(base.encode(), b"BASE") for p in paths)


def make(path, text=""):
    with open(os.path.join(base, path), "w") as f:
        f.write(text)


os.mkdir(base)
try:
    for d in ["sub1", "sub1/deep", "sub2", ".hdir", ".hdir/inner", "empty", "x[y]", "sub1/.hsub"]:
        os.mkdir(os.path.join(base, d))
    for f in ["a.txt", "b.txt", "c.py", ".hidden.txt", "[ab].txt", "a*b.txt", "q?.md", "sub1/x.py", "sub1/y.txt",
              "sub1/.h.py", "sub1/deep/z.py", "sub1/deep/zz.txt", "sub2/w.py", ".hdir/q.py", ".hdir/inner/r.txt",
              "x[y]/in.txt", "sub1/.hsub/s.py"]:
        make(f, f)

    for pat in ["*", "*.txt", "*.py", "?.txt", "[ab].txt", "[!a].txt", "*/", "*/*.py", "*/*/*.py", "sub?/*",
                "sub1/*", "sub1/deep/*", ".*", ".*/*", "*/.*", "**", "**/*.py", "x[[]y]/*", "sub1", "sub1/",
                "nothing*", "nothing/*", "a.txt", "a.txt/", "missing.txt", "sub*/", "e*/", "empty/*",
                "*/deep", "*/deep/", "[ab]*", "*[!t]", "[.]*", "?hdir/*"]:
        print("%-14s" % pat, show(glob.glob(os.path.join(base, pat))))
        print("%-14s" % "  root_dir", show(glob.glob(pat, root_dir=base)))

    for pat in ["**", "**/", "**/*.py", "**/*.txt", "sub1/**", "sub1/**/", "sub1/**/*.py", "**/deep/*", "*/**",
                "**/**/*.py", "**/sub?", "**/.*", "s**/*.py", "**.py"]:
        print("%-14s" % pat, "rec", show(glob.glob(pat, root_dir=base, recursive=True)))
        print("%-14s" % pat, "hid", show(glob.glob(pat, root_dir=base, recursive=True, include_hidden=True)))
        print("%-14s" % pat, "pfx", show(glob.glob(os.path.join(base, pat), recursive=True)))

    for pat in ["*", "*/*.py", "?hdir", "*/*"]:
        print("%-14s" % pat, "hidden", show(glob.glob(pat, root_dir=base, include_hidden=True)))

    # an absolute pattern, a root_dir given as a path-like object, iglob, bytes
    cwd = os.getcwd()
    print([p.replace(cwd, "CWD").replace(base, "BASE") for p in sorted(glob.glob(os.path.join(cwd, base, "*.py")))])

    class P:
        def __fspath__(self):
            return base

    print(show(glob.glob("sub*", root_dir=P())))
    it = glob.iglob(os.path.join(base, "sub1", "*"))
    print(iter(it) is it, show(it), list(it))
    it = glob.iglob("**", root_dir=base, recursive=True)
    print(iter(it) is it, len(list(it)))
    print(bshow(glob.glob(os.path.join(base, "*.py").encode())), bshow(glob.glob(b"sub?", root_dir=base.encode())))
    print(bshow(glob.glob(os.path.join(base, "**", "*.py").encode(), recursive=True)))

    # the escaped names of files with magic characters
    for name in ["[ab].txt", "a*b.txt", "q?.md", "x[y]"]:
        e = glob.escape(name)
        print(name, e, show(glob.glob(os.path.join(base, e))), show(glob.glob(e, root_dir=base)))
    print(glob.escape("/a/*b/[c]?d"), glob.escape(b"x*y[z]?"), glob.escape(""), glob.escape("plain"))
    print(glob.has_magic("abc"), glob.has_magic("a*"), glob.has_magic("a?"), glob.has_magic("a[b]"),
          glob.has_magic("a]"), glob.has_magic(b"x*"), glob.has_magic(b"x"))
    print(glob.glob(""), glob.glob("", root_dir=base), glob.glob("**", root_dir=os.path.join(base, "empty"), recursive=True))
    print(show(glob.glob1(base, "*.py")), show(glob.glob0(base, "a.txt")), show(glob.glob0(base, "zzz")))
    print(sorted(glob.__all__))

    # odd shapes: doubled slashes, '..', missing roots, a file used as a directory, mixed str/bytes
    print(show(glob.glob(os.path.join(base, "sub1") + "//*.py")), show(glob.glob("**//x.py", root_dir=base, recursive=True)))
    print(show(glob.glob("*/..", root_dir=base)), show(glob.glob("sub1/deep/..", root_dir=base)))
    print(glob.glob("**", root_dir=os.path.join(base, "nope"), recursive=True), glob.glob("*", root_dir=os.path.join(base, "a.txt")))
    print(show(glob.glob("nope/**", root_dir=base, recursive=True)), show(glob.glob("a.txt/*", root_dir=base)))
    print(show(glob.glob(base + "/sub1/.*")), show(glob.glob(base + "/sub1/**/.*", recursive=True)))
    print(show(glob.glob("**/*", root_dir=base, recursive=True, include_hidden=True)))
    print(bshow(glob.glob1(base.encode(), b"*.py")), bshow(glob.glob0(base.encode(), b"c.py")), glob.glob0(base, ""))
    print(attempt(glob.glob, b"*", root_dir=base), attempt(glob.glob, "*", root_dir=base.encode()),
          attempt(glob.glob, b"a.txt", root_dir=base))
    print(attempt(glob.glob, PathLike("x")), attempt(glob.glob, 1), attempt(glob.glob, "*", root_dir=1))
    print(attempt(glob.escape, PathLike("a*")), attempt(glob.escape, 1), attempt(glob.has_magic, 1),
          attempt(glob.has_magic, bytearray(b"[")), attempt(glob.has_magic, PathLike("*")))
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        os.rmdir(top)
print(os.path.exists(base))
