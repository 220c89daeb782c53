package org.enginehost.python.modules;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/**
 * The builtins CPython's {@code site} module adds: {@code exit} and {@code quit}, which show how to
 * leave the interactive prompt and raise {@code SystemExit} when called.
 */
public final class SiteBuiltins {

    private SiteBuiltins() {
    }

    public static void register(PyModule builtins) {
        builtins.define("exit", new Quitter("exit"));
        builtins.define("quit", new Quitter("quit"));
    }

    /** {@code _sitebuiltins.Quitter}. */
    static final class Quitter extends PyObject {
        static final PyType TYPE = new PyType("Quitter", new PyType[] {PyType.OBJECT}, null, "_sitebuiltins");

        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
        }

        @Override
        public String str() {
            return repr();
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject code = PyNone.NONE;
            if (kwnames != null && kwnames.length > 0) {
                for (String k : kwnames) {
                    if (!k.equals("code")) {
                        throw PyErr.typeError("Quitter.__call__() got an unexpected keyword argument '" + k + "'");
                    }
                }
                if (args.length > 1) {
                    throw PyErr.typeError("Quitter.__call__() got multiple values for argument 'code'");
                }
                code = args[0];
            } else if (args.length > 1) {
                throw PyErr.typeError("Quitter.__call__() takes from 1 to 2 "
                        + "positional arguments but " + (args.length + 1) + " were given");
            } else if (args.length == 1) {
                code = args[0];
            }
            PyBaseException e = new PyBaseException(ExceptionTypes.SYSTEM_EXIT, PyTuple.of(code));
            e.setAttr("code", code);
            throw new PyException(e);
        }
    }
}
