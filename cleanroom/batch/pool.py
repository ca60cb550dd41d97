"""The worker pool: chunks of records cleaned in worker processes, results in input order.

* Each worker is a ``multiprocessing`` process with a pipe of its own; the main process sends
  it one chunk at a time, gets back the chunk's output lines and counts, and is the only
  process that writes outputs.  At most ``3 * jobs`` chunks are between sent and written
  (the ordered window), so memory stays flat whatever the dump.
* Kill and replace.  Before each record's ``clean()`` a worker writes the time into a slot
  of shared memory (a store, no system call); the main process kills a worker whose record
  has run past ``--timeout`` -- time spent in C included, which no signal can interrupt --
  starts a new one, and sends the chunk again with that record marked as a ``timeout``
  error record.  A worker that dies (a crash, the OOM killer) is replaced the same way, and
  the record it was on becomes ``worker_crashed``.  Other workers are not disturbed.
* Workers are warm before any record is timed (the text path in the main process before
  they fork; trafilatura imported before a worker's first HTML record starts its clock),
  ignore Ctrl-C (the main process stops them), die with the main process
  (``PR_SET_PDEATHSIG`` on Linux, a thread watching the parent elsewhere), and write
  whatever a library prints to stderr: nothing but records reaches stdout.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, MutableSequence, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Self

import cleanroom
from cleanroom.batch.records import Settings, clean_one, new_total, summary_of
from cleanroom.batch.sources import Item, Span, span_items
from cleanroom.batch.summary import Summary

log = logging.getLogger("cleanroom.batch")


@dataclass
class Chunk:
    """Records of one source: a list of items, or a span of a plain JSONL file that the
    worker reads itself.  ``marks`` turns records (by index) into error records: the ones
    a worker was stopped or died on."""

    source: int  # index into the run's sources
    items: Sequence[Item] | Span
    last: bool  # the last chunk of its source (possibly empty)
    disk_bytes: int = 0  # bytes of the input on disk it covers (for the progress bar)
    marks: dict[int, tuple[str, str]] = field(default_factory=dict)


Done = tuple[bytes, bytes, Summary]  # output lines, sidecar lines, counts


def clean_chunk(chunk: Chunk, settings: Settings,
                slot: MutableSequence[float] | None = None) -> Done:
    """Every record of ``chunk`` through ``clean_one``, one output line each, in order;
    ``slot[0]`` is the index of the record being cleaned (-1 when none)."""
    parts: list[bytes] = []
    side: list[bytes] = []
    total = new_total()
    marks = chunk.marks
    todo = span_items(chunk.items) if isinstance(chunk.items, Span) else chunk.items
    for i, item in enumerate(todo):
        if slot is not None:
            slot[0] = i
        if marks and i in marks:
            item.error = marks[i]
        line, sidecar = clean_one(item, settings, total, slot)
        parts += (line, b"\n")
        if sidecar:
            side += (sidecar, b"\n")
    if slot is not None:
        slot[0] = -1
    return b"".join(parts), b"".join(side), summary_of(total)


def _die_with(parent: int) -> None:
    """End this worker when the main process ends, however it ends (even SIGKILL)."""
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    else:
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)
        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _work(inbox: Connection, conn: Connection, slot: MutableSequence[float],
          settings: Settings, parent: int) -> None:
    """A worker process: chunks in, their output out, until told to stop."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never among the records
    sys.stdout = sys.stderr
    cleanroom.clean("Warm up the text path.")  # a spawned worker (forked ones are warm)
    while True:
        try:
            chunk = inbox.recv()
        except EOFError:
            return
        if chunk is None:
            return
        lines, side, summary = clean_chunk(chunk, settings, slot)
        conn.send_bytes(lines)
        conn.send((side, summary))


def _context() -> Any:
    """``fork`` on Linux when this process has no other thread (a worker starts with
    cleanroom imported and warm, about 0.3 s of a core saved each), else ``spawn``.
    Buffered standard streams are flushed first, so no child writes their contents again."""
    if sys.platform == "linux" and threading.active_count() == 1:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


@dataclass
class _Job:
    chunk: Chunk
    done: Done | None = None
    restarts: int = 0


class _Worker:
    def __init__(self, settings: Settings) -> None:
        ctx = _context()
        self.slot: Any = ctx.RawArray("d", 2)  # [index of the record, its clean() start]
        self.slot[0] = -1
        inbox, self.tx = ctx.Pipe(duplex=False)
        self.conn, outbox = ctx.Pipe(duplex=False)
        try:  # room for a chunk's output at once: fewer switches between the processes
            import fcntl

            fcntl.fcntl(outbox.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
        except (ImportError, OSError):
            pass
        self.process = ctx.Process(target=_work, args=(inbox, outbox, self.slot, settings,
                                                       os.getpid()), daemon=True)
        self.process.start()
        inbox.close()
        outbox.close()
        self.job: _Job | None = None

    def stop(self, wait_s: float = 0.0) -> None:
        if wait_s and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.tx.send(None)
            self.process.join(wait_s)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()
        self.tx.close()


class Pool:
    """``jobs`` worker processes; ``results`` cleans chunks and yields them in order."""

    def __init__(self, settings: Settings, jobs: int) -> None:
        cleanroom.clean("Warm up the text path before the workers fork.")
        self.settings, self.jobs = settings, jobs
        self.limit = settings.timeout
        self.workers = [_Worker(settings) for _ in range(jobs)]
        self._retry: deque[_Job] = deque()

    def close(self, wait_s: float = 0.0) -> None:
        for w in self.workers:
            w.stop(wait_s)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        self.close(wait_s=5.0 if kind is None else 0.0)

    def _send(self, w: _Worker, job: _Job) -> None:
        w.job = job
        try:
            w.tx.send(job.chunk)
        except OSError:  # it died since its last chunk
            self._replace(w, "worker_crashed")

    def results(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, Done]]:
        """Each chunk with its output, in input order."""
        todo = iter(chunks)
        window: deque[_Job] = deque()
        more = True
        while True:
            while window and window[0].done is not None:
                job = window.popleft()
                yield job.chunk, job.done  # type: ignore[misc]
            for w in self.workers:
                if w.job is not None:
                    continue
                if self._retry:
                    self._send(w, self._retry.popleft())
                elif more and len(window) < 3 * self.jobs:
                    chunk = next(todo, None)
                    if chunk is None:
                        more = False
                        break
                    window.append(_Job(chunk))
                    self._send(w, window[-1])
            busy = [w for w in self.workers if w.job is not None]
            if not busy:
                if not window and not more:
                    return
                continue
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         self._wait_s(busy))
            for w in busy:
                if w.conn in ready:
                    try:
                        lines = w.conn.recv_bytes()
                        side, summary = w.conn.recv()
                    except (EOFError, OSError):
                        self._replace(w, "worker_crashed")
                        continue
                    assert w.job is not None
                    w.job.done, w.job = (lines, side, summary), None
                elif w.process.sentinel in ready:
                    self._replace(w, "worker_crashed")
            if self.limit:
                now = time.perf_counter()
                for w in busy:
                    started = w.slot[1]
                    if w.job is not None and started and now - started > self.limit:
                        self._replace(w, "timeout", started)

    def _wait_s(self, busy: list[_Worker]) -> float | None:
        """Until the first running record reaches its limit; at most an eighth of the
        limit, so that a record that starts meanwhile is checked in time."""
        if not self.limit:
            return None
        now = time.perf_counter()
        ends = [float(w.slot[1]) + self.limit - now for w in busy if w.slot[1]]
        return max(0.001, min([*ends, self.limit / 8]))

    def _replace(self, w: _Worker, why: str, started: float = 0.0) -> None:
        """Kill ``w``, start a worker in its place, and queue its chunk again with the
        record it was on marked as an error record."""
        job, w.job = w.job, None
        assert job is not None
        w.stop()
        index, still = int(w.slot[0]), w.slot[1]
        self.workers[self.workers.index(w)] = _Worker(self.settings)
        if why == "timeout" and still == started and index >= 0:
            message = (f"cleaning took longer than {self.limit} s; the worker was stopped "
                       "and replaced")
        elif why == "worker_crashed" and index >= 0:
            code = w.process.exitcode
            message = ("the worker process died (" + (f"signal {-code}" if code and code < 0
                       else f"exit code {code}") + ") while cleaning this record")
        else:  # it finished the record just before it was stopped, or died between records
            job.restarts += 1
            if job.restarts > 3:
                raise RuntimeError("worker processes keep dying outside any record")
            self._retry.appendleft(job)
            return
        log.warning("%s: record %d of a chunk: %s", why, index + 1, message)
        job.chunk.marks[index] = (why, message)
        self._retry.appendleft(job)
