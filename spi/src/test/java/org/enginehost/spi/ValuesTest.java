package org.enginehost.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesTest {

    @Test
    void scriptExceptionSummarisesTypeAndMessage() {
        var entry = new ScriptException.StackEntry("t.py", 3, "f");
        var e = new ScriptException(ScriptException.Kind.ERROR, "ValueError", "bad", List.of(entry), "Traceback...\n", 1);
        assertEquals("ValueError: bad", e.getMessage());
        assertEquals(List.of(entry), e.stack());
        assertEquals("ValueError", new ScriptException(ScriptException.Kind.ERROR, "ValueError", "", List.of(), "x", 1).getMessage());
    }

    @Test
    void configBuilderKeepsWhatItIsGiven() {
        var out = new ByteArrayOutputStream();
        InterpreterConfig c = InterpreterConfig.builder().stdout(out).argv(List.of("a", "b"))
                .option("k", "v").limits(Limits.none().withRecursionLimit(5)).build();
        assertSame(out, c.stdout());
        assertEquals(List.of("a", "b"), c.argv());
        assertEquals("v", c.options().get("k"));
        assertEquals(5, c.limits().recursionLimit());
        InterpreterConfig copy = c.toBuilder().option("k2", "v2").build();
        assertEquals(2, copy.options().size());
        assertEquals(1, c.options().size());
        assertThrows(UnsupportedOperationException.class, () -> c.options().put("x", "y"));
    }

    @Test
    void sourceFromFileKeepsThePathAsName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.py"), "print(1)\n");
        Source s = Source.fromFile(file);
        assertEquals(file.toString(), s.name());
        assertEquals("print(1)\n", s.text());
    }

    @Test
    void capabilityDisplayNames() {
        assertEquals("parallel-interpreters", Capability.PARALLEL_INTERPRETERS.displayName());
    }
}
