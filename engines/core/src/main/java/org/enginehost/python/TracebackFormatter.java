package org.enginehost.python;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.ExceptionGroups;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTraceback;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.Suggestions;
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
        return String.join("", format(e, true, Integer.MAX_VALUE, true));
    }

    /**
     * The text as the traceback module's {@code format_exception} lists it: one string per
     * header, frame entry ({@code File} line and source line) and final line, each ending with
     * a newline. {@code limit} keeps the first {@code limit} frames of each traceback, a negative
     * one the last {@code -limit}.
     */
    public List<String> entries(PyBaseException e, boolean chain, int limit) {
        return format(e, chain, limit, false);
    }

    private List<String> format(PyBaseException e, boolean chain, int limit, boolean suggest) {
        Printing p = new Printing(limit, suggest);
        formatChain(e, chain, p);
        return p.out;
    }

    /** Where the output stands: inside how many exception groups, and whether a group's box is still open. */
    private static final class Printing {
        final List<String> out = new ArrayList<>();
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        final int limit;
        /** Whether final lines offer a "Did you mean" (the interpreter's report, not the traceback module). */
        final boolean suggest;
        int depth;
        boolean needClose;

        Printing(int limit, boolean suggest) {
            this.limit = limit;
            this.suggest = suggest;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Adds {@code text}, each of its lines behind the group margin when inside a group. */
        void emit(String text, char margin) {
            if (depth == 0) {
                out.add(text);
                return;
            }
            String prefix = indent() + margin + " ";
            StringBuilder sb = new StringBuilder();
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, from, to);
                from = to;
            }
            out.add(sb.toString());
        }

        void emit(String text) {
            emit(text, '|');
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** CPython's TracebackException.format: the chain oldest first, exception groups boxed. */
    private void formatChain(PyBaseException e, boolean chain, Printing p) {
        List<PyBaseException> excs = new ArrayList<>();
        List<String> msgs = new ArrayList<>();
        for (PyBaseException x = e; x != null; ) {
            p.seen.put(x, Boolean.TRUE);
            PyBaseException next = null;
            String msg = null;
            if (chain && x.cause != null && !p.seen.containsKey(x.cause)) {
                next = x.cause;
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            } else if (chain && x.context != null && !x.suppressContext && !p.seen.containsKey(x.context)) {
                next = x.context;
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            }
            excs.add(x);
            msgs.add(msg);
            x = next;
        }
        for (int i = excs.size() - 1; i >= 0; i--) {
            if (msgs.get(i) != null) {
                p.emit(msgs.get(i));
            }
            formatOne(excs.get(i), chain, p);
        }
    }

    private void formatOne(PyBaseException e, boolean chain, Printing p) {
        if (!e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            if (e.traceback != null) {
                p.emit("Traceback (most recent call last):\n");
                frames(e, p);
            }
            for (String s : exceptionOnly(e, p.suggest)) {
                p.emit(s);
            }
            return;
        }
        if (p.depth > MAX_GROUP_DEPTH) {
            p.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = p.depth == 0;
        if (topLevel) {
            p.depth++;
        }
        if (e.traceback != null) {
            p.emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            frames(e, p);
        }
        for (String s : exceptionOnly(e, p.suggest)) {
            p.emit(s);
        }
        PyObject[] subs = ExceptionGroups.exceptions(e);
        int n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
        p.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                p.needClose = true; // the closing line may come from a nested group instead
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            p.out.add(p.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : (i + 1))
                    + " ----------------\n");
            p.depth++;
            if (!truncated) {
                formatChain((PyBaseException) subs[i], chain, p);
            } else {
                int remaining = subs.length - MAX_GROUP_WIDTH;
                p.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && p.needClose) {
                p.out.add(p.indent() + "+------------------------------------\n");
                p.needClose = false;
            }
            p.depth--;
        }
        if (topLevel) {
            p.depth = 0;
        }
    }

    /** The traceback's entries (with {@code limit} and CPython's cut-off for repeated lines). */
    private void frames(PyBaseException e, Printing p) {
        List<PyTraceback> tbs = new ArrayList<>();
        for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
            tbs.add(tb);
        }
        if (p.limit >= 0 && p.limit < tbs.size()) {
            tbs = tbs.subList(0, p.limit);
        } else if (p.limit < 0) {
            tbs = tbs.subList(Math.max(0, tbs.size() + p.limit), tbs.size());
        }
        String lastKey = null;
        int repeats = 0;
        for (PyTraceback tb : tbs) {
            String key = tb.code.filename + ":" + tb.line + ":" + tb.code.name;
            if (key.equals(lastKey)) {
                repeats++;
            } else {
                flushRepeats(p, repeats);
                repeats = 0;
                lastKey = key;
            }
            if (repeats >= RECURSIVE_CUTOFF) {
                continue;
            }
            p.emit(frameEntry(tb.code.filename, tb.line, tb.code.name));
        }
        flushRepeats(p, repeats);
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
        return exceptionOnly(e, false);
    }

    private static List<String> exceptionOnly(PyBaseException e, boolean suggest) {
        List<String> out = new ArrayList<>();
        SyntaxErrorException se = e.isInstance(ExceptionTypes.SYNTAX_ERROR) ? syntaxDetails(e) : null;
        out.add(se != null ? se.format() : (suggest ? lastLineWithSuggestion(e) : lastLine(e)) + "\n");
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

    private static void flushRepeats(Printing p, int repeats) {
        int extra = repeats - (RECURSIVE_CUTOFF - 1);
        if (extra > 0) {
            p.emit("  [Previous line repeated " + extra + " more time" + (extra > 1 ? "s" : "") + "]\n");
        }
    }

    /** {@code TypeName: message}, or just the type name when the message is empty. */
    public static String lastLine(PyBaseException e) {
        String mod = e.getType().module;
        String name = mod == null || mod.equals("__main__") || mod.equals("builtins") ? e.getType().qualname : mod + "." + e.getType().qualname;
        String msg = e.str();
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /**
     * The last line with CPython 3.11's ". Did you mean: 'name'?" for a NameError or
     * AttributeError when a name in scope is close. Only the interpreter's own report of an
     * uncaught exception has it; the traceback module's functions do not in 3.11.
     */
    private static String lastLineWithSuggestion(PyBaseException e) {
        String suggestion;
        try {
            suggestion = Suggestions.forException(e);
        } catch (PyException ignored) {
            suggestion = null; // a __dir__ that fails: no suggestion
        }
        return suggestion == null ? lastLine(e) : lastLine(e) + ". Did you mean: '" + suggestion + "'?";
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
