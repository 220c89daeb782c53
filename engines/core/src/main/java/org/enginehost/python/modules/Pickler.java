package org.enginehost.python.modules;

import static org.enginehost.python.modules.PickleOpcodes.*;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import org.enginehost.python.runtime.Builtins;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.FloatRepr;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyByteArray;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyEllipsis;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyNotImplemented;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySet;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * {@code _pickle.Pickler}: writes CPython's pickle format, byte for byte as CPython's C pickler
 * does. Exact builtin types are written directly; everything else goes through the reduce
 * protocol ({@code copyreg.dispatch_table}, then {@code __reduce_ex__}, then {@code __reduce__}),
 * which is the single extension point for objects implemented in Java.
 */
final class Pickler extends PyObject {
    static final PyType TYPE = new PyType("Pickler", new PyType[] {PyType.OBJECT}, Pickler::construct, "_pickle");

    private static final String[] PARAMS = {"file", "protocol", "fix_imports", "buffer_callback"};

    final int proto;
    private final boolean bin;
    private final boolean fixImports;
    private final PyObject write;
    private PickleOutput out;
    private IdentityHashMap<PyObject, Integer> memo = new IdentityHashMap<>();
    /** The pickler's own dispatch_table attribute, or null for copyreg.dispatch_table. */
    private PyObject dispatchTable;

    Pickler(PyObject write, int proto, boolean fixImports) {
        this.write = write;
        this.proto = proto;
        this.bin = proto > 0;
        this.fixImports = fixImports;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PyObject construct(PyType type, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Pickler", a, kw, PARAMS, 1, 2);
        int proto = protocol(p[1]);
        checkBufferCallback(p[3], proto);
        PyObject w = PickleSupport.lookupAttr(p[0], "write");
        if (w == null) {
            throw PyErr.typeError("file must have a 'write' attribute");
        }
        return new Pickler(w, proto, p[2] == null || p[2].isTrue());
    }

    static void checkBufferCallback(PyObject cb, int proto) {
        if (cb != null && cb != PyNone.NONE && proto < 5) {
            throw PyErr.valueError("buffer_callback needs protocol >= 5");
        }
    }

    /** The protocol argument: None is the default, negative the highest. */
    static int protocol(PyObject p) {
        if (p == null || p == PyNone.NONE) {
            return DEFAULT_PROTOCOL;
        }
        long v = Args.toInt(p).value;
        if (v < 0) {
            return HIGHEST_PROTOCOL;
        }
        if (v > HIGHEST_PROTOCOL) {
            throw PyErr.valueError("pickle protocol must be <= " + HIGHEST_PROTOCOL);
        }
        return (int) v;
    }

    static void install() {
        TYPE.addMethod("dump", (a, k) -> {
            PyBuiltinFunction.checkArgs("dump", a, k, 2, 2);
            ((Pickler) a[0]).dump(a[1]);
            return PyNone.NONE;
        });
        TYPE.addMethod("clear_memo", (a, k) -> {
            PyBuiltinFunction.checkArgs("clear_memo", a, k, 1, 1);
            ((Pickler) a[0]).memo = new IdentityHashMap<>();
            ((Pickler) a[0]).internedMemo.clear();
            return PyNone.NONE;
        });
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("dispatch_table") && dispatchTable != null) {
            return dispatchTable;
        }
        if (name.equals("bin")) {
            return PyInt.of(bin ? 1 : 0);
        }
        return super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("dispatch_table")) {
            dispatchTable = value;
            return;
        }
        super.setAttr(name, value);
    }

    // ---------------------------------------------------------------- the top level

    /** Pickles one object (to the file, or to memory when writing to no file). */
    void dump(PyObject obj) {
        out = new PickleOutput(write);
        if (proto >= 2) {
            out.write2(PROTO, proto);
            if (proto >= 4) {
                out.framing = true;
            }
        }
        save(obj);
        out.writeByte(STOP);
        out.commitFrame();
        out.framing = false;
        if (write != null) {
            out.flush();
        }
    }

    byte[] result() {
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- save

    void save(PyObject obj) {
        PyType t = obj.getType();
        if (obj == PyNone.NONE) {
            out.writeByte(NONE);
            return;
        }
        if (obj instanceof PyBool) {
            saveBool(obj == PyBool.TRUE);
            return;
        }
        if (t == PyInt.TYPE) {
            saveLong((PyInt) obj);
            return;
        }
        if (t == PyFloat.TYPE) {
            saveFloat(((PyFloat) obj).value);
            return;
        }
        Integer idx = memo.get(obj);
        if (idx != null) {
            memoGet(idx);
            return;
        }
        if (t == PyBytes.TYPE) {
            saveBytes((PyBytes) obj);
            return;
        }
        if (t == PyStr.TYPE) {
            String v = ((PyStr) obj).value;
            Integer shared = interned(v) ? internedMemo.get(v) : null;
            if (shared != null) {
                memoGet(shared);
            } else {
                saveStr(obj, v);
            }
            return;
        }
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.recursionLimit) {
            ts.depth--;
            throw PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded while pickling an object");
        }
        try {
            saveComplex(obj, t);
        } catch (StackOverflowError e) {
            throw PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded while pickling an object");
        } finally {
            ts.depth--;
        }
        out.opcodeBoundary();
    }

    private void saveComplex(PyObject obj, PyType t) {
        if (t == PyDict.TYPE) {
            saveDict((PyDict) obj);
            return;
        }
        if (t == PySet.TYPE) {
            saveSet((PySet) obj);
            return;
        }
        if (t == PySet.FROZEN_TYPE) {
            saveFrozenSet((PySet) obj);
            return;
        }
        if (t == PyList.TYPE) {
            saveList(obj);
            return;
        }
        if (t == PyTuple.TYPE) {
            saveTuple((PyTuple) obj);
            return;
        }
        if (t == PyByteArray.TYPE) {
            saveByteArray((PyByteArray) obj);
            return;
        }
        if (t == PyType.TYPE) {
            saveType((PyType) obj);
            return;
        }
        if (obj instanceof PyFunction) {
            saveGlobal(obj, null);
            return;
        }
        PyObject reduceValue;
        PyObject table = dispatchTable != null ? dispatchTable : PickleSupport.copyreg().getAttr("dispatch_table");
        PyObject reduceFunc = table instanceof PyDict ? ((PyDict) table).get(t) : lookupTable(table, t);
        if (reduceFunc != null) {
            reduceValue = reduceFunc.call(new PyObject[] {obj}, null);
        } else if (obj instanceof PyType) {
            saveGlobal(obj, null);
            return;
        } else {
            PyObject f = PickleSupport.lookupAttr(obj, "__reduce_ex__");
            if (f != null) {
                reduceValue = f.call(new PyObject[] {PyInt.of(proto)}, null);
            } else {
                f = PickleSupport.lookupAttr(obj, "__reduce__");
                if (f == null) {
                    throw PickleSupport.picklingError("can't pickle '" + PickleSupport.tpName(t) + "' object: " + obj.repr());
                }
                reduceValue = f.call(new PyObject[0], null);
            }
        }
        if (reduceValue instanceof PyStr) {
            saveGlobal(obj, reduceValue);
            return;
        }
        if (!(reduceValue instanceof PyTuple)) {
            throw PickleSupport.picklingError("__reduce__ must return a string or tuple");
        }
        saveReduce((PyTuple) reduceValue, obj);
    }

    private static PyObject lookupTable(PyObject table, PyType t) {
        try {
            return table.getItem(t);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- memo

    /**
     * CPython shares one object for equal identifier-like strings (interned names, attribute keys)
     * and for one-character strings, so its memo writes them once; equal such strings are
     * memoized by value here to produce the same bytes.
     */
    private final java.util.HashMap<String, Integer> internedMemo = new java.util.HashMap<>();

    static boolean interned(String s) {
        int n = s.length();
        if (n <= 1) {
            return n == 0 || s.charAt(0) < 256;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private void memoPut(PyObject obj) {
        int idx = memo.size();
        memo.put(obj, idx);
        if (obj.getType() == PyStr.TYPE && interned(((PyStr) obj).value)) {
            internedMemo.putIfAbsent(((PyStr) obj).value, idx);
        }
        if (proto >= 4) {
            out.writeByte(MEMOIZE);
        } else if (!bin) {
            out.writeLine(PUT, Integer.toString(idx));
        } else if (idx < 256) {
            out.write2(BINPUT, idx);
        } else {
            out.writeOpSize(LONG_BINPUT, idx, 4);
        }
    }

    private void memoGet(int idx) {
        if (!bin) {
            out.writeLine(GET, Integer.toString(idx));
        } else if (idx < 256) {
            out.write2(BINGET, idx);
        } else {
            out.writeOpSize(LONG_BINGET, idx, 4);
        }
    }

    // ---------------------------------------------------------------- atoms

    private void saveBool(boolean v) {
        if (proto >= 2) {
            out.writeByte(v ? NEWTRUE : NEWFALSE);
        } else {
            out.writeLine(INT, v ? "01" : "00");
        }
    }

    private void saveLong(PyInt v) {
        if (!v.isBig() && v.value >= Integer.MIN_VALUE && v.value <= Integer.MAX_VALUE) {
            long x = v.value;
            if (!bin) {
                out.writeLine(INT, Long.toString(x));
            } else if (x >= 0 && x <= 0xff) {
                out.write2(BININT1, (int) x);
            } else if (x >= 0 && x <= 0xffff) {
                out.writeOpSize(BININT2, x, 2);
            } else {
                out.writeOpSize(BININT, x, 4);
            }
            return;
        }
        BigInteger b = v.toBig();
        if (proto >= 2) {
            byte[] be = b.toByteArray();
            int n = be.length;
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[n - 1 - i];
            }
            if (n < 256) {
                out.write2(LONG1, n);
            } else {
                out.writeOpSize(LONG4, n, 4);
            }
            out.write(le);
        } else {
            out.writeLine(LONG, b.toString() + "L");
        }
    }

    private void saveFloat(double d) {
        if (bin) {
            long bits = Double.doubleToRawLongBits(d);
            byte[] b = new byte[9];
            b[0] = BINFLOAT;
            for (int i = 0; i < 8; i++) {
                b[1 + i] = (byte) (bits >>> (56 - 8 * i));
            }
            out.write(b);
        } else {
            out.writeLine(FLOAT, FloatRepr.repr(d));
        }
    }

    private void saveBytes(PyBytes obj) {
        byte[] data = obj.toByteArray();
        if (proto < 3) {
            PyTuple reduce;
            if (data.length == 0) {
                reduce = PyTuple.of(PyBytes.TYPE, PyTuple.EMPTY);
            } else {
                reduce = PyTuple.of(PickleSupport.importModule("_codecs").getAttr("encode"),
                        PyTuple.of(new PyStr(latin1(data)), new PyStr("latin1")));
            }
            saveReduce(reduce, obj);
            return;
        }
        int n = data.length;
        byte[] header;
        if (n <= 0xff) {
            header = new byte[] {SHORT_BINBYTES, (byte) n};
        } else {
            header = sizeHeader(BINBYTES, n, 4);
        }
        out.writeBytesPayload(header, data, 0, n);
        memoPut(obj);
    }

    static String latin1(byte[] data) {
        StringBuilder sb = new StringBuilder(data.length);
        for (byte b : data) {
            sb.append((char) (b & 0xff));
        }
        return sb.toString();
    }

    private static byte[] sizeHeader(byte op, long n, int size) {
        byte[] h = new byte[1 + size];
        h[0] = op;
        for (int i = 0; i < size; i++) {
            h[1 + i] = (byte) (n >>> (8 * i));
        }
        return h;
    }

    private void saveByteArray(PyByteArray obj) {
        byte[] data = obj.toByteArray();
        if (proto < 5) {
            PyTuple reduce = data.length == 0 ? PyTuple.of(PyByteArray.TYPE, PyTuple.EMPTY)
                    : PyTuple.of(PyByteArray.TYPE, PyTuple.of(new PyBytes(data)));
            saveReduce(reduce, obj);
            return;
        }
        out.writeBytesPayload(sizeHeader(BYTEARRAY8, data.length, 8), data, 0, data.length);
        memoPut(obj);
    }

    private void saveStr(PyObject obj, String s) {
        if (bin) {
            byte[] data = utf8SurrogatePass(s);
            int n = data.length;
            byte[] header;
            if (n <= 0xff && proto >= 4) {
                header = new byte[] {SHORT_BINUNICODE, (byte) n};
            } else {
                header = sizeHeader(BINUNICODE, n, 4);
            }
            out.writeBytesPayload(header, data, 0, n);
        } else {
            byte[] data = rawUnicodeEscape(s);
            out.writeByte(UNICODE);
            out.write(data);
            out.writeByte('\n');
        }
        memoPut(obj);
    }

    /** UTF-8, with lone surrogates encoded as three-byte sequences (the surrogatepass handler). */
    static byte[] utf8SurrogatePass(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                b.write(c);
                continue;
            }
            if (Character.isHighSurrogate((char) c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            }
            if (c < 0x800) {
                b.write(0xc0 | (c >> 6));
                b.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                b.write(0xe0 | (c >> 12));
                b.write(0x80 | ((c >> 6) & 0x3f));
                b.write(0x80 | (c & 0x3f));
            } else {
                b.write(0xf0 | (c >> 18));
                b.write(0x80 | ((c >> 12) & 0x3f));
                b.write(0x80 | ((c >> 6) & 0x3f));
                b.write(0x80 | (c & 0x3f));
            }
        }
        return b.toByteArray();
    }

    /** Protocol 0 text: raw-unicode-escape, also escaping backslash, NUL, CR, LF and Ctrl-Z. */
    private static byte[] rawUnicodeEscape(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c > 0xffff) {
                i++;
                appendEscape(b, 'U', c, 8);
            } else if (c >= 0x100 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) {
                appendEscape(b, 'u', c, 4);
            } else {
                b.write(c);
            }
        }
        return b.toByteArray();
    }

    private static void appendEscape(java.io.ByteArrayOutputStream b, char kind, int c, int digits) {
        b.write('\\');
        b.write(kind);
        for (int i = digits - 1; i >= 0; i--) {
            b.write("0123456789abcdef".charAt((c >> (4 * i)) & 0xf));
        }
    }

    // ---------------------------------------------------------------- containers

    private void saveTuple(PyTuple obj) {
        PyObject[] items = obj.items;
        int n = items.length;
        if (n == 0) {
            if (proto > 0) {
                out.writeByte(EMPTY_TUPLE);
            } else {
                out.writeByte(MARK);
                out.writeByte(TUPLE);
            }
            return;
        }
        if (n <= 3 && proto >= 2) {
            for (PyObject x : items) {
                save(x);
            }
            Integer idx = memo.get(obj);
            if (idx != null) {
                for (int i = 0; i < n; i++) {
                    out.writeByte(POP);
                }
                memoGet(idx);
                return;
            }
            out.writeByte(n == 1 ? TUPLE1 : n == 2 ? TUPLE2 : TUPLE3);
            memoPut(obj);
            return;
        }
        out.writeByte(MARK);
        for (PyObject x : items) {
            save(x);
        }
        Integer idx = memo.get(obj);
        if (idx != null) {
            if (bin) {
                out.writeByte(POP_MARK);
            } else {
                for (int i = 0; i <= n; i++) {
                    out.writeByte(POP);
                }
            }
            memoGet(idx);
            return;
        }
        out.writeByte(TUPLE);
        memoPut(obj);
    }

    private void saveList(PyObject obj) {
        if (bin) {
            out.writeByte(EMPTY_LIST);
        } else {
            out.writeByte(MARK);
            out.writeByte(LIST);
        }
        memoPut(obj);
        PyList list = (PyList) obj;
        if (list.size == 0) {
            return;
        }
        if (proto > 0) {
            batchListExact(list);
        } else {
            batchList(list.iter());
        }
    }

    private void batchListExact(PyList list) {
        if (list.size == 1) {
            save(list.items[0]);
            out.writeByte(APPEND);
            return;
        }
        int total = 0;
        do {
            int thisBatch = 0;
            out.writeByte(MARK);
            while (total < list.size) {
                save(list.items[total]);
                total++;
                if (++thisBatch == BATCHSIZE) {
                    break;
                }
            }
            out.writeByte(APPENDS);
        } while (total < list.size);
    }

    /** Items of a list (subclass) or of the iterator a __reduce__ returned. */
    private void batchList(PyObject iter) {
        if (proto == 0) {
            for (PyObject x = iter.next(); x != null; x = iter.next()) {
                save(x);
                out.writeByte(APPEND);
            }
            return;
        }
        int n;
        do {
            PyObject first = iter.next();
            if (first == null) {
                break;
            }
            PyObject x = iter.next();
            if (x == null) {
                save(first);
                out.writeByte(APPEND);
                break;
            }
            out.writeByte(MARK);
            save(first);
            n = 1;
            while (x != null) {
                save(x);
                n++;
                if (n == BATCHSIZE) {
                    break;
                }
                x = iter.next();
            }
            out.writeByte(APPENDS);
            if (n != BATCHSIZE) {
                break;
            }
        } while (true);
    }

    private void saveDict(PyDict obj) {
        if (bin) {
            out.writeByte(EMPTY_DICT);
        } else {
            out.writeByte(MARK);
            out.writeByte(DICT);
        }
        memoPut(obj);
        if (obj.size() == 0) {
            return;
        }
        if (proto > 0) {
            batchDictExact(obj);
        } else {
            batchDict(obj.getAttr("items").call(new PyObject[0], null).iter());
        }
    }

    private void batchDictExact(PyDict d) {
        int size = d.size();
        var entries = d.entries();
        if (size == 1) {
            save(entries.get(0).getKey());
            save(entries.get(0).getValue());
            out.writeByte(SETITEM);
            return;
        }
        int pos = 0;
        int i;
        do {
            i = 0;
            out.writeByte(MARK);
            while (pos < entries.size()) {
                var en = entries.get(pos++);
                save(en.getKey());
                save(en.getValue());
                if (++i == BATCHSIZE) {
                    break;
                }
            }
            out.writeByte(SETITEMS);
            if (d.size() != size) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
        } while (i == BATCHSIZE);
    }

    private PyObject[] pair(PyObject item) {
        if (!(item instanceof PyTuple) || ((PyTuple) item).items.length != 2) {
            throw PyErr.typeError("dict items iterator must return 2-tuples");
        }
        return ((PyTuple) item).items;
    }

    private void batchDict(PyObject iter) {
        if (proto == 0) {
            for (PyObject x = iter.next(); x != null; x = iter.next()) {
                PyObject[] kv = pair(x);
                save(kv[0]);
                save(kv[1]);
                out.writeByte(SETITEM);
            }
            return;
        }
        int n;
        do {
            PyObject first = iter.next();
            if (first == null) {
                break;
            }
            PyObject[] kv = pair(first);
            PyObject x = iter.next();
            if (x == null) {
                save(kv[0]);
                save(kv[1]);
                out.writeByte(SETITEM);
                break;
            }
            out.writeByte(MARK);
            save(kv[0]);
            save(kv[1]);
            n = 1;
            while (x != null) {
                kv = pair(x);
                save(kv[0]);
                save(kv[1]);
                n++;
                if (n == BATCHSIZE) {
                    break;
                }
                x = iter.next();
            }
            out.writeByte(SETITEMS);
            if (n != BATCHSIZE) {
                break;
            }
        } while (true);
    }

    private void saveSet(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.TYPE, PyTuple.of(new PyList(obj.toArray()))), obj);
            return;
        }
        out.writeByte(EMPTY_SET);
        memoPut(obj);
        int size = obj.size();
        if (size == 0) {
            return;
        }
        PyObject[] items = obj.toArray();
        int pos = 0;
        int i;
        do {
            i = 0;
            out.writeByte(MARK);
            while (pos < items.length) {
                save(items[pos++]);
                if (++i == BATCHSIZE) {
                    break;
                }
            }
            out.writeByte(ADDITEMS);
            if (obj.size() != size) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "set changed size during iteration");
            }
        } while (i == BATCHSIZE);
    }

    private void saveFrozenSet(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.FROZEN_TYPE, PyTuple.of(new PyList(obj.toArray()))), obj);
            return;
        }
        out.writeByte(MARK);
        for (PyObject x : obj.toArray()) {
            save(x);
        }
        Integer idx = memo.get(obj);
        if (idx != null) {
            out.writeByte(POP_MARK);
            memoGet(idx);
            return;
        }
        out.writeByte(FROZENSET);
        memoPut(obj);
    }

    // ---------------------------------------------------------------- globals

    private void saveType(PyType t) {
        if (t == PyNone.NONE.getType()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(PyNone.NONE)), t);
        } else if (t == PyEllipsis.ELLIPSIS.getType()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(PyEllipsis.ELLIPSIS)), t);
        } else if (t == PyNotImplemented.NOT_IMPLEMENTED.getType()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(PyNotImplemented.NOT_IMPLEMENTED)), t);
        } else {
            saveGlobal(t, null);
        }
    }

    /** Pickles obj by reference: module name and qualified name, checked by looking it up again. */
    private void saveGlobal(PyObject obj, PyObject name) {
        PyObject globalName = name;
        if (globalName == null) {
            globalName = PickleSupport.lookupAttr(obj, "__qualname__");
            if (globalName == null) {
                globalName = obj.getAttr("__name__");
            }
        }
        String gname = PickleSupport.strValue(globalName);
        String[] path = gname.split("\\.", -1);
        for (String part : path) {
            if (part.equals("<locals>")) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "Can't pickle local object " + globalName.repr());
            }
        }
        PyObject moduleNameObj = whichModule(obj, path);
        String moduleName = PickleSupport.strValue(moduleNameObj);
        PyObject module;
        try {
            module = PickleSupport.importModule(moduleName);
        } catch (PyException e) {
            throw PickleSupport.picklingError("Can't pickle " + obj.repr() + ": import of module "
                    + moduleNameObj.repr() + " failed");
        }
        PyObject parent = module;
        PyObject cls = module;
        try {
            for (String part : path) {
                parent = cls;
                cls = cls.getAttr(part);
            }
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            cls = null;
        }
        if (cls == null) {
            throw PickleSupport.picklingError("Can't pickle " + obj.repr() + ": attribute lookup " + gname
                    + " on " + moduleName + " failed");
        }
        if (cls != obj) {
            throw PickleSupport.picklingError("Can't pickle " + obj.repr() + ": it's not the same object as "
                    + moduleName + "." + gname);
        }
        String lastName = path[path.length - 1];
        if (proto >= 2) {
            PyObject registry = PickleSupport.copyreg().getAttr("_extension_registry");
            PyObject code = ((PyDict) registry).get(PyTuple.of(moduleNameObj, globalName));
            if (code != null) {
                long c = Args.toInt(code).value;
                if (c <= 0 || c > 0x7fffffffL) {
                    throw PickleSupport.picklingError("Can't pickle " + obj.repr() + ": extension code "
                            + code.repr() + " is out of range");
                }
                if (c <= 0xff) {
                    out.write2(EXT1, (int) c);
                } else if (c <= 0xffff) {
                    out.writeOpSize(EXT2, c, 2);
                } else {
                    out.writeOpSize(EXT4, c, 4);
                }
                return;
            }
        }
        String shortName = parent == module ? lastName : gname;
        if (proto >= 4) {
            save(moduleNameObj);
            save(parent == module ? new PyStr(lastName) : globalName);
            out.writeByte(STACK_GLOBAL);
        } else if (parent != module) {
            PyObject getattr = PickleSupport.importModule("builtins").getAttr("getattr");
            saveReduce(PyTuple.of(getattr, PyTuple.of(parent, new PyStr(lastName))), null);
        } else {
            String m = moduleName;
            String g = shortName;
            if (proto < 3 && fixImports) {
                String[] mapped = PickleSupport.NAME_3TO2.get(m + "\0" + g);
                if (mapped != null) {
                    m = mapped[0];
                    g = mapped[1];
                } else {
                    String mm = PickleSupport.IMPORT_3TO2.get(m);
                    if (mm != null) {
                        m = mm;
                    }
                }
            }
            out.writeByte(GLOBAL);
            out.write(identifier(m, "module"));
            out.writeByte('\n');
            out.write(identifier(g, "global"));
            out.writeByte('\n');
        }
        memoPut(obj);
    }

    private byte[] identifier(String s, String what) {
        if (proto >= 3) {
            return utf8SurrogatePass(s);
        }
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                throw PickleSupport.picklingError("can't pickle " + what + " identifier '" + s
                        + "' using pickle protocol " + proto);
            }
            b[i] = (byte) c;
        }
        return b;
    }

    /** The module an object belongs to: its __module__, else the first module in sys.modules holding it. */
    private static PyObject whichModule(PyObject obj, String[] path) {
        PyObject m = PickleSupport.lookupAttr(obj, "__module__");
        if (m != null && m != PyNone.NONE) {
            return m;
        }
        for (var en : PickleSupport.sysModules().entries()) {
            PyObject key = en.getKey();
            PyObject module = en.getValue();
            if (!(key instanceof PyStr) || module == PyNone.NONE) {
                continue;
            }
            String k = ((PyStr) key).value;
            if (k.equals("__main__") || k.equals("__mp_main__")) {
                continue;
            }
            PyObject cur = module;
            try {
                for (String part : path) {
                    cur = cur.getAttr(part);
                }
            } catch (PyException e) {
                continue;
            }
            if (cur == obj) {
                return key;
            }
        }
        return new PyStr("__main__");
    }

    // ---------------------------------------------------------------- reduce

    private void saveReduce(PyTuple args, PyObject obj) {
        PyObject[] a = args.items;
        if (a.length < 2 || a.length > 6) {
            throw PickleSupport.picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        PyObject callable = a[0];
        PyObject argtup = a[1];
        PyObject state = a.length > 2 ? a[2] : null;
        PyObject listitems = a.length > 3 ? a[3] : null;
        PyObject dictitems = a.length > 4 ? a[4] : null;
        PyObject stateSetter = a.length > 5 ? a[5] : null;
        if (!Builtins.isCallable(callable)) {
            throw PickleSupport.picklingError("first item of the tuple returned by __reduce__ must be callable");
        }
        if (!(argtup instanceof PyTuple)) {
            throw PickleSupport.picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (state == PyNone.NONE) {
            state = null;
        }
        if (listitems == PyNone.NONE) {
            listitems = null;
        } else if (listitems != null && !PickleSupport.isIterator(listitems)) {
            throw PickleSupport.picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not "
                    + listitems.getType().name);
        }
        if (dictitems == PyNone.NONE) {
            dictitems = null;
        } else if (dictitems != null && !PickleSupport.isIterator(dictitems)) {
            throw PickleSupport.picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not "
                    + dictitems.getType().name);
        }
        if (stateSetter == PyNone.NONE) {
            stateSetter = null;
        } else if (stateSetter != null && !Builtins.isCallable(stateSetter)) {
            throw PickleSupport.picklingError("sixth element of the tuple returned by __reduce__ must be a function, not "
                    + stateSetter.getType().name);
        }
        boolean useNewobj = false;
        boolean useNewobjEx = false;
        if (proto >= 2) {
            PyObject name = PickleSupport.lookupAttr(callable, "__name__");
            if (name instanceof PyStr) {
                String n = ((PyStr) name).value;
                useNewobjEx = n.equals("__newobj_ex__");
                useNewobj = !useNewobjEx && n.equals("__newobj__");
            }
        }
        PyObject[] at = ((PyTuple) argtup).items;
        if (useNewobjEx) {
            if (at.length != 3) {
                throw PickleSupport.picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not " + at.length);
            }
            PyObject cls = at[0];
            if (!(cls instanceof PyType)) {
                throw PickleSupport.picklingError("first item from NEWOBJ_EX argument tuple must be a class, not "
                        + cls.getType().name);
            }
            if (obj != null && obj.getAttr("__class__") != cls) {
                throw PickleSupport.picklingError("first item from NEWOBJ_EX argument tuple must be the class of the object");
            }
            PyObject newArgs = at[1];
            if (!(newArgs instanceof PyTuple)) {
                throw PickleSupport.picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not "
                        + newArgs.getType().name);
            }
            PyObject kwargs = at[2];
            if (!(kwargs instanceof PyDict)) {
                throw PickleSupport.picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not "
                        + kwargs.getType().name);
            }
            if (proto >= 4) {
                save(cls);
                save(newArgs);
                save(kwargs);
                out.writeByte(NEWOBJ_EX);
            } else {
                save(partialNew((PyType) cls, (PyTuple) newArgs, (PyDict) kwargs));
                save(PyTuple.EMPTY);
                out.writeByte(REDUCE);
            }
        } else if (useNewobj) {
            if (at.length < 1) {
                throw PickleSupport.picklingError("__newobj__ arglist is empty");
            }
            PyObject cls = at[0];
            if (!(cls instanceof PyType)) {
                throw PickleSupport.picklingError("args[0] from __newobj__ args is not a type");
            }
            if (obj != null && obj.getAttr("__class__") != cls) {
                throw PickleSupport.picklingError("args[0] from __newobj__ args has the wrong class");
            }
            save(cls);
            save(new PyTuple(java.util.Arrays.copyOfRange(at, 1, at.length)));
            out.writeByte(NEWOBJ);
        } else {
            save(callable);
            save(argtup);
            out.writeByte(REDUCE);
        }
        if (obj != null) {
            Integer idx = memo.get(obj);
            if (idx != null) {
                out.writeByte(POP);
                memoGet(idx);
                return;
            }
            memoPut(obj);
        }
        if (listitems != null) {
            batchList(listitems);
        }
        if (dictitems != null) {
            batchDict(dictitems);
        }
        if (state != null) {
            if (stateSetter == null) {
                save(state);
                out.writeByte(BUILD);
            } else {
                save(stateSetter);
                save(obj);
                save(state);
                out.writeByte(TUPLE2);
                out.writeByte(REDUCE);
                out.writeByte(POP);
            }
        }
    }

    /** {@code functools.partial(cls.__new__, cls, *args, **kwargs)} for NEWOBJ_EX below protocol 4. */
    private static PyObject partialNew(PyType cls, PyTuple args, PyDict kwargs) {
        PyObject partial = PickleSupport.importModule("functools").getAttr("partial");
        int n = args.items.length;
        int nk = kwargs.size();
        PyObject[] callArgs = new PyObject[n + 2 + nk];
        String[] kwnames = nk == 0 ? null : new String[nk];
        callArgs[0] = cls.getAttr("__new__");
        callArgs[1] = cls;
        System.arraycopy(args.items, 0, callArgs, 2, n);
        int i = 0;
        for (var en : kwargs.entries()) {
            kwnames[i] = PickleSupport.strValue(en.getKey());
            callArgs[n + 2 + i] = en.getValue();
            i++;
        }
        return partial.call(callArgs, kwnames);
    }
}
