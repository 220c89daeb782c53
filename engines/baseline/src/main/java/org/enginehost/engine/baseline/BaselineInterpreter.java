package org.enginehost.engine.baseline;

import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.eval.RecursiveLoop;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.spi.InterpreterConfig;

/**
 * The baseline engine's interpreter: frames run recursively on the Java stack, so the
 * interpreter thread gets a deep stack (512 MiB reserved, committed only as used; about 300
 * bytes per Python call, so some 1.7 million levels) to let
 * {@code sys.setrecursionlimit(100000)} work; a Java stack overflow still becomes RecursionError.
 */
final class BaselineInterpreter extends PythonInterpreter {
    private static final long STACK_SIZE = 512L << 20;

    private final RecursiveLoop evaluator;

    BaselineInterpreter(InterpreterConfig config) {
        super(config);
        this.evaluator = new RecursiveLoop(threadState(), compileThreshold());
    }

    @Override
    protected PyObject execute(Frame frame) {
        return evaluator.eval(frame);
    }

    @Override
    public PyObject callFunction(org.enginehost.python.runtime.PyFunction fn, PyObject[] args, String[] kwnames) {
        return evaluator.callFunction(fn, args, kwnames);
    }

    @Override
    protected long threadStackSize() {
        return STACK_SIZE;
    }
}
