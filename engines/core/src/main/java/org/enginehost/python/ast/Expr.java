package org.enginehost.python.ast;

import java.util.List;

/** Expression nodes. Every node carries its 1-based line and 0-based column. */
public sealed interface Expr {
    int line();

    int col();

    /** Marker value of the {@code ...} constant. */
    Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };

    /** A literal: Long, BigInteger, Double, String, Boolean, null (None) or {@link #ELLIPSIS}. */
    record Constant(Object value, int line, int col) implements Expr {
    }

    record Name(String id, int line, int col) implements Expr {
    }

    /** {@code left op right}; op is a {@code runtime.BinOp} code. */
    record BinOp(Expr left, int op, Expr right, int line, int col) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand, int line, int col) implements Expr {
    }

    /** {@code a and b and c} / {@code a or b}. */
    record BoolOp(boolean isAnd, List<Expr> values, int line, int col) implements Expr {
    }

    /** A comparison chain; ops are {@link CmpOp} values. */
    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, int line, int col) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col) implements Expr {
    }

    /** A keyword argument; {@code arg} is null for {@code **mapping}. */
    record Keyword(String arg, Expr value, int line, int col) {
    }

    record Attribute(Expr value, String attr, int line, int col) implements Expr {
    }

    record Subscript(Expr value, Expr slice, int line, int col) implements Expr {
    }

    /** {@code lower:upper:step}, any part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr {
    }

    record Starred(Expr value, int line, int col) implements Expr {
    }

    record Tuple(List<Expr> elts, int line, int col) implements Expr {
    }

    record ListExpr(List<Expr> elts, int line, int col) implements Expr {
    }

    /** A dict display; a null key means {@code **value}. */
    record DictExpr(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, int line, int col) implements Expr {
    }

    record Lambda(Arguments args, Expr body, int line, int col) implements Expr {
    }

    /** An f-string: constant and formatted parts. */
    record JoinedStr(List<Expr> values, int line, int col) implements Expr {
    }

    /** {@code {value!conversion:spec}}; conversion is -1, 's', 'r' or 'a'; spec may be null. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, int line, int col) implements Expr {
    }
    /** {@code yield value}; value may be null. */
    record Yield(Expr value, int line, int col) implements Expr {
    }

    record YieldFrom(Expr value, int line, int col) implements Expr {
    }

    record Await(Expr value, int line, int col) implements Expr {
    }

    /** {@code target := value}; target is a Name. */
    record NamedExpr(Expr target, Expr value, int line, int col) implements Expr {
    }

    record SetExpr(List<Expr> elts, int line, int col) implements Expr {
    }

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs) {
    }

    record ListComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, int line, int col) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {
    }
}
