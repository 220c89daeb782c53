package org.enginehost.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a distribution's library jars that are older than Java 6 (class
 * file version 50) as Java 8 class files, with the stack map frames that version requires.
 *
 * <p>Why: the JVM's class-data-sharing archive, which bin/host uses to start quickly, leaves out
 * classes of those old versions, so a library compiled for Java 5 (picocli is) is read, parsed and
 * verified by the slow type-inferencing verifier on every start: about 60 ms of each run. ASM,
 * which the engines shade into their plugin jars to generate code, is compiled for Java 5 too, and
 * every script that runs a function often enough to compile it loaded its 30 classes from the jar
 * (about 10 ms). The rewrite changes no instruction; the classes behave as before and are
 * archived like the rest.
 *
 * <p>Usage: {@code ClassFileUpgrade DIR...}: every jar in each DIR that holds such classes is
 * rewritten in place; the others are left alone.
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        JarDirectories.run("ClassFileUpgrade", "class-file-upgrade", "classes rewritten as Java 8", args,
                ClassFileUpgrade::upgrade);
    }

    /** Rewrites {@code jar} in place when it has old class files; returns how many it rewrote. */
    static int upgrade(Path jar) throws IOException {
        if (!hasOldClasses(jar)) {
            return 0;
        }
        int[] count = {0};
        Path upgraded;
        // Frames need the common superclass of two types: resolved against the jar itself.
        try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassFileUpgrade.class.getClassLoader())) {
            upgraded = JarDirectories.copyEntries(jar, false, (name, bytes) -> {
                if (name.endsWith(".class") && version(bytes) < JAVA_6) {
                    count[0]++;
                    return rewrite(bytes, types);
                }
                return bytes;
            });
        }
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        return count[0];
    }

    private static boolean hasOldClasses(Path jar) throws IOException {
        try (InputStream raw = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".class") && version(in.readNBytes(8)) < JAVA_6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The major version of a class file. */
    private static int version(byte[] header) {
        return header.length < 8 ? Integer.MAX_VALUE : ((header[6] & 0xFF) << 8) | (header[7] & 0xFF);
    }

    private static byte[] rewrite(byte[] bytes, ClassLoader types) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
