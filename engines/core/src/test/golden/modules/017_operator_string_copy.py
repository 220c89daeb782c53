import operator, string, copy
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.floordiv(7, 2))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), operator.contains([1, 2], 2), operator.index(5), operator.eq(1, 1.0))
print(operator.getitem({"k": "v"}, "k"), operator.concat([1], [2]), operator.pow(2, 5), operator.lt(1, 2), operator.xor(5, 3))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9); operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.is_(None, None))
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), string.punctuation[:10], len(string.printable))
print(string.capwords("hello   wide world"), string.Template("$who likes ${what}!").substitute(who="tim", what="pie"))
t = string.Template("$a and $b")
print(t.safe_substitute(a=1))
try:
    t.substitute(a=1)
except KeyError as e:
    print(type(e).__name__, e)
orig = {"list": [1, [2, 3]], "n": 1}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["n"] = 2
print(orig, sh, dp)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
n = Node(1)
n.children.append(Node(2))
n2 = copy.deepcopy(n)
n2.children[0].v = 99
print(n, n2, copy.copy(n).children is n.children)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is not cyc)
