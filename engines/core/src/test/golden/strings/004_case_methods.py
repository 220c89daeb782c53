words = ["hello World", "ÇA VA", "straße", "ǅungla", "iß", "123abc", "hello_world-foo bar", "they're bill's", "ΣΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), len("ß".upper()), "ß".casefold(), "ß".lower())
print("ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Hello".casefold() == "hELLO".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("hello world".title(), "HELLO".istitle(), "Hello World".istitle(), "Hello world".istitle())
print("abc".isupper(), "ABC".isupper(), "AbC".islower(), "abc1".islower(), "123".isupper())
