package org.enginehost.engine.stackless.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.enginehost.engine.stackless.StacklessEngine;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;

/**
 * Measures the heap that N tasklets blocked on one channel take, per tasklet: live heap after a
 * full GC with the tasklets alive, minus live heap before they were made, divided by N. A
 * measuring tool, not a test (see BENCHMARKS.md for how to run it).
 *
 * <p>Usage: {@code java -cp ... TaskletFootprint [N]}
 */
public final class TaskletFootprint {
    private TaskletFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter in = new StacklessEngine().create(InterpreterConfig.builder().stdout(out).build())) {
            in.exec(Source.of("setup.py", String.join("\n",
                    "import stackless",
                    "ch = stackless.channel()",
                    "def waiter(i):",
                    "    return ch.receive() + i",
                    "")));
            long before = liveHeap();
            in.exec(Source.of("spawn.py", String.join("\n",
                    "for i in range(" + n + "):",
                    "    stackless.tasklet(waiter)(i)",
                    "stackless.run()",
                    "")));
            long after = liveHeap();
            Object balance = in.eval("ch.balance");
            System.out.printf("tasklets blocked: %d (channel balance %s)%n", n, balance);
            System.out.printf("heap per blocked tasklet: %.0f bytes%n", (after - before) / (double) n);
            System.out.printf("max heap: %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static long liveHeap() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
