package org.enginehost.engine.parallel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.enginehost.python.PythonInterpreter;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyStr;

/**
 * The engine's modules written in Python (resources under {@code lib/}), executed afresh in each
 * interpreter that imports them, as CPython re-executes pure-Python modules per interpreter.
 */
final class PyLib {
    static final List<String> NAMES = List.of("threading", "queue", "concurrent", "concurrent.interpreters",
            "concurrent.futures", "interpreters");

    private PyLib() {
    }

    static PyModule load(PythonInterpreter interp, String name) {
        String path = name.replace('.', '/') + (name.equals("concurrent") ? "/__init__.py" : ".py");
        String text;
        try (InputStream in = PyLib.class.getResourceAsStream("lib/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing engine module source " + path);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String filename = "<parallel>/" + path;
        PyModule mod = new PyModule(name, filename);
        int dot = name.lastIndexOf('.');
        mod.define("__package__", new PyStr(name.equals("concurrent") ? name : dot < 0 ? "" : name.substring(0, dot)));
        if (name.equals("concurrent")) {
            mod.define("__path__", new org.enginehost.python.runtime.PyList());
        }
        interp.execModule(text, filename, mod);
        return mod;
    }
}
