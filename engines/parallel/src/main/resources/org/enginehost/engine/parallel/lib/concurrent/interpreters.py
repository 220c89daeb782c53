"""Subinterpreters with their own modules and objects, running on real threads (PEP 734)."""
import _interpreters
import queue as _queue
import threading as _threading

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found."""


class NotShareableError(ValueError):
    """The object cannot be shared between interpreters."""


class QueueError(Exception):
    """Indicates that some queue-related operation failed."""


class QueueEmpty(QueueError, _queue.Empty):
    """Raised from get_nowait() when the queue is empty."""


class QueueFull(QueueError, _queue.Full):
    """Raised from put_nowait() when the queue is full."""


class _ExcTypeSnapshot:
    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return "<class '%s.%s'>" % (self.__module__, self.__qualname__) if self.__module__ != 'builtins' \
            else "<class '%s'>" % self.__qualname__


class _ExcInfo:
    """A snapshot of an exception raised in another interpreter."""

    def __init__(self, info):
        name, qualname, module, msg, formatted = info
        self.type = _ExcTypeSnapshot(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = formatted

    def __repr__(self):
        return 'ExceptionSnapshot(type=%r, msg=%r)' % (self.type.__name__, self.msg)


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution."""

    def __init__(self, excinfo):
        msg = excinfo.type.__name__
        if excinfo.msg:
            msg = '%s: %s' % (msg, excinfo.msg)
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        return '%s\n\nUncaught in the interpreter:\n\n%s' % (self.args[0], self.excinfo.formatted.rstrip('\n'))


_known = {}


class Interpreter:
    """A single Python interpreter."""

    def __new__(cls, id, /, _whence=None):
        if type(id) is not int:
            raise TypeError('id must be an int, got %r' % (id,))
        self = _known.get(id)
        if self is not None:
            return self
        if not _interpreters.exists(id):
            raise InterpreterNotFoundError('unrecognized interpreter ID %d' % id)
        self = super().__new__(cls)
        self._id = id
        self._whence = 'runtime init' if id == 0 else '_interpreters module'
        _known[id] = self
        return self

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._id)

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._whence

    def is_running(self):
        """Return whether or not the identified interpreter is running."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter."""
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__."""
        values = dict(ns) if ns is not None else {}
        values.update(kwargs)
        _interpreters.prepare_main(self._id, values)

    def exec(self, code, /):
        """Run the given source code in the interpreter (in the current thread)."""
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(_ExcInfo(excinfo))

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with given args/kwargs and return its result."""
        ok, value = _interpreters.call(self._id, callable, args, kwargs)
        if not ok:
            raise ExecutionFailed(_ExcInfo(value))
        return value

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter (result and errors discarded)."""
        ident = self._id

        def task():
            _interpreters.call(ident, callable, args, kwargs)

        t = _threading.Thread(target=task)
        t.start()
        return t


def get_current():
    """Return the currently running interpreter."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """Return the main interpreter."""
    return Interpreter(_interpreters.get_main())


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(i) for i in _interpreters.list_all()]


def create():
    """Return a new (idle) Python interpreter."""
    return Interpreter(_interpreters.create())


def is_shareable(obj):
    """Return True if the object's data may be shared between interpreters."""
    return _interpreters.is_shareable(obj)


Queue = _interpreters.Queue


def create_queue(maxsize=0):
    """Return a new cross-interpreter queue (unbounded when maxsize <= 0)."""
    return _interpreters.create_queue(maxsize)
