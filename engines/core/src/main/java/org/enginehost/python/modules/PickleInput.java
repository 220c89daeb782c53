package org.enginehost.python.modules;

import java.util.Arrays;
import org.enginehost.python.runtime.BytesBase;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;

/**
 * The unpickler's input: an in-memory pickle (loads), or a file read on demand through its
 * {@code read} and {@code readline} methods, never reading past the end of the pickle.
 */
final class PickleInput {
    private byte[] buf;
    private int pos;
    private int end;
    private final PyObject read;
    private final PyObject readline;

    PickleInput(byte[] data) {
        this.buf = data;
        this.end = data.length;
        this.read = null;
        this.readline = null;
    }

    PickleInput(PyObject read, PyObject readline) {
        this.buf = new byte[0];
        this.read = read;
        this.readline = readline;
    }

    private static byte[] bytesOf(PyObject o, String what) {
        if (!(o instanceof BytesBase)) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.getType().name + "'");
        }
        return ((BytesBase) o).toByteArray();
    }

    private void append(byte[] more) {
        int avail = end - pos;
        byte[] nb = new byte[avail + more.length];
        System.arraycopy(buf, pos, nb, 0, avail);
        System.arraycopy(more, 0, nb, avail, more.length);
        buf = nb;
        pos = 0;
        end = nb.length;
    }

    /** Makes n bytes available; false when the input ends first. */
    boolean ensure(int n) {
        if (end - pos >= n) {
            return true;
        }
        if (read == null) {
            return false;
        }
        byte[] more = bytesOf(read.call(new PyObject[] {PyInt.of(n - (end - pos))}, null), "read");
        append(more);
        return end - pos >= n;
    }

    /** The next opcode, or -1 at the end of input. */
    int opcode() {
        if (!ensure(1)) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xff;
    }

    private void need(int n) {
        if (n < 0 || !ensure(n)) {
            throw PickleSupport.unpicklingError("pickle data was truncated");
        }
    }

    /** A little-endian unsigned integer of {@code size} bytes (size at most 8). */
    long uint(int size) {
        need(size);
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (long) (buf[pos + i] & 0xff) << (8 * i);
        }
        pos += size;
        return v;
    }

    byte[] bytes(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "pickle data too large");
        }
        need((int) n);
        byte[] r = Arrays.copyOfRange(buf, pos, pos + (int) n);
        pos += (int) n;
        return r;
    }

    /** A line without its newline (protocol 0 arguments). */
    byte[] line() {
        for (;;) {
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    byte[] r = Arrays.copyOfRange(buf, pos, i);
                    pos = i + 1;
                    return r;
                }
            }
            if (readline == null) {
                throw PickleSupport.unpicklingError("pickle data was truncated");
            }
            byte[] more = bytesOf(readline.call(new PyObject[0], null), "readline");
            if (more.length == 0) {
                throw PickleSupport.unpicklingError("pickle data was truncated");
            }
            append(more);
        }
    }

    /** FRAME: with a file, reads the whole frame now; in memory, checks that it is all there. */
    void frame(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErr.valueError("frame size > sys.maxsize: " + n);
        }
        need((int) n);
    }
}
