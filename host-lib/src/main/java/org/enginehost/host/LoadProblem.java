package org.enginehost.host;

import java.util.Objects;

/**
 * Something that went wrong while looking for engines. Never fatal: the host reports it and every
 * other engine keeps working.
 *
 * @param source the plugin jar's path, the plugins directory, or "classpath"
 * @param reason one line for humans saying what is wrong and, where it helps, how to fix it
 * @param cause the underlying exception, kept for {@code --debug}; may be null
 */
public record LoadProblem(String source, String reason, Throwable cause) {

    public LoadProblem {
        Objects.requireNonNull(source);
        Objects.requireNonNull(reason);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
