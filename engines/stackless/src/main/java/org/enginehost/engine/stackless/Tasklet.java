package org.enginehost.engine.stackless;

import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/**
 * A microthread: a chain of heap frames plus its place in the scheduler. While it runs, its frames
 * are the loop's; while it waits, {@link #frame} is the top of its chain, stopped right after the
 * call that switched away, and the value that call returns when it continues is {@link #tempval}
 * (or {@link #pendingThrow} is raised there).
 *
 * <p>The Python-facing methods and attributes are in {@link TaskletType}.
 */
final class Tasklet extends PyObject {
    final Scheduler scheduler;
    final boolean isMain;

    /** The callable bound by bind()/the constructor, or null. */
    PyObject func;
    /** The top frame while suspended, the fresh frame once set up, null while running or dead. */
    Frame frame;
    /** Whether the frame has run at least one instruction (a resumed call then receives a value). */
    boolean started;
    /** Whether the tasklet finished (its bottom frame returned or raised). */
    boolean dead;

    /** Neighbours in the run ring; null when not scheduled. */
    Tasklet next;
    Tasklet prev;

    /** The channel this tasklet is blocked on, or null; +1 blocked sending, -1 receiving. */
    Channel blockedOn;
    int blockedDir;
    /** The value a blocked sender offers. */
    PyObject sendValue;

    /** What the suspended call returns when the tasklet continues. */
    PyObject tempval;
    /** Raised in the tasklet when it continues (kill, throw, a channel exception). */
    PyException pendingThrow;

    /** Saved thread state while not running. */
    int depth;
    PyBaseException handled;

    boolean atomic;
    boolean blockTrap;
    boolean ignoreNesting;

    Tasklet(Scheduler scheduler, boolean isMain) {
        this.scheduler = scheduler;
        this.isMain = isMain;
    }

    boolean isCurrent() {
        return scheduler.current == this;
    }

    boolean alive() {
        return isMain ? !dead : isCurrent() || frame != null;
    }

    boolean scheduled() {
        return next != null || blockedOn != null;
    }

    @Override
    public PyType getType() {
        return TaskletType.TYPE;
    }

    /** Attributes a program sets on the tasklet (Stackless tasklets have a __dict__). */
    private PyDict dict;

    @Override
    public PyObject getAttr(String name) {
        PyObject v = TaskletType.attribute(this, name);
        if (v == null && dict != null) {
            v = dict.get(new PyStr(name));
        }
        if (v == null && name.equals("__dict__")) {
            if (dict == null) {
                dict = new PyDict();
            }
            v = dict;
        }
        return v != null ? v : super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (TaskletType.setAttribute(this, name, value)) {
            return;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        if (value == null) {
            if (dict.get(new PyStr(name)) == null) {
                throw PyErr.attributeError(this, name);
            }
            dict.delItem(new PyStr(name));
        } else {
            dict.put(new PyStr(name), value);
        }
    }

    /** {@code t(*args, **kwargs)} is {@code t.setup(*args, **kwargs)}. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return TaskletType.setup(this, args, kwnames);
    }

    @Override
    public String repr() {
        return "<stackless.tasklet object at " + org.enginehost.python.runtime.Operations.address(this) + ">";
    }
}
