package org.enginehost.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.FloatRepr;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;
import org.junit.jupiter.api.Test;

/** Float repr and int overflow; expected values are what CPython 3.11 prints. */
class NumbersTest {
    @Test
    void floatRepr() {
        assertEquals("1.0", FloatRepr.repr(1.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("0.3333333333333333", FloatRepr.repr(1.0 / 3));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("1e+22", FloatRepr.repr(1e22));
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("2e-07", FloatRepr.repr(2e-7));
        assertEquals("123456789.123", FloatRepr.repr(123456789.123));
    }

    private static PyObject op(int op, long a, long b) {
        return Operations.binaryOp(op, PyInt.of(a), PyInt.of(b));
    }

    @Test
    void intOverflowPromotesToBigInteger() {
        PyInt sum = (PyInt) op(BinOp.ADD, Long.MAX_VALUE, 1);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), sum.big);
        PyInt prod = (PyInt) op(BinOp.MUL, 3037000500L, 3037000500L);
        assertEquals(new BigInteger("9223372037000250000"), prod.big);
        PyInt neg = (PyInt) op(BinOp.FLOORDIV, Long.MIN_VALUE, -1);
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), neg.big);
        PyInt back = (PyInt) Operations.binaryOp(BinOp.SUB, sum, PyInt.of(1));
        assertNull(back.big, "results that fit go back to the long form");
        assertEquals(Long.MAX_VALUE, back.value);
        assertEquals("1267650600228229401496703205376", op(BinOp.POW, 2, 100).repr());
    }

    @Test
    void floorSemantics() {
        assertEquals(-4L, ((PyInt) op(BinOp.FLOORDIV, -7, 2)).value);
        assertEquals(2L, ((PyInt) op(BinOp.MOD, -7, 3)).value);
        assertEquals(-2L, ((PyInt) op(BinOp.MOD, 7, -3)).value);
        assertEquals(0.5, ((PyFloat) op(BinOp.POW, 2, -1)).value);
        assertEquals(3.5, ((PyFloat) op(BinOp.TRUEDIV, 7, 2)).value);
        PyException e = assertThrows(PyException.class, () -> op(BinOp.FLOORDIV, 1, 0));
        assertEquals("integer division or modulo by zero", e.value.str());
    }

    @Test
    void smallIntsAreCached() {
        assertSame(PyInt.of(100), PyInt.of(100));
        assertSame(PyInt.of(7), op(BinOp.ADD, 3, 4));
    }

    @Test
    void numericHashesAgree() {
        assertEquals(PyInt.of(1).pyHash(), new PyFloat(1.0).pyHash());
        assertEquals(PyInt.of(BigInteger.TWO.pow(70)).pyHash(), new PyFloat(Math.pow(2, 70)).pyHash());
        assertEquals(PyInt.of(-1).pyHash(), -2);
        assertEquals(1152921504606846976L, new PyFloat(0.5).pyHash());
    }
}
