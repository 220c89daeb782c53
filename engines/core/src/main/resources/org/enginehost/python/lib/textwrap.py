"""Text wrapping and filling for Enginehost (the CPython 3.11 `textwrap` API, written from its documentation)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# textwrap treats only ASCII whitespace as whitespace (not e.g. non-breaking spaces)
_WS = "\t\n\x0b\x0c\r "
_TO_SPACE = {ord(c): " " for c in _WS}
_PUNCT = "!\"'&.,?"


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in _PUNCT


def _split_words(text):
    """Chunks: runs of whitespace and words (words are not broken)."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        in_ws = text[i] in _WS
        while j < n and (text[j] in _WS) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run_then_word(text, p):
    """True when text[p:] is two or more hyphens followed by a word character."""
    n = len(text)
    q = p
    while q < n and text[q] == "-":
        q += 1
    return q - p >= 2 and q < n and _is_word(text[q])


def _hyphen_breaks_after(text, p):
    """True when the hyphen at text[p] joins two words and a line may break after it."""
    n = len(text)
    before = (p >= 2 and _is_letter(text[p - 2]) and _is_letter(text[p - 1])) or (
        p >= 3 and _is_letter(text[p - 3]) and text[p - 2] == "-" and _is_letter(text[p - 1]))
    if not before:
        return False
    q = p + 1
    if q >= n or not _is_letter(text[q]):
        return False
    q += 1
    if q < n and text[q] == "-":
        q += 1
    return q < n and _is_letter(text[q])


def _split_hyphenated(text):
    """Chunks: whitespace runs, words, word parts ending in a joining hyphen, and em-dashes (--)."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # a word (at least one character), possibly cut after a joining hyphen or before an em-dash
        q = i + 1
        while True:
            if q >= n or text[q] in _WS:
                end = q
                break
            if text[q] == "-" and _hyphen_breaks_after(text, q):
                end = q + 1
                break
            if _is_word_punct(text[q - 1]) and _dash_run_then_word(text, q):
                end = q
                break
            q += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _ends_sentence(chunk):
    # a lowercase letter, then '.', '!' or '?', then optionally a quote
    k = len(chunk)
    if k and chunk[-1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    """Wraps and fills paragraphs; the keyword arguments of the constructor are its attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_words(text)

    def _fix_sentence_endings(self, chunks):
        for k in range(len(chunks) - 1):
            if chunks[k + 1] == " " and _ends_sentence(chunks[k]):
                chunks[k + 1] = "  "

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, pending, line, line_len, width):
        # pending holds the chunks still to place, last one next
        room = 1 if width < 1 else width - line_len
        if self.break_long_words:
            chunk = pending[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                h = chunk.rfind("-", 0, room)
                if h > 0 and chunk[:h].strip("-"):
                    cut = h + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(chunks)
        pending.reverse()
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            if self.drop_whitespace and lines and pending[-1].strip() == "":
                pending.pop()
            line = []
            line_len = 0
            while pending and line_len + len(pending[-1]) <= width:
                line_len += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == "":
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and line_len <= width):
                lines.append(prefix + "".join(line))
                continue
            # the last allowed line: end it with the placeholder where it fits
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + "".join(line))
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The paragraph in text as a list of lines of at most width characters (no newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph in text wrapped into one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps the paragraph text into lines of at most width characters; returns the list."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps the paragraph text and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace in text and truncates it to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    k = 0
    while k < len(line) and line[k] in " \t":
        k += 1
    return line[:k]


def dedent(text):
    """Removes the whitespace (spaces and tabs) common to the start of every non-blank line.

    Lines holding only spaces and tabs are emptied and do not count."""
    lines = text.split("\n")
    margin = None
    for k, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[k] = ""
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text that satisfy predicate (default: not whitespace-only)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
