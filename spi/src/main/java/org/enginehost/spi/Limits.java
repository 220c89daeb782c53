package org.enginehost.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Resource limits for one interpreter. A limit that is not set is not enforced, except the
 * recursion limit, whose default is the language's usual one.
 */
public final class Limits {

    /** The recursion limit when none is set, the same as CPython's. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    private static final Limits NONE = new Limits(DEFAULT_RECURSION_LIMIT, 0, null);

    private final int recursionLimit;
    private final long instructionLimit;
    private final Duration timeLimit;

    private Limits(int recursionLimit, long instructionLimit, Duration timeLimit) {
        if (recursionLimit < 1) {
            throw new IllegalArgumentException("recursion limit must be at least 1: " + recursionLimit);
        }
        if (instructionLimit < 0) {
            throw new IllegalArgumentException("instruction limit must not be negative: " + instructionLimit);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
        this.recursionLimit = recursionLimit;
        this.instructionLimit = instructionLimit;
        this.timeLimit = timeLimit;
    }

    public static Limits none() {
        return NONE;
    }

    /** Initial recursion limit; scripts may change it (in Python with sys.setrecursionlimit). */
    public int recursionLimit() {
        return recursionLimit;
    }

    /**
     * Maximum number of executed instructions per top-level call ({@code exec}, {@code eval},
     * {@code call}, {@code run}); 0 means unlimited. What one instruction is belongs to the engine,
     * which documents how it counts; a script that exceeds the budget stops with a
     * {@link ScriptException} of kind {@link ScriptException.Kind#INSTRUCTION_LIMIT}.
     */
    public long instructionLimit() {
        return instructionLimit;
    }

    /** Wall-clock limit per top-level call, if any. */
    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    public Limits withRecursionLimit(int limit) {
        return new Limits(limit, instructionLimit, timeLimit);
    }

    public Limits withInstructionLimit(long limit) {
        return new Limits(recursionLimit, limit, timeLimit);
    }

    public Limits withTimeLimit(Duration limit) {
        return new Limits(recursionLimit, instructionLimit, limit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits l
                && l.recursionLimit == recursionLimit
                && l.instructionLimit == instructionLimit
                && Objects.equals(l.timeLimit, timeLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recursionLimit, instructionLimit, timeLimit);
    }

    @Override
    public String toString() {
        return "Limits[recursion=" + recursionLimit + ", instructions=" + instructionLimit
                + ", time=" + timeLimit + "]";
    }
}
