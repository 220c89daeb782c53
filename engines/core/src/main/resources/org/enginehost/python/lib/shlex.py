"""Shell-like lexical analysis for Enginehost (the CPython 3.11 `shlex` API, written from its documentation)."""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# The default word characters, in the exact order CPython exposes them in `shlex.wordchars`
# (note "dfe": programs that print or slice the attribute must see the same string).
_ASCII_WORDCHARS = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def _latin1_letters():
    """Latin-1 letters added to the word characters in POSIX mode: lower case (with ß) first, then upper case."""
    lower = [chr(c) for c in range(0xDF, 0x100) if c != 0xF7]   # 0xF7 is the division sign
    upper = [chr(c) for c in range(0xC0, 0xDF) if c != 0xD7]    # 0xD7 is the multiplication sign
    return "".join(lower + upper)


_POSIX_WORDCHARS = _ASCII_WORDCHARS + _latin1_letters()
_DEFAULT_PUNCTUATION = "();<>|&"
# With punctuation_chars on, these characters may appear inside words (file names, globs, options).
_EXTRA_WORDCHARS_WITH_PUNCTUATION = "~-./*?="

# Word state and punctuation-run state of the tokenizer; the other states are ' ' (between tokens),
# None (end of input) and the quote or escape character currently being processed.
_WORD = "a"
_PUNCT = "c"
_BETWEEN = " "


class _MissingStdin:
    """Stands in for sys.stdin, which Enginehost does not provide: reading from it fails clearly."""

    def _unavailable(self, *args):
        raise RuntimeError("shlex: no input stream was given and sys.stdin is not available in Enginehost")

    read = _unavailable
    readline = _unavailable

    def close(self):
        pass

    def __repr__(self):
        return "<shlex: no stdin>"


def _default_stream():
    stdin = getattr(sys, "stdin", None)
    return stdin if stdin is not None else _MissingStdin()


class shlex:
    """A lexer for simple shell-like syntaxes, reading tokens from a string or a text stream."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = _default_stream()
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _POSIX_WORDCHARS if posix else _ASCII_WORDCHARS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        self._punctuation_chars = self._punctuation_from(punctuation_chars)
        # Characters read past the end of a token while punctuation_chars is on, to be read again.
        self._char_pushback = deque()
        if self._punctuation_chars:
            self._allow_punctuation_words()
        # Per-token scanning flags (see read_token).
        self._quoted = False
        self._after_escape = _BETWEEN

    @staticmethod
    def _punctuation_from(value):
        if value is True:
            return _DEFAULT_PUNCTUATION
        if not value:
            return ""
        return value

    def _allow_punctuation_words(self):
        chars = self.wordchars + _EXTRA_WORDCHARS_WITH_PUNCTUATION
        self.wordchars = "".join(c for c in chars if c not in self._punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- token-level interface -------------------------------------------------------------

    def push_token(self, tok):
        """Put a token back so that the next get_token() returns it."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a string or stream) until it is exhausted, then resume the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        """Close the current input and go back to the one that was active before push_source()."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream, self.lineno))
        self.state = _BETWEEN

    def get_token(self):
        """Return the next token: pushed-back tokens first, then tokens read (following source inclusions)."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                self._include(self.sourcehook(self.read_token()))
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw))
        return raw

    def _include(self, spec):
        # A false spec from sourcehook means "include nothing".
        if spec:
            newfile, newstream = spec
            self.push_source(newstream, newfile)

    def sourcehook(self, newfile):
        """Open the file named after a source keyword; relative names are taken from the including file's folder."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """A message prefix in the style of C compilers: '"file", line N: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- character-level tokenizer ---------------------------------------------------------

    def read_token(self):
        """Read one raw token from the input (ignoring push-back and source inclusion)."""
        self._quoted = False
        self._after_escape = _BETWEEN
        while True:
            ch = self._next_char()
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            if self._step(ch):
                break
        return self._take_token()

    def _next_char(self):
        if self._punctuation_chars and self._char_pushback:
            ch = self._char_pushback.pop()
        else:
            ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _step(self, ch):
        """Feed one character (\"\" at end of input) to the current state; True when the token is complete."""
        state = self.state
        if state is None:
            self.token = ""
            return True
        if state == _BETWEEN:
            return self._between_tokens(ch)
        if state in self.quotes:
            return self._inside_quotes(ch)
        if state in self.escape:
            return self._after_escape_char(ch)
        if state == _WORD or state == _PUNCT:
            return self._inside_word(ch)
        return False

    def _token_ready(self):
        # An empty POSIX token still counts when it came from quotes ('' or "").
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._after_escape = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = _WORD
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch   # non-POSIX tokens keep their quotes
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = _WORD
        else:
            # Any other character is a token on its own.
            self.token = ch
            return self._token_ready()
        return False

    def _inside_quotes(self, ch):
        quote_char = self.state
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == quote_char:
            if not self.posix:
                self.token += ch
                self.state = _BETWEEN
                return True
            self.state = _WORD   # POSIX: the word may go on after the closing quote
        elif self.posix and ch in self.escape and quote_char in self.escapedquotes:
            self._after_escape = quote_char
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape_char(self, ch):
        escape_char = self.state
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes the escape only works before the quote itself or the escape character;
        # before anything else it stays in the token.
        returning_to = self._after_escape
        if returning_to in self.quotes and ch != escape_char and ch != returning_to:
            self.token += escape_char
        self.token += ch
        self.state = returning_to
        return False

    def _inside_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = _BETWEEN
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._token_ready()
            return False   # non-POSIX: the word continues on the next line
        if self.state == _PUNCT:
            return self._inside_punctuation_run(ch)
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._after_escape = _WORD
            self.state = ch
        elif self._continues_word(ch):
            self.token += ch
        else:
            self._put_back_char(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = _BETWEEN
            return self._token_ready()
        return False

    def _continues_word(self, ch):
        if ch in self.wordchars or ch in self.quotes:
            return True
        return self.whitespace_split and ch not in self._punctuation_chars

    def _inside_punctuation_run(self, ch):
        if ch in self._punctuation_chars:
            self.token += ch
            return False
        if ch not in self.whitespace:
            self._char_pushback.append(ch)
        self.state = _BETWEEN
        return True

    def _put_back_char(self, ch):
        # With punctuation_chars the character is re-read; otherwise it becomes the next token as is.
        if self._punctuation_chars:
            self._char_pushback.append(ch)
        else:
            self.pushback.appendleft(ch)

    def _take_token(self):
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None   # end of input in POSIX mode
        if self.debug >= 2:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result


def split(s, comments=False, posix=True):
    """Split the string s into a list of words using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


# Characters that never need quoting for a POSIX shell.
_SAFE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def _check_quotable(s):
    # CPython checks the argument with a str regular expression; give the same errors for other types.
    if isinstance(s, str):
        return
    if isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got %r" % type(s).__name__)


def quote(s):
    """Return a shell-escaped version of s, safe to use as one word in a POSIX shell command line."""
    if not s:
        return "''"
    _check_quotable(s)
    if all(c in _SAFE_CHARS for c in s):
        return s
    # Inside single quotes nothing is special; a single quote itself is closed, written as "'", and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Concatenate the tokens of split_command, each quoted, into one shell command line."""
    return " ".join(quote(arg) for arg in split_command)
