package org.enginehost.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command line shared by the tools that rewrite every jar of some directories in place. */
final class JarDirectories {

    /** What a tool does to one jar: how many things it changed (0: the jar is left alone). */
    interface Rewrite {
        int apply(Path jar) throws IOException;
    }

    private JarDirectories() {
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
