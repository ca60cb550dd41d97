"""The worker pool: sources cut into chunks, cleaned by worker processes, results in order.

* ``chunks`` cuts each source into chunks of at most ``CHUNK_ITEMS`` records / ``CHUNK_BYTES``
  bytes; a plain JSONL file into byte spans its workers read themselves (``spans``).
* ``cleaned`` keeps at most ``3 * jobs`` chunks in flight and yields results in input
  order; with a turn word (``handoff``) workers write their output themselves.
* A worker that dies (killed, out of memory) costs its chunk: the chunks in flight are rerun
  one at a time in a fresh pool to find the one that killed it, whose records become
  ``worker_crashed`` error records.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cleanroom.batch.handoff import Target, written
from cleanroom.batch.records import Settings, clean_item
from cleanroom.batch.sources import COMPRESSIONS, Item, Source, items
from cleanroom.batch.spans import Span, span_items, spans
from cleanroom.batch.summary import Summary
from cleanroom.batch.worker import ChunkResult, clean_chunk, clean_chunk_in_worker, init_worker

CHUNK_ITEMS = 256
CHUNK_BYTES = 2 << 20


@dataclass(frozen=True)
class Chunk:
    source: int  # index into the run's sources
    items: Sequence[Item] | Span  # a span of a plain JSONL file is read by the worker
    last: bool  # the last chunk of its source (possibly empty)
    target: Target | None = None  # where the worker may write the output itself


def chunks(sources: Sequence[Source], skip: set[int] = frozenset(),  # type: ignore[assignment]
           jobs: int = 1) -> Iterator[Chunk]:
    """Every source cut into chunks of at most ``CHUNK_ITEMS`` items / ``CHUNK_BYTES`` bytes;
    each source ends with a chunk marked ``last`` (an empty file gives one empty chunk).
    A plain JSONL file is cut into ``Span`` chunks that the workers read themselves; if it is
    the run's last source, its last ``jobs * CHUNK_BYTES`` bytes are cut smaller (``spans``'
    ``taper_from``), so that no worker waits long for another's last chunk."""
    todo = [i for i in range(len(sources)) if i not in skip]
    for index in todo:
        source = sources[index]
        if source.kind == "jsonl" and not source.paths[0].name.lower().endswith(COMPRESSIONS):
            taper = None
            if jobs > 1 and index == todo[-1]:
                taper = max(0, _size(source.paths[0]) - jobs * CHUNK_BYTES)
            previous: Span | None = None
            for span in spans(str(source.paths[0]), CHUNK_ITEMS, CHUNK_BYTES, taper):
                if previous is not None:
                    yield Chunk(index, previous, False)
                previous = span
            yield Chunk(index, previous if previous is not None else [], True)
            continue
        batch: list[Item] = []
        size = 0
        for item in items(source):
            if batch and (len(batch) >= CHUNK_ITEMS or size + len(item.data) > CHUNK_BYTES):
                yield Chunk(index, batch, False)
                batch, size = [], 0
            batch.append(item)
            size += len(item.data)
        yield Chunk(index, batch, True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # spans() reports it
        return 0


def _crashed(chunk: Chunk, settings: Settings, why: str) -> ChunkResult:
    """Error records for a chunk whose worker died."""
    lines, side, total = [], [], Summary()
    for item in (span_items(chunk.items) if isinstance(chunk.items, Span) else chunk.items):
        bad = replace(item, error=("worker_crashed", (f"the worker process died ({why}) while "
                                                             "cleaning this chunk of records")))
        line, sidecar, summary = clean_item(bad, settings)
        lines.append(line + b"\n")
        side.append(sidecar + b"\n" if sidecar else b"")
        total += summary
    return ChunkResult(b"".join(lines), b"".join(side), total)


def _start_method() -> multiprocessing.context.BaseContext:
    """``fork`` on Linux when this process has no other thread, else ``spawn``.

    A spawned worker imports cleanroom again (about 0.4 s of a core each, while nothing is
    cleaned yet); a forked one starts with the modules the main process already loaded.
    Forking is only safe without other threads (a lock held by one would stay held in the
    child), so any other thread -- an embedding program's, or a pool being replaced after a
    crash -- means ``spawn``.  Buffered standard streams are flushed first, so a child that
    flushes them on exit cannot write their contents twice.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def cleaned(all_chunks: Iterable[Chunk], settings: Settings, jobs: int, turn: Any = None
            ) -> Iterator[tuple[Chunk, ChunkResult]]:
    """Each chunk with its result, in input order; at most ``3 * jobs`` chunks in flight.

    With ``turn`` (``handoff.new_state``), workers write chunks that have a ``target``
    themselves when it is their turn; the other results carry their bytes."""
    if jobs <= 1:
        for chunk in all_chunks:
            yield chunk, clean_chunk(chunk.items, settings)
        return

    def pool(broken: ProcessPoolExecutor | None = None) -> ProcessPoolExecutor:
        """A new pool (in place of ``broken``, shut down without waiting)."""
        if broken is not None:
            broken.shutdown(wait=False, cancel_futures=True)
        return ProcessPoolExecutor(jobs, mp_context=_start_method(), initializer=init_worker,
                                   initargs=(settings, turn))

    def rerun(chunk: Chunk) -> ChunkResult:
        if chunk.target is None or turn is None or not written(turn, chunk.target.seq):
            return executor.submit(clean_chunk_in_worker, chunk.items, chunk.target).result()
        # Written before the pool broke, but its result was lost: count it again only.
        again = executor.submit(clean_chunk_in_worker, chunk.items, None).result()
        return ChunkResult(b"", again.sidecar, again.summary, written=len(again.lines))

    executor = pool()
    pending: deque[tuple[Chunk, Future[ChunkResult]]] = deque()
    source = iter(all_chunks)
    unsent: Chunk | None = None  # taken from the source, but the pool broke before it went
    try:
        while True:
            while len(pending) < 3 * jobs:
                more = unsent if unsent is not None else next(source, None)
                if more is None:
                    break
                try:
                    future = executor.submit(clean_chunk_in_worker, more.items, more.target)
                except BrokenProcessPool:  # a worker died since: the pending chunks say which
                    unsent = more
                    break
                unsent = None
                pending.append((more, future))
            if not pending:
                if unsent is None:
                    return
                executor = pool(executor)  # it broke with nothing in flight
                continue
            chunk, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                # Every chunk in flight fails with the pool, not only the one that killed
                # it: rerun them one at a time in a fresh pool to find the culprit.
                suspects = [chunk] + [c for c, _ in pending]
                pending.clear()
                broken = True
                for suspect in suspects:
                    if broken:
                        executor, broken = pool(executor), False
                    try:
                        result = rerun(suspect)
                    except BrokenProcessPool as e:
                        result = _crashed(suspect, settings, str(e) or "BrokenProcessPool")
                        broken = True
                    yield suspect, result
                if broken:
                    executor = pool(executor)
                continue
            yield chunk, result
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
