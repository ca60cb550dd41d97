"""The batch run: sources -> chunks -> worker pool -> ordered output files, and the summary.

* The output directory is locked (``flock`` on ``DIR/.cleanroom.lock``, released by the
  kernel however the run ends), so a second run into it fails at once.
* Each output file is written as ``<name>.part`` by the main process alone and renamed when
  complete; the summary (totals, one entry per finished file, the settings) is rewritten
  after each file.  ``resume=True`` skips a file only if its output holds as many lines as
  its summary entry says and the settings are the same; anything else is cleaned again.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import orjson

from cleanroom.batch.pool import Chunk, Pool
from cleanroom.batch.records import Settings
from cleanroom.batch.sources import READ_ERRORS, Item, Source, Where, items, spans
from cleanroom.batch.summary import Summary
from cleanroom.errors import UsageError

CHUNK_ITEMS = 256
CHUNK_BYTES = 1 << 20
log = logging.getLogger("cleanroom.batch")


def sidecar_path(path: Path) -> Path:
    """``out/a.jsonl`` -> ``out/a.report.jsonl``."""
    return path.with_name(path.name.removesuffix(".jsonl") + ".report.jsonl")


def chunks(sources: Sequence[Source], skip: set[int]) -> Iterator[Chunk]:
    """Every source not in ``skip`` cut into chunks of at most ``CHUNK_ITEMS`` items or about
    ``CHUNK_BYTES`` bytes; each source ends with a chunk marked ``last``."""
    for index, source in enumerate(sources):
        if index in skip:
            continue
        if source.plain_jsonl:
            try:
                for span in spans(source.paths[0], CHUNK_BYTES):
                    yield Chunk(index, span, False, span.end - span.start)
                yield Chunk(index, [], True)
            except READ_ERRORS as e:
                yield Chunk(index, [Item("jsonl", b"", Where(str(source.paths[0]), 1), error=(
                    "unreadable_input", f"the file cannot be read ({e})"))], True)
            continue
        batch: list[Item] = []
        size, disk, counted = 0, [0], 0
        for item in items(source, disk):
            if batch and (len(batch) >= CHUNK_ITEMS or size + len(item.data) > CHUNK_BYTES):
                yield Chunk(index, batch, False, disk[0] - counted)
                batch, size, counted = [], 0, disk[0]
            batch.append(item)
            size += len(item.data)
        yield Chunk(index, batch, True, disk[0] - counted)


def _lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    os.replace(tmp, path)


def _lock(directory: Path) -> int:
    """An exclusive lock on ``directory`` held until the returned descriptor is closed."""
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory / ".cleanroom.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        import fcntl
    except ImportError:  # not on Unix: no lock
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
        os.close(fd)
        raise UsageError(f"{directory} is being written by another cleanroom run (pid "
                         f"{holder or '?'}); wait for it to end or choose another --output"
                         ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


@dataclass
class Run:
    """One batch run over ``sources``.  ``output`` is a directory, or ``None`` for stdout."""

    sources: Sequence[Source]
    settings: Settings
    output: Path | None = None
    jobs: int = 1
    resume: bool = False
    summary_path: Path | None = None
    progress: bool = False
    ignored: Sequence[Path] = ()  # files of other types found in input directories

    def __post_init__(self) -> None:
        self.files: dict[str, dict[str, Any]] = {}
        self.total = Summary()
        self.started = time.perf_counter()
        if self.summary_path is None and self.output is not None:
            self.summary_path = self.output / "summary.json"

    def _target(self, source: Source) -> Path:
        assert self.output is not None
        return self.output / source.output

    def _done_before(self) -> set[int]:
        """Sources whose output is complete from an earlier run (with ``resume``): as many
        lines as that run's summary says it wrote, with the same settings."""
        if not self.resume or self.summary_path is None or not self.summary_path.is_file():
            return set()
        try:
            previous = orjson.loads(self.summary_path.read_bytes())
            files = dict(previous.get("files", {}))
        except (orjson.JSONDecodeError, AttributeError, TypeError, ValueError):
            return set()
        if previous.get("settings", self.settings.describe()) != self.settings.describe():
            raise UsageError(f"--resume: {self.output} was written with other settings "
                             f"({previous.get('settings')}); use the same flags or another "
                             "--output")
        done = set()
        for i, source in enumerate(self.sources):
            key, target = str(source.output), self._target(source)
            old = Summary.from_dict(files.get(key, {})) if key in files else None
            paths = [target] + ([sidecar_path(target)] if self.settings.report == "sidecar"
                                else [])
            if old is not None and all(p.is_file() and _lines(p) == old.records_out
                                       for p in paths):
                done.add(i)
                old = replace(old, files=0, files_resumed=1)
                self.files[key] = old.to_dict()
                self.total += old
            elif target.exists():
                log.info("%s: incomplete or not in the summary, cleaned again", target)
        return done

    def _save_summary(self, final: bool) -> None:
        if self.summary_path is None:
            return
        self.summary_path.parent.mkdir(parents=True, exist_ok=True)
        _write_json(self.summary_path, {
            "complete": final, "jobs": self.jobs, "settings": self.settings.describe(),
            "wall_seconds": round(time.perf_counter() - self.started, 3),
            "total": self.total.to_dict(), "files": self.files,
            "ignored_files": [str(p) for p in self.ignored]})

    def execute(self) -> Summary:
        """Clean every source; returns the total ``Summary`` (also written as JSON)."""
        lock = _lock(self.output) if self.output is not None else None
        try:
            return self._execute()
        finally:
            if lock is not None:
                os.close(lock)

    def _execute(self) -> Summary:
        skip = self._done_before()
        todo = [s for i, s in enumerate(self.sources) if i not in skip]
        bar = _bar(todo) if self.progress else None
        out: IO[bytes] | None = None
        side: IO[bytes] | None = None
        parts: list[Path] = []
        current = Summary()
        try:
            with Pool(self.settings, self.jobs) as pool:
                for chunk, (lines, sidecar, summary) in pool.results(chunks(self.sources, skip)):
                    source = self.sources[chunk.source]
                    if out is None:
                        out, side, parts = self._open(source)
                    out.write(lines)
                    if side is not None:
                        side.write(sidecar)
                    current += summary
                    if bar is not None:
                        bar.update(chunk.disk_bytes)
                        bar.set_postfix(records=f"{self.total.records_out + current.records_out:,}",
                                        errors=self.total.errors + current.errors, refresh=False)
                    if chunk.last:
                        self._finish(source, out, side, parts, current)
                        out, side, parts, current = None, None, [], Summary()
        except BaseException:
            for f in (out, side):
                if f is not None and f is not sys.stdout.buffer:
                    f.close()
            for p in parts:
                p.unlink(missing_ok=True)
            self._save_summary(final=False)
            raise
        finally:
            if bar is not None:
                bar.close()
        self._save_summary(final=True)
        return self.total

    def _open(self, source: Source) -> tuple[IO[bytes], IO[bytes] | None, list[Path]]:
        if self.output is None:
            return sys.stdout.buffer, None, []
        target = self._target(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        parts = [target.with_name(target.name + ".part")]
        side = None
        if self.settings.report == "sidecar":
            parts.append(sidecar_path(target).with_name(sidecar_path(target).name + ".part"))
            side = open(parts[1], "wb")  # noqa: SIM115 - closed in _finish
        return open(parts[0], "wb"), side, parts

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
        log.info("%s: %d records, %d errors", source.output, summary.records_out,
                 summary.errors)
        self.files[str(source.output)] = summary.to_dict()
        self.total += summary
        self._save_summary(final=False)


def _bar(todo: Sequence[Source]) -> Any:
    """A tqdm bar over the input bytes on disk: percentage, rate and ETA."""
    from tqdm import tqdm  # type: ignore[import-untyped]

    tqdm.monitor_interval = 0  # no monitor thread: a replaced worker can still be forked
    sizes = [p.stat().st_size for s in todo for p in s.paths if str(p) != "-"]
    stdin = any(str(p) == "-" for s in todo for p in s.paths)
    return tqdm(total=None if stdin else sum(sizes), unit="B", unit_scale=True,
                file=sys.stderr, mininterval=0.5, dynamic_ncols=True, desc="cleanroom")
