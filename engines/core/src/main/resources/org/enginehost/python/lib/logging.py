"""Event logging for Enginehost (the CPython 3.11 `logging` API, written from its documentation).

Loggers form a tree by their dotted names; a record made by one logger goes to the handlers of
that logger and of its ancestors, each handler formatting it with a Formatter ('%', '{' or '$'
style). `logging.handlers` and `logging.config` are not provided.
"""

import os
import sys
import time

try:  # the baseline and stackless engines have no threads
    import threading as _threading
except ImportError:
    _threading = None

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL",
           "FileHandler", "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger",
           "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING",
           "addLevelName", "basicConfig", "captureWarnings", "critical", "debug", "disable",
           "error", "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass", "info",
           "log", "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
           "getLogRecordFactory", "setLogRecordFactory", "lastResort", "raiseExceptions",
           "getLevelNamesMapping"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Switches read when records are made or handlers fail (documented module attributes).
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_load_time = time.time()


# ---------------------------------------------------------------- locks

class _NoLock:
    """Stands in for a lock where there are no threads: nothing can race."""

    def acquire(self, *args):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


def _new_lock():
    return _threading.RLock() if _threading is not None else _NoLock()


# Guards the logger tree, basicConfig and the list of live handlers.
_tree_lock = _new_lock()


# ---------------------------------------------------------------- levels

class _LevelTable:
    """The two-way mapping between level numbers and their names."""

    def __init__(self, names_to_numbers, canonical_names):
        self.by_name = dict(names_to_numbers)
        self.by_number = {self.by_name[name]: name for name in canonical_names}

    def add(self, number, name):
        self.by_number[number] = name
        self.by_name[name] = number


# The name -> number order is the one getLevelNamesMapping() shows.
_levels = _LevelTable(
    {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING,
     "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET},
    ["CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "NOTSET"])


def getLevelName(level):
    """The name of a level number, the number of a level name, else 'Level %s' % level."""
    name = _levels.by_number.get(level)
    if name is not None:
        return name
    number = _levels.by_name.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names level (a number) levelName, both ways."""
    with _tree_lock:
        _levels.add(level, levelName)


def getLevelNamesMapping():
    """A copy of the name -> number mapping."""
    return dict(_levels.by_name)


def _level_number(level):
    """The number a level argument stands for: an int as is, or a registered level name."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _levels.by_name:
            raise ValueError("Unknown level: %r" % level)
        return _levels.by_name[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------- records

def _thread_identity():
    """(thread id, thread name) of the running thread, as logThreads asks."""
    if not logThreads:
        return None, None
    if _threading is None:
        # Without a threading module the program runs on its single main thread.
        return None, "MainThread"
    return _threading.get_ident(), _threading.current_thread().name


def _process_name():
    name = "MainProcess"
    multiprocessing = sys.modules.get("multiprocessing")
    if logMultiprocessing and multiprocessing is not None:
        try:
            name = multiprocessing.current_process().name
        except Exception:
            pass
    return name


def _unwrap_mapping_args(args):
    """A lone non-empty mapping argument is used for %(key)s formatting."""
    if isinstance(args, tuple) and len(args) == 1 and args[0]:
        from collections.abc import Mapping
        if isinstance(args[0], Mapping):
            return args[0]
    return args


class LogRecord:
    """One logged event with everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        self.args = _unwrap_mapping_args(args)
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _load_time) * 1000
        self.thread, self.threadName = _thread_identity()
        self.processName = _process_name() if logMultiprocessing else None
        getpid = getattr(os, "getpid", None)
        self.process = getpid() if (logProcesses and getpid is not None) else None

    def getMessage(self):
        """msg (made a str) with args substituted by %."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    __str__ = __repr__


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Makes factory (called like LogRecord) build every record from now on."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are taken from dict (e.g. one sent over a socket)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- format styles

def _lazy_regex(holder, key, pattern, flags=0):
    """Compiles pattern once, on first use, so importing logging stays cheap."""
    compiled = holder.get(key)
    if compiled is None:
        import re
        compiled = holder[key] = re.compile(pattern, flags)
    return compiled


_regex_cache = {}


class _FormatStyle:
    """What the three styles share; subclasses say how fields look and how to fill them."""

    default_format = None
    asctime_format = None
    asctime_search = None

    def __init__(self, fmt, *, defaults=None):
        # `_fmt` is read by existing scripts (formatter._style._fmt), so it keeps that name.
        self._fmt = fmt or self.default_format
        self._field_defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        raise NotImplementedError

    def _fill(self, values):
        raise NotImplementedError

    def format(self, record):
        values = record.__dict__
        if self._field_defaults:
            values = dict(self._field_defaults, **values)
        try:
            return self._fill(values)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


class PercentStyle(_FormatStyle):
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def validate(self):
        field = _lazy_regex(_regex_cache, "percent",
                            r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa%]")
        if not field.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%%' style" % self._fmt)

    def _fill(self, values):
        return self._fmt % values


class StrFormatStyle(_FormatStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def validate(self):
        import string
        name_ok = _lazy_regex(_regex_cache, "brace-name", r"(\d+|\w+)(\.\w+|\[[^\]]+\])*\Z")
        spec_ok = _lazy_regex(_regex_cache, "brace-spec",
                              r"(.?[<>=^])?[+ -]?#?0?(\d+|\{\w+\})?[,_]?(\.(\d+|\{\w+\}))?"
                              r"[bcdefgnosx%]?\Z", 2)  # 2: re.IGNORECASE
        named = False
        try:
            for _literal, name, spec, conversion in string.Formatter().parse(self._fmt):
                if name:
                    if not name_ok.match(name):
                        raise ValueError("invalid field name/expression: %r" % name)
                    named = True
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and not spec_ok.match(spec):
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        if not named:
            raise ValueError("invalid format: no fields")

    def _fill(self, values):
        return self._fmt.format(**values)


def _is_template_name_char(char, first):
    """string.Template placeholders are ASCII identifiers."""
    if char == "_" or "a" <= char <= "z" or "A" <= char <= "Z":
        return True
    return not first and "0" <= char <= "9"


def _template_name_end(text, start):
    """Where the identifier beginning at text[start] ends (start itself if there is none)."""
    end = start
    while end < len(text) and _is_template_name_char(text[end], end == start):
        end += 1
    return end


def _template_placeholder_end(text, dollar):
    """For the '$' at text[dollar]: (where its placeholder ends, whether it names a field).
    Raises ValueError for a '$' that starts no valid placeholder."""
    after = dollar + 1
    if text.startswith("$", after):
        return after + 1, False
    name_end = _template_name_end(text, after)
    if name_end > after:
        return name_end, True
    if text.startswith("{", after):
        name_end = _template_name_end(text, after + 1)
        if name_end > after + 1 and text.startswith("}", name_end):
            return name_end + 1, True
    raise ValueError("invalid format: bare '$' not allowed")


class StringTemplateStyle(_FormatStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        named = False
        dollar = self._fmt.find("$")
        while dollar >= 0:
            end, is_field = _template_placeholder_end(self._fmt, dollar)
            named = named or is_field
            dollar = self._fmt.find("$", end)
        if not named:
            raise ValueError("invalid format: no fields")

    def _fill(self, values):
        import string
        return string.Template(self._fmt).substitute(**values)


# style character -> (style class, the format basicConfig uses by default)
_style_kinds = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


def _check_style(style):
    if style not in _style_kinds:
        raise ValueError("Style must be one of: %s" % ",".join(_style_kinds))


# ---------------------------------------------------------------- formatters

class Formatter:
    """Turns a LogRecord into text, following a format string in one of three styles."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        _check_style(style)
        # `_style` and `_fmt` are read by existing scripts, so they keep these names.
        self._style = _style_kinds[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: datefmt through time.strftime, else the default with msecs."""
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """An exception triple as traceback text, without the final newline."""
        import io
        import traceback
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        return _without_final_newline(out.getvalue())

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Sets record.message (and asctime if used), then adds any traceback and stack."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_new_line(text, record.exc_text)
        if record.stack_info:
            text = _on_new_line(text, self.formatStack(record.stack_info))
        return text


def _without_final_newline(text):
    return text[:-1] if text.endswith("\n") else text


def _on_new_line(text, addition):
    if not text.endswith("\n"):
        text += "\n"
    return text + addition


_plain_formatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record with linefmt, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter:
    """Lets through records of the logger called name and of the loggers below it."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer:
    """Something that holds filters: a record passes when every filter accepts it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False as soon as one filter (an object with .filter or a callable) rejects record."""
        for each in self.filters:
            check = each.filter if hasattr(each, "filter") else each
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------- handlers

# Every handler made, so shutdown() can flush and close them (oldest last).
_live_handlers = []


class Handler(Filterer):
    """Base of the handlers: decides (level, filters) and emits formatted records."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._handler_name = None
        self.level = _level_number(level)
        self.formatter = None
        self._is_closed = False
        self.createLock()
        with _tree_lock:
            _live_handlers.append(self)

    def get_name(self):
        return self._handler_name

    def set_name(self, name):
        self._handler_name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emits record if the filters let it through; returns what they decided."""
        accepted = self.filter(record)
        if accepted:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return accepted

    def flush(self):
        pass

    def close(self):
        self._is_closed = True
        with _tree_lock:
            if self in _live_handlers:
                _live_handlers.remove(self)

    def handleError(self, record):
        """Reports on stderr an exception raised while emitting (if raiseExceptions)."""
        if raiseExceptions and sys.stderr:
            # The stack shown runs from the program down to the logging call: the frames above
            # this one, outside logging (the same frames the traceback's first frame has above
            # it, and this interpreter's traceback objects do not expose their frames).
            _report_emit_failure(record, sys.exc_info(), _outside_logging(sys._getframe(1)))

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


def _report_emit_failure(record, exc_triple, caller_frame):
    import traceback
    err = sys.stderr
    try:
        err.write("--- Logging error ---\n")
        traceback.print_exception(exc_triple[0], exc_triple[1], exc_triple[2], None, err)
        err.write("Call stack:\n")
        if caller_frame is not None:
            traceback.print_stack(caller_frame, file=err)
        else:
            err.write("Logged from file %s, line %s\n" % (record.filename, record.lineno))
        try:
            err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
        except RecursionError:
            raise
        except Exception:
            err.write("Unable to print the message and arguments - possible formatting "
                      "error.\nUse the traceback above to help find the error.\n")
    except OSError:
        pass


class StreamHandler(Handler):
    """Writes each formatted record and terminator to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to stream (flushing the old one); returns the old stream, None if same."""
        if stream is self.stream:
            return None
        self.acquire()
        try:
            previous = self.stream
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record if delay)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if encoding is None and "b" not in mode:
            encoding = "locale"  # what io.text_encoding(None) names in 3.11
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open_file())

    def _open_file(self):
        # This interpreter's open() has no "locale" codec: its default encoding is the locale's.
        encoding = None if self.encoding == "locale" else self.encoding
        return open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # A closed "w" handler is not reopened: that would empty the file again.
            if self.mode != "w" or not self._is_closed:
                self.stream = self._open_file()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        self.acquire()
        try:
            stream, self.stream = self.stream, None
            try:
                if stream is not None:
                    try:
                        if hasattr(stream, "flush"):
                            stream.flush()
                    finally:
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Drops everything: lets a library have a handler without printing anything."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _LastResortHandler(StreamHandler):
    """Used when a record finds no handler at all: writes the bare message to the current
    sys.stderr (looked up at each record, so redirections are followed)."""

    def __init__(self, level):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _LastResortHandler(WARNING)


# ---------------------------------------------------------------- caller information

def _internal_marker():
    """Its code object tells which frames run this module's code."""


_THIS_FILE = _internal_marker.__code__.co_filename


def _is_internal(frame):
    return frame.f_code.co_filename == _THIS_FILE


def _outside_logging(frame):
    """The nearest frame at or above frame that is not running this module's code."""
    while frame is not None and _is_internal(frame):
        frame = frame.f_back
    return frame


def currentframe():
    """The frame of the function that calls currentframe()."""
    return sys._getframe(1)


def _stack_text(frame):
    import io
    import traceback
    out = io.StringIO()
    out.write("Stack (most recent call last):\n")
    traceback.print_stack(frame, file=out)
    return _without_final_newline(out.getvalue())


def _exc_info_triple(exc_info):
    """exc_info as given to a logging call, made an exception triple."""
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


# ---------------------------------------------------------------- loggers

class Logger(Filterer):
    """A named channel for records; its place in the tree comes from its dotted name."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) on this logger or an ancestor."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn("method")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # Named _log because subclasses override it and CPython's errors for a wrong keyword
    # argument name it ("Logger._log() got an unexpected keyword argument ...").
    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        where = self.findCaller(stack_info, stacklevel)
        if exc_info:
            exc_info = _exc_info_triple(exc_info)
        path, line, function, stack = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                    function, extra, stack))

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack text or None) of the code that logged:
        the stacklevel-th frame outside this module, counting outward."""
        frame = sys._getframe(0)
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal(frame):
                remaining -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        """A record from the factory, with the entries of extra added as attributes."""
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _tree_lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _tree_lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _loggers_reached(self):
        """This logger and the ancestors its records propagate to."""
        logger = self
        while logger is not None:
            yield logger
            logger = logger.parent if logger.propagate else None

    def hasHandlers(self):
        return any(logger.handlers for logger in self._loggers_reached())

    def callHandlers(self, record):
        """Gives record to every handler up the tree whose level it reaches."""
        handler_count = 0
        for logger in self._loggers_reached():
            for handler in logger.handlers:
                handler_count += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if handler_count == 0:
            self._no_handlers_for(record)

    def _no_handlers_for(self, record):
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager._told_no_handlers:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager._told_no_handlers = True

    def getChild(self, suffix):
        """The logger suffix levels below this one ('a'.getChild('b.c') is 'a.b.c')."""
        if self is not self.root:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Makes getLogger() create loggers of klass (a Logger subclass) from now on."""
    global _logger_class
    _check_logger_class(klass)
    _logger_class = klass


def getLoggerClass():
    return _logger_class


def _ancestor_names(name):
    """'a.b.c' -> 'a.b', 'a': the names above name, nearest first."""
    cut = name.rfind(".")
    while cut > 0:
        name = name[:cut]
        yield name
        cut = name.rfind(".")


class Manager:
    """Keeps the loggers by name. Only real loggers are stored: a logger's parent is its
    nearest existing ancestor, found from its dotted name when the logger is created."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None
        self._told_no_handlers = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _tree_lock:
            logger = self.loggerDict.get(name)
            if logger is None:
                logger = self._create(name)
            return logger

    def _create(self, name):
        logger = (self.loggerClass or _logger_class)(name)
        logger.manager = self
        logger.parent = self._nearest_ancestor(name)
        self._adopt_descendants(logger)
        self.loggerDict[name] = logger
        return logger

    def _nearest_ancestor(self, name):
        for ancestor in _ancestor_names(name):
            if ancestor in self.loggerDict:
                return self.loggerDict[ancestor]
        return self.root

    def _adopt_descendants(self, logger):
        """Loggers below the new one whose parent is above it now hang from it."""
        prefix = logger.name + "."
        for other in self.loggerDict.values():
            if other.name.startswith(prefix) and not other.parent.name.startswith(prefix):
                other.parent = logger

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger called name (created on first use); the root logger without a name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------- adapters

class LoggerAdapter:
    """Wraps a logger to add context: process() may change each message and its kwargs
    (by default it passes self.extra as extra)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn("method")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


def _deprecated_warn(kind):
    import warnings
    # stacklevel 3: past this helper and the warn() that called it, to the user's line.
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


# ---------------------------------------------------------------- configuration

def _pop_handlers(options):
    """The handlers basicConfig is asked to install: given, or one made from stream/filename."""
    handlers = options.pop("handlers", None)
    if handlers is None:
        if "stream" in options and "filename" in options:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif "stream" in options or "filename" in options:
        raise ValueError("'stream' or 'filename' should not be specified together with "
                         "'handlers'")
    encoding = options.pop("encoding", None)
    errors = options.pop("errors", "backslashreplace")
    if handlers is not None:
        return handlers
    filename = options.pop("filename", None)
    mode = options.pop("filemode", "a")
    if filename:
        if "b" in mode:
            errors = None
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has handlers already (with
    force=True, the existing ones are removed and closed first)."""
    with _tree_lock:
        if kwargs.pop("force", False):
            for old in root.handlers[:]:
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = _pop_handlers(kwargs)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        _check_style(style)
        fmt = kwargs.pop("format", _style_kinds[style][1])
        formatter = Formatter(fmt, datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs))


def disable(level=CRITICAL):
    """Drops every record at level or below, whatever the logger (disable(NOTSET) undoes)."""
    root.manager.disable = _level_number(level)


def shutdown(handlerList=None):
    """Flushes and closes the handlers (by default every live one, newest first)."""
    if handlerList is None:
        handlerList = list(_live_handlers)
    for handler in reversed(handlerList):
        if handler is None:
            continue
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            finally:
                handler.release()
        except (OSError, ValueError):
            pass  # the stream may be gone already when the program ends
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit as _atexit
except ImportError:
    _atexit = None
if _atexit is not None:
    _atexit.register(shutdown)


# ---------------------------------------------------------------- module-level logging

def _root_ready():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _root_ready().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_ready().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_ready().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn("function")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_ready().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_ready().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_ready().log(level, msg, *args, **kwargs)


# ---------------------------------------------------------------- warnings capture

_original_showwarning = None


def _log_warning(message, category, filename, lineno, file=None, line=None):
    """Replacement for warnings.showwarning: sends the warning to the 'py.warnings' logger
    (a warning aimed at an explicit file still goes to that file)."""
    import warnings
    if file is not None:
        if _original_showwarning is not None:
            _original_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """Routes the warnings module's output through logging (True) or back (False)."""
    global _original_showwarning
    import warnings
    if capture:
        if _original_showwarning is None:
            _original_showwarning = warnings.showwarning
            warnings.showwarning = _log_warning
    elif _original_showwarning is not None:
        warnings.showwarning = _original_showwarning
        _original_showwarning = None
