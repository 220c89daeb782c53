package org.enginehost.python.contract;

import org.enginehost.spi.Source;
import org.enginehost.spi.tck.EngineContract;

/**
 * The SPI engine contract in Python: the programs it runs. Each Python engine's test extends this
 * and names the engine.
 */
public abstract class PythonEngineContract extends EngineContract {

    @Override
    protected Source printing(String text) {
        return Source.of("print.py", "print(" + pythonString(text) + ")\n");
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    protected Source failingAtLine2() {
        return Source.of("fail.py", "x = 0\ny = 1 / x\n");
    }

    @Override
    protected Source syntaxError() {
        return Source.of("bad.py", "if True\n    pass\n");
    }

    @Override
    protected String answerExpression() {
        return "6 * 7";
    }

    @Override
    protected Object answer() {
        return 42L;
    }

    @Override
    protected Object sampleValue() {
        return "a string";
    }

    @Override
    protected Source endlessLoop() {
        return Source.of("loop.py", "while True:\n    pass\n");
    }

    @Override
    protected Source busyBuiltin() {
        return Source.of("busy.py", "sum(range(10**12))\n");
    }

    @Override
    protected Source readingFile(String path) {
        return Source.of("read.py", "with open(" + pythonString(path) + ") as f:\n    print(f.read())\n");
    }

    @Override
    protected Source usingHostModule() {
        return Source.of("host.py", "import hostcheck\nprint(hostcheck.twice(21))\n");
    }

    @Override
    protected Source exiting(int status) {
        return Source.of("exit.py", "import sys\nsys.exit(" + status + ")\n");
    }
}
