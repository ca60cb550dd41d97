"""The batch run: sources -> chunks -> worker pool -> ordered output files, and the summary.

* Streaming: the main process reads records lazily and keeps at most ``3 * jobs`` chunks in
  flight, so memory is flat whatever the size of the dump.
* Order: output records come out in input order, one per input record.
* Safety: each output file is written as ``<name>.part`` and renamed when complete, and the
  summary (totals plus one entry per finished file) is rewritten after each file, so an
  interrupted run leaves only complete files behind and ``resume=True`` skips them.
* A worker that dies (killed, out of memory) costs its chunk: those records become error
  records (``worker_crashed``) and the pool is restarted for the rest (``pool``).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import orjson

from cleanroom.batch.handoff import Target, new_state, write_in_turn
from cleanroom.batch.pool import Chunk, chunks, cleaned
from cleanroom.batch.progress import Progress
from cleanroom.batch.records import Settings
from cleanroom.batch.sources import Source
from cleanroom.batch.summary import Summary


def sidecar_path(path: Path) -> Path:
    """``out/a.jsonl`` -> ``out/a.report.jsonl``."""
    return path.with_name(path.name.removesuffix(".jsonl") + ".report.jsonl")


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    os.replace(tmp, path)


@dataclass
class Run:
    """One batch run over ``sources``.  ``output`` is a directory, or ``None`` for stdout."""

    sources: Sequence[Source]
    settings: Settings
    output: Path | None = None
    jobs: int = 1
    resume: bool = False
    summary_path: Path | None = None
    progress: Progress | None = None
    ignored: Sequence[Path] = ()  # files of other types found in input directories

    def __post_init__(self) -> None:
        self.files: dict[str, dict[str, Any]] = {}
        self._created: list[Path] = []  # .part files made before their first result
        self.total = Summary()
        self.started = time.perf_counter()
        if self.summary_path is None and self.output is not None:
            self.summary_path = self.output / "summary.json"

    def _target(self, source: Source) -> Path:
        assert self.output is not None
        return self.output / source.output

    def _done_before(self) -> set[int]:
        """Sources whose output is complete from an earlier run (with ``resume``)."""
        if not self.resume or self.output is None:
            return set()
        previous: dict[str, Any] = {}
        if self.summary_path is not None and self.summary_path.is_file():
            try:
                previous = orjson.loads(self.summary_path.read_bytes()).get("files", {})
            except (orjson.JSONDecodeError, AttributeError):
                previous = {}
        done = set()
        for i, source in enumerate(self.sources):
            target = self._target(source)
            sidecar_ok = (self.settings.report != "sidecar" or sidecar_path(target).exists())
            if target.exists() and sidecar_ok:
                done.add(i)
                key = str(source.output)
                old = Summary.from_dict(previous.get(key, {}))
                old = replace(old, files=0, files_resumed=1)
                self.files[key] = old.to_dict()
                self.total += old
        return done

    def _save_summary(self, final: bool) -> None:
        if self.summary_path is None:
            return
        self.summary_path.parent.mkdir(parents=True, exist_ok=True)
        _write_json(self.summary_path, {
            "complete": final, "jobs": self.jobs,
            "wall_seconds": round(time.perf_counter() - self.started, 3),
            "total": self.total.to_dict(), "files": self.files,
            "ignored_files": [str(p) for p in self.ignored]})

    def execute(self) -> Summary:
        """Clean every source; returns the total ``Summary`` (also written as JSON)."""
        skip = self._done_before()
        out: IO[bytes] | None = None
        side: IO[bytes] | None = None
        current: Summary = Summary()
        parts: list[Path] = []
        size = 0  # bytes of the current output file, however they were written
        all_chunks: Iterable[Chunk] = chunks(self.sources, skip, self.jobs)
        turn = None
        if self.jobs > 1 and self.output is not None and self.settings.report != "sidecar":
            turn = new_state(multiprocessing.get_context())
            all_chunks = self._with_targets(all_chunks)
        try:
            for chunk, result in cleaned(all_chunks, self.settings, self.jobs, turn):
                source = self.sources[chunk.source]
                if out is None:
                    out, side, parts = self._open(source, created=turn is not None)
                if result.written >= 0:
                    size += result.written
                elif chunk.target is not None:  # its worker did not have the turn
                    if not write_in_turn(turn, chunk.target, (result.lines,)):
                        raise RuntimeError(f"chunk {chunk.target.seq} out of turn")
                    size += len(result.lines)
                else:
                    out.write(result.lines)
                if side is not None:
                    side.write(result.sidecar)
                current += result.summary
                if self.progress is not None:
                    self.progress.add(result.summary)
                if chunk.last:
                    if turn is not None:
                        out.truncate(size)  # drop what a worker killed mid-write left
                    self._finish(source, out, side, parts, current)
                    out, side, parts, current, size = None, None, [], Summary(), 0
        except BaseException:
            for f in (out, side):
                if f is not None and f is not sys.stdout.buffer:
                    f.close()
            for p in [*parts, *self._created]:
                p.unlink(missing_ok=True)
            self._save_summary(final=False)
            raise
        finally:
            if self.progress is not None:
                self.progress.close()
        self._save_summary(final=True)
        return self.total

    def _with_targets(self, all_chunks: Iterable[Chunk]) -> Iterator[Chunk]:
        """Chunks numbered in order, each with its ``.part`` file -- created (emptied) here,
        before any worker may write into it."""
        current = -1
        for seq, chunk in enumerate(all_chunks):
            part = self._target(self.sources[chunk.source])
            part = part.with_name(part.name + ".part")
            first = chunk.source != current
            if first:
                part.parent.mkdir(parents=True, exist_ok=True)
                part.write_bytes(b"")
                self._created.append(part)
                current = chunk.source
            yield replace(chunk, target=Target(str(part), seq, first))

    def _open(self, source: Source, created: bool = False
              ) -> tuple[IO[bytes], IO[bytes] | None, list[Path]]:
        if self.output is None:
            return sys.stdout.buffer, None, []
        target = self._target(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        parts = [target.with_name(target.name + ".part")]
        side = None
        if self.settings.report == "sidecar":
            parts.append(sidecar_path(target).with_name(sidecar_path(target).name + ".part"))
            side = open(parts[1], "wb")  # noqa: SIM115 - closed in _finish
        # A file the workers write into exists already: open it without emptying it.
        return open(parts[0], "r+b" if created else "wb"), side, parts

    def _finish(self, source: Source, out: IO[bytes], side: IO[bytes] | None,
                parts: list[Path], summary: Summary) -> None:
        summary = replace(summary, files=1)
        if self.output is None:
            out.flush()
        else:
            out.close()
            if side is not None:
                side.close()
                os.replace(parts[1], sidecar_path(self._target(source)))
            os.replace(parts[0], self._target(source))  # the main file last: it marks "done"
        self.files[str(source.output)] = summary.to_dict()
        self.total += summary
        self._save_summary(final=False)
