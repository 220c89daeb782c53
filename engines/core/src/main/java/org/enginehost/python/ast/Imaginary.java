package org.enginehost.python.ast;

/** The value of an imaginary literal such as {@code 2.5j} inside an {@link Expr.Constant}. */
public record Imaginary(double imag) {
}
