package org.enginehost.python.modules;

import static org.enginehost.python.modules.PickleOpcodes.*;

import java.math.BigInteger;
import java.util.Arrays;
import org.enginehost.python.runtime.Codecs;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyByteArray;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySet;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** {@code _pickle.Unpickler}: reads every opcode of pickle protocols 0 to 5. */
final class Unpickler extends PyObject {
    static final PyType TYPE = new PyType("Unpickler", new PyType[] {PyType.OBJECT}, Unpickler::construct, "_pickle");

    static final String[] OPTIONS = {"fix_imports", "encoding", "errors", "buffers"};

    private PickleInput in;
    private final boolean fixImports;
    private final String encoding;
    private final String errors;
    private int proto;
    private PyObject[] stack = new PyObject[16];
    private int sp;
    private int[] marks = new int[8];
    private int nmarks;
    private PyObject[] memo = new PyObject[32];

    Unpickler(PickleInput in, boolean fixImports, String encoding, String errors) {
        this.in = in;
        this.fixImports = fixImports;
        this.encoding = encoding;
        this.errors = errors;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PyObject construct(PyType type, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Unpickler", a, kw, new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 1, 1);
        return fromFile(p[0], p[1], p[2], p[3]);
    }

    static Unpickler fromFile(PyObject file, PyObject fix, PyObject enc, PyObject err) {
        PyObject read = PickleSupport.lookupAttr(file, "read");
        PyObject readline = PickleSupport.lookupAttr(file, "readline");
        if (read == null || readline == null) {
            throw PyErr.typeError("file must have 'read' and 'readline' attributes");
        }
        return make(new PickleInput(read, readline), fix, enc, err);
    }

    static Unpickler make(PickleInput in, PyObject fix, PyObject enc, PyObject err) {
        return new Unpickler(in, fix == null || fix.isTrue(), enc == null ? "ASCII" : PickleSupport.strValue(enc),
                err == null ? "strict" : PickleSupport.strValue(err));
    }

    static void install() {
        TYPE.addMethod("load", (a, k) -> {
            PyBuiltinFunction.checkArgs("load", a, k, 1, 1);
            return ((Unpickler) a[0]).load();
        });
        TYPE.addMethod("find_class", (a, k) -> {
            PyBuiltinFunction.checkArgs("find_class", a, k, 3, 3);
            return ((Unpickler) a[0]).findClass(PickleSupport.strValue(a[1]), PickleSupport.strValue(a[2]));
        });
    }

    // ---------------------------------------------------------------- stack

    private void push(PyObject o) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = o;
    }

    private int fence() {
        return nmarks == 0 ? 0 : marks[nmarks - 1];
    }

    private PyException underflow() {
        return PickleSupport.unpicklingError(nmarks > 0 ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private PyObject pop() {
        if (sp <= fence()) {
            throw underflow();
        }
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private PyObject top() {
        if (sp <= fence()) {
            throw underflow();
        }
        return stack[sp - 1];
    }

    private int marker() {
        if (nmarks < 1) {
            throw PickleSupport.unpicklingError("could not find MARK");
        }
        return marks[--nmarks];
    }

    /** Pops everything above the last mark. */
    private PyObject[] popMark() {
        int m = marker();
        PyObject[] items = Arrays.copyOfRange(stack, m, sp);
        Arrays.fill(stack, m, sp, null);
        sp = m;
        return items;
    }

    private void memoPut(long idx, PyObject v) {
        if (idx < 0 || idx > Integer.MAX_VALUE - 8) {
            throw PyErr.valueError("negative PUT argument");
        }
        if (idx >= memo.length) {
            memo = Arrays.copyOf(memo, (int) Math.max(idx + 1, memo.length * 2L));
        }
        if (memo[(int) idx] == null) {
            memoLen++;
        }
        memo[(int) idx] = v;
    }

    private PyObject memoGet(long idx) {
        PyObject v = idx >= 0 && idx < memo.length ? memo[(int) idx] : null;
        if (v == null) {
            throw PickleSupport.unpicklingError("Memo value not found at index " + idx);
        }
        return v;
    }

    private int memoLen;

    // ---------------------------------------------------------------- the loop

    PyObject load() {
        sp = 0;
        nmarks = 0;
        proto = 0;
        for (;;) {
            int op = in.opcode();
            if (op < 0) {
                throw PyErr.format(ExceptionTypes.EOF_ERROR, "Ran out of input");
            }
            if (op == (STOP & 0xff)) {
                PyObject v = pop();
                return v;
            }
            dispatch(op);
        }
    }

    private void dispatch(int op) {
        switch ((byte) op) {
            case PROTO: {
                int p = in.u8();
                if (p > HIGHEST_PROTOCOL) {
                    throw PyErr.valueError("unsupported pickle protocol: " + p);
                }
                proto = p;
                return;
            }
            case FRAME: in.frame(in.uint(8)); return;
            case NONE: push(PyNone.NONE); return;
            case NEWTRUE: push(PyBool.TRUE); return;
            case NEWFALSE: push(PyBool.FALSE); return;
            case BININT: push(PyInt.of((int) in.uint(4))); return;
            case BININT1: push(PyInt.of(in.u8())); return;
            case BININT2: push(PyInt.of(in.uint(2))); return;
            case INT: loadInt(); return;
            case LONG: loadTextLong(); return;
            case LONG1: push(decodeLong(in.bytes(in.u8()))); return;
            case LONG4: {
                int n = (int) in.uint(4);
                if (n < 0) {
                    throw PickleSupport.unpicklingError("LONG pickle has negative byte count");
                }
                push(decodeLong(in.bytes(n)));
                return;
            }
            case FLOAT: push(new PyFloat(parseFloat(ascii(in.line())))); return;
            case BINFLOAT: {
                byte[] b = in.bytes(8);
                long bits = 0;
                for (byte x : b) {
                    bits = (bits << 8) | (x & 0xff);
                }
                push(new PyFloat(Double.longBitsToDouble(bits)));
                return;
            }
            case STRING: loadString(); return;
            case BINSTRING: push(decodeString(in.bytes(in.uint(4)))); return;
            case SHORT_BINSTRING: push(decodeString(in.bytes(in.u8()))); return;
            case BINBYTES: push(new PyBytes(in.bytes(in.uint(4)))); return;
            case SHORT_BINBYTES: push(new PyBytes(in.bytes(in.u8()))); return;
            case BINBYTES8: push(new PyBytes(in.bytes(in.uint(8)))); return;
            case BYTEARRAY8: push(new PyByteArray(in.bytes(in.uint(8)))); return;
            case UNICODE: push(new PyStr(rawUnicodeEscapeDecode(in.line()))); return;
            case BINUNICODE: push(utf8(in.bytes(in.uint(4)))); return;
            case SHORT_BINUNICODE: push(utf8(in.bytes(in.u8()))); return;
            case BINUNICODE8: push(utf8(in.bytes(in.uint(8)))); return;
            case EMPTY_TUPLE: push(PyTuple.EMPTY); return;
            case TUPLE1: {
                PyObject a = pop();
                push(PyTuple.of(a));
                return;
            }
            case TUPLE2: {
                PyObject b = pop();
                PyObject a = pop();
                push(PyTuple.of(a, b));
                return;
            }
            case TUPLE3: {
                PyObject c = pop();
                PyObject b = pop();
                PyObject a = pop();
                push(PyTuple.of(a, b, c));
                return;
            }
            case TUPLE: push(new PyTuple(popMark())); return;
            case EMPTY_LIST: push(new PyList()); return;
            case LIST: push(new PyList(popMark())); return;
            case EMPTY_DICT: push(new PyDict()); return;
            case DICT: {
                PyObject[] items = popMark();
                if ((items.length & 1) != 0) {
                    throw PickleSupport.unpicklingError("odd number of items for DICT");
                }
                PyDict d = new PyDict();
                for (int i = 0; i < items.length; i += 2) {
                    d.setItem(items[i], items[i + 1]);
                }
                push(d);
                return;
            }
            case EMPTY_SET: push(new PySet(false)); return;
            case FROZENSET: {
                PySet s = new PySet(true);
                for (PyObject x : popMark()) {
                    s.add(x);
                }
                push(s);
                return;
            }
            case APPEND: {
                PyObject v = pop();
                appendItems(new PyObject[] {v});
                return;
            }
            case APPENDS: {
                PyObject[] items = popMark();
                appendItems(items);
                return;
            }
            case SETITEM: {
                PyObject v = pop();
                PyObject k = pop();
                top().setItem(k, v);
                return;
            }
            case SETITEMS: {
                PyObject[] items = popMark();
                PyObject d = top();
                if ((items.length & 1) != 0) {
                    throw PickleSupport.unpicklingError("odd number of items for SETITEMS");
                }
                for (int i = 0; i < items.length; i += 2) {
                    d.setItem(items[i], items[i + 1]);
                }
                return;
            }
            case ADDITEMS: {
                PyObject[] items = popMark();
                PyObject s = top();
                if (s.getType() == PySet.TYPE) {
                    for (PyObject x : items) {
                        ((PySet) s).add(x);
                    }
                } else {
                    PyObject add = s.getAttr("add");
                    for (PyObject x : items) {
                        add.call(new PyObject[] {x}, null);
                    }
                }
                return;
            }
            case MARK:
                if (nmarks == marks.length) {
                    marks = Arrays.copyOf(marks, nmarks * 2);
                }
                marks[nmarks++] = sp;
                return;
            case POP:
                if (sp > fence()) {
                    pop();
                } else if (nmarks > 0) {
                    nmarks--;
                } else {
                    throw underflow();
                }
                return;
            case POP_MARK: popMark(); return;
            case DUP: push(top()); return;
            case GET: push(memoGet(parseLong(ascii(in.line())))); return;
            case BINGET: push(memoGet(in.u8())); return;
            case LONG_BINGET: push(memoGet(in.uint(4))); return;
            case PUT: memoPut(parseLong(ascii(in.line())), top()); return;
            case BINPUT: memoPut(in.u8(), top()); return;
            case LONG_BINPUT: memoPut(in.uint(4), top()); return;
            case MEMOIZE: memoPut(memoLen, top()); return;
            case GLOBAL: {
                String module = utf8(in.line()).value;
                String name = utf8(in.line()).value;
                push(findClass(module, name));
                return;
            }
            case STACK_GLOBAL: {
                PyObject name = pop();
                PyObject module = pop();
                if (!(name instanceof PyStr) || !(module instanceof PyStr)) {
                    throw PickleSupport.unpicklingError("STACK_GLOBAL requires str");
                }
                push(findClass(((PyStr) module).value, ((PyStr) name).value));
                return;
            }
            case EXT1: push(ext(in.u8())); return;
            case EXT2: push(ext(in.uint(2))); return;
            case EXT4: push(ext(in.uint(4))); return;
            case REDUCE: {
                PyObject args = pop();
                PyObject f = pop();
                if (!(args instanceof PyTuple)) {
                    throw PyErr.typeError("argument list must be a tuple");
                }
                push(f.call(((PyTuple) args).items, null));
                return;
            }
            case NEWOBJ: {
                PyObject args = pop();
                PyObject cls = pop();
                if (!(cls instanceof PyType)) {
                    throw PickleSupport.unpicklingError("NEWOBJ class argument isn't a type object");
                }
                if (!(args instanceof PyTuple)) {
                    throw PickleSupport.unpicklingError("NEWOBJ expected an arg tuple.");
                }
                push(newObj((PyType) cls, ((PyTuple) args).items, null));
                return;
            }
            case NEWOBJ_EX: {
                PyObject kwargs = pop();
                PyObject args = pop();
                PyObject cls = pop();
                if (!(cls instanceof PyType)) {
                    throw PickleSupport.unpicklingError("NEWOBJ_EX class argument must be a type, not "
                            + cls.getType().name);
                }
                if (!(args instanceof PyTuple)) {
                    throw PickleSupport.unpicklingError("NEWOBJ_EX args argument must be a tuple, not "
                            + args.getType().name);
                }
                if (!(kwargs instanceof PyDict)) {
                    throw PickleSupport.unpicklingError("NEWOBJ_EX kwargs argument must be a dict, not "
                            + kwargs.getType().name);
                }
                push(newObj((PyType) cls, ((PyTuple) args).items, (PyDict) kwargs));
                return;
            }
            case BUILD: build(); return;
            case INST: {
                String module = ascii(in.line());
                String name = ascii(in.line());
                PyObject cls = findClass(module, name);
                push(instantiate(cls, popMark()));
                return;
            }
            case OBJ: {
                PyObject[] items = popMark();
                if (items.length == 0) {
                    throw underflow();
                }
                push(instantiate(items[0], Arrays.copyOfRange(items, 1, items.length)));
                return;
            }
            case PERSID:
            case BINPERSID:
                throw PickleSupport.unpicklingError("A load persistent id instruction was encountered,\n"
                        + "but no persistent_load function was specified.");
            case NEXT_BUFFER:
                throw PickleSupport.unpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
            case READONLY_BUFFER:
                top();
                return;
            default:
                throw PickleSupport.unpicklingError("invalid load key, '" + loadKey(op) + "'.");
        }
    }

    private static String loadKey(int op) {
        if (op >= 0x20 && op < 0x7f) {
            return op == '\'' ? "\\'" : op == '\\' ? "\\\\" : String.valueOf((char) op);
        }
        return String.format("\\x%02x", op);
    }

    // ---------------------------------------------------------------- numbers and strings

    private static String ascii(byte[] b) {
        return Pickler.latin1(b);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw PyErr.valueError("could not convert string to int");
        }
    }

    private void loadInt() {
        String s = ascii(in.line());
        if (s.equals("00")) {
            push(PyBool.FALSE);
            return;
        }
        if (s.equals("01")) {
            push(PyBool.TRUE);
            return;
        }
        push(parseInt(s));
    }

    private static PyInt parseInt(String s) {
        try {
            String t = s.trim();
            if (t.startsWith("+")) {
                t = t.substring(1);
            }
            return PyInt.of(new BigInteger(t));
        } catch (NumberFormatException e) {
            throw PyErr.valueError("could not convert string to int");
        }
    }

    private void loadTextLong() {
        String s = ascii(in.line());
        if (s.endsWith("L")) {
            s = s.substring(0, s.length() - 1);
        }
        push(parseInt(s));
    }

    private static double parseFloat(String s) {
        String t = s.trim();
        switch (t.toLowerCase()) {
            case "inf": case "+inf": case "infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan": case "+nan": case "-nan": return Double.NaN;
            default: break;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw PyErr.valueError("could not convert string to float");
        }
    }

    static PyInt decodeLong(byte[] le) {
        if (le.length == 0) {
            return PyInt.of(0);
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return PyInt.of(new BigInteger(be));
    }

    private static PyStr utf8(byte[] b) {
        return new PyStr(Codecs.decode(b, b.length, "utf-8", "surrogatepass"));
    }

    /** A Python 2 str: bytes with encoding='bytes', else decoded with the unpickler's encoding. */
    private PyObject decodeString(byte[] b) {
        if (encoding.equals("bytes")) {
            return new PyBytes(b);
        }
        return new PyStr(Codecs.decode(b, b.length, encoding, errors));
    }

    private void loadString() {
        byte[] line = in.line();
        int n = line.length;
        if (n < 2 || line[0] != line[n - 1] || (line[0] != '\'' && line[0] != '"')) {
            throw PickleSupport.unpicklingError("the STRING opcode argument must be quoted");
        }
        push(decodeString(escapeDecode(Arrays.copyOfRange(line, 1, n - 1))));
    }

    /** Python's string-escape decoding of a quoted protocol 0 str. */
    private static byte[] escapeDecode(byte[] s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length);
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c != '\\' || i + 1 >= s.length) {
                out.write(c);
                continue;
            }
            int e = s[++i] & 0xff;
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case 'x': {
                    if (i + 2 < s.length + 0 && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
                        out.write(hex(s[i + 1]) * 16 + hex(s[i + 2]));
                        i += 2;
                    } else {
                        throw PyErr.valueError("invalid \\x escape at position " + (i - 1));
                    }
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < s.length && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) {
                            v = v * 8 + (s[++i] - '0');
                        }
                        out.write(v & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }

    /** raw-unicode-escape: \\uXXXX and \\UXXXXXXXX escapes, other bytes are Latin-1. */
    private static String rawUnicodeEscapeDecode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c == '\\' && i + 1 < b.length && (b[i + 1] == 'u' || b[i + 1] == 'U')) {
                int digits = b[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits > b.length) {
                    throw PyErr.format(ExceptionTypes.UNICODE_DECODE_ERROR,
                            "'rawunicodeescape' codec can't decode bytes: truncated \\uXXXX escape");
                }
                int v = 0;
                for (int k = 0; k < digits; k++) {
                    int d = hex(b[i + 2 + k]);
                    if (d < 0) {
                        throw PyErr.format(ExceptionTypes.UNICODE_DECODE_ERROR,
                                "'rawunicodeescape' codec can't decode bytes: truncated \\uXXXX escape");
                    }
                    v = v * 16 + d;
                }
                sb.appendCodePoint(v);
                i += 1 + digits;
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- objects

    private void appendItems(PyObject[] items) {
        PyObject list = top();
        if (list.getType() == PyList.TYPE) {
            PyList l = (PyList) list;
            for (PyObject x : items) {
                l.append(x);
            }
            return;
        }
        PyObject extend = PickleSupport.lookupAttr(list, "extend");
        if (extend != null) {
            extend.call(new PyObject[] {new PyList(items)}, null);
            return;
        }
        PyObject append = list.getAttr("append");
        for (PyObject x : items) {
            append.call(new PyObject[] {x}, null);
        }
    }

    private static PyObject newObj(PyType cls, PyObject[] args, PyDict kwargs) {
        PyObject newFn = cls.getAttr("__new__");
        int nk = kwargs == null ? 0 : kwargs.size();
        PyObject[] full = new PyObject[args.length + 1 + nk];
        full[0] = cls;
        System.arraycopy(args, 0, full, 1, args.length);
        String[] names = null;
        if (nk > 0) {
            names = new String[nk];
            int i = 0;
            for (var en : kwargs.entries()) {
                names[i] = PickleSupport.strValue(en.getKey());
                full[args.length + 1 + i] = en.getValue();
                i++;
            }
        }
        return newFn.call(full, names);
    }

    private static PyObject instantiate(PyObject cls, PyObject[] args) {
        if (cls instanceof PyType && args.length == 0 && PickleSupport.lookupAttr(cls, "__getinitargs__") == null) {
            return cls.getAttr("__new__").call(new PyObject[] {cls}, null);
        }
        return cls.call(args, null);
    }

    private void build() {
        PyObject state = pop();
        PyObject inst = top();
        PyObject setstate = PickleSupport.lookupAttr(inst, "__setstate__");
        if (setstate != null) {
            setstate.call(new PyObject[] {state}, null);
            return;
        }
        PyObject slotstate = null;
        if (state instanceof PyTuple && ((PyTuple) state).items.length == 2) {
            slotstate = ((PyTuple) state).items[1];
            state = ((PyTuple) state).items[0];
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict)) {
                throw PickleSupport.unpicklingError("state is not a dictionary");
            }
            PyObject dict = inst.getAttr("__dict__");
            for (var en : ((PyDict) state).entries()) {
                dict.setItem(en.getKey(), en.getValue());
            }
        }
        if (slotstate != null && slotstate != PyNone.NONE) {
            if (!(slotstate instanceof PyDict)) {
                throw PickleSupport.unpicklingError("slot state is not a dictionary");
            }
            for (var en : ((PyDict) slotstate).entries()) {
                inst.setAttr(PickleSupport.strValue(en.getKey()), en.getValue());
            }
        }
    }

    private PyObject ext(long code) {
        PyObject copyreg = PickleSupport.copyreg();
        PyObject key = PyInt.of(code);
        PyDict cache = (PyDict) copyreg.getAttr("_extension_cache");
        PyObject v = cache.get(key);
        if (v != null) {
            return v;
        }
        PyObject pair = ((PyDict) copyreg.getAttr("_inverted_registry")).get(key);
        if (pair == null) {
            throw PyErr.valueError("unregistered extension code " + code);
        }
        PyObject[] mn = ((PyTuple) pair).items;
        v = findClass(PickleSupport.strValue(mn[0]), PickleSupport.strValue(mn[1]));
        cache.setItem(key, v);
        return v;
    }

    /** Imports module and looks up name (a dotted path from protocol 4 on). */
    PyObject findClass(String module, String name) {
        if (proto < 3 && fixImports) {
            String[] mapped = PickleSupport.NAME_2TO3.get(module + "\0" + name);
            if (mapped != null) {
                module = mapped[0];
                name = mapped[1];
            } else {
                String m = PickleSupport.IMPORT_2TO3.get(module);
                if (m != null) {
                    module = m;
                }
            }
        }
        PyObject mod = PickleSupport.importModule(module);
        String[] path = proto >= 4 ? name.split("\\.", -1) : new String[] {name};
        PyObject cur = mod;
        for (String part : path) {
            if (part.equals("<locals>")) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "Can't get local attribute '" + name + "' on "
                        + mod.repr());
            }
            try {
                cur = cur.getAttr(part);
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "Can't get attribute '" + name + "' on " + mod.repr());
            }
        }
        return cur;
    }
}
