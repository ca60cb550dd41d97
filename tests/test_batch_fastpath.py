"""Plain JSONL spans take a fast path through the worker (``fastlines.clean_lines``); it must
give exactly what the general path (``clean_one`` on each ``Item``) gives: the same output
bytes and the same counts, whatever the lines hold."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanroom
from cleanroom.batch import fastlines
from cleanroom.batch.records import Settings
from cleanroom.batch.sources import Keys
from cleanroom.batch.spans import span_items, spans
from cleanroom.batch.worker import ChunkResult, clean_chunk
from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

STORY = ("The harbour master said the new pier would open in March.\n"
         "Fishing boats will moor on its east side, ferries on the west.")


class Boom:
    """A detector with a bug that shows on a marker."""

    name = "boom_fast_test"
    category = Category.ADS

    def find(self, doc: Document) -> list[Finding]:
        if "BOOM" in doc.text:
            raise ZeroDivisionError("a detector bug")
        return []


def _rec(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


_LINE = st.one_of(
    st.builds(lambda t: _rec(id=1, text=t), st.text(max_size=60)),
    st.just(_rec(id=2, url="https://example.org/a", text="404\nPage not found\n" + STORY)),
    st.just(_rec(text=STORY + "\nShare this article\nSubscribe to our newsletter")),
    st.just(_rec(id=3, html="<p>Accept all cookies</p><p>" + STORY + "</p>")),
    st.just(_rec(id=4, text=STORY, html="<p>ignored</p>")),
    st.just(_rec(id=5, body=STORY)),  # missing field
    st.just(_rec(id=6, text=None, html=STORY)),  # wrong field type (text wins)
    st.just(_rec(id=7, html=["a list"])),
    st.just(_rec(id=8, text=STORY, cleanroom={"old": 1})),  # the key exists already
    st.just(_rec(id=9, text="BOOM " + STORY)),  # clean() raises
    st.just(b'{"id": 123456789012345678901234567890, "text": "big ids pass through"}'),
    st.just(b'{"id": 1.50, "text": "numbers kept as written"}   '),
    st.just(_rec(id=10, text=STORY) + b"\r"),  # a CRLF line
    st.just(b'  {"text": "leading blanks" ,"id":11 \t}'),  # blanks around the last field
    st.just(b'{"text": "no id", }'),  # malformed
    st.just(b'["not", "an", "object"]'),
    st.just(b'{"text": "bad utf-8 \xff"}'),
    st.just(b"{}"),
    st.sampled_from([b"", b"   ", b"\r", b"\t \x0c"]),  # blank lines: no record
)


def _both(data: bytes, options: Settings, max_items: int) -> tuple[list[ChunkResult],
                                                                    list[ChunkResult]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.jsonl"
        path.write_bytes(data)
        cut = list(spans(str(path), max_items=max_items))
        fast = [clean_chunk(s, options) for s in cut]
        general = [clean_chunk(list(span_items(s)), options) for s in cut]
    return fast, general


def _same(fast: list[ChunkResult], general: list[ChunkResult]) -> None:
    assert [r.lines for r in fast] == [r.lines for r in general]
    assert [replace(r.summary, clean_seconds=0) for r in fast] == [
        replace(r.summary, clean_seconds=0) for r in general]


_SETTINGS = [Settings(options=cleanroom.Options(extra_detectors=(Boom(),))),
             Settings(report="none", options=cleanroom.Options(extra_detectors=(Boom(),))),
             Settings(force_format="text", options=cleanroom.Options(strict=True)),
             Settings(keys=Keys(text="body", html="text"))]


@settings(deadline=None, max_examples=150)
@given(st.lists(_LINE, max_size=10), st.booleans(), st.booleans(), st.integers(1, 4),
       st.sampled_from(range(len(_SETTINGS))))
def test_fast_path_gives_what_the_general_path_gives(lines: list[bytes], bom: bool,
                                                     newline_at_end: bool, max_items: int,
                                                     which: int) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + (
        b"\n" if newline_at_end else b"")
    _same(*_both(data, _SETTINGS[which], max_items))


def test_the_fast_path_is_taken_and_counts_what_it_cleaned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"fast": 0}
    real = fastlines.clean_lines

    def counting(*args: object) -> None:
        calls["fast"] += 1
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fastlines, "clean_lines", counting)
    data = b"\n".join([_rec(id=1, text="404\nPage not found\n" + STORY), b"",
                       _rec(id=2, text=STORY), b"{broken"]) + b"\n"
    fast, general = _both(data, Settings(), max_items=10)
    _same(fast, general)
    assert calls["fast"] == 1
    total = fast[0].summary
    assert (total.records_in, total.records_out, total.errors) == (3, 3, 1)
    results = [cleanroom.clean(t) for t in ("404\nPage not found\n" + STORY, STORY)]
    assert total.error_pages == sum(r.report.is_error_page for r in results)
    assert total.chars_removed == results[0].report.chars_by_category
    assert 15 <= total.chars_removed["error_page"] <= len("404\nPage not found\n")
    assert total.chars_in == sum(len(r.source_text) for r in results)
    assert total.chars_out == 2 * len(STORY)
    assert total.bytes_in == len(data) - len(b"\n")  # the blank line is no record
    assert 0 < total.clean_seconds < 5
    rows = [json.loads(x) for x in fast[0].lines.splitlines()]
    assert rows[0]["cleanroom"]["text"] == STORY
    assert rows[0]["cleanroom"]["where"]["line"] == 1 and rows[2]["cleanroom"]["error"][
        "line"] == 4


def test_general_path_for_settings_that_need_it() -> None:
    """Sidecar reports, --replace-text and templates go through ``clean_one`` for every
    record; the fast path is only for output it can build the same way."""
    assert fastlines.options_for(Settings()) is not None
    assert fastlines.options_for(Settings(report="sidecar")) is None
    assert fastlines.options_for(Settings(replace_text=True)) is None
