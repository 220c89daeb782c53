package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --time-limit, --instruction-limit and --sandbox. */
class SafetyOptionsTest {

    @Test
    void timeLimitStopsARunawayScript() {
        long start = System.nanoTime();
        CliRun run = CliRun.of("--time-limit=0.3", "-c", "while True: pass");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, run.status);
        assertEquals("TimeoutError: time limit exceeded (0.3 s)", run.lastErrLine());
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void instructionLimitStopsARunawayScript(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("busy.py");
        Files.writeString(script, "print('start')\nsum(range(10**12))\n");
        CliRun run = CliRun.of("--instruction-limit=100000", "run", script.toString());
        assertEquals(1, run.status);
        assertEquals("start\n", run.out);
        assertEquals("RuntimeError: instruction limit exceeded (100000 instructions)", run.lastErrLine());
        CliRun enough = CliRun.of("--instruction-limit=100000", "-c", "print(sum(range(1000)))");
        assertEquals(0, enough.status, enough.err);
        assertEquals("499500\n", enough.out);
    }

    @Test
    void badLimitsAreUsageErrors() {
        CliRun run = CliRun.of("--time-limit=0", "-c", "pass");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("--time-limit must be positive"), run.err);
        CliRun neg = CliRun.of("--instruction-limit=-5", "-c", "pass");
        assertEquals(2, neg.status);
    }

    @Test
    void scriptsMayUseFilesUnlessSandboxed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "hello file\n");
        String code = "print(open(" + pythonString(data.toString()) + ").read(), end='')";
        CliRun open = CliRun.of("-c", code);
        assertEquals(0, open.status, open.err);
        assertEquals("hello file\n", open.out);
        CliRun sandboxed = CliRun.of("--sandbox", "-c", code);
        assertEquals(1, sandboxed.status);
        assertEquals("PermissionError: open(" + pythonString(data.toString()) + ", 'r') needs the file-read "
                + "permission, which this interpreter was not granted", sandboxed.lastErrLine());
        assertTrue(sandboxed.err.startsWith("Traceback (most recent call last):"), sandboxed.err);
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
