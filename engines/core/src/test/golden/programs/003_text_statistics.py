# Text statistics: word frequencies, sentence stats, character classes.
from collections import Counter
import re
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.
Twas brillig! And the slithy toves did gyre and gimble in the wabe? Yes: 42 times.
"""
words = re.findall(r"[a-z']+", TEXT.lower())
print("words:", len(words), "unique:", len(set(words)))
freq = Counter(words)
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>10} {n:3d} {'#' * n}")
sentences = [s.strip() for s in re.split(r"[.!?]+", TEXT) if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    ws = s.split()
    print(f"  {len(ws):3d} words, avg {sum(len(w.strip(',:')) for w in ws) / len(ws):.2f} chars: {s[:30]!r}")
lengths = Counter(len(w) for w in words)
print("length histogram:", sorted(lengths.items()))
classes = Counter("upper" if c.isupper() else "lower" if c.islower() else "digit" if c.isdigit()
                  else "space" if c.isspace() else "punct" for c in TEXT)
print(sorted(classes.items()))
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])
line_lengths = [len(line) for line in TEXT.splitlines()]
print("lines:", len(line_lengths), "max:", max(line_lengths), "min:", min(line_lengths))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(f"vowel ratio: {vowels / sum(c.isalpha() for c in TEXT):.3f}")
caps = sorted({w for w in re.findall(r"\b[A-Z][a-z]+\b", TEXT)})
print("capitalized:", caps)
