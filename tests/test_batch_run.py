"""The batch run: one record in, one record out, whatever the records hold."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanroom
from cleanroom.batch import run
from cleanroom.batch.pool import Chunk, clean_chunk
from cleanroom.batch.records import Settings
from cleanroom.batch.run import Run
from cleanroom.batch.sources import Item, Where, plan
from cleanroom.batch.summary import Summary
from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from tests.test_batch_data import ARTICLE, mixed_dump


def read_outputs(out: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(out.rglob("*.jsonl")):
        if not path.name.endswith(".report.jsonl"):
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


def test_mixed_dump_one_record_out_per_record_in(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    total = Run(plan([dump.root]), Settings(), output=tmp_path / "out").execute()
    rows = read_outputs(tmp_path / "out")
    assert len(rows) == dump.records == total.records_in == total.records_out
    errors = Counter(r["cleanroom"]["error"]["type"] for r in rows if "error" in r["cleanroom"])
    assert dict(errors) == dump.errors == total.errors_by_type
    assert sum(1 for r in rows if "skipped" in r["cleanroom"]) == dump.skipped == total.skipped
    for r in rows:  # every record says where it came from
        where = r["cleanroom"]["where"]
        assert Path(where["file"]).is_relative_to(dump.root)
        assert "line" in where or "offset" in where or where["file"].endswith(
            (".txt", ".html", ".txt.gz"))
    assert not list((tmp_path / "out").rglob("*.part"))


def test_error_records_say_what_and_where(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    Run(plan([dump.root / "records.jsonl"]), Settings(), output=tmp_path / "out").execute()
    rows = read_outputs(tmp_path / "out")
    by_type = {r["cleanroom"]["error"]["type"]: r for r in rows if "error" in r["cleanroom"]}
    assert by_type["malformed_json"]["cleanroom"]["error"]["line"] == 3
    assert by_type["malformed_json"]["cleanroom"]["error"]["raw"] == '{"id": 3, "text": "unterminated'
    assert by_type["missing_field"]["id"] == 4  # a readable object keeps its fields
    assert "'text'" in by_type["missing_field"]["cleanroom"]["error"]["message"]
    assert by_type["undecodable_bytes"]["cleanroom"]["error"]["line"] == 7
    assert "\\xe9" in by_type["undecodable_bytes"]["cleanroom"]["error"]["raw"]


def test_jsonl_fields_pass_through_byte_for_byte(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    Run(plan([dump.root / "records.jsonl"]), Settings(report="none"),
        output=tmp_path / "out").execute()
    src = (dump.root / "records.jsonl").read_bytes().splitlines()
    out = (tmp_path / "out" / "records.jsonl").read_bytes().splitlines()
    assert out[0].startswith(src[0][:-1])  # '"score": 0.75' and spacing untouched
    big = json.loads(out[-1])
    assert big["big"] == 123456789012345678901234567890
    assert big["cleanroom"] == {"text": "Big numbers pass.",
                                "where": {"file": str(dump.root / "records.jsonl"), "line": 9}}
    first = json.loads(out[0])
    assert first["text"].startswith("404") and first["cleanroom"]["text"] == ARTICLE


def test_replace_text_and_sidecar(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    Run(plan([dump.root / "records.jsonl"]), Settings(report="sidecar", replace_text=True),
        output=tmp_path / "out").execute()
    out = [json.loads(x) for x in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    side = [json.loads(x) for x in
            (tmp_path / "out" / "records.report.jsonl").read_text().splitlines()]
    assert len(out) == len(side) == 8
    assert out[0]["text"] == ARTICLE and "report" not in out[0]["cleanroom"]
    assert list(side[0]["report"]["chars_by_category"]) == ["error_page"]
    assert side[2]["report"] is None and side[2]["where"]["line"] == 3
    # the sidecar replays: report + original text -> clean text
    original = (dump.root / "records.jsonl").read_bytes().splitlines()[0]
    report = cleanroom.Report.from_dict(side[0]["report"])
    assert report.apply(json.loads(original)["text"]) == ARTICLE


class Crash:
    """A detector that kills its process on a marker, as a segfault or the OOM killer would."""

    name = "crash_test"
    category = Category.ADS

    def find(self, doc: Document) -> list[Finding]:
        if "KILL-THE-WORKER" in doc.text:
            os._exit(1)
        return []


class Boom(Crash):
    name = "boom_test"

    def find(self, doc: Document) -> list[Finding]:
        if "BOOM" in doc.text:
            raise ZeroDivisionError("a detector bug")
        return []


def test_detector_bug_is_an_error_record_not_a_crash() -> None:
    settings = Settings(options=cleanroom.Options(extra_detectors=(Boom(),)))
    lines, _, summary = clean_chunk(Chunk(0, [Item("text", b"BOOM goes the page",
                                                   Where("b.txt"))], True), settings)
    err = json.loads(lines)["cleanroom"]["error"]
    assert err["type"] == "clean_failed" and "ZeroDivisionError" in err["message"]
    assert summary.errors_by_type == {"clean_failed": 1} and summary.records_out == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_dead_worker_costs_only_its_record(tmp_path: Path, jobs: int) -> None:
    lines = [json.dumps({"i": i, "text": f"Record {i} is fine."}) for i in range(600)]
    lines[300] = json.dumps({"i": 300, "text": "KILL-THE-WORKER"})
    lines[450] = json.dumps({"i": 450, "text": "KILL-THE-WORKER again"})
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    settings = Settings(options=cleanroom.Options(extra_detectors=(Crash(),)))
    total = Run(plan([tmp_path / "d.jsonl"]), settings, output=tmp_path / "out",
                jobs=jobs).execute()
    rows = read_outputs(tmp_path / "out")
    assert [r["i"] for r in rows] == list(range(600))
    crashed = {r["i"]: r["cleanroom"]["error"] for r in rows if "error" in r["cleanroom"]}
    assert list(crashed) == [300, 450]
    assert crashed[300]["type"] == "worker_crashed" and "exit code 1" in crashed[300]["message"]
    assert total.records_out == 600 and total.errors == 2


def test_parallel_output_equals_serial_output(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    Run(plan([dump.root]), Settings(), output=tmp_path / "one", jobs=1).execute()
    Run(plan([dump.root]), Settings(), output=tmp_path / "two", jobs=2).execute()
    for path in sorted((tmp_path / "one").rglob("*.jsonl")):
        assert path.read_bytes() == (tmp_path / "two" / path.relative_to(tmp_path / "one")
                                     ).read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_empty_file_gives_empty_output(tmp_path: Path, jobs: int) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    total = Run(plan([tmp_path / "empty.jsonl"]), Settings(), output=tmp_path / "o",
                jobs=jobs).execute()
    assert (tmp_path / "o" / "empty.jsonl").read_bytes() == b"" and total.files == 1


def test_output_report_is_exactly_report_to_dict(tmp_path: Path) -> None:
    texts = [ARTICLE, "403\nSorry!!\n" + ARTICLE + "\nComments\nNo comment",
             ARTICLE + "\n" + ARTICLE.split("\n")[1]]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    for strict in (False, True):
        out = tmp_path / f"out-{strict}"
        options = cleanroom.Options(strict=strict)
        Run(plan([src]), Settings(options=options), output=out).execute()
        records = read_outputs(out)
        assert [r["cleanroom"]["report"] for r in records] == [
            cleanroom.clean(t, options).report.to_dict() for t in texts]


_LINE = st.one_of(
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ")),
    st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(max_size=80)),
    st.builds(lambda v: json.dumps({"text": v}).encode(),
              st.one_of(st.integers(), st.none(), st.lists(st.integers(), max_size=2))),
    st.just(b'{"id": 1, "html": "<p>Accept all cookies</p><p>A story.</p>"}'),
)


@settings(deadline=None)
@given(st.lists(_LINE, max_size=12))
def test_any_jsonl_bytes_give_one_valid_output_line_per_record(lines: list[bytes]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "any.jsonl"
        src.write_bytes(b"\n".join(lines) + b"\n")
        expected = sum(1 for i, line in enumerate(lines)
                       if (line[3:] if i == 0 and line.startswith(b"\xef\xbb\xbf") else line
                           ).strip())
        # the chunks and the per-record path of a run, without its worker processes
        done = [clean_chunk(c, Settings()) for c in run.chunks(plan([src]), set())]
        out = b"".join(lines for lines, _, _ in done).splitlines()
        total = sum((summary for _, _, summary in done), Summary())
        assert len(out) == expected == total.records_in == total.records_out
        rows = [json.loads(x) for x in out]
        assert all(("text" in r["cleanroom"]) != ("error" in r["cleanroom"]) for r in rows)
        assert total.errors == sum("error" in r["cleanroom"] for r in rows)


class Slow(Crash):
    """A detector stuck on one page, as a pathological regex or parse would be."""

    name = "slow_test"

    def find(self, doc: Document) -> list[Finding]:
        if "STUCK" in doc.text:
            import time

            time.sleep(30)
        return []


class Spin(Crash):
    """A detector stuck in Python code on one page (no garbage made, so the alarm lands in
    this loop and not in a finalizer, where Python would report it as unraisable)."""

    name = "spin_test"

    def find(self, doc: Document) -> list[Finding]:
        if "SPIN" in doc.text:
            import time

            end = time.perf_counter() + 20
            while time.perf_counter() < end:
                pass
        return []


def test_timeout_becomes_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("SPIN " + ARTICLE)
    (tmp_path / "fine.txt").write_text(ARTICLE)
    settings = Settings(options=cleanroom.Options(extra_detectors=(Spin(),)), timeout=0.3)
    t0 = time.perf_counter()
    summary = Run(plan([tmp_path]), settings, output=tmp_path / "out").execute()
    assert time.perf_counter() - t0 < 10  # the record spins for 20 s
    big, fine = read_outputs(tmp_path / "out")
    err = big["cleanroom"]["error"]
    assert err["type"] == "timeout" and err["file"] == str(tmp_path / "big.txt")
    assert fine["cleanroom"]["text"] == ARTICLE
    assert summary.errors_by_type == {"timeout": 1} and summary.records_out == 2


def test_timeout_in_a_worker_process_and_the_run_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps({"i": i, "text": "STUCK" if i == 3 else f"Record {i}."})
             for i in range(8)]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n")
    settings = Settings(options=cleanroom.Options(extra_detectors=(Slow(),)), timeout=0.5)
    total = Run(plan([tmp_path / "s.jsonl"]), settings, output=tmp_path / "out",
                jobs=2).execute()
    rows = read_outputs(tmp_path / "out")
    assert [r["i"] for r in rows] == list(range(8))
    assert rows[3]["cleanroom"]["error"]["type"] == "timeout"
    assert total.errors_by_type == {"timeout": 1} and total.records_out == 8


def test_plain_jsonl_read_in_spans_gives_what_line_by_line_reading_gives(tmp_path: Path) -> None:
    """Plain JSONL is read by the workers in byte spans, .gz line by line in the main
    process: the outputs (where.line included) must not differ, with one job or two."""
    import gzip

    lines = [json.dumps({"i": i, "text": f"Record {i}.\nShare this article"}) for i in range(700)]
    lines[5], lines[6], lines[400] = "", "   ", '{"i": 400, "text": "cut off'
    data = b"\xef\xbb\xbf" + "\n".join(lines).encode()  # a BOM, no final newline
    (tmp_path / "plain").mkdir()
    (tmp_path / "gz").mkdir()
    (tmp_path / "plain" / "d.jsonl").write_bytes(data)
    (tmp_path / "gz" / "d.jsonl.gz").write_bytes(gzip.compress(data))
    outs = []
    for name, jobs in (("plain", 1), ("plain", 2), ("gz", 1)):
        out = tmp_path / f"out-{name}-{jobs}"
        total = Run(plan([tmp_path / name]), Settings(), output=out, jobs=jobs).execute()
        assert total.records_in == total.records_out == 698 and total.errors == 1
        outs.append((out / "d.jsonl").read_bytes().replace(b"/gz/d.jsonl.gz", b"/plain/d.jsonl"))
    assert outs[0] == outs[1] == outs[2]
    rows = [json.loads(x) for x in outs[0].splitlines()]
    assert rows[398]["cleanroom"]["error"]["line"] == 401
    assert rows[-1]["cleanroom"]["where"]["line"] == 700
