package org.enginehost.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.enginehost.host.fixtures.CaseInterpreter;
import org.enginehost.host.fixtures.ExplodingEngine;
import org.enginehost.host.fixtures.MurmurEngine;
import org.enginehost.host.fixtures.NotAnEngine;
import org.enginehost.host.fixtures.QuietPlugin;
import org.enginehost.host.fixtures.RefusingPlugin;
import org.enginehost.host.fixtures.ShoutEngine;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginWrapper;

/** Builds real PF4J plugin jars in a temporary directory and loads them through {@link EngineHost}. */
class PluginLoadingTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private EngineHost pluginsOnly(Path pluginsDir) {
        EngineHost host = EngineHost.builder().withoutClasspath().pluginsDirectory(pluginsDir).build();
        toClose.add(host);
        return host;
    }

    private static PluginJarBuilder shoutPlugin(String pluginId) {
        return PluginJarBuilder.plugin(pluginId).extension(ShoutEngine.class).withClasses(CaseInterpreter.class);
    }

    private static PluginJarBuilder murmurPlugin(String pluginId) {
        return PluginJarBuilder.plugin(pluginId).extension(MurmurEngine.class).withClasses(CaseInterpreter.class);
    }

    /** Asserts there is exactly one problem for {@code jar} and returns its reason. */
    private static String problemFor(EngineHost host, Path jar) {
        return problemFor(host.problems(), jar);
    }

    private static String problemFor(List<LoadProblem> problems, Path jar) {
        List<LoadProblem> forJar = problems.stream().filter(p -> p.source().equals(jar.toString())).toList();
        assertEquals(1, forJar.size(), () -> "expected one problem for " + jar + " in " + problems);
        LoadProblem problem = forJar.get(0);
        assertEquals(jar + ": " + problem.reason(), problem.toString());
        return problem.reason();
    }

    private static void assertContains(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text.contains(fragment), () -> "expected '" + fragment + "' in: " + text);
        }
    }

    private static String runShout(Engine engine, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter interpreter = engine.create(InterpreterConfig.builder().stdout(out).build())) {
            interpreter.exec(code);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path writeGarbage(Path target, long seed, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(target, bytes);
    }

    /** Runs the loader on its own, so tests can see which plugins PF4J still holds. */
    private PluginEngineLoader loadDirectly(Path pluginsDir, List<LoadedEngine> accepted, List<LoadProblem> problems) {
        PluginEngineLoader loader = new PluginEngineLoader(pluginsDir);
        toClose.add(loader::close);
        loader.load(engine -> {
            for (LoadedEngine existing : accepted) {
                if (existing.id().equals(engine.id())) {
                    return "duplicate " + engine.id();
                }
            }
            accepted.add(engine);
            return null;
        }, problems::add);
        return loader;
    }

    private static List<String> pluginIds(PluginEngineLoader loader) {
        return loader.manager().getPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }

    // ---- 0. the premise of every test below ------------------------------------------------

    @Test
    void testClassPathIndexesListNoClasses() throws IOException {
        // PF4J's annotation processor writes an extensions.idx into test-classes even with no
        // @Extension in sight; it must stay empty, or the fixtures would be classpath extensions too.
        List<URL> indexes = Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"));
        for (URL index : indexes) {
            try (InputStream in = index.openStream()) {
                List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                assertEquals(List.of(), names, index::toString);
            }
        }
    }

    // ---- 1. a good jar ---------------------------------------------------------------------

    @Test
    void goodPluginJarYieldsAWorkingEngineLoadedFromTheJar() throws IOException {
        Path jar = shoutPlugin("shout-plugin").version("1.2.3").writeTo(dir, "shout.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(List.of(), host.problems());
        LoadedEngine loaded = host.find("shout").orElseThrow();
        assertTrue(loaded.origin().isPlugin());
        assertEquals(Optional.of(jar), loaded.origin().jar());
        assertEquals(Optional.of("shout-plugin"), loaded.origin().pluginId());
        assertEquals(jar.toString(), loaded.origin().toString());

        // PF4J really loaded the class from the jar: same name, different class, plugin class loader.
        Engine engine = host.engine("shout");
        assertSame(loaded.engine(), engine);
        assertEquals(ShoutEngine.class.getName(), engine.getClass().getName());
        assertNotSame(ShoutEngine.class, engine.getClass());
        assertTrue(engine.getClass().getClassLoader() instanceof PluginClassLoader,
                () -> "loaded by " + engine.getClass().getClassLoader());
        assertEquals("1.0", engine.version());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter interpreter = engine.create(InterpreterConfig.builder().stdout(out).build())) {
            assertSame(engine.getClass().getClassLoader(), interpreter.getClass().getClassLoader());
            interpreter.exec("print('hello from a plugin')\n");
            assertEquals("HELLO", interpreter.eval("hello"));
            interpreter.set("x", 42L);
            assertEquals(42L, interpreter.get("x"));
        }
        assertEquals("PRINT('HELLO FROM A PLUGIN')\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pluginClassesAreDefinedFromTheJarByItsOwnLoader() throws Exception {
        Path jar = shoutPlugin("shout-plugin").writeTo(dir, "shout.jar");
        EngineHost host = pluginsOnly(dir);
        Class<?> engine = host.engine("shout").getClass();
        ClassLoader loader = engine.getClassLoader();

        assertTrue(loader instanceof PluginJarClassLoader, () -> "loaded by " + loader);
        assertEquals(jar.toUri().toURL(), engine.getProtectionDomain().getCodeSource().getLocation());
        assertEquals(ShoutEngine.class.getPackageName(), engine.getPackageName());
        assertSame(Engine.class, loader.loadClass(Engine.class.getName())); // the SPI stays the host's
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.enginehost.host.NoSuchClass"));
        assertTrue(loader.getResource("META-INF/extensions.idx").toString().contains("shout.jar"));
        host.close();
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(ShoutEngine.class.getName() + "$Missing"));
    }

    @Test
    void pluginDescribedByPluginPropertiesLoadsToo() throws IOException {
        Path jar = shoutPlugin("shout-props").version("2.0.0").describedByProperties().writeTo(dir, "shout.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(List.of(), host.problems());
        assertEquals(Optional.of("shout-props"), host.find("shout").orElseThrow().origin().pluginId());
        assertEquals(Optional.of(jar), host.find("shout").orElseThrow().origin().jar());
    }

    @Test
    void pluginClassThatStartsNormallyDoesNotGetInTheWay() throws IOException {
        Path jar = shoutPlugin("quiet").pluginClass(QuietPlugin.class).writeTo(dir, "quiet.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(List.of(), host.problems());
        assertEquals(Optional.of(jar), host.find("shout").orElseThrow().origin().jar());
        assertEquals("ABC", runShout(host.engine("shout"), "abc"));
    }

    // ---- 2. corrupt jars --------------------------------------------------------------------

    @Test
    void corruptJarsAreReportedAndAGoodNeighbourStillLoads() throws IOException {
        Path garbage = writeGarbage(dir.resolve("a-garbage.jar"), 42, 4096);
        Path good = shoutPlugin("good").writeTo(dir, "c-good.jar");
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("b-truncated.jar"), Arrays.copyOf(whole, whole.length / 2));

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(Optional.of(good), host.find("shout").orElseThrow().origin().jar());
        assertEquals(2, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, garbage), "not a loadable plugin jar");
        assertContains(problemFor(host, truncated), "not a loadable plugin jar");
        assertEquals("SHOUT", runShout(host.engine("shout"), "shout"));
    }

    @Test
    void untilEngineStopsAtTheFirstJarProvidingItAndPicksWhatAFullLoadPicks() throws IOException {
        Path shout = shoutPlugin("shout-a").writeTo(dir, "a-shout.jar");
        shoutPlugin("shout-b").writeTo(dir, "b-shout-again.jar");
        Path garbage = writeGarbage(dir.resolve("c-garbage.jar"), 7, 2048);
        murmurPlugin("murmur").writeTo(dir, "d-murmur.jar");

        EngineHost full = pluginsOnly(dir);
        assertEquals(List.of("shout", "murmur"), full.ids());
        assertEquals(2, full.problems().size(), () -> full.problems().toString()); // the duplicate and the garbage

        EngineHost first = EngineHost.builder().withoutClasspath().pluginsDirectory(dir).untilEngine("shout").build();
        toClose.add(first);
        assertEquals(List.of("shout"), first.ids());
        assertEquals(Optional.of(shout), first.find("shout").orElseThrow().origin().jar());
        assertEquals(List.of(), first.problems());
        assertEquals("SHOUT", runShout(first.engine("shout"), "shout"));

        EngineHost last = EngineHost.builder().withoutClasspath().pluginsDirectory(dir).untilEngine("murmur").build();
        toClose.add(last);
        assertEquals(List.of("shout", "murmur"), last.ids());
        assertContains(problemFor(last, garbage), "not a loadable plugin jar");

        EngineHost missing = EngineHost.builder().withoutClasspath().pluginsDirectory(dir).untilEngine("nope").build();
        toClose.add(missing);
        assertEquals(full.ids(), missing.ids());
        assertEquals(full.problems().size(), missing.problems().size());
    }

    @Test
    void jarWithoutPluginIdIsNotAPlugin() throws IOException {
        Path anonymous = PluginJarBuilder.plugin(null).extension(ShoutEngine.class)
                .withClasses(CaseInterpreter.class).writeTo(dir, "anonymous.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of(), host.ids());
        assertContains(problemFor(host, anonymous), "not a loadable plugin jar");
    }

    // ---- 3. jars without an engine -----------------------------------------------------------

    private void assertHoldsNoEngine(PluginJarBuilder empty) throws IOException {
        Path jar = empty.writeTo(dir, "a-empty.jar");
        Path good = murmurPlugin("good").writeTo(dir, "b-good.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("murmur"), host.ids());
        assertEquals(Optional.of(good), host.find("murmur").orElseThrow().origin().jar());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, jar), "holds no engine", "META-INF/extensions.idx");
    }

    @Test
    void jarWithEmptyExtensionIndexHoldsNoEngine() throws IOException {
        assertHoldsNoEngine(PluginJarBuilder.plugin("empty").withClasses(ShoutEngine.class));
    }

    @Test
    void jarWithoutExtensionIndexHoldsNoEngine() throws IOException {
        assertHoldsNoEngine(PluginJarBuilder.plugin("unindexed").withoutIndex().withClasses(ShoutEngine.class));
    }

    @Test
    void jarWhoseIndexListsOnlyANonEngineHoldsNoEngine() throws IOException {
        assertHoldsNoEngine(PluginJarBuilder.plugin("other").extension(NotAnEngine.class));
    }

    @Test
    void jarWhoseIndexNamesAnEngineItDoesNotContainHoldsNoEngine() throws IOException {
        // ShoutEngine is only on the host's class path; the plugin class loader would find it there.
        Path jar = PluginJarBuilder.plugin("borrower").indexEntry(ShoutEngine.class.getName())
                .writeTo(dir, "borrower.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of(), host.ids());
        List<String> reasons = host.problems().stream().map(LoadProblem::reason).toList();
        assertEquals(2, reasons.size(), reasons::toString);
        host.problems().forEach(p -> assertEquals(jar.toString(), p.source()));
        assertContains(reasons.get(0), ShoutEngine.class.getName(), "is not in the jar", "host's class path");
        assertContains(reasons.get(1), "holds no engine");
    }

    // ---- 4. failures while starting ---------------------------------------------------------

    @Test
    void pluginWhoseStartThrowsIsReportedWithTheMessage() throws IOException {
        Path refusing = shoutPlugin("refusing").pluginClass(RefusingPlugin.class).writeTo(dir, "a-refusing.jar");
        Path good = murmurPlugin("good").writeTo(dir, "b-good.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("murmur"), host.ids());
        assertEquals(Optional.of(good), host.find("murmur").orElseThrow().origin().jar());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, refusing), "failed to start", RefusingPlugin.MESSAGE);
    }

    @Test
    void engineWhoseConstructorThrowsIsReportedWithTheMessage() throws IOException {
        Path exploding = PluginJarBuilder.plugin("exploding").extension(ExplodingEngine.class)
                .writeTo(dir, "a-exploding.jar");
        Path good = murmurPlugin("good").writeTo(dir, "b-good.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("murmur"), host.ids());
        assertEquals(Optional.of(good), host.find("murmur").orElseThrow().origin().jar());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, exploding), ExplodingEngine.class.getName(), ExplodingEngine.MESSAGE);
    }

    @Test
    void failingEngineDoesNotTakeItsSiblingInTheSameJarWithIt() throws IOException {
        Path mixed = PluginJarBuilder.plugin("mixed").extension(ExplodingEngine.class)
                .extension(ShoutEngine.class).withClasses(CaseInterpreter.class).writeTo(dir, "mixed.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(Optional.of(mixed), host.find("shout").orElseThrow().origin().jar());
        assertContains(problemFor(host, mixed), ExplodingEngine.MESSAGE);
        assertEquals("STILL HERE", runShout(host.engine("shout"), "still here"));
    }

    // ---- 5. duplicates ----------------------------------------------------------------------

    @Test
    void sameEngineIdInTwoJarsFirstJarByNameWins() throws IOException {
        // Written in reverse order, so only sorting can put "a-" first.
        Path second = shoutPlugin("second").writeTo(dir, "b-second.jar");
        Path first = shoutPlugin("first").writeTo(dir, "a-first.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        LoadedEngine winner = host.find("shout").orElseThrow();
        assertEquals(Optional.of(first), winner.origin().jar());
        assertEquals(Optional.of("first"), winner.origin().pluginId());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, second), "'shout'", "already provided by " + first);
    }

    @Test
    void samePluginIdInTwoJarsFirstJarByNameWins() throws IOException {
        Path second = murmurPlugin("twin").writeTo(dir, "b-twin.jar");
        Path first = shoutPlugin("twin").writeTo(dir, "a-twin.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout"), host.ids());
        assertEquals(Optional.of(first), host.find("shout").orElseThrow().origin().jar());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertEquals("plugin id 'twin' is already used by " + first
                + "; this jar is ignored. Give each plugin its own Plugin-Id.", problemFor(host, second));
    }

    // ---- 6. the SPI bundled into the plugin --------------------------------------------------

    @Test
    void jarBundlingItsOwnSpiIsReportedNotIgnored() throws IOException {
        Path bundling = shoutPlugin("bundling").withOwnSpiCopy().writeTo(dir, "a-bundling.jar");
        Path good = murmurPlugin("good").writeTo(dir, "b-good.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("murmur"), host.ids());
        assertEquals(Optional.of(good), host.find("murmur").orElseThrow().origin().jar());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, bundling), "own copy of the SPI", Engine.class.getName(), "provided");
    }

    // ---- 7. class path discovery ------------------------------------------------------------

    private URLClassLoader servicesLoader(String... engineClasses) throws IOException {
        Path root = Files.createDirectories(dir.resolve("classpath"));
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(Engine.class.getName()), String.join("\n", engineClasses) + "\n");
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
        toClose.add(loader);
        return loader;
    }

    @Test
    void classpathEngineIsFoundThroughServiceLoader() throws IOException {
        URLClassLoader loader = servicesLoader(MurmurEngine.class.getName(), ShoutEngine.class.getName());

        EngineHost host = EngineHost.builder().classLoader(loader).build();
        toClose.add(host);

        assertEquals(List.of("murmur", "shout"), host.ids());
        assertEquals(List.of(), host.problems());
        LoadedEngine shout = host.find("shout").orElseThrow();
        assertFalse(shout.origin().isPlugin());
        assertEquals(Optional.empty(), shout.origin().jar());
        assertEquals(Optional.empty(), shout.origin().pluginId());
        assertEquals("classpath", shout.origin().toString());
        assertSame(ShoutEngine.class, shout.engine().getClass());
        assertEquals("LOUD", runShout(shout.engine(), "loud"));
    }

    @Test
    void pluginWithTheIdOfAClasspathEngineIsTheDuplicate() throws IOException {
        URLClassLoader loader = servicesLoader(ShoutEngine.class.getName());
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = shoutPlugin("shadow").writeTo(plugins, "shadow.jar");

        EngineHost host = EngineHost.builder().classLoader(loader).pluginsDirectory(plugins).build();
        toClose.add(host);

        assertEquals(List.of("shout"), host.ids());
        assertEquals("classpath", host.find("shout").orElseThrow().origin().toString());
        assertSame(ShoutEngine.class, host.engine("shout").getClass());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        assertContains(problemFor(host, jar), "'shout'", "already provided by classpath");
    }

    // ---- 8. selecting engines ---------------------------------------------------------------

    @Test
    void unknownIdListsKnownIdsAndCapabilitiesSelect() throws IOException {
        shoutPlugin("shout-plugin").writeTo(dir, "a-shout.jar");
        murmurPlugin("murmur-plugin").writeTo(dir, "b-murmur.jar");

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of("shout", "murmur"), host.ids());
        UnknownEngineException unknown = assertThrows(UnknownEngineException.class, () -> host.engine("whisper"));
        assertEquals("whisper", unknown.requested());
        assertEquals(List.of("shout", "murmur"), unknown.known());
        assertContains(unknown.getMessage(), "'whisper'", "shout, murmur");
        assertEquals(Optional.empty(), host.find("whisper"));

        assertEquals("murmur", host.engineWith(Capability.PREEMPTION).map(Engine::id).orElseThrow());
        assertEquals("shout", host.engineWith(Capability.TASKLETS).map(Engine::id).orElseThrow());
        assertEquals("shout", host.engineWith(Capability.CHANNELS).map(Engine::id).orElseThrow());
        assertEquals("murmur", host.engineWith(Capability.PREEMPTION, Capability.CHANNELS).map(Engine::id).orElseThrow());
        assertEquals(Optional.empty(), host.engineWith(Capability.TASKLETS, Capability.PREEMPTION));
        assertEquals("shout", host.engineWith().map(Engine::id).orElseThrow());
        assertEquals("quiet", runShout(host.engineWith(Capability.PREEMPTION).orElseThrow(), "QUIET"));
    }

    @Test
    void unknownIdWithNoEnginesSaysNone() throws IOException {
        EngineHost host = pluginsOnly(dir);
        UnknownEngineException unknown = assertThrows(UnknownEngineException.class, () -> host.engine("shout"));
        assertEquals(List.of(), unknown.known());
        assertContains(unknown.getMessage(), "(none)");
    }

    // ---- 9. the directory itself ------------------------------------------------------------

    @Test
    void missingPluginsDirectoryIsOneProblem() {
        Path missing = dir.resolve("no-such-dir");

        EngineHost host = pluginsOnly(missing);

        assertEquals(List.of(), host.ids());
        assertEquals(1, host.problems().size(), () -> host.problems().toString());
        LoadProblem problem = host.problems().get(0);
        assertEquals(missing.toString(), problem.source());
        assertContains(problem.reason(), "does not exist");
        assertFalse(Files.exists(missing), "loading must not create the directory");
    }

    @Test
    void emptyPluginsDirectoryHasNoEnginesAndNoProblems() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a jar, not looked at");
        Files.createDirectories(dir.resolve("sub.jar")); // a directory, even if named like a jar

        EngineHost host = pluginsOnly(dir);

        assertEquals(List.of(), host.ids());
        assertEquals(List.of(), host.engines());
        assertEquals(List.of(), host.problems());
    }

    // ---- unloading and closing --------------------------------------------------------------

    @Test
    void pluginsThatContributeNoEngineAreUnloaded() throws IOException {
        shoutPlugin("a-good").writeTo(dir, "a-good.jar");
        shoutPlugin("b-duplicate").writeTo(dir, "b-duplicate.jar");
        PluginJarBuilder.plugin("c-empty").writeTo(dir, "c-empty.jar");
        PluginJarBuilder.plugin("d-exploding").extension(ExplodingEngine.class).writeTo(dir, "d-exploding.jar");
        shoutPlugin("e-refusing").pluginClass(RefusingPlugin.class).writeTo(dir, "e-refusing.jar");
        shoutPlugin("f-bundling").withOwnSpiCopy().writeTo(dir, "f-bundling.jar");
        PluginJarBuilder.plugin("g-other").extension(NotAnEngine.class).writeTo(dir, "g-other.jar");
        murmurPlugin("h-good").writeTo(dir, "h-good.jar");

        List<LoadedEngine> accepted = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        PluginEngineLoader loader = loadDirectly(dir, accepted, problems);

        assertEquals(List.of("shout", "murmur"), accepted.stream().map(LoadedEngine::id).toList());
        assertEquals(6, problems.size(), problems::toString);
        assertEquals(List.of("a-good", "h-good"), pluginIds(loader));
        for (PluginWrapper plugin : loader.manager().getPlugins()) {
            assertEquals(org.pf4j.PluginState.STARTED, plugin.getPluginState(), plugin.getPluginId());
        }

        loader.close();
        assertEquals(List.of(), pluginIds(loader));
        loader.close(); // a second close is harmless
    }

    @Test
    void closingTheHostIsSafeEvenTwice() throws IOException {
        shoutPlugin("shout-plugin").writeTo(dir, "shout.jar");
        EngineHost host = EngineHost.builder().withoutClasspath().pluginsDirectory(dir).build();
        Engine engine = host.engine("shout");
        assertEquals("BEFORE", runShout(engine, "before"));

        host.close();
        host.close();

        // The host's view of what it found stays readable after closing.
        assertEquals(List.of("shout"), host.ids());

        EngineHost noPlugins = EngineHost.builder().withoutClasspath().build();
        noPlugins.close();
        noPlugins.close();
        assertEquals(List.of(), noPlugins.ids());

        EngineHost missingDir = EngineHost.builder().withoutClasspath().pluginsDirectory(dir.resolve("nope")).build();
        missingDir.close();
        missingDir.close();
    }
}
