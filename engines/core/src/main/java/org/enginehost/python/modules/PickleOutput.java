package org.enginehost.python.modules;

import java.util.Arrays;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyObject;

/**
 * The pickler's output buffer with protocol 4 framing: while framing is on, the first write after a
 * committed frame reserves a 9-byte FRAME header, filled in (or squeezed out, for frames shorter
 * than 4 bytes) when the frame is committed. With a file, committed frames are flushed to it.
 */
final class PickleOutput {
    private byte[] buf = new byte[64];
    private int len;
    private int frameStart = -1;
    boolean framing;
    /** The file's bound {@code write} method, or null when writing to memory (dumps). */
    private final PyObject write;

    PickleOutput(PyObject write) {
        this.write = write;
    }

    private void reserve(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void startFrameIfNeeded() {
        if (framing && frameStart == -1) {
            reserve(PickleOpcodes.FRAME_HEADER_SIZE);
            frameStart = len;
            len += PickleOpcodes.FRAME_HEADER_SIZE;
        }
    }

    void writeByte(int b) {
        startFrameIfNeeded();
        reserve(1);
        buf[len++] = (byte) b;
    }

    void write2(byte op, int arg) {
        startFrameIfNeeded();
        reserve(2);
        buf[len++] = op;
        buf[len++] = (byte) arg;
    }

    void write(byte[] b, int off, int n) {
        startFrameIfNeeded();
        reserve(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    /** An opcode byte followed by a little-endian unsigned int of {@code size} bytes. */
    void writeOpSize(byte op, long value, int size) {
        startFrameIfNeeded();
        reserve(1 + size);
        buf[len++] = op;
        for (int i = 0; i < size; i++) {
            buf[len++] = (byte) (value >>> (8 * i));
        }
    }

    /** Text opcodes of protocol 0: the opcode, the ASCII text and a newline. */
    void writeLine(byte op, String text) {
        startFrameIfNeeded();
        reserve(text.length() + 2);
        buf[len++] = op;
        for (int i = 0; i < text.length(); i++) {
            buf[len++] = (byte) text.charAt(i);
        }
        buf[len++] = '\n';
    }

    /**
     * A large payload ({@code >= FRAME_SIZE_TARGET}) is written outside of frames after its header,
     * as CPython does; smaller ones go into the current frame.
     */
    void writeBytesPayload(byte[] header, byte[] data, int off, int n) {
        boolean bypass = n >= PickleOpcodes.FRAME_SIZE_TARGET;
        boolean wasFraming = framing;
        if (bypass) {
            commitFrame();
            framing = false;
        }
        write(header);
        if (bypass && write != null) {
            flush();
            write.call(new PyObject[] {new PyBytes(Arrays.copyOfRange(data, off, off + n))}, null);
        } else {
            write(data, off, n);
        }
        framing = wasFraming;
    }

    void commitFrame() {
        if (!framing || frameStart == -1) {
            return;
        }
        long frameLen = len - frameStart - PickleOpcodes.FRAME_HEADER_SIZE;
        if (frameLen >= PickleOpcodes.FRAME_SIZE_MIN) {
            buf[frameStart] = PickleOpcodes.FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) (frameLen >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + PickleOpcodes.FRAME_HEADER_SIZE, buf, frameStart, (int) frameLen);
            len -= PickleOpcodes.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    /** Called between opcodes: commits a frame that reached the target size. */
    void opcodeBoundary() {
        if (!framing || frameStart == -1) {
            return;
        }
        if (len - frameStart - PickleOpcodes.FRAME_HEADER_SIZE >= PickleOpcodes.FRAME_SIZE_TARGET) {
            commitFrame();
            if (write != null) {
                flush();
            }
        }
    }

    /** Writes the buffered bytes to the file and empties the buffer. */
    void flush() {
        if (len > 0 && write != null) {
            write.call(new PyObject[] {new PyBytes(Arrays.copyOf(buf, len))}, null);
            len = 0;
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
