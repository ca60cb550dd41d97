"""Records from files, directories and stdin: text/HTML files, JSONL and WARC, plain, ``.gz``
or ``.zst``.

Reading is split in two so that the expensive half runs in the workers:

* ``items(source)`` (main process) cuts a source into ``Item``\\ s: the raw bytes of one
  record and where it came from.  It never raises for bad data: a corrupt or truncated
  compressed stream or WARC record becomes an ``Item`` that carries the error.  A plain JSONL
  file is not read here at all: ``spans`` only finds where its chunks start and end, and
  each worker reads its own byte range (``span_items``).
* ``parse(item, keys)`` (worker) turns an ``Item`` into a ``Record`` (id, url, content,
  format, the JSONL fields) or raises ``RecordError``.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import mmap
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urlsplit

import orjson
import zstandard

from cleanroom.errors import UsageError

Kind = Literal["text", "html", "jsonl", "warc", "stdin"]
COMPRESSIONS = (".gz", ".zst")
_KINDS: dict[str, Kind] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
                           ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
                           ".warc": "warc"}
FILES_OUTPUT = "_files.jsonl"
"""Output name for the loose text/HTML files of one directory (one record per file)."""
STDIN = Path("-")
READ_ERRORS = (OSError, EOFError, zlib.error, ValueError, zstandard.ZstdError)


class RecordError(Exception):
    """A record that cannot be read or cleaned; ``type`` is a stable snake_case id."""

    def __init__(self, type: str, message: str) -> None:
        super().__init__(message)
        self.type = type
        self.message = message


@dataclass(slots=True)
class Where:
    """A record's file and 1-based line (JSONL) or byte offset (WARC; in the compressed
    file for ``.gz``)."""

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
        return self.file + (f":{self.line}" if self.line is not None else
                            f"@{self.offset}" if self.offset is not None else "")


@dataclass(slots=True)
class Item:
    """One raw record as read from its file: small, picklable, not parsed yet."""

    kind: Kind
    data: bytes
    where: Where
    meta: dict[str, str] | None = None  # WARC headers: id, url, content_type, charset
    error: tuple[str, str] | None = None  # (type, message) found while reading


@dataclass(slots=True)
class Record:
    """A parsed record: what to clean, in which format, and the fields to pass through."""

    id: str | None
    url: str | None
    content: str | bytes
    format: Literal["auto", "text", "html"]
    where: Where
    encoding: str | None = None
    fields: dict[str, Any] | None = None  # the JSONL object, for pass-through
    key: str | None = None  # the JSONL field the content came from
    skip: str | None = None  # why this record is not cleaned (e.g. an image in a WARC)

    @property
    def host(self) -> str | None:
        return urlsplit(self.url).hostname if self.url else None


@dataclass(frozen=True)
class Keys:
    """The JSONL field names: content from ``text`` or else ``html``.  ``id`` and ``url``
    may be dotted paths into nested objects (``metadata.url``)."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"


@dataclass(frozen=True)
class Source:
    """One unit of input, giving one output file: a JSONL or WARC file, stdin, or the loose
    text/HTML files of one directory."""

    kind: Kind
    paths: tuple[Path, ...]
    output: Path  # relative output path

    @property
    def plain_jsonl(self) -> bool:
        return self.kind == "jsonl" and not self.paths[0].name.lower().endswith(COMPRESSIONS)


@dataclass(frozen=True)
class Span:
    """Bytes ``[start, end)`` of a plain JSONL file, whole lines, the first numbered
    ``first_line``: read by the worker itself."""

    path: str
    start: int
    end: int
    first_line: int


def kind_of(path: Path) -> Kind | None:
    """The kind of a file by its suffixes, compression suffix ignored."""
    name = path.name.lower()
    for comp in COMPRESSIONS:
        name = name.removesuffix(comp)
    return _KINDS.get(os.path.splitext(name)[1])


def _output_name(path: Path) -> str:
    name = path.name
    for comp in COMPRESSIONS:
        if name.lower().endswith(comp):
            name = name[: -len(comp)]
    return name if name.lower().endswith(".jsonl") else name + ".jsonl"


def _regular(path: Path) -> bool:
    """A regular file (not a FIFO, socket or device, which could block the run forever)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def plan(inputs: Iterable[str | Path], exclude: Path | None = None,
         ignored: list[Path] | None = None) -> list[Source]:
    """The sources to read, in a stable order; raises ``UsageError`` for unusable inputs.

    ``-`` is standard input.  Directories are walked recursively (sorted); ``exclude`` (the
    output directory) is not entered; files of other types and anything that is not a
    regular file (a FIFO) are appended to ``ignored``, never opened.  With several
    directories, each one's outputs go under a directory of its name."""
    roots = [Path(raw) for raw in inputs]
    several = sum(r.is_dir() for r in roots) > 1
    skip = exclude.resolve() if exclude is not None else None
    sources: list[Source] = []
    for root in roots:
        if root == STDIN:
            sources.append(Source("stdin", (STDIN,), Path("stdin.jsonl")))
        elif root.is_dir():
            prefix = Path(root.resolve().name) if several else Path()
            sources.extend(replace(s, output=prefix / s.output)
                           for s in _plan_dir(root, skip, ignored))
        elif root.exists() and not _regular(root):
            raise UsageError(f"{root}: not a regular file (a FIFO or device); use - for stdin")
        elif root.exists():
            kind = kind_of(root)
            if kind is None:
                raise UsageError(f"{root}: unknown file type (expected .txt, .html, .jsonl or "
                                 ".warc, optionally .gz or .zst)")
            sources.append(Source(kind, (root,), Path(_output_name(root))))
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
            kind = kind_of(path) if _regular(path) else None
            if kind in ("text", "html"):
                docs.append(path)
            elif kind is not None:
                yield Source(kind, (path,), rel / _output_name(path))
            elif ignored is not None:
                ignored.append(path)
        if docs:
            yield Source("text", tuple(docs), rel / FILES_OUTPUT)


class _Zstd(io.RawIOBase):
    """A ``.zst`` file decompressed frame after frame.  A stream that ends inside a frame
    raises ``EOFError``: zstandard's own ``stream_reader`` returns what it has, silently."""

    def __init__(self, path: Path) -> None:
        self.raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._dctx = zstandard.ZstdDecompressor()
        self._obj = self._dctx.decompressobj()
        self._out, self._pos, self._in_frame = b"", 0, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._pos >= len(self._out):
            data = self.raw.read(1 << 18)
            if not data:
                if self._in_frame:
                    raise EOFError("the zstd stream is truncated (it ends inside a frame)")
                return 0
            out = []
            while data:
                self._in_frame = True
                out.append(self._obj.decompress(data))
                if not self._obj.eof:
                    break
                data = self._obj.unused_data
                self._obj, self._in_frame = self._dctx.decompressobj(), False
            self._out, self._pos = b"".join(out), 0
        n = min(len(buffer), len(self._out) - self._pos)
        buffer[:n] = self._out[self._pos:self._pos + n]
        self._pos += n
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_stream(path: Path) -> IO[bytes]:
    """``path`` for reading bytes (``-``: stdin), ``.gz`` and ``.zst`` decompressed; a
    truncated or corrupt stream raises one of ``READ_ERRORS`` when it is reached."""
    name = path.name.lower()
    if path == STDIN:
        return sys.stdin.buffer
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        return io.BufferedReader(_Zstd(path), 1 << 16)
    return open(path, "rb")


def disk_position(stream: IO[bytes]) -> int:
    """How far into the file on disk ``stream`` has read (for the progress bar)."""
    raw = getattr(stream, "fileobj", None) or getattr(getattr(stream, "raw", None), "raw",
                                                      None) or stream
    try:
        return int(raw.tell())
    except (OSError, ValueError, AttributeError):
        return 0


def items(source: Source, where: list[int] | None = None) -> Iterator[Item]:
    """The raw records of ``source``, lazily; bad data becomes an ``Item`` with an error.
    ``where[0]`` follows how many bytes of the file(s) on disk have been read."""
    where = where if where is not None else [0]
    if source.kind == "warc":
        yield from _warc_items(source.paths[0], where)
    elif source.kind in ("jsonl", "stdin"):
        yield from _stream_items(source, where)
    else:
        for path in source.paths:
            yield _file_item(path)
            where[0] += _size(path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _file_item(path: Path) -> Item:
    kind = kind_of(path) or "text"
    try:
        with open_stream(path) as f:
            return Item(kind, f.read(), Where(str(path)))
    except READ_ERRORS as e:
        return Item(kind, b"", Where(str(path)),
                    error=("unreadable_input", f"cannot read the file: {e}"))


def _stream_items(source: Source, where: list[int]) -> Iterator[Item]:
    path, line = source.paths[0], 0
    name = "<stdin>" if path == STDIN else str(path)
    try:
        with open_stream(path) as f:
            head = f.peek(1 << 12) if path == STDIN else b"{"  # type: ignore[attr-defined]
            if head.lstrip()[:1] != b"{":
                yield Item("stdin", f.read(), Where(name))  # one document, text or HTML
                return
            for line, data in enumerate(f, 1):
                if line == 1 and data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM
                    data = data[3:]
                if data.strip():
                    yield Item("jsonl", data, Where(name, line))
                    if line % 64 == 0:
                        where[0] = disk_position(f)
            where[0] = disk_position(f)
    except READ_ERRORS as e:
        yield Item("jsonl", b"", Where(name, line + 1), error=(
            "unreadable_input", (f"the file cannot be read after line {line} ({e}); the rest "
                                 "of the file was not read")))


def _warc_items(path: Path, where: list[int]) -> Iterator[Item]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset = 0
    try:
        # FastWARC detects .gz and .zst itself; auto_decode undoes HTTP content encodings.
        for rec in ArchiveIterator(str(path), record_types=WarcRecordType.response,
                                   parse_http=True, auto_decode="all"):
            offset = where[0] = int(rec.stream_pos)
            meta = {k: v for k, v in (("id", rec.record_id), ("url", rec.headers.get(
                "WARC-Target-URI")), ("content_type", rec.http_content_type),
                ("charset", rec.http_charset)) if v}
            body = rec.reader.read()
            expected = int(rec.content_length or 0)
            error = None
            if not rec.record_id or len(body) < expected:
                error = ("truncated_warc", (f"the WARC record is truncated: {len(body)} of "
                         f"{expected} payload bytes"))
            yield Item("warc", b"" if error else body, Where(str(path), offset=offset), meta,
                       error)
    except READ_ERRORS as e:
        yield Item("warc", b"", Where(str(path), offset=offset), error=(
            "unreadable_input", (f"unreadable WARC data after offset {offset} ({e}); the "
                                 "rest of the file was not read")))
    where[0] = _size(path)


def spans(path: Path, max_bytes: int) -> Iterator[Span]:
    """A plain JSONL file cut at line boundaries into spans of about ``max_bytes``.  Only
    the newlines are looked for (``find`` in a memory map), so the main process copies
    nothing; the pages already cut are dropped from the mapping (flat RSS)."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if not size:
            return
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            start, line, released = 0, 1, 0
            while start < size:
                nl = mm.find(b"\n", min(start + max_bytes, size) - 1)
                end = size if nl < 0 else nl + 1
                yield Span(str(path), start, end, line)
                line += mm[start:end].count(b"\n")
                start = end
                done = end - end % mmap.PAGESIZE
                if hasattr(mmap, "MADV_DONTNEED") and done > released:
                    mm.madvise(mmap.MADV_DONTNEED, released, done - released)
                    released = done


def span_items(span: Span) -> Iterator[Item]:
    """The records of ``span``: its non-blank lines with their newline, numbered (a UTF-8
    BOM at the start of the file dropped)."""
    try:
        with open(span.path, "rb") as f:
            f.seek(span.start)
            block = f.read(span.end - span.start)
    except READ_ERRORS as e:
        yield Item("jsonl", b"", Where(span.path, span.first_line), error=(
            "unreadable_input", f"lines from {span.first_line} on cannot be read ({e})"))
        return
    if span.start == 0 and block.startswith(b"\xef\xbb\xbf"):
        block = block[3:]
    pos, line, size, find = 0, span.first_line, len(block), block.find
    while pos < size:
        nl = find(b"\n", pos)
        end = size if nl < 0 else nl + 1
        if block[pos] == 0x7B or not block[pos:end].isspace():  # 0x7B: "{", the usual start
            yield Item("jsonl", block[pos:end], Where(span.path, line))
        pos, line = end, line + 1


def parse(item: Item, keys: Keys = Keys()) -> Record:
    """The ``Record`` in ``item``; raises ``RecordError`` saying what is wrong with it."""
    if item.error is not None:
        raise RecordError(*item.error)
    if item.kind == "jsonl":
        return _parse_jsonl(item, keys)
    meta = item.meta or {}
    if item.kind == "warc":
        ctype = meta.get("content_type", "").lower()
        skip = None
        if ctype and "html" not in ctype and not ctype.startswith("text/"):
            skip = f"content type {ctype} is not text or HTML"
        fmt: Literal["auto", "text", "html"] = "text" if ctype == "text/plain" else "html"
        return Record(meta.get("id"), meta.get("url"), item.data, fmt, item.where,
                      encoding=_encoding(meta.get("charset")), skip=skip)
    url = canonical_url(item.data) if item.kind != "text" else None
    fmt = "auto" if item.kind == "stdin" else item.kind
    return Record(item.where.file, url, item.data, fmt, item.where)


_LINK = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(rb"""\brel\s*=\s*["']?\s*canonical\b""", re.IGNORECASE)
_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def canonical_url(page: bytes) -> str | None:
    """The ``<link rel=canonical href=...>`` of an HTML page (looked for in its first
    64 KB), so a directory of saved pages has urls to learn site templates from."""
    for tag in _LINK.finditer(page, 0, 1 << 16):
        if _REL_CANONICAL.search(tag.group()):
            href = _HREF.search(tag.group())
            if href:
                url = next(g for g in href.groups() if g is not None).strip()
                return url.decode("utf-8", "replace") or None
    return None


def _encoding(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def lookup(obj: dict[str, Any], key: str) -> Any:
    """``obj[key]``, or for a dotted key absent as such, the nested value
    (``metadata.url`` -> ``obj["metadata"]["url"]``); ``None`` if absent."""
    if key in obj or "." not in key:
        return obj.get(key)
    value: Any = obj
    for part in key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _parse_jsonl(item: Item, keys: Keys) -> Record:
    try:
        obj = orjson.loads(item.data)
    except orjson.JSONDecodeError as e:
        try:
            text = item.data.decode("utf-8")
        except UnicodeDecodeError as u:
            raise RecordError("undecodable_bytes", f"the line is not valid UTF-8 (byte "
                              f"{u.start}: {item.data[u.start:u.start + 1]!r})") from None
        try:  # integers beyond 64 bits and lone surrogates (\ud800), which orjson refuses
            obj = json.loads(text)
        except (ValueError, RecursionError):
            raise RecordError("malformed_json", f"the line is not valid JSON: {e}") from None
    if type(obj) is not dict:
        raise RecordError("not_an_object", f"the line holds {_json_type(obj)}, not an object")
    for key, fmt in ((keys.text, "text"), (keys.html, "html")):
        if key in obj:
            value = obj[key]
            if type(value) is not str:
                raise RecordError("wrong_field_type", f"field {key!r} holds "
                                  f"{_json_type(value)}, not a string")
            ident, url = lookup(obj, keys.id), lookup(obj, keys.url)
            return Record(None if ident is None else str(ident), None if url is None else
                          str(url), value, fmt, item.where, fields=obj,  # type: ignore[arg-type]
                          key=key)
    raise RecordError("missing_field", f"the record has neither {keys.text!r} nor "
                      f"{keys.html!r} (fields: {', '.join(map(str, list(obj)[:10]))})")


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "a boolean"), (dict, "an object"), (list, "an array"),
                       (str, "a string"), ((int, float), "a number")):
        if isinstance(value, kind):
            return name
    return "null"


def records(inputs: Iterable[str | Path], keys: Keys = Keys()
            ) -> Iterator[Record | tuple[Where, RecordError]]:
    """Every record of ``inputs``, parsed, in order; bad ones as ``(where, error)``."""
    for source in plan(inputs):
        reader = (span_items(Span(str(source.paths[0]), 0, _size(source.paths[0]), 1))
                  if source.plain_jsonl else items(source))
        for item in reader:
            try:
                yield parse(item, keys)
            except RecordError as e:
                yield item.where, e
