# The stat module's constants and mode tests, and os.stat / os.lstat / os.scandir / os.getpid and
# os.path's times on a small tree made (and removed) in the working directory.
import stat
names = sorted(n for n in dir(stat) if not n.startswith('_'))
print(names)
print([(n, getattr(stat, n)) for n in names if isinstance(getattr(stat, n), int)])
modes = [0, 0o100644, 0o40755, 0o104755, 0o41777, 0o120777, 0o102644, 0o101644, 0o140000 | 0o40000, 0o20666, 0o60660, 0o10644, 0o140755, 0o107777, 0o100000]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f(m) for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)])

# os.stat, os.lstat, os.scandir and os.path's times on a small tree made here
import os

base = "085_tree_tmp"
os.mkdir(base)
try:
    with open(os.path.join(base, "a.txt"), "w") as f:
        f.write("hello")
    os.mkdir(os.path.join(base, "sub"))
    st = os.stat(os.path.join(base, "a.txt"))
    print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], st.st_mode == st[0], stat.S_ISREG(st.st_mode))
    print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[stat.ST_MTIME])
    print(abs(st.st_mtime - os.path.getmtime(os.path.join(base, "a.txt"))) < 1e-6,
          abs(st.st_atime - os.path.getatime(os.path.join(base, "a.txt"))) < 1e-6,
          abs(st.st_ctime - os.path.getctime(os.path.join(base, "a.txt"))) < 1e-6)
    print(stat.S_ISDIR(os.stat(os.path.join(base, "sub")).st_mode), stat.S_ISDIR(os.lstat(base).st_mode))
    print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="), tuple(st)[6])
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), os.fspath(e))
    print(entries[0].stat().st_size, entries[0].stat() is entries[0].stat())
    print(sorted(e.name for e in os.scandir(base)))
    print(isinstance(os.getpid(), int), os.getpid() > 0)
    for call in (lambda: os.stat(os.path.join(base, "missing")), lambda: os.path.getmtime("085_nothing")):
        try:
            call()
        except FileNotFoundError as e:
            print(type(e).__name__, e.errno, e.filename)
finally:
    os.remove(os.path.join(base, "a.txt"))
    os.rmdir(os.path.join(base, "sub"))
    os.rmdir(base)
print(os.path.exists(base))
