package org.enginehost.python.modules;

import org.enginehost.python.runtime.BytesBase;
import org.enginehost.python.runtime.Codecs;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;

/** The {@code _codecs} module's {@code encode}/{@code decode} (protocol 0-2 pickles of bytes call _codecs.encode). */
public final class CodecsModule {
    private CodecsModule() {
    }

    private static final String[] PARAMS = {"obj", "encoding", "errors"};

    public static PyModule create() {
        PyModule m = new PyModule("_codecs", null);
        m.defineFunction("encode", (a, k) -> {
            PyObject[] p = Args.bind("encode", a, k, PARAMS, 1, 3);
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("utf_8_encode() argument 1 must be str, not " + p[0].getType().name);
            }
            return new PyBytes(Codecs.encode(((PyStr) p[0]).value, text(p[1], "utf-8"), text(p[2], "strict")));
        });
        m.defineFunction("decode", (a, k) -> {
            PyObject[] p = Args.bind("decode", a, k, PARAMS, 1, 3);
            if (!(p[0] instanceof BytesBase)) {
                throw PyErr.typeError("a bytes-like object is required, not '" + p[0].getType().name + "'");
            }
            byte[] b = ((BytesBase) p[0]).toByteArray();
            return new PyStr(Codecs.decode(b, b.length, text(p[1], "utf-8"), text(p[2], "strict")));
        });
        return m;
    }

    private static String text(PyObject o, String dflt) {
        return o == null ? dflt : PickleSupport.strValue(o);
    }
}
