package org.enginehost.engine.stackless;

import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.spi.InterpreterConfig;

/**
 * The stackless engine's interpreter: frames run in one {@link HeapLoop}, and the
 * {@code stackless} module drives that loop's {@link Scheduler}.
 */
final class StacklessInterpreter extends PythonInterpreter {
    private final HeapLoop loop;

    StacklessInterpreter(InterpreterConfig config) {
        super(config);
        this.loop = new HeapLoop(threadState(), compileThreshold());
        registerModule("stackless", i -> StacklessModule.create(loop.scheduler));
        builtins.put(new org.enginehost.python.runtime.PyStr("TaskletExit"), TaskletType.TASKLET_EXIT);
    }

    Scheduler scheduler() {
        return loop.scheduler;
    }

    @Override
    protected PyObject execute(Frame frame) {
        return loop.eval(frame);
    }

    @Override
    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        return loop.callFunction(fn, args, kwnames);
    }
}
