package org.enginehost.python.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Exposed;
import org.enginehost.spi.Handle;
import org.enginehost.spi.HostModule;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented conversions between Python values and Java values, both ways, on one Python
 * engine: plain values, script callables as Java functional interfaces, Java functions as
 * callables, and exposed Java objects. Each Python engine's tests extend this and name the engine.
 */
public abstract class EmbeddingConversions {

    /** The engine under test. */
    protected abstract Engine engine();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Interpreter py;

    @BeforeEach
    void open() {
        py = engine().create(InterpreterConfig.builder().stdout(out).build());
    }

    @AfterEach
    void close() {
        py.close();
    }

    /** {@code expr} evaluated after binding {@code v} to global {@code v}. */
    private Object withV(Object v, String expr) {
        py.set("v", v);
        return py.eval(expr);
    }

    private ScriptException fails(String code) {
        return assertThrows(ScriptException.class, () -> py.exec(code));
    }

    // ------------------------------------------------------------------ plain values

    @Test
    void ints() {
        assertEquals(42L, py.eval("42"));
        assertEquals(Long.MAX_VALUE, py.eval("2**63 - 1"));
        assertEquals(Long.MIN_VALUE, py.eval("-2**63"));
        assertEquals(BigInteger.TWO.pow(63), py.eval("2**63"));
        assertEquals(BigInteger.TWO.pow(63).add(BigInteger.ONE).negate(), py.eval("-2**63 - 1"));
        assertEquals("int 7", withV(7L, "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("int 7", withV(7, "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("int -3", withV((short) -3, "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("int 5", withV((byte) 5, "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("int 123456789012345678901234567890",
                withV(new BigInteger("123456789012345678901234567890"), "type(v).__name__ + ' ' + repr(v)"));
        assertEquals(3L, withV(BigInteger.valueOf(3), "v"), "a small BigInteger comes back as a Long");
    }

    @Test
    void floats() {
        assertEquals(1.5, py.eval("1.5"));
        assertEquals(Double.POSITIVE_INFINITY, py.eval("float('inf')"));
        assertTrue(Double.isNaN((Double) py.eval("float('nan')")));
        assertEquals("float 2.5", withV(2.5, "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("float 0.25", withV(0.25f, "type(v).__name__ + ' ' + repr(v)"));
    }

    @Test
    void strings() {
        assertEquals("text", py.eval("'text'"));
        assertEquals("h\u00e9 \ud83d\ude00", py.eval("'h\\xe9 \\U0001f600'"));
        assertEquals("str 'h\u00e9 \ud83d\ude00' 4", withV("h\u00e9 \ud83d\ude00", "type(v).__name__ + ' ' + repr(v) + ' ' + str(len(v))"));
        assertEquals("str 'c'", withV('c', "type(v).__name__ + ' ' + repr(v)"));
    }

    @Test
    void boolsAndNone() {
        assertEquals(true, py.eval("1 < 2"));
        assertEquals(false, py.eval("not 1"));
        assertEquals("bool False", withV(false, "type(v).__name__ + ' ' + repr(v)"));
        assertNull(py.eval("None"));
        assertEquals("NoneType", withV(null, "type(v).__name__"));
        assertNull(py.get("no_such_global"));
    }

    @Test
    void listsAndTuples() {
        assertEquals(Arrays.asList(1L, "a", null, List.of(2.0)), py.eval("[1, 'a', None, [2.0]]"));
        assertEquals(List.of(1L, 2L), py.eval("(1, 2)"));
        assertEquals(List.of(), py.eval("()"));
        Object l = py.eval("[1, 2]");
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) l).add(3L), "lists come out unmodifiable");
        assertEquals("list [1, 'x', None, [True]]", withV(Arrays.asList(1L, "x", null, List.of(true)),
                "type(v).__name__ + ' ' + repr(v)"));
        assertEquals("tuple (1, 'x')", withV(new Object[] {1L, "x"}, "type(v).__name__ + ' ' + repr(v)"));
        // a list that goes in is the script's own copy
        List<Object> javaList = new ArrayList<>(List.of(1L));
        py.set("v", javaList);
        py.exec("v.append(2)");
        assertEquals(List.of(1L), javaList);
        assertEquals(List.of(1L, 2L), py.get("v"));
    }

    @Test
    void dicts() {
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1L);
        expected.put("a", List.of(2.0));
        expected.put(3L, null);
        expected.put(List.of(1L, 2L), "tuple key");
        Object m = py.eval("{'b': 1, 'a': [2.0], 3: None, (1, 2): 'tuple key'}");
        assertEquals(expected, m);
        assertEquals(List.of("b", "a", 3L, List.of(1L, 2L)), new ArrayList<>(((Map<?, ?>) m).keySet()), "insertion order");
        assertEquals("dict {'b': 1, 'a': [2.0], 3: None, (1, 2): 'tuple key'}",
                withV(expected, "type(v).__name__ + ' ' + repr(v)"), "a List key becomes a tuple");
        assertThrows(IllegalArgumentException.class, () -> py.set("v", Map.of(Map.of(), 1L)));
        assertTrue((Boolean) py.eval("True"), "the interpreter is fine after a refused value");
    }

    @Test
    void setsAndBytes() {
        assertEquals(Set.of(1L, "a"), py.eval("{1, 'a'}"));
        assertEquals(Set.of(), py.eval("frozenset()"));
        assertEquals("set [1, 2]", withV(new LinkedHashSet<>(List.of(1L, 2L)), "type(v).__name__ + ' ' + repr(sorted(v))"));
        assertArrayEquals(new byte[] {104, 105, 0, -1}, (byte[]) py.eval("b'hi\\x00\\xff'"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) py.eval("bytearray([1, 2])"));
        byte[] b = {1, 2, (byte) 200};
        assertEquals("bytes b'\\x01\\x02\\xc8'", withV(b, "type(v).__name__ + ' ' + repr(v)"));
        b[0] = 9;
        assertEquals("b'\\x01\\x02\\xc8'", py.eval("repr(v)"), "bytes are copied going in");
    }

    @Test
    void othersAreHandles() {
        Object h = py.eval("range(3)");
        assertInstanceOf(Handle.class, h);
        assertEquals("range", ((Handle) h).typeName());
        assertEquals("range(0, 3)", h.toString());
        assertEquals(List.of(0L, 1L, 2L), withV(h, "list(v)"), "a handle goes back in as the same value");
        assertThrows(IllegalArgumentException.class, () -> py.set("v", new Object()));
        try (Interpreter other = engine().create(InterpreterConfig.defaults())) {
            assertThrows(IllegalArgumentException.class, () -> other.set("v", h));
        }
    }

    // ------------------------------------------------------------------ Python callables in Java

    /** The embedder's own functional interface. */
    @FunctionalInterface
    public interface Pricing {
        double price(String item, int quantity);

        default String quote(String item, int quantity) {
            return item + ": " + price(item, quantity);
        }
    }

    @Test
    void pythonCallablesAsFunctionalInterfaces() {
        py.exec(String.join("\n",
                "def inc(x):",
                "    return x + 1",
                "calls = []",
                "class Counter:",
                "    def __init__(self):",
                "        self.n = 0",
                "    def bump(self, by):",
                "        self.n += by",
                "        return self.n",
                "    def __call__(self):",
                "        return 'called'",
                "counter = Counter()",
                ""));
        Function<Object, Object> inc = py.getInterface("inc", Function.class);
        assertEquals(42L, inc.apply(41L));
        assertEquals(BigInteger.TWO.pow(64), inc.apply(BigInteger.TWO.pow(64).subtract(BigInteger.ONE)));
        assertEquals(11L, inc.andThen(x -> (Long) x * 1).compose(x -> 10L).apply("ignored"), "default methods run");

        Supplier<Object> lam = py.asInterface(py.eval("lambda: [1, 'two']"), Supplier.class);
        assertEquals(List.of(1L, "two"), lam.get());

        Consumer<Object> record = py.asInterface(py.eval("calls.append"), Consumer.class);
        record.accept("a");
        record.accept(Map.of("k", 1L));
        assertEquals(List.of("a", Map.of("k", 1L)), py.get("calls"));

        BiFunction<Object, Object, Object> concat = py.asInterface(py.eval("lambda a, b: a + b"), BiFunction.class);
        assertEquals("ab", concat.apply("a", "b"));
        assertEquals(List.of(1L, 2L), concat.apply(List.of(1L), List.of(2L)));

        ToLongFunction<Object> bump = py.asInterface(py.eval("counter.bump"), ToLongFunction.class);
        assertEquals(5L, bump.applyAsLong(5L));
        assertEquals(7L, bump.applyAsLong(2L));
        assertEquals(7L, py.eval("counter.n"));

        Runnable run = py.asInterface(py.eval("lambda: calls.append('ran')"), Runnable.class);
        run.run();
        assertEquals("ran", py.eval("calls[-1]"));

        Predicate<Object> truthy = py.asInterface(py.eval("lambda x: x"), Predicate.class);
        assertTrue(truthy.test("non-empty"));
        assertFalse(truthy.test(""), "boolean results follow Python truth");
        assertFalse(truthy.test(List.of()));

        Comparator<Object> byLen = py.asInterface(py.eval("lambda a, b: len(a) - len(b)"), Comparator.class);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLen);
        assertEquals(List.of("a", "bb", "ccc"), words);
        assertEquals(List.of("ccc", "bb", "a"), words.stream().sorted(byLen.reversed()).toList());

        IntBinaryOperator add = py.asInterface(py.eval("int.__add__"), IntBinaryOperator.class);
        assertEquals(5, add.applyAsInt(2, 3));
        Supplier<Object> call = py.asInterface(py.get("counter"), Supplier.class);
        assertEquals("called", call.get(), "an object with __call__");
        Function<Object, Object> length = py.asInterface(py.eval("len"), Function.class);
        assertEquals(3L, length.apply("abc"), "a builtin");
        Callable<Object> cls = py.asInterface(py.eval("Counter"), Callable.class);
        assertInstanceOf(Handle.class, assertDoesNotThrowCall(cls), "a class is callable too");

        Pricing pricing = py.asInterface(py.eval("lambda item, qty: {'apple': 0.5}[item] * qty"), Pricing.class);
        assertEquals(2.0, pricing.price("apple", 4));
        assertEquals("apple: 1.5", pricing.quote("apple", 3));
    }

    private static Object assertDoesNotThrowCall(Callable<Object> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pythonCallableErrors() {
        py.exec("def boom(x):\n    return 1 / x\n");
        Function<Object, Object> boom = py.getInterface("boom", Function.class);
        ScriptException e = assertThrows(ScriptException.class, () -> boom.apply(0L));
        assertEquals("ZeroDivisionError", e.exceptionType());
        assertEquals("division by zero", e.scriptMessage());
        assertTrue(e.formatted().contains("in boom\n"), e.formatted());
        assertEquals(1.0, boom.apply(1L), "usable after an error");

        IntBinaryOperator bad = py.asInterface(py.eval("lambda a, b: 'no'"), IntBinaryOperator.class);
        ScriptException te = assertThrows(ScriptException.class, () -> bad.applyAsInt(1, 2));
        assertEquals("TypeError: IntBinaryOperator.applyAsInt() must return int, not str", te.getMessage());
        IntBinaryOperator big = py.asInterface(py.eval("lambda a, b: 2**40"), IntBinaryOperator.class);
        assertThrows(ScriptException.class, () -> big.applyAsInt(1, 2), "an int that does not fit");

        Function<Object, Object> two = py.asInterface(py.eval("lambda a, b: a"), Function.class);
        ScriptException arity = assertThrows(ScriptException.class, () -> two.apply(1L));
        assertEquals("TypeError", arity.exceptionType());

        assertThrows(IllegalArgumentException.class, () -> py.asInterface(py.eval("range(2)"), Function.class),
                "not callable");
        assertThrows(IllegalArgumentException.class, () -> py.asInterface(py.eval("len"), List.class),
                "not a functional interface");
        assertThrows(IllegalArgumentException.class, () -> py.asInterface(42L, Function.class));
        assertThrows(IllegalArgumentException.class, () -> py.getInterface("nothing_here", Function.class));
    }

    @Test
    void pythonCallableIdentityAndThreads() throws Exception {
        py.exec("def f(x):\n    return x * 2\n");
        Function<Object, Object> f = py.getInterface("f", Function.class);
        assertEquals(f, f);
        assertFalse(f.equals(py.getInterface("f", Function.class)));
        assertTrue(f.toString().contains("function f"), f.toString());
        py.set("g", f);
        assertEquals(true, py.eval("g is f"), "the proxy goes back in as the Python function");
        assertEquals(42L, CompletableFuture.supplyAsync(() -> f.apply(21L)).get(), "callable from any thread");
        py.exec("def make_adder(n):\n    return lambda x: x + n\n");
        Function<Object, Function<Object, Object>> makeAdder = py.getInterface("make_adder", Function.class);
        Object adder = makeAdder.apply(10L);
        assertInstanceOf(Handle.class, adder, "Object-typed results stay plain values or handles");
        assertEquals(15L, py.asInterface(adder, Function.class).apply(5L));
        py.close();
        assertThrows(IllegalStateException.class, () -> f.apply(1L));
    }

    /** An interface whose method returns another functional interface. */
    @FunctionalInterface
    public interface AdderFactory {
        java.util.function.LongUnaryOperator adder(long n);
    }

    @Test
    void functionalReturnTypesBecomeProxies() {
        AdderFactory factory = py.asInterface(py.eval("lambda n: lambda x: x + n"), AdderFactory.class);
        assertEquals(12L, factory.adder(10).applyAsLong(2));
    }

    // ------------------------------------------------------------------ Java functions in Python

    @Test
    void javaFunctionsAsCallables() {
        py.set("twice", (Function<Long, Long>) x -> x * 2);
        assertEquals(42L, py.eval("twice(21)"));
        assertEquals(true, py.eval("callable(twice)"));
        assertEquals("java_function", py.eval("type(twice).__name__"));
        assertEquals("<java function Function.apply>", py.eval("repr(twice)"));
        py.set("join", (BiFunction<String, List<Object>, String>) (sep, items) -> String.join(sep,
                items.stream().map(String::valueOf).toList()));
        assertEquals("1-a-null", py.eval("join('-', [1, 'a', None])"), "None arrives as null");
        AtomicLong total = new AtomicLong();
        py.set("add", (java.util.function.LongConsumer) total::addAndGet);
        py.exec("for i in range(5):\n    add(i)\n");
        assertEquals(10L, total.get());
        assertNull(py.eval("add(1)"), "void is None");
        py.set("supply", (Supplier<Object>) () -> Map.of("k", List.of(1L)));
        assertEquals("{'k': [1]}", py.eval("repr(supply())"));
        py.set("pred", (Predicate<String>) String::isEmpty);
        assertEquals(List.of("", ""), py.eval("[s for s in ['a', '', 'b', ''] if pred(s)]"));
        py.set("cmp", Comparator.naturalOrder());
        assertEquals(-1L, py.eval("cmp(1, 2)"));
        py.exec("import functools\nsorted_words = sorted(['b', 'c', 'a'], key=functools.cmp_to_key(cmp))\n");
        assertEquals(List.of("a", "b", "c"), py.get("sorted_words"));

        // call arguments, and a Python function applying a Java one
        py.exec("def apply(f, x):\n    return f(x)\n");
        assertEquals("HI", py.call("apply", (Function<String, String>) String::toUpperCase, "hi"));

        // round trip: the same Java object comes back
        Function<Long, Long> id = x -> x;
        py.set("ident", id);
        assertSame(id, py.get("ident"));
        assertSame(id, py.asInterface(py.get("ident"), Function.class));

        // an object implementing one @FunctionalInterface
        py.set("task", new Callable<String>() {
            @Override
            public String call() {
                return "done";
            }
        });
        assertEquals("done", py.eval("task()"));
    }

    @Test
    void javaFunctionErrors() {
        py.set("twice", (Function<Long, Long>) x -> x * 2);
        py.set("half", (java.util.function.LongUnaryOperator) x -> {
            if (x % 2 != 0) {
                throw new IllegalArgumentException("odd: " + x);
            }
            return x / 2;
        });
        assertEquals("TypeError: Function.apply() takes exactly 1 argument (2 given)", fails("twice(1, 2)").getMessage());
        assertEquals("TypeError: Function.apply() takes no keyword arguments", fails("twice(x=1)").getMessage());
        assertEquals("TypeError: LongUnaryOperator.applyAsLong() argument 1 must be int, not str",
                fails("half('x')").getMessage());
        assertEquals("ValueError: Java function LongUnaryOperator.applyAsLong failed: odd: 3 "
                + "(java.lang.IllegalArgumentException)", fails("half(3)").getMessage());
        // a generic Function gets whatever arrives; the ClassCastException is a TypeError
        assertEquals("TypeError", fails("twice('x')").exceptionType());
        assertEquals("AttributeError: 'java_function' object has no attribute 'getClass'",
                fails("twice.getClass()").getMessage());
        assertEquals("AttributeError: 'java_function' object has no attribute '__self__'",
                fails("twice.__self__").getMessage());
        assertEquals(0L, py.eval("half(0)"), "usable after errors");
    }

    @Test
    void pythonErrorsRaisedInsideJavaCallbacksStayPythonErrors() {
        Interpreter[] self = new Interpreter[1];
        HostModule tools = HostModule.builder("tools")
                .function("apply", 2, a -> self[0].asInterface(a.get(0), Function.class).apply(a.get(1)))
                .build();
        try (Interpreter in = engine().create(InterpreterConfig.builder().hostModule(tools).build())) {
            self[0] = in;
            in.exec(String.join("\n",
                    "import tools",
                    "def fail(x):",
                    "    raise KeyError(x)",
                    "try:",
                    "    tools.apply(fail, 'k')",
                    "except KeyError as e:",
                    "    caught = repr(e)",
                    ""));
            assertEquals("KeyError('k')", in.get("caught"));
            assertEquals(9L, in.eval("tools.apply(lambda x: x * x, 3)"));
        }
    }

    // ------------------------------------------------------------------ exposed objects

    /** A Java object scripts may use only partly. */
    public static final class Account {
        private long balance;
        public final String secret = "s3cret";

        public void deposit(long amount) {
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
            balance += amount;
        }

        public void deposit(long amount, String note) {
            deposit(amount);
        }

        public long balance() {
            return balance;
        }

        public void reset() {
            balance = 0;
        }

        public Account self() {
            return this;
        }
    }

    @Test
    void exposedObjects() {
        Account account = new Account();
        InterpreterConfig config = InterpreterConfig.builder()
                .expose("account", account, "deposit", "balance", "self")
                .build();
        try (Interpreter in = engine().create(config)) {
            in.exec("account.deposit(5)\naccount.deposit(7, 'note')\n");
            assertEquals(12L, account.balance());
            assertEquals(12L, in.eval("account.balance()"));
            assertEquals("Account", in.eval("type(account).__name__"));
            assertEquals(List.of("balance", "deposit", "self"),
                    in.eval("[n for n in dir(account) if not n.startswith('_')]"));
            assertSame(account, in.get("account"), "the Java object comes back out");
            for (String attempt : List.of("reset", "getClass", "secret", "balance_", "__dict__", "wait", "hashCode")) {
                ScriptException e = assertThrows(ScriptException.class, () -> in.exec("account." + attempt));
                assertEquals("AttributeError: 'Account' object has no attribute '" + attempt
                        + "' (it exposes only deposit, balance, self)", e.getMessage());
            }
            assertEquals("AttributeError", assertThrows(ScriptException.class,
                    () -> in.exec("getattr(account, 'getClass')")).exceptionType());
            assertEquals("AttributeError", assertThrows(ScriptException.class,
                    () -> in.exec("account.deposit = None")).exceptionType());
            assertEquals("TypeError", assertThrows(ScriptException.class,
                    () -> in.exec("type(account)()")).exceptionType());
            assertEquals("TypeError: deposit() argument 1 must be int, not str",
                    assertThrows(ScriptException.class, () -> in.exec("account.deposit('5')")).getMessage());
            assertEquals("TypeError: deposit() takes from 1 to 2 arguments (0 given)",
                    assertThrows(ScriptException.class, () -> in.exec("account.deposit()")).getMessage());
            assertEquals("ValueError: method Account.deposit failed: amount must be positive "
                    + "(java.lang.IllegalArgumentException)",
                    assertThrows(ScriptException.class, () -> in.exec("account.deposit(-1)")).getMessage());
            // what an exposed method returns without a Python form is opaque
            assertEquals("java_object", in.eval("type(account.self()).__name__"));
            assertEquals("AttributeError", assertThrows(ScriptException.class,
                    () -> in.exec("account.self().getClass()")).exceptionType());
            assertEquals(12L, account.balance());
        }
        assertThrows(IllegalArgumentException.class, () -> Exposed.of(account, "getClass"));
        assertThrows(IllegalArgumentException.class, () -> Exposed.of(account, "withdraw"));
    }

    @Test
    void exposedObjectsGoInAnyWay() {
        Account a = new Account();
        py.set("acct", Exposed.of(a, "deposit", "balance").named("Wallet"));
        py.exec("acct.deposit(3)");
        assertEquals("Wallet", py.eval("type(acct).__name__"));
        HostModule bank = HostModule.builder("bank")
                .function("open_account", 0, x -> Exposed.of(new Account(), "deposit", "balance"))
                .function("balance_of", 1, x -> ((Account) x.get(0)).balance())
                .build();
        try (Interpreter in = engine().create(InterpreterConfig.builder().hostModule(bank).build())) {
            in.exec("import bank\nacc = bank.open_account()\nacc.deposit(4)\n");
            assertEquals(4L, in.eval("bank.balance_of(acc)"));
        }
        HostModule limited = HostModule.ofObject("acct", a, "balance");
        try (Interpreter in = engine().create(InterpreterConfig.builder().hostModule(limited).build())) {
            in.exec("import acct");
            assertEquals(3L, in.eval("acct.balance()"));
            assertEquals("AttributeError", assertThrows(ScriptException.class,
                    () -> in.exec("import acct\nacct.deposit(1)")).exceptionType());
        }
    }

    @Test
    void hostFunctionsTakeCallables() {
        HostModule m = HostModule.ofObject("fx", new Functional());
        try (Interpreter in = engine().create(InterpreterConfig.builder().hostModule(m).stdout(out).build())) {
            in.exec("import fx");
            assertEquals(List.of(2L, 4L, 6L), in.eval("fx.map_all(lambda x: x * 2, [1, 2, 3])"));
            assertEquals(10L, in.eval("fx.twice(lambda x: x + 5, 0)"));
            assertEquals("TypeError: twice() argument 1 must be callable, not int",
                    assertThrows(ScriptException.class, () -> in.exec("import fx\nfx.twice(3, 0)")).getMessage());
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** Host-module methods that take Java functional interfaces. */
    public static final class Functional {
        public List<Object> map_all(Function<Object, Object> f, List<Object> items) {
            return items.stream().map(f).toList();
        }

        public long twice(java.util.function.LongUnaryOperator f, long x) {
            return f.applyAsLong(f.applyAsLong(x));
        }
    }
}
