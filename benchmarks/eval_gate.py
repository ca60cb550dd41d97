"""Accuracy gate: fail when cleanroom scores below its pinned floors on the article benchmark.

    python benchmarks/eval_gate.py DATA_DIR [--baseline FILE] [--raise-floors]

The floors live in ``benchmarks/eval_baseline.json``.  They only move up by themselves:
``--raise-floors`` lifts each floor to the score just measured (rounded down to three
decimals) and never lowers one.  Lowering a floor means editing the file by hand *and*
adding an entry to its ``"lowered"`` list (metric, old and new value, why); the gate compares
the floors with the committed file (``git show HEAD:...``) and fails on a floor that went
down without such an entry.  So a regression cannot be waved through silently.

Exit status: 0 when every score meets its floor, 1 when one does not, 2 on a bad baseline.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"

# system name in the baseline -> the aeb.py system it measures
SYSTEMS = {
    "clean_html": "cleanroom clean(html)",
    "clean_trafilatura_text": "cleanroom clean(trafilatura text)",
    "clean_trafilatura_text_no_headline": "cleanroom clean(trafilatura text, headline=False)",
}
_SCORES = ("f1", "precision", "recall")


def committed_baseline(path: Path) -> dict[str, Any] | None:
    """The baseline as committed at HEAD, or None outside git or before the first commit."""
    try:
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent,
                              capture_output=True, text=True, check=True).stdout.strip()
        rel = path.resolve().relative_to(Path(root).resolve())
        shown = subprocess.run(["git", "show", f"HEAD:{rel.as_posix()}"], cwd=root,
                               capture_output=True, text=True, check=True).stdout
    except (OSError, ValueError, subprocess.CalledProcessError):
        return None
    data: dict[str, Any] = json.loads(shown)
    return data


def silent_lowerings(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Floors that are lower in ``new`` than in ``old`` with no ``lowered`` entry for them.

    >>> old = {"floors": {"clean_html": {"f1": 0.97}}}
    >>> silent_lowerings(old, {"floors": {"clean_html": {"f1": 0.96}}})
    ['clean_html.f1: 0.97 -> 0.96']
    >>> silent_lowerings(old, {"floors": {"clean_html": {"f1": 0.96}}, "lowered": [
    ...     {"metric": "clean_html.f1", "from": 0.97, "to": 0.96, "why": "new truth"}]})
    []
    """
    explained = {(e.get("metric"), e.get("from"), e.get("to")) for e in new.get("lowered", ())
                 if str(e.get("why", "")).strip()}
    problems = []
    for system, floors in old.get("floors", {}).items():
        for metric, value in floors.items():
            now = new.get("floors", {}).get(system, {}).get(metric)
            name = f"{system}.{metric}"
            lowered = now is None or (now > value if metric == "max_empty" else now < value)
            if lowered and (name, value, now) not in explained:
                problems.append(f"{name}: {value} -> {now}")
    return problems


def check(floors: dict[str, Any], measured: dict[str, dict[str, float]]) -> list[str]:
    """Every score below its floor, as readable lines (empty when all pass)."""
    failures = []
    for system, limits in floors.items():
        got = measured[system]
        for metric, floor in limits.items():
            if metric == "max_empty":
                if got["empty"] > floor:
                    failures.append(f"{system}: {got['empty']:.0f} empty outputs > {floor}")
            elif got[metric] < floor:
                failures.append(f"{system}: {metric} {got[metric]:.4f} < floor {floor}")
    return failures


def raised(floors: dict[str, Any], measured: dict[str, dict[str, float]]) -> dict[str, Any]:
    """Floors lifted to the measured scores (rounded down to 3 decimals); never lowered."""
    out: dict[str, Any] = {}
    for system, limits in floors.items():
        out[system] = {}
        for metric, floor in limits.items():
            if metric == "max_empty":
                out[system][metric] = min(floor, int(measured[system]["empty"]))
            else:
                out[system][metric] = max(floor, math.floor(measured[system][metric] * 1000)
                                          / 1000)
    return out


def measure(data_dir: Path) -> dict[str, dict[str, float]]:
    import aeb

    pages, truths = aeb.load(data_dir)
    systems = aeb._systems(memo=True)  # one trafilatura extraction per page, not two
    out = {}
    for key, name in SYSTEMS.items():
        preds, _ = aeb.run_system(systems[name], pages)
        s = aeb.score(preds, truths)
        out[key] = {"f1": s.f1, "precision": s.precision, "recall": s.recall,
                    "empty": float(s.empty)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument("--raise-floors", action="store_true",
                        help="lift the floors to the scores measured now (never lowers)")
    args = parser.parse_args(argv)
    baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
    before = committed_baseline(args.baseline)
    if before is not None:
        problems = silent_lowerings(before, baseline)
        if problems:
            print("floors lowered without a 'lowered' entry saying why:", *problems, sep="\n  ")
            return 2
    measured = measure(args.data_dir)
    for system, scores in measured.items():
        print(f"{system}: F1 {scores['f1']:.4f}  P {scores['precision']:.4f}  "
              f"R {scores['recall']:.4f}  empty {scores['empty']:.0f}")
    failures = check(baseline["floors"], measured)
    if failures:
        print("BELOW THE FLOOR:", *failures, sep="\n  ")
        return 1
    if args.raise_floors:
        baseline["floors"] = raised(baseline["floors"], measured)
        args.baseline.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"floors raised in {args.baseline}")
    print("all scores meet their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
