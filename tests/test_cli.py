"""The ``cleanroom`` command: exit codes, outputs, resume, interruption, the summary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleanroom import cli
from cleanroom.batch.summary import Summary
from tests.test_batch_data import ARTICLE, BANNER, mixed_dump


def clean_dir(tmp_path: Path) -> Path:
    root = tmp_path / "clean_in"
    root.mkdir()
    (root / "a.txt").write_text(BANNER + ARTICLE, encoding="utf-8")
    (root / "b.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n"
                                          for i in range(5)), encoding="utf-8")
    return root


def test_all_clean_exits_0_and_writes_summary(tmp_path: Path) -> None:
    root = clean_dir(tmp_path)
    assert cli.main([str(root), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == cli.EXIT_OK
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["complete"] is True
    total = Summary.from_dict(summary["total"])
    assert (total.records_in, total.records_out, total.errors, total.files) == (6, 6, 0, 2)
    assert set(summary["files"]) == {"_files.jsonl", "b.jsonl"}
    assert sum(Summary.from_dict(f).records_in for f in summary["files"].values()) == 6
    assert list(total.chars_removed) == ["error_page"]  # the banner of a.txt, nothing else
    assert total.chars_in - total.chars_out >= total.chars_removed["error_page"] > 0


def test_error_records_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = mixed_dump(tmp_path / "in")
    code = cli.main(["clean", str(dump.root), "-o", str(tmp_path / "out"), "-j", "1"])
    assert code == cli.EXIT_RECORD_ERRORS
    err = capsys.readouterr().err
    assert f"records: {dump.records} in, {dump.records} out, 7 errors" in err


@pytest.mark.parametrize("argv", [
    ["missing-dir"],
    ["clean"],
    ["clean", "{root}", "--jobs", "0"],
    ["clean", "{root}", "--report", "sidecar"],  # sidecar needs an output directory
    ["clean", "{root}", "--resume"],
    ["clean", "{root}", "--categories", "ads,nonsense"],
    ["clean", "{root}", "--no-such-flag"],
    ["clean", "{root}/notes.md"],
    [],
])
def test_unusable_arguments_exit_2(tmp_path: Path, argv: list[str],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = clean_dir(tmp_path)
    (root / "notes.md").write_text("x")
    assert cli.main([a.format(root=root) for a in argv]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.strip()  # always says why


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stdout_mode_one_line_per_record(tmp_path: Path, jobs: str,
                                         capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    root = clean_dir(tmp_path)
    assert cli.main([str(root / "b.jsonl"), "-q", "-j", jobs, "--report", "none"]) == 0
    lines = capfdbinary.readouterr().out.splitlines()
    assert [json.loads(x)["id"] for x in lines] == list(range(5))
    assert all(json.loads(x)["cleanroom"]["text"] == ARTICLE for x in lines)


def test_resume_skips_finished_files(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    out = tmp_path / "out"
    assert cli.main([str(dump.root), "-o", str(out), "-j", "1", "-q"]) == 3
    first = json.loads((out / "summary.json").read_text())["total"]
    (out / "more.jsonl").unlink()
    cut = out / "records.jsonl"  # exists, but with fewer lines than its summary says
    whole = cut.read_bytes()
    cut.write_bytes(whole.splitlines(keepends=True)[0])
    kept = out / "crawl.warc.jsonl"
    before = kept.stat().st_mtime_ns
    assert cli.main([str(dump.root), "-o", str(out), "-j", "1", "-q", "--resume"]) == 3
    assert kept.stat().st_mtime_ns == before  # complete: not rewritten
    assert cut.read_bytes() == whole
    assert len((out / "more.jsonl").read_text().splitlines()) == 20
    again = Summary.from_dict(json.loads((out / "summary.json").read_text())["total"])
    assert again.records_in == first["records_in"] and again.files_resumed == 3


def test_interrupted_run_leaves_no_partial_files(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanroom.batch.run import Run

    dump = mixed_dump(tmp_path / "in")
    out = tmp_path / "out"
    real = Run._finish
    calls = {"n": 0}

    def interrupt_on_the_third(self: Run, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # Ctrl-C while the third file is being written
            raise KeyboardInterrupt
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Run, "_finish", interrupt_on_the_third)
    assert cli.main([str(dump.root), "-o", str(out), "-j", "2", "-q"]) == cli.EXIT_INTERRUPTED
    assert not list(out.rglob("*.part"))
    assert len(list(out.rglob("*.jsonl"))) == 2
    assert json.loads((out / "summary.json").read_text())["complete"] is False
    monkeypatch.setattr(Run, "_finish", real)
    assert cli.main([str(dump.root), "-o", str(out), "-j", "1", "-q", "--resume"]) == 3
    summary = json.loads((out / "summary.json").read_text())
    assert summary["complete"] is True and summary["total"]["files_resumed"] == 2
    assert summary["total"]["records_out"] == dump.records


def test_python_m_cleanroom_with_two_workers(tmp_path: Path) -> None:
    dump = mixed_dump(tmp_path / "in")
    proc = subprocess.run([sys.executable, "-m", "cleanroom", "clean", str(dump.root), "-o",
                           str(tmp_path / "out"), "--jobs", "2"], check=False, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    total = json.loads((tmp_path / "out" / "summary.json").read_text())["total"]
    assert total["records_out"] == dump.records and total["errors"] == 7


def test_output_inside_input_is_not_read_back(tmp_path: Path) -> None:
    root = clean_dir(tmp_path)
    for _ in range(2):  # the second run must not clean the first run's output
        assert cli.main([str(root), "-o", str(root / "out"), "-j", "1", "-q"]) == 0
    total = json.loads((root / "out" / "summary.json").read_text())["total"]
    assert total["records_in"] == 6


def test_two_directories_with_the_same_file_names(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        (d / "x.jsonl").write_text('{"text": "Same name, different directory."}\n')
    assert cli.main([str(a), str(b), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 0
    assert (tmp_path / "out" / "a" / "x.jsonl").exists()
    assert (tmp_path / "out" / "b" / "x.jsonl").exists()


def test_ignored_files_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = clean_dir(tmp_path)
    (root / "notes.md").write_text("not an input")
    assert cli.main([str(root), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    assert "ignoring 1 file(s) of other types" in capsys.readouterr().err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["ignored_files"] == [str(root / "notes.md")]


@pytest.mark.parametrize(("flag", "kept"), [([], True), (["--headline", "keep"], True),
                                           (["--headline", "drop"], False)])
def test_headline_flag_reaches_clean(tmp_path: Path, flag: list[str], kept: bool,
                                     capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    title = "Harbour ferry returns after winter repairs"
    src = tmp_path / "h.jsonl"
    src.write_text(json.dumps({"text": f"{title}\n{ARTICLE}"}) + "\n", encoding="utf-8")
    assert cli.main([str(src), "-q", "-j", "1", "--report", "none", *flag]) == 0
    text = json.loads(capfdbinary.readouterr().out)["cleanroom"]["text"]
    assert text.startswith(title) is kept
