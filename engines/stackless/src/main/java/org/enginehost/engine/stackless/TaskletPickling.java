package org.enginehost.engine.stackless;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyCell;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyGenerator;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * Pickling of suspended computations: tasklets, their heap frames, code objects (by value),
 * cells, generators and channels, through the ordinary {@code __reduce__} protocol. Each type
 * reduces to a reconstructor of the {@code stackless} module ({@code stackless._frame} …) and a
 * state, so the pickle memo keeps shared objects intact. A frame does not refer to its generator
 * in its state (that would be a cycle through constructor arguments); {@code stackless._generator}
 * links them.
 *
 * <p>What travels and what does not: a frame's globals travel by module name (resuming needs the
 * module, for a script the same script run as {@code __main__}); functions and classes travel by
 * reference, as in CPython; everything on a frame's value stack and in its locals must itself be
 * picklable (list, tuple, str and range iterators are; most other iterators and modules are not,
 * and say so). The running tasklet and the main tasklet cannot be pickled.
 */
final class TaskletPickling {
    private TaskletPickling() {
    }

    static final PyBuiltinFunction NEW_TASKLET = reconstructor("_tasklet", (a, k) -> new Tasklet(TaskletType.scheduler(), false));
    static final PyBuiltinFunction NEW_CHANNEL = reconstructor("_channel", (a, k) -> new Channel(TaskletType.scheduler()));
    static final PyBuiltinFunction NEW_CELL = reconstructor("_cell", (a, k) -> new PyCell(a.length == 0 ? null : a[0]));
    static final PyBuiltinFunction NEW_CODE = reconstructor("_code", (a, k) -> code(a));
    static final PyBuiltinFunction NEW_FRAME = reconstructor("_frame", (a, k) -> frame(a));
    static final PyBuiltinFunction NEW_GENERATOR = reconstructor("_generator", (a, k) -> {
        Frame f = (Frame) a[0];
        return new PyGenerator(f, scheduler().loop);
    });

    private static PyBuiltinFunction reconstructor(String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.module = "stackless";
        return f;
    }

    private static Scheduler scheduler() {
        return TaskletType.scheduler();
    }

    static void define(PyModule m) {
        for (PyBuiltinFunction f : new PyBuiltinFunction[] {NEW_TASKLET, NEW_CHANNEL, NEW_CELL, NEW_CODE, NEW_FRAME,
                NEW_GENERATOR}) {
            m.define(f.name, f);
        }
    }

    static {
        TaskletType.TYPE.addMethod("__reduce__", (a, k) -> reduceTasklet((Tasklet) a[0]));
        TaskletType.TYPE.addMethod("__setstate__", (a, k) -> {
            restoreTasklet((Tasklet) a[0], (PyTuple) a[1]);
            return PyNone.NONE;
        });
        ChannelType.TYPE.addMethod("__reduce__", (a, k) -> reduceChannel((Channel) a[0]));
        ChannelType.TYPE.addMethod("__setstate__", (a, k) -> {
            restoreChannel((Channel) a[0], (PyTuple) a[1]);
            return PyNone.NONE;
        });
        PyCell.TYPE.addMethod("__reduce__", (a, k) -> {
            PyObject v = ((PyCell) a[0]).ref;
            return PyTuple.of(NEW_CELL, v == null ? PyTuple.EMPTY : PyTuple.of(v));
        });
        CodeObject.TYPE.addMethod("__reduce__", (a, k) -> PyTuple.of(NEW_CODE, codeArgs((CodeObject) a[0])));
        Frame.TYPE.addMethod("__reduce__", (a, k) -> reduceFrame((Frame) a[0]));
        Frame.TYPE.addMethod("__setstate__", (a, k) -> {
            restoreFrame((Frame) a[0], (PyTuple) a[1]);
            return PyNone.NONE;
        });
        for (PyType t : new PyType[] {PyGenerator.GENERATOR_TYPE, PyGenerator.COROUTINE_TYPE}) {
            t.addMethod("__reduce__", (a, k) -> {
                PyGenerator g = (PyGenerator) a[0];
                boolean[] fl = g.flags();
                return PyTuple.of(NEW_GENERATOR, PyTuple.of(g.frame),
                        PyTuple.of(PyBool.of(fl[0]), PyBool.of(fl[1]), PyBool.of(fl[2])));
            });
            t.addMethod("__setstate__", (a, k) -> {
                PyObject[] st = ((PyTuple) a[1]).items;
                ((PyGenerator) a[0]).restoreFlags(truth(st[0]), truth(st[1]), truth(st[2]));
                return PyNone.NONE;
            });
        }
    }

    private static boolean truth(PyObject o) {
        return o == PyBool.TRUE;
    }

    // ------------------------------------------------------------------ tasklets and channels

    private static PyObject reduceTasklet(Tasklet t) {
        if (t.isCurrent()) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "cannot pickle the running tasklet");
        }
        if (t.isMain) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "cannot pickle the main tasklet");
        }
        // The chain bottom to top, so that deep chains do not nest in the pickle.
        List<PyObject> chain = new ArrayList<>();
        for (Frame f = t.frame; f != null; f = f.back) {
            chain.add(0, f);
        }
        PyObject state = PyTuple.of(new PyTuple(chain.toArray(new PyObject[0])), PyBool.of(t.awaitsValue),
                StacklessArgs.orNone(t.tempval), StacklessArgs.orNone(t.func), PyBool.of(t.dead), PyBool.of(t.atomic), PyBool.of(t.blockTrap),
                PyInt.of(t.depth));
        return PyTuple.of(NEW_TASKLET, PyTuple.EMPTY, state);
    }

    private static void restoreTasklet(Tasklet t, PyTuple state) {
        PyObject[] s = state.items;
        PyObject[] chain = ((PyTuple) s[0]).items;
        Frame below = null;
        for (PyObject o : chain) {
            Frame f = (Frame) o;
            f.back = below;
            below = f;
        }
        t.frame = below;
        t.awaitsValue = truth(s[1]);
        t.tempval = s[2] == PyNone.NONE ? null : s[2];
        t.func = s[3] == PyNone.NONE ? null : s[3];
        t.dead = truth(s[4]);
        t.atomic = truth(s[5]);
        t.blockTrap = truth(s[6]);
        t.depth = (int) ((PyInt) s[7]).value;
    }

    private static PyObject reduceChannel(Channel ch) {
        List<PyObject> waiting = new ArrayList<>();
        for (Tasklet t : ch.queue) {
            waiting.add(PyTuple.of(t, PyInt.of(t.blockedDir), StacklessArgs.orNone(t.sendValue)));
        }
        PyObject state = PyTuple.of(PyInt.of(ch.preference), PyBool.of(ch.scheduleAll), PyBool.of(ch.closing),
                new PyTuple(waiting.toArray(new PyObject[0])));
        return PyTuple.of(NEW_CHANNEL, PyTuple.EMPTY, state);
    }

    /** Restores a channel, blocking its waiting tasklets on it again. */
    private static void restoreChannel(Channel ch, PyTuple state) {
        PyObject[] s = state.items;
        ch.preference = (int) ((PyInt) s[0]).value;
        ch.scheduleAll = truth(s[1]);
        ch.closing = truth(s[2]);
        for (PyObject w : ((PyTuple) s[3]).items) {
            PyObject[] e = ((PyTuple) w).items;
            Tasklet t = (Tasklet) e[0];
            int dir = (int) ((PyInt) e[1]).value;
            if (t.next != null) {
                t.scheduler.remove(t);
            }
            ch.queue.addLast(t);
            ch.balance += dir;
            t.blockedOn = ch;
            t.blockedDir = dir;
            t.sendValue = e[2];
        }
    }

    // ------------------------------------------------------------------ frames

    private static PyObject reduceFrame(Frame f) {
        PyObject module = f.globals.get(new PyStr("__name__"));
        if (!(module instanceof PyStr)) {
            throw PyErr.typeError("cannot pickle a frame whose globals are not a module's");
        }
        int localsKind = f.locals == null ? 0 : f.locals == f.globals ? 1 : 2;
        PyObject[] values = new PyObject[f.sp];
        List<PyObject> unset = new ArrayList<>();
        for (int i = 0; i < f.sp; i++) {
            PyObject v = f.slots[i];
            if (v == null) {
                unset.add(PyInt.of(i));
                v = PyNone.NONE;
            }
            values[i] = v;
        }
        PyObject state = PyTuple.of(PyInt.of(f.pc), new PyTuple(values), new PyTuple(unset.toArray(new PyObject[0])),
                localsKind == 2 ? f.locals : PyNone.NONE, PyBool.of(f.yielded));
        return PyTuple.of(NEW_FRAME, PyTuple.of(f.code, module, PyInt.of(localsKind)), state);
    }

    private static Frame frame(PyObject[] a) {
        CodeObject code = (CodeObject) a[0];
        String module = ((PyStr) a[1]).value;
        int localsKind = (int) ((PyInt) a[2]).value;
        ThreadState ts = ThreadState.current();
        PyDict globals = moduleDict(ts, module);
        PyDict locals = localsKind == 1 ? globals : localsKind == 2 ? new PyDict() : null;
        return new Frame(code, globals, ts.interpreter.builtins, locals);
    }

    private static PyDict moduleDict(ThreadState ts, String name) {
        ts.interpreter.importModule(name);
        PyModule sys = (PyModule) ts.interpreter.importModule("sys");
        PyObject m = ((PyDict) sys.getAttr("modules")).get(new PyStr(name));
        if (!(m instanceof PyModule)) {
            throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "cannot restore a frame of module '" + name + "'");
        }
        return ((PyModule) m).dict;
    }

    private static void restoreFrame(Frame f, PyTuple state) {
        PyObject[] s = state.items;
        f.pc = (int) ((PyInt) s[0]).value;
        PyObject[] values = ((PyTuple) s[1]).items;
        System.arraycopy(values, 0, f.slots, 0, values.length);
        for (PyObject i : ((PyTuple) s[2]).items) {
            f.slots[(int) ((PyInt) i).value] = null;
        }
        f.sp = values.length;
        if (s[3] instanceof PyDict && f.locals != null && f.locals != f.globals) {
            for (var e : ((PyDict) s[3]).entries()) {
                f.locals.put(e.getKey(), e.getValue());
            }
        }
        f.yielded = truth(s[4]);
    }

    // ------------------------------------------------------------------ code objects, by value

    private static PyTuple codeArgs(CodeObject c) {
        PyObject[] ex = new PyObject[c.exceptionTable.length * 4];
        for (int i = 0; i < c.exceptionTable.length; i++) {
            CodeObject.ExceptionEntry e = c.exceptionTable[i];
            ex[4 * i] = PyInt.of(e.start());
            ex[4 * i + 1] = PyInt.of(e.end());
            ex[4 * i + 2] = PyInt.of(e.handler());
            ex[4 * i + 3] = PyInt.of(e.depth());
        }
        return PyTuple.of(ints(c.code), new PyTuple(c.consts.clone()), strs(c.names), strs(c.varnames),
                strs(c.cellvars), strs(c.freevars), PyInt.of(c.argcount), PyInt.of(c.posonlyargcount),
                PyInt.of(c.kwonlyargcount), PyInt.of(c.flags), PyInt.of(c.stackSize), new PyStr(c.name),
                new PyStr(c.qualname), new PyStr(c.filename), PyInt.of(c.firstLineNumber), ints(c.lineTable),
                new PyTuple(ex));
    }

    private static CodeObject code(PyObject[] a) {
        PyObject[] ex = ((PyTuple) a[16]).items;
        CodeObject.ExceptionEntry[] table = new CodeObject.ExceptionEntry[ex.length / 4];
        for (int i = 0; i < table.length; i++) {
            table[i] = new CodeObject.ExceptionEntry(num(ex[4 * i]), num(ex[4 * i + 1]), num(ex[4 * i + 2]),
                    num(ex[4 * i + 3]));
        }
        return new CodeObject(ints(a[0]), ((PyTuple) a[1]).items.clone(), strs(a[2]), strs(a[3]), strs(a[4]),
                strs(a[5]), num(a[6]), num(a[7]), num(a[8]), num(a[9]), num(a[10]), str(a[11]), str(a[12]),
                str(a[13]), num(a[14]), ints(a[15]), table);
    }

    private static int num(PyObject o) {
        return (int) ((PyInt) o).value;
    }

    private static String str(PyObject o) {
        return ((PyStr) o).value;
    }

    private static PyBytes ints(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        for (int x : v) {
            b.putInt(x);
        }
        return new PyBytes(b.array());
    }

    private static int[] ints(PyObject o) {
        ByteBuffer b = ByteBuffer.wrap(((PyBytes) o).toByteArray());
        int[] v = new int[b.remaining() / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getInt();
        }
        return v;
    }

    private static PyTuple strs(String[] v) {
        PyObject[] o = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = new PyStr(v[i]);
        }
        return new PyTuple(o);
    }

    private static String[] strs(PyObject o) {
        PyObject[] items = ((PyTuple) o).items;
        String[] v = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            v[i] = ((PyStr) items[i]).value;
        }
        return v;
    }
}
