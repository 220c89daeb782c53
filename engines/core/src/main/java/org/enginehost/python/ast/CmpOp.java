package org.enginehost.python.ast;

/** Comparison operators; the first six are in {@code runtime.CompareOp} order. */
public enum CmpOp {
    LT, LE, EQ, NE, GT, GE, IS, IS_NOT, IN, NOT_IN
}
