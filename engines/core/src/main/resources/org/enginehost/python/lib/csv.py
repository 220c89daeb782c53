"""CSV file reading and writing for Enginehost (the CPython 3.11 `csv` API, written from its documentation).

reader() and writer() turn lines of text into lists of fields and back, following a dialect: a set of
formatting parameters (delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
quoting, strict). DictReader and DictWriter work with rows as dictionaries.  Sniffer is not provided.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_NEWLINES = "\r\n"
_NEWLINE_IN_FIELD = ("new-line character seen in unquoted field - "
                     "do you need to open the file in universal-newline mode?")
_C_INT_MAX = 2 ** 31 - 1
_C_LONG_MAX = 2 ** 63 - 1
_MISSING = object()


class Error(Exception):
    """Raised for malformed CSV data and for misuse of the csv functions."""
    __module__ = "_csv"


# ---------------------------------------------------------------------------------------------
# Dialect parameters: checked once, then frozen in a _Params object (shown as `_csv.Dialect`)

# (name, default) in the order the parameters are looked up; this order decides which error a
# caller sees when several parameters are wrong at once
_PARAM_DEFAULTS = (
    ("delimiter", ","),
    ("doublequote", True),
    ("escapechar", None),
    ("lineterminator", "\r\n"),
    ("quotechar", '"'),
    ("quoting", QUOTE_MINIMAL),
    ("skipinitialspace", False),
    ("strict", False),
)
_PARAM_NAMES = tuple(name for name, _ in _PARAM_DEFAULTS)


class _Params:
    """A checked, read-only set of formatting parameters (what reader.dialect returns)."""
    __qualname__ = "Dialect"
    __module__ = "_csv"
    __slots__ = ("_values",)

    def __init__(self, values):
        object.__setattr__(self, "_values", values)

    def __setattr__(self, name, value):
        if name in _PARAM_NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    delimiter = property(lambda self: self._values["delimiter"])
    doublequote = property(lambda self: self._values["doublequote"])
    escapechar = property(lambda self: self._values["escapechar"])
    lineterminator = property(lambda self: self._values["lineterminator"])
    quotechar = property(lambda self: self._values["quotechar"])
    quoting = property(lambda self: self._values["quoting"])
    skipinitialspace = property(lambda self: self._values["skipinitialspace"])
    strict = property(lambda self: self._values["strict"])


_Params.__name__ = "Dialect"


def _check_char(name, value, optional):
    """A one-character string (or None when optional), else the TypeError CPython raises."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        kinds = "string or None" if optional else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, kinds, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _check_quoting(value):
    # only a true int will do (not bool, not an int subclass)
    if type(value) is not int:
        raise TypeError('"quoting" must be an integer')
    if not -_C_INT_MAX - 1 <= value <= _C_INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _check_param(name, value):
    """One parameter converted to its stored form (type and length checks only)."""
    if name in ("doublequote", "skipinitialspace", "strict"):
        return bool(value)
    if name == "delimiter":
        return _check_char(name, value, optional=False)
    if name in ("escapechar", "quotechar"):
        return _check_char(name, value, optional=True)
    if name == "lineterminator":
        if value is not None and not isinstance(value, str):
            raise TypeError('"lineterminator" must be a string')
        return value
    return _check_quoting(value)


def _check_consistency(values):
    """The checks that look at the parameters together, once each one is valid alone."""
    if values["quoting"] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if values["quotechar"] is None and values["quoting"] != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    if values["lineterminator"] is None:
        raise TypeError("lineterminator must be set")


def _make_params(dialect, overrides):
    """Parameters from a dialect (registered name, object with attributes, or None) and keyword overrides."""
    for name in overrides:
        if name not in _PARAM_NAMES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Params) and not overrides:
        return dialect
    values = {}
    for name, default in _PARAM_DEFAULTS:
        if name == "quoting" and values["quotechar"] is None:
            # with no quote character and no quoting given, nothing is quoted
            default = QUOTE_NONE
        if name in overrides:
            value = overrides[name]
        elif dialect is not None:
            value = getattr(dialect, name, default)
        else:
            value = default
        values[name] = _check_param(name, value)
    _check_consistency(values)
    return _Params(values)


def _split_dialect_args(args, kwargs):
    """(first argument, dialect) from reader()/writer()/register_dialect() style arguments."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = args[1] if len(args) == 2 else kwargs.pop("dialect", None)
    return args[0], dialect


# ---------------------------------------------------------------------------------------------
# The dialect registry and the field size limit

_dialects = {}
_field_limit = [131072]


def register_dialect(*args, **kwargs):
    """Register a dialect under a name, built from an optional dialect and keyword parameters."""
    name, dialect = _split_dialect_args(args, kwargs)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_params(dialect, kwargs)


def unregister_dialect(name=_MISSING):
    """Remove a registered dialect."""
    if name is _MISSING:
        raise TypeError("unregister_dialect() missing required argument 'name' (pos 1)")
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name=_MISSING):
    """The dialect registered under name."""
    if name is _MISSING:
        raise TypeError("get_dialect() missing required argument 'name' (pos 1)")
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects(*args):
    """The names of all registered dialects."""
    if args:
        raise TypeError("_csv.list_dialects() takes no arguments (%d given)" % len(args))
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Return the largest field the reader accepts; with an argument, also set a new limit."""
    for name in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % name)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit[0]
    if args:
        limit = args[0]
        if type(limit) is not int:
            raise TypeError("limit must be an integer")
        if not -_C_LONG_MAX - 1 <= limit <= _C_LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit[0] = limit
    return old


# ---------------------------------------------------------------------------------------------
# Reading
#
# A record is read line by line.  Within a line, each field is found by searching for the next
# character that matters (str.find), never by stepping through characters one at a time.
# Between lines the parser only needs to remember where it stopped:

_RECORD_START = 0     # nothing read yet for this record
_FIELD_START = 1      # just after a delimiter
_UNQUOTED = 2         # inside an unquoted field; the end of the line ends the field
_UNQUOTED_HELD = 3    # inside an unquoted field after an escaped CR/LF; the end of the line does not end it
_QUOTED = 4           # inside a quoted field


def _first_of(line, chars, start, ahead):
    """Index of the first of chars in line at or after start (len(line) if none).

    ahead caches where each character was last found, so a line is searched only once per
    character however many fields it holds.
    """
    best = len(line)
    for ch in chars:
        pos = ahead.get(ch, -1)
        if pos < start:
            pos = line.find(ch, start)
            if pos < 0:
                pos = len(line)
            ahead[ch] = pos
        if pos < best:
            best = pos
    return best


def _only_newlines_from(line, pos):
    """Check that a record really ends at line[pos]: nothing but CR/LF may follow."""
    if line[pos:].strip(_NEWLINES):
        raise Error(_NEWLINE_IN_FIELD)


class _RecordParser:
    """Collects the fields of one record from successive lines."""

    def __init__(self, params):
        values = params._values
        self.delimiter = values["delimiter"]
        self.escapechar = values["escapechar"]
        self.quotechar = None if values["quoting"] == QUOTE_NONE else values["quotechar"]
        self.doublequote = values["doublequote"]
        self.skipinitialspace = values["skipinitialspace"]
        self.strict = values["strict"]
        self.nonnumeric = values["quoting"] == QUOTE_NONNUMERIC
        self.unquoted_stops = tuple(_unique([self.delimiter, self.escapechar, "\r", "\n"]))
        self.quoted_stops = tuple(_unique([self.quotechar, self.escapechar]))
        self.reset()

    def reset(self):
        self.fields = []
        self.pieces = []
        self.size = 0
        self.numeric = False
        self.state = _RECORD_START

    # -- building the current field

    def add(self, text):
        if text:
            self.size += len(text)
            limit = _field_limit[0]
            if self.size > limit:
                raise Error("field larger than field limit (%d)" % limit)
            self.pieces.append(text)

    def end_field(self):
        text = "".join(self.pieces)
        self.pieces = []
        self.size = 0
        if self.numeric:
            self.numeric = False
            self.fields.append(float(text))
        else:
            self.fields.append(text)

    def end_of_input(self):
        """The lines ran out in the middle of a record: keep what was read, unless strict."""
        if self.strict:
            raise Error("unexpected end of data")
        self.end_field()

    # -- scanning one line; each returns True when the record is complete

    def feed(self, line):
        if self.state == _RECORD_START:
            if not line or line[0] in _NEWLINES:
                _only_newlines_from(line, 0)
                return True
            self.state = _FIELD_START
        pos = 0
        while True:
            state = self.state
            if state == _FIELD_START:
                pos = self.start_field(line, pos)
            elif state == _QUOTED:
                pos = self.scan_quoted(line, pos)
            else:
                pos = self.scan_unquoted(line, pos)
            if pos < 0:
                # -1: the record ended with this line; -2: it goes on in the next line
                return pos == -1

    def finish_record(self, line, pos):
        self.end_field()
        _only_newlines_from(line, pos)
        return -1

    def start_field(self, line, pos):
        n = len(line)
        if self.skipinitialspace:
            while pos < n and line[pos] == " ":
                pos += 1
        if pos == n or line[pos] in _NEWLINES:
            return self.finish_record(line, pos)
        ch = line[pos]
        if ch == self.quotechar:
            self.state = _QUOTED
            return pos + 1
        if ch == self.escapechar:
            self.state = _UNQUOTED
            return self.take_escaped(line, pos + 1)
        if ch == self.delimiter:
            self.end_field()
            return pos + 1
        self.numeric = self.nonnumeric
        self.state = _UNQUOTED
        return pos

    def take_escaped(self, line, pos):
        """Add the character escaped in an unquoted field (a line end stands for a newline)."""
        if pos == len(line):
            self.add("\n")
            return -2
        ch = line[pos]
        self.add(ch)
        if ch in _NEWLINES:
            self.state = _UNQUOTED_HELD
        return pos + 1

    def scan_unquoted(self, line, pos):
        stop = _first_of(line, self.unquoted_stops, pos, self.ahead)
        self.add(line[pos:stop])
        if stop == len(line):
            if self.state == _UNQUOTED_HELD:
                return -2
            self.end_field()
            return -1
        ch = line[stop]
        if ch in _NEWLINES:
            return self.finish_record(line, stop)
        if ch == self.escapechar:
            self.state = _UNQUOTED
            return self.take_escaped(line, stop + 1)
        self.end_field()
        self.state = _FIELD_START
        return stop + 1

    def scan_quoted(self, line, pos):
        n = len(line)
        stop = _first_of(line, self.quoted_stops, pos, self.ahead)
        self.add(line[pos:stop])
        if stop == n:
            return -2
        if line[stop] == self.escapechar:
            if stop + 1 == n:
                self.add("\n")
                return -2
            self.add(line[stop + 1])
            return stop + 2
        return self.after_closing_quote(line, stop + 1)

    def after_closing_quote(self, line, pos):
        if not self.doublequote:
            self.state = _UNQUOTED
            return pos
        if pos == len(line):
            self.end_field()
            return -1
        ch = line[pos]
        if ch == self.quotechar:
            self.add(ch)
            return pos + 1
        if ch == self.delimiter:
            self.end_field()
            self.state = _FIELD_START
            return pos + 1
        if ch in _NEWLINES:
            return self.finish_record(line, pos)
        if self.strict:
            raise Error("'%s' expected after '%s'" % (self.delimiter, self.quotechar))
        self.add(ch)
        self.state = _UNQUOTED
        return pos + 1

    def parse_line(self, line):
        self.ahead = {}
        return self.feed(line)

    # -- the common case, done with str.split

    def split_simple(self, line):
        """The fields of a one-line record without quotes, escapes or stray newlines, else None."""
        content = line.rstrip(_NEWLINES)
        if not content:
            return []
        if "\r" in content or "\n" in content:
            return None
        if self.quotechar is not None and self.quotechar in content:
            return None
        if self.escapechar is not None and self.escapechar in content:
            return None
        if self.skipinitialspace and self.delimiter == " ":
            return None
        fields = content.split(self.delimiter)
        limit = _field_limit[0]
        for i, text in enumerate(fields):
            if self.skipinitialspace:
                text = text.lstrip(" ")
                fields[i] = text
            if len(text) > limit:
                raise Error("field larger than field limit (%d)" % limit)
            if self.nonnumeric and text:
                fields[i] = float(text)
        return fields


def _unique(chars):
    """The characters that are set (not None), each once, in order."""
    seen = []
    for ch in chars:
        if ch is not None and ch not in seen:
            seen.append(ch)
    return seen


class _Reader:
    """Iterator over the records of an iterable of lines (what csv.reader() returns)."""
    __qualname__ = "reader"
    __module__ = "_csv"
    __slots__ = ("_lines", "_dialect", "_line_num", "_parser")

    def __init__(self, lines, params):
        set_slot = object.__setattr__
        set_slot(self, "_lines", iter(lines))
        set_slot(self, "_dialect", params)
        set_slot(self, "_line_num", 0)
        set_slot(self, "_parser", _RecordParser(params))

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    @property
    def dialect(self):
        return self._dialect

    @property
    def line_num(self):
        return self._line_num

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error("iterator should return strings, not %.200s "
                        "(the file should be opened in text mode)" % type(line).__name__)
        object.__setattr__(self, "_line_num", self._line_num + 1)
        return line

    def __next__(self):
        parser = self._parser
        parser.reset()
        line = self._next_line()
        fields = parser.split_simple(line)
        if fields is not None:
            return fields
        while not parser.parse_line(line):
            try:
                line = self._next_line()
            except StopIteration:
                parser.end_of_input()
                break
        return parser.fields


_Reader.__name__ = "reader"


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams): iterate over the records in the lines of iterable."""
    lines, dialect = _split_dialect_args(args, kwargs)
    iterator = iter(lines)
    return _Reader(iterator, _make_params(dialect, kwargs))


# ---------------------------------------------------------------------------------------------
# Writing

def _is_number(value):
    """What QUOTE_NONNUMERIC leaves unquoted: anything usable as a number."""
    if isinstance(value, complex):
        return True
    kind = type(value)
    return hasattr(kind, "__index__") or hasattr(kind, "__int__") or hasattr(kind, "__float__")


def _field_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return repr(value)
    return str(value)


class _FieldEncoder:
    """Turns one field's text into its written form, quoting and escaping as the dialect says."""

    def __init__(self, params):
        values = params._values
        self.quoting = values["quoting"]
        self.quotechar = values["quotechar"]
        escapechar = values["escapechar"]
        self.escapechar = escapechar
        quotechar = self.quotechar
        doublequote = values["doublequote"]
        delimiter = values["delimiter"]
        terminator_chars = list(values["lineterminator"])
        # every character that needs some treatment when it occurs in a field
        self.specials = "".join(_unique([delimiter, escapechar, quotechar] + terminator_chars))
        if self.quoting == QUOTE_NONE:
            self.escaped = self.specials
            self.forces_quotes = ""
        else:
            # the quote character comes first: doubled (and the field quoted) or escaped;
            # then the escape character, escaped itself; anything else makes the field quoted
            escaped = []
            if quotechar is not None and not doublequote:
                escaped.append(quotechar)
            if escapechar is not None and (escapechar != quotechar or not doublequote):
                escaped.append(escapechar)
            self.escaped = "".join(_unique(escaped))
            forcing = [ch for ch in [delimiter] + terminator_chars if ch not in self.escaped and ch != quotechar]
            if doublequote and quotechar is not None:
                forcing.append(quotechar)
            self.forces_quotes = "".join(_unique(forcing))
        self.escape_table = None
        if escapechar is not None:
            self.escape_table = {ord(ch): escapechar + ch for ch in self.escaped}
        self.doubled = quotechar is not None and doublequote and self.quoting != QUOTE_NONE

    def encode(self, value):
        """The written form of one field value."""
        text = _field_text(value)
        quoted = self.wants_quotes(value)
        if _contains_any(text, self.specials):
            if not quoted:
                quoted = _contains_any(text, self.forces_quotes)
            if _contains_any(text, self.escaped):
                if self.escape_table is None:
                    raise Error("need to escape, but no escapechar set")
                text = text.translate(self.escape_table)
            if self.doubled and self.quotechar in text:
                text = text.replace(self.quotechar, self.quotechar * 2)
        if quoted:
            return self.quotechar + text + self.quotechar
        return text

    def wants_quotes(self, value):
        """Whether the quoting mode alone asks for this value to be quoted."""
        if self.quoting == QUOTE_ALL:
            return True
        if self.quoting == QUOTE_NONNUMERIC:
            return not _is_number(value)
        return False


def _contains_any(text, chars):
    """Whether any of chars occurs in text (a plain loop: cheaper here than any() over a generator)."""
    for ch in chars:
        if ch in text:
            return True
    return False


class _Writer:
    """Writes records as delimited lines to a file-like object (what csv.writer() returns)."""
    __qualname__ = "writer"
    __module__ = "_csv"
    __slots__ = ("_write", "_dialect", "_encoder")

    def __init__(self, write, params):
        set_slot = object.__setattr__
        set_slot(self, "_write", write)
        set_slot(self, "_dialect", params)
        set_slot(self, "_encoder", _FieldEncoder(params))

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    @property
    def dialect(self):
        return self._dialect

    def writerow(self, *args):
        """Write one record (an iterable of fields); returns what the file's write() returned."""
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)" % len(args))
        row = args[0]
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        encode = self._encoder.encode
        parts = [encode(value) for value in values]
        encoder = self._encoder
        if len(parts) == 1 and parts[0] == "":
            # a lone empty field must be quoted, or the line would read back as no fields at all
            if encoder.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = encoder.quotechar * 2
        params = self._dialect._values
        return self._write(params["delimiter"].join(parts) + params["lineterminator"])

    def writerows(self, rows):
        """Write every record of an iterable of records."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = "writer"


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams): a writer of records to fileobj (anything with write())."""
    fileobj, dialect = _split_dialect_args(args, kwargs)
    try:
        write = fileobj.write
    except AttributeError:
        write = None
    if not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_params(dialect, kwargs))


# ---------------------------------------------------------------------------------------------
# Dialect classes

class Dialect:
    """Base class for dialects: subclasses set the formatting parameters as class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # the parameters are checked as reader() would check them, reported as csv.Error
        try:
            _make_params(self, {})
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """Excel's CSV format: comma separated, double quotes, CRLF line ends."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Comma separated, every field quoted, LF line ends."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


class Sniffer:
    """Not available in Enginehost: guessing a dialect from a sample is not implemented."""

    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not implemented in Enginehost; "
                                  "pass the dialect or formatting parameters explicitly")


# ---------------------------------------------------------------------------------------------
# Rows as dictionaries

class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def _next_nonblank_row(self):
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        return row

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header comes first
        row = self._next_nonblank_row()
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                result[name] = self.restval
        return result


class DictWriter:
    """Writes dicts as records, taking the fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a record made of the field names."""
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction.lower() == "raise":
            known = set(self.fieldnames)
            unknown = [key for key in rowdict.keys() if key not in known]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict as a record; returns what the file's write() returned."""
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        """Write every dict of an iterable of dicts."""
        return self.writer.writerows(map(self._values, rowdicts))
