package org.enginehost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the assembled distribution (bin/host, lib/, plugins/) run as a separate process,
 * the way a user runs it.
 */
class DistributionIT {

    private static final Path DIST = Path.of(System.getProperty("host.dist", "target/host")).toAbsolutePath();
    private static final Path TEST_PLUGINS = Path.of(System.getProperty("host.testPlugins", "target/test-plugins"));

    @TempDir
    static Path work;

    static final class Result {
        final int status;
        final String out;
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        String lastErrLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result host(Path dist, String... args) throws IOException, InterruptedException {
        return host(dist, Map.of(), args);
    }

    static Result host(Path dist, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(dist.resolve("bin/host").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().remove("HOST_ENGINE");
        pb.environment().remove("HOST_PLUGINS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/host did not finish: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path script(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8);
    }

    static void assertNoJavaTrace(Result r) {
        assertFalse(r.err.contains("\tat "), () -> "Java stack trace leaked:\n" + r);
        assertFalse(r.err.contains("java.lang."), () -> "Java exception leaked:\n" + r);
    }

    @BeforeAll
    static void distributionExists() {
        assertTrue(Files.isExecutable(DIST.resolve("bin/host")), "missing " + DIST.resolve("bin/host"));
    }

    /**
     * A tasklet preempted by run(timeout) in one process, pickled to a file, and finished by a
     * second process: together they print exactly what one uninterrupted run prints.
     */
    @Test
    void preemptedTaskletMovesToAnotherProcess() throws Exception {
        Path s = script("job.py", String.join("\n",
                "import pickle, stackless, sys",
                "def primes():",
                "    n = 2",
                "    while True:",
                "        if all(n % d for d in range(2, int(n ** 0.5) + 1)):",
                "            yield n",
                "        n += 1",
                "def report(label, values):",
                "    print(label, len(values), sum(values), values[-3:])",
                "def job(count):",
                "    found = []",
                "    for p in primes():",
                "        found.append(p)",
                "        if len(found) % 250 == 0:",
                "            report('progress', found)",
                "        if len(found) == count:",
                "            break",
                "    report('done', found)",
                "mode = sys.argv[1]",
                "if mode == 'whole':",
                "    stackless.tasklet(job)(1000)",
                "    stackless.run()",
                "elif mode == 'save':",
                "    t = stackless.tasklet(job)(1000)",
                "    assert stackless.run(200000) is t",
                "    with open(sys.argv[2], 'wb') as f:",
                "        pickle.dump(t, f)",
                "else:",
                "    with open(sys.argv[2], 'rb') as f:",
                "        t = pickle.load(f)",
                "    t.insert()",
                "    stackless.run()",
                ""));
        Path saved = work.resolve("job.pickle");
        Result whole = host(DIST, "--engine=stackless", "run", s.toString(), "whole");
        assertEquals(0, whole.status, whole::toString);
        Result first = host(DIST, "--engine=stackless", "run", s.toString(), "save", saved.toString());
        assertEquals(0, first.status, first::toString);
        Result second = host(DIST, "--engine=stackless", "run", s.toString(), "load", saved.toString());
        assertEquals(0, second.status, second::toString);
        assertFalse(first.out.isEmpty() || second.out.isEmpty(), "the job should be split: " + first + second);
        assertEquals(whole.out, first.out + second.out);
    }

    @Test
    void runsRecursiveFibOnBaseline() throws Exception {
        Path fib = script("fib.py", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(25))\n");
        Result r = host(DIST, "--engine=baseline", "run", fib.toString());
        assertEquals(0, r.status, r::toString);
        assertEquals("75025\n", r.out);
    }

    @Test
    void enginesListsBaselineFromItsPluginJar() throws Exception {
        Result r = host(DIST, "engines");
        assertEquals(0, r.status, r::toString);
        String row = r.out.lines().filter(l -> l.startsWith("baseline ")).findFirst().orElseThrow(() -> new AssertionError(r));
        assertTrue(row.contains(DIST.resolve("plugins").toString()) && row.endsWith(".jar"), row);
        assertFalse(r.out.contains("Problems"), r::toString);
    }

    @Test
    void scriptArgumentsAndExitStatus() throws Exception {
        Path s = script("argv.py", "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n");
        Result r = host(DIST, "run", s.toString(), "3", "--flag");
        assertEquals(3, r.status, r::toString);
        assertEquals("['3', '--flag']\n", r.out);
    }

    @Test
    void uncaughtExceptionIsATracebackAndStatusOne() throws Exception {
        Path s = script("boom.py", "def f(x):\n    return 1 // x\n\nprint('before')\nf(0)\n");
        Result r = host(DIST, "run", s.toString());
        assertEquals(1, r.status, r::toString);
        assertEquals("before\n", r.out);
        assertTrue(r.err.startsWith("Traceback (most recent call last):\n"), r::toString);
        assertTrue(r.err.contains("File \"" + s + "\", line 5, in <module>"), r::toString);
        assertTrue(r.err.contains("File \"" + s + "\", line 2, in f"), r::toString);
        assertEquals("ZeroDivisionError: integer division or modulo by zero", r.lastErrLine());
        assertNoJavaTrace(r);
    }

    @Test
    void aScriptGivenByARelativePathIsNamedByItsAbsolutePath() throws Exception {
        Path s = script("where.py", "import sys\nprint(__file__)\nprint(sys.argv[0])\nprint(sys.path[0])\nraise KeyError(1)\n");
        Result r = host(DIST, "run", work.relativize(s).toString());
        assertEquals(1, r.status, r::toString);
        String abs = work.toAbsolutePath().resolve(work.relativize(s)).toString();
        assertEquals(abs + "\n" + work.relativize(s) + "\n" + Path.of(abs).getParent() + "\n", r.out);
        assertTrue(r.err.contains("File \"" + abs + "\", line 5, in <module>"), r::toString);
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws Exception {
        Path s = script("bad.py", "x = 1\nif x\n    print(x)\n");
        Result r = host(DIST, "run", s.toString());
        assertEquals(1, r.status, r::toString);
        assertTrue(r.lastErrLine().startsWith("SyntaxError"), r::toString);
        assertTrue(r.err.contains("File \"" + s + "\", line 2"), r::toString);
        assertNoJavaTrace(r);
    }

    @Test
    void unknownEngineExitsTwo() throws Exception {
        Result r = host(DIST, "--engine=nosuch", "-c", "print(1)");
        assertEquals(2, r.status, r::toString);
        assertTrue(r.err.contains("baseline"), r::toString);
        assertNoJavaTrace(r);
    }

    @Test
    void commandStringAndStdin() throws Exception {
        Result r = host(DIST, "-c", "import sys\nprint(sys.argv, 6 * 7)", "a");
        assertEquals(0, r.status, r::toString);
        assertEquals("['-c', 'a'] 42\n", r.out);
    }

    /** The plugin jar must carry the engine and its index, and must not carry the SPI or PF4J. */
    @Test
    void baselinePluginJarIsShapedForPf4j() throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(DIST.resolve("plugins"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("baseline")).findFirst().orElseThrow();
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertEquals("baseline", file.getManifest().getMainAttributes().getValue("Plugin-Id"));
            String index = new String(file.getInputStream(file.getEntry("META-INF/extensions.idx")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(index.contains("org.enginehost.engine.baseline.BaselineEngine"), index);
            assertTrue(file.stream().noneMatch(e -> e.getName().startsWith("org/enginehost/spi/")
                    || e.getName().startsWith("org/pf4j/")), "SPI or PF4J classes bundled in " + jar);
            assertTrue(file.stream().anyMatch(e -> e.getName().startsWith("org/enginehost/python/")),
                    "engines/core must be bundled in " + jar);
        }
    }

    /** The second engine arrives as a jar copied into plugins/: no rebuild, no configuration. */
    @Test
    void aDroppedInPluginJarBecomesAnEngine(@TempDir Path copy) throws Exception {
        copyTree(DIST, copy);
        Path rpnJar;
        try (Stream<Path> jars = Files.list(TEST_PLUGINS)) {
            rpnJar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(rpnJar, copy.resolve("plugins").resolve(rpnJar.getFileName()));
        Files.writeString(copy.resolve("plugins/corrupt.jar"), "not a jar");

        Result engines = host(copy, "engines");
        assertEquals(0, engines.status, engines::toString);
        assertTrue(engines.out.lines().anyMatch(l -> l.startsWith("rpn ") && l.endsWith(rpnJar.getFileName().toString())),
                engines::toString);
        assertTrue(engines.out.lines().anyMatch(l -> l.startsWith("baseline ")), engines::toString);
        assertTrue(engines.out.contains(copy.resolve("plugins/corrupt.jar").toString()), engines::toString);

        Path calc = script("calc.rpn", "# seven times six\n7 6 * print\n");
        Result r = host(copy, "--engine=rpn", "run", calc.toString());
        assertEquals(0, r.status, r::toString);
        assertEquals("42\n", r.out);

        Result py = host(copy, "-c", "print('still here')");
        assertEquals("still here\n", py.out, py::toString);
    }

    /**
     * The launcher's start-up archive: one per distribution, JDK and engine in the cache directory;
     * a new build of the distribution replaces its archive, and archives named the old way
     * (host-jdkN-KEY.jsa) are cleared, while another slot's archive stays.
     */
    @Test
    void startupArchiveIsReplacedNotAccumulated(@TempDir Path copy, @TempDir Path cacheHome) throws Exception {
        copyTree(DIST, copy);
        Path cache = Files.createDirectories(cacheHome.resolve("enginehost"));
        Files.writeString(cache.resolve("host-jdk17-123.jsa"), "old");
        Files.writeString(cache.resolve("host-jdk17-1-2.jsa"), "another slot");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cacheHome.toString());

        Result first = host(copy, env, "-c", "print('one')");
        assertEquals("one\n", first.out, first::toString);
        List<String> after1 = archives(cache);
        assertFalse(after1.contains("host-jdk17-123.jsa"), after1::toString);
        assertTrue(after1.contains("host-jdk17-1-2.jsa"), after1::toString);
        assertEquals(2, after1.size(), after1::toString);

        Path training = copy.resolve("lib/archive-training.py");
        Files.writeString(training, Files.readString(training) + "# a new build\n");
        Files.setLastModifiedTime(training, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Result second = host(copy, env, "-c", "print('two')");
        assertEquals("two\n", second.out, second::toString);
        List<String> after2 = archives(cache);
        assertEquals(2, after2.size(), after2::toString);
        assertTrue(after2.contains("host-jdk17-1-2.jsa"), after2::toString);
        assertFalse(after2.containsAll(after1), () -> after1 + " then " + after2);
    }

    /** bin/host keeps compiled scripts in the cache directory and runs them from there next time. */
    @Test
    void aScriptIsCompiledOnceIntoTheCodeCache(@TempDir Path cacheHome) throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cacheHome.toString());
        Path program = script("cached.py", "def f(n):\n    return [i * i for i in range(n)]\nprint(f(4), 2 ** 70, 'caf\u00e9')\n");
        Result first = host(DIST, env, "run", program.toString());
        assertEquals("[0, 1, 4, 9] 1180591620717411303424 caf\u00e9\n", first.out, first::toString);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cacheHome)) {
            entries = files.filter(p -> p.getFileName().toString().endsWith(".code")).toList();
        }
        assertEquals(1, entries.size(), entries::toString);
        long written = Files.getLastModifiedTime(entries.get(0)).toMillis();
        Result second = host(DIST, env, "run", program.toString());
        assertEquals(first.out, second.out, second::toString);
        assertEquals(written, Files.getLastModifiedTime(entries.get(0)).toMillis()); // read, not written again
    }

    private static List<String> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted()
                    .collect(java.util.stream.Collectors.toList());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
