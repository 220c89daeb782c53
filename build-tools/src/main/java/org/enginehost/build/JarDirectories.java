package org.enginehost.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The command line shared by the tools that rewrite every jar of some directories in place. */
final class JarDirectories {

    /** What a tool does to one jar: how many things it changed (0: the jar is left alone). */
    interface Rewrite {
        int apply(Path jar) throws IOException;
    }

    /** The new content of one entry of a jar being rewritten, given its name and old content. */
    interface EntryContent {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private JarDirectories() {
    }

    /**
     * Writes a copy of {@code jar} beside it, entry by entry in their order and with their names and
     * times, each entry's content given by {@code content}; {@code stored}: every entry
     * uncompressed, else deflated. Returns the copy, which the caller moves over the jar once
     * nothing holds the jar open any more.
     */
    static Path copyEntries(Path jar, boolean stored, EntryContent content) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".rewriting");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = content.apply(e.getName(), in.readAllBytes());
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return tmp;
    }

    /**
     * Applies {@code rewrite} to each jar of each directory in {@code args}, reporting the jars it
     * changed as {@code [tag] NAME: N what}; no directory at all is a usage error.
     */
    static void run(String tool, String tag, String what, String[] args, Rewrite rewrite) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: " + tool + " DIR...");
            System.exit(2);
        }
        for (String dir : args) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(dir), "*.jar")) {
                for (Path jar : jars) {
                    int n = rewrite.apply(jar);
                    if (n > 0) {
                        System.out.println("[" + tag + "] " + jar.getFileName() + ": " + n + " " + what);
                    }
                }
            }
        }
    }
}
