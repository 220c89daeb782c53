package org.enginehost.spi;

/** Features an embedder may select an engine by. Not every engine has every capability. */
public enum Capability {
    /** Lightweight cooperative threads (tasklets, greenlets) scheduled inside one interpreter. */
    TASKLETS,
    /** Synchronous channels between tasklets or interpreters. */
    CHANNELS,
    /** Several isolated interpreters running on real cores at once. */
    PARALLEL_INTERPRETERS,
    /** Recursion bounded by the heap, not by the Java thread stack. */
    UNBOUNDED_RECURSION,
    /** Suspended execution state can be serialized and resumed elsewhere. */
    SERIALIZABLE_STATE,
    /** The scheduler can interrupt running code after a budget of instructions. */
    PREEMPTION;

    /** The name shown to users: lower case with dashes, e.g. {@code parallel-interpreters}. */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
