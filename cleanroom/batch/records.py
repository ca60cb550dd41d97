"""One record in, one output line out: parse, ``clean()``, serialise, or an error record.

``clean_one`` is the only path a record takes, whatever its kind, and it never raises for a
bad record: whatever goes wrong (bad JSON, a missing field, a bug in a detector) becomes an
error record under the ``cleanroom`` key that says what and where, so the number of output
records always equals the number of input records.

Two layouts (``Settings.layout``):

* ``cleanroom`` (the default).  JSONL: the input line's bytes unchanged with
  ``"cleanroom": {...}`` appended as its last key (other fields pass through untouched, even
  numbers other parsers would reformat).  Files and WARC records: ``{"id", "url",
  "cleanroom"}``.  With ``replace_text`` the clean text goes into the text field instead.
* ``datatrove``: ``{"text", "id", "metadata"}`` as datatrove's readers and writers have it;
  the other JSONL fields, the ``url`` and ``cleanroom`` go into ``metadata``.

``cleanroom`` holds ``text`` and ``report`` (or the report goes to a sidecar line, or
nowhere), ``where``, and ``error: {type, message}`` or ``skipped`` instead of ``text``.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import MutableSequence
from dataclasses import dataclass
from typing import Any, Literal

import orjson

import cleanroom
from cleanroom.batch.sources import Item, Keys, Record, RecordError, parse
from cleanroom.batch.summary import Summary

ReportMode = Literal["inline", "sidecar", "none"]
Layout = Literal["cleanroom", "datatrove"]


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs; built once by the CLI, sent once to each worker."""

    options: cleanroom.Options = cleanroom.Options()  # noqa: RUF009 - frozen, immutable
    keys: Keys = Keys()  # noqa: RUF009 - frozen, immutable
    report: ReportMode = "inline"
    replace_text: bool = False
    timeout: float | None = 60.0
    force_format: Literal["auto", "text", "html"] | None = None
    layout: Layout = "cleanroom"

    def describe(self) -> dict[str, Any]:
        """What decides the output bytes, for ``--resume`` to check it is the same run."""
        o = self.options
        return {"layout": self.layout, "report": self.report, "replace_text": self.replace_text,
                "keys": dataclasses.asdict(self.keys), "format": self.force_format,
                "strict": o.strict, "headline": o.headline, "categories":
                sorted(o.categories) if o.categories is not None else None,
                "templates": None if o.templates is None else len(o.templates)}


_options: dict[tuple[int, str, str | None], cleanroom.Options] = {}


def _record_options(settings: Settings, record: Record) -> cleanroom.Options:
    fmt = settings.force_format or record.format
    key = (id(settings.options), fmt, record.encoding)
    opts = _options.get(key)
    if opts is None:
        opts = _options[key] = cleanroom.Options.build(settings.options, {
            "format": fmt, "encoding": record.encoding})
    if opts.templates is not None and record.url:  # the template detector keys on the site
        opts = dataclasses.replace(opts, url=record.url)
    return opts


_html_ready = False


def warm_html() -> None:
    """Import trafilatura and clean one page, so that no record's clock pays for it."""
    global _html_ready
    _html_ready = True
    cleanroom.clean("<html><body><p>Warm up the HTML path.</p></body></html>", format="html")


def clean_record(record: Record, settings: Settings, total: dict[str, Any] | None = None,
                 slot: MutableSequence[float] | None = None) -> cleanroom.Result:
    """``clean()`` on ``record``; raises ``RecordError`` if it raises.  The seconds inside
    ``clean()`` are added to ``total["clean_seconds"]``; ``slot[1]`` holds the time the call
    started while it runs (the pool stops a record that overruns its time limit)."""
    opts = _record_options(settings, record)
    if opts.format != "text" and not _html_ready:
        warm_html()
    t0 = time.perf_counter()
    if slot is not None:
        slot[1] = t0
    try:
        return cleanroom.clean(record.content, opts)
    except RecursionError:
        raise RecordError("clean_failed", "clean() hit the recursion limit") from None
    except Exception as e:  # noqa: BLE001 - a bug must not lose the record
        raise RecordError("clean_failed", f"clean() raised {type(e).__name__}: {e}") from None
    finally:
        if slot is not None:
            slot[1] = 0.0
        if total is not None:
            total["clean_seconds"] += time.perf_counter() - t0


_COUNTS = ("records_in", "records_out", "errors", "skipped", "error_pages", "bytes_in",
           "chars_in", "chars_out", "text_chars_removed", "dom_chars_removed")


def new_total() -> dict[str, Any]:
    """The counts ``clean_one`` adds to, in place: one dict per chunk, not one per record."""
    total: dict[str, Any] = dict.fromkeys(_COUNTS, 0)
    total.update(clean_seconds=0.0, errors_by_type={}, chars_removed={})
    return total


def summary_of(total: dict[str, Any]) -> Summary:
    for key in ("errors_by_type", "chars_removed"):
        total[key] = dict(sorted(total[key].items()))
    return Summary(**total)


def clean_one(item: Item, settings: Settings, total: dict[str, Any],
              slot: MutableSequence[float] | None = None) -> tuple[bytes, bytes]:
    """The output line and sidecar line of ``item``; its counts are added to ``total``."""
    where = item.where.to_dict()
    record: Record | None = None
    result: cleanroom.Result | None = None
    total["records_in"] += 1
    total["records_out"] += 1
    total["bytes_in"] += len(item.data)
    try:
        record = parse(item, settings.keys)
        if record.skip:
            payload: dict[str, Any] = {"skipped": record.skip}
            total["skipped"] += 1
        else:
            result = clean_record(record, settings, total, slot)
            payload = {"text": result.text}
            total["chars_in"] += len(result.source_text)
            total["chars_out"] += len(result.text)
            total["error_pages"] += result.report.is_error_page
            total["text_chars_removed"] += result.report.removed_chars
            total["dom_chars_removed"] += result.report.dom_removed_chars
            removed = total["chars_removed"]
            for category, n in result.report.chars_by_category.items():
                removed[category] = removed.get(category, 0) + n
    except RecordError as e:
        payload = {"error": {"type": e.type, "message": e.message, **where}}
        total["errors"] += 1
        by_type = total["errors_by_type"]
        by_type[e.type] = by_type.get(e.type, 0) + 1
    payload["where"] = where
    try:
        return _lines(item, record, payload, result, settings, orjson.dumps)
    except TypeError:  # lone surrogates, integers beyond 64 bits: JSON's own escapes
        return _lines(item, record, payload, result, settings, _safe_dumps)


def _safe_dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode("ascii")


def _lines(item: Item, record: Record | None, payload: dict[str, Any],
           result: cleanroom.Result | None, settings: Settings, dumps: Any
           ) -> tuple[bytes, bytes]:
    payload = dict(payload)
    sidecar = b""
    if settings.report == "sidecar":
        report = None if result is None else (result.report.encodable() if dumps is
                                              orjson.dumps else result.report.to_dict())
        sidecar = dumps({"where": payload["where"], "report": report})
    elif settings.report == "inline" and result is not None:
        payload["report"] = (result.report.encodable() if dumps is orjson.dumps
                             else result.report.to_dict())
    if settings.layout == "datatrove":
        return _datatrove_line(item, record, payload, dumps), sidecar
    return _cleanroom_line(item, record, payload, settings, dumps), sidecar


def _cleanroom_line(item: Item, record: Record | None, payload: dict[str, Any],
                    settings: Settings, dumps: Any) -> bytes:
    fields = record.fields if record is not None else None
    if record is None and item.kind == "jsonl":
        return _jsonl_error_line(item, payload, dumps)
    text = payload.pop("text") if settings.replace_text and "text" in payload else None
    if fields is None:
        head: dict[str, Any] = {"id": record.id if record else (item.meta or {}).get("id"),
                                "url": record.url if record else (item.meta or {}).get("url")}
        if text is not None:
            head["text"] = text
        return bytes(dumps({**head, "cleanroom": payload}))
    if text is not None:
        assert record is not None and record.key is not None
        out = {k: v for k, v in fields.items() if k not in (record.key, "cleanroom")}
        out[settings.keys.text] = text
        return bytes(dumps({**out, "cleanroom": payload}))
    if "cleanroom" in fields:  # rebuild rather than duplicate the key
        return bytes(dumps({**{k: v for k, v in fields.items() if k != "cleanroom"},
                            "cleanroom": payload}))
    return _append_key(item.data, dumps(payload))


def _datatrove_line(item: Item, record: Record | None, payload: dict[str, Any],
                    dumps: Any) -> bytes:
    meta: dict[str, Any] = {}
    if record is not None and record.fields is not None:
        skip = {record.key, "id", "text", "html"}
        meta = {k: v for k, v in record.fields.items() if k not in skip}
        nested = meta.pop("metadata", None)
        meta = {**nested, **meta} if isinstance(nested, dict) else (
            meta if nested is None else {**meta, "metadata": nested})
    url = record.url if record is not None else (item.meta or {}).get("url")
    ident = record.id if record is not None else (item.meta or {}).get("id")
    meta["url"] = url
    meta["cleanroom"] = payload
    text = payload.pop("text", "")
    return bytes(dumps({"text": text, "id": ident or str(item.where), "metadata": meta}))


def _append_key(line: bytes, payload: bytes) -> bytes:
    """``{"a":1}`` + payload -> ``{"a":1,"cleanroom":payload}`` without re-encoding the line:
    after the object's last value (its last ``}``, blanks before it dropped)."""
    close = line.rfind(b"}")
    while close > 0 and line[close - 1] in b" \t\r\n":
        close -= 1
    key = b'"cleanroom":' if line[close - 1:close] == b"{" else b',"cleanroom":'
    return b"".join((memoryview(line)[:close], key, payload, b"}"))


def _jsonl_error_line(item: Item, payload: dict[str, Any], dumps: Any) -> bytes:
    """An unreadable JSONL record: its fields pass through if it is an object, else the line
    itself is kept (as text, bad bytes backslash-escaped) under ``cleanroom.error.raw``."""
    try:
        if isinstance(orjson.loads(item.data), dict):
            return _append_key(item.data, dumps(payload))
    except orjson.JSONDecodeError:
        pass
    if "error" in payload and item.data:
        payload["error"] = {**payload["error"], "raw": item.data.rstrip(b"\r\n").decode(
            "utf-8", "backslashreplace")}
    return bytes(dumps({"cleanroom": payload}))
