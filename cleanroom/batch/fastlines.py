"""The batch worker's fast path for plain JSONL: a span's lines cleaned with little around
``clean()``.

Why: this is the common case of a big dump (one record a line, text in one field), and the
general path (``records.clean_one``: an ``Item``, a ``Record``, context managers, a dict of
counts per record) cost ~10 us a record around a ``clean()`` of ~200 us.  Every line that is
not the common record, and every record whose ``clean()`` fails, still goes through
``clean_one``, so the output is the same byte for byte (``tests/test_batch_fastpath.py``
compares the two paths on any lines).
"""

from __future__ import annotations

import time
from typing import Any

import orjson

import cleanroom
from cleanroom.batch.records import Settings, clean_one, failure, key_slot, record_options
from cleanroom.batch.sources import Item, RecordError, Where
from cleanroom.batch.spans import Span, record_lines
from cleanroom.batch.timelimit import armed, start, stop


def options_for(settings: Settings) -> dict[str, cleanroom.Options] | None:
    """The options per content field for ``clean_lines``; ``None`` when the settings need
    ``clean_one`` for every record (sidecar reports, ``replace_text``, templates keyed on
    each record's site)."""
    if (settings.report == "sidecar" or settings.replace_text
            or settings.options.templates is not None):
        return None
    return {fmt: record_options(settings.options, settings.force_format or fmt, None)
            for fmt in ("text", "html")}


def clean_lines(span: Span, block: bytes, settings: Settings,
                 options: dict[str, cleanroom.Options], total: dict[str, Any],
                 parts: list[bytes | memoryview]) -> None:
    """``clean_one`` for each line of a plain JSONL span, made cheap for the common record.

    Why: around a ``clean()`` of ~200 us, the ``Item``, ``Where`` and ``Record`` objects, the
    options lookup (hashing ``Options``), the context managers and the per-record counts cost
    ~10 us a record.  Here a JSON object whose text (else HTML) field is a string and that has
    no ``cleanroom`` key yet is cleaned and written inline, and counted in local variables;
    every other line (bad JSON, missing field, ...) and every failed ``clean()`` goes through
    ``clean_one`` itself, so the output is the same byte for byte (tests compare the two).
    The span is done in three passes (parse all, clean all, write all) rather than record by
    record: each pass keeps its code and data in the CPU caches (in-process on 25 MB of the
    benchmark dump, outside ``clean()``: about 18 -> 15 us a record; ``clean()`` no slower).
    """
    path, inline = span.path, settings.report == "inline"
    text_key, html_key = settings.keys.text, settings.keys.html
    seconds = settings.timeout if armed() else None
    clean, loads, dumps, perf = cleanroom.clean, orjson.loads, orjson.dumps, time.perf_counter
    removed: dict[str, int] = total["chars_removed"]
    records = size_in = chars_in = chars_out = error_pages = 0
    spent = 0.0
    view = memoryview(block)
    todo: list[tuple[int, int, int, str | None, str]] = []
    for begin, end, line in record_lines(block, span.first_line):  # first parse them all, ...
        try:
            obj = loads(view[begin:end])
        except orjson.JSONDecodeError:
            obj = None
        value, fmt = None, "text"
        if type(obj) is dict and "cleanroom" not in obj:
            if text_key in obj:
                value = obj[text_key]
            else:
                value, fmt = obj.get(html_key), "html"
        todo.append((begin, end, line, value if type(value) is str else None, fmt))
    done: list[cleanroom.Result | RecordError | None] = []
    for _, _, _, value, fmt in todo:  # ... then clean them all, ...
        if value is None:
            done.append(None)
            continue
        try:
            if seconds:
                start(seconds)
            t0 = perf()
            try:
                done.append(clean(value, options[fmt]))
            finally:
                spent += perf() - t0
                if seconds:
                    stop()
        except Exception as e:  # noqa: BLE001 - a bug must not lose the record
            done.append(failure(e, settings))
    for (begin, end, line, _, _), result in zip(todo, done):  # ... then write them all
        if result is None or isinstance(result, RecordError):
            error = None if result is None else (result.type, result.message)
            item = Item("jsonl", block[begin:end], Where(path, line=line), error=error)
            parts += (clean_one(item, settings, total)[0], b"\n")
            continue
        report = result.report.encodable()  # orjson writes it as it would to_dict()
        payload = {"text": result.text, "where": {"file": path, "line": line}}
        if inline:
            payload["report"] = report
        # The line up to its closing brace, the new key, the brace: as records._append_key
        # builds it, but in pieces, without copying the line.
        close, opener = key_slot(block, begin, end)
        parts += (view[begin:close], opener, dumps(payload), b"}\n")
        records += 1
        size_in += end - begin
        chars_in += len(result.source_text)
        chars_out += len(result.text)
        error_pages += result.report.is_error_page
        for category, n in report["chars_by_category"].items():
            removed[category] = removed.get(category, 0) + n
    for key, n in (("records_in", records), ("records_out", records), ("bytes_in", size_in),
                   ("chars_in", chars_in), ("chars_out", chars_out),
                   ("error_pages", error_pages), ("clean_seconds", spent)):
        total[key] += n
