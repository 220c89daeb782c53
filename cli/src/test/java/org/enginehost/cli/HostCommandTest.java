package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in-process: parsing, engine selection, exit statuses and what reaches the
 * user. Engines come from the test class path (baseline, exploding) and from the plugin jar of the
 * rpn test engine in target/test-plugins.
 */
class HostCommandTest {

    private static final String PLUGINS = System.getProperty("host.testPlugins", "target/test-plugins");

    private static void assertNoJavaTrace(CliRun run) {
        assertFalse(run.err.contains("\tat "), () -> "Java stack trace leaked:\n" + run);
        assertFalse(run.err.contains("Exception:"), () -> "Java exception leaked:\n" + run);
    }

    @Test
    void versionNamesTheProduct() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.startsWith("Enginehost "), run::toString);
        assertFalse(run.out.contains("${"), "version must be stamped by the build: " + run.out);
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status);
        for (String word : new String[] {"run", "repl", "engines", "--engine", "--plugins", "--debug", "-c", "HOST_ENGINE"}) {
            assertTrue(run.out.contains(word), () -> "help lacks " + word + ":\n" + run.out);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.status);
        assertTrue(run.err.contains("host --help"), run::toString);
    }

    @Test
    void enginesListsClasspathAndPluginEngines() {
        CliRun run = CliRun.of("--plugins", PLUGINS, "engines");
        assertEquals(0, run.status, run::toString);
        String[] lines = run.out.split("\n");
        assertTrue(lines[0].startsWith("ID"), run::toString);
        assertTrue(run.out.lines().anyMatch(l -> l.startsWith("baseline ") && l.contains("python 3.11")
                && l.endsWith("classpath")), run::toString);
        assertTrue(run.out.lines().anyMatch(l -> l.startsWith("rpn ") && l.contains("test-plugins")
                && l.endsWith(".jar")), run::toString);
        assertTrue(run.out.lines().anyMatch(l -> l.startsWith("exploding ") && l.contains("preemption")), run::toString);
    }

    @Test
    void enginesReportsABrokenJarAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Files.copy(Files.list(Path.of(PLUGINS)).filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow(),
                dir.resolve("rpn.jar"));
        Files.writeString(dir.resolve("broken.jar"), "this is not a zip file");
        CliRun run = CliRun.of("--plugins", dir.toString(), "engines");
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.contains("Problems (1):"), run::toString);
        assertTrue(run.out.contains(dir.resolve("broken.jar").toString()), run::toString);
        assertTrue(run.out.lines().anyMatch(l -> l.startsWith("rpn ")), run::toString);

        CliRun script = CliRun.of("--plugins", dir.toString(), "--engine=rpn", "-c", "6 7 * print");
        assertEquals(0, script.status, script::toString);
        assertEquals("42\n", script.out);
    }

    @Test
    void pluginsDirectoryFromTheEnvironment() {
        CliRun run = CliRun.with(Map.of("HOST_PLUGINS", PLUGINS, "HOST_ENGINE", "rpn"), "", "-c", "1 2 + print");
        assertEquals(0, run.status, run::toString);
        assertEquals("3\n", run.out);
    }

    @Test
    void unknownEngineExitsTwoAndListsTheKnownOnes() {
        CliRun run = CliRun.of("--engine=nosuch", "-c", "print(1)");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("unknown engine 'nosuch'"), run::toString);
        assertTrue(run.err.contains("baseline"), run::toString);
        assertNoJavaTrace(run);
    }

    @Test
    void missingScriptFileExitsTwo() {
        CliRun run = CliRun.of("run", "no/such/script.py");
        assertEquals(2, run.status, run::toString);
        assertEquals("host: can't open file 'no/such/script.py': [Errno 2] No such file or directory", run.lastErrLine());
    }

    @Test
    void engineBugIsOneLineWithoutDebug() {
        CliRun run = CliRun.of("--engine=exploding", "-c", "anything");
        assertEquals(InternalErrorHandler.INTERNAL_ERROR, run.status, run::toString);
        assertTrue(run.err.contains(ExplodingEngine.MESSAGE), run::toString);
        assertTrue(run.err.contains("--debug"), run::toString);
        assertFalse(run.err.contains("\tat "), run::toString);
    }

    @Test
    void engineBugShowsTheJavaTraceWithDebug() {
        CliRun run = CliRun.of("--debug", "--engine=exploding", "-c", "anything");
        assertEquals(InternalErrorHandler.INTERNAL_ERROR, run.status, run::toString);
        assertTrue(run.err.contains("\tat "), run::toString);
    }

    @Test
    void runPassesEverythingAfterTheFileToTheScript(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("args.rpn");
        Files.writeString(script, "2 3 * print\n");
        // Options after FILE belong to the script; picocli must not reject them.
        CliRun run = CliRun.of("--plugins", PLUGINS, "--engine=rpn", "run", script.toString(), "--verbose", "x");
        assertEquals(0, run.status, run::toString);
        assertEquals("6\n", run.out);
    }

    @Test
    void runReadsTheScriptFromStdinForDash() {
        CliRun run = CliRun.with(Map.of("HOST_PLUGINS", PLUGINS), "4 4 + print\n", "--engine=rpn", "run", "-");
        assertEquals(0, run.status, run::toString);
        assertEquals("8\n", run.out);
    }

    @Test
    void scriptErrorOfAPluginEngineIsItsOwnReport() {
        CliRun run = CliRun.of("--plugins", PLUGINS, "--engine=rpn", "-c", "print");
        assertEquals(1, run.status, run::toString);
        assertTrue(run.lastErrLine().contains("StackUnderflow"), run::toString);
        assertNoJavaTrace(run);
    }

    @Test
    void benchTimesWarmedUpRunsAndHidesScriptOutput(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("b.rpn"), "1 2 + print\n");
        CliRun run = CliRun.of("--plugins", PLUGINS, "--engine=rpn", "bench", "--warmup", "1", "--iterations", "2",
                script.toString());
        assertEquals(0, run.status, run::toString);
        assertFalse(run.out.contains("3\n"), "script output must not be mixed into timings: " + run.out);
        assertTrue(run.out.contains("warmup 1: "), run::toString);
        assertTrue(run.out.contains("run 2: "), run::toString);
        assertTrue(run.out.contains("b.rpn on rpn: median "), run::toString);
    }

    @Test
    void benchStopsOnAFailingScript(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("f.rpn"), "print\n");
        CliRun run = CliRun.of("--plugins", PLUGINS, "--engine=rpn", "bench", script.toString());
        assertEquals(1, run.status, run::toString);
        assertTrue(run.err.contains("no timing"), run::toString);
    }

    @Test
    void engineOptionsReachTheEngineAndUnknownOnesAreRefused() {
        CliRun ok = CliRun.of("--option", "stack-size-mb=64", "-c", "print('fine')");
        assertEquals(0, ok.status, ok::toString);
        assertEquals("fine\n", ok.out);
        CliRun bad = CliRun.of("--option", "no-such-option=1", "-c", "print('never')");
        assertEquals(2, bad.status, bad::toString);
        assertTrue(bad.err.contains("no-such-option"), bad::toString);
        assertEquals("", bad.out);
    }

    @Test
    void theCompiledTierCanBeTunedOrTurnedOffAndABadSettingIsRefused() {
        String loop = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n"
                + "print([f(k) for k in range(30)][-1], f(100000))";
        for (String setting : new String[] {"jit=off", "jit=0", "jit=1000"}) {
            CliRun run = CliRun.of("--option", setting, "-c", loop);
            assertEquals(0, run.status, run::toString);
            assertEquals("406 4999950000\n", run.out, setting);
        }
        CliRun bad = CliRun.of("--option", "jit=fast", "-c", "print('never')");
        assertEquals(2, bad.status, bad::toString);
        assertTrue(bad.err.contains("jit") && bad.err.contains("fast"), bad::toString);
        assertEquals("", bad.out);
    }
}
