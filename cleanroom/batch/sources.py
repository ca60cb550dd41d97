"""Records from files and directories: text/HTML files, JSONL and WARC, plain, ``.gz`` or ``.zst``.

Reading is lazy and streaming: files are opened one at a time and read line by line (JSONL) or
record by record (WARC), so memory does not grow with the size of a dump.

Reading is split in two so that the expensive half runs in the workers:

* ``items(source)`` (main process) cuts a source into ``Item``\\ s: the raw bytes of one
  record and where it came from (file and line, or byte offset).  It never raises for bad
  data inside a file: a corrupt compressed stream or a truncated WARC record becomes an
  ``Item`` that carries the error, so it still yields one output record.
* ``parse(item, keys)`` (worker) turns an ``Item`` into a ``Record`` (id, url, host, content,
  format, the other JSONL fields) or raises ``RecordError`` saying what is wrong with it.

``records(paths)`` chains both, for passes that want parsed records directly (e.g. learning
site templates).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urlsplit

import orjson

Kind = Literal["text", "html", "jsonl", "warc"]
COMPRESSIONS = (".gz", ".zst")
_DOC_SUFFIXES: dict[str, Kind] = {".txt": "text", ".text": "text", ".html": "html",
                                  ".htm": "html", ".xhtml": "html"}
_STREAM_SUFFIXES: dict[str, Kind] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc"}
FILES_OUTPUT = "_files.jsonl"
"""Output name for the loose text/HTML files of one directory (one record per file)."""


class RecordError(Exception):
    """A record that cannot be read or cleaned; ``type`` is a stable snake_case id."""

    def __init__(self, type: str, message: str) -> None:
        super().__init__(message)
        self.type = type
        self.message = message


class UsageError(Exception):
    """The inputs cannot be used at all (missing path, unknown file type, missing extra)."""


@dataclass(frozen=True)
class Where:
    """Where a record came from: the file and a 1-based line (JSONL) or a byte offset (WARC;
    in the decompressed stream for ``.zst``, the compressed one for ``.gz``)."""

    file: str
    line: int | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file}
        if self.line is not None:
            out["line"] = self.line
        if self.offset is not None:
            out["offset"] = self.offset
        return out

    def __str__(self) -> str:
        at = (f":{self.line}" if self.line is not None else
              f"@{self.offset}" if self.offset is not None else "")
        return self.file + at


@dataclass(frozen=True)
class Item:
    """One raw record as read from its file: small, picklable, not parsed yet."""

    kind: Kind
    data: bytes
    where: Where
    meta: dict[str, str] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (type, message) found while reading


@dataclass(frozen=True)
class Record:
    """A parsed record: what to clean, in which format, and the fields to pass through."""

    id: str | None
    url: str | None
    content: str | bytes
    format: Literal["auto", "text", "html"]
    where: Where
    encoding: str | None = None
    fields: dict[str, Any] | None = None  # the JSONL object, for pass-through
    skip: str | None = None  # why this record is not cleaned (e.g. an image in a WARC)

    @property
    def host(self) -> str | None:
        return urlsplit(self.url).hostname if self.url else None


@dataclass(frozen=True)
class Keys:
    """The JSONL field names: content is read from ``text`` or else ``html``."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"


@dataclass(frozen=True)
class Source:
    """One unit of input, giving one output file: a JSONL or WARC file, or the loose
    text/HTML files of one directory."""

    kind: Kind
    paths: tuple[Path, ...]
    output: Path  # relative output path


def kind_of(path: Path) -> Kind | None:
    """The kind of a file by its suffixes, compression suffix ignored."""
    name = path.name.lower()
    for comp in COMPRESSIONS:
        name = name.removesuffix(comp)
    suffix = os.path.splitext(name)[1]
    return _DOC_SUFFIXES.get(suffix) or _STREAM_SUFFIXES.get(suffix)


def _output_name(path: Path) -> str:
    name = path.name
    for comp in COMPRESSIONS:
        if name.lower().endswith(comp):
            name = name[: -len(comp)]
    return name if name.lower().endswith(".jsonl") else name + ".jsonl"


def plan(inputs: Iterable[str | Path], exclude: Path | None = None,
         ignored: list[Path] | None = None) -> list[Source]:
    """The sources to read, in a stable order; raises ``UsageError`` for unusable inputs.

    Directories are walked recursively; ``exclude`` (the output directory, when it lies
    inside an input) is not entered, and files of other types are appended to ``ignored``.
    With several directories, each one's outputs go under a directory of its name.
    """
    roots = [Path(raw) for raw in inputs]
    several = sum(r.is_dir() for r in roots) > 1
    skip = exclude.resolve() if exclude is not None else None
    sources: list[Source] = []
    for root in roots:
        if root.is_dir():
            prefix = Path(root.resolve().name) if several else Path()
            sources.extend(replace(s, output=prefix / s.output)
                           for s in _plan_dir(root, skip, ignored))
        elif root.is_file():
            kind = kind_of(root)
            if kind is None:
                raise UsageError(f"{root}: unknown file type (expected .txt, .html, .jsonl or "
                                 ".warc, optionally .gz or .zst)")
            out = Path(_output_name(root))
            sources.append(Source(kind, (root,), out))
        else:
            raise UsageError(f"{root}: no such file or directory")
    seen: dict[Path, Source] = {}
    for s in sources:
        if s.output in seen:
            raise UsageError(f"{s.paths[0]} and {seen[s.output].paths[0]} would both be "
                             f"written to {s.output}; clean them in separate runs")
        seen[s.output] = s
    if any(s.kind == "warc" for s in sources):
        try:
            import fastwarc  # noqa: F401
        except ImportError:
            raise UsageError("reading WARC files needs FastWARC: "
                             "pip install 'cleanroom[warc]'") from None
    return sources


def _plan_dir(root: Path, skip: Path | None, ignored: list[Path] | None) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if skip is None or (here / d).resolve() != skip)
        rel = here.relative_to(root)
        docs: list[Path] = []
        for name in sorted(filenames):
            path = here / name
            kind = kind_of(path)
            if kind in ("text", "html"):
                docs.append(path)
            elif kind is not None:
                yield Source(kind, (path,), rel / _output_name(path))
            elif ignored is not None:
                ignored.append(path)
        if docs:
            yield Source("text", tuple(docs), rel / FILES_OUTPUT)


def open_stream(path: Path) -> IO[bytes]:
    """Open ``path`` for reading bytes, decompressing ``.gz`` and ``.zst`` on the fly."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        raw = open(path, "rb")  # noqa: SIM115 - closed by the stream reader
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")


_READ_ERRORS = (OSError, EOFError, zlib.error, ValueError)


def items(source: Source) -> Iterator[Item]:
    """The raw records of ``source``, lazily.  Bad data becomes an ``Item`` with an error."""
    if source.kind == "jsonl":
        yield from _jsonl_items(source.paths[0])
    elif source.kind == "warc":
        yield from _warc_items(source.paths[0])
    else:
        for path in source.paths:
            yield _file_item(path)


def _file_item(path: Path) -> Item:
    kind = kind_of(path) or "text"
    where = Where(str(path))
    try:
        with open_stream(path) as f:
            return Item(kind, f.read(), where)
    except _READ_ERRORS as e:
        return Item(kind, b"", where, error=("unreadable_input", f"cannot read the file: {e}"))


def _jsonl_items(path: Path) -> Iterator[Item]:
    line = 0
    try:
        with open_stream(path) as f:
            for line, data in enumerate(f, 1):
                if line == 1 and data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM
                    data = data[3:]
                if data.strip():
                    yield Item("jsonl", data, Where(str(path), line=line))
    except _READ_ERRORS as e:
        yield Item("jsonl", b"", Where(str(path), line=line + 1),
                   error=("unreadable_input", (f"the file cannot be read after line {line} "
                                               f"({e}); the rest of the file was not read")))


def _warc_items(path: Path) -> Iterator[Item]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset = 0
    try:
        # FastWARC detects .gz and .zst itself; auto_decode undoes HTTP content encodings.
        for rec in ArchiveIterator(str(path), record_types=WarcRecordType.response,
                                   parse_http=True, auto_decode="all"):
            offset = int(rec.stream_pos)
            where = Where(str(path), offset=offset)
            meta = {k: v for k, v in (("id", rec.record_id), ("url", rec.headers.get(
                "WARC-Target-URI")), ("content_type", rec.http_content_type),
                ("charset", rec.http_charset)) if v}
            body = rec.reader.read()
            expected = int(rec.content_length or 0)
            if not rec.record_id or len(body) < expected:
                yield Item("warc", b"", where, meta, error=(
                    "truncated_warc", (f"the WARC record is truncated: {len(body)} of "
                                       f"{expected} payload bytes")))
            else:
                yield Item("warc", body, where, meta)
    except _READ_ERRORS as e:
        yield Item("warc", b"", Where(str(path), offset=offset), error=(
            "unreadable_input", (f"unreadable WARC data after offset {offset} ({e}); the "
                                 "rest of the file was not read")))


def parse(item: Item, keys: Keys = Keys()) -> Record:
    """The ``Record`` in ``item``; raises ``RecordError`` saying what is wrong with it."""
    if item.error is not None:
        raise RecordError(*item.error)
    if item.kind == "jsonl":
        return _parse_jsonl(item, keys)
    if item.kind == "warc":
        ctype = item.meta.get("content_type", "").lower()
        skip = None
        if ctype and "html" not in ctype and not ctype.startswith("text/"):
            skip = f"content type {ctype} is not text or HTML"
        fmt: Literal["auto", "text", "html"] = "text" if ctype == "text/plain" else "html"
        return Record(item.meta.get("id"), item.meta.get("url"), item.data, fmt, item.where,
                      encoding=_encoding(item.meta.get("charset")), skip=skip)
    return Record(item.where.file, None, item.data, item.kind, item.where)


def _encoding(name: str | None) -> str | None:
    import codecs

    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _parse_jsonl(item: Item, keys: Keys) -> Record:
    try:
        obj = orjson.loads(item.data)
    except orjson.JSONDecodeError as e:
        try:
            text = item.data.decode("utf-8")
        except UnicodeDecodeError as u:
            raise RecordError("undecodable_bytes", f"the line is not valid UTF-8 (byte "
                              f"{u.start}: {item.data[u.start:u.start + 1]!r})") from None
        try:  # integers beyond 64 bits, which orjson refuses
            obj = json.loads(text)
        except ValueError:
            raise RecordError("malformed_json", f"the line is not valid JSON: {e}") from None
    if not isinstance(obj, dict):
        raise RecordError("not_an_object", f"the line holds {_json_type(obj)}, "
                          "not an object")
    for key, fmt in ((keys.text, "text"), (keys.html, "html")):
        if key in obj:
            value = obj[key]
            if not isinstance(value, str):
                raise RecordError("wrong_field_type", f"field {key!r} holds "
                                  f"{_json_type(value)}, not a string")
            return Record(_str(obj.get(keys.id)), _str(obj.get(keys.url)), value,
                          fmt, item.where, fields=obj)  # type: ignore[arg-type]
    raise RecordError("missing_field", f"the record has neither {keys.text!r} nor "
                      f"{keys.html!r} (fields: {', '.join(map(str, list(obj)[:10]))})")


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "a boolean"), (dict, "an object"), (list, "an array"),
                       (str, "a string"), ((int, float), "a number")):
        if isinstance(value, kind):
            return name
    return "null"


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def records(inputs: Iterable[str | Path], keys: Keys = Keys()
            ) -> Iterator[Record | tuple[Where, RecordError]]:
    """Every record of ``inputs``, parsed, in order; bad ones as ``(where, error)``."""
    for source in plan(inputs):
        for item in items(source):
            try:
                yield parse(item, keys)
            except RecordError as e:
                yield item.where, e
