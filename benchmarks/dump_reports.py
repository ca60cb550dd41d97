"""Dump the reports of the AEB cleanings (and the golden cases), to diff a change's effect.

    python benchmarks/dump_reports.py DATA_DIR OUT.jsonl [--cases samples/cases]

One JSON line per cleaning: the 181 pages as ``clean(html)``, ``clean(trafilatura text)`` and
``clean(trafilatura text, headline=False)`` (the three AEB systems of ``eval_gate.py``), then
every golden case, each with its removals and held-back spans (offsets, category, detector,
rule).  Run it before and after a change and ``diff`` the two files: a line that differs is a
cleaning whose report changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _spans(removals: Any) -> list[list[Any]]:
    return [[r.start, r.end, str(r.category), r.detector, r.rule] for r in removals]


def _record(name: str, result: Any) -> str:
    report = result.report
    return json.dumps({"name": name, "removals": _spans(report.removals),
                       "held_back": _spans(report.held_back),
                       "error_page": report.is_error_page, "chars": len(result.text)},
                      ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the AEB directory (html/, ground-truth.json)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=Path,
                        default=Path(__file__).resolve().parent.parent / "samples" / "cases")
    args = parser.parse_args(argv)

    import trafilatura
    from aeb import load

    from cleanroom import clean
    from cleanroom.decode import decode

    pages, _ = load(args.data)
    lines = []
    for key, page in pages.items():
        lines.append(_record(f"html {key}", clean(page, format="html")))
        text = trafilatura.extract(decode(page), deduplicate=False) or ""
        lines.append(_record(f"text {key}", clean(text, format="text")))
        lines.append(_record(f"text-no-headline {key}",
                             clean(text, format="text", headline=False)))
    for path in sorted(args.cases.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            options = dict(case.get("options", {}))
            if "format" in case:
                options["format"] = case["format"]
            lines.append(_record(f"case {path.stem} {case['label']}",
                                 clean(case["input"], **options)))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} reports -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
