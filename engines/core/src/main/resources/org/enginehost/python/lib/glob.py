"""Unix-style path name expansion for Enginehost (the CPython 3.11 `glob` API, written from its
documentation).

Each component of a pattern is matched with fnmatch against the directory listing; `**` crosses
directories when recursive=True; names starting with a dot are matched only by patterns starting
with a dot, unless include_hidden=True. Results come in directory-listing order.

Not supported: dir_fd (the interpreter's os has no file descriptors) raises NotImplementedError.
The interpreter's os functions take only str paths, so bytes patterns are decoded like
os.fsdecode (UTF-8 with surrogateescape), matched as text, and the results encoded back."""

import fnmatch
import os

__all__ = ["escape", "glob", "iglob"]

_MAGIC_CHARS = "*?["


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of the existing paths that match pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the existing paths that match pathname.

    With root_dir, relative patterns are matched inside root_dir and the results are relative
    to it. With recursive=True a `**` component matches any number of directories (also none)."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported (this interpreter's os has no file descriptors)")
    if root_dir is None:
        root_dir = pathname[:0]
    else:
        root_dir = os.fspath(root_dir)
    return _expand(pathname, root_dir, recursive, include_hidden)


def escape(pathname):
    """pathname with each of the magic characters *, ? and [ wrapped in brackets, so it matches
    only itself."""
    pathname = os.fspath(pathname)
    if isinstance(pathname, bytes):
        magic = _MAGIC_CHARS.encode()
        return b"".join(b"[%c]" % b if b in magic else bytes((b,)) for b in pathname)
    return "".join("[" + c + "]" if c in _MAGIC_CHARS else c for c in pathname)


def has_magic(s):
    """True if s (str or bytes) contains a wildcard character."""
    if isinstance(s, str):
        return any(c in s for c in _MAGIC_CHARS)
    if isinstance(s, bytes):
        return any(c in s for c in _MAGIC_CHARS.encode())
    if isinstance(s, (bytearray, memoryview)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")


def glob0(dirname, pattern):
    """[pattern] if the literal name pattern exists in dirname, else []."""
    _check_same_kind(pattern, dirname)
    return list(_with_text_paths(pattern, _literal_name, dirname, pattern, False))


def glob1(dirname, pattern):
    """The non-hidden names in dirname that match the wildcard pattern."""
    _check_same_kind(pattern, dirname)
    return list(_with_text_paths(pattern, _matching_names, dirname, pattern, False, False))


# --- expansion (on str paths) ---

def _expand(pathname, root_dir, recursive, include_hidden):
    # the expansion of a pattern starting with `**` (or of '') begins with the empty path,
    # which stands for the root itself and is not reported
    skip_empty_first = not pathname or (recursive and _is_recursive(pathname[:2]))
    _check_same_kind(pathname, root_dir)
    paths = _with_text_paths(pathname, _iglob, pathname, root_dir, recursive, False, include_hidden)
    for index, path in enumerate(paths):
        if index == 0 and skip_empty_first and not path:
            continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    """The matches of pathname (relative to root_dir unless absolute); dironly keeps directories."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # nothing to expand: report the path itself if it exists
        if _literal_name(_join(root_dir, dirname), basename, dironly):
            yield pathname
        return
    if not dirname:
        yield from _names_matching(root_dir, basename, recursive, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        parents = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        parents = [dirname]
    for parent in parents:
        for name in _names_matching(_join(root_dir, parent), basename, recursive, dironly, include_hidden):
            yield os.path.join(parent, name)


def _names_matching(directory, pattern, recursive, dironly, include_hidden):
    """The names (or, for `**`, relative paths) under directory that match one pattern component."""
    if not has_magic(pattern):
        return _literal_name(directory, pattern, dironly)
    if recursive and _is_recursive(pattern):
        return _recursive_names(directory, dironly, include_hidden)
    return _matching_names(directory, pattern, dironly, include_hidden)


def _literal_name(directory, name, dironly):
    """[name] if it exists in directory; an empty name stands for the directory itself.

    dironly is taken for a uniform signature but not applied: like CPython, a literal last
    component is reported even when it is a file (a later listing of it just finds nothing)."""
    if name:
        found = _lexists(_join(directory, name))
    else:
        found = _isdir(directory)
    return [name] if found else []


def _matching_names(directory, pattern, dironly, include_hidden):
    names = _list_dir(directory, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _recursive_names(directory, dironly, include_hidden):
    """'' (the directory itself), then every path below directory, parents before children."""
    yield ""
    yield from _walk(directory, dironly, include_hidden)


def _walk(directory, dironly, include_hidden):
    for name in _list_dir(directory, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            for below in _walk(_join(directory, name), dironly, include_hidden):
                yield os.path.join(name, below)


# --- file-system helpers ---

def _list_dir(directory, dironly):
    """The names in directory ('' is the current directory); [] if it can't be listed."""
    where = directory or os.curdir
    try:
        names = os.listdir(where)
    except OSError as e:
        if e.errno is None:
            # not a file-system error but the interpreter refusing access (no file-read
            # permission): a silent empty result would hide that
            raise
        return []
    if dironly:
        names = [name for name in names if os.path.isdir(os.path.join(where, name))]
    return names


def _lexists(path):
    # the interpreter's os.path.exists('') is True; '' names no file
    return path != "" and os.path.lexists(path)


def _isdir(path):
    # the interpreter's os.path.isdir('') is True; '' names no directory
    return path != "" and os.path.isdir(path)


def _join(directory, name):
    if not directory or not name:
        return directory or name
    return os.path.join(directory, name)


def _is_hidden(name):
    return name[:1] == "."


def _is_recursive(pattern):
    return pattern in ("**", b"**")


# --- bytes paths ---

def _check_same_kind(pathname, other):
    """TypeError (as CPython reports it) when a str pattern meets a bytes directory or back."""
    if isinstance(pathname, str) and isinstance(other, bytes):
        if has_magic(pathname):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("Can't mix strings and bytes in path components")
    if isinstance(pathname, bytes) and isinstance(other, str):
        if has_magic(pathname):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("Can't mix strings and bytes in path components")


def _with_text_paths(pathname, function, *args):
    """function(*args), with bytes arguments decoded and the results encoded back when pathname
    is bytes (the interpreter's os functions take only str)."""
    if not isinstance(pathname, bytes):
        return function(*args)
    text_args = [_fsdecode(a) if isinstance(a, bytes) else a for a in args]
    return map(_fsencode, function(*text_args))


def _fsdecode(path):
    # os.fsdecode on a UTF-8 file system
    return path.decode("utf-8", "surrogateescape")


def _fsencode(path):
    # os.fsencode on a UTF-8 file system; the interpreter's codecs lack the surrogateescape
    # encoder, so the escaped bytes (U+DC80..U+DCFF) are turned back by hand
    try:
        return path.encode("utf-8")
    except UnicodeEncodeError:
        return b"".join(_encode_char(c) for c in path)


def _encode_char(c):
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:
        return bytes((code - 0xDC00,))
    return c.encode("utf-8")
