package org.enginehost.engine.stackless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.enginehost.python.golden.GoldenPrograms;
import org.junit.jupiter.api.Test;

/** Scheduling rules of the stackless module (C Stackless semantics). */
class TaskletTest {

    private static GoldenPrograms.Result run(String src) {
        return GoldenPrograms.run(new StacklessEngine(), "t.py", src, null, List.of("t.py"));
    }

    @Test
    void pingPongInterleavesExactly() {
        String src = "import stackless\nch = stackless.channel()\nlog = []\n"
                + "def ping():\n    for i in range(3):\n        ch.send(i)\n        log.append('sent %d' % i)\n"
                + "def pong():\n    for i in range(3):\n        log.append('got %d' % ch.receive())\n"
                + "stackless.tasklet(ping)()\nstackless.tasklet(pong)()\nstackless.run()\nprint(log)\n";
        // preference -1: the receiver runs as soon as a value arrives, the sender goes last
        assertEquals("['got 0', 'sent 0', 'got 1', 'sent 1', 'got 2', 'sent 2']\n", run(src).stdout(),
                run(src).stderr());
    }

    @Test
    void deadlockInMainIsRuntimeError() {
        String src = "import stackless\ntry:\n    stackless.channel().receive()\nexcept RuntimeError as e:\n    print(e)\n";
        assertEquals("Deadlock: the last runnable tasklet cannot be blocked.\n", run(src).stdout());
    }

    @Test
    void killRunsFinallyAndReturnsToTheKiller() {
        String src = "import stackless\n"
                + "def w():\n    try:\n        stackless.schedule()\n    finally:\n        print('cleanup')\n"
                + "t = stackless.tasklet(w)()\nstackless.schedule()\nt.kill()\nprint('after', t.alive)\n";
        assertEquals("cleanup\nafter False\n", run(src).stdout(), run(src).stderr());
    }

    @Test
    void exceptionInATaskletIsRaisedByRun() {
        String src = "import stackless\ndef bad():\n    raise KeyError('k')\n"
                + "stackless.tasklet(bad)()\ntry:\n    stackless.run()\nexcept KeyError as e:\n    print('run raised', e)\n";
        assertEquals("run raised 'k'\n", run(src).stdout());
    }

    @Test
    void switchingInsideANestedCallIsAClearError() {
        // the key function is called by sorted() from Java, so the tasklet cannot be switched there
        String src = "import stackless\nch = stackless.channel()\n"
                + "def t():\n    try:\n        sorted([2, 1], key=lambda x: ch.receive())\n"
                + "    except RuntimeError as e:\n        print('error:', str(e).split(':')[0])\n"
                + "stackless.tasklet(t)()\nstackless.run()\n";
        assertEquals("error: cannot switch tasklets inside a call from Java code (nesting level 1)\n",
                run(src).stdout(), run(src).stderr());
    }

    @Test
    void initOfAPlainClassRunsInTheLoopAndMayBlock() {
        String src = "import stackless\nch = stackless.channel()\n"
                + "class Box:\n    def __init__(self):\n        self.v = ch.receive()\n"
                + "def t():\n    print('box', Box().v)\n"
                + "stackless.tasklet(t)()\nstackless.run()\nch.send(42)\n";
        assertEquals("box 42\n", run(src).stdout(), run(src).stderr());
    }

    @Test
    void forLoopOverAChannelBlocksAndEndsOnStopIteration() {
        String src = "import stackless\nch = stackless.channel()\n"
                + "def consumer():\n    for v in ch:\n        print('got', v)\n    print('loop ended')\n"
                + "def producer():\n    for i in range(3):\n        ch.send(i)\n    ch.send_exception(StopIteration)\n"
                + "stackless.tasklet(consumer)()\nstackless.tasklet(producer)()\nstackless.run()\n"
                + "ch.close()\nprint(list(ch), ch.closed)\n";
        assertEquals("got 0\ngot 1\ngot 2\nloop ended\n[] True\n", run(src).stdout(), run(src).stderr());
    }

    @Test
    void tenThousandBlockedTaskletsAreReleasedInOrder() {
        String src = "import stackless\nch = stackless.channel()\nout = []\n"
                + "def r(i):\n    out.append((i, ch.receive()))\n"
                + "for i in range(10000):\n    stackless.tasklet(r)(i)\nstackless.run()\nprint(ch.balance)\n"
                + "for i in range(10000):\n    ch.send(i * 2)\n"
                + "print(len(out), all(v == i * 2 for i, v in out), [i for i, _ in out] == list(range(10000)))\n";
        assertEquals("-10000\n10000 True True\n", run(src).stdout(), run(src).stderr());
    }
}
