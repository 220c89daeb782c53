# str.split() without a separator: runs of whitespace as Python defines it (ASCII controls
# \x1c-\x1f included, Latin-1 \x85 and \xa0, Unicode spaces), with maxsplit, and rsplit.
texts = ["a b\tc\n d", "  lead trail  ", "\x1c\x1fx\x85y\xa0z\u2003w\u3000", "emoji \U0001F600 \U0001F600x",
         "", "   ", "one", "\u200bzero-width is not space\u200b", "a\x0bb\x0cc\rd", "\u2028line\u2029para"]
for t in texts:
    print(ascii(t.split()), ascii(t.split(None, 1)), ascii(t.split(maxsplit=0)), ascii(t.rsplit(None, 1)))
words = ("alpha  beta\tgamma\n" * 1000).split()
print(len(words), words[:4], words[-1])
