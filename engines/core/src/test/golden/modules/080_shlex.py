# shlex: split (posix, non-posix, comments), quote/join, and the shlex class with its attributes,
# punctuation_chars, push-back, sources, line numbers and errors.
import shlex
from io import StringIO


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


lines = [
    "", "   ", "a b  c", "ls -l /tmp", "echo 'hello world'", 'echo "hello world"',
    "a'b c'd", 'a"b c"d', r"a\ b", r"'a\ b'", r'"a\"b"', r'"a\\b"', r'"a\$b"', r"'a\'",
    "a#b c", "a #b c", "a # comment\nb", 'x=1 y="2 3"', "''", '""', "a '' b", "cmd && other || third",
    "foo;bar", "(a)", "a|b>c", "tab\there", "new\nline", r"esc\\aped", "é ß ÿ", "a 'b\"c' \"d'e\"",
    r"'\''", "\"'\"", "a\\\nb", "--opt=val -x", "$HOME ~/x *.py",
]
for s in lines:
    print(repr(s))
    print("  posix:    ", attempt(shlex.split, s))
    print("  comments: ", attempt(shlex.split, s, comments=True))
    print("  nonposix: ", attempt(shlex.split, s, posix=False))
    print("  nonposix+c", attempt(shlex.split, s, comments=True, posix=False))

for bad in ["'open", '"open', "trailing\\", '"esc\\', "a 'b"]:
    print(repr(bad), attempt(shlex.split, bad), attempt(shlex.split, bad, posix=False))

# quote and join
for s in ["", "simple", "with space", "it's", "a\"b", "$x", "a-b_c.d/e:f,g+h=i@j%k", "é", "\n", "*", "'",
          "''", "a'b'c"]:
    q = shlex.quote(s)
    print(repr(s), "->", q, shlex.split(q) == [s])
print(shlex.join(["ls", "-l", "my file", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", "e\"f", "$g"])))
print(attempt(shlex.quote, 5), attempt(shlex.quote, b"x y"), repr(shlex.quote(None)))

# the shlex class, non-posix (the default)
lx = shlex.shlex("a bc 'd e' \"f\" g.h=i; # comment\nlast")
print(lx.posix, repr(lx.eof), lx.commenters, repr(lx.whitespace), lx.quotes, lx.escape, lx.escapedquotes)
print(lx.wordchars)
print(lx.whitespace_split, lx.lineno, lx.state, repr(lx.token), lx.infile, lx.source, repr(lx.punctuation_chars))
print(list(lx), lx.lineno)
print(repr(lx.get_token()), repr(lx.get_token()))

# posix
lx = shlex.shlex("a bc 'd e' \"f\" g.h=i; # comment\nlast", posix=True)
print(repr(lx.eof), len(lx.wordchars))
print(list(lx))
lx = shlex.shlex("x 'y' z", posix=True)
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.get_token(), lx.get_token())

# read_token, push_token, lineno
lx = shlex.shlex("one two\nthree\n\nfour")
toks = []
while True:
    t = lx.get_token()
    toks.append((t, lx.lineno))
    if t == lx.eof:
        break
print(toks)
lx = shlex.shlex("one two")
lx.push_token("zero")
lx.push_token("minus")
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.read_token(), repr(lx.read_token()))

# whitespace_split, punctuation_chars
for pc in (False, True, "|&", ";"):
    for ws in (False, True):
        lx = shlex.shlex("a && b || c; (d) > out.txt 2>&1 ~/x-y.z *.py a=b|c", posix=True, punctuation_chars=pc)
        lx.whitespace_split = ws
        print(repr(pc), ws, list(lx))
lx = shlex.shlex("x", punctuation_chars=True)
print(repr(lx.punctuation_chars), lx.wordchars[-8:])
print(attempt(setattr, lx, "punctuation_chars", "x"))
lx = shlex.shlex("a;b", punctuation_chars=";")
print(list(lx), "~" in lx.wordchars, "." in lx.wordchars, ";" in lx.wordchars)

# changed commenters, wordchars, quotes, escape, escapedquotes, whitespace
lx = shlex.shlex("a; b # c\n%d e", posix=True)
lx.commenters = "%"
print(list(lx))
lx = shlex.shlex("path/to/file-name.txt and-more", posix=True)
print(list(lx))
lx = shlex.shlex("path/to/file-name.txt and-more", posix=True)
lx.wordchars += "/.-"
print(list(lx))
lx = shlex.shlex("'a b' |c d| \"e f\"", posix=True)
lx.quotes = "|"
print(list(lx))
lx = shlex.shlex("a^ b 'c^'d' \"e^\"f\"", posix=True)
lx.escape = "^"
lx.escapedquotes = "'\""
print(list(lx))
lx = shlex.shlex("a,b, c", posix=True)
lx.whitespace = ","
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex(r'"a\"b" "c\\d" "e\f" ' + r"'g\h'", posix=True)
print(list(lx))
lx = shlex.shlex(r'"a\"b" "c\\d"', posix=True)
lx.escapedquotes = ""
print(attempt(list, lx))

# a file-like instream, infile, error_leader
lx = shlex.shlex(StringIO("first second\nthird"), infile="conf.txt", posix=True)
print(lx.infile, lx.get_token(), lx.error_leader(), lx.get_token(), lx.get_token(), lx.error_leader())
print(lx.error_leader("other.txt", 42), lx.error_leader(lineno=7))

# push_source / pop_source and the source keyword with a sourcehook
lx = shlex.shlex("outer1 outer2", posix=True)
print(lx.get_token())
lx.push_source("inner1 inner2", "inner.txt")
print(lx.infile, lx.lineno, lx.get_token(), lx.get_token(), lx.get_token(), lx.infile, lx.get_token())


class Included(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, StringIO(f"from-{newfile} more"))


lx = Included("start source part end", posix=True)
lx.source = "source"
print(list(lx))
lx = Included("a source \"q.txt\" b")
lx.source = "source"
print(list(lx))

# the default sourcehook opens the named file (relative to the including file's folder)
import os
name = "_shlex080_" + os.urandom(4).hex() + ".txt"
with open(name, "w") as f:
    f.write("in-file 'quoted words'\n# a comment\nlast-in-file\n")
try:
    lx = shlex.shlex(f"before include {name} after", posix=True)
    lx.source = "include"
    lx.wordchars += "-."
    out = []
    for tok in lx:
        out.append((tok, lx.lineno, lx.infile == name))
    print(out)
    lx = shlex.shlex(f'a include "{name}" b', infile="./main.conf")
    lx.source = "include"
    print([t.replace(name, "NAME") for t in lx])
finally:
    os.remove(name)

# errors from the class
for text, posix in (("'unterminated", True), ("'unterminated", False), ("x\\", True), ('"a\\', True)):
    print(repr(text), posix, attempt(list, shlex.shlex(text, posix=posix)))
print(attempt(list, shlex.shlex("x\\", posix=False)))

# debug output
lx = shlex.shlex("a 'b'")
lx.debug = 1
print(list(lx))
lx = shlex.shlex("a", posix=True)
lx.debug = 3
print(list(lx))

# more edge cases: a comment inside a non-POSIX word, a sourcehook that includes nothing,
# escapes inside quotes, other punctuation_chars values, the lexer state, quote() argument types
print(shlex.split("a#b c\nd e", comments=True, posix=False), shlex.split("a#b c\nd e", comments=True))
lx = shlex.shlex("a#b c\nd e")
print(list(lx), lx.lineno, repr(lx.state))


class Skipping(shlex.shlex):
    def sourcehook(self, newfile):
        print("  hook got", repr(newfile))
        return None


lx = Skipping("a src b c", posix=True)
lx.source = "src"
print(lx.get_token(), lx.get_token(), lx.get_token())
for text in [r'"a\b" "a\"b" "a\\b"', r"'a\'", r'a\b\\c\ d', r'"\\"', r'"\"', r'x"y\"z"w']:
    print(repr(text), attempt(shlex.split, text))
lx = shlex.shlex(r'''^'^'' "^"^^" ^x''', posix=True)
lx.escape = "^"
lx.escapedquotes = "'"
print(attempt(list, lx))
for pc in (None, "", 0, "()"):
    lx = shlex.shlex("f(a;b)", punctuation_chars=pc)
    print(repr(pc), repr(lx.punctuation_chars), list(lx))
lx = shlex.shlex("ab 'c d'", posix=True)
print(repr(lx.read_token()), repr(lx.state), repr(lx.read_token()), repr(lx.state), repr(lx.read_token()), repr(lx.state))
for v in ("", 0, None, [], b"", memoryview(b"a"), bytearray(b"a b"), [1], 1.5, "a\tb", "ü", "~x", "x!", "=a"):
    print(type(v).__name__, repr(v) if not isinstance(v, memoryview) else "", attempt(shlex.quote, v))
print(repr(shlex.join([])), shlex.join(["a", "b c"]), shlex.join(("x", "")))
class NamedStream:
    """Any object with read, readline and close will do as a stream."""

    def __init__(self, text):
        self.inner = StringIO(text)
        self.read = self.inner.read
        self.readline = self.inner.readline

    def close(self):
        print("  closing", self)

    def __repr__(self):
        return "<outer stream>"


lx = shlex.shlex(NamedStream("a b"), posix=True)
lx.debug = 1
lx.push_token("p")
lx.push_source("s", "file.txt")
print(list(lx))
