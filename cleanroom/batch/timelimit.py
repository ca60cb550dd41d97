"""Per-record time limits in the batch workers: one timer per chunk, no system call per record.

Why: arming and disarming a one-shot timer around every ``clean()`` (two ``setitimer`` calls)
showed up as about 1 % of a batch run in the profile (py-spy, 25 MB of JSONL), more than
the counting and writing around it.  Instead ``chunk_timer(seconds)`` installs a SIGALRM
handler and a periodic timer for the whole chunk, ticking every ``seconds / 8``; each record
only sets a deadline (``start``) and clears it (``stop``), and the handler raises
``RecordTimeout`` at the first tick past the deadline.  So a record is stopped between
``seconds`` and ``1.125 * seconds`` after it started (the alarm interrupts Python code; one
long C call, such as a regex match, finishes first).  A tick between records, with no
deadline set, does nothing, and interrupted system calls are restarted.  Past the deadline
every tick raises again until the record is given up (``stop``): a one-shot alarm that went
off inside a finalizer or a gc callback was swallowed there, and the record ran on.

>>> import time
>>> with chunk_timer(0.05) as usable:
...     try:
...         with limit(0.05):
...             while True:
...                 time.sleep(0.001)
...     except RecordTimeout:
...         print("stopped")
...     with limit(0.05):  # a record well within its limit is not stopped by a tick
...         time.sleep(0.02)
stopped
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class RecordTimeout(Exception):
    """Cleaning one record took longer than its time limit."""


_armed = False  # True while chunk_timer's handler and timer are in place
_deadline = math.inf  # time.perf_counter() by which the record being cleaned must be done


def _on_alarm(signum: int, frame: Any) -> None:
    # Raised at every tick until ``stop``: an exception raised while a finalizer or a gc
    # callback runs is swallowed, and the record must still be stopped.
    if time.perf_counter() > _deadline:
        raise RecordTimeout


def armed() -> bool:
    """Whether ``start`` will limit a record (inside ``chunk_timer``, where it is usable)."""
    return _armed


def start(seconds: float) -> None:
    """The record starting now must be done in ``seconds`` (``armed()`` must be true)."""
    global _deadline
    _deadline = time.perf_counter() + seconds


def stop() -> None:
    """The record is done: later ticks do nothing."""
    global _deadline
    _deadline = math.inf


@contextmanager
def chunk_timer(seconds: float | None) -> Iterator[bool]:
    """The handler and periodic timer for a chunk; yields whether per-record limits work
    (a limit, Unix, the main thread).  Installed once per chunk: ``signal.signal`` per record
    cost ~4 %."""
    usable = bool(seconds and hasattr(signal, "setitimer")
                  and threading.current_thread() is threading.main_thread())
    if not usable or seconds is None:
        yield False
        return
    global _armed
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.siginterrupt(signal.SIGALRM, False)  # a tick restarts reads and writes
    tick = max(seconds / 8, 0.001)
    signal.setitimer(signal.ITIMER_REAL, tick, tick)
    _armed = True
    try:
        yield True
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        stop()
        signal.signal(signal.SIGALRM, old)


@contextmanager
def limit(seconds: float | None) -> Iterator[None]:
    """Raise ``RecordTimeout`` if the block takes longer than ``seconds`` (about), when
    ``chunk_timer`` is in place; otherwise no limit."""
    if not seconds or not _armed:
        yield
        return
    start(seconds)
    try:
        yield
    finally:
        stop()
