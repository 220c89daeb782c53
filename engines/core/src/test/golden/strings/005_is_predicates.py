samples = ["abc", "ABC", "abc123", "123", "", " ", "\t\n", "½", "²", "٣", "Ⅻ", "a b", "_x", "x1", "Abc", "ß", "中文", "1.5", "-1", "\x00", "é"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
