package org.enginehost.python.eval;

import static org.enginehost.python.code.Opcode.BEFORE_WITH;
import static org.enginehost.python.code.Opcode.BUILD_SET;
import static org.enginehost.python.code.Opcode.COPY_DICT_WITHOUT_KEYS;
import static org.enginehost.python.code.Opcode.DICT_UPDATE;
import static org.enginehost.python.code.Opcode.GET_AWAITABLE;
import static org.enginehost.python.code.Opcode.GET_LEN;
import static org.enginehost.python.code.Opcode.GET_YIELD_FROM_ITER;
import static org.enginehost.python.code.Opcode.IMPORT_STAR;
import static org.enginehost.python.code.Opcode.LIST_TO_TUPLE;
import static org.enginehost.python.code.Opcode.MATCH_CLASS;
import static org.enginehost.python.code.Opcode.MATCH_KEYS;
import static org.enginehost.python.code.Opcode.MATCH_MAPPING;
import static org.enginehost.python.code.Opcode.MATCH_SEQUENCE;
import static org.enginehost.python.code.Opcode.SET_ADD;
import static org.enginehost.python.code.Opcode.SET_UPDATE;
import static org.enginehost.python.code.Opcode.UNPACK_EX;
import static org.enginehost.python.code.Opcode.WITH_EXCEPT_START;

import org.enginehost.python.runtime.FlowOps;
import org.enginehost.python.runtime.Frame;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyGenerator;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;

/**
 * The baseline's control-flow instructions beyond the core set (yield-from, star unpacking,
 * set displays, with, match, import *): kept out of {@link FrameLoop} so its dispatch methods
 * stay small. Returns the new stack pointer; SEND may also set {@link Frame#pc}.
 */
final class FlowInstructions {
    private FlowInstructions() {
    }

    /**
     * SEND through the iterator protocol (or a generator resumed by a nested run): sends the value
     * on top of the stack to the receiver below it; pushes the value it yields, or, when it
     * returns, replaces the receiver with the return value and jumps to the argument.
     */
    static int send(Frame f, PyObject[] s, int sp, int w) {
        int arg = w >>> 8;
        PyObject recv = s[sp - 2];
        PyObject v = s[sp - 1];
        PyObject r;
        PyObject ret;
        if (recv instanceof PyGenerator g) {
            r = g.sendRaw(v);
            ret = g.returnValue;
        } else {
            PyObject[] out = new PyObject[1];
            r = FlowOps.send(recv, v, out);
            ret = out[0];
        }
        if (r != null) {
            s[sp - 1] = r;
            return sp;
        }
        s[--sp] = null;
        s[sp - 1] = ret;
        f.pc = arg;
        return sp;
    }

    static int execute(FrameLoop loop, Frame f, PyObject[] s, int sp, int w) {
        int arg = w >>> 8;
        switch (w & 0xFF) {
            case GET_YIELD_FROM_ITER:
                s[sp - 1] = FlowOps.yieldFromIter(s[sp - 1]);
                return sp;
            case GET_AWAITABLE:
                s[sp - 1] = FlowOps.awaitable(s[sp - 1]);
                return sp;
            case UNPACK_EX: {
                int before = arg & 0xFF;
                int after = arg >>> 8;
                PyObject[] items = FlowOps.unpackEx(s[--sp], before, after);
                int n = items.length;
                for (int i = 0; i < n; i++) {
                    s[sp + i] = items[n - 1 - i];
                }
                return sp + n;
            }
            case BUILD_SET: {
                PyObject v = FlowOps.buildSet(f.builtins, s, sp - arg, arg);
                for (int i = sp - arg; i < sp; i++) {
                    s[i] = null;
                }
                sp -= arg;
                s[sp++] = v;
                return sp;
            }
            case SET_ADD: {
                PyObject v = s[--sp];
                s[sp] = null;
                FlowOps.setAdd(s[sp - arg], v);
                return sp;
            }
            case SET_UPDATE: {
                PyObject v = s[--sp];
                s[sp] = null;
                FlowOps.setUpdate(s[sp - arg], v);
                return sp;
            }
            case DICT_UPDATE: {
                PyObject v = s[--sp];
                s[sp] = null;
                FlowOps.dictUpdate(s[sp - arg], v);
                return sp;
            }
            case LIST_TO_TUPLE:
                s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                return sp;
            case BEFORE_WITH: {
                PyObject[] r = FlowOps.beforeWith(s[sp - 1]);
                s[sp - 1] = r[0];
                s[sp++] = r[1];
                return sp;
            }
            case WITH_EXCEPT_START: {
                PyObject v = FlowOps.withExceptStart(s[sp - 3], s[sp - 1]);
                s[sp++] = v;
                return sp;
            }
            case MATCH_SEQUENCE:
                s[sp] = PyBool.of(FlowOps.isMatchSequence(s[sp - 1]));
                return sp + 1;
            case MATCH_MAPPING:
                s[sp] = PyBool.of(FlowOps.isMatchMapping(s[sp - 1]));
                return sp + 1;
            case GET_LEN:
                s[sp] = PyInt.of(s[sp - 1].len());
                return sp + 1;
            case MATCH_KEYS:
                s[sp] = FlowOps.matchKeys(s[sp - 2], s[sp - 1]);
                return sp + 1;
            case COPY_DICT_WITHOUT_KEYS:
                s[sp - 1] = FlowOps.dictWithoutKeys(s[sp - 2], s[sp - 1]);
                return sp;
            case MATCH_CLASS: {
                PyObject v = FlowOps.matchClass(s[sp - 3], s[sp - 2], arg, s[sp - 1]);
                s[--sp] = null;
                s[--sp] = null;
                s[sp - 1] = v;
                return sp;
            }
            case IMPORT_STAR:
                FlowOps.importStar(s[--sp], f.locals);
                s[sp] = null;
                return sp;
            default:
                throw FrameLoop.unknown(f, w);
        }
    }
}
