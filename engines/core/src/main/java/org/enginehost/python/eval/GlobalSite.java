package org.enginehost.python.eval;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.Instructions;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;

/**
 * The lookup cache of one LOAD_GLOBAL instruction: where the name was found last time (its entry
 * position in the globals or, when globals lacked it, in the builtins). A hit costs an identity
 * check and one array read; a cached builtin stays valid while no key is added to or removed from
 * the globals. Immutable: a miss installs a new site.
 */
final class GlobalSite {
    final PyStr name;
    private final PyDict globals;
    private final PyDict builtins;
    /** The keys version of {@link #globals} when the name was found in the builtins; -1 for a global. */
    private final int globalsVersion;
    private final int entry;

    GlobalSite(PyStr name) {
        this(name, null, null, -1, -1);
    }

    private GlobalSite(PyStr name, PyDict globals, PyDict builtins, int globalsVersion, int entry) {
        this.name = name;
        this.globals = globals;
        this.builtins = builtins;
        this.globalsVersion = globalsVersion;
        this.entry = entry;
    }

    /** The value of the global {@code sites[i].name} in frame {@code f}, raising NameError when unbound. */
    static PyObject load(GlobalSite[] sites, int i, Frame f) {
        GlobalSite c = sites[i];
        PyDict g = f.globals;
        if (g == c.globals) {
            PyObject v;
            if (c.globalsVersion < 0) {
                v = g.valueAt(c.entry, c.name);
            } else if (g.keysVersion() == c.globalsVersion && f.builtins == c.builtins) {
                v = f.builtins.valueAt(c.entry, c.name);
            } else {
                v = null;
            }
            if (v != null) {
                return v;
            }
        }
        return miss(sites, i, f);
    }

    private static PyObject miss(GlobalSite[] sites, int i, Frame f) {
        PyStr name = sites[i].name;
        PyDict g = f.globals;
        int e = g.entryOf(name);
        if (e >= 0) {
            sites[i] = new GlobalSite(name, g, null, -1, e);
            return g.valueAt(e, name);
        }
        PyObject v = Instructions.loadGlobal(f, name);
        int b = f.builtins.entryOf(name);
        if (b >= 0) {
            sites[i] = new GlobalSite(name, g, f.builtins, g.keysVersion(), b);
        }
        return v;
    }
}
