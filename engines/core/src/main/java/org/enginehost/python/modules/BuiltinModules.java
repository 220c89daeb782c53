package org.enginehost.python.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.PyModule;

/**
 * The table of standard-library modules implemented in Java: one line per module. Modules written
 * in Python live as resources under {@code org/enginehost/python/lib/NAME.py} (see {@link Importer}).
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** Name to factory; each interpreter creates its own module object on first import. */
    public static Map<String, Function<PythonInterpreter, PyModule>> table() {
        Map<String, Function<PythonInterpreter, PyModule>> t = new LinkedHashMap<>();
        t.put("math", i -> MathModule.create());
        t.put("cmath", i -> CmathModule.create());
        t.put("random", i -> RandomModule.create());
        t.put("time", i -> TimeModule.create());
        t.put("itertools", i -> ItertoolsModule.create());
        t.put("functools", i -> FunctoolsModule.create());
        t.put("operator", i -> OperatorModule.create());
        t.put("_operator", i -> OperatorModule.create());
        t.put("heapq", i -> HeapqModule.create());
        t.put("bisect", i -> BisectModule.create());
        t.put("_string", i -> StringModule.create());
        t.put("copy", i -> CopyModule.create());
        t.put("json", i -> JsonModule.create());
        t.put("re", i -> ReModule.create());
        t.put("io", i -> IoModule.create());
        t.put("collections", i -> CollectionsModule.create());
        t.put("_traceback", TracebackHelpers::create);
        t.put("hashlib", i -> HashlibModule.create());
        // Python source (lib/_collections_abc.py), under CPython's two names.
        t.put("collections.abc", i -> (PyModule) i.importModule("_collections_abc"));
        t.put("fractions", i -> FractionsModule.create());
        t.put("array", i -> ArrayModule.create());
        t.put("decimal", i -> DecimalModule.create());
        t.put("typing", TypingModule::create);
        t.put("datetime", i -> DatetimeModule.create());
        t.put("pickle", i -> PickleModule.create("pickle"));
        t.put("_pickle", i -> PickleModule.create("_pickle"));
        t.put("copyreg", i -> CopyregModule.create());
        t.put("_codecs", i -> CodecsModule.create());
        t.put("_os", i -> OsModule.create());
        t.put("atexit", AtexitModule::create);
        return t;
    }
}
