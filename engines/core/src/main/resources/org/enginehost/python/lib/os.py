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
