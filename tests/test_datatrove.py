"""The datatrove integration: CleanroomStep, JsonlRecords, and the template pass as stages.

The pipeline runs on datatrove's local executor with 2 workers and must give exactly the
output of the CLI (``cleanroom templates learn`` then ``cleanroom clean --templates``).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from datatrove.data import Document  # the dev extra installs datatrove
from datatrove.pipeline.writers import JsonlWriter

import cleanroom
from cleanroom.cli import main as cli_main
from cleanroom.integrations.datatrove import (
    CleanroomStep,
    JsonlRecords,
    load_templates,
    template_executors,
)
from cleanroom.templates import TemplateSet
from tests.template_dump import dump

PAGES = dump(sites=6, pages=40, seed=11)


def _write_dump(folder: Path, *, bad_lines: bool = False) -> int:
    """The dump as two JSONL files (two shards); returns the number of records."""
    folder.mkdir(parents=True)
    lines = [json.dumps({"id": f"doc{i}", "url": p.url, "text": p.text})
             for i, p in enumerate(PAGES)]
    if bad_lines:
        lines[5] = '{"id": "broken", "text": "cut off'
        lines[9] = json.dumps({"id": "empty", "url": PAGES[9].url, "text": ""})
    half = len(lines) // 2
    for n, chunk in enumerate((lines[:half], lines[half:])):
        (folder / f"part{n}.jsonl").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    return len(lines)


def _read_outputs(folder: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(folder.rglob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
            for line in f:
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def test_pipeline_with_two_workers_matches_the_cli(tmp_path: Path) -> None:
    n = _write_dump(tmp_path / "dump")
    # The CLI: learn, then clean with what was learned.
    assert cli_main(["templates", "learn", str(tmp_path / "dump"), "-o",
                     str(tmp_path / "site.tpl"), "--min-docs", "8", "-q"]) == 0
    assert cli_main(["clean", str(tmp_path / "dump"), "--templates", str(tmp_path / "site.tpl"),
                     "-o", str(tmp_path / "cli"), "-j", "1", "-q"]) == 0
    cli = _read_outputs(tmp_path / "cli")

    # datatrove: signatures -> counts -> clean, local executor, 2 tasks on 2 workers.
    stages = template_executors(
        JsonlRecords(str(tmp_path / "dump")),
        JsonlWriter(str(tmp_path / "dt"), output_filename="${rank}.jsonl", compression=None),
        work_dir=str(tmp_path / "work"), executor="local", tasks=2, buckets=2, workers=2,
        min_docs=8)
    stages[-1].run()
    dt = _read_outputs(tmp_path / "dt")

    assert load_templates(str(tmp_path / "work" / "counts" / "templates")) == \
        TemplateSet.load(tmp_path / "site.tpl")
    assert len(cli) == len(dt) == n
    for doc_id, rec in cli.items():
        assert dt[doc_id]["text"] == rec["cleanroom"]["text"], doc_id
        assert dt[doc_id]["metadata"]["cleanroom"] == rec["cleanroom"]["report"], doc_id
    removed = sum(r["metadata"]["cleanroom"]["chars_by_category"].get("template", 0)
                  for r in dt.values())
    assert removed > 0
    for i, page in enumerate(PAGES):  # every body paragraph survives, every template goes
        kept = dt[f"doc{i}"]["text"]
        assert all(b in kept for b in page.body)
        assert not any(j in kept for j in page.junk)


def test_step_never_drops_a_document() -> None:
    step = CleanroomStep()
    docs = [Document(text="Page not found", id="a", metadata={}),
            Document(text="The harbour reopened on Friday after a week of storms.", id="b",
                     metadata={"url": "https://x.example/1"})]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a", "b"]
    assert out[0].text == "" and out[0].metadata["cleanroom"]["is_error_page"]
    assert out[1].text == docs[1].text and out[1].metadata["cleanroom"]["removals"] == []
    assert step.stats["documents_in"].total == step.stats["documents_out"].total == 2


def test_a_failure_goes_into_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("detector bug")

    monkeypatch.setattr(cleanroom, "clean", broken)
    doc = Document(text="Some text.", id="c", metadata={})
    (out,) = CleanroomStep().run(iter([doc]))
    assert out.text == "Some text."
    assert out.metadata["cleanroom"] == {"error": {"type": "RuntimeError",
                                                   "message": "detector bug"}}


def test_jsonl_records_keeps_bad_lines_that_datatrove_drops(tmp_path: Path) -> None:
    from datatrove.pipeline.readers import JsonlReader

    n = _write_dump(tmp_path / "dump", bad_lines=True)
    reader = JsonlRecords(str(tmp_path / "dump"))
    ours = list(reader())
    assert reader.stats["records_in"].total == n
    theirs = list(JsonlReader(str(tmp_path / "dump"))())
    assert len(ours) == n and len(theirs) == n - 2  # datatrove drops the two, with a warning
    broken = next(d for d in ours if d.metadata.get("line") == 6)
    assert broken.metadata["cleanroom"]["error"]["type"] == "malformed_record"
    _write_dump(tmp_path / "nameless")
    nameless = JsonlRecords(str(tmp_path / "nameless"), text_key="body")
    assert {d.metadata["cleanroom"]["error"]["message"] for d in nameless()} == {
        "the record has no 'body' field"}
    cleaned = list(CleanroomStep()(iter(ours)))
    assert len(cleaned) == n
    assert cleaned[5].metadata["cleanroom"]["error"]["type"] == "malformed_record"


def test_template_file_and_url_key(tmp_path: Path) -> None:
    templates = cleanroom.templates.learn((p.text, p.url) for p in PAGES)
    templates.save(tmp_path / "t.tpl")
    page = PAGES[0]
    step = CleanroomStep(templates=str(tmp_path / "t.tpl"), url_key="source_url")
    (out,) = step.run(iter([Document(text=page.text, id="p",
                                     metadata={"source_url": page.url})]))
    assert out.text == cleanroom.clean(page.text, templates=templates, url=page.url).text
    assert "template" in out.metadata["cleanroom"]["chars_by_category"]


def test_missing_datatrove_gives_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from cleanroom.integrations.datatrove._require import require

    monkeypatch.setitem(sys.modules, "datatrove", None)
    with pytest.raises(ImportError, match=r"pip install 'cleanroom\[datatrove\]'"):
        require()


def test_unknown_executor_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="local"):
        template_executors(JsonlRecords(str(tmp_path)), JsonlWriter(str(tmp_path)),
                           work_dir=str(tmp_path), executor="spark")  # type: ignore[arg-type]


@pytest.mark.parametrize("engine, kwargs", [
    ("slurm", {"time": "1:00:00", "partition": "cpu"}),
    ("ray", {}),
])
def test_slurm_and_ray_chains_are_built_without_submitting(tmp_path: Path, engine: str,
                                                           kwargs: dict[str, str]) -> None:
    import pickle

    stages = template_executors(JsonlRecords(str(tmp_path / "in")), JsonlWriter(str(tmp_path)),
                                work_dir=str(tmp_path / "work"), executor=engine,  # type: ignore[arg-type]
                                tasks=10, buckets=3, executor_kwargs=kwargs)
    assert [s.world_size for s in stages] == [10, 3, 10]
    assert stages[1].depends is stages[0] and stages[2].depends is stages[1]
    assert {type(s).__name__ for s in stages} == {f"{engine.capitalize()}PipelineExecutor"}
    for stage in stages:  # what the engine ships to its workers must pickle
        for step in stage.pipeline:
            pickle.loads(pickle.dumps(step))
