package org.enginehost.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Handle;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;

/**
 * One interpreter behind the {@code javax.script} API.
 *
 * <ul>
 *   <li>{@code eval} returns the value of a script that is a single expression (converted as the
 *       SPI converts: {@code Long}, {@code Double}, {@code String}, {@code List}, {@code Map},
 *       {@link Handle}, …) and {@code null} for statements.</li>
 *   <li>Before each {@code eval}, the global-scope then the engine-scope bindings of the context
 *       are set as globals (keys starting with {@code javax.script.} are skipped); afterwards every
 *       engine-scope key is read back. {@link #get(String)} also sees globals the script made.</li>
 *   <li>Script output goes to the context's writer and error writer; {@code input()} reads its
 *       reader.</li>
 *   <li>Errors are {@link ScriptException}s carrying the innermost file and line; the cause is the
 *       SPI's {@link org.enginehost.spi.ScriptException} with the full traceback.</li>
 * </ul>
 *
 * <p>Not thread-safe: like its interpreter, it runs one thing at a time. Close it to release the
 * interpreter.
 */
public final class EnginehostScriptEngine extends AbstractScriptEngine
        implements Compilable, Invocable, AutoCloseable {

    private static final String RESERVED = "javax.script.";

    private final EnginehostScriptEngineFactory factory;
    private final Interpreter interpreter;
    /** The context of the call running now; stdout/stderr/stdin follow it. */
    private volatile ScriptContext current;

    EnginehostScriptEngine(EnginehostScriptEngineFactory factory, Engine engine) {
        this(factory, engine, InterpreterConfig.defaults());
    }

    /**
     * An engine whose interpreter has the limits, permissions, host modules and options of
     * {@code base}; its standard streams always follow the script context.
     */
    EnginehostScriptEngine(EnginehostScriptEngineFactory factory, Engine engine, InterpreterConfig base) {
        this.factory = factory;
        this.current = context;
        this.interpreter = engine.create(base.toBuilder()
                .stdout(new WriterOutputStream(() -> current.getWriter()))
                .stderr(new WriterOutputStream(() -> current.getErrorWriter()))
                .stdin(new ReaderInputStream(() -> current.getReader()))
                .argv(List.of(""))
                .build());
    }

    /** The interpreter this engine runs on, for SPI calls {@code javax.script} has no word for. */
    public Interpreter interpreter() {
        return interpreter;
    }

    // ------------------------------------------------------------------ ScriptEngine

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        return run(script, fileName(ctx), ctx);
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(read(reader), ctx);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** An engine-scope binding, else the script's global of that name. */
    @Override
    public Object get(String key) {
        Bindings engineScope = getBindings(ScriptContext.ENGINE_SCOPE);
        if (engineScope.containsKey(key)) {
            return engineScope.get(key);
        }
        return interpreter.get(key);
    }

    @Override
    public void close() {
        interpreter.close();
    }

    Object run(String script, String fileName, ScriptContext ctx) throws ScriptException {
        ScriptContext previous = current;
        current = ctx;
        try {
            push(ctx);
            Object result = evalOrExec(script, fileName);
            pull(ctx);
            return result;
        } catch (org.enginehost.spi.ScriptException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw (ScriptException) new ScriptException(e.getMessage()).initCause(e);
        } finally {
            flush(ctx);
            current = previous;
        }
    }

    /** A single expression is evaluated for its value; anything else runs as statements. */
    private Object evalOrExec(String script, String fileName) {
        try {
            return interpreter.eval(script.strip());
        } catch (org.enginehost.spi.ScriptException e) {
            if (e.kind() != org.enginehost.spi.ScriptException.Kind.SYNTAX_ERROR) {
                throw e;
            }
        }
        interpreter.exec(Source.of(fileName, script));
        return null;
    }

    private void push(ScriptContext ctx) {
        for (int scope : new int[] {ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE}) {
            Bindings b = ctx.getBindings(scope);
            if (b == null) {
                continue;
            }
            for (Map.Entry<String, Object> e : b.entrySet()) {
                if (!e.getKey().startsWith(RESERVED)) {
                    try {
                        interpreter.set(e.getKey(), e.getValue());
                    } catch (IllegalArgumentException bad) {
                        throw new IllegalArgumentException("binding '" + e.getKey() + "': " + bad.getMessage(), bad);
                    }
                }
            }
        }
    }

    private void pull(ScriptContext ctx) {
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        for (String key : List.copyOf(b.keySet())) {
            if (!key.startsWith(RESERVED)) {
                b.put(key, interpreter.get(key));
            }
        }
    }

    private static String fileName(ScriptContext ctx) {
        Object name = ctx.getAttribute(ScriptEngine.FILENAME);
        return name == null ? "<script>" : name.toString();
    }

    private static void flush(ScriptContext ctx) {
        try {
            ctx.getWriter().flush();
            ctx.getErrorWriter().flush();
        } catch (IOException e) {
            // the embedder's writer failed; the script's own outcome matters more
        }
    }

    static ScriptException translate(org.enginehost.spi.ScriptException e) {
        List<org.enginehost.spi.ScriptException.StackEntry> stack = e.stack();
        ScriptException out;
        if (stack.isEmpty()) {
            out = new ScriptException(e.getMessage());
        } else {
            org.enginehost.spi.ScriptException.StackEntry innermost = stack.get(stack.size() - 1);
            out = new ScriptException(e.getMessage(), innermost.file(), innermost.line());
        }
        out.initCause(e);
        return out;
    }

    private static String read(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw (ScriptException) new ScriptException("cannot read the script: " + e).initCause(e);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ Compilable

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        String fileName = fileName(context);
        // A trailing empty line closes any open block, so only real errors remain.
        Interpreter.Completeness verdict = interpreter.checkComplete(script + "\n");
        if (verdict == Interpreter.Completeness.INVALID) {
            throw new ScriptException("syntax error: the script does not compile", fileName, -1);
        }
        if (verdict == Interpreter.Completeness.INCOMPLETE) {
            throw new ScriptException("the script ends in the middle of a statement", fileName, -1);
        }
        return new CompiledSource(this, script, fileName);
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    /** A checked script, run anew by each {@code eval}. */
    static final class CompiledSource extends CompiledScript {
        private final EnginehostScriptEngine engine;
        private final String text;
        private final String fileName;

        CompiledSource(EnginehostScriptEngine engine, String text, String fileName) {
            this.engine = engine;
            this.text = text;
            this.fileName = fileName;
        }

        @Override
        public Object eval(ScriptContext ctx) throws ScriptException {
            return engine.run(text, fileName, ctx);
        }

        @Override
        public ScriptEngine getEngine() {
            return engine;
        }
    }

    // ------------------------------------------------------------------ Invocable

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (interpreter.get(name) == null) {
            throw new NoSuchMethodException("no global function '" + name + "'");
        }
        ScriptContext previous = current;
        current = context;
        try {
            return interpreter.call(name, args == null ? new Object[0] : args);
        } catch (org.enginehost.spi.ScriptException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw (ScriptException) new ScriptException(e.getMessage()).initCause(e);
        } finally {
            flush(context);
            current = previous;
        }
    }

    /** Not available: the SPI has no method calls on handles yet. */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException {
        if (!(thiz instanceof Handle)) {
            throw new IllegalArgumentException("invokeMethod needs a Handle from this engine, not " + thiz);
        }
        throw new ScriptException("invokeMethod is not supported: the Enginehost SPI cannot call methods on "
                + "handles yet; define a global function and use invokeFunction");
    }

    /**
     * A proxy whose methods call the global functions of the same name; {@code null} when one of
     * the interface's abstract methods has no such global.
     */
    @Override
    public <T> T getInterface(Class<T> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + type);
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m) && interpreter.get(m.getName()) == null) {
                return null;
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (isObjectMethod(method)) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "script implementation of " + type.getName();
                };
            }
            Object result = invokeFunction(method.getName(), args == null ? new Object[0] : args);
            return toReturnType(result, method.getReturnType());
        });
        return type.cast(proxy);
    }

    /**
     * A script callable ({@code thiz}, a {@link Handle} from this engine) as an implementation of
     * the functional interface {@code type} (see {@link Handle#as}); a script error in a call
     * leaves as the unchecked {@link org.enginehost.spi.ScriptException}. Objects with several
     * methods are not supported: the SPI has no method calls on handles.
     */
    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (!(thiz instanceof Handle)) {
            throw new IllegalArgumentException("getInterface needs a Handle from this engine, not " + thiz);
        }
        try {
            return interpreter.asInterface(thiz, type);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException("getInterface(Object, Class) supports a script callable as a "
                    + "functional interface only: " + e.getMessage(), e);
        }
    }

    private static boolean isObjectMethod(Method m) {
        return switch (m.getName()) {
            case "equals" -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
            case "hashCode", "toString" -> m.getParameterCount() == 0;
            default -> false;
        };
    }

    private static Object toReturnType(Object v, Class<?> type) {
        if (type == void.class || type == Void.class) {
            return null;
        }
        if (v == null || type.isInstance(v)) {
            if (v == null && type.isPrimitive()) {
                throw new IllegalStateException("script returned None where a " + type + " is required");
            }
            return v;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            Number n = (Number) v;
            if (type == int.class || type == Integer.class) {
                return Math.toIntExact(n.longValue());
            }
            if (type == long.class) {
                return n.longValue();
            }
            if (type == short.class || type == Short.class) {
                return (short) Math.toIntExact(n.longValue());
            }
            if (type == byte.class || type == Byte.class) {
                return (byte) Math.toIntExact(n.longValue());
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
        }
        if (v instanceof Double && (type == float.class || type == Float.class)) {
            return ((Double) v).floatValue();
        }
        if (v instanceof Double && type == double.class) {
            return v;
        }
        if (v instanceof Boolean && type == boolean.class) {
            return v;
        }
        throw new ClassCastException("script returned " + v.getClass().getName() + " where " + type.getName()
                + " is required");
    }
}
