package org.enginehost.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void defaultsMatchCPython() {
        assertEquals(1000, Limits.none().recursionLimit());
        assertEquals(0, Limits.none().instructionLimit());
        assertTrue(Limits.none().timeLimit().isEmpty());
    }

    @Test
    void withersReturnNewValues() {
        Limits l = Limits.none().withRecursionLimit(50).withInstructionLimit(10).withTimeLimit(Duration.ofSeconds(2));
        assertEquals(50, l.recursionLimit());
        assertEquals(10, l.instructionLimit());
        assertEquals(Duration.ofSeconds(2), l.timeLimit().orElseThrow());
        assertEquals(1000, Limits.none().recursionLimit());
        assertEquals(l, Limits.none().withRecursionLimit(50).withInstructionLimit(10).withTimeLimit(Duration.ofSeconds(2)));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Limits.none().withRecursionLimit(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.none().withInstructionLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> Limits.none().withTimeLimit(Duration.ZERO));
    }
}
