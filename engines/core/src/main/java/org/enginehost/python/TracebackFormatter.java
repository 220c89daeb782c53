package org.enginehost.python;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTraceback;
import org.enginehost.spi.ScriptException;

/** Formats exceptions exactly as CPython's default excepthook prints them. */
public final class TracebackFormatter {
    private static final int RECURSIVE_CUTOFF = 3;

    /** Supplies a source line (1-based) of a file, or null when unknown. */
    private final BiFunction<String, Integer, String> lines;

    public TracebackFormatter(BiFunction<String, Integer, String> lines) {
        this.lines = lines;
    }

    /**
     * Whether tracebacks show source lines for code from {@code filename}: not for pseudo-files such
     * as {@code <string>} (-c, exec), {@code <stdin>} or the REPL, as CPython (its linecache has none).
     */
    static boolean hasSourceFile(String filename) {
        return !(filename.startsWith("<") && filename.endsWith(">"));
    }

    /** The full text, including chained exceptions, ending with a newline. */
    public String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatChain(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private void formatChain(PyBaseException e, StringBuilder sb, Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            formatChain(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            formatChain(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(e, sb);
    }

    private void formatOne(PyBaseException e, StringBuilder sb) {
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
                String key = tb.code.filename + ":" + tb.line + ":" + tb.code.name;
                if (key.equals(lastKey)) {
                    repeats++;
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                    lastKey = key;
                }
                if (repeats >= RECURSIVE_CUTOFF) {
                    continue;
                }
                sb.append("  File \"").append(tb.code.filename).append("\", line ").append(tb.line)
                        .append(", in ").append(tb.code.name).append('\n');
                String text = hasSourceFile(tb.code.filename) ? lines.apply(tb.code.filename, tb.line) : null;
                if (text != null && !text.isBlank()) {
                    sb.append("    ").append(text.strip()).append('\n');
                }
            }
            flushRepeats(sb, repeats);
        }
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR)) {
            SyntaxErrorException se = syntaxDetails(e);
            if (se != null) {
                sb.append(se.format());
                return;
            }
        }
        sb.append(lastLine(e)).append('\n');
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        int extra = repeats - (RECURSIVE_CUTOFF - 1);
        if (extra > 0) {
            sb.append("  [Previous line repeated ").append(extra).append(" more time").append(extra > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** {@code TypeName: message}, or just the type name when the message is empty. */
    public static String lastLine(PyBaseException e) {
        String mod = e.getType().module;
        String name = mod == null || mod.equals("__main__") || mod.equals("builtins") ? e.getType().qualname : mod + "." + e.getType().qualname;
        String msg = e.str();
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /** Rebuilds the file/line/caret details stored on a SyntaxError instance. */
    public static SyntaxErrorException syntaxDetails(PyBaseException e) {
        PyObject file = e.attrs.get("filename");
        PyObject line = e.attrs.get("lineno");
        PyObject msg = e.attrs.get("msg");
        if (file == null || line == null || msg == null) {
            return null;
        }
        PyObject offset = e.attrs.get("offset");
        PyObject text = e.attrs.get("text");
        return new SyntaxErrorException(e.getType().name, msg.str(), file.str(), (int) ((PyInt) line).value,
                offset instanceof PyInt ? (int) ((PyInt) offset).value : 0,
                text instanceof PyStr ? ((PyStr) text).value : null);
    }

    /** The script stack of an exception, outermost first. */
    public static List<ScriptException.StackEntry> stack(PyBaseException e) {
        List<ScriptException.StackEntry> out = new ArrayList<>();
        for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
            out.add(new ScriptException.StackEntry(tb.code.filename, tb.line, tb.code.name));
        }
        return out;
    }
}
