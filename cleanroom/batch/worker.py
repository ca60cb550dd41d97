"""What runs in the worker processes: a chunk of records cleaned, its output written.

A chunk is a list of items, or a span of a plain JSONL file that the worker reads itself and
cleans by the fast path (``fastlines``) when the settings allow; every record goes through
``records.clean_one`` otherwise.  With a target (``handoff``), the worker writes the chunk's
output into its file itself when it is the chunk's turn, and returns only its counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cleanroom.batch import fastlines
from cleanroom.batch.handoff import Target, write_in_turn
from cleanroom.batch.records import Settings, clean_one, new_total, summary_of
from cleanroom.batch.sources import Item
from cleanroom.batch.spans import Span, read_span, span_items
from cleanroom.batch.summary import Summary
from cleanroom.batch.timelimit import chunk_timer


@dataclass(frozen=True)
class ChunkResult:
    """The serialised output lines of one chunk (and sidecar report lines) and its counts.

    ``written`` is the size of the lines when the worker wrote them into the output file
    itself (``lines`` is then empty), else -1."""

    lines: bytes
    sidecar: bytes
    summary: Summary
    written: int = -1


def _clean_span(span: Span, settings: Settings, total: dict[str, Any],
                parts: list[bytes | memoryview]) -> Iterable[Item]:
    """Clean ``span`` by the fast path when it applies (and return no items), else return its
    items for ``clean_one``."""
    options = fastlines.options_for(settings)
    block = read_span(span) if options is not None else None
    if options is None or block is None:  # an unreadable span: span_items says why
        return span_items(span)
    fastlines.clean_lines(span, block, settings, options, total, parts)
    return ()


def clean_chunk(chunk: Sequence[Item] | Span, settings: Settings) -> ChunkResult:
    """Clean every item of ``chunk`` (read from the file first for a ``Span``); one output
    line per item, in order."""
    parts, side, summary = _clean_parts(chunk, settings)
    return ChunkResult(b"".join(parts), side, summary)  # one copy


def _clean_parts(chunk: Sequence[Item] | Span, settings: Settings
                 ) -> tuple[list[bytes | memoryview], bytes, Summary]:
    """``clean_chunk`` with the output lines left in pieces (lines, newlines, pieces of
    lines), to be joined or written as they are."""
    parts: list[bytes | memoryview] = []
    side: list[bytes] = []
    total = new_total()
    with chunk_timer(settings.timeout):
        todo = _clean_span(chunk, settings, total, parts) if isinstance(chunk, Span) else chunk
        for item in todo:
            line, sidecar = clean_one(item, settings, total)
            parts += (line, b"\n")
            if sidecar:
                side += (sidecar, b"\n")
    return parts, b"".join(side), summary_of(total)


_SETTINGS: Settings | None = None
_TURN: Any = None  # the run's shared turn word (handoff.new_state), when workers write


def init_worker(settings: Settings, turn: Any = None) -> None:
    """Process-pool initializer: keep the settings so each chunk does not carry them."""
    global _SETTINGS, _TURN
    _SETTINGS, _TURN = settings, turn


def clean_chunk_in_worker(chunk: Sequence[Item] | Span, target: Target | None = None
                          ) -> ChunkResult:
    """``clean_chunk``, and with a ``target`` the output written into its file right away
    if it is this chunk's turn (see ``handoff``)."""
    assert _SETTINGS is not None, "init_worker was not called"
    parts, side, summary = _clean_parts(chunk, _SETTINGS)
    if target is not None and _TURN is not None and write_in_turn(_TURN, target, parts):
        return ChunkResult(b"", side, summary, written=sum(len(p) for p in parts))
    return ChunkResult(b"".join(parts), side, summary)
