package org.enginehost.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * UTF-8 bytes written by an interpreter, decoded into whichever {@link Writer} the current
 * {@code ScriptContext} names. A character split across two writes is kept until it is whole.
 */
final class WriterOutputStream extends OutputStream {

    private final Supplier<Writer> target;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Supplier<Writer> target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            drain();
        }
    }

    private void drain() throws IOException {
        pending.flip();
        Writer w = target.get();
        while (true) {
            var result = decoder.decode(pending, chars, false);
            chars.flip();
            if (chars.hasRemaining()) {
                w.write(chars.array(), chars.position(), chars.remaining());
            }
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public synchronized void flush() throws IOException {
        target.get().flush();
    }
}
