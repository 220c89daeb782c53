package org.enginehost.engine.stackless;

import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.ArgBinder;
import org.enginehost.python.runtime.Builtins;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.Instructions;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyGenerator;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyMethod;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/** The Python face of {@link Tasklet}: the {@code stackless.tasklet} type, its methods and attributes. */
final class TaskletType {
    private TaskletType() {
    }

    static final PyType TYPE = new PyType("tasklet", new PyType[] {PyType.OBJECT}, TaskletType::construct, "stackless");
    /** {@code TaskletExit}: raised in a tasklet by kill(); a SystemExit, so {@code except Exception} lets it pass. */
    static final PyType TASKLET_EXIT = new PyType("TaskletExit", new PyType[] {ExceptionTypes.SYSTEM_EXIT}, null,
            "builtins");

    static Scheduler scheduler() {
        return ((StacklessInterpreter) ThreadState.current().interpreter).scheduler();
    }

    private static PyObject construct(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("tasklet", a, k, new String[] {"func", "args", "kwargs"}, 0, 3);
        Tasklet t = new Tasklet(scheduler(), false);
        if (p[0] != null && p[0] != PyNone.NONE) {
            bind(t, p[0], p[1], p[2]);
        }
        return t;
    }

    private static Tasklet self(PyObject[] a) {
        return (Tasklet) a[0];
    }

    static {
        PyType t = TYPE;
        t.addMethod("bind", (a, k) -> {
            PyObject[] p = Args.bind("bind", StacklessArgs.rest(a), k, new String[] {"func", "args", "kwargs"}, 0, 3);
            bind(self(a), p[0], p[1], p[2]);
            return a[0];
        });
        t.addMethod("setup", (a, k) -> setup(self(a), StacklessArgs.rest(a), k));
        t.addMethod("__call__", (a, k) -> setup(self(a), StacklessArgs.rest(a), k));
        t.addMethod("insert", (a, k) -> {
            Tasklet task = self(a);
            checkRunnable(task);
            if (task.next == null) {
                task.scheduler.append(task);
            }
            return PyNone.NONE;
        });
        t.addMethod("remove", (a, k) -> {
            Tasklet task = self(a);
            if (task.blockedOn != null) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "You cannot remove a blocked tasklet.");
            }
            if (task.isCurrent()) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "The current tasklet cannot be removed.");
            }
            if (task.next != null) {
                task.scheduler.remove(task);
            }
            return a[0];
        });
        t.addMethod("run", (SoftCall) (loop, caller, a, k) -> self(a).scheduler.runTasklet(loop, caller, self(a), false));
        t.addMethod("switch", (SoftCall) (loop, caller, a, k) -> self(a).scheduler.runTasklet(loop, caller, self(a), true));
        t.addMethod("kill", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("kill", StacklessArgs.rest(a), k, new String[] {"pending"}, 0, 1);
            Tasklet task = self(a);
            if (!task.alive()) {
                return PyNone.NONE;
            }
            PyException e = new PyException(new PyBaseException(TASKLET_EXIT, PyTuple.EMPTY));
            return task.scheduler.throwTo(loop, caller, task, e, p[0] != null && Operations.isTrue(p[0]));
        });
        t.addMethod("throw", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("throw", StacklessArgs.rest(a), k, new String[] {"exc", "val", "tb", "pending"}, 0, 4);
            PyObject exc = p[0] == null || p[0] == PyNone.NONE ? TASKLET_EXIT : p[0];
            PyObject val = p[1] == null ? PyNone.NONE : p[1];
            PyException e = exception(exc, val);
            return self(a).scheduler.throwTo(loop, caller, self(a), e, p[3] != null && Operations.isTrue(p[3]));
        });
        t.addMethod("raise_exception", (SoftCall) (loop, caller, a, k) -> {
            if (a.length < 2) {
                throw PyErr.typeError("raise_exception() takes at least 1 argument (0 given)");
            }
            PyObject[] args = new PyObject[a.length - 2];
            System.arraycopy(a, 2, args, 0, args.length);
            PyException e = Instructions.raise(a[1].call(args, k), null);
            return self(a).scheduler.throwTo(loop, caller, self(a), e, false);
        });
        t.addMethod("set_atomic", (a, k) -> {
            PyBuiltinFunction.checkArgs("set_atomic", a, k, 2, 2);
            boolean old = self(a).atomic;
            self(a).atomic = Operations.isTrue(a[1]);
            return PyBool.of(old);
        });
        t.addMethod("set_ignore_nesting", (a, k) -> {
            PyBuiltinFunction.checkArgs("set_ignore_nesting", a, k, 2, 2);
            boolean old = self(a).ignoreNesting;
            self(a).ignoreNesting = Operations.isTrue(a[1]);
            return PyBool.of(old);
        });
    }

    /** An exception instance from the forms {@code raise} accepts: a class (with a value) or an instance. */
    static PyException exception(PyObject exc, PyObject val) {
        if (exc instanceof PyType && val != PyNone.NONE) {
            PyObject[] args = val instanceof PyTuple ? ((PyTuple) val).items : new PyObject[] {val};
            return Instructions.raise(exc.call(args, null), null);
        }
        return Instructions.raise(exc, null);
    }

    static void checkRunnable(Tasklet t) {
        if (!t.alive()) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "You cannot run an unbound(dead) tasklet");
        }
        if (t.blockedOn != null) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "You cannot run a blocked tasklet");
        }
    }

    static void bind(Tasklet t, PyObject func, PyObject args, PyObject kwargs) {
        if (t.isCurrent() || t.scheduled()) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "tasklet is " + (t.isCurrent() ? "current" : "scheduled"));
        }
        if (func == null || func == PyNone.NONE) {
            t.func = null;
            t.frame = null;
            return;
        }
        if (!Builtins.isCallable(func)) {
            throw PyErr.typeError("tasklet function must be a callable");
        }
        t.func = func;
        t.frame = null;
        t.dead = false;
        if ((args != null && args != PyNone.NONE) || (kwargs != null && kwargs != PyNone.NONE)) {
            PyObject[] pos = args == null || args == PyNone.NONE ? new PyObject[0] : Operations.toArray(args);
            bindFrame(t, pos, kwargs == null || kwargs == PyNone.NONE ? null : (PyDict) kwargs);
        }
    }

    /** setup(*args, **kwargs): binds the frame and schedules the tasklet. */
    static PyObject setup(Tasklet t, PyObject[] a, String[] k) {
        if (t.alive()) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "tasklet is alive");
        }
        if (t.func == null) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "the tasklet was not bound to a function");
        }
        int nkw = k == null ? 0 : k.length;
        PyObject[] pos = new PyObject[a.length - nkw];
        System.arraycopy(a, 0, pos, 0, pos.length);
        PyDict kw = null;
        if (nkw > 0) {
            kw = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kw.put(new PyStr(k[i]), a[pos.length + i]);
            }
        }
        bindFrame(t, pos, kw);
        t.scheduler.append(t);
        return t;
    }

    /** The tasklet's first frame: the function's own when it is a Python function, else a trampoline's. */
    private static void bindFrame(Tasklet t, PyObject[] pos, PyDict kw) {
        PyObject func = t.func;
        PyFunction fn = null;
        PyObject self = null;
        if (func instanceof PyFunction) {
            fn = (PyFunction) func;
        } else if (func instanceof PyMethod && ((PyMethod) func).function instanceof PyFunction) {
            fn = (PyFunction) ((PyMethod) func).function;
            self = ((PyMethod) func).self;
        }
        Frame f;
        if (fn != null && !PyGenerator.isGeneratorCode(fn.code)) {
            int nkw = kw == null ? 0 : kw.size();
            int off = self == null ? 0 : 1;
            PyObject[] all = new PyObject[off + pos.length + nkw];
            if (self != null) {
                all[0] = self;
            }
            System.arraycopy(pos, 0, all, off, pos.length);
            String[] names = null;
            if (nkw > 0) {
                names = new String[nkw];
                int i = 0;
                for (var e : kw.entries()) {
                    names[i] = ((PyStr) e.getKey()).value;
                    all[off + pos.length + i] = e.getValue();
                    i++;
                }
            }
            f = ArgBinder.frameFor(fn, all, 0, all.length, names);
        } else {
            PyFunction trampoline = t.scheduler.trampoline();
            f = ArgBinder.frameFor(trampoline, new PyObject[] {func, new PyTuple(pos), kw == null ? new PyDict() : kw},
                    0, 3, null);
        }
        t.frame = f;
        t.awaitsValue = false;
        t.dead = false;
        t.depth = 1;
        t.handled = null;
    }

    /** A read-only or computed attribute of a tasklet, or null. */
    static PyObject attribute(Tasklet t, String name) {
        switch (name) {
            case "alive": return PyBool.of(t.alive());
            case "blocked": return PyBool.of(t.blockedOn != null);
            case "scheduled": return PyBool.of(t.scheduled());
            case "paused": return PyBool.of(t.alive() && !t.scheduled());
            case "restorable": return PyBool.of(t.alive() && !t.isCurrent());
            case "is_main": return PyBool.of(t.isMain);
            case "is_current": return PyBool.of(t.isCurrent());
            case "next": return StacklessArgs.orNone(t.next);
            case "prev": return StacklessArgs.orNone(t.prev);
            case "tempval": return t.tempval == null ? PyNone.NONE : t.tempval;
            case "atomic": return PyBool.of(t.atomic);
            case "block_trap": return PyBool.of(t.blockTrap);
            case "ignore_nesting": return PyBool.of(t.ignoreNesting);
            case "nesting_level": return PyInt.of(t.isCurrent() ? t.scheduler.loop.levels - 1 : 0);
            case "recursion_depth": return PyInt.of(t.isCurrent() ? t.scheduler.ts.depth : t.depth);
            case "thread_id": return PyInt.of(t.scheduler.threadId());
            case "frame": return StacklessArgs.orNone(t.frame);
            default: return null;
        }
    }

    static boolean setAttribute(Tasklet t, String name, PyObject value) {
        switch (name) {
            case "tempval":
                t.tempval = value;
                return true;
            case "block_trap":
                t.blockTrap = Operations.isTrue(value);
                return true;
            case "atomic":
                t.atomic = Operations.isTrue(value);
                return true;
            default:
                return false;
        }
    }
}
