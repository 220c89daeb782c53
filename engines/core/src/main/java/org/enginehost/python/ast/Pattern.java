package org.enginehost.python.ast;

import java.util.List;

/** Patterns of the {@code match} statement (PEP 634). */
public sealed interface Pattern {
    int line();

    int col();

    /** A literal or dotted-name value compared with {@code ==} (None/True/False with {@code is}). */
    record MatchValue(Expr value, int line, int col) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}: compared by identity. */
    record MatchSingleton(Object value, int line, int col) implements Pattern {
    }

    /** {@code [p, *rest, q]} / {@code (p, q)}. */
    record MatchSequence(List<Pattern> patterns, int line, int col) implements Pattern {
    }

    /** {@code *name} inside a sequence pattern; name is null for {@code *_}. */
    record MatchStar(String name, int line, int col) implements Pattern {
    }

    /** {@code {key: p, **rest}}; rest may be null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int line, int col) implements Pattern {
    }

    /** {@code Cls(p1, p2, kw=p3)}. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, int line,
                      int col) implements Pattern {
    }

    /** {@code p as name}, or a bare capture {@code name} (pattern null), or {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, int line, int col) implements Pattern {
    }

    /** {@code p1 | p2}. */
    record MatchOr(List<Pattern> patterns, int line, int col) implements Pattern {
    }
}
