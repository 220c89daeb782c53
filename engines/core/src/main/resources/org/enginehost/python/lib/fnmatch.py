"""Shell-style wildcard matching of file names for Enginehost (the CPython 3.11 `fnmatch` API,
written from its documentation).

Wildcards: `*` matches any run of characters, `?` one character, `[seq]` one character of seq,
`[!seq]` one character not in seq. Path separators and leading dots are not special.

The interpreter's `re` has no bytes patterns, so a bytes pattern is translated as latin-1 text and
bytes names are matched as latin-1 text: latin-1 maps each byte to the character with the same
ordinal, which gives the same answers as a bytes regex."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Characters that future `re` versions may give a meaning inside a class (set operations); re
# warns about them, so they are always escaped. A leading `^` or `[` is escaped separately.
_SET_OPERATION_CHARS = "&~|"


def fnmatch(name, pat):
    """True if name matches the shell pattern pat, after normalising the case of both with
    os.path.normcase (which does nothing on POSIX)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def fnmatchcase(name, pat):
    """True if name matches the shell pattern pat; the comparison is case-sensitive."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The list of the names in the iterable names that match pat."""
    match = _compile_pattern(_normcase(pat))
    # os.path is posixpath, where normcase is the identity, so the names are matched as they are
    return [name for name in names if match(name) is not None]


def translate(pat):
    """The regular expression (a str) that matches exactly the names matched by the shell pattern pat."""
    if isinstance(pat, (bytes, bytearray)) and pat:
        # translate works on str only; CPython fails on the first byte (an int) like this
        raise TypeError("decoding to str: need a bytes-like object, int found")
    # the pieces between stars; consecutive stars act as one
    segments = [[]]
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        if c == "*":
            if not _follows_star(pat, i):
                segments.append([])
            i += 1
        elif c == "?":
            segments[-1].append(".")
            i += 1
        elif c == "[":
            regex, i = _translate_bracket(pat, i)
            segments[-1].append(regex)
        else:
            segments[-1].append(re.escape(c))
            i += 1
    return "(?s:" + _join_segments(["".join(s) for s in segments]) + r")\Z"


def _follows_star(pat, i):
    """True when pat[i] directly follows a star (a star can't end a bracket, so it is a wildcard)."""
    return i > 0 and pat[i - 1] == "*"


def _join_segments(segments):
    """Join the regex pieces that were separated by stars.

    Every star but the last becomes an atomic lazy scan up to the next fixed piece, so a failing
    match cannot backtrack into it (this keeps patterns with many stars linear); the last star
    is a plain greedy `.*`."""
    if len(segments) == 1:
        return segments[0]
    head, *middle, tail = segments
    scans = "".join("(?>.*?" + piece + ")" for piece in middle)
    return head + scans + ".*" + tail


def _translate_bracket(pat, start):
    """Translate the bracket expression that starts at pat[start] == '['.

    Returns (regex, index after the expression). A `[` with no closing `]` is a literal `[`."""
    close = _find_bracket_close(pat, start)
    if close < 0:
        return r"\[", start + 1
    body = pat[start + 1:close]
    negated = body.startswith("!")
    if negated:
        body = body[1:]
    chunks = _drop_empty_ranges(_split_ranges(body))
    members = "-".join(_escape_chunk(chunk) for chunk in chunks)
    for special in _SET_OPERATION_CHARS:
        members = members.replace(special, "\\" + special)
    return _character_class(members, negated), close + 1


def _find_bracket_close(pat, start):
    """Index of the `]` closing the bracket at pat[start], or -1.

    A `]` right after the `[` (or after `[!`) is a member, not the end."""
    j = start + 1
    if pat[j:j + 1] == "!":
        j += 1
    if pat[j:j + 1] == "]":
        j += 1
    return pat.find("]", j)


def _split_ranges(body):
    """Split a bracket body at the hyphens that make ranges.

    The result alternates so that joining it with '-' gives the body back: each hyphen between
    two chunks is a range from the last character of the chunk before to the first character of
    the chunk after. A hyphen that cannot make a range (first in the body, right after a range,
    or last) stays inside a chunk as a literal."""
    chunks = []
    chunk_start = 0
    search_from = 1  # a hyphen first in the body is literal
    while True:
        hyphen = body.find("-", search_from)
        if hyphen < 0:
            break
        chunks.append(body[chunk_start:hyphen])
        chunk_start = hyphen + 1
        # the character after the hyphen ends the range, and the one after it can't start one
        search_from = hyphen + 3
    last = body[chunk_start:]
    if last or not chunks:
        chunks.append(last)
    else:
        # a trailing hyphen is literal
        chunks[-1] += "-"
    return chunks


def _drop_empty_ranges(chunks):
    """Remove ranges whose end precedes their start (they match nothing), with their endpoints."""
    chunks = list(chunks)
    k = len(chunks) - 1
    while k > 0:
        before, after = chunks[k - 1], chunks[k]
        if before and after and before[-1] > after[0]:
            chunks[k - 1:k + 1] = [before[:-1] + after[1:]]
        k -= 1
    return chunks


def _escape_chunk(chunk):
    """Escape the characters of a chunk that a regex class would misread: backslash and hyphen."""
    return chunk.replace("\\", "\\\\").replace("-", "\\-")


def _character_class(members, negated):
    if not members:
        # an empty set matches nothing; its negation matches any character
        return "." if negated else "(?!)"
    if negated:
        return "[^" + members + "]"
    if members.startswith(("^", "[")):
        return "[\\" + members + "]"
    return "[" + members + "]"


def _normcase(s):
    """os.path.normcase, also for bytes (which the interpreter's posixpath does not take)."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return s  # POSIX normcase leaves names as they are
    return posixpath.normcase(s)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    """A function name -> match object or None for the shell pattern pat (cached per pattern)."""
    if isinstance(pat, bytes):
        regex = re.compile(translate(pat.decode("latin-1")))
        return functools.partial(_match_bytes, regex)
    regex = re.compile(translate(pat))
    return functools.partial(_match_text, regex)


def _match_text(regex, name):
    if isinstance(name, (bytes, bytearray, memoryview)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return regex.match(name)


def _match_bytes(regex, name):
    if isinstance(name, (bytes, bytearray, memoryview)):
        return regex.match(bytes(name).decode("latin-1"))
    if isinstance(name, str):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
