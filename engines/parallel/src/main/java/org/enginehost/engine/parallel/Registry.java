package org.enginehost.engine.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.ThreadState;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the interpreters of one main interpreter have in common: the table of live interpreters
 * and the id counters of interpreters, queues and channels. Everything here is thread-safe;
 * nothing here is a Python object of any one interpreter.
 */
final class Registry {
    final ParallelInterpreter main;
    private final AtomicLong nextInterpreterId = new AtomicLong(1);
    final AtomicLong nextQueueId = new AtomicLong(1);
    final AtomicLong nextChannelId = new AtomicLong(1);
    private final Map<Long, ParallelInterpreter> live = new ConcurrentSkipListMap<>();
    /** Open PEP 554 channels in creation order. */
    final Map<Long, Channel> channels = new ConcurrentSkipListMap<>();
    /** Started non-daemon Python threads of every interpreter, joined at shutdown. */
    private final ConcurrentLinkedQueue<Thread> nonDaemon = new ConcurrentLinkedQueue<>();

    Registry(ParallelInterpreter main) {
        this.main = main;
        live.put(0L, main);
    }

    ParallelInterpreter create() {
        long id = nextInterpreterId.getAndIncrement();
        ParallelInterpreter interp = new ParallelInterpreter(main, id);
        live.put(id, interp);
        return interp;
    }

    /** The live interpreter {@code id}, or null. */
    ParallelInterpreter get(long id) {
        return live.get(id);
    }

    void remove(ParallelInterpreter interp) {
        live.remove(interp.id);
    }

    List<ParallelInterpreter> all() {
        return new ArrayList<>(live.values());
    }

    /** Threads running code of some interpreter through {@link ParallelInterpreter#enter}, with their state. */
    final Map<Thread, ThreadState> entered = new java.util.concurrent.ConcurrentHashMap<>();

    /** The main interpreter's call is stopping (cancel, time limit): stop every thread running Python code. */
    void stopAll() {
        entered.forEach((thread, ts) -> {
            ts.cancelRequested = true;
            thread.interrupt();
        });
    }

    void addNonDaemon(Thread t) {
        nonDaemon.add(t);
    }

    void joinNonDaemonThreads() {
        Thread t;
        while ((t = nonDaemon.poll()) != null) {
            if (t == Thread.currentThread()) {
                continue;
            }
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
