package org.enginehost.engine.stackless;

import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code stackless} module: the scheduler's functions, the tasklet and channel types. */
final class StacklessModule {
    private StacklessModule() {
    }

    static PyModule create(Scheduler s) {
        PyModule m = new PyModule("stackless", null);
        m.define("tasklet", TaskletType.TYPE);
        m.define("channel", ChannelType.TYPE);
        m.define("bomb", Bomb.TYPE);
        m.define("TaskletExit", TaskletType.TASKLET_EXIT);
        m.define("atomic", AtomicBlock.TYPE);
        TaskletPickling.define(m);
        m.define("run", new PyBuiltinFunction("run", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("run", a, k,
                    new String[] {"timeout", "threadblock", "soft", "ignore_nesting", "totaltimeout"}, 0, 5);
            long timeout = p[0] == null ? 0 : Math.max(0, Math.min(Integer.MAX_VALUE, Args.toInt(p[0]).value));
            return s.run(loop, caller, (int) timeout, p[2] != null && Operations.isTrue(p[2]),
                    p[4] != null && Operations.isTrue(p[4]));
        }));
        m.define("schedule", new PyBuiltinFunction("schedule", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("schedule", a, k, new String[] {"retval"}, 0, 1);
            return s.schedule(loop, caller, p[0] == null ? s.current : p[0], false);
        }));
        m.define("schedule_remove", new PyBuiltinFunction("schedule_remove", (SoftCall) (loop, caller, a, k) -> {
            PyObject[] p = Args.bind("schedule_remove", a, k, new String[] {"retval"}, 0, 1);
            return s.schedule(loop, caller, p[0] == null ? s.current : p[0], true);
        }));
        m.defineFunction("getcurrent", (a, k) -> s.current);
        m.defineFunction("getmain", (a, k) -> s.main);
        m.defineFunction("getruncount", (a, k) -> PyInt.of(s.runCount));
        m.defineFunction("switch_trap", (a, k) -> {
            PyBuiltinFunction.checkArgs("switch_trap", a, k, 1, 1);
            int old = s.switchTrap;
            s.switchTrap += (int) Args.toInt(a[0]).value;
            return PyInt.of(old);
        });
        m.defineFunction("set_schedule_callback", (a, k) -> {
            PyBuiltinFunction.checkArgs("set_schedule_callback", a, k, 1, 1);
            PyObject old = s.scheduleCallback;
            s.scheduleCallback = a[0] == PyNone.NONE ? null : a[0];
            return old == null ? PyNone.NONE : old;
        });
        m.defineFunction("get_schedule_callback", (a, k) -> StacklessArgs.orNone(s.scheduleCallback));
        m.defineFunction("set_channel_callback", (a, k) -> {
            PyBuiltinFunction.checkArgs("set_channel_callback", a, k, 1, 1);
            PyObject old = s.channelCallback;
            s.channelCallback = a[0] == PyNone.NONE ? null : a[0];
            return old == null ? PyNone.NONE : old;
        });
        m.defineFunction("get_channel_callback", (a, k) -> StacklessArgs.orNone(s.channelCallback));
        m.defineFunction("enable_softswitch", (a, k) -> PyBool.TRUE);
        m.defineFunction("get_thread_info", (a, k) -> new PyTuple(new PyObject[] {s.main, s.current,
                PyInt.of(s.runCount)}));
        m.defineFunction("__getattr__", (a, k) -> {
            String name = ((PyStr) a[0]).value;
            switch (name) {
                case "current": return s.current;
                case "main": return s.main;
                case "runcount": return PyInt.of(s.runCount);
                case "threads": return new org.enginehost.python.runtime.PyList(new PyObject[] {PyInt.of(s.threadId())});
                default:
                    throw PyErr.format(org.enginehost.python.runtime.ExceptionTypes.ATTRIBUTE_ERROR,
                            "module 'stackless' has no attribute '" + name + "'");
            }
        });
        return m;
    }

    /** {@code stackless.atomic()}: a context manager that sets the current tasklet's atomic flag. */
    static final class AtomicBlock extends PyObject {
        static final PyType TYPE = new PyType("atomic", new PyType[] {PyType.OBJECT}, (t, a, k) -> new AtomicBlock(),
                "stackless");

        private boolean saved;

        static {
            TYPE.addMethod("__enter__", (a, k) -> {
                Tasklet cur = TaskletType.scheduler().current;
                ((AtomicBlock) a[0]).saved = cur.atomic;
                cur.atomic = true;
                return a[0];
            });
            TYPE.addMethod("__exit__", (a, k) -> {
                TaskletType.scheduler().current.atomic = ((AtomicBlock) a[0]).saved;
                return PyBool.FALSE;
            });
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }
}
