package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The builtin exception hierarchy, as shared PyType objects. */
public final class ExceptionTypes {
    private static final List<PyType> ALL = new ArrayList<>();

    public static final PyType BASE_EXCEPTION = make("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);

    /** PEP 654. ExceptionGroup derives from both BaseExceptionGroup and Exception (its MRO is set below). */
    public static final PyType BASE_EXCEPTION_GROUP = make("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = make("ExceptionGroup", BASE_EXCEPTION_GROUP);

    static {
        BASE_EXCEPTION_GROUP.setConstructor(ExceptionGroups::construct);
        EXCEPTION_GROUP.bases = new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION};
        EXCEPTION_GROUP.mro = new PyType[] {EXCEPTION_GROUP, BASE_EXCEPTION_GROUP, EXCEPTION, BASE_EXCEPTION,
            PyType.OBJECT};
    }

    private ExceptionTypes() {
    }

    private static PyType make(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, base == PyType.OBJECT ? ExceptionTypes::construct : null);
        ALL.add(t);
        return t;
    }

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (nk > 0 && !type.isSubtypeOf(IMPORT_ERROR)) {
            throw PyErr.typeError(type.name + "() takes no keyword arguments");
        }
        PyBaseException e = new PyBaseException(type, new PyTuple(java.util.Arrays.copyOf(args, args.length - nk)));
        for (int i = 0; i < nk; i++) {
            // ImportError's name= and path= (checked again by __init__, which sets them too).
            if (!kwnames[i].equals("name") && !kwnames[i].equals("path")) {
                throw PyErr.typeError("'" + kwnames[i] + "' is an invalid keyword argument for " + type.name + "()");
            }
            e.attrs.put(new PyStr(kwnames[i]), args[args.length - nk + i]);
        }
        if (type.isSubtypeOf(SYSTEM_EXIT)) {
            e.setAttr("code", args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : e.args);
        }
        return e;
    }

    /** Every builtin exception type, for the builtins module. */
    public static List<PyType> all() {
        return Collections.unmodifiableList(ALL);
    }
}
