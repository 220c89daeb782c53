# argparse: parsing (options, positionals, nargs, actions, types, choices, '--', combined short
# flags, negative numbers, abbreviations), sub-commands, groups, parents, formatters, CPython's
# help/usage layout and its error messages (stderr captured, exit status printed).
import argparse
import io
import os
import sys

try:
    os.environ.pop("COLUMNS", None)  # the default width is then 80 - 2
except PermissionError:
    pass


def run(parser, args):
    """parse_args with stdout and stderr captured; prints the result or the error and the status."""
    old_out, old_err = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        sys.stdout, sys.stderr = old_out, old_err
        print(out.getvalue() + err.getvalue(), end="")
        print("exit", e.code)
    else:
        sys.stdout, sys.stderr = old_out, old_err
        print(result)
    finally:
        sys.stdout, sys.stderr = old_out, old_err


def known(parser, args):
    old_err = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_known_args(args))
    except SystemExit as e:
        print(sys.stderr.getvalue(), end="")
        print("exit", e.code)
    finally:
        sys.stderr = old_err


def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


print("--- a full parser")
p = argparse.ArgumentParser(
    prog="PROG",
    description="A test program that does many things and has a long description that must wrap "
                "around the terminal width.",
    epilog="See also the manual of %(prog)s.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.add_argument("--level", type=int, choices=[1, 2, 3], default=2,
               help="level %(choices)s, default %(default)s, type %(type)s")
p.add_argument("-n", "--num", type=float, metavar="N", help="a number")
p.add_argument("--tag", action="append", dest="tags", help="a tag, may repeat")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--ac", action="append_const", const="c", dest="acs")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour output")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.format_usage())
print(p.format_help())
run(p, ["a"])
run(p, ["a", "b", "-vvv", "--level", "3", "-n", "2.5", "--tag", "x", "--tag=y", "--const", "--no-x"])
run(p, ["a", "--pair", "1", "2", "--many", "--some", "1", "2", "--ext", "e1", "e2", "--ext", "e3",
        "--ac", "--ac"])
run(p, ["a", "--no-color", "-qv", "-n3", "-n=4", "--num=5", "--hidden", "h"])
run(p, ["--version"])
run(p, ["-h"])
run(p, ("a", "--", "-b"))

print("--- errors")
run(p, [])
run(p, ["a", "b", "c"])
run(p, ["a", "--level", "5"])
run(p, ["a", "--level", "x"])
run(p, ["a", "--num"])
run(p, ["a", "--pair", "1"])
run(p, ["a", "--some"])
run(p, ["a", "--co"])
run(p, ["a", "-q=1"])
run(p, ["a", "-qz"])
run(p, ["-5"])
known(p, ["a", "--unknown", "x", "-z"])
known(p, ["a", "b", "c", "--foo=1"])

print("--- abbreviations")
p = argparse.ArgumentParser(prog="S")
p.add_argument("-foo", type=int)
p.add_argument("-f", action="store_true")
p.add_argument("--foobar")
p.add_argument("--foonly")
run(p, ["-foo", "3"])
run(p, ["-fo", "3"])
run(p, ["-f"])
run(p, ["-f3"])
run(p, ["--foob", "x"])
run(p, ["--foo", "x"])
run(p, ["--foon=x"])
p = argparse.ArgumentParser(prog="S2", allow_abbrev=False)
p.add_argument("--foobar")
p.add_argument("-v", action="count")
p.add_argument("-a", action="store_true")
run(p, ["--foo", "x"])
run(p, ["-vvav"])
run(p, ["-v=3"])

print("--- positionals and nargs")
p = argparse.ArgumentParser(prog="I")
p.add_argument("a")
p.add_argument("b", nargs="?")
p.add_argument("c", nargs="*")
p.add_argument("-x", nargs="?", const="C", default="D")
p.add_argument("-y", action="append", default=["init"])
print(p.format_usage())
run(p, ["1"])
run(p, ["1", "-x", "2", "3", "4"])
run(p, ["1", "2", "-x", "3", "4"])
run(p, ["-x", "1", "2", "3"])
run(p, ["-y", "a", "1", "-y", "b"])
run(p, ["1", "-x=", "2"])
run(p, ["1", "--", "-x", "--", "-y"])
p = argparse.ArgumentParser(prog="I2")
p.add_argument("xs", nargs=2)
p.add_argument("ys", nargs="+")
p.add_argument("--o")
run(p, ["1", "2", "3", "--o", "x", "4"])
run(p, ["1", "--o", "x", "2", "3", "4"])
run(p, ["1", "2"])
p = argparse.ArgumentParser(prog="R")
p.add_argument("--x")
p.add_argument("cmd")
p.add_argument("args", nargs=argparse.REMAINDER)
print(p.format_usage())
run(p, ["--x", "1", "ls", "-l", "--x", "2"])

print("--- negative numbers")
p = argparse.ArgumentParser(prog="N")
p.add_argument("-x", type=int)
p.add_argument("foo", nargs="?", type=float)
run(p, ["-x", "-1"])
run(p, ["-2.5"])
run(p, ["-x", "-1", "-.5"])
p = argparse.ArgumentParser(prog="N2")
p.add_argument("-1", dest="one", action="store_true")
p.add_argument("foo", nargs="?")
run(p, ["-1"])
run(p, ["-2"])

print("--- required options, types and defaults")
p = argparse.ArgumentParser(prog="Q")
p.add_argument("--need", required=True)
p.add_argument("-r", required=True, type=int)
p.add_argument("pos")
print(p.format_help())
run(p, [])
run(p, ["--need", "x"])


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v


class Point:
    def __init__(self, s):
        self.x, self.y = map(int, s.split(","))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


p = argparse.ArgumentParser(prog="T")
p.add_argument("--even", type=even)
p.add_argument("--hex", type=lambda s: int(s, 16))
p.add_argument("--pt", type=Point)
p.add_argument("--n", type=int, default="10")
p.add_argument("--m", type=int, default=10.5)
p.add_argument("pos", type=int, nargs="?", default="5")
run(p, [])
run(p, ["--even", "4", "--hex", "ff", "--pt", "1,2", "--n", "3", "7"])
run(p, ["--even", "3"])
run(p, ["--hex", "zz"])
run(p, ["--pt", "1"])
run(p, ["x"])
print(p.get_default("n"), p.get_default("nothing"))
p.set_defaults(n=5, extra="e")
run(p, [])
print(p.get_default("extra"))
p = argparse.ArgumentParser(prog="AD", argument_default=argparse.SUPPRESS)
p.add_argument("--foo")
p.add_argument("bar", nargs="?")
run(p, [])
run(p, ["--foo", "1", "b"])
p = argparse.ArgumentParser(prog="NS")
p.add_argument("--foo", default="d")
print(p.parse_args([], namespace=argparse.Namespace(pre="set", foo="already")))

print("--- exit_on_error=False")
p = argparse.ArgumentParser(prog="EOE", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--ch", choices=["a"])
for args in (["--n"], ["--n", "x"], ["--ch", "b"]):
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

print("--- mutually exclusive groups")
p = argparse.ArgumentParser(prog="M")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("-a", action="store_true", help="mode a")
g.add_argument("-b", action="store_true", help="mode b")
g.add_argument("--cc", metavar="C")
print(p.format_help())
run(p, ["-a", "-b"])
run(p, ["-a", "--cc", "x"])
run(p, [])
run(p, ["-ab"])
run(p, ["-b"])
p = argparse.ArgumentParser(prog="GM")
grp = p.add_argument_group("modes", "Choose a mode.")
mx = grp.add_mutually_exclusive_group()
mx.add_argument("--fast", action="store_true", help="go fast")
mx.add_argument("--slow", action="store_true", help="go slow")
p.add_argument("--other")
mx2 = p.add_mutually_exclusive_group()
mx2.add_argument("--p1", help=argparse.SUPPRESS)
mx2.add_argument("--p2")
mx2.add_argument("--p3")
print(p.format_help())
run(p, ["--fast", "--slow"])
run(p, ["--p1", "a", "--p3", "b"])

print("--- argument groups and parents")
p = argparse.ArgumentParser(prog="G", add_help=False)
g1 = p.add_argument_group("input", "Input options.")
g1.add_argument("--in", dest="inp", default="-")
g2 = p.add_argument_group("output")
g2.add_argument("--out")
p.add_argument("x")
print(p.format_help())
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--parent", type=int, default=1)
parent.set_defaults(pd="yes")
child = argparse.ArgumentParser(prog="C", parents=[parent])
child.add_argument("foo")
print(child.format_help())
run(child, ["f", "--parent", "9"])

print("--- sub-commands")
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", required=True, help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.set_defaults(func="commit")
ps = sub.add_parser("push", help="update remote")
ps.add_argument("remote", nargs="?", default="origin")
ps.add_argument("--force", "-f", action="store_true")
ps.set_defaults(func="push")
print(p.format_help())
print(c.format_help())
print(ps.format_usage())
run(p, ["commit", "-m", "hi"])
run(p, ["--debug", "ci", "-m", "x"])
run(p, ["push", "-f"])
run(p, ["push", "up", "extra"])
run(p, ["commit"])
run(p, [])
run(p, ["pull"])
run(p, ["push", "-h"])
known(p, ["push", "up", "--zz"])
attempt(lambda: sub.add_parser("push"))
p = argparse.ArgumentParser(prog="t")
s = p.add_subparsers(title="commands", description="the commands", metavar="COMMAND")
s.add_parser("a", help="do a")
s.add_parser("b", help="do b")
s.add_parser("c")
print(p.format_help())
run(p, [])
run(p, ["a"])
p = argparse.ArgumentParser(prog="W")
p.add_argument("first")
p.add_argument("--top", default="T")
s = p.add_subparsers()
a = s.add_parser("go")
a.add_argument("--top", default="SUB")
a.add_argument("n", type=int)
print(a.prog)
run(p, ["f", "go", "3"])
run(p, ["f", "go", "x"])
run(p, ["f", "z"])

print("--- formatters")
for fc in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
           argparse.ArgumentDefaultsHelpFormatter):
    p = argparse.ArgumentParser(prog="F", formatter_class=fc, description="""first line
    indented second line

third   paragraph""")
    p.add_argument("--foo", type=int, default=3, help="foo value\n  with raw lines")
    p.add_argument("bar", nargs="*", default=[1, 2], help="bar values")
    p.add_argument("--baz", help="baz")
    p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=False, help="a flag")
    print(p.format_help())

print("--- widths and wrapping")


def build(width):
    p = argparse.ArgumentParser(
        prog="cols", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=width),
        description="Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")
    p.add_argument("--alpha-beta-gamma", metavar="X",
                   help="an option with a fairly long help text that will be wrapped at narrow widths")
    p.add_argument("-s", action="store_true", help="short")
    p.add_argument("file", nargs="+", help="files to process")
    sp = p.add_subparsers(title="cmds", dest="c")
    sp.add_parser("run", help="run it")
    sp.add_parser("stop", aliases=["halt", "kill"], help="stop it now, with a rather long help that wraps")
    return p


for width in (28, 50, 120):
    print(build(width).format_help())
p = argparse.ArgumentParser(prog="a_rather_long_program_name_for_testing_the_wrapping")
for i in range(12):
    p.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
p.add_argument("positional_one")
p.add_argument("positional_two", nargs="+")
print(p.format_usage())
p = argparse.ArgumentParser(prog="short")
for i in range(6):
    p.add_argument("--option-%d" % i, metavar="VALUE%d" % i,
                   help="help for option %d which is rather long so it must be wrapped onto several lines" % i)
p.add_argument("positional_one")
print(p.format_help())
p = argparse.ArgumentParser(prog="x" * 60)
for i in range(8):
    p.add_argument("--aaaa%d" % i)
p.add_argument("bbbb")
print(p.format_usage())
p = argparse.ArgumentParser(prog="lo", usage="%(prog)s [options] file", epilog="bye")
p.add_argument("-a", "--aaaaaaaaaaaaaaaaaaaaaaa", metavar="VALUE", help="a")
p.add_argument("-b", help="b\n\n  second paragraph joined")
p.add_argument("--empty", help="")
p.add_argument("--ch", choices=["x", "y"], help="one of %(choices)s")
p.add_argument("--opt", nargs="?", metavar="V")
p.add_argument("--star", nargs="*", metavar=("A", "B"))
p.add_argument("--three", nargs=3)
p.add_argument("positional_with_a_really_long_name", help="pos")
print(p.format_help())

print("--- definition errors")
p = argparse.ArgumentParser(prog="E")
attempt(lambda: p.add_argument("-h"))
p.add_argument("--foo")
attempt(lambda: p.add_argument("-f", "--foo"))
attempt(lambda: p.add_argument("--a", nargs=0))
attempt(lambda: p.add_argument("--c", const=1))
attempt(lambda: p.add_argument("--d", type="int"))
attempt(lambda: p.add_argument("--e", nargs=2, metavar=("A",)))
attempt(lambda: p.add_argument("x", required=True))
attempt(lambda: p.add_argument("-g", "+g"))
attempt(lambda: p.add_mutually_exclusive_group().add_argument("y"))
attempt(lambda: argparse.ArgumentParser(conflict_handler="bad"))
p = argparse.ArgumentParser(prog="X", conflict_handler="resolve")
p.add_argument("-f", "--foo", help="old")
p.add_argument("--foo", help="new")
print(p.format_help())

print("--- output helpers and Namespace")
p = argparse.ArgumentParser(prog="PR", prefix_chars="-+")
p.add_argument("+f", action="store_true")
p.print_usage()
buf = io.StringIO()
p.print_help(buf)
print(repr(buf.getvalue()))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    p.error("custom problem")
except SystemExit as e:
    captured = sys.stderr.getvalue()
    sys.stderr = old
    print(repr(captured), e.code)
sys.stderr = io.StringIO()
try:
    p.exit(3, "bye\n")
except SystemExit as e:
    captured = sys.stderr.getvalue()
    sys.stderr = old
    print(repr(captured), e.code)
sys.stderr = old
print(repr(argparse.ArgumentParser(prog="NOH", add_help=False).format_help()))
print(repr(argparse.ArgumentParser(prog="SU", usage=argparse.SUPPRESS, description="d").format_help()))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), ns != argparse.Namespace(a=2), "a" in ns, "c" in ns)
print(argparse.Namespace(**{"a-b": 1, "c": 2}), vars(ns))
print(argparse.ArgumentParser(prog="P"))
print(argparse.ArgumentParser(prog="P").add_argument("--x", type=int, help="h"))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*")
print(p.parse_intermixed_args(["a", "--foo", "x", "b", "c"]))
print(p.parse_known_args(["a", "--foo", "x", "b", "c"]))

print("--- short-flag clusters and odd values")
p = argparse.ArgumentParser(prog="SH")
p.add_argument("-a", action="store_true")
p.add_argument("-b", type=int)
p.add_argument("-c", nargs="?", const=7)
p.add_argument("-x")
for args in (["-ab5"], ["-ab", "5"], ["-ac"], ["-ca"], ["-ab"], ["-b="], ["-x", "-a b"], ["-x", "-"]):
    run(p, args)
p = argparse.ArgumentParser(prog="MXN")
m = p.add_mutually_exclusive_group()
m.add_argument("--a")
m.add_argument("--b", nargs="+")
p.add_argument("--d")
g = p.add_mutually_exclusive_group()
g.add_argument("--e", help=argparse.SUPPRESS)
p.add_argument("pos", nargs="*", choices=["u", "v"], default=["u"])
print(p.format_usage())
run(p, [])
run(p, ["v", "w"])
run(p, ["--b", "1", "2", "--a", "3"])
p = argparse.ArgumentParser(prog="DEF", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("-s", "--short", action=argparse.BooleanOptionalAction, help="flag")
p.add_argument("--c", action="count", default=0, help="count")
p.add_argument("--n", help="no default shown for %(default)s")
p.add_argument("--plain")
print(p.format_help())
