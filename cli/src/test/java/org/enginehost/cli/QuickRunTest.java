package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickRunTest {

    private static QuickRun parse(String... args) {
        return QuickRun.parse(args);
    }

    @Test
    void theCommonFormsAreRecognised() {
        QuickRun q = parse("--engine=stackless", "--option", "jit=off", "--option=stack-size-mb=64", "--debug",
                "run", "x.py", "--engine", "-v", "run");
        assertNotNull(q);
        assertEquals("stackless", q.engine);
        assertEquals(Map.of("jit", "off", "stack-size-mb", "64"), q.options);
        assertTrue(q.debug);
        assertEquals("x.py", q.file);
        assertEquals(List.of("--engine", "-v", "run"), q.args);

        QuickRun plain = parse("run", "x.py");
        assertNotNull(plain);
        assertNull(plain.engine);
        assertFalse(plain.debug);
        assertEquals(List.of(), plain.args);
        assertEquals("baseline", parse("--engine", "baseline", "run", "y.py").engine);
        assertEquals("a=b", parse("--option", "k=a=b", "run", "y.py").options.get("k"));
        assertNull(plain.code);
    }

    @Test
    void dashCWithItsArgumentsIsRecognised() {
        QuickRun c = parse("--engine=parallel", "--debug", "-c", "import sys; print(sys.argv)", "a", "run", "b");
        assertNotNull(c);
        assertEquals("parallel", c.engine);
        assertTrue(c.debug);
        assertNull(c.file);
        assertEquals("import sys; print(sys.argv)", c.code);
        assertEquals(List.of("a", "run", "b"), c.args);
        assertEquals(List.of(), parse("-c", "pass").args);
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        assertNull(parse());
        assertNull(parse("run"));
        assertNull(parse("engines"));
        assertNull(parse("--help"));
        assertNull(parse("run", "--help"));
        assertNull(parse("run", "-"));
        assertNull(parse("--sandbox", "run", "x.py"));
        assertNull(parse("--plugins", "dir", "run", "x.py"));
        assertNull(parse("--engine", "a", "--engine", "b", "run", "x.py"));
        assertNull(parse("--engine=", "run", "x.py"));
        assertNull(parse("--engine", "--debug", "run", "x.py"));
        assertNull(parse("--option", "novalue", "run", "x.py"));
        assertNull(parse("--option", "=v", "run", "x.py"));
        assertNull(parse("--debug", "--debug", "run", "x.py"));
        assertNull(parse("-c"));
        assertNull(parse("-c", "-1"));
        assertNull(parse("-c", "print(1)", "--debug"));
        assertNull(parse("-c", "print(1)", "a", "-v"));
        assertNull(parse("--sandbox", "-c", "print(1)"));
        assertNull(parse("x.py"));
        assertNull(parse("--engine"));
    }
}
