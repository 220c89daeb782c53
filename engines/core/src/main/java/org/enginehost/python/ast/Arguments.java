package org.enginehost.python.ast;

import java.util.List;

/**
 * Parameters of a def or lambda. {@code defaults} belong to the last positional parameters;
 * {@code kwDefaults} is parallel to {@code kwonly} with nulls where there is no default.
 */
public record Arguments(List<Arg> posonly, List<Arg> args, List<Expr> defaults, Arg vararg, List<Arg> kwonly,
                        List<Expr> kwDefaults, Arg kwarg) {

    /** One parameter; {@code annotation} is null when the parameter has none. */
    public record Arg(String name, int line, int col, Expr annotation) {
        public Arg(String name, int line, int col) {
            this(name, line, col, null);
        }
    }

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
    }
}
