package org.enginehost.engine.parallel;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.eval.RecursiveLoop;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;

/**
 * One interpreter of the parallel engine: its own {@code sys}, builtins, module table and
 * {@code __main__} (everything {@link PythonInterpreter} builds per instance). The interpreter the
 * embedder creates is the main one (id 0); {@code concurrent.interpreters.create()} makes more,
 * which share only the process's stdout/stderr and the {@link Registry}.
 *
 * <p>Frames run recursively as in the baseline engine ({@link RecursiveLoop}), one loop per thread
 * that runs code of this interpreter: the embedder's interpreter thread, {@code threading} threads,
 * and any thread that enters the interpreter through {@code exec()}/{@code call()}. There is no
 * global lock: interpreters exchange only immutable or thread-safe values.
 */
public final class ParallelInterpreter extends PythonInterpreter {
    static final long STACK_SIZE = 512L << 20;

    final Registry registry;
    final long id;
    /** Python code of this interpreter running in its {@code __main__} (exec/call/run), across threads. */
    final AtomicInteger running = new AtomicInteger();
    volatile boolean destroyed;
    /** Exception classes of this interpreter's {@code concurrent.interpreters}, by name (see {@link Errors}). */
    final java.util.Map<String, PyType> errors = new java.util.concurrent.ConcurrentHashMap<>();

    private final ThreadLocal<RecursiveLoop> loops = new ThreadLocal<>();
    /**
     * This interpreter's copies of code objects that came from other interpreters (call()):
     * a code object's caches (quickened instructions, global-lookup sites) assume one set of
     * globals, so two interpreters running one code object would keep overwriting each other's.
     */
    private final java.util.Map<CodeObject, CodeObject> localCode =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** {@code code} as this interpreter runs it: its own copy (made once). */
    CodeObject localCode(CodeObject code) {
        return localCode.computeIfAbsent(code, CodeObject::copy);
    }

    /** The main interpreter, created by the embedder. */
    ParallelInterpreter(InterpreterConfig config) {
        super(config);
        this.registry = new Registry(this);
        this.id = 0;
        registerModules();
    }

    /** A subinterpreter writing to {@code main}'s streams. */
    ParallelInterpreter(ParallelInterpreter main, long id) {
        super(main.config, main);
        this.registry = main.registry;
        this.id = id;
        registerModules();
    }

    private void registerModules() {
        registerModule("_thread", ThreadModule::create);
        registerModule("_interpreters", InterpretersModule::create);
        registerModule("parallel", ParallelModule::create);
        for (String name : PyLib.NAMES) {
            registerModule(name, i -> PyLib.load(i, name));
        }
    }

    boolean isMain() {
        return id == 0;
    }

    // ------------------------------------------------------------------ the engine hooks

    private RecursiveLoop loop() {
        RecursiveLoop l = loops.get();
        if (l == null) {
            l = new RecursiveLoop(ThreadState.current(), compileThreshold());
            loops.set(l);
        }
        return l;
    }

    @Override
    protected PyObject execute(Frame frame) {
        return loop().eval(frame);
    }

    @Override
    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        return loop().callFunction(fn, args, kwnames);
    }

    @Override
    protected long threadStackSize() {
        return STACK_SIZE;
    }

    /**
     * Runs {@code body} on the calling thread as code of this interpreter: a fresh thread state
     * (recursion depth, handled exception) and dispatch loop, bound for the duration and then the
     * caller's restored. Used for cross-interpreter exec/call and for threads.
     */
    <T> T enter(Supplier<T> body) {
        ThreadState ts = new ThreadState(this, threadState().recursionLimit);
        ThreadState prevTs = ts.bind();
        RecursiveLoop prevLoop = loops.get();
        loops.set(new RecursiveLoop(ts, compileThreshold()));
        Thread self = Thread.currentThread();
        ThreadState outer = registry.entered.put(self, ts);
        // entered while the main interpreter's call is being stopped: stop at once
        ts.cancelRequested = registry.main.threadState().cancelRequested;
        try {
            return body.get();
        } finally {
            if (outer == null) {
                registry.entered.remove(self);
            } else {
                registry.entered.put(self, outer);
            }
            if (prevLoop == null) {
                loops.remove();
            } else {
                loops.set(prevLoop);
            }
            ThreadState.restore(prevTs);
        }
    }

    @Override
    protected void stopRequested() {
        registry.stopAll();
    }

    /** This interpreter's {@code __main__} module. */
    PyModule mainModule() {
        return (PyModule) importModule("__main__");
    }

    @Override
    public int run(Source script, List<String> argv) {
        int status = super.run(script, argv);
        // As CPython's shutdown: wait for the non-daemon threads, then flush what they wrote.
        registry.joinNonDaemonThreads();
        flushStreams();
        return status;
    }
}
