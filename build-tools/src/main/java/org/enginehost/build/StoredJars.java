package org.enginehost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Rewrites the jars of a directory with every entry stored rather than deflated.
 *
 * <p>Why: an engine's classes are loaded by its plugin class loader, and for such classes the
 * JVM's class-data-sharing archive still wants the class file itself (it compares its checksum
 * with the archived class before using that), so every class an engine loads is read from its
 * jar at every start. Inflating them was about a tenth of a short run (hello.py 0.131 to 0.119 s,
 * 20 alternating pairs); stored entries are only copied. The price is disk space: a plugin jar
 * about twice the size.
 *
 * <p>Usage: {@code StoredJars DIR...}: every jar in each DIR with a deflated entry is rewritten in
 * place, keeping its entries' order, names and times; the others are left alone.
 */
public final class StoredJars {

    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        JarDirectories.run("StoredJars", "stored-jars", "entries stored uncompressed", args, StoredJars::store);
    }

    /** Rewrites {@code jar} in place when it has deflated entries; returns how many it had. */
    static int store(Path jar) throws IOException {
        int deflated = countDeflated(jar);
        if (deflated == 0) {
            return 0;
        }
        Path stored = JarDirectories.copyEntries(jar, true, (name, bytes) -> bytes);
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
        return deflated;
    }

    private static int countDeflated(Path jar) throws IOException {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getMethod() == ZipEntry.DEFLATED) {
                    n++;
                }
            }
        }
        return n;
    }
}
