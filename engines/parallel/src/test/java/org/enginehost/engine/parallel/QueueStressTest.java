package org.enginehost.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Source;
import org.junit.jupiter.api.Test;

/**
 * Stress: interpreters on real threads exchanging messages through concurrent.interpreters
 * queues. Every message is delivered exactly once and each producer's order is kept, also when
 * queues and interpreters are closed while traffic is in flight.
 */
class QueueStressTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String run(String program) {
        try (Interpreter in = new ParallelEngine().create(InterpreterConfig.builder().stdout(out).stderr(err).build())) {
            in.exec(Source.of("stress.py", program));
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * 8 interpreters each send 100,000 messages: into one bounded queue read by main (fan-in,
     * exactly once, per-producer order), then around a ring (each receives 100,000 in order).
     */
    @Test
    void eightInterpretersHundredThousandMessagesEach() {
        String program = """
                from concurrent import interpreters
                N = 100_000
                P = 8

                def produce(k, q, n):
                    for i in range(n):
                        q.put((k, i))
                    q.put((k, -1))

                def ring_member(k, inbox, outbox, results, n):
                    from concurrent import interpreters
                    expect = 0
                    sent = 0
                    while sent < n or expect < n:
                        if sent < n:
                            outbox.put((k, sent))
                            sent += 1
                        while expect < n:
                            try:
                                src, seq = inbox.get(block=sent >= n)
                            except interpreters.QueueEmpty:
                                break
                            if seq != expect:
                                results.put((k, 'out of order', seq, expect))
                                return
                            expect += 1
                    results.put((k, expect))

                q = interpreters.create_queue(1000)
                workers = [interpreters.create() for _ in range(P)]
                threads = [w.call_in_thread(produce, k, q, N) for k, w in enumerate(workers)]
                nexts = [0] * P
                done = 0
                total = 0
                ok = True
                while done < P:
                    k, i = q.get()
                    if i < 0:
                        done += 1
                        ok = ok and nexts[k] == N
                        continue
                    ok = ok and i == nexts[k]
                    nexts[k] = i + 1
                    total += 1
                for t in threads:
                    t.join()
                print('fan-in', total, ok, q.qsize())

                boxes = [interpreters.create_queue() for _ in range(P)]
                results = interpreters.create_queue()
                threads = [w.call_in_thread(ring_member, k, boxes[k], boxes[(k + 1) % P], results, N)
                           for k, w in enumerate(workers)]
                for t in threads:
                    t.join()
                got = sorted(results.get_nowait() for _ in range(P))
                print('ring', [r[1] for r in got])
                for w in workers:
                    w.close()
                """;
        String output = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> run(program));
        assertEquals("fan-in 800000 True 0\nring [100000, 100000, 100000, 100000, 100000, 100000, 100000, 100000]\n",
                output);
    }

    /**
     * Producers in 8 interpreters count a message as acknowledged when put() returned; main reads
     * for a while, then closes the queue under them and closes the idle interpreters while the
     * others still run. No thread hangs, and every acknowledged message is received, in order.
     */
    @Test
    void closingQueuesAndInterpretersInFlight() {
        String program = """
                from concurrent import interpreters
                P = 8

                def produce(k, q, acks):
                    from concurrent import interpreters
                    i = 0
                    try:
                        while True:
                            q.put((k, i))
                            i += 1
                    except interpreters.QueueError:
                        pass
                    acks.put((k, i))

                q = interpreters.create_queue(64)
                acks = interpreters.create_queue()
                workers = [interpreters.create() for _ in range(P)]
                spare = [interpreters.create() for _ in range(4)]
                threads = [w.call_in_thread(produce, k, q, acks) for k, w in enumerate(workers)]
                received = [[] for _ in range(P)]
                for _ in range(50_000):
                    k, i = q.get()
                    received[k].append(i)
                for s in spare:
                    s.close()
                q.close()
                while True:
                    try:
                        k, i = q.get_nowait()
                    except interpreters.QueueError:
                        break
                    received[k].append(i)
                for t in threads:
                    t.join(30)
                print('alive', [t.is_alive() for t in threads].count(True))
                acked = dict(acks.get_nowait() for _ in range(P))
                print('all acknowledged received', all(received[k] == list(range(acked[k])) for k in range(P)))
                print('interpreters', len(interpreters.list_all()))
                for w in workers:
                    w.close()
                print('after close', len(interpreters.list_all()))
                """;
        String output = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(program));
        assertEquals("alive 0\nall acknowledged received True\ninterpreters 9\nafter close 1\n", output);
    }
}
