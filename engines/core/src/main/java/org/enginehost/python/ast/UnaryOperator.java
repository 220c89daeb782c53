package org.enginehost.python.ast;

/** Unary operators. */
public enum UnaryOperator {
    NEG, POS, NOT, INVERT
}
