package org.enginehost.host;

/** Turns exceptions from plugin loading into the one line a user reads. */
final class Problems {

    private Problems() {
    }

    /**
     * The most specific message in a cause chain: PF4J wraps everything in
     * PluginRuntimeException, whose own text ("Cannot read manifest from …") hides the real reason.
     */
    static String describe(Throwable t) {
        StringBuilder out = new StringBuilder();
        Throwable current = t;
        String last = null;
        for (int depth = 0; current != null && depth < 8; depth++, current = current.getCause()) {
            String text = current.getMessage();
            if (text == null || text.isBlank()) {
                text = current.getClass().getSimpleName();
            } else if (!(current instanceof org.pf4j.PluginRuntimeException)) {
                text = current.getClass().getSimpleName() + ": " + text;
            }
            if (last != null && last.contains(text)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(text.replace('\n', ' '));
            last = text;
        }
        return out.toString();
    }
}
