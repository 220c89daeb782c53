package org.enginehost.examples.embedding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.enginehost.host.EngineHost;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Handle;
import org.enginehost.spi.HostFunction;
import org.enginehost.spi.HostModule;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Limits;
import org.enginehost.spi.Permission;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;

/**
 * Embedding Enginehost in a Java application: find engines, run code, move values across the
 * boundary, handle a script's error, give scripts a host module, limit them, and see the
 * sandbox deny what was not granted. Run it with the engines on the class path.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // 1. A host over the class path (EngineHost.builder().pluginsDirectory(dir) adds plugin jars).
        try (EngineHost host = EngineHost.builder().build()) {
            out.println("engines: " + host.ids());

            // 2. Pick an engine by id, or by what it can do.
            Engine engine = host.engine("baseline");
            out.println("by id: " + engine.id() + " (" + engine.language() + " " + engine.languageVersion() + ")");
            out.println("with unbounded-recursion: "
                    + host.engineWith(Capability.UNBOUNDED_RECURSION).map(Engine::id).orElse("none"));
            out.println("with parallel-interpreters: "
                    + host.engineWith(Capability.PARALLEL_INTERPRETERS).map(Engine::id).orElse("none"));
            Engine tasklets = host.engineWith(Capability.TASKLETS, Capability.CHANNELS)
                    .orElseThrow(() -> new IllegalStateException("no engine with tasklets and channels"));
            ByteArrayOutputStream taskletOut = new ByteArrayOutputStream();
            try (Interpreter py = tasklets.create(InterpreterConfig.builder().stdout(taskletOut).build())) {
                py.exec(String.join("\n",
                        "import stackless",
                        "ch = stackless.channel()",
                        "stackless.tasklet(lambda: ch.send('ping'))()",
                        "print('received', ch.receive())",
                        ""));
            }
            out.print("with tasklets and channels: " + tasklets.id() + ", which printed "
                    + taskletOut.toString(StandardCharsets.UTF_8));

            // 3. An interpreter whose stdout goes into a buffer.
            ByteArrayOutputStream scriptOut = new ByteArrayOutputStream();
            InterpreterConfig config = InterpreterConfig.builder().stdout(scriptOut).build();
            try (Interpreter py = engine.create(config)) {
                // exec runs statements; eval returns an expression's value; call calls a global.
                py.exec(Source.of("setup.py", String.join("\n",
                        "def greet(name):",
                        "    print('hello,', name)",
                        "    return len(name)",
                        "",
                        "def apply_twice(f, x):",
                        "    return f(f(x))",
                        "",
                        "def double(x):",
                        "    return x * 2",
                        "")));
                out.println("eval 2**10 -> " + show(py.eval("2**10")));
                out.println("call greet -> " + show(py.call("greet", "world")));
                out.print("script printed: " + scriptOut.toString(StandardCharsets.UTF_8));

                // 4. Values from Python to Java.
                for (String expr : List.of("42", "2**100", "1.5", "'text'", "True", "None", "[1, 'a', None]",
                        "(1, 2)", "{'a': 1, 'b': [2.0]}", "double")) {
                    out.println("py " + expr + " -> " + show(py.eval(expr)));
                }

                // 5. Values from Java to Python: set a global, look at it with type().
                Object[] javaValues = {7L, 12, new BigInteger("123456789012345678901234567890"), 2.5, "s", false,
                        null, List.of(1L, "x"), Map.of("k", List.of(true))};
                for (Object v : javaValues) {
                    py.set("v", v);
                    out.println("java " + show(v) + " -> " + py.eval("type(v).__name__ + ' ' + repr(v)"));
                }

                // 6. A Python function stays an opaque Handle, which can be passed back in.
                Object fn = py.get("double");
                Handle handle = (Handle) fn;
                out.println("handle type: " + handle.typeName());
                out.println("apply_twice(double, 5) -> " + show(py.call("apply_twice", fn, 5L)));

                // 6b. A callable becomes a Java functional interface (any interface with one abstract
                //     method); calls run on the interpreter's thread, errors are ScriptExceptions.
                java.util.function.LongUnaryOperator twice = py.getInterface("double", java.util.function.LongUnaryOperator.class);
                out.println("double as LongUnaryOperator: " + twice.applyAsLong(21));
                java.util.Comparator<Object> byLength = py.asInterface(py.eval("lambda a, b: len(a) - len(b)"),
                        java.util.Comparator.class);
                List<String> words = new java.util.ArrayList<>(List.of("ccc", "a", "bb"));
                words.sort(byLength);
                out.println("sorted by a Python comparator: " + words);

                // 6c. A Java lambda becomes a Python callable, its arguments converted.
                py.set("shout", (java.util.function.Function<String, String>) s -> s.toUpperCase() + "!");
                out.println("Java lambda from Python: " + show(py.eval("shout('hey')")) + ", callable: "
                        + py.eval("callable(shout)"));

                // 7. A script error arrives as a ScriptException with the Python traceback.
                try {
                    py.exec(Source.of("broken.py", "def f(d):\n    return d['missing']\n\nf({})\n"));
                } catch (ScriptException e) {
                    out.println("error: " + e.exceptionType() + " / " + e.scriptMessage() + " at "
                            + e.stack().get(e.stack().size() - 1));
                    out.print(e.formatted());
                }
                // The interpreter is still usable after an error.
                out.println("after the error: " + show(py.eval("double(21)")));
            }

            // 8. A host module: Java functions the script imports. Arguments arrive as plain Java
            //    values; bad arguments and Java exceptions reach the script as Python exceptions.
            HostModule prices = HostModule.builder("prices")
                    .function("net", 2, a -> {
                        if (!(a.get(0) instanceof Long amount) || !(a.get(1) instanceof Double rate)) {
                            throw new HostFunction.TypeMismatch("net() takes an int amount and a float rate");
                        }
                        return Math.round(amount * (1 - rate));
                    })
                    .function("lookup", 1, a -> {
                        Long price = Map.of("apple", 3L, "pear", 4L).get((String) a.get(0));
                        if (price == null) {
                            throw new java.util.NoSuchElementException("no price for " + a.get(0));
                        }
                        return price;
                    })
                    .constant("CURRENCY", "EUR")
                    .build();
            ByteArrayOutputStream shopOut = new ByteArrayOutputStream();
            InterpreterConfig shop = InterpreterConfig.builder().stdout(shopOut).hostModule(prices).build();
            try (Interpreter py = engine.create(shop)) {
                py.exec(String.join("\n",
                        "import prices",
                        "print(prices.net(200, 0.25), prices.CURRENCY)",
                        "try:",
                        "    prices.net('200', 0.25)",
                        "except TypeError as e:",
                        "    print('TypeError:', e)",
                        "try:",
                        "    prices.lookup('plum')",
                        "except LookupError as e:",
                        "    print('LookupError:', e)",
                        ""));
                out.print("host module: " + shopOut.toString(StandardCharsets.UTF_8).replace("\n", "\n  "));
                out.println();
            }

            // 8b. An exposed object: scripts call only the methods the embedder names.
            Counter counter = new Counter();
            InterpreterConfig exposing = InterpreterConfig.builder().expose("counter", counter, "add", "total").build();
            try (Interpreter py = engine.create(exposing)) {
                py.exec("counter.add(3)\ncounter.add(4)");
                out.println("exposed: total " + show(py.eval("counter.total()")) + ", Java sees " + counter.total());
                try {
                    py.exec("counter.getClass()");
                } catch (ScriptException e) {
                    out.println("not exposed: " + e.getMessage());
                }
            }

            // 9. Limits: a runaway script stops with a ScriptException naming the limit, and the
            //    interpreter stays usable. cancel() from another thread works the same way.
            Map<String, Limits> runaways = new java.util.LinkedHashMap<>();
            runaways.put("while True: pass", Limits.none().withTimeLimit(Duration.ofMillis(200)));
            runaways.put("sum(range(10**12))", Limits.none().withInstructionLimit(1_000_000));
            for (Map.Entry<String, Limits> r : runaways.entrySet()) {
                try (Interpreter py = engine.create(InterpreterConfig.builder().limits(r.getValue()).build())) {
                    try {
                        py.exec(r.getKey());
                    } catch (ScriptException e) {
                        out.println("limit: " + r.getKey() + " -> " + e.kind() + " (" + e.getMessage() + ")");
                    }
                    out.println("after the limit: " + show(py.eval("6 * 7")));
                }
            }

            // 10. The sandbox: an interpreter may touch no file unless granted (here it is not).
            try (Interpreter py = engine.create(InterpreterConfig.builder().build())) {
                py.exec("open('/etc/hostname')");
            } catch (ScriptException e) {
                out.println("denied: " + e.exceptionType() + ": " + e.scriptMessage());
            }
            // InterpreterConfig.builder().grant(Permission.FILE_READ) would allow reading.
            out.println("granted by default: " + InterpreterConfig.defaults().permissions()
                    + ", available: " + java.util.Arrays.toString(Permission.values()));
        }
    }

    /** An application object of which scripts may use only part. */
    public static final class Counter {
        private long total;

        public void add(long n) {
            total += n;
        }

        public long total() {
            return total;
        }

        public void reset() {
            total = 0;
        }
    }

    /** A Java value with its class, e.g. {@code 42 (Long)}. */
    private static String show(Object v) {
        if (v == null) {
            return "null";
        }
        String type = v instanceof Handle ? "Handle" : v instanceof List ? "List"
                : v instanceof Map ? "Map" : v.getClass().getSimpleName();
        return v + " (" + type + ")";
    }
}
