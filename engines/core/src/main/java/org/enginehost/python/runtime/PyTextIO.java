package org.enginehost.python.runtime;

import java.io.IOException;
import java.io.Writer;

/** A text stream ({@code sys.stdout}, {@code sys.stderr}) writing to a Java Writer. */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", null);

    private final Writer out;
    private final String name;
    private final boolean autoFlush;

    public PyTextIO(Writer out, String name, boolean autoFlush) {
        this.out = out;
        this.name = name;
        this.autoFlush = autoFlush;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void write(String s) {
        try {
            out.write(s);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    /** The stream's name, as {@code sys.stdout.name} shows it ({@code <stdout>}). */
    public String name() {
        return name;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
    }
}
