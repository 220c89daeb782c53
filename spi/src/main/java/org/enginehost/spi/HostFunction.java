package org.enginehost.spi;

import java.util.List;

/**
 * A Java function a script can call through a {@link HostModule}. Arguments arrive converted to
 * plain Java values exactly as {@link Interpreter#get} would return them; the result is converted
 * back the way {@link Interpreter#set} converts a value.
 *
 * <p>An exception thrown here reaches the script as one of the language's exceptions with a
 * clear message and never as a Java stack trace. The Python engines map
 * {@link IllegalArgumentException} to {@code ValueError}, {@link ClassCastException} to
 * {@code TypeError}, {@link ArithmeticException} to {@code ArithmeticError},
 * {@link IndexOutOfBoundsException} to {@code IndexError},
 * {@link java.util.NoSuchElementException} to {@code LookupError},
 * {@link UnsupportedOperationException} to {@code NotImplementedError},
 * {@link java.io.IOException} to {@code OSError}, {@link HostFunction.TypeMismatch} to
 * {@code TypeError}, and anything else to {@code RuntimeError}; the message names the
 * function and the Java exception's class.
 */
@FunctionalInterface
public interface HostFunction {

    /** Runs the function on converted arguments (an unmodifiable list) and returns its result. */
    Object call(List<Object> args) throws Exception;

    /**
     * Thrown by a host function that received an argument of the wrong type; the script sees
     * the language's type error with exactly this message (no function name or class added).
     */
    final class TypeMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String function;
        private final int index;
        private final transient Class<?> expected;
        private final transient Object actual;

        /** A type error whose message the script sees as it is. */
        public TypeMismatch(String message) {
            super(message, null, false, false);
            this.function = null;
            this.index = -1;
            this.expected = null;
            this.actual = null;
        }

        /**
         * Argument {@code index} (from 0) of {@code function} should have been a {@code expected}
         * but was {@code actual}; the engine words the message in the language's type names.
         */
        public TypeMismatch(String function, int index, Class<?> expected, Object actual) {
            super(function + "() argument " + (index + 1) + " must be " + expected.getSimpleName() + ", not "
                    + (actual == null ? "null" : actual.getClass().getSimpleName()), null, false, false);
            this.function = function;
            this.index = index;
            this.expected = expected;
            this.actual = actual;
        }

        /** The function whose argument did not fit, or null for a free-form message. */
        public String function() {
            return function;
        }

        /** The position of the argument, from 0; -1 for a free-form message. */
        public int index() {
            return index;
        }

        /** The Java type the argument should have converted to, or null. */
        public Class<?> expected() {
            return expected;
        }

        /** The argument as passed (a plain Java value), or null. */
        public Object actual() {
            return actual;
        }
    }
}
