package org.enginehost.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Program text together with the name that error messages and tracebacks show for it: a file
 * path, or a pseudo-name such as {@code <string>} or {@code <stdin>}.
 */
public record Source(String name, String text) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static Source of(String name, String text) {
        return new Source(name, text);
    }

    /** Reads a UTF-8 file; the name shown in tracebacks is the path as given. */
    public static Source fromFile(Path path) throws IOException {
        return new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }
}
