package org.enginehost.python;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.enginehost.python.code.CodeCache;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.compiler.Compiler;
import org.enginehost.python.lexer.Tokenizer;
import org.enginehost.python.modules.Importer;
import org.enginehost.python.modules.SysModule;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.ArgBinder;
import org.enginehost.python.runtime.Builtins;
import org.enginehost.python.runtime.CancelledSignal;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.eval.RecursiveLoop;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBaseException;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTextIO;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Permission;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;

/**
 * The SPI face of a Python engine, shared by every engine: compiling, the module table,
 * standard streams, value conversion, error reporting and the interpreter thread. An engine
 * supplies only {@link #execute(Frame)} (and may specialise {@link #callFunction}).
 *
 * <p>All Python code runs on one dedicated thread per interpreter, whose stack size the engine
 * chooses ({@link #threadStackSize()}).
 */
public abstract class PythonInterpreter implements Interpreter {
    /** The time limits' timer, made at the first limited call (a holder class: most runs have no limit). */
    private static final class Timer {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "python-time-limit");
            t.setDaemon(true);
            return t;
        });
    }

    /** Engine option: stack size of the interpreter thread in MiB (overrides the engine's default). */
    public static final String OPTION_STACK_SIZE_MB = "stack-size-mb";

    /**
     * Engine option of the recursive engines: {@code off}, or the number of calls after which a
     * function is compiled to a JVM method (0 compiles everything at once; default
     * {@link RecursiveLoop#DEFAULT_COMPILE_THRESHOLD}).
     */
    public static final String OPTION_JIT = "jit";

    protected final InterpreterConfig config;
    protected final ThreadState ts;
    private final Writer outWriter;
    private final Writer errWriter;
    private final PyTextIO stdout;
    private final PyTextIO stderr;
    private final PyDict modules = new PyDict();
    private final PyModule sys;
    private final PyModule builtinsModule;
    /** The builtins namespace every frame sees. */
    public final PyDict builtins;
    private final PyModule main;
    private final Importer importer;
    private final Conversions conversions = new Conversions(this);
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final TracebackFormatter tracebacks = new TracebackFormatter(this::sourceLine);
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean timeLimitHit;
    private ExecutorService executor;
    private volatile Thread pythonThread;

    protected PythonInterpreter(InterpreterConfig config) {
        this(config, null);
    }

    /**
     * An interpreter that writes to the same stdout/stderr text streams as {@code streams} (the
     * parallel engine's subinterpreters share the process's streams), or to its own when null.
     */
    protected PythonInterpreter(InterpreterConfig config, PythonInterpreter streams) {
        for (String key : config.options().keySet()) {
            if (!key.equals(OPTION_STACK_SIZE_MB) && !key.equals(OPTION_JIT)) {
                throw new IllegalArgumentException("unknown engine option: " + key);
            }
        }
        this.config = config;
        this.ts = new ThreadState(this, config.limits().recursionLimit());
        if (streams != null) {
            this.outWriter = streams.outWriter;
            this.errWriter = streams.errWriter;
            this.stdout = streams.stdout;
            this.stderr = streams.stderr;
        } else {
            this.outWriter = new BufferedWriter(new OutputStreamWriter(config.stdout(), StandardCharsets.UTF_8), 1 << 14);
            this.errWriter = new OutputStreamWriter(config.stderr(), StandardCharsets.UTF_8);
            this.stdout = new PyTextIO(outWriter, "<stdout>", false);
            this.stderr = new PyTextIO(errWriter, "<stderr>", true);
        }
        this.sys = SysModule.create(this, ts, stdout, stderr, modules);
        this.builtinsModule = Builtins.create(sys);
        this.builtins = builtinsModule.dict;
        this.main = new PyModule("__main__", null);
        // As CPython's __main__ (a docstring replaces __doc__ when the code runs). No __loader__:
        // there is no importlib loader to name, and a stand-in would be a wrong answer.
        main.define("__doc__", PyNone.NONE);
        main.define("__package__", PyNone.NONE);
        main.define("__spec__", PyNone.NONE);
        main.define("__annotations__", new PyDict());
        main.define("__builtins__", builtinsModule);
        modules.put(new PyStr("sys"), sys);
        modules.put(new PyStr("builtins"), builtinsModule);
        modules.put(new PyStr("__main__"), main);
        this.importer = new Importer(this, modules);
        SysModule.setArgv(sys, config.argv());
        ((PyList) sys.dict.get("path")).append(new PyStr(""));
        for (org.enginehost.spi.HostModule m : config.hostModules().values()) {
            importer.registerBuiltin(m.name(), interp -> HostModules.create(conversions, m));
        }
        for (Map.Entry<String, Object> g : config.globals().entrySet()) {
            main.define(g.getKey(), conversions.toPython(g.getValue()));
        }
    }

    /** The conversions between this interpreter's values and plain Java values. */
    Conversions conversions() {
        return conversions;
    }

    /**
     * Runs {@code body} (which works with Python values) on this interpreter's thread, for Java
     * code calling into the interpreter outside the SPI methods (a script function used as a Java
     * interface): errors leave as {@link ScriptException}, as from {@link #call}.
     */
    <T> T callFromJava(java.util.function.Supplier<T> body) {
        return onThread(() -> guarded(body::get));
    }
    // ------------------------------------------------------------------ the engine hooks

    /**
     * Runs {@code frame} from its current instruction until it returns, and returns the value.
     * A Python exception leaves as {@link PyException} with the frame's traceback entry added.
     */
    protected abstract PyObject execute(Frame frame);

    /** Calls a Python function from Java code (builtins, the embedder). */
    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        return execute(ArgBinder.frameFor(fn, args, 0, args.length, kwnames));
    }

    /** The compile threshold the {@link #OPTION_JIT} option asks for (negative: off). */
    protected int compileThreshold() {
        String opt = config.options().get(OPTION_JIT);
        if (opt == null) {
            return RecursiveLoop.DEFAULT_COMPILE_THRESHOLD;
        }
        if (opt.equals("off")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(opt.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("engine option jit: 'off' or a number of calls (0 or more), not '" + opt + "'");
    }

    /** Stack size of the interpreter thread; the baseline engine needs a deep one. */
    protected long threadStackSize() {
        return 16L << 20;
    }

    /** Whether the embedder granted {@code p} to this interpreter's scripts (see {@link org.enginehost.python.runtime.Sandbox}). */
    public boolean permits(Permission p) {
        return config.permits(p);
    }

    /** The per-thread state engines use for recursion accounting and cancellation. */
    public ThreadState threadState() {
        return ts;
    }

    private java.io.BufferedReader stdinReader;

    /** The interpreter's stdin as UTF-8 text (for input()). */
    public synchronized java.io.BufferedReader stdinReader() {
        if (stdinReader == null) {
            stdinReader = new java.io.BufferedReader(new java.io.InputStreamReader(config.stdin(), StandardCharsets.UTF_8));
        }
        return stdinReader;
    }

    /** Registers a builtin module (implemented in Java), importable by name. */
    public void registerModule(String name, java.util.function.Function<PythonInterpreter, PyModule> factory) {
        importer.registerBuiltin(name, factory);
    }

    // ------------------------------------------------------------------ services for the runtime

    /** {@code import name} as executed by IMPORT_NAME. */
    public PyObject importModule(String name) {
        return importer.importModule(name, (PyList) sys.dict.get("path"));
    }

    /** IMPORT_NAME with a relative level and the from-import form (see {@link Importer#importName}). */
    public PyObject importName(String name, int level, boolean fromForm, PyDict globals) {
        return importer.importName(name, level, fromForm, globals, (PyList) sys.dict.get("path"));
    }

    /** A path relative to the configured working directory. */
    public Path resolvePath(String p) {
        Path path = Path.of(p);
        if (path.isAbsolute()) {
            return path;
        }
        return config.workingDirectory().map(d -> d.resolve(path)).orElse(path);
    }

    /** Compiles and runs module source in {@code module}'s namespace (imports). */
    public void execModule(String text, String filename, PyModule module) {
        CodeObject code;
        try {
            code = compile(Source.of(filename, text));
        } catch (SyntaxErrorException e) {
            throw toPython(e);
        }
        module.define("__builtins__", builtinsModule);
        runCode(code, module.dict);
    }

    /** Runs the body of a class statement with {@code ns} as its namespace. */
    public PyObject runClassBody(PyFunction body, PyDict ns) {
        return execute(org.enginehost.python.runtime.TypeFactory.classBodyFrame(body, ns));
    }

    /** Runs module-level code with {@code globals} as its namespace. */
    public PyObject runCode(CodeObject code, PyDict globals) {
        return execute(new Frame(code, globals, builtins, globals));
    }

    /** eval()/exec(): compiles {@code text} as an expression or statements and runs it in the namespaces. */
    public PyObject evalSource(String text, boolean expression, PyDict globals, PyDict locals) {
        return runIn(compileText(text, "<string>", expression), globals, locals);
    }

    /** compile(): source text to a code object; a syntax error becomes a Python SyntaxError. */
    public CodeObject compileText(String text, String filename, boolean expression) {
        try {
            return expression ? Compiler.compileExpression(text, filename) : Compiler.compileModule(text, filename);
        } catch (SyntaxErrorException e) {
            throw toPython(e);
        }
    }

    /** Runs module-level or expression code with separate global and local namespaces. */
    public PyObject runIn(CodeObject code, PyDict globals, PyDict locals) {
        return execute(new Frame(code, globals, builtins, locals));
    }

    /** Compiles a source (or finds it compiled in the {@link CodeCache}), remembering its text for tracebacks. */
    public CodeObject compile(Source source) {
        sources.put(source.name(), source.text());
        return CodeCache.compile(source.text(), source.name(), Compiler::compileModule);
    }

    String sourceLine(String filename, int line) {
        String text = sources.get(filename);
        if (text == null) {
            if (filename.startsWith("<") || !permits(Permission.FILE_READ)) {
                return null;
            }
            try {
                Path p = resolvePath(filename);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return Tokenizer.lineText(text, line);
    }

    private static PyException toPython(SyntaxErrorException e) {
        PyType type = e.type.equals("IndentationError") ? ExceptionTypes.INDENTATION_ERROR
                : e.type.equals("TabError") ? ExceptionTypes.TAB_ERROR : ExceptionTypes.SYNTAX_ERROR;
        PyBaseException exc = PyErr.newException(type, e.msg);
        exc.setAttr("msg", new PyStr(e.msg));
        exc.setAttr("filename", new PyStr(e.filename));
        exc.setAttr("lineno", PyInt.of(e.line));
        exc.setAttr("offset", PyInt.of(e.offset));
        exc.setAttr("text", e.text == null ? PyNone.NONE : new PyStr(e.text));
        return new PyException(exc);
    }

    // ------------------------------------------------------------------ the SPI

    @Override
    public void exec(Source source) {
        onThread(() -> {
            guarded(() -> runCode(compile(source), main.dict));
            return null;
        });
    }

    @Override
    public Object eval(String expression) {
        return onThread(() -> conversions.toJava(guarded(() -> {
            sources.put("<string>", expression);
            CodeObject code = Compiler.compileExpression(expression, "<string>");
            return runCode(code, main.dict);
        })));
    }

    @Override
    public Completeness checkComplete(String source) {
        return Interactive.checkComplete(source, "<stdin>");
    }

    @Override
    public void execInteractive(Source source) {
        onThread(() -> {
            // Not remembered in sources: like CPython, tracebacks show no text for interactive input.
            guarded(() -> {
                Interactive.run(this, source.text(), source.name(), main.dict, sys, builtins);
                return null;
            });
            return null;
        });
    }

    @Override
    public int run(Source script, List<String> argv) {
        return onThread(() -> {
            // argv is complete (element 0 is the program name as the user gave it); see the SPI.
            SysModule.setArgv(sys, argv.isEmpty() ? List.of(script.name()) : argv);
            PyList path = (PyList) sys.dict.get("path");
            Path parent = Path.of(script.name()).normalize().getParent();
            path.items[0] = new PyStr(parent == null ? "" : parent.toString());
            // As CPython: a file and standard input name themselves; a -c command has no __file__.
            if (!script.name().equals("<string>")) {
                main.define("__file__", new PyStr(script.name()));
            }
            if (!script.name().startsWith("<")) {
                main.define("__cached__", PyNone.NONE); // CPython never caches __main__'s code
            }
            int status;
            try {
                guarded(() -> runCode(compile(script), main.dict));
                status = 0;
            } catch (ScriptException e) {
                if (e.kind() == ScriptException.Kind.CANCELLED || e.kind() == ScriptException.Kind.TIME_LIMIT
                        || e.kind() == ScriptException.Kind.INSTRUCTION_LIMIT) {
                    throw e;
                }
                status = reportUncaught(e);
            }
            guarded(() -> {
                runExitFunctions();
                return null;
            });
            return status;
        });
    }

    /**
     * Reports what ended the script on stderr as CPython does: an uncaught exception through the
     * {@code sys.excepthook} the script installed, if it did (with CPython's reports when that is
     * missing or raises), else the traceback; a SystemExit's text. Returns the exit status, which
     * a SystemExit raised by the hook sets.
     */
    private int reportUncaught(ScriptException e) {
        flushQuietly(outWriter);
        if (e.kind() == ScriptException.Kind.ERROR && e instanceof PythonScriptException
                && ((PythonScriptException) e).exception != null) {
            PyBaseException value = ((PythonScriptException) e).exception;
            PyObject hook = sys.dict.get("excepthook");
            if (hook == null) {
                stderr.write("sys.excepthook is missing\n" + e.formatted());
                return e.exitStatus();
            }
            if (hook != sys.dict.get("__excepthook__")) {
                try {
                    guarded(() -> hook.call(new PyObject[] {value.getType(), value, value.getAttr("__traceback__")}, null));
                } catch (ScriptException fromHook) {
                    if (fromHook.kind() != ScriptException.Kind.ERROR && fromHook.kind() != ScriptException.Kind.EXIT) {
                        throw fromHook; // stopped from outside
                    }
                    flushQuietly(outWriter);
                    if (fromHook.kind() == ScriptException.Kind.EXIT) {
                        stderr.write(fromHook.formatted());
                        return fromHook.exitStatus();
                    }
                    stderr.write("Error in sys.excepthook:\n" + fromHook.formatted() + "\nOriginal exception was:\n"
                            + e.formatted());
                }
                return e.exitStatus();
            }
        }
        if (e.kind() != ScriptException.Kind.EXIT || !e.formatted().isEmpty()) {
            stderr.write(e.formatted());
        }
        return e.exitStatus();
    }

    /** A function registered with atexit.register, with its arguments. */
    public record ExitFunction(PyObject function, PyObject[] args, String[] kwnames) {
    }

    private final List<ExitFunction> exitFunctions = new java.util.ArrayList<>();

    /** The atexit registrations, in registration order. */
    public List<ExitFunction> exitFunctions() {
        return exitFunctions;
    }

    /**
     * Calls the atexit functions, last registered first, each once. As in CPython, an exception
     * in one (SystemExit too) is reported on stderr as ignored and the others still run.
     */
    public void runExitFunctions() {
        while (!exitFunctions.isEmpty()) {
            ExitFunction f = exitFunctions.remove(exitFunctions.size() - 1);
            try {
                f.function().call(f.args(), f.kwnames());
            } catch (PyException e) {
                flushQuietly(outWriter);
                stderr.write("Exception ignored in atexit callback: " + f.function().repr() + "\n"
                        + tracebacks.format(e.value));
            }
        }
    }

    @Override
    public Object get(String name) {
        return onThread(() -> conversions.toJava(main.dict.get(new PyStr(name))));
    }

    @Override
    public void set(String name, Object value) {
        onThread(() -> {
            main.dict.put(new PyStr(name), conversions.toPython(value));
            return null;
        });
    }

    @Override
    public Object call(String name, Object... args) {
        return onThread(() -> conversions.toJava(guarded(() -> {
            PyObject f = main.dict.get(new PyStr(name));
            if (f == null) {
                f = builtins.get(new PyStr(name));
            }
            if (f == null) {
                throw PyErr.nameError(name);
            }
            PyObject[] pyArgs = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                pyArgs[i] = conversions.toPython(args[i]);
            }
            return f.call(pyArgs, null);
        })));
    }

    @Override
    public void cancel() {
        if (busy.get()) {
            requestStop();
        }
    }

    /**
     * Stops the running call (cancel or time limit): the checkpoints of the dispatch loop and of
     * long builtins see the flag; a Python thread blocked in a Java wait is interrupted.
     */
    private void requestStop() {
        ts.cancelRequested = true;
        Thread t = pythonThread;
        if (t != null) {
            t.interrupt();
        }
        stopRequested();
    }

    /**
     * Called when the running call is to stop: an engine that runs Python code on more threads
     * than the interpreter thread (parallel) stops those too.
     */
    protected void stopRequested() {
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flushQuietly(outWriter);
        flushQuietly(errWriter);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ running and errors

    @FunctionalInterface
    private interface PyAction<T> {
        T run();
    }

    /**
     * The ScriptException for an exception a script raised. It keeps the Python exception so
     * that, when Java code a script called called back into the same interpreter, the exception
     * can travel on in the script as itself.
     */
    static final class PythonScriptException extends ScriptException {
        private static final long serialVersionUID = 1L;
        final transient Object owner;
        final transient PyBaseException exception;

        PythonScriptException(Object owner, PyBaseException exception, ScriptException.Kind kind, String type,
                              String message, List<StackEntry> stack, String formatted, int status) {
            super(kind, type, message, stack, formatted, status);
            this.owner = owner;
            this.exception = exception;
        }
    }

    /** Runs Python code, turning everything that can go wrong into a ScriptException. */
    private <T> T guarded(PyAction<T> action) {
        try {
            return action.run();
        } catch (PyException e) {
            throw scriptException(e.value);
        } catch (SyntaxErrorException e) {
            throw new ScriptException(ScriptException.Kind.SYNTAX_ERROR, e.type, e.msg,
                    List.of(new ScriptException.StackEntry(e.filename, e.line, "<module>")), e.format(), 1);
        } catch (CancelledSignal e) {
            throw stopped(e);
        } catch (StackOverflowError e) {
            throw scriptException(PyErr.recursion().value);
        } catch (OutOfMemoryError e) {
            // The heap ran out somewhere no MemoryError check foresaw; the objects the script
            // built are garbage now, so the interpreter stays usable.
            throw new ScriptException(ScriptException.Kind.ERROR, "MemoryError", "", List.of(), "MemoryError\n", 1);
        } catch (ScriptException e) {
            throw e;
        } catch (RuntimeException e) {
            if (System.getenv("ENGINEHOST_DEBUG") != null) {
                e.printStackTrace();
            }
            String msg = "internal error: " + e;
            throw new ScriptException(ScriptException.Kind.ERROR, "SystemError", msg, List.of(),
                    "SystemError: " + msg + "\n", 1);
        }
    }

    /** The ScriptException for a script stopped from outside: a cancel or an exhausted limit. */
    private ScriptException stopped(CancelledSignal e) {
        if (e.kind == ScriptException.Kind.INSTRUCTION_LIMIT) {
            String msg = "instruction limit exceeded (" + config.limits().instructionLimit() + " instructions)";
            return new ScriptException(ScriptException.Kind.INSTRUCTION_LIMIT, "RuntimeError", msg, List.of(),
                    "RuntimeError: " + msg + "\n", 1);
        }
        if (timeLimitHit) {
            String msg = "time limit exceeded (" + seconds(config.limits().timeLimit().get()) + ")";
            return new ScriptException(ScriptException.Kind.TIME_LIMIT, "TimeoutError", msg, List.of(),
                    "TimeoutError: " + msg + "\n", 1);
        }
        return new ScriptException(ScriptException.Kind.CANCELLED, "KeyboardInterrupt", "", List.of(),
                "KeyboardInterrupt\n", 1);
    }

    private static String seconds(java.time.Duration d) {
        java.math.BigDecimal s = java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + " s";
    }

    private ScriptException scriptException(PyBaseException e) {
        String type = e.getType().name;
        if (e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = e.attrs.get("code");
            int status;
            String text = "";
            if (code == null || code == PyNone.NONE) {
                status = 0;
            } else if (code instanceof PyInt) {
                status = ((PyInt) code).isBig() ? -1 : (int) ((PyInt) code).value;
            } else {
                status = 1;
                text = code.str() + "\n";
            }
            return new PythonScriptException(this, e, ScriptException.Kind.EXIT, type, code == null ? "" : code.str(),
                    TracebackFormatter.stack(e), text, status);
        }
        return new PythonScriptException(this, e, ScriptException.Kind.ERROR, type, e.str(), TracebackFormatter.stack(e),
                tracebacks.format(e), 1);
    }

    /** Flushes stdout and stderr (the streams are shared by the parallel engine's interpreters). */
    public void flushStreams() {
        flushQuietly(outWriter);
        flushQuietly(errWriter);
    }

    /** The formatter of this interpreter's tracebacks (it knows the source of every compiled file). */
    public TracebackFormatter tracebacks() {
        return tracebacks;
    }

    /** Formats an exception as CPython would print it. */
    public String formatException(PyBaseException e) {
        return tracebacks.format(e);
    }

    private <T> T onThread(Callable<T> task) {
        if (closed) {
            throw new IllegalStateException("interpreter is closed");
        }
        if (Thread.currentThread() == pythonThread) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("interpreter is already running");
        }
        ScheduledFuture<?> timer = null;
        try {
            timeLimitHit = false;
            ts.cancelRequested = false;
            ts.startBudget(config.limits().instructionLimit());
            if (config.limits().timeLimit().isPresent()) {
                long nanos = config.limits().timeLimit().get().toNanos();
                timer = Timer.TIMER.schedule(() -> {
                    timeLimitHit = true;
                    requestStop();
                }, nanos, TimeUnit.NANOSECONDS);
            }
            Future<T> f = executor().submit(() -> {
                Thread.interrupted(); // a stop of an earlier call must not reach this one
                ThreadState prev = ts.bind();
                try {
                    return task.call();
                } finally {
                    ThreadState.restore(prev);
                    flushQuietly(outWriter);
                    flushQuietly(errWriter);
                }
            });
            try {
                return f.get();
            } catch (InterruptedException e) {
                ts.cancelRequested = true;
                Thread.currentThread().interrupt();
                try {
                    return f.get(10, TimeUnit.SECONDS);
                } catch (Exception again) {
                    throw new ScriptException(ScriptException.Kind.CANCELLED, "KeyboardInterrupt", "", List.of(),
                            "KeyboardInterrupt\n", 1);
                }
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException) {
                    throw (RuntimeException) c;
                }
                if (c instanceof Error) {
                    throw (Error) c;
                }
                throw new IllegalStateException(c);
            }
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            ts.cancelRequested = false;
            busy.set(false);
        }
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            String opt = config.options().get(OPTION_STACK_SIZE_MB);
            long stack = opt != null ? Long.parseLong(opt) << 20 : threadStackSize();
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "python-main", stack);
                t.setDaemon(true);
                pythonThread = t;
                return t;
            });
        }
        return executor;
    }

    private static void flushQuietly(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            // the stream is gone; nothing sensible to report it to
        }
    }
}
