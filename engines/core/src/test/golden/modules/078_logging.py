# The logging module: levels, records, the logger hierarchy, handlers, formatters in three
# styles, filters, adapters, basicConfig, the module-level functions and lastResort.
import io
import logging
import os
import re
import sys
import time
import warnings


def clean(text):
    # CPython names the script by its absolute path; keep the tests independent of the folder.
    return re.sub(r"[^\s\"'<]*/(?=078_logging\.py)", "", text)


# --- levels
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName("INFO"),
      logging.getLevelName("WARN"), logging.getLevelName(15), logging.getLevelName("NOPE"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
probe = logging.getLogger("probe")
for bad in ["NOPE", 1.5, None]:
    try:
        probe.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
probe.setLevel("DEBUG")
print(probe.level, probe.getEffectiveLevel())

# --- LogRecord
rec = logging.LogRecord("rec.name", logging.INFO, "/src/pkg/mod.py", 42, "%s has %d items",
                        ("cart", 3), None, "checkout")
print(rec, rec.getMessage())
print(rec.name, rec.levelno, rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno,
      rec.funcName, rec.exc_info, rec.exc_text, rec.stack_info, rec.threadName, rec.processName)
print(type(rec.created).__name__, 0 <= rec.msecs < 1000, rec.relativeCreated >= 0)
rec = logging.LogRecord("r", 10, "x.py", 1, "%(user)s logged in from %(ip)s",
                        ({"user": "ann", "ip": "10.0.0.1"},), None)
print(rec.args, rec.getMessage())
rec = logging.LogRecord("r", 10, "x.py", 1, "empty dict %s", ({},), None)
print(rec.args, rec.getMessage())
rec = logging.LogRecord("r", 10, "x.py", 1, ["not", "a", "str"], (), None)
print(rec.getMessage())
made = logging.makeLogRecord({"msg": "made %d", "args": (7,), "levelno": 40, "name": "m"})
print(made.getMessage(), made.name, made.levelno, made.levelname)

# --- Formatter
fixed = logging.LogRecord("fmt", logging.WARNING, "/src/app.py", 9, "disk %d%% full", (93,),
                          None, "check")
fixed.created = 1700000000.25
fixed.msecs = 250.0
f = logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s")
f.converter = time.gmtime
print(f.format(fixed), f.usesTime())
f = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M")
f.converter = time.gmtime
print(f.format(fixed))
f = logging.Formatter("{asctime} {levelname:>8} {name}:{lineno} {message!r}", "%H.%M.%S", "{")
f.converter = time.gmtime
print(f.format(fixed), f.usesTime())
f = logging.Formatter("$levelname ${name} costs $$5: $message", style="$")
print(f.format(fixed), f.usesTime())
print(logging.Formatter().format(fixed), logging.Formatter(style="{").format(fixed),
      logging.Formatter(style="$").format(fixed))
print(logging.Formatter("%(filename)s|%(module)s|%(funcName)s|%(levelno)d").format(fixed))
f = logging.Formatter("%(app)s %(message)s", defaults={"app": "shop"})
print(f.format(fixed))
try:
    logging.Formatter("%(missing)s").format(fixed)
except ValueError as e:
    print("ValueError", e)
for args, kwargs in [(("%(message)",), {}), (("no fields",), {}), (("{message",), {"style": "{"}),
                     (("{message!x}",), {"style": "{"}), (("{message:zz}",), {"style": "{"}),
                     (("plain",), {"style": "{"}), (("cost $",), {"style": "$"}),
                     (("plain",), {"style": "$"}), (("%(message)s",), {"style": "#"})]:
    try:
        logging.Formatter(*args, **kwargs)
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False).format(fixed))
logging.Formatter.default_msec_format = "%s.%03d"
f = logging.Formatter("%(asctime)s")
f.converter = time.gmtime
print(f.format(fixed))
logging.Formatter.default_msec_format = "%s,%03d"
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"]), repr(bf.format([])))

# --- Filter
flt = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bb", "a", "b.a.b"]:
    print(name, flt.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(fixed))

# --- the hierarchy
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s [%(name)s] %(message)s"))
app = logging.getLogger("app")
db = logging.getLogger("app.db.pool")
print(db.parent.name)
mid = logging.getLogger("app.db")
print(db.parent.name, mid.parent.name, app.parent is logging.root)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("app")))
print(app.getChild("db") is mid, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root, logging.root.getChild("app") is app)
print(app, db, logging.root)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), db.hasHandlers())
app.setLevel(logging.INFO)
app.addHandler(out)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.INFO),
      db.hasHandlers(), app.handlers == [out])
db.info("pool of %d connections", 5)
db.debug("not shown: below app's level")
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("ERRORS-ONLY %(message)s"))
mid.addHandler(errors_only)
db.warning("reaches app's handler only")
db.error("reaches both handlers")
mid.propagate = False
db.error("stops at app.db")
print(db.hasHandlers())
mid.removeHandler(errors_only)
print(db.hasHandlers(), mid.handlers)
mid.propagate = True
mid.setLevel(logging.DEBUG)
db.debug("app.db's own level lets debug through")
mid.setLevel(logging.NOTSET)
db.log(15, "custom level %s", "VERBOSE")
app.log(25, "level 25")
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

# --- caller information
out.setFormatter(logging.Formatter("%(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s"))


def where():
    app.info("inside where")


def helper(msg):
    app.info(msg, stacklevel=2)


def outer_caller():
    helper("reported at the helper's caller")


where()
outer_caller()
app.warning("at module level")

# --- filters on loggers and handlers
out.setFormatter(logging.Formatter("%(name)s %(message)s"))
app.addFilter(lambda r: "secret" not in r.getMessage())
app.info("public note")
app.info("secret note")
print(len(app.filters))
app.filters.clear()
only_db = logging.Filter("app.db")
out.addFilter(only_db)
app.info("dropped by the handler's filter")
db.info("passes the handler's filter")
out.removeFilter(only_db)


class Counter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        record.count = self.seen
        return True


counter = Counter()
out.addFilter(counter)
out.setFormatter(logging.Formatter("#%(count)d %(message)s"))
app.info("one")
app.info("two")
out.removeFilter(counter)

# --- extra, exceptions and stacks
out.setFormatter(logging.Formatter("%(user)s: %(message)s"))
app.info("logged in", extra={"user": "bob"})
for key in ["msg", "message", "asctime", "lineno"]:
    try:
        app.info("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
out.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))


def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)


def load():
    try:
        parse("x1")
    except ValueError:
        app.exception("could not load")
    try:
        parse("x2")
    except ValueError as e:
        app.error("with the instance", exc_info=e)
        app.warning("with a tuple", exc_info=sys.exc_info())
        app.info("no exc_info")


buf = io.StringIO()
out.setStream(buf)
load()
app.exception("outside any handler")
app.info("with the stack", stack_info=True)
out.setStream(sys.stdout)
print(clean(buf.getvalue()), end="")
record_with_text = logging.makeLogRecord({"msg": "cached", "exc_text": "CACHED TRACEBACK"})
print(logging.Formatter("%(message)s").format(record_with_text))

# --- disable, disabled loggers
logging.disable(logging.WARNING)
app.warning("dropped by disable()")
app.error("above the disabled level")
logging.disable(logging.NOTSET)
app.warning("enabled again")
app.disabled = True
app.critical("dropped: logger disabled")
app.disabled = False

# --- LoggerAdapter
out.setFormatter(logging.Formatter("%(ip)s %(funcName)s %(message)s"))
adapter = logging.LoggerAdapter(app, {"ip": "10.1.2.3"})


def serve():
    adapter.info("request served in %dms", 12)
    adapter.debug("not shown")


serve()
print(adapter, adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.DEBUG),
      adapter.hasHandlers(), adapter.manager is app.manager)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


out.setFormatter(logging.Formatter("%(message)s"))
Tagged(app, {"tag": "job-7"}).warning("retrying %d/%d", 2, 3)

# --- handlers
print(repr(logging.Handler()), repr(logging.NullHandler()), repr(logging.StreamHandler(io.StringIO())))
try:
    logging.Handler().handle(fixed)
except NotImplementedError as e:
    print("NotImplementedError", e)
null = logging.NullHandler()
print(null.handle(fixed), null.lock)
out.terminator = " <end>\n"
app.info("custom terminator")
out.terminator = "\n"
named = logging.StreamHandler(sys.stdout)
named.name = "console"
print(named.name, named.get_name())
named.close()
sink = io.StringIO()
h = logging.StreamHandler(sink)
print(h.setStream(sink), h.setStream(sys.stdout) is sink, h.stream is sys.stdout)
print(logging.StreamHandler().stream is sys.stderr)

# --- FileHandler
fh = logging.FileHandler("078_logging.tmp", mode="w", encoding="utf-8")
fh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
print(fh.mode, fh.encoding, os.path.basename(fh.baseFilename), fh.stream is not None)
files = logging.getLogger("files")
files.propagate = False
files.addHandler(fh)
files.warning("first line")
files.error("second line: café")
fh.close()
print(fh.stream)
delayed = logging.FileHandler("078_logging.tmp", delay=True, encoding="utf-8")
print(delayed.stream, delayed.mode)
files.removeHandler(fh)
files.addHandler(delayed)
files.critical("appended")
print(delayed.stream is not None)
delayed.close()
with open("078_logging.tmp", encoding="utf-8") as f:
    print(repr(f.read()))
os.remove("078_logging.tmp")

# --- lastResort and no handlers
saved = sys.stderr
sys.stderr = io.StringIO()
lonely = logging.getLogger("lonely")
lonely.warning("no handler anywhere: %s", "last resort")
lonely.info("below lastResort's level")
captured = sys.stderr.getvalue()
default_last_resort = logging.lastResort
logging.lastResort = None
sys.stderr = io.StringIO()
lonely.error("first")
lonely.error("second")
complaint = sys.stderr.getvalue()
sys.stderr = saved
logging.lastResort = default_last_resort
print(repr(captured), repr(complaint))
print(logging.lastResort.level, logging.raiseExceptions)

# --- errors while emitting
out.setFormatter(logging.Formatter("%(message)s"))
sys.stderr = io.StringIO()
app.warning("bad %d", "not a number")
report = sys.stderr.getvalue().splitlines()
logging.raiseExceptions = False
sys.stderr = io.StringIO()
app.warning("bad %d", "again")
quiet = sys.stderr.getvalue()
sys.stderr = saved
logging.raiseExceptions = True
print(report[0], report[-2:], repr(quiet))
app.removeHandler(out)

# --- basicConfig and the module-level functions
for kwargs in [{"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": sys.stdout},
               {"style": "?"},
               {"stream": sys.stdout, "colour": "red", "size": 3}]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError", e)
logging.basicConfig(stream=sys.stdout, format="{levelname}|{name}|{message}", style="{",
                    level="INFO", force=True)
print(len(logging.root.handlers), logging.root.level)
logging.info("module info %s", "x")
logging.debug("module debug, not shown")
logging.warning("module warning")
logging.error("module error")
logging.critical("module critical")
logging.fatal("module fatal")
logging.log(logging.INFO, "module log")
logging.basicConfig(stream=sys.stdout, format="ignored %(message)s")
logging.info("basicConfig without force does nothing now")
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(funcName)s:%(message)s",
                    force=True)


def failing():
    raise KeyError("k")


buf = io.StringIO()
logging.root.handlers[0].setStream(buf)
try:
    failing()
except KeyError:
    logging.exception("module exception")
logging.root.handlers[0].setStream(sys.stdout)
print(clean(buf.getvalue()), end="")
logging.basicConfig(filename="078_logging.tmp", filemode="w", format="%(levelname)s %(message)s",
                    datefmt="%Y", level=logging.DEBUG, force=True)
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.mode, handler.errors, os.path.basename(handler.baseFilename))
logging.debug("to the file")
handler.close()
with open("078_logging.tmp") as f:
    print(repr(f.read()))
os.remove("078_logging.tmp")
logging.root.handlers.clear()
logging.root.setLevel(logging.WARNING)
logging.warning("basicConfig() is called when the root has no handler: to stderr")
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].stream is sys.stderr,
      logging.root.handlers[0].formatter._fmt)
logging.basicConfig(stream=sys.stdout, format=logging.BASIC_FORMAT, force=True)
logging.getLogger("x.y").warning("the basic format")
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], format="$levelname: $message",
                    style="$", force=True)
logging.error("from the handlers argument")

# --- warnings, logger classes, record factories
original_showwarning = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is original_showwarning)
logging.root.handlers[0].setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
buf = io.StringIO()
logging.root.handlers[0].setStream(buf)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
logging.root.handlers[0].setStream(sys.stdout)
print(clean(buf.getvalue()), end="")
print(warnings.showwarning is original_showwarning)


class AuditLogger(logging.Logger):
    pass


logging.setLoggerClass(AuditLogger)
print(type(logging.getLogger("audit")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError", e)
old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.origin = "factory"
    return record


logging.setLogRecordFactory(factory)
logging.root.handlers[0].setFormatter(logging.Formatter("%(origin)s %(message)s"))
logging.warning("made by the factory")
logging.setLogRecordFactory(old_factory)

# --- stacklevel counts only frames outside logging; the tree re-links when a logger appears
levels_out = logging.StreamHandler(sys.stdout)
levels_out.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
deep = logging.getLogger("deep")
deep.propagate = False
deep.addHandler(levels_out)
deep_adapter = logging.LoggerAdapter(deep, {})


def level_a(n):
    deep.warning("stacklevel %d", n, stacklevel=n)
    deep_adapter.warning("adapter stacklevel %d", n, stacklevel=n)


def level_b(n):
    level_a(n)


for n in [1, 2, 3, 50]:
    level_b(n)
tree = ["t.u.v.w", "t.u", "t.u.v", "t", "t.uu", "t.u.q.r", "t.u.q"]
for name in tree:
    logging.getLogger(name)
    print(name, sorted((m, logging.getLogger(m).parent.name) for m in tree[:tree.index(name) + 1]))
try:
    deep.warning("x", colour="red")
except TypeError as e:
    print("TypeError", e)
print(logging.LoggerAdapter[logging.Logger], list(logging.getLevelNamesMapping())[:4])
logging.shutdown()
print("done")
