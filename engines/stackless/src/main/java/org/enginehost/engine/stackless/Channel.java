package org.enginehost.engine.stackless;

import java.util.ArrayDeque;
import org.enginehost.python.eval.FrameLoop;
import org.enginehost.python.eval.LoopIterator;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/**
 * A Stackless channel: a FIFO queue of tasklets blocked sending (balance &gt; 0) or receiving
 * (balance &lt; 0). A send meeting a waiting receiver, or a receive meeting a waiting sender,
 * hands the value over; {@link #preference} decides which side runs on (-1: the receiver, 1: the
 * sender, 0: the caller), and {@link #scheduleAll} makes the caller yield either way.
 *
 * <p>The Python-facing methods and attributes are in {@link ChannelType}.
 */
final class Channel extends LoopIterator {
    final Scheduler scheduler;
    final ArrayDeque<Tasklet> queue = new ArrayDeque<>(2);
    int balance;
    int preference = -1;
    boolean scheduleAll;
    boolean closing;

    Channel(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public PyType getType() {
        return ChannelType.TYPE;
    }

    /** send(value): {@code value} may be a {@link Bomb}, which the receiver raises. */
    PyObject send(HeapLoop loop, Frame caller, PyObject value) {
        Scheduler s = scheduler;
        Tasklet cur = s.current;
        callback(cur, true, balance >= 0);
        if (balance < 0) {
            checkHandOffSwitch(loop, 1);
            Tasklet receiver = take();
            receiver.tempval = value;
            return handOff(caller, receiver, 1, PyNone.NONE);
        }
        checkBlock(loop);
        cur.sendValue = value;
        enqueue(cur, 1);
        cur.tempval = PyNone.NONE;
        return s.block(caller);
    }

    /** receive(): the value sent, raising a sent exception. */
    PyObject receive(HeapLoop loop, Frame caller) {
        Scheduler s = scheduler;
        Tasklet cur = s.current;
        callback(cur, false, balance <= 0);
        if (balance > 0) {
            checkHandOffSwitch(loop, -1);
            Tasklet sender = take();
            PyObject v = sender.sendValue;
            sender.sendValue = null;
            sender.tempval = PyNone.NONE;
            return handOff(caller, sender, -1, v);
        }
        checkBlock(loop);
        enqueue(cur, -1);
        return s.block(caller);
    }

    /** The first waiting tasklet, unblocked. */
    private Tasklet take() {
        Tasklet t = queue.pollFirst();
        balance -= t.blockedDir;
        t.blockedOn = null;
        return t;
    }

    private void enqueue(Tasklet t, int dir) {
        queue.addLast(t);
        balance += dir;
        t.blockedOn = this;
        t.blockedDir = dir;
    }

    /** Takes a blocked tasklet out of the queue (kill, throw, an exception re-raised in main). */
    void removeWaiter(Tasklet t) {
        queue.remove(t);
        balance -= t.blockedDir;
        t.blockedOn = null;
        t.sendValue = null;
    }

    private boolean handOffSwitches(int dir) {
        return scheduleAll || preference == -dir;
    }

    private void checkHandOffSwitch(HeapLoop loop, int dir) {
        if (handOffSwitches(dir)) {
            scheduler.checkSwitch(loop);
        }
    }

    /**
     * The value went to (or came from) {@code partner}: make it runnable and decide who runs on.
     * {@code callerResult} is what the caller's operation returns.
     */
    private PyObject handOff(Frame caller, Tasklet partner, int dir, PyObject callerResult) {
        Scheduler s = scheduler;
        Tasklet cur = s.current;
        if (scheduleAll) {
            s.append(partner);
            cur.tempval = callerResult;
            return s.switchTo(caller, cur.next);
        }
        if (preference == -dir) {
            s.insertAfter(partner, cur);
            cur.tempval = callerResult;
            return s.switchTo(caller, partner);
        }
        s.append(partner);
        if (callerResult instanceof Bomb) {
            throw ((Bomb) callerResult).toException();
        }
        return callerResult;
    }

    private void checkBlock(HeapLoop loop) {
        Scheduler s = scheduler;
        if (s.current.blockTrap) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "this tasklet does not like to be blocked.");
        }
        if (closing) {
            throw PyErr.valueError("Send/receive operation on a closed channel");
        }
        if (s.blockingWouldDeadlock()) {
            throw Scheduler.deadlock();
        }
        s.checkSwitch(loop);
    }

    private void callback(Tasklet t, boolean sending, boolean willBlock) {
        PyObject cb = scheduler.channelCallback;
        if (cb != null) {
            cb.call(new PyObject[] {this, t, PyBool.of(sending), PyBool.of(willBlock)}, null);
        }
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = ChannelType.attribute(this, name);
        return v != null ? v : super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (!ChannelType.setAttribute(this, name, value)) {
            super.setAttr(name, value);
        }
    }

    @Override
    public PyObject iter() {
        return this;
    }

    /** Iteration over the channel has ended: it is closing and no sender waits. */
    boolean exhausted() {
        return closing && balance <= 0;
    }

    /** {@code for x in channel}: receives in the loop, so the tasklet can block. */
    @Override
    protected PyObject nextInLoop(FrameLoop loop, Frame caller) {
        if (exhausted()) {
            return null;
        }
        return receive((HeapLoop) loop, caller);
    }

    /** Iteration from Java code (a nested call): a receive that cannot switch. */
    @Override
    public PyObject next() {
        if (exhausted()) {
            return null;
        }
        return receive(null, null);
    }

    @Override
    public String repr() {
        return "<stackless.channel object at " + org.enginehost.python.runtime.Operations.address(this) + ">";
    }
}
