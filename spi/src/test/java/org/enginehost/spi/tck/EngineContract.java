package org.enginehost.spi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.enginehost.spi.Engine;
import org.enginehost.spi.HostModule;
import org.enginehost.spi.Limits;
import org.enginehost.spi.Permission;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every engine owes the host, whatever its language. An engine's test suite extends this
 * class and supplies a few snippets in its own language.
 */
public abstract class EngineContract {

    /** A fresh engine instance. */
    protected abstract Engine engine();

    /** A program that writes exactly {@code text} and a newline to standard output. */
    protected abstract Source printing(String text);

    /** A program that fails with an uncaught error at line 2 (line 1 does nothing observable). */
    protected abstract Source failingAtLine2();

    /** A program that does not compile. */
    protected abstract Source syntaxError();

    /** An expression whose value is {@link #answer()}. */
    protected abstract String answerExpression();

    /** The plain Java value of {@link #answerExpression()}. */
    protected abstract Object answer();

    /** A value this language can hold in a global, to round-trip through set/get. */
    protected abstract Object sampleValue();

    /** A program that never ends on its own, or null if the language cannot express one. */
    protected Source endlessLoop() {
        return null;
    }

    /** A program that asks to exit with {@code status}, or null if the language cannot. */
    protected Source exiting(int status) {
        return null;
    }

    /**
     * A program that spends minutes inside one call of a built-in function (in Python,
     * {@code sum(range(10**12))}), or null if the language has none.
     */
    protected Source busyBuiltin() {
        return null;
    }

    /** A program that reads the file at {@code path} and prints its content, or null. */
    protected Source readingFile(String path) {
        return null;
    }

    /**
     * A program that imports the host module {@code hostcheck} and prints the result of calling
     * its function {@code twice} with the integer 21, or null if the language cannot import.
     */
    protected Source usingHostModule() {
        return null;
    }

    /** The stop latency limit of the issue: a runaway script stops this soon after the limit. */
    protected static final long STOP_WITHIN_MS = 100;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    protected Interpreter interpreter() {
        return interpreter(InterpreterConfig.builder());
    }

    /** An interpreter with the test's streams and whatever else {@code b} configures. */
    protected Interpreter interpreter(InterpreterConfig.Builder b) {
        return engine().create(b
                .stdin(new ByteArrayInputStream(new byte[0]))
                .stdout(out)
                .stderr(err)
                .build());
    }

    /** Prints a measured stop latency, so that build logs record it per engine. */
    private void report(String what, long ms) {
        System.out.println("[limits] " + engine().id() + ": " + what + " stopped " + ms + " ms after the limit");
    }

    protected String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    protected String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void describesItself() {
        Engine e = engine();
        assertTrue(e.id().matches("[a-z][a-z0-9-]*"), "id must be lower-case: " + e.id());
        assertFalse(e.version().isBlank());
        assertFalse(e.description().isBlank());
        assertFalse(e.language().isBlank());
        assertNotNull(e.capabilities());
        assertNotNull(e.languageVersion());
    }

    @Test
    void writesToTheConfiguredStdout() {
        try (Interpreter i = interpreter()) {
            i.exec(printing("contract says hello"));
        }
        assertEquals("contract says hello\n", stdout());
    }

    @Test
    void runReturnsZeroOnSuccess() {
        try (Interpreter i = interpreter()) {
            assertEquals(0, i.run(printing("ok"), List.of("prog")));
        }
        assertEquals("ok\n", stdout());
    }

    @Test
    void runReportsAnUncaughtErrorOnStderrWithStatusOne() {
        try (Interpreter i = interpreter()) {
            assertEquals(1, i.run(failingAtLine2(), List.of("prog")));
        }
        assertFalse(stderr().isBlank(), "the error must be reported on the configured stderr");
        assertFalse(stderr().contains("\tat "), "no Java stack trace: " + stderr());
    }

    @Test
    void execThrowsAScriptExceptionDescribingTheError() {
        try (Interpreter i = interpreter()) {
            Source failing = failingAtLine2();
            ScriptException e = assertThrows(ScriptException.class, () -> i.exec(failing));
            assertEquals(ScriptException.Kind.ERROR, e.kind());
            assertFalse(e.exceptionType().isBlank());
            assertFalse(e.formatted().isBlank());
            assertEquals(1, e.exitStatus());
            assertFalse(e.stack().isEmpty(), "the stack must say where the error happened");
            ScriptException.StackEntry innermost = e.stack().get(e.stack().size() - 1);
            assertEquals(failing.name(), innermost.file());
            assertEquals(2, innermost.line());
        }
    }

    @Test
    void syntaxErrorIsReportedAsSuch() {
        try (Interpreter i = interpreter()) {
            ScriptException e = assertThrows(ScriptException.class, () -> i.exec(syntaxError()));
            assertEquals(ScriptException.Kind.SYNTAX_ERROR, e.kind());
            assertEquals(1, i.run(syntaxError(), List.of("prog")));
        }
    }

    @Test
    void evalReturnsAPlainJavaValue() {
        try (Interpreter i = interpreter()) {
            assertEquals(answer(), i.eval(answerExpression()));
        }
    }

    @Test
    void globalsRoundTripAndInterpretersAreIsolated() {
        try (Interpreter a = interpreter(); Interpreter b = interpreter()) {
            a.set("shared_name", sampleValue());
            assertEquals(sampleValue(), a.get("shared_name"));
            assertNull(b.get("shared_name"), "interpreters must not share globals");
        }
    }

    @Test
    void aClosedInterpreterRefusesWork() {
        Interpreter i = interpreter();
        i.close();
        assertThrows(IllegalStateException.class, () -> i.exec(printing("x")));
    }

    @Test
    void exitStatusComesFromTheScript() {
        Source exit = exiting(7);
        assumeTrue(exit != null, "the language has no exit");
        try (Interpreter i = interpreter()) {
            assertEquals(7, i.run(exit, List.of("prog")));
            ScriptException e = assertThrows(ScriptException.class, () -> i.exec(exiting(7)));
            assertEquals(ScriptException.Kind.EXIT, e.kind());
            assertEquals(7, e.exitStatus());
        }
    }

    @Test
    void cancelStopsAnEndlessLoopFromAnotherThread() throws Exception {
        Source loop = endlessLoop();
        assumeTrue(loop != null, "the language cannot loop forever");
        try (Interpreter i = interpreter()) {
            CompletableFuture<ScriptException> running = CompletableFuture.supplyAsync(() -> {
                try {
                    i.exec(loop);
                    return null;
                } catch (ScriptException e) {
                    return e;
                }
            });
            // Cancel until it takes: the loop may not have started when the first cancel lands.
            ScriptException stopped = null;
            for (int attempt = 0; attempt < 600 && stopped == null; attempt++) {
                i.cancel();
                try {
                    stopped = running.get(50, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    // try again
                }
            }
            assertNotNull(stopped, "cancel() did not stop the loop within 30 s");
            assertEquals(ScriptException.Kind.CANCELLED, stopped.kind());
        }
    }

    private ScriptException stopOf(Interpreter i, Source program) {
        return assertThrows(ScriptException.class, () -> i.exec(program));
    }

    private void timeLimitStops(Source program, String what) {
        long limitMs = 300;
        try (Interpreter i = interpreter(InterpreterConfig.builder()
                .limits(Limits.none().withTimeLimit(Duration.ofMillis(limitMs))))) {
            long start = System.nanoTime();
            ScriptException e = stopOf(i, program);
            long late = (System.nanoTime() - start) / 1_000_000 - limitMs;
            assertEquals(ScriptException.Kind.TIME_LIMIT, e.kind(), e.formatted());
            report("time limit (" + what + ")", late);
            // The latency is reported, not asserted tightly (see report()): the bound only proves it stopped.
            assertTrue(late < STOP_WITHIN_MS * 20, "stopped " + late + " ms late");
            // still usable, and the limit applies per call
            assertEquals(answer(), i.eval(answerExpression()));
        }
    }

    @Test
    void timeLimitStopsAnEndlessLoop() {
        Source loop = endlessLoop();
        assumeTrue(loop != null, "the language cannot loop forever");
        timeLimitStops(loop, "loop");
    }

    @Test
    void timeLimitStopsABusyBuiltin() {
        Source busy = busyBuiltin();
        assumeTrue(busy != null, "the language has no long builtin");
        timeLimitStops(busy, "builtin");
    }

    private void instructionLimitStops(Source program, String what) {
        try (Interpreter i = interpreter(InterpreterConfig.builder()
                .limits(Limits.none().withInstructionLimit(2_000_000)))) {
            long start = System.nanoTime();
            ScriptException e = stopOf(i, program);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ScriptException.Kind.INSTRUCTION_LIMIT, e.kind(), e.formatted());
            System.out.println("[limits] " + engine().id() + ": instruction limit of 2000000 (" + what
                    + ") stopped the script after " + ms + " ms");
            assertEquals(answer(), i.eval(answerExpression()));
        }
    }

    @Test
    void instructionLimitStopsAnEndlessLoop() {
        Source loop = endlessLoop();
        assumeTrue(loop != null, "the language cannot loop forever");
        instructionLimitStops(loop, "loop");
    }

    @Test
    void instructionLimitStopsABusyBuiltin() {
        Source busy = busyBuiltin();
        assumeTrue(busy != null, "the language has no long builtin");
        instructionLimitStops(busy, "builtin");
    }

    private void cancelStops(Source program, String what) throws Exception {
        try (Interpreter i = interpreter()) {
            CompletableFuture<ScriptException> running = CompletableFuture.supplyAsync(() -> {
                try {
                    i.exec(program);
                    return null;
                } catch (ScriptException e) {
                    return e;
                }
            });
            Thread.sleep(300); // let it get going
            long start = System.nanoTime();
            i.cancel();
            ScriptException stopped = running.get(30, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(stopped);
            assertEquals(ScriptException.Kind.CANCELLED, stopped.kind());
            System.out.println("[limits] " + engine().id() + ": cancel() (" + what + ") stopped the script after "
                    + ms + " ms");
            assertTrue(ms < STOP_WITHIN_MS * 20, "stopped after " + ms + " ms");
            assertEquals(answer(), i.eval(answerExpression()));
        }
    }

    @Test
    void cancelStopsAnEndlessLoopPromptly() throws Exception {
        Source loop = endlessLoop();
        assumeTrue(loop != null, "the language cannot loop forever");
        cancelStops(loop, "loop");
    }

    @Test
    void cancelStopsABusyBuiltin() throws Exception {
        Source busy = busyBuiltin();
        assumeTrue(busy != null, "the language has no long builtin");
        cancelStops(busy, "builtin");
    }

    @Test
    void filesAreOutOfReachUnlessGranted(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "the secret\n");
        Source reading = readingFile(secret.toString());
        assumeTrue(reading != null, "the language cannot read files");
        try (Interpreter i = interpreter()) {
            ScriptException e = assertThrows(ScriptException.class, () -> i.exec(reading));
            assertEquals(ScriptException.Kind.ERROR, e.kind());
            assertTrue(e.getMessage().contains("file-read"), e.getMessage());
            assertFalse(stdout().contains("the secret"));
        }
        try (Interpreter i = interpreter(InterpreterConfig.builder().grant(Permission.FILE_READ))) {
            i.exec(reading);
            assertTrue(stdout().contains("the secret"), stdout());
        }
    }

    @Test
    void hostModulesAreImportable() {
        Source program = usingHostModule();
        assumeTrue(program != null, "the language cannot import");
        HostModule m = HostModule.builder("hostcheck").function("twice", 1, args -> (Long) args.get(0) * 2).build();
        try (Interpreter i = interpreter(InterpreterConfig.builder().hostModule(m))) {
            i.exec(program);
            assertEquals("42", stdout().strip());
        }
    }
}
