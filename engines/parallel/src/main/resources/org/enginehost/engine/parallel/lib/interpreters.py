"""PEP 554 (v3, 2017): subinterpreters with run(source, **shared) and bytes channels."""
import _interpreters

__all__ = ['Interpreter', 'create', 'list_all', 'get_current', 'create_channel', 'list_all_channels',
           'RecvChannel', 'SendChannel']

_known = {}


class Interpreter:
    """A single Python interpreter in the current runtime."""

    def __new__(cls, id):
        self = _known.get(id)
        if self is None:
            self = super().__new__(cls)
            self._id = id
            _known[id] = self
        return self

    def __repr__(self):
        return '%s(id=%r)' % (type(self).__name__, self._id)

    def __eq__(self, other):
        return isinstance(other, Interpreter) and self._id == other._id

    def __hash__(self):
        return hash(self._id)

    @property
    def id(self):
        return self._id

    def is_running(self):
        """Return whether or not the interpreter is currently executing code."""
        try:
            return _interpreters.is_running(self._id)
        except Exception as e:
            raise RuntimeError(str(e)) from None

    def destroy(self):
        """Finalize and destroy the interpreter."""
        try:
            _interpreters.destroy(self._id)
        except Exception as e:
            raise RuntimeError(str(e)) from None
        _known.pop(self._id, None)

    def run(self, src, /, **shared):
        """Run the source code in the interpreter's __main__, blocking the current thread."""
        _interpreters.run(self._id, src, shared)


def create():
    """Initialize a new (idle) Python interpreter."""
    return Interpreter(_interpreters.create())


def list_all():
    """Get all existing interpreters."""
    return [Interpreter(i) for i in _interpreters.list_all()]


def get_current():
    """Get the currently running interpreter."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """Get the main interpreter."""
    return Interpreter(_interpreters.get_main())


def create_channel():
    """Create a new channel: (RecvChannel, SendChannel)."""
    return _interpreters.create_channel()


def list_all_channels():
    """Get all open channels as (RecvChannel, SendChannel) pairs."""
    return _interpreters.list_all_channels()


RecvChannel = _interpreters.RecvChannel
SendChannel = _interpreters.SendChannel
