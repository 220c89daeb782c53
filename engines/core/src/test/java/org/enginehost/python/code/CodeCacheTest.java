package org.enginehost.python.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.enginehost.python.compiler.Compiler;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code cache gives back exactly what the compiler made: every program of the golden corpus
 * and every library module, written and read back, field by field; and the cache is used only
 * for the same file with the same text.
 */
class CodeCacheTest {

    @AfterEach
    void noCache() {
        System.clearProperty(CodeCache.PROPERTY);
    }

    private static List<Path> pythonFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String root : new String[] {"src/test/golden", "src/main/resources"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyProgramAndModuleReadsBackAsCompiled() throws Exception {
        int checked = 0;
        for (Path file : pythonFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            CodeObject compiled;
            try {
                compiled = Compiler.compileModule(source, file.toString());
            } catch (SyntaxErrorException e) {
                continue; // the corpus's syntax-error programs
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                CodeCache.writeCode(out, compiled);
            }
            CodeObject read = CodeCache.readCode(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            assertSameCode(compiled, read, file.toString());
            checked++;
        }
        assertTrue(checked > 300, "programs checked: " + checked);
    }

    private static void assertSameCode(CodeObject a, CodeObject b, String where) {
        String at = where + ": " + a.qualname;
        assertArrayEquals(a.code, b.code, at);
        assertArrayEquals(a.names, b.names, at);
        assertArrayEquals(a.varnames, b.varnames, at);
        assertArrayEquals(a.cellvars, b.cellvars, at);
        assertArrayEquals(a.freevars, b.freevars, at);
        assertArrayEquals(a.cellArgs, b.cellArgs, at);
        assertArrayEquals(a.lineTable, b.lineTable, at);
        assertArrayEquals(a.exceptionTable, b.exceptionTable, at);
        assertEquals(List.of(a.argcount, a.posonlyargcount, a.kwonlyargcount, a.flags, a.nlocals, a.stackSize,
                a.firstLineNumber), List.of(b.argcount, b.posonlyargcount, b.kwonlyargcount, b.flags, b.nlocals,
                b.stackSize, b.firstLineNumber), at);
        assertEquals(List.of(a.name, a.qualname, a.filename), List.of(b.name, b.qualname, b.filename), at);
        assertEquals(a.consts.length, b.consts.length, at);
        for (int i = 0; i < a.consts.length; i++) {
            assertSameConst(a.consts[i], b.consts[i], at + " const " + i);
        }
    }

    private static void assertSameConst(PyObject a, PyObject b, String at) {
        assertSame(a.getClass(), b.getClass(), at);
        if (a instanceof CodeObject) {
            assertSameCode((CodeObject) a, (CodeObject) b, at);
        } else if (a instanceof PyTuple) {
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            assertEquals(x.length, y.length, at);
            for (int i = 0; i < x.length; i++) {
                assertSameConst(x[i], y[i], at + "[" + i + "]");
            }
        } else {
            assertEquals(a.repr(), b.repr(), at);
        }
    }

    /** A compiler that counts its calls. */
    private static final class Counting implements BiFunction<String, String, CodeObject> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public CodeObject apply(String source, String filename) {
            calls.incrementAndGet();
            return Compiler.compileModule(source, filename);
        }
    }

    @Test
    void aFileIsCompiledOnceWhileItsTextStaysTheSame(@TempDir Path dir) throws Exception {
        System.setProperty(CodeCache.PROPERTY, dir.resolve("code").toString());
        Counting compiler = new Counting();
        String source = "def f(x):\n    return [x, 2 ** 70, 1.5, 2j, b'\\xff', 'caf\\u00e9', ...]\nprint(f(1))\n";

        CodeObject first = CodeCache.compile(source, "/scripts/a.py", compiler);
        CodeObject second = CodeCache.compile(source, "/scripts/a.py", compiler);
        assertEquals(1, compiler.calls.get());
        assertNotSame(first, second);
        assertSameCode(first, second, "cached");

        CodeCache.compile(source, "/scripts/b.py", compiler); // another file with the same text
        CodeCache.compile(source + "print(2)\n", "/scripts/a.py", compiler); // the file changed
        assertEquals(3, compiler.calls.get());
        CodeCache.compile(source + "print(2)\n", "/scripts/a.py", compiler);
        assertEquals(3, compiler.calls.get());
    }

    @Test
    void aDamagedEntryIsCompiledAgain(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("code");
        System.setProperty(CodeCache.PROPERTY, cache.toString());
        Counting compiler = new Counting();
        CodeCache.compile("x = 1\n", "/scripts/c.py", compiler);
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 5));
            }
        }
        CodeObject again = CodeCache.compile("x = 1\n", "/scripts/c.py", compiler);
        assertEquals(2, compiler.calls.get());
        assertSameCode(Compiler.compileModule("x = 1\n", "/scripts/c.py"), again, "recompiled");
        CodeCache.compile("x = 1\n", "/scripts/c.py", compiler);
        assertEquals(2, compiler.calls.get()); // the damaged entry was replaced
    }

    @Test
    void withoutTheSettingNothingIsWritten(@TempDir Path dir) throws Exception {
        Counting compiler = new Counting();
        CodeCache.compile("x = 1\n", "/scripts/d.py", compiler);
        CodeCache.compile("x = 1\n", "/scripts/d.py", compiler);
        assertEquals(2, compiler.calls.get());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }
}
