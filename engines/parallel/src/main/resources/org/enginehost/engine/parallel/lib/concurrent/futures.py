"""concurrent.futures: Future, ThreadPoolExecutor and InterpreterPoolExecutor (each worker thread
owns a subinterpreter; tasks are module-level functions called there with shareable arguments)."""
import threading as _threading
import queue as _queue

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class TimeoutError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        with self._condition:
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state != _CANCELLED:
                self._state = _CANCELLED
                self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            self._state = _RUNNING
            return True

    def _wait(self, timeout):
        with self._condition:
            if not self.done():
                self._condition.wait_for(self.done, timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if not self.done():
                raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def _invoke_callbacks(self):
        for cb in self._callbacks:
            try:
                cb(self)
            except Exception:
                pass

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result(timeout)
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work = _queue.Queue()
        self._threads = []
        self._shutdown = False
        self._lock = _threading.Lock()
        self._prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % id(self)
        self._initializer = initializer
        self._initargs = initargs

    def _make_context(self):
        return None

    def _run_task(self, context, fn, args, kwargs):
        return fn(*args, **kwargs)

    def _close_context(self, context):
        pass

    def _worker(self):
        context = self._make_context()
        try:
            if self._initializer is not None:
                self._run_task(context, self._initializer, self._initargs, {})
            while True:
                item = self._work.get()
                if item is None:
                    return
                future, fn, args, kwargs = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = self._run_task(context, fn, args, kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        finally:
            self._close_context(context)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work.put((f, fn, args, kwargs))
            if len(self._threads) < self._max_workers:
                t = _threading.Thread(name='%s_%d' % (self._prefix, len(self._threads)), target=self._worker)
                t.start()
                self._threads.append(t)
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if self._shutdown:
                return
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item[0].cancel()
            for _ in self._threads:
                self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


class InterpreterPoolExecutor(ThreadPoolExecutor):
    """Each worker thread runs its tasks in its own subinterpreter (Interpreter.call)."""

    def _make_context(self):
        from concurrent import interpreters
        return interpreters.create()

    def _run_task(self, interp, fn, args, kwargs):
        return interp.call(fn, *args, **kwargs)

    def _close_context(self, interp):
        interp.close()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    import time
    fs = set(fs)
    end = None if timeout is None else time.monotonic() + timeout
    while True:
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f._exception is not None for f in done):
            break
        if len(done) == len(fs):
            break
        if end is not None and time.monotonic() >= end:
            break
        time.sleep(0.001)
    return done, fs - done


def as_completed(fs, timeout=None):
    import time
    pending = list(fs)
    end = None if timeout is None else time.monotonic() + timeout
    while pending:
        for f in list(pending):
            if f.done():
                pending.remove(f)
                yield f
        if pending:
            if end is not None and time.monotonic() >= end:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            time.sleep(0.001)
