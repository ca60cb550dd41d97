"""Plain JSONL cut into byte spans gives exactly the records of reading it line by line."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanroom.batch.sources import Source, items, plan
from cleanroom.batch.spans import Span, span_items, spans

_PIECE = st.sampled_from([b"", b" ", b"\r", b'{"a": 1}', b"\xef\xbb\xbf", b"x" * 30, b"\xff"])


@settings(deadline=None, max_examples=200)
@given(st.lists(_PIECE, max_size=14), st.booleans(), st.booleans(),
       st.integers(1, 9), st.integers(1, 50), st.none() | st.integers(0, 120))
def test_spans_give_the_lines_and_numbers_of_a_line_by_line_read(
        pieces: list[bytes], newline_at_end: bool, bom: bool, max_items: int,
        max_bytes: int, taper_from: int | None) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(pieces) + (
        b"\n" if newline_at_end else b"")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.jsonl"
        path.write_bytes(data)
        want = [(i.data, i.where.line) for i in items(Source("jsonl", (path,), Path("a")))]
        cut = list(spans(str(path), max_items, max_bytes, taper_from))
        assert [(i.data, i.where.line) for s in cut for i in span_items(s)] == want
    assert b"".join(data[s.start:s.end] for s in cut) == data  # contiguous, nothing twice
    for s in cut:
        items_here, bytes_here = max_items, max_bytes
        if taper_from is not None and s.start >= taper_from:  # the run's tail: cut smaller
            items_here, bytes_here = max(1, max_items // 4), max(1, max_bytes // 4)
        lines = data[s.start:s.end].count(b"\n")
        assert lines <= items_here  # a crash costs a bounded chunk
        assert s.end - s.start <= bytes_here or lines <= 1


def test_the_last_file_of_a_parallel_run_ends_in_small_chunks(tmp_path: Path) -> None:
    from cleanroom.batch import pool

    line = b'{"text": "' + b"x" * 200 + b'"}\n'
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_bytes(line * 4 * pool.CHUNK_ITEMS)
    sources = plan([tmp_path])

    def lines_per_chunk(jobs: int) -> dict[str, list[int]]:
        cut: dict[str, list[int]] = {"a.jsonl": [], "b.jsonl": []}
        for chunk in pool.chunks(sources, jobs=jobs):
            assert isinstance(chunk.items, Span)
            span = chunk.items
            cut[Path(span.path).name].append((span.end - span.start) // len(line))
        return cut

    full = pool.CHUNK_ITEMS
    assert lines_per_chunk(1) == {"a.jsonl": [full] * 4, "b.jsonl": [full] * 4}
    two = lines_per_chunk(2)  # the whole of b.jsonl is within its last 2 * CHUNK_BYTES
    assert two["a.jsonl"] == [full] * 4 and set(two["b.jsonl"]) == {full // 4}


def test_an_unreadable_span_is_one_error_record(tmp_path: Path) -> None:
    gone = Span(str(tmp_path / "deleted.jsonl"), 0, 10, first_line=7)
    [item] = list(span_items(gone))
    assert item.error is not None and item.error[0] == "unreadable_input"
    assert item.where.line == 7


def test_workers_are_forked_only_without_other_threads() -> None:
    import sys
    import threading

    from cleanroom.batch.pool import _start_method

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert _start_method().get_start_method() == "spawn"  # a fork could copy a held lock
    finally:
        release.set()
        other.join()
    expected = "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"
    assert _start_method().get_start_method() == expected
