"""Path operations on POSIX path strings (os.path). The arithmetic on names is pure; the queries
that look at the file system (exists, isfile, isdir, islink, getsize, abspath, realpath, relpath)
need the file-read permission, like open()."""

import _os

__all__ = ["sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "defpath", "devnull",
           "join", "split", "splitext", "splitdrive", "basename", "dirname", "isabs", "normpath",
           "normcase", "abspath", "realpath", "relpath", "commonprefix", "commonpath",
           "exists", "lexists", "isfile", "isdir", "islink", "getsize", "getatime", "getmtime",
           "getctime", "expanduser"]

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

exists = _os.exists
isfile = _os.isfile
isdir = _os.isdir
islink = _os.islink
getsize = _os.getsize


def _time_of(filename, field):
    return _os.stat(_text(filename, "stat"), True)[field] / 10**9


def getatime(filename):
    """The time of last access of a file, in seconds since the epoch."""
    return _time_of(filename, 7)


def getmtime(filename):
    """The time of last modification of a file, in seconds since the epoch."""
    return _time_of(filename, 8)


def getctime(filename):
    """The time of the last status change of a file, in seconds since the epoch."""
    return _time_of(filename, 9)


def _text(p, fname):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is not None:
        r = fspath(p)
        if isinstance(r, str):
            return r
    raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike object, not '{type(p).__name__}'"
                    if fname in ("join",) else
                    f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def lexists(path):
    return _os.exists(path) or _os.islink(path)


def normcase(s):
    return _text(s, "normcase")


def isabs(s):
    return _text(s, "isabs").startswith("/")


def join(a, *p):
    if not isinstance(a, str):
        a = _text(a, "join")
    path = a
    for part in p:
        if not isinstance(part, str):
            part = _text(part, "join")
        if part.startswith("/"):
            path = part
        elif path == "" or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def split(p):
    p = _text(p, "split")
    cut = p.rfind("/") + 1
    head, tail = p[:cut], p[cut:]
    if head.strip("/"):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _text(p, "splitext")
    last_sep = p.rfind("/")
    dot = p.rfind(".")
    if dot > last_sep:
        # leading dots of the file name do not start an extension
        name_start = last_sep + 1
        if p[name_start:dot].strip("."):
            return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    p = _text(p, "splitdrive")
    return p[:0], p


def basename(p):
    p = _text(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _text(path, "normpath")
    if path == "":
        return "."
    if path.startswith("/"):
        # POSIX keeps exactly two leading slashes; one or three-plus become one
        lead = 2 if path.startswith("//") and not path.startswith("///") else 1
    else:
        lead = 0
    parts = []
    for comp in path.split("/"):
        if comp == "" or comp == ".":
            continue
        if comp == "..":
            if parts and parts[-1] != "..":
                parts.pop()
                continue
            if lead:
                continue
        parts.append(comp)
    out = "/" * lead + "/".join(parts)
    return out if out else "."


def abspath(path):
    path = _text(path, "abspath")
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    path = _text(path, "relpath")
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _text(start, "relpath")
    start_parts = [x for x in abspath(start).split("/") if x]
    path_parts = [x for x in abspath(path).split("/") if x]
    common = 0
    while common < min(len(start_parts), len(path_parts)) and start_parts[common] == path_parts[common]:
        common += 1
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(_text(x, "commonprefix") for x in m)
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(_text(p, "commonpath") for p in paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ("/" if paths[0].startswith("/") else "") + "/".join(common)


def expanduser(path):
    path = _text(path, "expanduser")
    if not path.startswith("~"):
        return path
    cut = path.find("/", 1)
    if cut < 0:
        cut = len(path)
    if cut != 1:
        raise NotImplementedError("expanduser of another user's home (~name) is not supported yet")
    home = _os.environ().get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[cut:]) or "/"
