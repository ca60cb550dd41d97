"""Learn and apply site templates on a generated dump: time and peak memory per stage.

    nice python benchmarks/templates.py WORK_DIR [--sites 200 --pages 500] [--dump DUMP.jsonl]

Without ``--dump`` it writes a generated dump (``tests/template_dump.py``: many sites, each
with footers, promos and notices, body paragraphs unique or rare) of sites x pages documents
to ``WORK_DIR/dump.jsonl``.  Each stage runs in its own process so its peak RSS is its own:

* ``learn``: stream the JSONL, signature per document, ``HashCounts``, ``select``, save.
* ``apply``: load the templates, stream the JSONL, ``clean(text, templates=, url=)``.
* ``baseline``: the same stream and ``clean(text)`` without templates (what templates add).

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


def _generate(path: Path, sites: int, pages: int) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.template_dump import site_pages
    import random

    rng = random.Random(1)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for s in range(1, sites + 1):
            for page in site_pages(s, pages, rng):
                f.write(json.dumps({"id": str(n), "url": page.url, "text": page.text}) + "\n")
                n += 1
    return n


def _records(path: Path):  # type: ignore[no-untyped-def]
    import orjson

    with path.open("rb") as f:
        for line in f:
            rec = orjson.loads(line)
            yield rec["text"], rec["url"]


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
    parser.add_argument("--stage", choices=("learn", "apply", "baseline"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    dump = args.dump or args.work / "dump.jsonl"
    tpl = args.work / "site.tpl"
    if args.stage:
        print(json.dumps(_stage(args.stage, dump, tpl, args.min_docs, args.min_share)))
        return
    if args.dump is None:
        start = time.perf_counter()
        n = _generate(dump, args.sites, args.pages)
        print(f"generated {n:,} documents ({dump.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s")
    for stage in ("learn", "apply", "baseline"):
        out = subprocess.run([sys.executable, __file__, str(args.work), "--dump", str(dump),
                              "--min-docs", str(args.min_docs), "--min-share",
                              str(args.min_share), "--stage", stage],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out)
        what = (f"{r['result']:,} template paragraphs" if stage == "learn"
                else f"{r['result'] / max(1, r['chars']):.1%} of chars removed as template")
        print(f"{stage:8} {r['docs']:,} docs  {r['seconds']:7.1f} s  "
              f"{r['docs'] / r['seconds']:8,.0f} docs/s  {r['chars'] / 1e6 / r['seconds']:5.1f} MB/s"
              f"  peak RSS {r['peak_mb']:.0f} MB  ({what})")


if __name__ == "__main__":
    main()
