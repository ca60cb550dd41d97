"""Reading records: formats, compressions, locations, and bad data as error items."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import zstandard

from cleanroom.batch.sources import (
    FILES_OUTPUT,
    Item,
    Keys,
    Record,
    RecordError,
    UsageError,
    Where,
    items,
    kind_of,
    parse,
    plan,
    records,
)
from tests.test_batch_data import ARTICLE, mixed_dump, warc_record


@pytest.mark.parametrize("name,kind", [
    ("a.txt", "text"), ("a.TXT.gz", "text"), ("b.html.zst", "html"), ("c.htm", "html"),
    ("d.jsonl", "jsonl"), ("d.ndjson.gz", "jsonl"), ("e.warc.gz", "warc"), ("e.warc.zst", "warc"),
    ("f.md", None), ("g.gz", None), ("jsonl", None)])
def test_kind_of(name: str, kind: str | None) -> None:
    assert kind_of(Path(name)) == kind


def test_plan_mirrors_the_tree(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path)
    outputs = [str(s.output) for s in plan([dump.root])]
    assert outputs == ["crawl.warc.jsonl", "more.jsonl", "records.jsonl",
                       f"pages/{FILES_OUTPUT}", f"pages/deeper/{FILES_OUTPUT}"]


def test_plan_refuses_colliding_outputs(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(b""))
    with pytest.raises(UsageError, match="both be written"):
        plan([tmp_path])


def test_compressed_jsonl_reads_like_plain(tmp_path: Path) -> None:
    data = b'{"text": "one"}\n\n{"text": "two"}\n'
    (tmp_path / "p.jsonl").write_bytes(data)
    (tmp_path / "g.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "z.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    for name in ("p.jsonl", "g.jsonl.gz", "z.jsonl.zst"):
        got = list(records([tmp_path / name]))
        assert [(r.content, r.where.line) for r in got if isinstance(r, Record)] == [
            ("one", 1), ("two", 3)]


def test_corrupt_gzip_midway_keeps_what_was_read(tmp_path: Path) -> None:
    data = b"".join(b'{"text": "record %d with some words"}\n' % i for i in range(5000))
    blob = gzip.compress(data)
    (tmp_path / "c.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    got = list(items(plan([tmp_path / "c.jsonl.gz"])[0]))
    assert got[-1].error is not None and got[-1].error[0] == "unreadable_input"
    assert got[-1].where.line == len(got)  # the line after the last one read
    assert all(i.error is None for i in got[:-1]) and len(got) > 100


def test_warc_records_carry_url_offset_and_charset(tmp_path: Path) -> None:
    body = "<p>Grüße</p>".encode("iso-8859-1")
    data = (warc_record("http://example.org/x", body, "text/html; charset=iso-8859-1")
            + warc_record("http://example.org/y", b"plain words", "text/plain"))
    (tmp_path / "w.warc").write_bytes(data)
    got = [r for r in records([tmp_path / "w.warc"]) if isinstance(r, Record)]
    assert [(r.url, r.host, r.format) for r in got] == [
        ("http://example.org/x", "example.org", "html"),
        ("http://example.org/y", "example.org", "text")]
    assert got[0].encoding == "iso8859-1" and got[0].where.offset == 0
    assert got[1].where.offset == len(warc_record("http://example.org/x", body,
                                                  "text/html; charset=iso-8859-1"))


def test_warc_garbage_midway_is_one_error_then_stop(tmp_path: Path) -> None:
    good = warc_record("http://example.org/1", ARTICLE.encode())
    (tmp_path / "g.warc").write_bytes(good + b"this is not a WARC header\r\n\r\n" + good)
    got = list(items(plan([tmp_path / "g.warc"])[0]))
    assert got[0].error is None
    assert got[-1].error is not None and got[-1].error[0] == "unreadable_input"


def test_parse_errors_name_the_problem() -> None:
    def err(data: bytes, keys: Keys = Keys()) -> str:
        with pytest.raises(RecordError) as e:
            parse(Item("jsonl", data, Where("f.jsonl", line=1)), keys)
        return e.value.type
    assert err(b"{nope") == "malformed_json"
    assert err(b'{"body": "x"}') == "missing_field"
    assert err(b'{"body": "x"}', Keys(text="content")) == "missing_field"
    assert err(b'{"text": null}') == "wrong_field_type"
    assert err(b"42") == "not_an_object"
    assert err(b'{"text": "\xff"}') == "undecodable_bytes"


def test_custom_keys_and_html_fallback() -> None:
    keys = Keys(text="body", html="page", id="doc", url="link")
    rec = parse(Item("jsonl", b'{"doc": 7, "link": "https://a.example/p", "page": "<p>x</p>"}',
                     Where("f", line=1)), keys)
    assert (rec.id, rec.host, rec.format, rec.content) == ("7", "a.example", "html", "<p>x</p>")


def test_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "first"}\n{"text": "second"}\n')
    got = list(records([tmp_path / "bom.jsonl"]))
    assert [r.content for r in got if isinstance(r, Record)] == ["first", "second"]
