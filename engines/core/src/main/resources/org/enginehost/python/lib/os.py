"""Operating-system interfaces (CPython 3.11's os, the portable core): names, os.path (posixpath),
directory listing and creation, removal and renaming, os.environ/getenv, cpu_count, urandom.
File-system access needs the interpreter's file-read / file-write permission, environment access
its environment permission; without it the call raises PermissionError."""

import sys
import _os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"

getcwd = _os.getcwd
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.unlink
rename = _os.rename
replace = _os.rename
cpu_count = _os.cpu_count
urandom = _os.urandom
getpid = _os.getpid


class stat_result(tuple):
    """The status of a file: ten integers as a tuple (times in whole seconds), and as attributes
    (st_atime/st_mtime/st_ctime as float seconds, st_*time_ns as integer nanoseconds)."""

    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(fields)}-sequence given)")
        return tuple.__new__(cls, fields[:10])

    def __repr__(self):
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"os.stat_result({shown})"

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def _field(index):
    return property(lambda self: self[index])


for _i, _n in enumerate(stat_result._names[:7]):
    setattr(stat_result, _n, _field(_i))
del _i, _n


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = raw
    result = stat_result((mode, ino, dev, nlink, uid, gid, size, atime // 10**9, mtime // 10**9, ctime // 10**9))
    # The float and nanosecond times are attributes only, as in CPython's structseq.
    result.__dict__.update(st_atime=atime / 10**9, st_mtime=mtime / 10**9, st_ctime=ctime / 10**9,
                           st_atime_ns=atime, st_mtime_ns=mtime, st_ctime_ns=ctime)
    return result


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of a file (follows symbolic links unless follow_symlinks is false)."""
    if dir_fd is not None:
        raise NotImplementedError("os.stat: dir_fd is not supported (this interpreter's os has no file descriptors)")
    return _make_stat(_os.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The status of a file, of a symbolic link itself rather than what it points to."""
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


class DirEntry:
    """One entry of a directory listing by scandir(): its name, its path, and its kind."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (not path.islink(self.path) and path.isdir(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (not path.islink(self.path) and path.isfile(self.path))

    def is_symlink(self):
        return path.islink(self.path)


class _ScandirIterator:
    """The iterator scandir() returns; a context manager, as in CPython."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of a directory."""
    directory = fspath(path)
    return _ScandirIterator(directory, listdir(directory))


def fspath(p):
    """Return the file system representation of the path."""
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = fs(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}")


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else files).append(n)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        sub = path.join(top, d)
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def getenv(key, default=None):
    """The environment variable key if it exists, else default (needs the environment permission)."""
    return __getattr__("environ").get(key, default)


def __getattr__(attr):
    # os.environ is read on first use, so a script without the environment permission can still
    # import os; the check happens in _os.environ().
    if attr == "environ":
        env = globals().get("_environ")
        if env is None:
            env = _os.environ()
            globals()["_environ"] = env
        return env
    raise AttributeError(f"module 'os' has no attribute '{attr}'")
