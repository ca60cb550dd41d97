"""The batch command under the faults of issue 15, one test (or a few) per numbered fault,
on dumps built here.  Every input record gives exactly one output record, whatever happens."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import zstandard

import cleanroom
from cleanroom import cli
from cleanroom.batch import records as batch_records
from cleanroom.batch import templates as batch_templates
from cleanroom.batch.records import Settings
from cleanroom.batch.run import Run
from cleanroom.batch.sources import plan
from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.templates.signatures import HASH
from cleanroom.templates.template_set import FORMAT, VERSION
from tests.test_batch_data import ARTICLE, html_page, warc_record

ROOT = Path(__file__).resolve().parent.parent


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def errors(path: Path) -> list[str]:
    return [r["cleanroom"]["error"]["type"] for r in rows(path) if "error" in r["cleanroom"]]


# 1. A lone surrogate in one JSONL record.

def test_lone_surrogate_record_is_cleaned_and_the_run_survives(tmp_path: Path) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"id":1,"text":"fine"}\n{"id":2,"text":"abc \\ud800 def"}\n')
    out = tmp_path / "out"
    assert cli.main([str(src), "-o", str(out), "-j", "1", "-q"]) == cli.EXIT_OK
    first, second = rows(out / "s.jsonl")
    assert first["cleanroom"]["text"] == "fine"
    assert second["id"] == 2 and second["cleanroom"]["text"] == "abc \ud800 def"
    assert (out / "s.jsonl").read_bytes().isascii()  # the surrogate as JSON's own \ud800
    (out / "s.jsonl").unlink()
    assert cli.main([str(src), "-o", str(out), "-j", "1", "-q", "--resume"]) == cli.EXIT_OK
    assert len(rows(out / "s.jsonl")) == 2
    page = tmp_path / "page.html"
    assert cli.main(["show", str(src), "--record", "2", "-o", str(page)]) == cli.EXIT_OK
    assert "abc" in page.read_text(encoding="utf-8")


# 2. Corrupt, non-zstd and truncated .zst files.

def test_bad_zst_files_give_unreadable_input_records_and_the_rest_is_cleaned(
        tmp_path: Path) -> None:
    good = b"".join(b'{"n": %d, "text": "Paragraph %d of a clean story."}\n' % (i, i)
                    for i in range(500))
    blob = zstandard.ZstdCompressor().compress(good)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_truncated.jsonl.zst").write_bytes(blob[:-10])
    (tmp_path / "in" / "b_corrupt.jsonl.zst").write_bytes(blob[:30] + b"\0" * 40 + blob[70:])
    (tmp_path / "in" / "c_not_zstd.jsonl.zst").write_bytes(b"plain words, no zstd frame\n")
    (tmp_path / "in" / "d_good.jsonl.zst").write_bytes(blob + blob)  # two frames
    (tmp_path / "in" / "e_page.txt.zst").write_bytes(blob[:-10])
    out = tmp_path / "out"
    assert cli.main([str(tmp_path / "in"), "-o", str(out), "-j", "2", "-q"]) == 3
    for name in ("a_truncated", "b_corrupt", "c_not_zstd"):
        got = rows(out / f"{name}.jsonl")
        assert errors(out / f"{name}.jsonl") == ["unreadable_input"], name
        assert "error" in got[-1]["cleanroom"] and len(got) <= 500
    assert "truncated" in rows(out / "a_truncated.jsonl")[-1]["cleanroom"]["error"]["message"]
    assert len(rows(out / "d_good.jsonl")) == 1000 and not errors(out / "d_good.jsonl")
    assert errors(out / "_files.jsonl") == ["unreadable_input"]
    total = json.loads((out / "summary.json").read_text())["total"]
    assert total["records_in"] == total["records_out"] == sum(
        len(rows(p)) for p in out.glob("*.jsonl"))


# 3. The output directory is locked; --resume checks counts and settings.

def test_a_second_run_into_the_same_output_fails_clearly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cleanroom.batch.run import _lock

    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "One record."}\n')
    held = _lock(tmp_path / "out")  # a first run, still writing (the kernel drops the lock
    try:                            # with the process, however it ends)
        assert cli.main([str(src), "-o", str(tmp_path / "out"), "-q"]) == cli.EXIT_USAGE
        assert "being written by another cleanroom run" in capsys.readouterr().err
        assert not (tmp_path / "out" / "a.jsonl").exists()
    finally:
        os.close(held)
    assert cli.main([str(src), "-o", str(tmp_path / "out"), "-q"]) == cli.EXIT_OK


def test_resume_refuses_other_settings(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "One record."}\n')
    out = str(tmp_path / "out")
    assert cli.main([src.as_posix(), "-o", out, "-q"]) == 0
    assert cli.main([src.as_posix(), "-o", out, "-q", "--resume", "--strict"]) == 2
    assert "other settings" in capsys.readouterr().err
    assert cli.main([src.as_posix(), "-o", out, "-q", "--resume"]) == 0


# 4. A record that overruns --timeout in C is stopped on time.

class CatastrophicRegex:
    """A detector stuck in one C call (catastrophic backtracking in ``re``): no signal can
    interrupt it, only killing the process stops it."""

    name = "regex_test"
    category = Category.ADS

    def find(self, doc: Document) -> list[Finding]:
        if "BACKTRACK" in doc.text:
            re.match(r"(a+)+$", "a" * 40 + "!")  # minutes, inside the regex engine
        return []


@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_stops_time_spent_in_c(tmp_path: Path, jobs: int) -> None:
    lines = [json.dumps({"i": i, "text": "BACKTRACK" if i == 3 else f"Record {i}."})
             for i in range(10)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n")
    settings = Settings(options=cleanroom.Options(extra_detectors=(CatastrophicRegex(),)),
                        timeout=0.5)
    t0 = time.perf_counter()
    total = Run(plan([tmp_path / "c.jsonl"]), settings, output=tmp_path / "out",
                jobs=jobs).execute()
    assert time.perf_counter() - t0 < 15
    got = rows(tmp_path / "out" / "c.jsonl")
    assert [r["i"] for r in got] == list(range(10))
    assert got[3]["cleanroom"]["error"]["type"] == "timeout"
    assert all(r["cleanroom"]["text"] == f"Record {r['i']}." for r in got if r["i"] != 3)
    assert total.errors_by_type == {"timeout": 1}


# 5. Warming up is not charged to the first record; nothing but records on stdout.

class Noisy(CatastrophicRegex):
    name = "noisy_test"

    def find(self, doc: Document) -> list[Finding]:
        print("a library talking on stdout")  # as lxml or a C library might
        return []


def test_warm_up_is_not_charged_to_the_first_record(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch_records.warm_html

    def slow_warm_up() -> None:  # trafilatura's import on a busy machine
        time.sleep(1.5)
        real()

    monkeypatch.setattr(batch_records, "warm_html", slow_warm_up)
    monkeypatch.setattr(batch_records, "_html_ready", False)
    for i in range(4):
        (tmp_path / f"p{i}.html").write_bytes(html_page(ARTICLE))
    total = Run(plan([tmp_path]), Settings(timeout=0.5), output=tmp_path / "out",
                jobs=2).execute()
    assert total.records_out == 4 and total.errors == 0


def test_only_records_on_stdout(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
                                ) -> None:
    (tmp_path / "n.jsonl").write_text("".join(json.dumps({"text": f"Record {i}."}) + "\n"
                                              for i in range(5)))
    settings = Settings(options=cleanroom.Options(extra_detectors=(Noisy(),)))
    Run(plan([tmp_path / "n.jsonl"]), settings, output=None, jobs=2).execute()
    out, err = capfdbinary.readouterr()
    assert [json.loads(x)["cleanroom"]["text"] for x in out.splitlines()] == [
        f"Record {i}." for i in range(5)]
    assert b"a library talking on stdout" in err


# 6. Workers die with the main process; SIGTERM leaves no .part; a FIFO is skipped.

_SLOW_RUN = """
import re, sys
import cleanroom
from cleanroom import cli
from cleanroom.batch import run
real = cleanroom.clean
def slow(content, options=None, **kw):
    if "BACKTRACK" in str(content):
        re.match(r"(a+)+$", "a" * 40 + "!")  # minutes in C
    return real(content, options, **kw)
cleanroom.clean = slow
run.CHUNK_BYTES = 16  # a chunk a record: the first ones are written (a .part) before the stuck one
sys.exit(cli.main(sys.argv[1:]))
"""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found += [int(c) for c in f.read().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the workers")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_no_orphaned_workers_and_no_part_files(tmp_path: Path, sig: int) -> None:
    src = tmp_path / "in" / "slow.jsonl"
    src.parent.mkdir()
    (tmp_path / "in" / "a.jsonl").write_text("".join(json.dumps({"text": f"{i} {ARTICLE}"})
                                                     + "\n" for i in range(30)))
    src.write_text("".join(json.dumps({"i": i, "text": f"BACKTRACK {i}" if i >= 2 else "Fine."})
                           + "\n" for i in range(6)))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_RUN, str(src.parent), "-o", str(out),
                             "-j", "2", "--timeout", "0", "-q"], env=env,
                            stderr=subprocess.PIPE)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (len(workers) == 2 and
                                               (out / "slow.jsonl.part").exists()):
        time.sleep(0.2)
        workers = _children(proc.pid)
    assert len(workers) == 2 and (out / "slow.jsonl.part").exists(), "the run did not start"
    os.kill(proc.pid, sig)
    code = proc.wait(30)
    err = proc.communicate()[1].decode()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)
    assert json.loads((out / "summary.json").read_text())["complete"] is False
    if sig == signal.SIGTERM:
        assert code == cli.EXIT_INTERRUPTED, err
        assert not list(out.glob("*.part")) and "Traceback" not in err
        return
    # SIGKILL, then --resume (with the stuck records quick now): byte for byte what one
    # uninterrupted run writes, the file finished before the kill not written again
    done = (out / "a.jsonl").stat().st_mtime_ns
    assert cli.main([str(src.parent), "-o", str(out), "-j", "2", "-q", "--resume"]) == 0
    assert cli.main([str(src.parent), "-o", str(tmp_path / "once"), "-j", "2", "-q"]) == 0
    assert (out / "a.jsonl").stat().st_mtime_ns == done
    for name in ("a.jsonl", "slow.jsonl"):
        assert (out / name).read_bytes() == (tmp_path / "once" / name).read_bytes()
    assert not list(out.glob("*.part"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_an_input_directory_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text('{"text": "One record."}\n')
    os.mkfifo(tmp_path / "in" / "b.jsonl")  # opening it would wait for a writer forever
    proc = subprocess.run([sys.executable, "-m", "cleanroom", "clean", str(tmp_path / "in"),
                           "-o", str(tmp_path / "out"), "-j", "1"], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          check=False)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["ignored_files"] == [str(tmp_path / "in" / "b.jsonl")]
    assert len(rows(tmp_path / "out" / "a.jsonl")) == 1


# 7. datatrove-shaped output, --replace-text everywhere, nested --url-key, canonical urls.

def _ecosystem_dump(root: Path) -> int:
    root.mkdir()
    (root / "crawl.warc").write_bytes(
        warc_record("https://a.example/1", html_page("404\nPage not found\n" + ARTICLE))
        + warc_record("https://a.example/2", ARTICLE.encode(), "text/plain"))
    (root / "page.html").write_bytes(html_page(ARTICLE).replace(
        b"<title>", b'<link href="https://b.example/story" rel="canonical"><title>'))
    (root / "nested.jsonl").write_text("".join(json.dumps(
        {"id": f"n{i}", "text": ARTICLE, "metadata": {"url": f"https://c.example/{i}",
                                                     "lang": "en"}}) + "\n" for i in range(3)))
    return 6


def test_datatrove_layout_is_read_by_datatrove(tmp_path: Path) -> None:
    from datatrove.pipeline.readers import JsonlReader

    n = _ecosystem_dump(tmp_path / "in")
    out = tmp_path / "out"
    assert cli.main([str(tmp_path / "in"), "-o", str(out), "-j", "2", "-q", "--layout",
                     "datatrove", "--url-key", "metadata.url"]) == 0
    docs = list(JsonlReader(str(out), glob_pattern="*.jsonl")())
    assert len(docs) == n
    assert all(d.text.startswith(ARTICLE[:40]) for d in docs)
    by_url = {d.metadata["url"]: d for d in docs}
    assert set(by_url) == {"https://a.example/1", "https://a.example/2",
                           "https://b.example/story", *(f"https://c.example/{i}"
                                                        for i in range(3))}
    report = by_url["https://a.example/1"].metadata["cleanroom"]["report"]
    assert report["is_error_page"] is False and report["source"] == "html"
    nested = by_url["https://c.example/0"]
    assert nested.id == "n0" and nested.metadata["lang"] == "en"


def test_replace_text_for_warc_and_loose_files(tmp_path: Path) -> None:
    _ecosystem_dump(tmp_path / "in")
    out = tmp_path / "out"
    assert cli.main([str(tmp_path / "in"), "-o", str(out), "-j", "1", "-q",
                     "--replace-text", "--url-key", "metadata.url"]) == 0
    warc = rows(out / "crawl.warc.jsonl")
    assert [r["url"] for r in warc] == ["https://a.example/1", "https://a.example/2"]
    assert all(r["text"].startswith(ARTICLE[:40]) and "text" not in r["cleanroom"]
               for r in warc)
    (page,) = rows(out / "_files.jsonl")
    assert page["url"] == "https://b.example/story" and page["text"].startswith(ARTICLE[:40])
    html = tmp_path / "h.jsonl"
    html.write_text(json.dumps({"id": 1, "html": html_page(ARTICLE).decode()}) + "\n")
    assert cli.main([str(html), "-o", str(tmp_path / "o2"), "-q", "--replace-text"]) == 0
    (rec,) = rows(tmp_path / "o2" / "h.jsonl")
    assert "html" not in rec and rec["text"].startswith(ARTICLE[:40])  # not into "html"


# 8. stdin, progress with a total, -v.

def test_stdin_page_and_stdin_jsonl() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "cleanroom", "clean", "-", "-q", "-j", "1"]
    page = subprocess.run(cmd, input=html_page(ARTICLE), capture_output=True, env=env,
                          timeout=120, check=False)
    assert page.returncode == 0, page.stderr
    (rec,) = [json.loads(x) for x in page.stdout.splitlines()]
    assert rec["cleanroom"]["text"].startswith(ARTICLE[:40])
    lines = b"".join(json.dumps({"i": i, "text": ARTICLE}).encode() + b"\n" for i in range(3))
    dump = subprocess.run(cmd, input=lines, capture_output=True, env=env, timeout=120,
                          check=False)
    assert [json.loads(x)["i"] for x in dump.stdout.splitlines()] == [0, 1, 2]


def test_progress_bar_has_total_percentage_and_eta(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": ARTICLE}) + "\n"
                                              for _ in range(50)))
    Run(plan([tmp_path]), Settings(), output=tmp_path / "out", progress=True).execute()
    err = capsys.readouterr().err
    size = (tmp_path / "a.jsonl").stat().st_size
    assert "100%" in err and f"/{size / 1000:.1f}k" in err  # done of total, in bytes
    assert re.search(r"\[\d+:\d+<\d+:\d+", err)  # elapsed < remaining (the ETA)


def test_verbose_logs_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "One record."}\n')
    assert cli.main([str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-q", "-v"]) == 0
    assert "a.jsonl: 1 records, 0 errors" in capsys.readouterr().err


# 9. Hostile template files: a clear, bounded error.

@pytest.mark.parametrize("content", [
    b"[" * 100_000 + b"]" * 100_000,  # RecursionError in the JSON parser
    json.dumps({"format": FORMAT, "version": VERSION, "hash": HASH,  # OverflowError:
                "min_docs": 1e999, "min_share": 0.1, "sites": {}}).encode()  # int(inf)
    .replace(b"Infinity", b"1e999"),
    b"\x1f\x8b not really gzip",
])
def test_hostile_template_files_are_refused_clearly(tmp_path: Path, content: bytes,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "One record."}\n')
    (tmp_path / "t.tpl").write_bytes(content)
    assert cli.main([str(tmp_path / "a.jsonl"), "--templates", str(tmp_path / "t.tpl"),
                     "-q"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "t.tpl" in err and "Traceback" not in err


def test_a_gzip_bomb_template_stops_at_the_bound(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_templates, "MAX_TEMPLATE_BYTES", 1 << 20)
    (tmp_path / "bomb.tpl.gz").write_bytes(gzip.compress(b" " * (64 << 20)))
    with pytest.raises(cleanroom.CleanroomError, match="more than 1 MB"):
        batch_templates.load_templates(tmp_path / "bomb.tpl.gz")
