"""Score cleanroom and its peers on WCXB (the web content extraction benchmark), per page type.

    python benchmarks/wcxb.py DATA_DIR [--jobs N] [--limit N] [--types T ...]
                                       [--only NAME ...] [--save FILE] [--diff FILE]

``DATA_DIR`` holds ``html/<id>.html.gz`` and ``ground-truth/<id>.json`` (WCXB's layout; the
development split is CC-BY-4.0, (c) 2026 Murrough Foley, "WCXB: A Multi-Type Web Content
Extraction Benchmark").  Every system runs on every page in the same run: cleanroom
``clean(html)``, trafilatura with its defaults and with ``include_comments=False``, and
readability-lxml.

The metric is the benchmark's own: per page, lowercase ``\\w+`` tokens of the prediction and
of ``main_content`` compared as multisets; precision = overlap / predicted, recall = overlap
/ truth, F1 = 2PR/(P+R); an empty prediction scores 0, an empty truth scores 1 only if the
prediction is empty too.  The figure is the mean per-page F1, overall and per page type.
``with`` is the share of must-have snippets found, ``without`` the share of boilerplate
snippets leaked (lowercase substring search).  ``ms/page`` is each system's mean wall time
per page, measured in the same worker processes (compare systems as ratios: the machine is
shared).

``--save FILE`` writes every page's F1 per system as JSON; ``--diff FILE`` prints the pages
whose cleanroom F1 moved most against such a saved run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import regex

_TOKEN = regex.compile(r"\w+")
SYSTEMS = ("cleanroom", "trafilatura defaults", "trafilatura comments off", "readability-lxml")
TYPES = ("article", "documentation", "service", "forum", "collection", "listing", "product")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def word_f1(pred: str, truth: str) -> float:
    """WCXB's per-page F1 over bags of lowercase words.

    >>> word_f1("The cat sat", "the cat sat down"), word_f1("", ""), word_f1("", "x")
    (0.8571428571428571, 1.0, 0.0)
    """
    p, t = tokens(pred), tokens(truth)
    if not t:
        return 1.0 if not p else 0.0
    if not p:
        return 0.0
    overlap = sum((p & t).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def snippet_rates(pred: str, with_: list[str], without: list[str]) -> tuple[int, int]:
    low = pred.lower()
    return (sum(1 for s in with_ if s.lower() in low),
            sum(1 for s in without if s.lower() in low))


def _systems(only: list[str] | None) -> dict[str, Callable[[str], str]]:
    import trafilatura
    from readability import Document as Readability
    from selectolax.lexbor import LexborHTMLParser

    from cleanroom import clean

    def readability(html: str) -> str:
        body = LexborHTMLParser(Readability(html).summary(html_partial=True)).body
        return body.text(separator="\n") if body is not None else ""

    systems: dict[str, Callable[[str], str]] = {
        "cleanroom": lambda html: clean(html, format="html").text,
        "trafilatura defaults": lambda html: trafilatura.extract(html) or "",
        "trafilatura comments off": lambda html: trafilatura.extract(
            html, include_comments=False) or "",
        "readability-lxml": readability,
    }
    return {k: v for k, v in systems.items() if not only or any(o in k for o in only)}


_WORKER: dict[str, Callable[[str], str]] = {}


def _init(only: list[str] | None) -> None:
    _WORKER.update(_systems(only))


def _score_page(job: tuple[str, str]) -> dict[str, Any]:
    """Every system on one page: F1, snippet hits and seconds per system."""
    html_path, truth_path = job
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    gt = truth.get("ground_truth") or {}
    main = gt.get("main_content") or ""
    with_, without = list(gt.get("with") or []), list(gt.get("without") or [])
    html = gzip.decompress(Path(html_path).read_bytes()).decode("utf-8", errors="replace")
    row: dict[str, Any] = {"id": Path(truth_path).stem, "type": _page_type(truth),
                           "with": len(with_), "without": len(without), "systems": {}}
    for name, fn in _WORKER.items():
        t0 = time.perf_counter()
        try:
            pred = fn(html)
        except Exception as exc:  # a peer's crash scores 0 on the page, and is counted
            pred = ""
            row.setdefault("errors", {})[name] = repr(exc)[:200]
        seconds = time.perf_counter() - t0
        hits, leaks = snippet_rates(pred, with_, without)
        row["systems"][name] = {"f1": word_f1(pred, main), "with": hits, "without": leaks,
                                "s": seconds}
    return row


def _page_type(truth: dict[str, Any]) -> str:
    internal = truth.get("_internal") or {}
    page_type = (internal.get("page_type") or {}).get("primary") or "unknown"
    return str(page_type)


def _jobs(data_dir: Path, types: list[str] | None, limit: int | None) -> list[tuple[str, str]]:
    jobs = []
    for truth_path in sorted((data_dir / "ground-truth").glob("*.json")):
        html_path = data_dir / "html" / f"{truth_path.stem}.html.gz"
        if not html_path.exists():
            continue
        if types:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            if _page_type(truth) not in types:
                continue
        jobs.append((str(html_path), str(truth_path)))
    return jobs[:limit] if limit else jobs


def table(rows: list[dict[str, Any]], systems: list[str]) -> str:
    present = [t for t in TYPES if any(r["type"] == t for r in rows)]
    present += sorted({r["type"] for r in rows} - set(TYPES))
    head = ["system", "all"] + present + ["with", "without", "ms/page"]
    lines = [f"WCXB: {len(rows)} pages (" + ", ".join(
        f"{t} {sum(1 for r in rows if r['type'] == t)}" for t in present) + ")",
        "| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    with_total = sum(r["with"] for r in rows) or 1
    without_total = sum(r["without"] for r in rows) or 1
    for name in systems:
        cells = [name, f"{_mean(rows, name):.3f}"]
        cells += [f"{_mean([r for r in rows if r['type'] == t], name):.3f}" for t in present]
        cells.append(f"{sum(r['systems'][name]['with'] for r in rows) / with_total:.3f}")
        cells.append(f"{sum(r['systems'][name]['without'] for r in rows) / without_total:.3f}")
        cells.append(f"{1000 * sum(r['systems'][name]['s'] for r in rows) / len(rows):.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _mean(rows: list[dict[str, Any]], name: str) -> float:
    return sum(r["systems"][name]["f1"] for r in rows) / len(rows) if rows else 0.0


def diff(rows: list[dict[str, Any]], saved_path: Path, top: int = 25) -> str:
    saved = {r["id"]: r for r in json.loads(saved_path.read_text(encoding="utf-8"))}
    moves = []
    for r in rows:
        old = saved.get(r["id"])
        if old is None or "cleanroom" not in old["systems"] or "cleanroom" not in r["systems"]:
            continue
        moves.append((r["systems"]["cleanroom"]["f1"] - old["systems"]["cleanroom"]["f1"],
                      r["id"], r["type"]))
    moves.sort()
    gained = sum(m for m, _, _ in moves if m > 0)
    lost = sum(m for m, _, _ in moves if m < 0)
    up = sum(1 for m, _, _ in moves if m > 0.001)
    down = sum(1 for m, _, _ in moves if m < -0.001)
    lines = [f"against {saved_path}: {up} pages up (+{gained:.2f}), {down} down ({lost:.2f})"]
    lines += [f"  {m:+.3f} {i} {t}" for m, i, t in moves[:top] if m < -0.001]
    lines += [f"  {m:+.3f} {i} {t}" for m, i, t in reversed(moves[-top:]) if m > 0.001]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--limit", type=int, help="score only the first N pages")
    parser.add_argument("--types", nargs="*", help="score only these page types")
    parser.add_argument("--only", nargs="*", help="run only systems whose name contains this")
    parser.add_argument("--save", type=Path, help="write per-page scores here (JSON)")
    parser.add_argument("--diff", type=Path, help="compare cleanroom with a --save file")
    args = parser.parse_args(argv)
    jobs = _jobs(args.data_dir, args.types, args.limit)
    systems = list(_systems(args.only))
    with ProcessPoolExecutor(max(1, args.jobs), initializer=_init,
                             initargs=(args.only,)) as pool:
        rows = list(pool.map(_score_page, jobs, chunksize=8))
    print(table(rows, systems))
    errors = Counter(name for r in rows for name in r.get("errors", {}))
    if errors:
        print("errors (scored 0):", dict(errors))
    if args.save:
        args.save.write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")
    if args.diff:
        print(diff(rows, args.diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
