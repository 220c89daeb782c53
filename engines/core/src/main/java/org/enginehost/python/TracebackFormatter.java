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
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTraceback;
import org.enginehost.python.runtime.PyTuple;
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
        return String.join("", entries(e, true, Integer.MAX_VALUE));
    }

    /**
     * The text as the traceback module's {@code format_exception} lists it: one string per
     * header, frame entry ({@code File} line and source line) and final line, each ending with
     * a newline. {@code limit} keeps the first {@code limit} frames of each traceback, a negative
     * one the last {@code -limit}.
     */
    public List<String> entries(PyBaseException e, boolean chain, int limit) {
        List<String> out = new ArrayList<>();
        formatChain(e, out, new IdentityHashMap<>(), chain, limit);
        return out;
    }

    private void formatChain(PyBaseException e, List<String> out, Map<PyBaseException, Boolean> seen, boolean chain,
            int limit) {
        seen.put(e, Boolean.TRUE);
        if (chain && e.cause != null && !seen.containsKey(e.cause)) {
            formatChain(e.cause, out, seen, true, limit);
            out.add("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (chain && e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            formatChain(e.context, out, seen, true, limit);
            out.add("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(e, out, limit);
    }

    private void formatOne(PyBaseException e, List<String> out, int limit) {
        List<PyTraceback> tbs = new ArrayList<>();
        for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
            tbs.add(tb);
        }
        if (limit >= 0 && limit < tbs.size()) {
            tbs = tbs.subList(0, limit);
        } else if (limit < 0) {
            tbs = tbs.subList(Math.max(0, tbs.size() + limit), tbs.size());
        }
        if (!tbs.isEmpty()) {
            out.add("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (PyTraceback tb : tbs) {
                String key = tb.code.filename + ":" + tb.line + ":" + tb.code.name;
                if (key.equals(lastKey)) {
                    repeats++;
                } else {
                    flushRepeats(out, repeats);
                    repeats = 0;
                    lastKey = key;
                }
                if (repeats >= RECURSIVE_CUTOFF) {
                    continue;
                }
                out.add(frameEntry(tb.code.filename, tb.line, tb.code.name));
            }
            flushRepeats(out, repeats);
        }
        out.addAll(exceptionOnly(e));
    }

    /** A traceback entry: the {@code File} line and, when known, the source line. */
    public String frameEntry(String filename, int line, String name) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(line).append(", in ").append(name)
                .append('\n');
        String text = sourceLine(filename, line);
        if (text != null && !text.isBlank()) {
            sb.append("    ").append(text.strip()).append('\n');
        }
        return sb.toString();
    }

    /** Line {@code line} of {@code filename}, or null where tracebacks show none. */
    public String sourceLine(String filename, int line) {
        return hasSourceFile(filename) ? lines.apply(filename, line) : null;
    }

    /**
     * The last part of a traceback, as {@code format_exception_only} lists it: {@code Type: message}
     * (a SyntaxError's location lines first), then the exception's notes (PEP 678).
     */
    public static List<String> exceptionOnly(PyBaseException e) {
        List<String> out = new ArrayList<>();
        SyntaxErrorException se = e.isInstance(ExceptionTypes.SYNTAX_ERROR) ? syntaxDetails(e) : null;
        out.add(se != null ? se.format() : lastLine(e) + "\n");
        PyObject notes = e.attrs == null ? null : e.attrs.get("__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr) {
            PyObject it = notes.iter();
            for (PyObject note = it.next(); note != null; note = it.next()) {
                out.add(note.str() + "\n");
            }
        } else if (notes != null) {
            out.add("<__notes__ of type " + notes.getType().name + " is not a sequence>\n");
        }
        return out;
    }

    private static void flushRepeats(List<String> out, int repeats) {
        int extra = repeats - (RECURSIVE_CUTOFF - 1);
        if (extra > 0) {
            out.add("  [Previous line repeated " + extra + " more time" + (extra > 1 ? "s" : "") + "]\n");
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
