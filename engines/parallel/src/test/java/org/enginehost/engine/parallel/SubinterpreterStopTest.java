package org.enginehost.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Limits;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;

/** A time limit or cancel() of the main interpreter stops the code its subinterpreters and threads run. */
class SubinterpreterStopTest {

    @Test
    void timeLimitStopsBusySubinterpretersAndTheirThreads() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig config = InterpreterConfig.builder().stdout(new ByteArrayOutputStream()).stderr(err)
                .limits(Limits.none().withTimeLimit(Duration.ofMillis(500))).build();
        try (Interpreter py = new ParallelEngine().create(config)) {
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec(Source.of("busy.py", String.join("\n",
                    "import threading",
                    "from concurrent import interpreters",
                    "a, b = interpreters.create(), interpreters.create()",
                    "threading.Thread(target=a.exec, args=('while True:\\n    pass\\n',)).start()",
                    "q = interpreters.create_queue()",
                    "b.exec('x = 0\\nwhile True:\\n    x += 1\\n')",
                    ""))));
            assertEquals(ScriptException.Kind.TIME_LIMIT, e.kind(), e.formatted());
            // usable again, and the stopped subinterpreter thread left no Java trace behind
            assertEquals(4L, py.eval("2 + 2"));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertFalse(stderr.contains("CancelledSignal") || stderr.contains("\tat "), stderr);
    }

    @Test
    void timeLimitReachesAMainThreadBlockedOnAQueue() {
        InterpreterConfig config = InterpreterConfig.builder().stdout(new ByteArrayOutputStream())
                .limits(Limits.none().withTimeLimit(Duration.ofMillis(500))).build();
        try (Interpreter py = new ParallelEngine().create(config)) {
            ScriptException e = assertThrows(ScriptException.class, () -> py.exec(Source.of("wait.py",
                    "from concurrent import interpreters\nq = interpreters.create_queue()\nq.get()\n")));
            assertEquals(ScriptException.Kind.TIME_LIMIT, e.kind(), e.formatted());
        }
    }
}
