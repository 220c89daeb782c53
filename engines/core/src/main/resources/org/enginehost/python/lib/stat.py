"""Constants and tests for the mode bits of os.stat() results, for Enginehost (the CPython 3.11
`stat` API, written from its documentation; the values are those of Linux)."""

# Indexes of the fields of an os.stat_result used as a tuple.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# The file kinds (the S_IFMT part of a mode).
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
S_IFDOOR = 0      # Solaris and BSD kinds, absent on Linux
S_IFPORT = 0
S_IFWHT = 0

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD file flags (st_flags), defined everywhere.
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes), defined everywhere.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def S_IMODE(mode):
    """The permission bits of a mode (what os.chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-kind bits of a mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_KIND_LETTERS = {S_IFREG: "-", S_IFDIR: "d", S_IFLNK: "l", S_IFBLK: "b", S_IFCHR: "c", S_IFIFO: "p",
                 S_IFSOCK: "s"}


def _triplet(mode, read, write, execute, special, set_letter):
    """rwx for one class of users; the set-id or sticky bit shows in the x place, in lower case
    when execute is also set and upper case when it is not."""
    x = execute & mode
    if special & mode:
        x_letter = set_letter if x else set_letter.upper()
    else:
        x_letter = "x" if x else "-"
    return ("r" if read & mode else "-") + ("w" if write & mode else "-") + x_letter


def filemode(mode):
    """The mode as `ls -l` shows it, e.g. '-rw-r--r--' or 'drwxrwxrwt'."""
    return (_KIND_LETTERS.get(S_IFMT(mode), "?")
            + _triplet(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s")
            + _triplet(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s")
            + _triplet(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"))
