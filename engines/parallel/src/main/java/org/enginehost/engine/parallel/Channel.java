package org.enginehost.engine.parallel;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.enginehost.python.modules.Args;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ThreadState;

/**
 * A PEP 554 (v3) channel: an unbuffered rendezvous FIFO of bytes between interpreters. A sender
 * blocks until a receiver has taken its object; {@code send_nowait} hands an object only to a
 * receiver already blocked in {@code recv}. Each end remembers the interpreters associated with
 * it (by using it); {@code close()} drops the caller's association, and the channel closes when
 * no interpreter is associated with either end. All state is guarded by the channel's monitor.
 */
final class Channel {
    static final PyType RECV = new PyType("RecvChannel", new PyType[] {PyType.OBJECT}, null, "interpreters");
    static final PyType SEND = new PyType("SendChannel", new PyType[] {PyType.OBJECT}, null, "interpreters");

    static {
        RECV.addMethod("recv", (a, k) -> {
            Args.bind("recv", a, k, new String[] {"self"}, 1, 1);
            return ((End) a[0]).channel.recv();
        });
        RECV.addMethod("recv_nowait", (a, k) -> {
            PyObject[] p = Args.bind("recv_nowait", a, k, new String[] {"self", "default"}, 1, 2);
            return ((End) a[0]).channel.recvNowait(p[1] == null ? PyNone.NONE : p[1]);
        });
        SEND.addMethod("send", (a, k) -> {
            PyObject[] p = Args.bind("send", a, k, new String[] {"self", "obj"}, 2, 2);
            ((End) a[0]).channel.send(p[1]);
            return PyNone.NONE;
        });
        SEND.addMethod("send_nowait", (a, k) -> {
            PyObject[] p = Args.bind("send_nowait", a, k, new String[] {"self", "obj"}, 2, 2);
            return PyBool.of(((End) a[0]).channel.sendNowait(p[1]));
        });
        for (PyType t : new PyType[] {RECV, SEND}) {
            t.addMethod("close", (a, k) -> {
                Args.bind("close", a, k, new String[] {"self"}, 1, 1);
                End e = (End) a[0];
                return PyBool.of(e.channel.close(e.sending));
            });
        }
    }

    /** One object on its way: taken by a receiver, which then sets {@code taken}. */
    private static final class Offer {
        final PyObject value;
        boolean taken;

        Offer(PyObject value) {
            this.value = value;
        }
    }

    final long id;
    private final Registry registry;
    final End recvEnd;
    final End sendEnd;
    private final ArrayDeque<Offer> offers = new ArrayDeque<>();
    /** Receivers blocked in recv() not yet served. */
    private int waitingReceivers;
    private final Set<Long> recvUsers = new TreeSet<>();
    private final Set<Long> sendUsers = new TreeSet<>();
    private final Set<Long> recvClosedBy = new HashSet<>();
    private final Set<Long> sendClosedBy = new HashSet<>();
    private boolean closed;

    Channel(Registry registry, long id) {
        this.registry = registry;
        this.id = id;
        this.recvEnd = new End(this, false);
        this.sendEnd = new End(this, true);
    }

    private static long caller() {
        return Errors.current().id;
    }

    private static PyException eof() {
        return PyErr.format(ExceptionTypes.EOF_ERROR, "channel closed");
    }

    /** Checks the channel and the caller's end are open, and associates the caller with the end. */
    private long use(boolean sending) {
        long me = caller();
        if (closed || (sending ? sendClosedBy : recvClosedBy).contains(me)) {
            throw eof();
        }
        (sending ? sendUsers : recvUsers).add(me);
        return me;
    }

    private static PyObject checkBytes(PyObject v) {
        if (v.getType() != PyBytes.TYPE) {
            throw PyErr.typeError("channels carry bytes only, not '" + v.getType().name + "'");
        }
        return v;
    }

    void send(PyObject v) {
        checkBytes(v);
        synchronized (this) {
            use(true);
            Offer o = new Offer(v);
            offers.addLast(o);
            notifyAll();
            try {
                while (!o.taken) {
                    if (closed) {
                        offers.remove(o);
                        throw eof();
                    }
                    wait();
                }
            } catch (InterruptedException e) {
                ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
                offers.remove(o);
                Thread.currentThread().interrupt();
                throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
            }
        }
    }

    synchronized boolean sendNowait(PyObject v) {
        checkBytes(v);
        use(true);
        // Only a receiver already waiting, beyond those that pending offers will serve, takes it.
        if (waitingReceivers > offers.size()) {
            Offer o = new Offer(v);
            o.taken = true;
            offers.addLast(o);
            notifyAll();
            return true;
        }
        return false;
    }

    synchronized PyObject recv() {
        use(false);
        waitingReceivers++;
        try {
            while (offers.isEmpty()) {
                if (closed) {
                    throw eof();
                }
                wait();
            }
        } catch (InterruptedException e) {
            ThreadState.tickCurrent(0); // interrupted by a cancel or time limit: stop, not KeyboardInterrupt
            Thread.currentThread().interrupt();
            throw PyErr.format(ExceptionTypes.KEYBOARD_INTERRUPT, "");
        } finally {
            waitingReceivers--;
        }
        return take();
    }

    synchronized PyObject recvNowait(PyObject dflt) {
        use(false);
        return offers.isEmpty() ? dflt : take();
    }

    private PyObject take() {
        Offer o = offers.removeFirst();
        o.taken = true;
        notifyAll();
        return o.value;
    }

    synchronized boolean close(boolean sending) {
        long me = caller();
        if (closed) {
            throw eof();
        }
        Set<Long> users = sending ? sendUsers : recvUsers;
        if (!users.remove(me)) {
            return false;
        }
        (sending ? sendClosedBy : recvClosedBy).add(me);
        if (recvUsers.isEmpty() && sendUsers.isEmpty()) {
            closed = true;
            registry.channels.remove(id);
            notifyAll();
        }
        return true;
    }

    synchronized long[] users(boolean sending) {
        return (sending ? sendUsers : recvUsers).stream().mapToLong(Long::longValue).toArray();
    }

    /** One end of a channel: the object interpreters pass around (shareable). */
    static final class End extends PyObject {
        final Channel channel;
        final boolean sending;

        End(Channel channel, boolean sending) {
            this.channel = channel;
            this.sending = sending;
        }

        @Override
        public PyType getType() {
            return sending ? SEND : RECV;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "id":
                    return PyInt.of(channel.id);
                case "interpreters": {
                    PyModule m = (PyModule) Errors.current().importName("interpreters", 0, true, null);
                    PyObject cls = m.dict.get(new PyStr("Interpreter"));
                    PyList out = new PyList();
                    for (long id : channel.users(sending)) {
                        out.append(cls.call(new PyObject[] {PyInt.of(id)}, null));
                    }
                    return out;
                }
                default:
                    return super.getAttr(name);
            }
        }

        @Override
        public String repr() {
            return (sending ? "SendChannel" : "RecvChannel") + "(id=" + channel.id + ")";
        }
    }
}
