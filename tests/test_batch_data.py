"""Builders for the batch tests: dumps of every format, good and bad records mixed.

All text here is written for these tests.  ``mixed_dump`` returns the directory and the
number of records it holds and which error types they must produce, so tests compare the
output against what was built, not against what the tool printed.
"""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import zstandard
from fastwarc.warc import ArchiveIterator, WarcRecordType

ARTICLE = ("The ferry to the outer islands resumed its winter timetable on Monday, after "
           "two weeks in dry dock.\nThe operator said the new engines cut fuel use by a "
           "fifth, and that fares would stay the same until spring.\nIslanders had relied on "
           "a smaller boat, which could not carry vehicles, since the start of the month.")
BANNER = "404\nPage not found\n"
COMMENTS = "\nComments\nNo comments yet."


def html_page(body_text: str) -> bytes:
    paras = "".join(f"<p>{line}</p>" for line in body_text.split("\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry</title></head>"
            f"<body><article>{paras}</article></body></html>").encode()


def warc_record(uri: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                record_type: str = "response") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: {record_type}\r\n"
            f"WARC-Record-ID: <urn:uuid:{zlib.crc32(uri.encode()):032x}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


@dataclass
class Dump:
    root: Path
    records: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    skipped: int = 0

    def expect(self, n: int, error: str | None = None) -> None:
        self.records += n
        if error:
            self.errors[error] = self.errors.get(error, 0) + n


def mixed_dump(root: Path) -> Dump:
    """A directory with every input format, compressions, and every kind of bad record."""
    d = Dump(root)
    (root / "pages" / "deeper").mkdir(parents=True)
    (root / "pages" / "story.txt").write_text(BANNER + ARTICLE + COMMENTS, encoding="utf-8")
    (root / "pages" / "story.html").write_bytes(html_page(ARTICLE))
    (root / "pages" / "deeper" / "latin1.txt.gz").write_bytes(
        gzip.compress(("Grüße aus Köln. " + ARTICLE).encode("cp1252")))
    (root / "pages" / "deeper" / "broken.txt.gz").write_bytes(
        gzip.compress(ARTICLE.encode())[:40])  # truncated gzip stream
    (root / "pages" / "README.md").write_text("not an input type: ignored", encoding="utf-8")
    d.expect(3)
    d.expect(1, "unreadable_input")

    lines = [b'{"id": 1, "lang": "en", "text": "' + (BANNER + ARTICLE).replace(
                 "\n", "\\n").encode() + b'", "score": 0.75}',
             b'{"id": 2, "html": "<p>A short note on the harbour.</p>"}',
             b'{"id": 3, "text": "unterminated',  # malformed JSON
             b'{"id": 4, "body": "no text field"}',
             b'{"id": 5, "text": ["not", "a", "string"]}',
             b'"just a string"',
             b'{"id": 7, "text": "caf\xe9 bytes"}',  # cp1252 byte in a UTF-8 stream
             b"",  # blank line: not a record
             b'{"id": 8, "big": 123456789012345678901234567890, "text": "Big numbers pass."}']
    (root / "records.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    d.expect(3)
    for err in ("malformed_json", "missing_field", "wrong_field_type", "not_an_object",
                "undecodable_bytes"):
        d.expect(1, err)

    good = b"".join(b'{"n": %d, "text": "Paragraph %d of a clean story."}\n' % (i, i)
                    for i in range(20))
    (root / "more.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(good))
    d.expect(20)

    warc = [warc_record("http://example.org/a", html_page(BANNER + ARTICLE)),
            warc_record("http://example.org/b.txt", ARTICLE.encode(), "text/plain"),
            warc_record("http://example.org/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
            warc_record("http://example.org/r", b"", record_type="request")]  # not a response
    truncated = warc_record("http://example.org/c", html_page(ARTICLE))[:-200]
    (root / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in warc) +
                                         gzip.compress(truncated))
    d.expect(3)
    d.skipped += 1
    d.expect(1, "truncated_warc")
    return d


def test_warc_builder_reads_back() -> None:
    data = warc_record("http://x/1", b"<p>one</p>") + warc_record("http://x/2", b"two")
    got = [r.headers.get("WARC-Target-URI") for r in ArchiveIterator(
        io.BytesIO(data), record_types=WarcRecordType.response)]
    assert got == ["http://x/1", "http://x/2"]


def test_mixed_dump_counts(tmp_path: Path) -> None:
    d = mixed_dump(tmp_path)
    assert d.records == 3 + 1 + 8 + 20 + 4 and sum(d.errors.values()) == 7
