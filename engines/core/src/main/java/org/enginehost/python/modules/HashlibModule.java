package org.enginehost.python.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyMemoryView;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySet;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/**
 * {@code hashlib}: the guaranteed algorithms (md5, sha1, the sha2 and sha3 families) on the JDK's
 * MessageDigest, with CPython's hash object (update, digest, hexdigest, copy, name, digest_size,
 * block_size).
 */
public final class HashlibModule {
    private HashlibModule() {
    }

    /** Python name → (JDK name, block size). */
    private static final Map<String, Object[]> ALGORITHMS = new TreeMap<>(Map.of(
            "md5", new Object[] {"MD5", 64}, "sha1", new Object[] {"SHA-1", 64},
            "sha224", new Object[] {"SHA-224", 64}, "sha256", new Object[] {"SHA-256", 64},
            "sha384", new Object[] {"SHA-384", 128}, "sha512", new Object[] {"SHA-512", 128},
            "sha3_224", new Object[] {"SHA3-224", 144}, "sha3_256", new Object[] {"SHA3-256", 136},
            "sha3_384", new Object[] {"SHA3-384", 104}, "sha3_512", new Object[] {"SHA3-512", 72}));

    static final PyType HASH = new PyType("HASH", new PyType[] {PyType.OBJECT}, null, "_hashlib");

    static {
        HASH.addMethod("update", (a, k) -> {
            PyBuiltinFunction.checkArgs("update", a, k, 2, 2);
            ((Hash) a[0]).digest.update(data(a[1]));
            return PyNone.NONE;
        });
        HASH.addMethod("digest", (a, k) -> {
            PyBuiltinFunction.checkArgs("digest", a, k, 1, 1);
            return new PyBytes(((Hash) a[0]).result());
        });
        HASH.addMethod("hexdigest", (a, k) -> {
            PyBuiltinFunction.checkArgs("hexdigest", a, k, 1, 1);
            StringBuilder sb = new StringBuilder();
            for (byte b : ((Hash) a[0]).result()) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return new PyStr(sb.toString());
        });
        HASH.addMethod("copy", (a, k) -> {
            PyBuiltinFunction.checkArgs("copy", a, k, 1, 1);
            return ((Hash) a[0]).copy();
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("hashlib", null);
        for (String name : ALGORITHMS.keySet()) {
            m.defineFunction(name, (a, k) -> make(name, a, k, 0));
        }
        m.defineFunction("new", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyStr)) {
                throw PyErr.typeError("__hash_new() missing 1 required positional argument: 'name'");
            }
            String name = ((PyStr) a[0]).value.toLowerCase().replace("-", "_");
            if (!ALGORITHMS.containsKey(name)) {
                throw PyErr.valueError("unsupported hash type " + ((PyStr) a[0]).value);
            }
            return make(name, a, k, 1);
        });
        PySet names = new PySet(true);
        for (String name : ALGORITHMS.keySet()) {
            names.add(new PyStr(name));
        }
        m.define("algorithms_guaranteed", names);
        m.define("algorithms_available", names);
        return m;
    }

    /** {@code hashlib.sha256(data=b'', *, usedforsecurity=True)} from argument {@code first} on. */
    private static PyObject make(String name, PyObject[] a, String[] k, int first) {
        int nk = k == null ? 0 : k.length;
        PyObject initial = null;
        for (int i = 0; i < nk; i++) {
            PyObject v = a[a.length - nk + i];
            if (k[i].equals("string")) {
                initial = v;
            } else if (!k[i].equals("usedforsecurity")) {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for openssl_" + name + "()");
            }
        }
        int npos = a.length - nk - first;
        if (npos > 1) {
            throw PyErr.typeError("openssl_" + name + "() takes at most 1 positional argument (" + npos + " given)");
        }
        if (npos == 1) {
            initial = a[first];
        }
        Hash h = new Hash(name);
        if (initial != null) {
            h.digest.update(data(initial));
        }
        return h;
    }

    private static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        return PyMemoryView.bytesLike(o);
    }

    /** A hash object: the running digest and the algorithm's name. */
    static final class Hash extends PyObject {
        final String name;
        final MessageDigest digest;

        Hash(String name) {
            this(name, newDigest(name));
        }

        private Hash(String name, MessageDigest digest) {
            this.name = name;
            this.digest = digest;
        }

        private static MessageDigest newDigest(String name) {
            try {
                return MessageDigest.getInstance((String) ALGORITHMS.get(name)[0]);
            } catch (NoSuchAlgorithmException e) {
                throw PyErr.valueError("unsupported hash type " + name);
            }
        }

        byte[] result() {
            try {
                return ((MessageDigest) digest.clone()).digest(); // digest() may be asked again
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        PyObject copy() {
            try {
                return new Hash(name, (MessageDigest) digest.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public PyType getType() {
            return HASH;
        }

        @Override
        public PyObject getAttr(String attr) {
            switch (attr) {
                case "name": return new PyStr(name);
                case "digest_size": return PyInt.of(digest.getDigestLength());
                case "block_size": return PyInt.of((Integer) ALGORITHMS.get(name)[1]);
                default: return super.getAttr(attr);
            }
        }

        @Override
        public String repr() {
            return "<" + name + " _hashlib.HASH object @ " + org.enginehost.python.runtime.Operations.address(this) + ">";
        }
    }
}
