package org.enginehost.python.runtime;

/**
 * Methods of {@code bytes} and {@code bytearray}. Searching and splitting methods reuse the
 * {@code str} implementations on a Latin-1 view (one char per byte); whitespace, case and
 * character classes follow the ASCII-only rules of bytes.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    private static BytesBase self(PyObject[] a, String name, PyType t) {
        if (a.length == 0 || !(a[0] instanceof BytesBase)) {
            throw PyErr.typeError("descriptor '" + name + "' requires a '" + t.name + "' object");
        }
        return (BytesBase) a[0];
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Converts a bytes-like argument to its Latin-1 string; str arguments are refused. */
    private static PyObject toStrArg(PyObject o, boolean intAllowed) {
        if (o instanceof BytesBase) {
            return new PyStr(((BytesBase) o).latin1());
        }
        if (intAllowed && o instanceof PyInt) {
            return new PyStr(String.valueOf((char) PyBytes.byteValue(o)));
        }
        if (o instanceof PyTuple) {
            PyObject[] items = ((PyTuple) o).items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = toStrArg(items[i], false);
            }
            return PyTuple.of(items);
        }
        if (o instanceof PyStr) {
            throw PyErr.typeError(intAllowed ? "argument should be integer or bytes-like object, not 'str'"
                    : "a bytes-like object is required, not 'str'");
        }
        return o;
    }

    private static PyObject fromStrResult(BytesBase self, PyObject r) {
        if (r instanceof PyStr) {
            return self.make(BytesBase.fromLatin1(((PyStr) r).value));
        }
        if (r instanceof PyList) {
            PyObject[] items = ((PyList) r).toArray();
            PyList out = new PyList();
            for (PyObject x : items) {
                out.append(fromStrResult(self, x));
            }
            return out;
        }
        if (r instanceof PyTuple) {
            PyObject[] items = ((PyTuple) r).items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromStrResult(self, items[i]);
            }
            return PyTuple.of(items);
        }
        return r;
    }

    /** Runs the str method {@code name} on Latin-1 views of self and the bytes arguments. */
    private static PyObject viaStr(PyType t, String name, PyObject[] a, String[] k, boolean firstIntAllowed) {
        BytesBase s = self(a, name, t);
        PyObject[] args = a.clone();
        args[0] = new PyStr(s.latin1());
        for (int i = 1; i < args.length; i++) {
            args[i] = toStrArg(args[i], firstIntAllowed && i == 1);
        }
        PyObject m = PyStr.TYPE.lookup(name);
        try {
            return fromStrResult(s, m.call(args, k));
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.VALUE_ERROR) && e.value.str().equals("substring not found")) {
                throw PyErr.valueError("subsection not found");
            }
            String msg = e.value.str();
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && msg.contains(" str or a tuple of str")) {
                throw PyErr.typeError(msg.replace(" str or a tuple of str", " bytes or a tuple of bytes"));
            }
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && msg.startsWith("str." + name + "()")) {
                throw PyErr.typeError(t.name + msg.substring(3)); // an argument count, named with this type
            }
            throw e;
        }
    }

    private static String asciiMap(String s, int mode) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            switch (mode) {
                case 0: r = isLower(c) ? (char) (c - 32) : c; break;
                case 1: r = isUpper(c) ? (char) (c + 32) : c; break;
                case 2: r = isLower(c) ? (char) (c - 32) : isUpper(c) ? (char) (c + 32) : c; break;
                case 3: r = i == 0 ? (isLower(c) ? (char) (c - 32) : c) : (isUpper(c) ? (char) (c + 32) : c); break;
                default:
                    if (prevCased) {
                        r = isUpper(c) ? (char) (c + 32) : c;
                    } else {
                        r = isLower(c) ? (char) (c - 32) : c;
                    }
                    prevCased = isAlpha(c);
            }
            sb.append(r);
        }
        return sb.toString();
    }

    private interface ByteTest {
        boolean test(int c);
    }

    private static PyBool all(BytesBase b, ByteTest t) {
        if (b.size == 0) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < b.size; i++) {
            if (!t.test(b.data[i] & 0xff)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    static void install(PyType t) {
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            t.addMethod(name, (a, k) -> viaStr(t, name, a, k, true));
        }
        for (String name : new String[] {"replace", "startswith", "endswith", "partition", "rpartition",
                "removeprefix", "removesuffix", "zfill", "expandtabs"}) {
            t.addMethod(name, (a, k) -> viaStr(t, name, a, k, false));
        }
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            t.addMethod(name, (a, k) -> {
                if (a.length > 2) {
                    PyObject f = a[2];
                    if (!(f instanceof BytesBase) || ((BytesBase) f).size != 1) {
                        throw PyErr.typeError(name + "() argument 2 must be a byte string of length 1, not " + f.getType().name);
                    }
                }
                return viaStr(t, name, a, k, false);
            });
        }
        for (String name : new String[] {"split", "rsplit", "strip", "lstrip", "rstrip"}) {
            t.addMethod(name, (a, k) -> {
                BytesBase s = self(a, name, t);
                PyObject[] p = StrMethods.bind(name, a, k, 0, name.endsWith("split"),
                        name.endsWith("split") ? new String[] {"sep", "maxsplit"} : new String[] {"chars"});
                if (p[0] == null || p[0] == PyNone.NONE) {
                    return name.endsWith("split") ? splitWhitespace(s, p[1], name.equals("rsplit")) : stripWhitespace(s, name);
                }
                return viaStr(t, name, a, k, false);
            });
        }
        t.addMethod("splitlines", (a, k) -> {
            BytesBase s = self(a, "splitlines", t);
            PyObject[] p = StrMethods.bind("splitlines", a, k, 0, true, "keepends");
            boolean keep = p[0] != null && Operations.isTrue(p[0]);
            PyList out = new PyList();
            int n = s.size;
            int i = 0;
            while (i < n) {
                int j = i;
                while (j < n && s.data[j] != '\n' && s.data[j] != '\r') {
                    j++;
                }
                int eol = j;
                if (j < n) {
                    j += s.data[j] == '\r' && j + 1 < n && s.data[j + 1] == '\n' ? 2 : 1;
                    if (keep) {
                        eol = j;
                    }
                }
                out.append(s.make(java.util.Arrays.copyOfRange(s.data, i, eol)));
                i = j;
            }
            return out;
        });
        t.addMethod("join", (a, k) -> {
            BytesBase s = self(a, "join", t);
            PyObject[] items = Operations.toArray(StrMethods.bind("join", a, k, 1, false, "iterable_of_bytes")[0]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof PyMemoryView) {
                    items[i] = new PyBytes(((PyMemoryView) items[i]).toByteArray());
                }
                if (!(items[i] instanceof BytesBase)) {
                    throw PyErr.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items[i].getType().name + " found");
                }
                if (i > 0) {
                    out.write(s.data, 0, s.size);
                }
                BytesBase x = (BytesBase) items[i];
                out.write(x.data, 0, x.size);
            }
            return s.make(out.toByteArray());
        });
        t.addMethod("upper", (a, k) -> self(a, "upper", t).make(BytesBase.fromLatin1(asciiMap(self(a, "upper", t).latin1(), 0))));
        t.addMethod("lower", (a, k) -> self(a, "lower", t).make(BytesBase.fromLatin1(asciiMap(self(a, "lower", t).latin1(), 1))));
        t.addMethod("swapcase", (a, k) -> self(a, "swapcase", t).make(BytesBase.fromLatin1(asciiMap(self(a, "swapcase", t).latin1(), 2))));
        t.addMethod("capitalize", (a, k) -> self(a, "capitalize", t).make(BytesBase.fromLatin1(asciiMap(self(a, "capitalize", t).latin1(), 3))));
        t.addMethod("title", (a, k) -> self(a, "title", t).make(BytesBase.fromLatin1(asciiMap(self(a, "title", t).latin1(), 4))));
        t.addMethod("isalpha", (a, k) -> all(self(a, "isalpha", t), BytesMethods::isAlpha));
        t.addMethod("isdigit", (a, k) -> all(self(a, "isdigit", t), BytesMethods::isDigit));
        t.addMethod("isalnum", (a, k) -> all(self(a, "isalnum", t), c -> isAlpha(c) || isDigit(c)));
        t.addMethod("isspace", (a, k) -> all(self(a, "isspace", t), BytesMethods::isSpace));
        t.addMethod("isascii", (a, k) -> {
            BytesBase s = self(a, "isascii", t);
            for (int i = 0; i < s.size; i++) {
                if (s.data[i] < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.addMethod("islower", (a, k) -> PyBool.of(StrMethods.isLowerStr(self(a, "islower", t).latin1().replaceAll("[^\\x00-\\x7f]", ""))));
        t.addMethod("isupper", (a, k) -> PyBool.of(StrMethods.isUpperStr(self(a, "isupper", t).latin1().replaceAll("[^\\x00-\\x7f]", ""))));
        t.addMethod("istitle", (a, k) -> PyBool.of(StrMethods.isTitleStr(self(a, "istitle", t).latin1().replaceAll("[^\\x00-\\x7f]", " "))));
        t.addMethod("decode", (a, k) -> {
            BytesBase s = self(a, "decode", t);
            PyObject[] p = StrMethods.bind("decode", a, k, 0, true, "encoding", "errors");
            String enc = p[0] == null ? "utf-8" : StrMethods.strArg(p[0], "decode() argument 'encoding'");
            String err = p[1] == null ? "strict" : StrMethods.strArg(p[1], "decode() argument 'errors'");
            return new PyStr(Codecs.decode(s.data, s.size, enc, err));
        });
        t.addMethod("hex", (a, k) -> {
            BytesBase s = self(a, "hex", t);
            PyObject[] p = StrMethods.bind("hex", a, k, 0, true, "sep", "bytes_per_sep");
            return new PyStr(hex(s.data, s.size, p[0], p[1]));
        });
        t.dict().put(new PyStr("fromhex"), new PyBuiltinFunction("fromhex", (a, k) -> {
            PyBuiltinFunction.checkArgs("fromhex", a, k, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("fromhex() argument must be str, not " + a[0].getType().name);
            }
            byte[] b = fromhex(((PyStr) a[0]).value);
            return t == PyBytes.TYPE ? new PyBytes(b) : new PyByteArray(b);
        }));
        t.dict().put(new PyStr("maketrans"), new PyBuiltinFunction("maketrans", (a, k) -> {
            PyBuiltinFunction.checkArgs("maketrans", a, k, 2, 2);
            byte[] x = BytesBase.bytesOf(a[0]);
            byte[] y = BytesBase.bytesOf(a[1]);
            if (x.length != y.length) {
                throw PyErr.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < x.length; i++) {
                table[x[i] & 0xff] = y[i];
            }
            return new PyBytes(table);
        }));
        t.addMethod("translate", (a, k) -> {
            BytesBase s = self(a, "translate", t);
            PyObject[] p = StrMethods.bind("translate", a, k, 1, true, "table", "delete");
            byte[] table = p[0] == PyNone.NONE ? null : BytesBase.bytesOf(p[0]);
            if (table != null && table.length != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
            boolean[] del = new boolean[256];
            if (p[1] != null) {
                for (byte d : BytesBase.bytesOf(p[1])) {
                    del[d & 0xff] = true;
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.size);
            for (int i = 0; i < s.size; i++) {
                int c = s.data[i] & 0xff;
                if (!del[c]) {
                    out.write(table == null ? c : table[c] & 0xff);
                }
            }
            return s.make(out.toByteArray());
        });
        t.addMethod("__len__", (a, k) -> PyInt.of(self(a, "__len__", t).size));
        t.addMethod("__getitem__", (a, k) -> self(a, "__getitem__", t).getItem(a[1]));
        t.addMethod("__contains__", (a, k) -> PyBool.of(self(a, "__contains__", t).contains(a[1])));
        if (t == PyByteArray.TYPE) {
            installMutators(t);
        }
    }

    private static void installMutators(PyType t) {
        t.dict().put(new PyStr("__hash__"), PyNone.NONE); // mutable: unhashable, as list
        t.addMethod("append", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "append", t);
            b.append(PyBytes.byteValue(StrMethods.bind("append", a, k, 1, false, "item")[0]));
            return PyNone.NONE;
        });
        t.addMethod("extend", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "extend", t);
            if (Ownership.active) {
                Ownership.check(b.owner);
            }
            PyObject src = StrMethods.bind("extend", a, k, 1, false, "iterable_of_ints")[0];
            if (src instanceof BytesBase) {
                b.extend(((BytesBase) src).toByteArray().clone());
            } else {
                PyObject it;
                try {
                    it = src.iter();
                } catch (PyException e) {
                    throw PyErr.typeError("can't extend bytearray with " + src.getType().name);
                }
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    b.append(PyBytes.byteValue(x));
                }
            }
            return PyNone.NONE;
        });
        t.addMethod("pop", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "pop", t);
            PyObject[] p = StrMethods.bind("pop", a, k, 0, false, "index");
            return PyInt.of(b.pop(p[0] == null ? -1 : StrMethods.intArg(p[0])));
        });
        t.addMethod("insert", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "insert", t);
            PyObject[] p = StrMethods.bind("insert", a, k, 2, false, "index", "item");
            b.insert(StrMethods.intArg(p[0]), PyBytes.byteValue(p[1]));
            return PyNone.NONE;
        });
        t.addMethod("remove", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "remove", t);
            int v = PyBytes.byteValue(StrMethods.bind("remove", a, k, 1, false, "value")[0]);
            for (int i = 0; i < b.size; i++) {
                if ((b.data[i] & 0xff) == v) {
                    b.pop(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("value not found in bytearray");
        });
        t.addMethod("reverse", (a, k) -> {
            PyByteArray b = (PyByteArray) self(a, "reverse", t);
            if (Ownership.active) {
                Ownership.check(b.owner);
            }
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = x;
            }
            return PyNone.NONE;
        });
        t.addMethod("clear", (a, k) -> {
            ((PyByteArray) self(a, "clear", t)).clear();
            return PyNone.NONE;
        });
        t.addMethod("copy", (a, k) -> new PyByteArray(self(a, "copy", t).toByteArray().clone()));
        t.addMethod("__setitem__", (a, k) -> {
            self(a, "__setitem__", t).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        t.addMethod("__delitem__", (a, k) -> {
            self(a, "__delitem__", t).delItem(a[1]);
            return PyNone.NONE;
        });
    }

    private static PyObject splitWhitespace(BytesBase s, PyObject maxObj, boolean reverse) {
        long max = maxObj == null ? -1 : StrMethods.intArg(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
        byte[] d = s.data;
        int n = s.size;
        if (!reverse) {
            int i = 0;
            long count = 0;
            while (i < n) {
                while (i < n && isSpace(d[i])) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (count >= max) {
                    parts.add(s.make(java.util.Arrays.copyOfRange(d, i, n)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(d[j])) {
                    j++;
                }
                parts.add(s.make(java.util.Arrays.copyOfRange(d, i, j)));
                count++;
                i = j;
            }
        } else {
            int j = n;
            long count = 0;
            while (j > 0) {
                while (j > 0 && isSpace(d[j - 1])) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (count >= max) {
                    parts.add(0, s.make(java.util.Arrays.copyOfRange(d, 0, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(d[i - 1])) {
                    i--;
                }
                parts.add(0, s.make(java.util.Arrays.copyOfRange(d, i, j)));
                count++;
                j = i;
            }
        }
        PyList out = new PyList();
        for (PyObject x : parts) {
            out.append(x);
        }
        return out;
    }

    private static PyObject stripWhitespace(BytesBase s, String name) {
        int i = 0;
        int j = s.size;
        if (!name.equals("rstrip")) {
            while (i < j && isSpace(s.data[i])) {
                i++;
            }
        }
        if (!name.equals("lstrip")) {
            while (j > i && isSpace(s.data[j - 1])) {
                j--;
            }
        }
        return s.make(java.util.Arrays.copyOfRange(s.data, i, j));
    }

    static String hex(byte[] d, int n, PyObject sepObj, PyObject perObj) {
        String sep = null;
        if (sepObj != null) {
            if (sepObj instanceof PyStr) {
                sep = ((PyStr) sepObj).value;
            } else if (sepObj instanceof BytesBase) {
                sep = ((BytesBase) sepObj).latin1();
            } else {
                throw PyErr.typeError("sep must be str or bytes.");
            }
            if (sep.length() != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
        }
        long per = perObj == null ? 1 : StrMethods.intArg(perObj);
        StringBuilder sb = new StringBuilder(n * 3);
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            int c = d[i] & 0xff;
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
