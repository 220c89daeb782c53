package org.enginehost.python.modules;

import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyStr;

/** The informational parts of {@code sys}: version_info, float_info, int_info, encodings, intern. */
final class SysModuleExtras {
    private SysModuleExtras() {
    }

    static final PyStructSeq.Kind VERSION_INFO = new PyStructSeq.Kind("sys", "version_info", 5, "major", "minor",
            "micro", "releaselevel", "serial");
    static final PyStructSeq.Kind FLOAT_INFO = new PyStructSeq.Kind("sys", "float_info", 11, "max", "max_exp",
            "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyStructSeq.Kind INT_INFO = new PyStructSeq.Kind("sys", "int_info", 4, "bits_per_digit",
            "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");

    static void install(PyModule sys) {
        sys.define("version_info", new PyStructSeq(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(0),
                new PyStr("final"), PyInt.of(0)));
        sys.define("hexversion", PyInt.of(0x030b00f0));
        sys.define("float_info", new PyStructSeq(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        sys.define("int_info", new PyStructSeq(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        sys.define("maxunicode", PyInt.of(0x10ffff));
        sys.define("byteorder", new PyStr("little"));
        sys.define("executable", new PyStr(""));
        sys.defineFunction("getdefaultencoding", (a, k) -> {
            PyBuiltinFunction.checkArgs("getdefaultencoding", a, k, 0, 0);
            return new PyStr("utf-8");
        });
        sys.defineFunction("getfilesystemencoding", (a, k) -> new PyStr("utf-8"));
        sys.defineFunction("intern", (a, k) -> {
            PyBuiltinFunction.checkArgs("intern", a, k, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("intern() argument must be str, not " + a[0].getType().name);
            }
            return a[0];
        });
    }
}
