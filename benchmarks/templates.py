"""Learn and apply site templates on a generated dump: time and peak memory per stage.

    nice python benchmarks/templates.py WORK_DIR [--sites 200 --pages 500] [--dump DIR]
                                                 [--datatrove --tasks 2 --workers 2]

Without ``--dump`` it writes a generated dump (``tests/template_dump.py``: many sites, each
with footers, promos and notices, body paragraphs unique or rare) of sites x pages documents
to ``WORK_DIR/dump/`` (8 JSONL shards; ``--dump`` takes a folder of JSONL files with ``text``
and ``url``).  Each stage runs in its own process so its peak RSS is its own:

* ``learn``: stream the JSONL, signature per document, ``HashCounts``, ``select``, save.
* ``apply``: load the templates, stream the JSONL, ``clean(text, templates=, url=)``.
* ``baseline``: the same stream and ``clean(text)`` without templates (what templates add).
* with ``--datatrove``: the three datatrove stages on the local executor (``fork``, so the
  workers' peak RSS is reported as the children's).

Prints one line per stage (documents, seconds, documents/s, MB/s, peak RSS).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


SHARDS = 8


def _generate(folder: Path, sites: int, pages: int) -> int:
    import random

    sys.path.insert(0, str(ROOT))
    from tests.template_dump import site_pages

    rng = random.Random(1)
    folder.mkdir(parents=True, exist_ok=True)
    files = [(folder / f"part-{i:02d}.jsonl").open("w", encoding="utf-8")
             for i in range(SHARDS)]
    n = 0
    for s in range(1, sites + 1):
        for page in site_pages(s, pages, rng):
            files[n % SHARDS].write(json.dumps({"id": str(n), "url": page.url,
                                                "text": page.text}) + "\n")
            n += 1
    for f in files:
        f.close()
    return n


def _records(folder: Path):  # type: ignore[no-untyped-def]
    import orjson

    for path in sorted(folder.glob("*.jsonl")):
        with path.open("rb") as f:
            for line in f:
                rec = orjson.loads(line)
                yield rec["text"], rec["url"]


def _datatrove_stage(name: str, dump: Path, work: Path, args: argparse.Namespace
                     ) -> dict[str, float]:
    from datatrove.pipeline.writers import JsonlWriter

    from cleanroom.integrations.datatrove import JsonlRecords, template_executors

    stages = template_executors(
        JsonlRecords(str(dump), glob_pattern="*.jsonl"),
        JsonlWriter(str(work / "dt-out"), output_filename="${rank}.jsonl", compression=None),
        work_dir=str(work / "dt-work"), tasks=args.tasks, workers=args.workers,
        buckets=args.workers, min_docs=args.min_docs, min_share=args.min_share,
        executor_kwargs={"start_method": "fork"})
    index = ("dt-signatures", "dt-counts", "dt-clean").index(name)
    start = time.perf_counter()
    stages[index].run()  # the stages before it are complete: datatrove skips them
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {"docs": 0, "seconds": seconds, "chars": 0, "peak_mb": peak, "result": 0}


def _stage(name: str, dump: Path, tpl: Path, min_docs: int, min_share: float) -> dict[str, float]:
    import cleanroom
    from cleanroom.templates import HashCounts, TemplateSet, signature

    start = time.perf_counter()
    n = chars = removed = 0
    if name == "learn":
        counts = HashCounts()
        for text, url in _records(dump):
            counts.add(signature(text, url))
            n += 1
            chars += len(text)
        templates = counts.select(min_docs=min_docs, min_share=min_share)
        templates.save(tpl)
        removed = len(templates)
    else:
        options = cleanroom.Options(templates=TemplateSet.load(tpl)) if name == "apply" else None
        for text, url in _records(dump):
            result = cleanroom.clean(text, options, url=url)
            n += 1
            chars += len(text)
            removed += result.report.chars_by_category.get("template", 0)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n, "seconds": seconds, "chars": chars, "peak_mb": peak_mb,
            "result": removed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, help="directory for the dump and the templates")
    parser.add_argument("--dump", type=Path, help="a JSONL dump with text and url fields")
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--min-docs", type=int, default=10)
    parser.add_argument("--min-share", type=float, default=0.1)
    parser.add_argument("--datatrove", action="store_true",
                        help="also time the datatrove stages on the local executor")
    parser.add_argument("--tasks", type=int, default=SHARDS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    dump = args.dump or args.work / "dump"
    tpl = args.work / "site.tpl"
    if args.stage and args.stage.startswith("dt-"):
        print(json.dumps(_datatrove_stage(args.stage, dump, args.work, args)))
        return
    if args.stage:
        print(json.dumps(_stage(args.stage, dump, tpl, args.min_docs, args.min_share)))
        return
    if args.dump is None:
        start = time.perf_counter()
        n = _generate(dump, args.sites, args.pages)
        size = sum(p.stat().st_size for p in dump.glob("*.jsonl"))
        print(f"generated {n:,} documents ({size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s")
    stages = ["learn", "apply", "baseline"]
    if args.datatrove:
        stages += ["dt-signatures", "dt-counts", "dt-clean"]
    for stage in stages:
        out = subprocess.run([sys.executable, __file__, str(args.work), "--dump", str(dump),
                              "--min-docs", str(args.min_docs), "--min-share",
                              str(args.min_share), "--tasks", str(args.tasks), "--workers",
                              str(args.workers), "--stage", stage],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        if stage.startswith("dt-"):
            tasks = args.workers if stage == "dt-counts" else args.tasks  # buckets = workers
            print(f"{stage:13} {tasks} tasks on {args.workers} workers  "
                  f"{r['seconds']:7.1f} s  peak RSS {r['peak_mb']:.0f} MB (largest process)")
            continue
        what = (f"{r['result']:,} template paragraphs" if stage == "learn"
                else f"{r['result'] / max(1, r['chars']):.1%} of chars removed as template")
        print(f"{stage:8} {r['docs']:,} docs  {r['seconds']:7.1f} s  "
              f"{r['docs'] / r['seconds']:8,.0f} docs/s  {r['chars'] / 1e6 / r['seconds']:5.1f} MB/s"
              f"  peak RSS {r['peak_mb']:.0f} MB  ({what})")


if __name__ == "__main__":
    main()
