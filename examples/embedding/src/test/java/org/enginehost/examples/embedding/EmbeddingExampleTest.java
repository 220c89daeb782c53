package org.enginehost.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example, so that {@code mvn verify} keeps it working. */
class EmbeddingExampleTest {

    @Test
    void exampleShowsEachStep() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);
        for (String line : new String[] {
            "by id: baseline (python 3.11)",
            "with unbounded-recursion: stackless",
            "with parallel-interpreters: parallel",
            "with tasklets and channels: stackless, which printed received ping",
            "double as LongUnaryOperator: 42",
            "sorted by a Python comparator: [a, bb, ccc]",
            "Java lambda from Python: HEY! (String), callable: true",
            "exposed: total 7 (Long), Java sees 7",
            "not exposed: AttributeError: 'Counter' object has no attribute 'getClass' (it exposes only add, total)",
            "eval 2**10 -> 1024 (Long)",
            "call greet -> 5 (Long)",
            "script printed: hello, world",
            "py 2**100 -> 1267650600228229401496703205376 (BigInteger)",
            "py 1.5 -> 1.5 (Double)",
            "py 'text' -> text (String)",
            "py True -> true (Boolean)",
            "py None -> null",
            "py [1, 'a', None] -> [1, a, null] (List)",
            "py (1, 2) -> [1, 2] (List)",
            "py {'a': 1, 'b': [2.0]} -> {a=1, b=[2.0]} (Map)",
            "java 7 (Long) -> int 7",
            "java 123456789012345678901234567890 (BigInteger) -> int 123456789012345678901234567890",
            "java 2.5 (Double) -> float 2.5",
            "java s (String) -> str 's'",
            "java false (Boolean) -> bool False",
            "java null -> NoneType None",
            "java [1, x] (List) -> list [1, 'x']",
            "java {k=[true]} (Map) -> dict {'k': [True]}",
            "handle type: function",
            "apply_twice(double, 5) -> 20 (Long)",
            "error: KeyError / 'missing' at StackEntry[file=broken.py, line=2, function=f]",
            "Traceback (most recent call last):",
            "  File \"broken.py\", line 2, in f",
            "KeyError: 'missing'",
            "after the error: 42 (Long)",
            "host module: 150 EUR",
            "  TypeError: net() takes an int amount and a float rate",
            "  LookupError: host function prices.lookup failed: no price for plum (java.util.NoSuchElementException)",
            "limit: while True: pass -> TIME_LIMIT (TimeoutError: time limit exceeded (0.2 s))",
            "limit: sum(range(10**12)) -> INSTRUCTION_LIMIT (RuntimeError: instruction limit exceeded (1000000 instructions))",
            "after the limit: 42 (Long)",
            "denied: PermissionError: open('/etc/hostname', 'r') needs the file-read permission, which this interpreter was not granted",
            "granted by default: [], available: [FILE_READ, FILE_WRITE, ENV, NETWORK, PROCESS, JAVA]",
        }) {
            assertTrue(out.contains(line + "\n"), () -> "missing: " + line + "\n--- output\n" + out);
        }
        assertTrue(out.matches("(?s).*py double -> <function double at 0x[0-9a-f]+> \\(Handle\\)\n.*"), out);
    }
}
