# Tokenizer + recursive-descent parser + evaluator for arithmetic with variables.
import re
TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%()=,]))")
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(Token("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(Token("name", name))
        else:
            out.append(Token("op", op))
        pos = m.end()
    out.append(Token("eof", None))
    return out
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise SyntaxError(f"expected {value!r}, got {t.value!r}")
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.unary()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[t.value](*args)
            if t.value not in self.env:
                raise NameError(f"undefined variable {t.value}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {t!r}")
env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 1",
         "max(1, x, 3) + min(4, 2)", "abs(-7) % 4", ".5 + 1.", "7 / 0", "z + 1", "3 $ 4", "(1 + 2", "10 - 2 - 3"]
for line in lines:
    try:
        print(f"{line:<28} => {Parser(tokenize(line), env).statement()!r}")
    except (SyntaxError, NameError, ZeroDivisionError, KeyError) as e:
        print(f"{line:<28} => error {type(e).__name__}: {e}")
print(tokenize("a=1+2.5"))
print(sorted(env.items()))
