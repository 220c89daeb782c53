package org.enginehost.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JavaInteropTest {

    /** Specialises Function's generic method: still one abstract method. */
    interface StrFn extends Function<String, String> {
        @Override
        String apply(String s);
    }

    @Test
    void functionalMethods() throws Exception {
        assertEquals("apply", JavaInterop.functionalMethod(Function.class).getName());
        assertEquals("compare", JavaInterop.functionalMethod(Comparator.class).getName(), "equals() is Object's");
        assertEquals(String.class, JavaInterop.functionalMethod(StrFn.class).getParameterTypes()[0]);
        assertThrows(IllegalArgumentException.class, () -> JavaInterop.functionalMethod(List.class));
        assertThrows(IllegalArgumentException.class, () -> JavaInterop.functionalMethod(String.class));
    }

    @Test
    void whatCountsAsAJavaFunction() {
        assertEquals("apply", JavaInterop.functionalMethodOf((Function<Object, Object>) x -> x).getName());
        assertEquals("run", JavaInterop.functionalMethodOf((Runnable) () -> { }).getName());
        assertNull(JavaInterop.functionalMethodOf("a string"), "Comparable is no @FunctionalInterface");
        assertNull(JavaInterop.functionalMethodOf(List.of()));
        assertNull(JavaInterop.functionalMethodOf(null));
    }

    @Test
    void exposedChecksItsAllowList() {
        Exposed e = Exposed.of(new StringBuilder("ab"), "length", "append");
        assertEquals("StringBuilder", e.typeName());
        assertEquals(List.of("length", "append"), List.copyOf(e.methodNames()));
        assertThrows(IllegalArgumentException.class, () -> Exposed.of(new StringBuilder(), "getClass"));
        assertThrows(IllegalArgumentException.class, () -> Exposed.of(new StringBuilder(), "nope"));
        assertThrows(IllegalArgumentException.class, () -> e.named("not a name"));
    }
}
