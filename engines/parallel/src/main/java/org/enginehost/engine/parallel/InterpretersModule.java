package org.enginehost.engine.parallel;

import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.modules.Args;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.spi.Source;

/**
 * {@code _interpreters}: the low-level operations behind {@code concurrent.interpreters} and
 * {@code interpreters} (whose classes and exceptions are written in Python on top of it).
 * Interpreters are named by int id; code runs in the target interpreter on the calling thread
 * ({@link ParallelInterpreter#enter}), and only shareable values cross.
 *
 * <p>A failure inside the target comes back as an "excinfo" tuple
 * {@code (type name, qualname, module, str(exc), formatted traceback)} which the Python layer turns
 * into {@code ExecutionFailed}; the original exception object never leaves its interpreter.
 */
final class InterpretersModule {
    private InterpretersModule() {
    }

    static PyModule create(PythonInterpreter interp) {
        ParallelInterpreter self = (ParallelInterpreter) interp;
        Registry reg = self.registry;
        PyModule m = new PyModule("_interpreters", null);
        m.define("Queue", PyInterpQueue.TYPE);
        m.define("RecvChannel", Channel.RECV);
        m.define("SendChannel", Channel.SEND);
        m.defineFunction("create", (a, k) -> {
            PyBuiltinFunction.checkArgs("create", a, k, 0, 0);
            return PyInt.of(reg.create().id);
        });
        m.defineFunction("list_all", (a, k) -> {
            java.util.List<ParallelInterpreter> all = reg.all();
            PyObject[] ids = new PyObject[all.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = PyInt.of(all.get(i).id);
            }
            return new PyTuple(ids);
        });
        m.defineFunction("get_current", (a, k) -> PyInt.of(Errors.current().id));
        m.defineFunction("get_main", (a, k) -> PyInt.of(0));
        m.defineFunction("exists", (a, k) -> PyBool.of(reg.get(idArg(a, k, "exists")) != null));
        m.defineFunction("is_running", (a, k) -> PyBool.of(isRunning(target(reg, idArg(a, k, "is_running")))));
        m.defineFunction("destroy", (a, k) -> {
            ParallelInterpreter t = target(reg, idArg(a, k, "destroy"));
            if (t.isMain()) {
                throw Errors.raise("InterpreterError", "cannot destroy the main interpreter");
            }
            if (t == Errors.current()) {
                throw Errors.raise("InterpreterError", "cannot destroy the current interpreter");
            }
            if (t.running.get() > 0) {
                throw Errors.raise("InterpreterError", "interpreter running");
            }
            t.destroyed = true;
            reg.remove(t);
            return PyNone.NONE;
        });
        m.defineFunction("exec", (a, k) -> {
            PyBuiltinFunction.checkArgs("exec", a, k, 2, 2);
            String src = textArg(a[1]);
            ParallelInterpreter t = startRunning(reg, Args.toSmallInt(a[0], "id"));
            try {
                return t.enter(() -> {
                    try {
                        runSource(t, src);
                        return PyNone.NONE;
                    } catch (PyException e) {
                        return excinfo(t, e.value);
                    } catch (StackOverflowError e) {
                        return excinfo(t, PyErr.recursion().value);
                    }
                });
            } finally {
                t.running.decrementAndGet();
            }
        });
        // call(id, func, args, kwargs) -> (True, result) | (False, excinfo)
        m.defineFunction("call", (a, k) -> {
            PyBuiltinFunction.checkArgs("call", a, k, 4, 4);
            long id = Args.toSmallInt(a[0], "id");
            target(reg, id);
            PyFunction fn = shareableFunction(a[1]);
            PyObject[] args = ((PyTuple) a[2]).items;
            PyDict kwargs = (PyDict) a[3];
            for (PyObject v : args) {
                if (!Shareable.check(v)) {
                    throw Errors.notShareable(v);
                }
            }
            PyObject[] callArgs = new PyObject[args.length + kwargs.size()];
            for (int j = 0; j < args.length; j++) {
                callArgs[j] = Shareable.transfer(args[j]);
            }
            String[] kwnames = kwargs.size() == 0 ? null : new String[kwargs.size()];
            int i = 0;
            for (PyObject key : kwargs.keys()) {
                PyObject v = kwargs.get(key);
                if (!Shareable.check(v)) {
                    throw Errors.notShareable(v);
                }
                kwnames[i] = key.str();
                callArgs[args.length + i++] = Shareable.transfer(v);
            }
            ParallelInterpreter t = startRunning(reg, id);
            try {
                PyObject[] out = t.enter(() -> {
                    try {
                        PyModule main = t.mainModule();
                        PyFunction copy = new PyFunction(t.localCode(fn.code), main.dict, t.builtins, fn.defaults,
                                fn.kwdefaults, null);
                        PyObject r = copy.call(callArgs, kwnames);
                        if (!Shareable.check(r)) {
                            throw Errors.notShareable(r);
                        }
                        return new PyObject[] {PyBool.TRUE, Shareable.transfer(r)};
                    } catch (PyException e) {
                        return new PyObject[] {PyBool.FALSE, excinfo(t, e.value)};
                    } catch (StackOverflowError e) {
                        return new PyObject[] {PyBool.FALSE, excinfo(t, PyErr.recursion().value)};
                    }
                });
                return new PyTuple(out);
            } finally {
                t.running.decrementAndGet();
            }
        });
        m.defineFunction("prepare_main", (a, k) -> {
            PyBuiltinFunction.checkArgs("prepare_main", a, k, 2, 2);
            ParallelInterpreter t = target(reg, Args.toSmallInt(a[0], "id"));
            if (t.running.get() > 0) {
                throw Errors.raise("InterpreterError", "interpreter running");
            }
            PyDict ns = (PyDict) a[1];
            for (PyObject key : ns.keys()) {
                PyObject v = ns.get(key);
                if (!(key instanceof PyStr) || !Shareable.check(v)) {
                    throw Errors.notShareable(v);
                }
            }
            PyDict g = t.mainModule().dict;
            for (PyObject key : ns.keys()) {
                g.put(new PyStr(((PyStr) key).value), Shareable.transfer(ns.get(key)));
            }
            return PyNone.NONE;
        });
        // run(id, source, shared): PEP 554 v3; the target's exception is re-raised here with its
        // builtin type and (shareable) args.
        m.defineFunction("run", (a, k) -> {
            PyBuiltinFunction.checkArgs("run", a, k, 3, 3);
            long id = Args.toSmallInt(a[0], "id");
            ParallelInterpreter t = reg.get(id);
            if (t == null) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "unrecognized interpreter ID " + id);
            }
            PyDict shared = (PyDict) a[2];
            for (PyObject key : shared.keys()) {
                if (!(shared.get(key) instanceof Channel.End)) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "only channels may be shared with run()");
                }
            }
            if (t == Errors.current() || t.running.getAndIncrement() > 0) {
                if (t != Errors.current()) {
                    t.running.decrementAndGet();
                }
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "interpreter already running");
            }
            String src = textArg(a[1]);
            try {
                PyObject[] failure = t.enter(() -> {
                    try {
                        PyDict g = t.mainModule().dict;
                        for (PyObject key : shared.keys()) {
                            g.put(new PyStr(key.str()), shared.get(key));
                        }
                        runSource(t, src);
                        return null;
                    } catch (PyException e) {
                        return translatable(e.value);
                    } catch (StackOverflowError e) {
                        return translatable(PyErr.recursion().value);
                    }
                });
                if (failure != null) {
                    PyType type = (PyType) failure[0];
                    PyObject exc = type.call(((PyTuple) failure[1]).items, null);
                    throw new PyException((PyBaseException) exc);
                }
                return PyNone.NONE;
            } finally {
                t.running.decrementAndGet();
            }
        });
        m.defineFunction("is_shareable", (a, k) -> {
            PyBuiltinFunction.checkArgs("is_shareable", a, k, 1, 1);
            return PyBool.of(Shareable.check(a[0]));
        });
        m.defineFunction("create_queue", (a, k) -> {
            PyObject[] p = Args.bind("create_queue", a, k, new String[] {"maxsize"}, 0, 1);
            int max = p[0] == null ? 0 : Args.toSmallInt(p[0], "maxsize");
            return new PyInterpQueue(reg.nextQueueId.getAndIncrement(), max);
        });
        m.defineFunction("create_channel", (a, k) -> {
            Channel c = new Channel(reg, reg.nextChannelId.getAndIncrement());
            reg.channels.put(c.id, c);
            return new PyTuple(new PyObject[] {c.recvEnd, c.sendEnd});
        });
        m.defineFunction("list_all_channels", (a, k) -> {
            org.enginehost.python.runtime.PyList out = new org.enginehost.python.runtime.PyList();
            for (Channel c : reg.channels.values()) {
                out.append(new PyTuple(new PyObject[] {c.recvEnd, c.sendEnd}));
            }
            return out;
        });
        return m;
    }

    private static long idArg(PyObject[] a, String[] k, String name) {
        PyBuiltinFunction.checkArgs(name, a, k, 1, 1);
        return Args.toSmallInt(a[0], "id");
    }

    private static String textArg(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError("expected a string of source code, got '" + v.getType().name + "'");
        }
        return ((PyStr) v).value;
    }

    private static ParallelInterpreter target(Registry reg, long id) {
        ParallelInterpreter t = reg.get(id);
        if (t == null) {
            throw Errors.notFound(id);
        }
        return t;
    }

    static boolean isRunning(ParallelInterpreter t) {
        return t.isMain() || t == Errors.current() || t.running.get() > 0;
    }

    /** Claims the target for running code in its {@code __main__}; InterpreterError when it already runs. */
    private static ParallelInterpreter startRunning(Registry reg, long id) {
        ParallelInterpreter t = target(reg, id);
        if (t == Errors.current() || t.running.getAndIncrement() > 0) {
            if (t != Errors.current()) {
                t.running.decrementAndGet();
            }
            throw Errors.raise("InterpreterError", "interpreter already running");
        }
        return t;
    }

    private static void runSource(ParallelInterpreter t, String src) {
        CodeObject code;
        try {
            code = t.compile(Source.of("<string>", src));
        } catch (SyntaxErrorException e) {
            t.compileText(src, "<string>", false); // raises the error as a Python SyntaxError
            throw e;
        }
        t.runCode(code, t.mainModule().dict);
    }

    /** A function {@code call()} can re-create in another interpreter: plain, no closure cells. */
    private static PyFunction shareableFunction(PyObject f) {
        if (!(f instanceof PyFunction fn) || fn.closure != null && fn.closure.length > 0) {
            throw Errors.notShareable(f);
        }
        if (fn.defaults != null) {
            for (PyObject d : fn.defaults) {
                if (!Shareable.check(d)) {
                    throw Errors.notShareable(d);
                }
            }
        }
        if (fn.kwdefaults != null) {
            for (PyObject key : fn.kwdefaults.keys()) {
                if (!Shareable.check(fn.kwdefaults.get(key))) {
                    throw Errors.notShareable(fn.kwdefaults.get(key));
                }
            }
        }
        return fn;
    }

    /** The snapshot of an exception that crosses back: names, message and traceback text only. */
    private static PyTuple excinfo(ParallelInterpreter t, PyBaseException e) {
        PyType type = e.getType();
        String formatted;
        try {
            formatted = t.formatException(e);
        } catch (RuntimeException err) {
            formatted = type.name + ": " + e.str() + "\n";
        }
        return new PyTuple(new PyObject[] {new PyStr(type.name), new PyStr(type.qualname),
            new PyStr(type.module == null ? "builtins" : type.module), new PyStr(e.str()), new PyStr(formatted)});
    }

    /** For run(): a builtin exception type with shareable args (others as their str), or RuntimeError. */
    private static PyObject[] translatable(PyBaseException e) {
        PyType type = e.getType();
        if (type.heap) {
            return new PyObject[] {ExceptionTypes.RUNTIME_ERROR,
                new PyTuple(new PyObject[] {new PyStr(type.name + ": " + e.str())})};
        }
        PyObject[] args = e.args.items.clone();
        for (int i = 0; i < args.length; i++) {
            if (!Shareable.check(args[i])) {
                args[i] = new PyStr(args[i].str());
            }
        }
        return new PyObject[] {type, new PyTuple(args)};
    }
}
