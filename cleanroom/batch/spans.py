"""Plain JSONL files cut into byte ranges at line boundaries, read by the workers themselves.

Why: with records read in the main process, every byte of a dump went through it twice (read,
then pickled to a worker) and every record became two objects there; on two cores that main
process took CPU from the workers.  For a plain (uncompressed) JSONL file the main process now
only finds where each chunk starts and ends -- one ``read`` and one ``count(b"\\n")`` per
chunk, in C -- and the worker reads its own range.  Line numbers stay exact: each ``Span``
carries the line number of its first line.  Compressed files cannot be entered in the middle,
so they keep the record-by-record path in ``sources.items``.

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = os.path.join(tmp, "d.jsonl")
...     with open(path, "wb") as f:
...         _ = f.write(b'{"a": 1}\\n\\n{"a": 2}\\n{"a": 3}')
...     cut = list(spans(path, max_items=2))
...     [(s.start, s.end, s.first_line) for s in cut]
...     [(i.where.line, i.data) for s in cut for i in span_items(s)]
[(0, 10, 1), (10, 27, 3)]
[(1, b'{"a": 1}\\n'), (3, b'{"a": 2}\\n'), (4, b'{"a": 3}')]
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterator
from dataclasses import dataclass

from cleanroom.batch.sources import _READ_ERRORS, Item, Where

_BOM = b"\xef\xbb\xbf"
_DONTNEED: int | None = getattr(mmap, "MADV_DONTNEED", None)


@dataclass(frozen=True)
class Span:
    """Bytes ``[start, end)`` of a plain JSONL file: whole lines, the first one numbered
    ``first_line`` (1-based)."""

    path: str
    start: int
    end: int
    first_line: int
    error: tuple[str, str] | None = None  # the file could not be read from here on


def spans(path: str, max_items: int = 256, max_bytes: int = 2 << 20,
          taper_from: int | None = None) -> Iterator[Span]:
    """``path`` cut into spans of at most ``max_items`` lines (blank ones included) and about
    ``max_bytes`` bytes (a longer single line makes a span of its own).  A read error ends the
    file with a span that carries it, so it still gives one error record.

    Spans that start at or after byte ``taper_from`` are cut four times smaller: at the end of
    a run, the worker that finishes first then waits for a short last chunk, not a long one.

    The file is memory-mapped and only its newlines are looked for (``find``, memchr in C):
    nothing is copied, so this costs the main process little next to the workers.  Pages
    already cut are dropped from the mapping, so resident memory stays flat on big files."""
    start, line = 0, 1
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                return
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                if hasattr(mm, "madvise") and hasattr(mmap, "MADV_SEQUENTIAL"):
                    mm.madvise(mmap.MADV_SEQUENTIAL)
                find = mm.find
                released = 0
                while start < size:
                    if taper_from is not None and start >= taper_from:
                        max_items, max_bytes = max(1, max_items // 4), max(1, max_bytes // 4)
                        taper_from = None
                    limit = start + max_bytes
                    end, lines = start, 0
                    while lines < max_items:
                        nl = find(b"\n", end)
                        stop = size - 1 if nl < 0 else nl  # the last line may have no newline
                        if stop >= limit and lines:  # the span is full; this line starts the next
                            break
                        end, lines = stop + 1, lines + 1
                        if nl < 0:
                            break
                    yield Span(path, start, end, line)
                    start, line = end, line + lines
                    done = end - end % mmap.PAGESIZE
                    if _DONTNEED is not None and done > released:  # keep RSS flat
                        mm.madvise(_DONTNEED, released, done - released)
                        released = done
    except _READ_ERRORS as e:
        yield Span(path, start, start, line, error=(
            "unreadable_input", (f"the file cannot be read after line {line - 1} ({e}); "
                                 "the rest of the file was not read")))


def span_items(span: Span) -> Iterator[Item]:
    """The records of ``span``, as ``sources.items`` would give them: non-blank lines with
    their newline, numbered; a UTF-8 BOM at the start of the file is dropped."""
    if span.error is not None:
        yield Item("jsonl", b"", Where(span.path, line=span.first_line), error=span.error)
        return
    try:
        block = _read(span)
    except _READ_ERRORS as e:
        yield Item("jsonl", b"", Where(span.path, line=span.first_line), error=(
            "unreadable_input", f"lines from {span.first_line} on cannot be read ({e})"))
        return
    for begin, end, line in record_lines(block, span.first_line):
        yield Item("jsonl", block[begin:end], Where(span.path, line=line))


def record_lines(block: bytes, first_line: int) -> Iterator[tuple[int, int, int]]:
    """``(begin, end, line number)`` of each line of ``block`` that holds a record: not blank
    (only ASCII whitespace), its newline included; the first line is numbered ``first_line``.
    """
    pos, line, size, find = 0, first_line, len(block), block.find
    while pos < size:
        nl = find(b"\n", pos)
        end = size if nl < 0 else nl + 1
        if block[pos] == 0x7B or not block[pos:end].isspace():  # 0x7B: "{", the usual start
            yield pos, end, line
        pos, line = end, line + 1


def _read(span: Span) -> bytes:
    with open(span.path, "rb") as f:
        f.seek(span.start)
        block = f.read(span.end - span.start)
    return block[3:] if span.start == 0 and block.startswith(_BOM) else block


def read_span(span: Span) -> bytes | None:
    """The bytes of ``span`` (a UTF-8 BOM at the start of the file dropped), or ``None`` if
    they cannot be read: ``span_items`` then gives the error record."""
    if span.error is not None:
        return None
    try:
        return _read(span)
    except _READ_ERRORS:
        return None
