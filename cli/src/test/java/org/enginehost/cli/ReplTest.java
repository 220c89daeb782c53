package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host repl} driven through JLine's dumb terminal with piped input. */
class ReplTest {

    @TempDir
    Path cache;

    private CliRun repl(String input, String... options) {
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "repl";
        return CliRun.with(Map.of("XDG_CACHE_HOME", cache.toString()), input, args);
    }

    @Test
    void bannerPromptsAndEchoedValues() {
        CliRun run = repl("6*7\nNone\nx = 'hi'\nx\n_\n'a'; 2\n");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.startsWith("Enginehost "), run::toString);
        String banner = run.out.lines().findFirst().orElseThrow();
        assertTrue(banner.contains("(baseline, Python 3.11 subset) on Java " + System.getProperty("java.version")),
                banner);
        assertTrue(run.out.contains(">>> 42\n"), run::toString);
        // None is not echoed: the next prompt follows directly.
        assertTrue(run.out.contains(">>> >>> >>> 'hi'\n>>> 'hi'\n>>> 'a'\n2\n"), run::toString);
        assertEquals("", run.err, run::toString);
    }

    @Test
    void tracebackDoesNotEndTheSession() {
        CliRun run = repl("1/0\nprint('still here')\n");
        assertEquals(0, run.status, run::toString);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n", run.err);
        assertTrue(run.out.contains(">>> still here\n"), run::toString);
    }

    @Test
    void multiLineBlocksEndWithAnEmptyLine() {
        CliRun run = repl("for i in range(3):\n    print(i)\n\ndef f(a):\n    return a * 2\n\nf(21)\n"
                + "(1,\n 2)\n");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.contains(">>> ... ... 0\n1\n2\n"), run::toString);
        assertTrue(run.out.contains(">>> ... ... >>> 42\n"), run::toString);
        assertTrue(run.out.contains(">>> ... (1, 2)\n"), run::toString);
        assertEquals("", run.err, run::toString);
    }

    @Test
    void tracebackLineNumbersCountFromTheInput() {
        CliRun run = repl("def g():\n    return 1/0\n\ng()\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "  File \"<stdin>\", line 2, in g\n"
                + "ZeroDivisionError: division by zero\n", run.err);
    }

    @Test
    void syntaxErrorIsReportedAndTheSessionGoesOn() {
        CliRun run = repl("x b\n1+1\n");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.err.endsWith("SyntaxError: invalid syntax\n"), run::toString);
        assertTrue(run.out.contains(">>> 2\n"), run::toString);
    }

    @Test
    void exitAndSysExitEndTheSessionWithTheirStatus() {
        assertEquals(3, repl("exit(3)\nprint('not reached')\n").status);
        CliRun quit = repl("quit\nquit()\n");
        assertEquals(0, quit.status, quit::toString);
        assertTrue(quit.out.contains(">>> Use quit() or Ctrl-D (i.e. EOF) to exit\n"), quit::toString);
        CliRun sys = repl("import sys\nsys.exit('bye')\n");
        assertEquals(1, sys.status, sys::toString);
        assertEquals("bye\n", sys.err);
    }

    @Test
    void endOfInputExitsZeroAndKeepsHistory() throws Exception {
        CliRun run = repl("a = 1\n");
        assertEquals(0, run.status, run::toString);
        Path history = cache.resolve("enginehost").resolve("history");
        assertTrue(Files.exists(history), "history file");
        assertTrue(Files.readString(history).contains("a = 1"));
    }

    @Test
    void unknownEngineIsAUsageError() {
        CliRun run = repl("1\n", "--engine", "nope");
        assertEquals(2, run.status);
        assertTrue(run.err.startsWith("host: unknown engine 'nope'"), run::toString);
        assertFalse(run.out.contains(">>>"));
    }
}
