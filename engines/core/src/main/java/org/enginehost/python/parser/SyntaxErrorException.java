package org.enginehost.python.parser;

/**
 * A compile-time error, with everything CPython prints for it: the exception type
 * ({@code SyntaxError}, {@code IndentationError}, {@code TabError}), the file, the 1-based
 * line, the 1-based column offset (0 when unknown) and the text of the offending line.
 */
public final class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String type;
    public final String msg;
    public final String filename;
    public final int line;
    public final int offset;
    public final String text;

    public SyntaxErrorException(String type, String msg, String filename, int line, int offset, String text) {
        super(msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.text = text;
    }

    /** The error as CPython prints it (without a traceback header), ending with a newline. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (text != null && !text.isBlank()) {
            String stripped = text.stripLeading();
            int removed = text.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            if (offset > 0) {
                int caret = Math.max(0, Math.min(offset - 1 - removed, stripped.length()));
                sb.append("    ").append(" ".repeat(caret)).append("^\n");
            }
        }
        sb.append(type).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
