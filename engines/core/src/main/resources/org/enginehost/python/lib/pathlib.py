"""Object-oriented file-system paths for Enginehost (the CPython 3.11 `pathlib` API, written from
its documentation), POSIX flavour only.

A pure path is an anchor ('', '/' or '//') plus a tuple of names; it never touches the file system.
Path (PosixPath) adds the operations that do, built on the interpreter's os and os.path.

Not supported, each raising NotImplementedError with a message saying why:
- PureWindowsPath and WindowsPath (only POSIX paths are implemented);
- the operations the interpreter's os has no primitive for: chmod/lchmod, readlink, symlink_to,
  hardlink_to/link_to, owner/group (no pwd/grp), touch() of an existing file (no os.utime),
  touch() with a mode other than the default, and resolve() of a path that goes through a
  symbolic link (no os.readlink to follow it)."""

import fnmatch
import os
import stat as _stat
import warnings
from collections.abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_SEP = "/"

# errno values meaning "there is nothing there" for the is_*() and exists() queries:
# ENOENT, EBADF, ENOTDIR, ELOOP (the interpreter has no errno module).
_NOTHING_THERE = frozenset((2, 9, 20, 40))

# Bytes that as_uri() leaves unquoted: letters, digits, "_.-~" and the separator.
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")

_WILDCARD_CHARS = "*?["


# ---------------------------------------------------------------------------------------------
# Parsing path strings


def _segment_text(segment):
    """The str a constructor argument stands for (a path, a str or an os.PathLike giving str)."""
    if isinstance(segment, PurePath):
        return str(segment)
    text = os.fspath(segment)
    if isinstance(text, str):
        return str(text)
    raise TypeError("argument should be a str object or an os.PathLike object returning str, "
                    "not %r" % (type(text),))


def _split_anchor(text):
    """(anchor, rest): POSIX keeps exactly two leading slashes, any other number means one."""
    if not text.startswith(_SEP):
        return "", text
    rest = text.lstrip(_SEP)
    return ("//" if len(text) - len(rest) == 2 else _SEP), rest


def _names_in(rest):
    """The names of a relative path string; empty names and '.' are dropped, '..' is kept."""
    return [name for name in rest.split(_SEP) if name and name != "."]


def _parse(texts):
    """(anchor, names) for path strings joined left to right; an absolute one starts afresh."""
    anchor = ""
    names = []
    for text in texts:
        head, rest = _split_anchor(text)
        if head:
            anchor = head
            names = []
        names.extend(_names_in(rest))
    return anchor, names


def _check_name_text(value):
    # The errors CPython 3.11 gives for a non-str name or pattern (its parser indexes the value).
    if isinstance(value, str):
        return
    if isinstance(value, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("%r object is not subscriptable" % type(value).__name__)


def _fsencode(text):
    # UTF-8 is the file-system encoding on the platforms this interpreter runs on.
    return text.encode("utf-8", "surrogateescape")


def _quote_uri(data):
    return "".join(chr(b) if b in _URI_SAFE else "%%%02X" % b for b in data)


# ---------------------------------------------------------------------------------------------
# Pure paths


class _PathParents(Sequence):
    """The ancestors of a path, nearest first, as an immutable sequence."""

    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        count = len(self)
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        path = self._path
        return path._with_names(path._names[:count - 1 - index])

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path as a string computation only; PurePath(...) makes a PurePosixPath here."""

    __slots__ = ("_anchor", "_names", "_text")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_segments(args)

    # -- construction helpers --

    @classmethod
    def _from_segments(cls, segments):
        anchor, names = _parse([_segment_text(s) for s in segments])
        return cls._from_anchor_names(anchor, names)

    @classmethod
    def _from_anchor_names(cls, anchor, names):
        self = object.__new__(cls)
        self._anchor = anchor
        self._names = tuple(names)
        self._text = None
        return self

    def _with_names(self, names):
        return self._from_anchor_names(self._anchor, names)

    def _make_child_relpath(self, name):
        return self._from_anchor_names(self._anchor, self._names + (name,))

    def _joined(self, segments):
        texts = [str(self)] + [_segment_text(s) for s in segments]
        return self._from_anchor_names(*_parse(texts))

    # -- string forms --

    def __str__(self):
        if self._text is None:
            self._text = (self._anchor + _SEP.join(self._names)) or "."
        return self._text

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return _fsencode(str(self))

    def __reduce__(self):
        return (type(self), self.parts)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self)

    def as_uri(self):
        """The path as a 'file:' URI (the path must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote_uri(bytes(self))

    # -- comparison --

    @property
    def _key(self):
        return self.parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        return hash(self._key)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key < other._key

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key <= other._key

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key > other._key

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key >= other._key

    # -- joining --

    def __truediv__(self, key):
        try:
            return self._joined((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_segments((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        """This path with each argument appended in turn (an absolute one replaces it)."""
        return self._joined(args)

    # -- components --

    @property
    def drive(self):
        """Always '' for POSIX paths."""
        return ""

    @property
    def root(self):
        """'/' (or '//') for an absolute path, else ''."""
        return self._anchor

    @property
    def anchor(self):
        """Drive and root together."""
        return self._anchor

    @property
    def parts(self):
        """The components as a tuple, the anchor first when there is one."""
        if self._anchor:
            return (self._anchor,) + self._names
        return self._names

    @property
    def parent(self):
        """The path without its last name (the anchor, or '.', is its own parent)."""
        if not self._names:
            return self if self._anchor else self._with_names(())
        return self._with_names(self._names[:-1])

    @property
    def parents(self):
        """The ancestors of the path as a sequence, nearest first."""
        return _PathParents(self)

    @property
    def name(self):
        """The last name, or '' when there is none."""
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        """The extension of the last name (from its last dot), or ''."""
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        """All the extensions of the last name, in order."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + piece for piece in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """The last name without its suffix."""
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    def with_name(self, name):
        """This path with the last name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name:
            raise ValueError("Invalid name %r" % (name,))
        _check_name_text(name)
        anchor, names = _parse([name])
        if name.endswith(_SEP) or anchor or len(names) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._with_names(self._names[:-1] + (name,))

    def with_stem(self, stem):
        """This path with the stem of the last name replaced (its suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the suffix replaced, added, or removed (suffix '')."""
        if _SEP in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        stem = name[:len(name) - len(old)] if old else name
        return self._with_names(self._names[:-1] + (stem + suffix,))

    # -- relations --

    def is_absolute(self):
        """True if the path has a root."""
        return bool(self._anchor)

    def is_reserved(self):
        """Always False: POSIX reserves no names."""
        return False

    def relative_to(self, *other):
        """This path relative to the path the arguments make; ValueError when it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        base_anchor, base_names = _parse([_segment_text(s) for s in other])
        base_parts = ([base_anchor] if base_anchor else []) + base_names
        own_parts = list(self.parts)
        if base_parts:
            inside = own_parts[:len(base_parts)] == base_parts
        else:
            inside = not self._anchor
        if not inside:
            base_text = base_anchor + _SEP.join(base_names)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the "
                             "other is absolute.".format(str(self), base_text))
        return self._from_anchor_names("", own_parts[len(base_parts):])

    def is_relative_to(self, *other):
        """True if relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        """True if the path matches the glob-style pattern, compared from the right (from the
        left too when the pattern is absolute)."""
        if path_pattern:
            _check_name_text(path_pattern)
        pattern_anchor, pattern_names = _parse([path_pattern] if path_pattern else [])
        if not pattern_anchor and not pattern_names:
            raise ValueError("empty pattern")
        if pattern_anchor:
            if pattern_anchor != self._anchor or len(pattern_names) != len(self._names):
                return False
        elif len(pattern_names) > len(self.parts):
            return False
        for name, pattern in zip(reversed(self.parts), reversed(pattern_names)):
            if not fnmatch.fnmatchcase(name, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths: not implemented by this interpreter (POSIX only)."""

    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by this interpreter's pathlib "
                                  "(only POSIX paths are implemented)")


# ---------------------------------------------------------------------------------------------
# Glob matching on the file system


def _nothing_there(err, text):
    """True if the OSError err from looking at text only says that nothing is there."""
    if err.errno in _NOTHING_THERE:
        return True
    # The interpreter reports some ENOTDIR failures as a plain OSError without errno; treat it as
    # "nothing there" only when the path really cannot be reached.
    return err.errno is None and type(err) is OSError and not os.path.lexists(text)


def _has_wildcard(pattern):
    return any(c in pattern for c in _WILDCARD_CHARS)


def _check_glob_names(names):
    if not names:
        # CPython 3.11 fails this way for a pattern without components, such as '.'.
        raise IndexError("tuple index out of range")
    for name in names:
        if "**" in name and name != "**":
            raise ValueError("Invalid pattern: '**' can only be an entire path component")


def _glob_names(pattern):
    """The pattern components of a relative glob pattern; a trailing '/' adds an empty last
    component, which keeps only directories."""
    anchor, names = _parse([pattern])
    if anchor:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern.endswith(_SEP):
        names.append("")
    return names


def _glob_from(start, names):
    """The matches of the pattern components below the directory start."""
    if not start.is_dir():
        return
    yield from _select(start, tuple(names))


def _select(path, names):
    if not names or not names[0]:
        yield path
        return
    head, rest = names[0], names[1:]
    if head == "**":
        yield from _select_recursive(path, rest)
    elif _has_wildcard(head):
        yield from _select_wildcard(path, head, rest)
    else:
        yield from _select_exact(path, head, rest)


def _select_exact(path, name, rest):
    try:
        child = path._make_child_relpath(name)
        if child.is_dir() if rest else child.exists():
            yield from _select(child, rest)
    except PermissionError:
        return


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as err:
        if not _nothing_there(err, entry.path):
            raise
        return False


def _select_wildcard(path, pattern, rest):
    try:
        with os.scandir(str(path)) as listing:
            entries = list(listing)
        for entry in entries:
            if rest and not _entry_is_dir(entry):
                continue
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield from _select(path._make_child_relpath(entry.name), rest)
    except PermissionError:
        return


def _walk_dirs(path):
    """path and every directory below it (symbolic links to directories are not followed)."""
    yield path
    try:
        with os.scandir(str(path)) as listing:
            entries = list(listing)
        for entry in entries:
            if _entry_is_dir(entry) and not entry.is_symlink():
                yield from _walk_dirs(path._make_child_relpath(entry.name))
    except PermissionError:
        return


def _select_recursive(path, rest):
    seen = set()
    try:
        for start in _walk_dirs(path):
            for found in _select(start, rest):
                if found not in seen:
                    seen.add(found)
                    yield found
    except PermissionError:
        return


# ---------------------------------------------------------------------------------------------
# Concrete paths


def _step_into(walked, name):
    """The path string walked extended by name, a '..' taking the last name off when it can
    (a relative walk keeps its leading '..' names, as realpath does)."""
    if name != "..":
        return os.path.join(walked, name) if walked else name
    head, last = os.path.split(walked)
    if not last:
        return walked if walked else ".."
    if last == "..":
        return os.path.join(walked, "..")
    return head


def _missing_primitive(what):
    return NotImplementedError("%s not available on this system" % what)


class Path(PurePath):
    """A path on the file system; Path(...) makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if issubclass(cls, PureWindowsPath):
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._from_segments(args)

    def __enter__(self):
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    # -- places --

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (from HOME)."""
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute with the current directory (not normalised)."""
        if self.is_absolute():
            return self
        return self._from_segments((os.getcwd(), self))

    def resolve(self, strict=False):
        """This path made absolute with '..' worked out; with strict=True every step must exist."""
        walked = _SEP if self._anchor else ""
        for name in self._names:
            walked = _step_into(walked, name)
            if name == "..":
                continue
            if strict:
                os.lstat(walked)
            # Without os.readlink a symbolic link on the way cannot be followed; it is refused
            # rather than answered lexically.
            if os.path.islink(walked):
                raise NotImplementedError("Path.resolve: cannot follow the symbolic link %r "
                                          "(os.readlink() not available on this system)" % walked)
        return self._from_segments((os.path.abspath(walked or os.curdir),))

    def expanduser(self):
        """This path with a leading '~' replaced by the home directory."""
        if self._anchor or not self._names or not self._names[0].startswith("~"):
            return self
        home = os.path.expanduser(self._names[0])
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self._from_segments((home,) + self._names[1:])

    # -- status --

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path (a symbolic link itself)."""
        return self.stat(follow_symlinks=False)

    def _mode_or_none(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as err:
            if not _nothing_there(err, str(self)):
                raise
        except ValueError:
            pass
        return None

    def _mode_is(self, test, follow_symlinks=True):
        mode = self._mode_or_none(follow_symlinks)
        return mode is not None and test(mode)

    def exists(self):
        """True if the path points to something."""
        return self._mode_or_none() is not None

    def is_dir(self):
        return self._mode_is(_stat.S_ISDIR)

    def is_file(self):
        return self._mode_is(_stat.S_ISREG)

    def is_symlink(self):
        return self._mode_is(_stat.S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        return self._mode_is(_stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_is(_stat.S_ISCHR)

    def is_fifo(self):
        return self._mode_is(_stat.S_ISFIFO)

    def is_socket(self):
        return self._mode_is(_stat.S_ISSOCK)

    def is_mount(self):
        """True if the path is a mount point (a directory on another device than its parent,
        or the root)."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent = self.parent.stat()
        except OSError:
            return False
        own = self.stat()
        return own.st_dev != parent.st_dev or own.st_ino == parent.st_ino

    def samefile(self, other_path):
        """True if other_path (a path or a string) is the same file as this one."""
        own = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = type(self)(other_path).stat()
        return own.st_ino == other.st_ino and own.st_dev == other.st_dev

    def owner(self):
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system") from None
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system") from None
        return grp.getgrgid(self.stat().st_gid).gr_name

    # -- directories --

    def iterdir(self):
        """The entries of this directory as paths, in listing order."""
        for name in os.listdir(str(self)):
            if name not in (".", ".."):
                yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The existing paths below this directory matching the relative pattern ('**' crosses
        directories), in listing order."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        names = _glob_names(pattern)
        _check_glob_names(names)
        yield from _glob_from(self, names)

    def rglob(self, pattern):
        """glob() with '**/' put in front of the pattern."""
        names = ["**"] + _glob_names(pattern)
        _check_glob_names(names)
        yield from _glob_from(self, names)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create this directory (and missing parents with parents=True)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove this (empty) directory."""
        os.rmdir(str(self))

    # -- files --

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the builtin open() does."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write a bytes-like object to the file (replacing it); the number of bytes written."""
        content = bytes(memoryview(data))
        with self.open("wb") as f:
            return f.write(content)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write a str to the file (replacing it); the number of characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (FileExistsError if it exists and not exist_ok)."""
        if mode != 0o666:
            raise NotImplementedError("Path.touch: a mode other than 0o666 is not supported "
                                      "(os.open() not available on this system)")
        if exist_ok and self.exists():
            utime = getattr(os, "utime", None)
            if utime is None:
                raise NotImplementedError("Path.touch: cannot update the times of an existing file "
                                          "(os.utime() not available on this system)")
            utime(str(self), None)
            return
        open(str(self), "x" if not exist_ok else "a").close()

    def unlink(self, missing_ok=False):
        """Remove this file (no error for a missing one with missing_ok=True)."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename this file or directory to target; the new path."""
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        """Rename to target, replacing an existing file there; the new path."""
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    # -- operations the interpreter's os has no primitive for --

    def chmod(self, mode, *, follow_symlinks=True):
        chmod = getattr(os, "chmod", None)
        if chmod is None:
            raise _missing_primitive("os.chmod()")
        chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def readlink(self):
        readlink = getattr(os, "readlink", None)
        if readlink is None:
            raise _missing_primitive("os.readlink()")
        return type(self)(readlink(str(self)))

    def symlink_to(self, target, target_is_directory=False):
        symlink = getattr(os, "symlink", None)
        if symlink is None:
            raise _missing_primitive("os.symlink()")
        symlink(os.fspath(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        link = getattr(os, "link", None)
        if link is None:
            raise _missing_primitive("os.link()")
        link(os.fspath(target), str(self))

    def link_to(self, target):
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled to be removed in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        type(self)(target).hardlink_to(self)


class PosixPath(Path, PurePosixPath):
    """A concrete path with POSIX rules."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths: cannot be instantiated here."""

    __slots__ = ()
