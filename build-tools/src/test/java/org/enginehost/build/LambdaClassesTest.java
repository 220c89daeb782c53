package org.enginehost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.enginehost.build.lambdas.LambdaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

class LambdaClassesTest {
    private static final String SAMPLES = "org/enginehost/build/lambdas";
    private static final String HOST = SAMPLES + "/LambdaSamples";

    /** Copies the compiled sample classes (this module's test classes) to {@code dir}. */
    private static void copySamples(Path dir) throws Exception {
        Path classes = Path.of(LambdaSamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(SAMPLES))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = dir.resolve(classes.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                all.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }

    /** The bootstrap methods of every invokedynamic under {@code dir}, as Owner.name. */
    private static List<String> bootstraps(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        for (byte[] bytes : snapshot(dir).values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                            found.add(bsm.getOwner() + "." + bsm.getName());
                        }
                    };
                }
            }, 0);
        }
        return found;
    }

    @Test
    @SuppressWarnings("unchecked")
    void rewrittenLambdasAreClassesThatBehaveAsBefore(@TempDir Path dir) throws Exception {
        copySamples(dir);
        assertTrue(bootstraps(dir).contains("java/lang/invoke/LambdaMetafactory.metafactory"));

        LambdaClasses.Report report = LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());

        assertTrue(report.converted() >= 40, report.toString());
        // Non-capturing lambdas of one interface method share a class, each an instance of its own.
        assertTrue(report.classes() < report.converted() - 10, report.toString());
        // The serializable lambda: its call site, and the one javac puts in $deserializeLambda$.
        assertEquals(2, report.left().get("LambdaMetafactory.altMetafactory"), report.toString());
        for (String reason : report.left().keySet()) {
            assertTrue(reason.equals("LambdaMetafactory.altMetafactory")
                    || reason.equals("StringConcatFactory.makeConcatWithConstants"), report.toString());
        }
        assertFalse(bootstraps(dir).contains("java/lang/invoke/LambdaMetafactory.metafactory"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> rewritten = loader.loadClass(HOST.replace('/', '.'));
            assertNotSame(LambdaSamples.class, rewritten);
            List<String> expected = LambdaSamples.results();
            List<String> actual = (List<String>) rewritten.getMethod("results").invoke(null);
            assertEquals(expected, actual);

            // The originals are spun by the JDK (hidden classes); the rewritten ones are ordinary classes.
            for (Object f : LambdaSamples.functions()) {
                assertTrue(f.getClass().isHidden(), f.getClass().getName());
            }
            for (Object f : (List<Object>) rewritten.getMethod("functions").invoke(null)) {
                assertFalse(f.getClass().isHidden(), f.getClass().getName());
                assertTrue(f.getClass().getName().matches(".*\\$Lambda\\d+"), f.getClass().getName());
                assertEquals(loader, f.getClass().getClassLoader());
            }
        }
    }

    @Test
    void aSecondRunChangesNothing(@TempDir Path dir) throws Exception {
        copySamples(dir);
        LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());
        Map<String, byte[]> first = snapshot(dir);

        LambdaClasses.Report again = LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());

        assertEquals(0, again.converted());
        assertEquals(0, again.written());
        Map<String, byte[]> second = snapshot(dir);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(name)), name));
    }

    @Test
    void aRecompiledHostGetsItsClassesAgainAndUnusedOnesGo(@TempDir Path dir) throws Exception {
        copySamples(dir);
        Path host = dir.resolve(HOST + ".class");
        byte[] compiled = Files.readAllBytes(host);
        LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());
        Map<String, byte[]> rewritten = snapshot(dir);
        // As if javac had compiled the host again, and an earlier run had left a class nothing calls.
        Files.write(host, compiled);
        String stale = HOST + "$Lambda999";
        Files.write(dir.resolve(stale + ".class"), staleLambdaClass(stale));

        LambdaClasses.Report report = LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());

        assertTrue(report.converted() > 0);
        assertEquals(1, report.deleted());
        assertFalse(Files.exists(dir.resolve(stale + ".class")));
        Map<String, byte[]> now = snapshot(dir);
        assertEquals(rewritten.keySet(), now.keySet());
        rewritten.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, now.get(name)), name));
    }

    private static byte[] staleLambdaClass(String name) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", null);
        cw.visitNestHost(HOST);
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void theNestHostListsTheLambdaClassesOfItsNestedClasses(@TempDir Path dir) throws Exception {
        copySamples(dir);
        LambdaClasses.rewrite(dir, ClassLoader.getSystemClassLoader());
        ClassNode host = new ClassNode();
        new ClassReader(Files.readAllBytes(dir.resolve(HOST + ".class"))).accept(host, ClassReader.SKIP_CODE);
        assertTrue(host.nestMembers.contains(HOST + "$Nested$Lambda0"), host.nestMembers.toString());
        assertTrue(host.nestMembers.contains(HOST + "$Lambda0"), host.nestMembers.toString());
        ClassNode lambda = new ClassNode();
        new ClassReader(Files.readAllBytes(dir.resolve(HOST + "$Nested$Lambda0.class"))).accept(lambda, 0);
        assertEquals(HOST, lambda.nestHostClass);
    }
}
