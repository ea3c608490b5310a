"""A long foreign call (native machine code, Unicorn's emu_start) run so that Ctrl-C and SIGTERM still work.

Python runs signal handlers only in the main thread, between bytecodes, so a main thread inside a foreign
call would not see a signal until the call returned. The call therefore runs on a worker thread that blocks
SIGINT and SIGTERM (the kernel then delivers them to the main thread), while the main thread waits on an
Event, which a signal interrupts.

No interrupt can fall between starting the worker and being ready to stop it: the main thread blocks both
signals before it starts the worker (which inherits that mask), and unblocks them only inside the block that
handles the interrupt. Completion is an Event the worker sets, not Thread.join or is_alive: Python 3.11
releases a running thread's state lock when a signal interrupts a join of it, after which both say it ended.
The worker is a bare _thread thread, which the interpreter does not wait for at exit: a call that cannot be
stopped (native code) runs on until the process exits, and `running` tells its owner not to free its memory.
"""

from __future__ import annotations

import _thread
import signal
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_SIGNALS = {signal.SIGINT, signal.SIGTERM}
STOP_RETRY = 0.05
"""Seconds between stop() calls while a stopped call has not ended: Unicorn forgets an emu_stop that comes
before its emu_start has begun, so a stop asked right after the start must be asked again."""


class Worker(Generic[T]):
    """call() on a worker thread with a stack of stack_size bytes (0: the default), once run() starts it."""

    def __init__(self, call: Callable[[], T], stack_size: int = 0) -> None:
        self._call = call
        self._stack_size = stack_size
        self._result: list[T] = []
        self._error: list[BaseException] = []
        self._done = threading.Event()
        self._started = False

    @property
    def running(self) -> bool:
        """Whether the call may still be running (started and not finished)."""
        return self._started and not self._done.is_set()

    def run(self, stop: Callable[[], None] | None = None) -> T:
        """Start the call and return its result, or raise the exception it raised.

        On an interrupt (KeyboardInterrupt, which `jit` makes SIGTERM raise too), stop() (if given) asks the
        call to end, its end is awaited (further interrupts only repeat stop()), and the interrupt goes on;
        without stop it goes on at once, the call still running.
        """
        self._start()
        try:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)  # one that came meanwhile is raised here
            self._done.wait()
        except KeyboardInterrupt:
            if stop is None:
                raise
            self._stop_and_wait(stop)
            raise
        if self._error:
            raise self._error[0]
        return self._result[0]

    def _start(self) -> None:
        """Start the worker with both signals blocked, and leave them blocked (unblocked again on failure)."""
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)  # an interrupt already due is raised here
            old = _thread.stack_size(self._stack_size)
            try:
                _thread.start_new_thread(self._body, ())
                self._started = True
            finally:
                _thread.stack_size(old)
        except BaseException:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
            raise

    def _body(self) -> None:
        try:
            self._result.append(self._call())
        except BaseException as e:  # handed to the waiting thread, which raises it
            self._error.append(e)
        finally:
            self._done.set()

    def _stop_and_wait(self, stop: Callable[[], None]) -> None:
        while True:
            stop()
            try:
                if self._done.wait(STOP_RETRY):
                    return
            except KeyboardInterrupt:
                continue
