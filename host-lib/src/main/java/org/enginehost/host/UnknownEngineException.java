package org.enginehost.host;

import java.util.List;

/** Thrown when an engine is asked for by an id that no loaded engine has. */
public final class UnknownEngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> known;

    public UnknownEngineException(String requested, List<String> known) {
        super("unknown engine '" + requested + "'; known engines: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        this.requested = requested;
        this.known = List.copyOf(known);
    }

    public String requested() {
        return requested;
    }

    public List<String> known() {
        return known;
    }
}
