package org.enginehost.python.runtime;

/**
 * Refuses allocations that cannot succeed, with Python's {@code MemoryError}, before the JVM
 * spends seconds growing its heap only to fail (or to take everything a time limit should
 * have stopped). Objects of more than {@link Integer#MAX_VALUE} elements do not exist on the
 * JVM, so asking for one is a MemoryError too, as it is in CPython when malloc fails; so is one
 * object larger than a quarter of the JVM's maximum heap.
 */
public final class Memory {

    /** The least a reference in an array takes (compressed oops). */
    public static final int REFERENCE_BYTES = 4;

    private Memory() {
    }

    /**
     * Fails with MemoryError unless an object of {@code elements} elements of at least
     * {@code bytesPerElement} bytes each could be allocated now.
     */
    public static void require(long elements, int bytesPerElement) {
        if (elements > Integer.MAX_VALUE - 8) {
            throw error();
        }
        long bytes = elements * bytesPerElement;
        if (bytes < (64L << 20)) {
            return; // small: not worth asking the runtime
        }
        Runtime rt = Runtime.getRuntime();
        if (bytes > rt.maxMemory() / 4) {
            // One object this big leaves the heap no room to work (copies, growth); refusing it
            // now beats seconds of heap expansion that no time limit could interrupt.
            throw error();
        }
        if (bytes > rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())) {
            System.gc(); // garbage may be what fills the heap; only on this rare, huge path
            if (bytes > rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())) {
                throw error();
            }
        }
    }

    /** A MemoryError without a message, as CPython raises it. */
    public static PyException error() {
        return new PyException(new PyBaseException(ExceptionTypes.MEMORY_ERROR, PyTuple.EMPTY));
    }
}
