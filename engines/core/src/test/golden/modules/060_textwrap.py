# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known fact that "
        "foxes--being clever animals--prefer short-range jumps. Mr. Smith agreed! Did he? Yes.")
for w in (10, 25, 40, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a\tb\tc  d\ne", 8))
print(textwrap.wrap("a\tb\tc  d\ne", 8, expand_tabs=False))
print(textwrap.wrap("a\tb\tc  d\ne", 8, replace_whitespace=False))
print(textwrap.wrap("x\ty", 20, tabsize=4))
print(textwrap.wrap("He stopped. Then he left! Why? Nobody knows.", 80, fix_sentence_endings=True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a well-known self-evident thing", 8))
print(textwrap.wrap("a well-known self-evident thing", 8, break_on_hyphens=False))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      \t
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t  b")), repr(textwrap.dedent("no margin\n  x")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "-")))
w = textwrap.TextWrapper(width=15, initial_indent="-> ", subsequent_indent="   ", break_on_hyphens=False)
print(w.wrap("wrapping with a reusable wrapper object and long-hyphenated-words"))
w.width = 25
print(w.fill("wrapping with a reusable wrapper object"))
print(w.width, w.max_lines, repr(w.placeholder), w.tabsize, w.expand_tabs)
for bad in (dict(width=0), dict(width=5, max_lines=1, placeholder=" [........]")):
    try:
        textwrap.wrap("some text here", **bad)
    except ValueError as e:
        print("ValueError:", e)
