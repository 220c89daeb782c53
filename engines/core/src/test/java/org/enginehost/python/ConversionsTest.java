package org.enginehost.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyRange;
import org.enginehost.spi.Handle;
import org.junit.jupiter.api.Test;

/** Values crossing the SPI boundary. */
class ConversionsTest {
    private final Conversions c = new Conversions(new Object());

    @Test
    void pythonToJava() {
        assertNull(c.toJava(PyNone.NONE));
        assertEquals(Boolean.TRUE, c.toJava(PyBool.TRUE));
        assertEquals(5L, c.toJava(PyInt.of(5)));
        assertEquals(BigInteger.TWO.pow(80), c.toJava(PyInt.of(BigInteger.TWO.pow(80))));
        assertEquals(2.5, c.toJava(new PyFloat(2.5)));
        assertEquals("s", c.toJava(new PyStr("s")));
        assertEquals(List.of(1L, "a"), c.toJava(new PyList(new PyObject[] {PyInt.of(1), new PyStr("a")})));
        assertEquals(List.of(true), c.toJava(PyTuple.of(PyBool.TRUE)));
        PyDict d = new PyDict();
        d.put(new PyStr("k"), PyInt.of(2));
        assertEquals(Map.of("k", 2L), c.toJava(d));
        Object h = c.toJava(new PyRange(0, 3, 1));
        assertInstanceOf(Handle.class, h);
        assertEquals("range", ((Handle) h).typeName());
        assertEquals("range(0, 3)", h.toString());
    }

    @Test
    void javaToPython() {
        assertSame(PyNone.NONE, c.toPython(null));
        assertSame(PyBool.FALSE, c.toPython(false));
        assertEquals(PyInt.of(3), c.toPython(3));
        assertEquals(PyInt.of(3), c.toPython(3L));
        assertEquals(PyInt.of(BigInteger.TEN.pow(30)), c.toPython(BigInteger.TEN.pow(30)));
        assertEquals(new PyFloat(1.5), c.toPython(1.5));
        assertEquals(new PyStr("x"), c.toPython("x"));
        assertEquals("[1, 'a', None]", c.toPython(java.util.Arrays.asList(1L, "a", null)).repr());
        assertEquals("{'k': [2]}", c.toPython(Map.of("k", List.of(2L))).repr());
        Object h = c.toJava(new PyRange(0, 3, 1));
        assertEquals("range(0, 3)", c.toPython(h).repr());
        Conversions other = new Conversions(new Object());
        assertThrows(IllegalArgumentException.class, () -> other.toPython(h));
        assertThrows(IllegalArgumentException.class, () -> c.toPython(new Object()));
    }
}
