package org.enginehost.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.enginehost.python.compiler.Compiler;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyException;

/**
 * Fuzzes tokenizer, parser and compiler together: whatever the source text, compiling it either
 * succeeds or fails with a SyntaxError (SyntaxErrorException, or a Python SyntaxError and its
 * subclasses) or, for source nested too deeply, CPython's "RecursionError: maximum recursion
 * depth exceeded during compilation"; no other exception, no StackOverflowError, no endless loop
 * may escape. Inputs come
 * from three generators: random token soup, mutations of the seed corpus (the checked-in
 * {@code fuzz-corpus/} plus every golden program), and raw random text. The number of inputs
 * tried is printed at the end.
 */
class CompilerFuzzTest {

    private static final AtomicLong TRIED = new AtomicLong();
    private static final List<String> SEEDS = loadSeeds();

    private static final String[] TOKENS = {
        "def", "class", "if", "elif", "else", "while", "for", "in", "not", "and", "or", "is", "return", "yield",
        "lambda", "try", "except", "except*", "finally", "raise", "from", "import", "as", "with", "pass", "break",
        "continue", "global", "nonlocal", "del", "assert", "async", "await", "match", "case", "_", "None", "True",
        "False", "print", "x", "y", "self", "f", "__class__", "super", "type",
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "->", "=", ":=", "==", "!=", "<", ">", "<=", ">=",
        "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "<<", ">>", "+=", "-=", "*=", "**=", "//=",
        "\\", "\n", "\n", "\n", "    ", "\t", " ", " ", "#c\n", "0", "1", "0x1f", "1_0", "1e5", "1.5", "2j", "0o7",
        "0b1", "09", "1__0", "'s'", "\"s\"", "'''t'''", "\"\"\"", "'", "\"", "f'{x}'", "f\"{x!r:>{y}}\"", "f'{", "}",
        "b'\\x00'", "r'\\'", "rb\"\"", "u'é'", "'\\N{DASH}'", "'\\u12'", "π", "名前", "\u00a0", "\r", "\f", "$", "?", "!",
    };

    // Fixed seeds: the build tries the same inputs every time, so a red build always means a change
    // broke something. To explore new inputs, change a seed (or drop it) locally; a failure found
    // that way becomes a file in the fuzz corpus and a golden program.
    @Property(tries = 6000, seed = "20261122")
    void tokenSoupCompilesOrIsASyntaxError(@ForAll("tokenSoup") String source) {
        check(source);
    }

    @Property(tries = 6000, seed = "20261123")
    void mutatedSeedsCompileOrAreSyntaxErrors(@ForAll("mutants") String source) {
        check(source);
    }

    @Property(tries = 3000, seed = "20261124")
    void randomTextCompilesOrIsASyntaxError(@ForAll("randomText") String source) {
        check(source);
    }

    /**
     * Pathological nesting, on a thread with a 4 MiB stack (interpreter threads have more, which
     * only moves the point where recursion gives out): CPython answers some of these with SyntaxError ("too many
     * nested parentheses") and some with MemoryError or RecursionError; here every one must end
     * as a compiled program or a SyntaxError, never as a StackOverflowError.
     */
    @net.jqwik.api.Example
    void deepNestingEndsCleanly() throws Exception {
        List<String> cases = List.of("(".repeat(100_000), "[".repeat(100_000), "-".repeat(100_000) + "1",
                "not ".repeat(100_000) + "x", "a" + ".b".repeat(100_000), "x=" + "[1,".repeat(50_000),
                "lambda:".repeat(20_000) + "0", "1+".repeat(100_000) + "1", "x**".repeat(100_000) + "2",
                "f(".repeat(5_000), "(".repeat(5_000) + ")".repeat(5_000), "[".repeat(3_000) + "]".repeat(3_000),
                "if x:\n" + nestedIfs(3_000), "x" + "[0]".repeat(50_000), "f" + "()".repeat(50_000));
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            for (String c : cases) {
                try {
                    check(c);
                } catch (Throwable e) {
                    failure[0] = e;
                    return;
                }
            }
        }, "fuzz-deep", 4L << 20);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0].getMessage(), failure[0]);
        }
    }

    private static String nestedIfs(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("pass\n").toString();
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(60)
                .map(ts -> String.join(Math.random() < 0.5 ? " " : "", ts));
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars("πé名\u2028\ud83d\ude00\ud800")
                .ofMaxLength(120);
    }

    /** A seed with up to four edits: delete, duplicate or move a span, insert a token, swap two characters. */
    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<int[]>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, TOKENS.length - 1))
                .as((kind, a, b, t) -> new int[] {kind, a, b, t})
                .list().ofMinSize(0).ofMaxSize(4);
        return Combinators.combine(seed, edits).as(CompilerFuzzTest::mutate);
    }

    private static String mutate(String seed, List<int[]> edits) {
        StringBuilder sb = new StringBuilder(seed);
        for (int[] e : edits) {
            int n = sb.length();
            if (n == 0) {
                sb.append(TOKENS[e[3]]);
                continue;
            }
            int i = e[1] % n;
            int j = Math.min(n, i + 1 + e[2] % Math.min(n, 40));
            switch (e[0]) {
                case 0 -> sb.delete(i, j);
                case 1 -> sb.insert(i, sb.substring(i, j));
                case 2 -> sb.insert(i, TOKENS[e[3]]);
                case 3 -> {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(j - 1));
                    sb.setCharAt(j - 1, c);
                }
                default -> {
                    String span = sb.substring(i, j);
                    sb.delete(i, j);
                    sb.insert(e[2] % (sb.length() + 1), span);
                }
            }
        }
        return sb.toString();
    }

    /** Compiles {@code source} every way the engines do; fails on anything but a syntax error. */
    static void check(String source) {
        TRIED.incrementAndGet();
        try {
            Compiler.compileModule(source, "<fuzz>");
        } catch (Throwable t) {
            allow(t, source);
        }
        try {
            Compiler.compileExpression(source, "<fuzz>");
        } catch (Throwable t) {
            allow(t, source);
        }
        try {
            Interactive.checkComplete(source, "<stdin>");
        } catch (Throwable t) {
            throw new AssertionError("checkComplete let " + t + " escape for " + quote(source), t);
        }
    }

    private static void allow(Throwable t, String source) {
        if (t instanceof SyntaxErrorException) {
            return;
        }
        if (t instanceof PyException e && e.value.isInstance(ExceptionTypes.SYNTAX_ERROR)) {
            return;
        }
        if (t instanceof PyException e && e.value.getType() == ExceptionTypes.RECURSION_ERROR
                && e.value.str().equals("maximum recursion depth exceeded during compilation")) {
            return; // CPython's answer to source nested too deeply, too
        }
        throw new AssertionError(t + " escaped the compiler for " + quote(source), t);
    }

    private static String quote(String whole) {
        String s = whole.length() > 300 ? whole.substring(0, 300) : whole;
        StringBuilder sb = new StringBuilder(whole.length() > 300 ? "(" + whole.length() + " chars) \"" : "\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    private static List<String> loadSeeds() {
        List<String> seeds = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/fuzz-corpus"), Path.of("src/test/golden"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    seeds.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no fuzz seeds found (run from engines/core)");
        }
        return seeds;
    }

    @AfterContainer
    static void report() {
        System.out.println("[fuzz] tokenizer+parser+compiler: " + TRIED.get() + " inputs tried, "
                + SEEDS.size() + " seeds, no escapes");
    }
}
