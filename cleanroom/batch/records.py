"""One record in, one output line out: parse, ``clean()``, serialise, or an error record.

``clean_one`` never raises for a bad record:
whatever goes wrong (bad JSON, missing field, a timeout, a bug in a detector) becomes an
error record under the ``cleanroom`` key that says what and where, so the number of output
records always equals the number of input records.

Output record, per input kind:

* JSONL: the input line's bytes unchanged, with ``"cleanroom": {...}`` appended as the last
  key (so other fields pass through untouched, even numbers orjson would reformat).
  With ``replace_text`` the content field holds the clean text instead.
* text/HTML files and WARC records: ``{"id", "url", "cleanroom": {...}}``.

``cleanroom`` holds ``text`` and ``report`` (or the report goes to a sidecar line, or
nowhere), ``where`` (file and line or offset), and ``error: {type, message}`` or
``skipped`` instead of ``text`` when the record was not cleaned.
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import orjson

import cleanroom
from cleanroom.batch.sources import Item, Keys, Record, RecordError, parse
from cleanroom.batch.summary import Summary
from cleanroom.batch.timelimit import RecordTimeout, chunk_timer, limit

ReportMode = Literal["inline", "sidecar", "none"]


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs; built once by the CLI, sent once to each worker."""

    options: cleanroom.Options = cleanroom.Options()  # noqa: RUF009 - frozen, immutable
    keys: Keys = Keys()  # noqa: RUF009 - frozen, immutable
    report: ReportMode = "inline"
    replace_text: bool = False
    timeout: float | None = 60.0
    force_format: Literal["auto", "text", "html"] | None = None


def _dumps(obj: Any) -> bytes:
    try:
        return orjson.dumps(obj)
    except TypeError:  # integers beyond 64 bits in passed-through fields
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def key_slot(data: bytes, begin: int = 0, end: int | None = None) -> tuple[int, bytes]:
    """Where the ``cleanroom`` key goes in the JSON object ``data[begin:end]``, and what
    opens it: the offset right after the object's last value (its last ``}`` closes it, and
    the space before that brace is dropped), and ``"cleanroom":`` after a comma unless the
    object is empty."""
    close = data.rfind(b"}", begin, end)
    while close > begin and data[close - 1] in b" \t\r\n":
        close -= 1
    return close, b'"cleanroom":' if data[close - 1:close] == b"{" else b',"cleanroom":'


def _append_key(line: bytes, payload: bytes) -> bytes:
    """``{"a":1}`` + payload -> ``{"a":1,"cleanroom":payload}`` without re-encoding the line
    (one copy, not four)."""
    close, key = key_slot(line)
    return b"".join((memoryview(line)[:close], key, payload, b"}"))


@lru_cache(maxsize=64)
def record_options(base: cleanroom.Options, fmt: str, encoding: str | None) -> cleanroom.Options:
    if fmt == base.format and encoding == base.encoding:
        return base
    return cleanroom.Options.build(base, {"format": fmt, "encoding": encoding})


def clean_record(record: Record, settings: Settings, total: dict[str, Any] | None = None
                 ) -> cleanroom.Result:
    """``clean()`` on ``record`` within the time limit; the seconds spent inside ``clean()``
    itself (not the options lookup or the timer) are added to ``total["clean_seconds"]``."""
    opts = record_options(settings.options, settings.force_format or record.format, record.encoding)
    if opts.templates is not None and record.url:  # the template detector keys on the site
        opts = dataclasses.replace(opts, url=record.url)
    with limit(settings.timeout):
        t0 = time.perf_counter()
        try:
            return cleanroom.clean(record.content, opts)
        finally:
            if total is not None:
                total["clean_seconds"] += time.perf_counter() - t0


_COUNTS = ("records_in", "records_out", "errors", "skipped", "error_pages", "bytes_in",
           "chars_in", "chars_out")


def new_total() -> dict[str, Any]:
    """The counts ``clean_one`` adds to, in place: one dict per chunk, not one per record
    (building and merging a dict per record cost about 2% of ``clean()``)."""
    total: dict[str, Any] = dict.fromkeys(_COUNTS, 0)
    total.update(clean_seconds=0.0, errors_by_type={}, chars_removed={})
    return total


def summary_of(total: dict[str, Any]) -> Summary:
    for key in ("errors_by_type", "chars_removed"):
        total[key] = dict(sorted(total[key].items()))
    return Summary(**total)


def failure(e: Exception, settings: Settings) -> RecordError:
    """The error record's type and message for an exception raised while cleaning."""
    if isinstance(e, RecordTimeout):
        return RecordError("timeout", f"cleaning took longer than {settings.timeout} s")
    if isinstance(e, RecursionError):
        return RecordError("clean_failed", "clean() hit the recursion limit")
    return RecordError("clean_failed", f"clean() raised {type(e).__name__}: {e}")


def clean_item(item: Item, settings: Settings) -> tuple[bytes, bytes, Summary]:
    """The output line, sidecar line and counts for one raw record.  Never raises."""
    total = new_total()
    with chunk_timer(settings.timeout):
        line, sidecar = clean_one(item, settings, total)
    return line, sidecar, summary_of(total)


def clean_one(item: Item, settings: Settings, total: dict[str, Any]) -> tuple[bytes, bytes]:
    """The output line and sidecar line of ``item``; its counts are added to ``total``."""
    where = item.where.to_dict()
    payload: dict[str, Any] = {}
    record: Record | None = None
    total["records_in"] += 1
    total["records_out"] += 1
    total["bytes_in"] += len(item.data)
    report: dict[str, Any] | None = None
    try:
        record = parse(item, settings.keys)
        if record.skip:
            payload["skipped"] = record.skip
            total["skipped"] += 1
        else:
            try:
                result = clean_record(record, settings, total)
            except Exception as e:  # noqa: BLE001 - a bug must not lose the record
                raise failure(e, settings) from None
            rep = result.report
            payload["text"] = result.text
            report = rep.to_dict()
            by_category = report["chars_by_category"]
            total["chars_in"] += len(result.source_text)
            total["chars_out"] += len(result.text)
            total["error_pages"] += rep.is_error_page
            removed = total["chars_removed"]
            for category, n in by_category.items():
                removed[category] = removed.get(category, 0) + n
    except RecordError as e:
        payload = {"error": {"type": e.type, "message": e.message, **where}}
        total["errors"] += 1
        by_type = total["errors_by_type"]
        by_type[e.type] = by_type.get(e.type, 0) + 1
    payload["where"] = where
    sidecar = b""
    if report is not None:
        if settings.report == "inline":
            payload["report"] = report
        elif settings.report == "sidecar":
            sidecar = _dumps({"where": where, "report": report})
    if settings.report == "sidecar" and not sidecar:
        sidecar = _dumps({"where": where, "report": None})
    return _output_line(item, record, payload, settings), sidecar


def _output_line(item: Item, record: Record | None, payload: dict[str, Any],
                 settings: Settings) -> bytes:
    fields = record.fields if record is not None else None
    if record is None and item.kind == "jsonl":
        return _jsonl_error_line(item, payload)
    if fields is None:
        head: dict[str, Any] = {}
        if record is not None:
            head = {"id": record.id, "url": record.url}
        elif item.kind == "warc":
            head = {"id": item.meta.get("id"), "url": item.meta.get("url")}
        return _dumps({**head, "cleanroom": payload})
    if settings.replace_text and "text" in payload:
        key = settings.keys.text if settings.keys.text in fields else settings.keys.html
        out = dict(fields)
        out[key] = payload.pop("text")
        out["cleanroom"] = payload
        return _dumps(out)
    if "cleanroom" in fields:  # the key exists already: rebuild rather than duplicate it
        return _dumps({**fields, "cleanroom": payload})
    return _append_key(item.data, _dumps(payload))


def _jsonl_error_line(item: Item, payload: dict[str, Any]) -> bytes:
    """An unreadable JSONL record: its fields pass through if it is an object, else the line
    itself is kept (as text, bad bytes backslash-escaped) under ``cleanroom.error.raw``."""
    try:
        if isinstance(orjson.loads(item.data), dict):
            return _append_key(item.data, _dumps(payload))
    except orjson.JSONDecodeError:
        pass
    if "error" in payload and item.data:
        payload["error"]["raw"] = item.data.rstrip(b"\r\n").decode("utf-8", "backslashreplace")
    return _dumps({"cleanroom": payload})
