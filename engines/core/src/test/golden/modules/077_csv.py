# csv: reader, writer, dialects and their parameters, DictReader/DictWriter, CPython's errors,
# and a round trip through a real file in the current folder (file permissions granted by the CLI)
import csv
import io
import os
from decimal import Decimal
from fractions import Fraction


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def written(rows, *args, **kwargs):
    s = io.StringIO()
    w = csv.writer(s, *args, **kwargs)
    for row in rows:
        w.writerow(row)
    return s.getvalue()


# reading: lists of strings, StringIO, quoted fields with delimiters, quotes and newlines inside
print(list(csv.reader(["a,b,c", "1,2,3", "", "x,,z,"])))
text = 'name,comment,n\r\n"Smith, J.","said ""hi""\nand left",3\r\nplain,"",\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a,"b', 'c', 'd"e', 'f'])))
print(list(csv.reader(['"a"b,"c""d" , e'])))
print(list(csv.reader(["one\r\n", "\r\n", "two\n", "three\r"])))
print(list(csv.reader(iter(["x;y", "1;2"]), delimiter=";")))
print(list(csv.reader(["a,\x00,é,日本"])))

# formatting parameters on the reader
print(list(csv.reader(["a, b,  'c, d', e"], quotechar="'", skipinitialspace=True)))
print(list(csv.reader(['a\\,b,"c\\"d",e\\\\f'], escapechar="\\")))
print(list(csv.reader(['"a\\"b"'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['"a""b"'], doublequote=False)))
print(list(csv.reader(['a"b,"c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a\\", "b,c"], escapechar="\\")))
print(list(csv.reader(["a|b|c"], delimiter="|", quotechar=None)))
print(list(csv.reader(['1,"2",-3.5,,x1e3'.replace("x", "")], quoting=csv.QUOTE_NONNUMERIC)))
attempt("nonnumeric", list, csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
attempt("strict", list, csv.reader(['"a"b'], strict=True))
attempt("strict eof", list, csv.reader(['a,"b'], strict=True))
print(list(csv.reader(['a,"b'])))
attempt("newline", list, csv.reader(["a,b\nc,d"]))
attempt("bytes", list, csv.reader([b"a,b"]))
attempt("not iterable", csv.reader, 42)

# writing: quoting styles, non-string fields, None, the single empty field
rows = [["a", 1, 2.5, None, True, "x,y", 'q"q', "multi\nline", ""],
        [Decimal("1.10"), Fraction(1, 3), 1 + 2j, "", " lead"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    print(quoting, repr(written(rows, quoting=quoting)))
print(repr(written([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(written([['c"d', "e\\f", "g,h"]], doublequote=False, escapechar="\\")))
print(repr(written([[""], [], [None], ["", ""]])))
print(repr(written([["a", "b;c", "d\re"]], delimiter=";", quotechar="'", lineterminator="\n")))
print(repr(written([["a", "b!c", "d\ne"]], lineterminator="!")))
s = io.StringIO()
w = csv.writer(s, "excel-tab")
print(w.writerow(["tab\there", "x"]), w.writerows([[1, 2], (3, 4), "ab"]), repr(s.getvalue()))
print(w.dialect.delimiter == "\t", w.dialect.lineterminator == "\r\n")
attempt("escape", written, [["a,b"]], quoting=csv.QUOTE_NONE)
attempt("empty", written, [[""]], quoting=csv.QUOTE_NONE)
attempt("quote", written, [['a"b']], doublequote=False)
attempt("row", written, [5])
attempt("rows", csv.writer(io.StringIO()).writerows, 5)
attempt("no write", csv.writer, object())


class Counted:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text) * 100


out = Counted()
print(csv.writer(out).writerow(["x", "y"]), out.parts)

# dialect parameters checked as CPython checks them
for kwargs in [{"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": None}, {"delimiter": 1},
               {"quotechar": ""}, {"quotechar": 7}, {"escapechar": "xy"}, {"quoting": 9},
               {"quoting": 1.0}, {"quoting": csv.QUOTE_ALL, "quotechar": None},
               {"lineterminator": None}, {"lineterminator": 5}, {"bogus": 1}]:
    attempt(sorted(kwargs), csv.reader, [], **kwargs)
d = csv.reader([], delimiter=";", quotechar=None).dialect
print(d.delimiter, d.quotechar, d.quoting, d.escapechar, d.doublequote, d.skipinitialspace, d.strict,
      repr(d.lineterminator))
attempt("set", setattr, d, "delimiter", ",")
attempt("args", csv.reader)
attempt("args", csv.reader, [], "excel", 3)

# the dialect registry
print(csv.list_dialects())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
pipes = csv.get_dialect("pipes")
print(pipes.delimiter, pipes.quoting, repr(pipes.lineterminator), csv.list_dialects())
print(repr(written([["a", 1], ["b|c", None]], "pipes")))
print(list(csv.reader(['"a"|"b|c"'], "pipes")), csv.reader([], pipes).dialect is pipes)
csv.unregister_dialect("pipes")
attempt("get", csv.get_dialect, "pipes")
attempt("unregister", csv.unregister_dialect, "pipes")
attempt("reader", csv.reader, [], "pipes")
attempt("register", csv.register_dialect, 5)
print(csv.get_dialect("excel").delimiter, csv.get_dialect("unix").quoting, repr(csv.get_dialect("excel-tab").delimiter))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)


class Semi(csv.excel):
    delimiter = ";"
    quotechar = "'"
    skipinitialspace = True


semi = Semi()
print(semi._valid, semi.delimiter, repr(written([["it's", "a;b"]], Semi)), list(csv.reader(["'a;b'; c"], semi)))


class Broken(csv.Dialect):
    delimiter = ","


attempt("Dialect()", csv.Dialect)
attempt("Broken()", Broken)
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

# the field size limit
print(csv.field_size_limit())
old = csv.field_size_limit(8)
print(old, csv.field_size_limit())
print(list(csv.reader(["12345678,x"])))
attempt("limit", list, csv.reader(["123456789,x"]))
attempt("limit quoted", list, csv.reader(['"12345', '6789"']))
attempt("limit type", csv.field_size_limit, "10")
print(csv.field_size_limit(old), csv.field_size_limit())

# DictReader and DictWriter
f = io.StringIO("name,age,city\r\nann,30,paris\r\n\r\nbob,25\r\ncid,40,rome,extra,more\r\n", newline="")
dr = csv.DictReader(f, restkey="rest", restval="?")
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
print(list(csv.DictReader(["1;2", "3;4;5"], fieldnames=["x", "y"], delimiter=";")))
print(csv.DictReader([]).fieldnames, list(csv.DictReader(["only,header"])))
s = io.StringIO()
dw = csv.DictWriter(s, ["id", "name", "note"], restval="-", lineterminator="\n")
print(dw.writeheader(), dw.writerow({"id": 1, "note": "a,b"}))
dw.writerows([{"name": "x"}, {"id": None, "name": "", "note": 'say "hi"'}])
attempt("extra", dw.writerow, {"id": 2, "colour": "red"})
csv.DictWriter(s, ["id"], extrasaction="ignore", lineterminator="\n").writerow({"id": 3, "colour": "red"})
print(repr(s.getvalue()))
attempt("extrasaction", csv.DictWriter, s, ["id"], extrasaction="skip")

# a round trip through a real file
path = "_csv_golden_tmp.csv"
table = [["id", "text", "value"], [1, "plain", 1.5], [2, "comma, inside", -3],
         [3, 'quote " inside', None], [4, "two\nlines", ""], [5, "crlf\r\nend", "é ünïcode"]]
with open(path, "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerows(table)
with open(path, newline="") as fh:
    raw = fh.read()
print(repr(raw))
with open(path, newline="") as fh:
    r = csv.reader(fh)
    back = list(r)
    print(r.line_num, back)
print(back == [[str(x) if x is not None else "" for x in row] for row in table])
with open(path, "w", newline="") as fh:
    dw = csv.DictWriter(fh, ["k", "v"], quoting=csv.QUOTE_NONNUMERIC)
    dw.writeheader()
    dw.writerows([{"k": "a", "v": 1}, {"k": "b", "v": 2.5}])
with open(path, newline="") as fh:
    print(list(csv.DictReader(fh, quoting=csv.QUOTE_NONNUMERIC)))
os.remove(path)
print(os.path.exists(path))
