package org.enginehost.jsr223;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The current {@code ScriptContext} reader as the UTF-8 bytes an interpreter's stdin delivers. */
final class ReaderInputStream extends InputStream {

    private final Supplier<Reader> source;
    private byte[] buffer = new byte[0];
    private int pos;

    ReaderInputStream(Supplier<Reader> source) {
        this.source = source;
    }

    @Override
    public synchronized int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.length - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (pos < buffer.length) {
            return true;
        }
        Reader r = source.get();
        if (r == null) {
            return false;
        }
        char[] chars = new char[4097];
        int n = r.read(chars, 0, 4096);
        if (n < 0) {
            return false;
        }
        if (Character.isHighSurrogate(chars[n - 1])) {
            int next = r.read();
            if (next >= 0) {
                chars[n++] = (char) next;
            }
        }
        buffer = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }
}
