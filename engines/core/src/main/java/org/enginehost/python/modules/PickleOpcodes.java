package org.enginehost.python.modules;

/** The opcode bytes of CPython's pickle format (protocols 0 to 5) and the framing constants. */
final class PickleOpcodes {
    private PickleOpcodes() {
    }

    static final int HIGHEST_PROTOCOL = 5;
    static final int DEFAULT_PROTOCOL = 4;
    /** Items per MARK ... APPENDS/SETITEMS/ADDITEMS batch. */
    static final int BATCHSIZE = 1000;
    /** A frame is committed once it reaches this size (bytes). */
    static final int FRAME_SIZE_TARGET = 64 * 1024;
    /** Frames shorter than this get no FRAME header. */
    static final int FRAME_SIZE_MIN = 4;
    static final int FRAME_HEADER_SIZE = 9;

    // protocol 0 and 1
    static final byte MARK = '(';
    static final byte STOP = '.';
    static final byte POP = '0';
    static final byte POP_MARK = '1';
    static final byte DUP = '2';
    static final byte FLOAT = 'F';
    static final byte INT = 'I';
    static final byte BININT = 'J';
    static final byte BININT1 = 'K';
    static final byte LONG = 'L';
    static final byte BININT2 = 'M';
    static final byte NONE = 'N';
    static final byte PERSID = 'P';
    static final byte BINPERSID = 'Q';
    static final byte REDUCE = 'R';
    static final byte STRING = 'S';
    static final byte BINSTRING = 'T';
    static final byte SHORT_BINSTRING = 'U';
    static final byte UNICODE = 'V';
    static final byte BINUNICODE = 'X';
    static final byte APPEND = 'a';
    static final byte BUILD = 'b';
    static final byte GLOBAL = 'c';
    static final byte DICT = 'd';
    static final byte EMPTY_DICT = '}';
    static final byte APPENDS = 'e';
    static final byte GET = 'g';
    static final byte BINGET = 'h';
    static final byte INST = 'i';
    static final byte LONG_BINGET = 'j';
    static final byte LIST = 'l';
    static final byte EMPTY_LIST = ']';
    static final byte OBJ = 'o';
    static final byte PUT = 'p';
    static final byte BINPUT = 'q';
    static final byte LONG_BINPUT = 'r';
    static final byte SETITEM = 's';
    static final byte TUPLE = 't';
    static final byte EMPTY_TUPLE = ')';
    static final byte SETITEMS = 'u';
    static final byte BINFLOAT = 'G';

    // protocol 2
    static final byte PROTO = (byte) 0x80;
    static final byte NEWOBJ = (byte) 0x81;
    static final byte EXT1 = (byte) 0x82;
    static final byte EXT2 = (byte) 0x83;
    static final byte EXT4 = (byte) 0x84;
    static final byte TUPLE1 = (byte) 0x85;
    static final byte TUPLE2 = (byte) 0x86;
    static final byte TUPLE3 = (byte) 0x87;
    static final byte NEWTRUE = (byte) 0x88;
    static final byte NEWFALSE = (byte) 0x89;
    static final byte LONG1 = (byte) 0x8a;
    static final byte LONG4 = (byte) 0x8b;

    // protocol 3
    static final byte BINBYTES = 'B';
    static final byte SHORT_BINBYTES = 'C';

    // protocol 4
    static final byte SHORT_BINUNICODE = (byte) 0x8c;
    static final byte BINUNICODE8 = (byte) 0x8d;
    static final byte BINBYTES8 = (byte) 0x8e;
    static final byte EMPTY_SET = (byte) 0x8f;
    static final byte ADDITEMS = (byte) 0x90;
    static final byte FROZENSET = (byte) 0x91;
    static final byte NEWOBJ_EX = (byte) 0x92;
    static final byte STACK_GLOBAL = (byte) 0x93;
    static final byte MEMOIZE = (byte) 0x94;
    static final byte FRAME = (byte) 0x95;

    // protocol 5
    static final byte BYTEARRAY8 = (byte) 0x96;
    static final byte NEXT_BUFFER = (byte) 0x97;
    static final byte READONLY_BUFFER = (byte) 0x98;
}
