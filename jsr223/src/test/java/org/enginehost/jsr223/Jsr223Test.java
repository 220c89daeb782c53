package org.enginehost.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.enginehost.host.EngineHost;
import org.enginehost.spi.Handle;
import org.junit.jupiter.api.Test;

class Jsr223Test {

    private static ScriptEngine python() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        assertNotNull(engine, "python engine through ScriptEngineManager");
        return engine;
    }

    @Test
    void evaluatesAnExpression() throws Exception {
        assertEquals(42L, python().eval("6*7"));
    }

    @Test
    void factoryDescribesTheEngine() {
        ScriptEngineFactory f = python().getFactory();
        assertEquals(List.of("python", "enginehost-baseline"), f.getNames());
        assertEquals("python", f.getLanguageName());
        assertEquals("3.11", f.getLanguageVersion());
        assertEquals(List.of("py"), f.getExtensions());
        assertNotNull(new ScriptEngineManager().getEngineByExtension("py"));
        assertNotNull(new ScriptEngineManager().getEngineByName("enginehost-baseline"));
    }

    @Test
    void parallelEngineByName() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python-parallel");
        assertNotNull(engine);
        engine.eval("from concurrent import interpreters\ninterp = interpreters.create()\n"
                + "def square(x):\n    return x * x\nresult = interp.call(square, 12)");
        assertEquals(144L, engine.get("result"));
        assertEquals(List.of("python-parallel", "enginehost-parallel"), engine.getFactory().getNames());
    }

    @Test
    void stacklessEngineByName() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python-stackless");
        assertNotNull(engine);
        engine.eval("import stackless\nch = stackless.channel()\nout = []\n"
                + "stackless.tasklet(lambda: out.append(ch.receive()))()\nstackless.run()\nch.send(7)");
        assertEquals(List.of(7L), engine.get("out"));
        assertEquals(List.of("python-stackless", "enginehost-stackless"), engine.getFactory().getNames());
    }

    @Test
    void statementsReturnNullAndBindingsGoBothWays() throws Exception {
        ScriptEngine engine = python();
        engine.put("n", 20L);
        engine.put("names", List.of("a", "b"));
        assertNull(engine.eval("n = n + 1\nnames = names + ['c']\ncreated = {'k': n}"));
        assertEquals(21L, engine.get("n"));
        assertEquals(List.of("a", "b", "c"), engine.get("names"));
        assertEquals(Map.of("k", 21L), engine.get("created"));

        Bindings b = engine.createBindings();
        b.put("x", 5L);
        assertEquals(10L, engine.eval("x * 2", b));
        engine.eval("x = x + 1", b);
        assertEquals(6L, b.get("x"));
    }

    @Test
    void compiledScriptRunsAgain() throws Exception {
        ScriptEngine engine = python();
        engine.eval("count = 0");
        CompiledScript script = ((Compilable) engine).compile("count += 1\n");
        script.eval();
        script.eval();
        assertEquals(2L, engine.get("count"));
        CompiledScript expr = ((Compilable) engine).compile("count * 10");
        assertEquals(20L, expr.eval());
        assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("x b"));
    }

    @Test
    void invokeFunctionAndInterfaces() throws Exception {
        ScriptEngine engine = python();
        engine.eval("def add(a, b):\n    return a + b\n\ndef apply(x):\n    return x * 3\n\n"
                + "def run():\n    global ran\n    ran = True\n");
        Invocable inv = (Invocable) engine;
        assertEquals(5L, inv.invokeFunction("add", 2, 3));
        assertEquals("ab", inv.invokeFunction("add", "a", "b"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));

        @SuppressWarnings("unchecked")
        Function<Object, Object> f = inv.getInterface(Function.class);
        assertEquals(21L, f.apply(7L));
        Runnable r = inv.getInterface(Runnable.class);
        r.run();
        assertEquals(true, engine.get("ran"));
        assertNull(inv.getInterface(java.util.Comparator.class), "no global 'compare'");

        Object fn = engine.get("add");
        assertInstanceOf(Handle.class, fn);
        assertThrows(ScriptException.class, () -> inv.invokeMethod(fn, "__call__", 1, 2));

        @SuppressWarnings("unchecked")
        java.util.function.BinaryOperator<Object> plus = inv.getInterface(fn, java.util.function.BinaryOperator.class);
        assertEquals(7L, plus.apply(3L, 4L));
        java.util.Comparator<Object> byLen = inv.getInterface(engine.eval("lambda a, b: len(a) - len(b)"),
                java.util.Comparator.class);
        assertEquals(List.of("a", "bb"), java.util.stream.Stream.of("bb", "a").sorted(byLen).toList());
        assertThrows(UnsupportedOperationException.class, () -> inv.getInterface(fn, List.class));
        engine.put("twice", (Function<Long, Long>) x -> x * 2);
        assertEquals(10L, engine.eval("twice(5)"), "a Java function is a callable in the script");
    }

    @Test
    void contextWritersReceiveOutput() throws Exception {
        ScriptEngine engine = python();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        engine.eval("import sys\nprint('héllo', 1)\nprint('oops', file=sys.stderr)", ctx);
        assertEquals("héllo 1\n", out.toString());
        assertEquals("oops\n", err.toString());

        StringWriter second = new StringWriter();
        engine.getContext().setWriter(second);
        engine.eval("print('default context')");
        assertEquals("default context\n", second.toString());
    }

    @Test
    void scriptErrorCarriesFileAndLine() {
        ScriptEngine engine = python();
        engine.put(ScriptEngine.FILENAME, "calc.py");
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("a = 1\nb = 0\nc = a / b\n"));
        assertEquals("calc.py", e.getFileName());
        assertEquals(3, e.getLineNumber());
        assertTrue(e.getMessage().startsWith("ZeroDivisionError: division by zero"), e.getMessage());
        org.enginehost.spi.ScriptException cause = (org.enginehost.spi.ScriptException) e.getCause();
        assertTrue(cause.formatted().contains("File \"calc.py\", line 3, in <module>"), cause.formatted());

        ScriptException syntax = assertThrows(ScriptException.class, () -> engine.eval("x = (1,\n2\ny b"));
        assertEquals("calc.py", syntax.getFileName());
        assertTrue(syntax.getLineNumber() > 0);
    }

    @Test
    void hostManagerReachesEveryEngineById() throws Exception {
        try (EngineHost host = EngineHost.builder().build()) {
            ScriptEngineManager manager = EnginehostScriptEngines.manager(host);
            for (String id : host.ids()) {
                assertNotNull(manager.getEngineByName("enginehost-" + id), id);
            }
            assertEquals(42L, manager.getEngineByName("python").eval("6*7"));
            assertEquals(7L, EnginehostScriptEngines.forEngine(host.engine("baseline")).eval("3+4"));
        }
    }
}
