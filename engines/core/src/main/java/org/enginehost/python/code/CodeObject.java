package org.enginehost.python.code;

import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/**
 * Compiled code: immutable, shared by every engine. Each instruction is one int,
 * {@code opcode | arg << 8} (see {@link Opcode}); jump arguments are absolute instruction
 * indices. Exceptions are handled through {@link #exceptionTable} (no SETUP_* instructions), as
 * in CPython 3.11.
 *
 * <p>A frame's slot array holds {@code nlocals} fast locals, then the cells ({@code cellvars},
 * then {@code freevars}), then the value stack of {@code stackSize} entries.
 */
public final class CodeObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", null);

    /** Flags, with CPython's values. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;

    /** One exception table row: instructions [start, end) jump to handler at stack depth. */
    public record ExceptionEntry(int start, int end, int handler, int depth) {
    }

    public final int[] code;
    public final PyObject[] consts;
    public final String[] names;
    /** {@link #names} as str objects, for dict lookups without allocation. */
    public final PyStr[] nameObjects;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cellvar, the index of the argument that initialises it, or -1. */
    public final int[] cellArgs;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int nlocals;
    public final int stackSize;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNumber;
    /** Source line of each instruction. */
    public final int[] lineTable;
    public final ExceptionEntry[] exceptionTable;
    /**
     * An engine's private form derived from this code (e.g. baseline's quickened instructions),
     * made on first use. Engines check its type before using it; it never changes what the code means.
     */
    public Object engineCache;

    public CodeObject(int[] code, PyObject[] consts, String[] names, String[] varnames, String[] cellvars,
                      String[] freevars, int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                      int stackSize, String name, String qualname, String filename, int firstLineNumber,
                      int[] lineTable, ExceptionEntry[] exceptionTable) {
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.nameObjects = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            nameObjects[i] = PyStr.name(names[i]);
        }
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.nlocals = varnames.length;
        this.stackSize = stackSize;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNumber = firstLineNumber;
        this.lineTable = lineTable;
        this.exceptionTable = exceptionTable;
        int totalArgs = argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        this.cellArgs = new int[cellvars.length];
        for (int c = 0; c < cellvars.length; c++) {
            cellArgs[c] = -1;
            for (int a = 0; a < totalArgs; a++) {
                if (varnames[a].equals(cellvars[c])) {
                    cellArgs[c] = a;
                }
            }
        }
    }

    /**
     * A copy with no engine cache, nested code objects copied too: for another interpreter that
     * runs the same code (its caches, such as global-lookup sites, then belong to it alone). The
     * immutable arrays are shared.
     */
    public CodeObject copy() {
        PyObject[] c = consts.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] instanceof CodeObject) {
                c[i] = ((CodeObject) c[i]).copy();
            }
        }
        return new CodeObject(code, c, names, varnames, cellvars, freevars, argcount, posonlyargcount,
                kwonlyargcount, flags, stackSize, name, qualname, filename, firstLineNumber, lineTable,
                exceptionTable);
    }

    /** Total number of frame slots before the value stack. */
    public int stackBase() {
        return nlocals + cellvars.length + freevars.length;
    }

    /** The source line of the instruction at {@code pc}. */
    public int lineAt(int pc) {
        if (pc < 0) {
            pc = 0;
        }
        if (pc >= lineTable.length) {
            pc = lineTable.length - 1;
        }
        return pc < 0 ? firstLineNumber : lineTable[pc];
    }

    /** The handler for an exception raised at {@code pc}, or {@code null}. */
    public ExceptionEntry findHandler(int pc) {
        for (ExceptionEntry e : exceptionTable) {
            if (pc >= e.start && pc < e.end) {
                return e;
            }
        }
        return null;
    }

    /** Name of cell or free variable {@code i} in the combined cell array. */
    public String cellName(int i) {
        return i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "co_name": return new PyStr(name);
            case "co_qualname": return new PyStr(qualname);
            case "co_filename": return new PyStr(filename);
            case "co_firstlineno": return org.enginehost.python.runtime.PyInt.of(firstLineNumber);
            case "co_argcount": return org.enginehost.python.runtime.PyInt.of(argcount);
            case "co_posonlyargcount": return org.enginehost.python.runtime.PyInt.of(posonlyargcount);
            case "co_kwonlyargcount": return org.enginehost.python.runtime.PyInt.of(kwonlyargcount);
            case "co_nlocals": return org.enginehost.python.runtime.PyInt.of(nlocals);
            case "co_flags": return org.enginehost.python.runtime.PyInt.of(flags);
            case "co_varnames": return strings(varnames);
            case "co_cellvars": return strings(cellvars);
            case "co_freevars": return strings(freevars);
            case "co_names": return strings(names);
            case "co_consts": return new org.enginehost.python.runtime.PyTuple(consts.clone());
            default: return super.getAttr(attr);
        }
    }

    private static PyObject strings(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = new PyStr(a[i]);
        }
        return new org.enginehost.python.runtime.PyTuple(out);
    }

    @Override
    public String repr() {
        return "<code object " + name + " at " + org.enginehost.python.runtime.Operations.address(this)
                + ", file \"" + filename + "\", line " + firstLineNumber + ">";
    }
}
