package org.enginehost.python.modules;

import org.enginehost.python.runtime.BytesBase;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;

/** The {@code pickle} (and {@code _pickle}) module table: dumps/loads/dump/load, Pickler, Unpickler, errors. */
public final class PickleModule {
    private PickleModule() {
    }

    private static volatile boolean installed;

    private static synchronized void installTypes() {
        if (!installed) {
            Pickler.install();
            Unpickler.install();
            installed = true;
        }
    }

    /** {@code pickle} re-exports the objects of {@code _pickle} (as CPython's pickle.py imports them). */
    public static PyModule create(String name) {
        if (name.equals("pickle")) {
            PyModule impl = (PyModule) PickleSupport.importModule("_pickle");
            PyModule m = new PyModule(name, null);
            for (var en : impl.dict.entries()) {
                if (!((PyStr) en.getKey()).value.startsWith("__")) {
                    m.dict.put(en.getKey(), en.getValue());
                }
            }
            return m;
        }
        installTypes();
        PyModule m = new PyModule(name, null);
        m.define("HIGHEST_PROTOCOL", PyInt.of(PickleOpcodes.HIGHEST_PROTOCOL));
        m.define("DEFAULT_PROTOCOL", PyInt.of(PickleOpcodes.DEFAULT_PROTOCOL));
        m.define("format_version", new PyStr("4.0"));
        PyList formats = new PyList();
        for (String f : new String[] {"1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"}) {
            formats.append(new PyStr(f));
        }
        m.define("compatible_formats", formats);
        m.define("PickleError", PickleSupport.PICKLE_ERROR);
        m.define("PicklingError", PickleSupport.PICKLING_ERROR);
        m.define("UnpicklingError", PickleSupport.UNPICKLING_ERROR);
        m.define("Pickler", Pickler.TYPE);
        m.define("Unpickler", Unpickler.TYPE);
        m.defineFunction("dumps", (a, k) -> {
            PyObject[] p = Args.bind("dumps", a, k, new String[] {"obj", "protocol", "fix_imports", "buffer_callback"}, 1, 2);
            int proto = Pickler.protocol(p[1]);
            Pickler.checkBufferCallback(p[3], proto);
            Pickler pk = new Pickler(null, proto, p[2] == null || p[2].isTrue());
            pk.dump(p[0]);
            return new PyBytes(pk.result());
        });
        m.defineFunction("dump", (a, k) -> {
            PyObject[] p = Args.bind("dump", a, k,
                    new String[] {"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 2, 3);
            int proto = Pickler.protocol(p[2]);
            Pickler.checkBufferCallback(p[4], proto);
            PyObject w = PickleSupport.lookupAttr(p[1], "write");
            if (w == null) {
                throw PyErr.typeError("file must have a 'write' attribute");
            }
            new Pickler(w, proto, p[3] == null || p[3].isTrue()).dump(p[0]);
            return PyNone.NONE;
        });
        m.defineFunction("loads", (a, k) -> {
            PyObject[] p = Args.bind("loads", a, k,
                    new String[] {"data", "fix_imports", "encoding", "errors", "buffers"}, 1, 1);
            if (!(p[0] instanceof BytesBase)) {
                throw PyErr.typeError("a bytes-like object is required, not '" + p[0].getType().name + "'");
            }
            byte[] data = ((BytesBase) p[0]).toByteArray();
            return Unpickler.make(new PickleInput(data), p[1], p[2], p[3]).load();
        });
        m.defineFunction("load", (a, k) -> {
            PyObject[] p = Args.bind("load", a, k,
                    new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 1, 1);
            return Unpickler.fromFile(p[0], p[1], p[2], p[3]).load();
        });
        for (String f : new String[] {"dumps", "dump", "loads", "load"}) {
            ((PyBuiltinFunction) m.dict.get(f)).module = "_pickle";
        }
        return m;
    }
}
