package org.enginehost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.IFLE;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.INEG;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ClassFileUpgradeTest {

    /** A Java 5 class with a branch (so the Java 8 form needs a stack map frame): abs(int). */
    private static byte[] java5Class() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, ACC_PUBLIC | ACC_SUPER, "sample/Abs", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "abs", "(I)I", null, null);
        mv.visitCode();
        Label negative = new Label();
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFLE, negative);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(IRETURN);
        mv.visitLabel(negative);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(INEG);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static int majorVersion(Path jar, String entry) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            byte[] b = z.getInputStream(z.getEntry(entry)).readNBytes(8);
            return ((b[6] & 0xFF) << 8) | (b[7] & 0xFF);
        }
    }

    @Test
    void oldClassesBecomeJava8AndBehaveTheSame(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("old.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("sample/Abs.class"));
            out.write(java5Class());
            out.closeEntry();
            out.putNextEntry(new JarEntry("sample/data.txt"));
            out.write("kept".getBytes());
            out.closeEntry();
        }
        assertEquals(49, majorVersion(jar, "sample/Abs.class"));

        assertEquals(1, ClassFileUpgrade.upgrade(jar));

        assertEquals(52, majorVersion(jar, "sample/Abs.class"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> abs = loader.loadClass("sample.Abs");
            assertEquals(7, abs.getMethod("abs", int.class).invoke(null, -7));
            assertEquals(3, abs.getMethod("abs", int.class).invoke(null, 3));
            assertEquals("kept", new String(loader.getResourceAsStream("sample/data.txt").readAllBytes()));
        }
        assertEquals(0, ClassFileUpgrade.upgrade(jar), "a jar without old classes is left alone");
    }
}
