"""Junk recall and body loss over Hypothesis-generated dirty documents, per category and language.

Usage:  python benchmarks/junk_recall.py [--examples 2000] [--seed 0]

Draws ``--examples`` documents from ``cleanroom.strategies.dirty_documents`` (every category
and language of the junk corpus, which is written apart from the detectors' phrase lists),
cleans each, and prints:

* the share of injected junk pieces removed (a piece counts as removed when none of its
  characters is left in the clean text's place; target >= 99%);
* the body paragraphs lost (a paragraph of the article missing from the clean text;
  target 0);
* a table per category and per language, and the pieces that were missed.

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings

import cleanroom
from cleanroom.report import Report
from cleanroom.strategies import DirtyDocument, dirty_documents


def removed_mask(report: Report, size: int) -> bytearray:
    """1 for every character of the input that a removal cut."""
    mask = bytearray(size)
    for r in report.removals:
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return mask


def covered(text: str, mask: bytearray, start: int, end: int) -> bool:
    """True if every non-space character of ``text[start:end]`` was cut."""
    return all(mask[i] or text[i].isspace() for i in range(start, end))


class Tally:
    """Pieces injected and removed per category and language, paragraphs kept and lost."""

    def __init__(self) -> None:
        self.injected: Counter[tuple[str, str]] = Counter()
        self.removed: Counter[tuple[str, str]] = Counter()
        self.paragraphs = 0
        self.lost = 0
        self.documents = 0
        self.missed: Counter[str] = Counter()
        self.lost_examples: list[str] = []

    def add(self, doc: DirtyDocument) -> None:
        result = cleanroom.clean(doc.dirty, format="text")
        mask = removed_mask(result.report, len(doc.dirty))
        self.documents += 1
        for piece in doc.injected:
            key = (piece.category, piece.language)
            self.injected[key] += 1
            if covered(doc.dirty, mask, piece.start, piece.end):
                self.removed[key] += 1
            else:
                self.missed[f"{piece.category}/{piece.language}: {piece.text!r}"] += 1
        kept = set(result.text.split("\n"))
        for paragraph in doc.paragraphs:
            self.paragraphs += 1
            if paragraph not in kept:
                self.lost += 1
                if len(self.lost_examples) < 10:
                    self.lost_examples.append(paragraph)

    @property
    def recall(self) -> float:
        total = sum(self.injected.values())
        return sum(self.removed.values()) / total if total else 1.0


def run(examples: int, seed_value: int) -> Tally:
    tally = Tally()

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(dirty_documents(max_junk=4))
    def draw(doc: DirtyDocument) -> None:
        tally.add(doc)

    draw()
    return tally


def report(tally: Tally) -> bool:
    def table(index: int) -> None:
        names = sorted({k[index] for k in tally.injected})
        for name in names:
            inj = sum(v for k, v in tally.injected.items() if k[index] == name)
            rem = sum(v for k, v in tally.removed.items() if k[index] == name)
            print(f"  {name:12s} {rem:5d}/{inj:<5d} {rem / inj:7.2%}")

    print(f"documents: {tally.documents}")
    print(f"injected pieces removed: {sum(tally.removed.values())}/"
          f"{sum(tally.injected.values())} = {tally.recall:.2%}  (target >= 99%)")
    print(f"body paragraphs lost: {tally.lost}/{tally.paragraphs}  (target 0)")
    print("by category:")
    table(0)
    print("by language:")
    table(1)
    if tally.missed:
        print("missed pieces (count):")
        for text, count in tally.missed.most_common(60):
            print(f"  {count:4d}  {text}")
    for paragraph in tally.lost_examples:
        print(f"  lost: {paragraph!r}")
    return tally.recall >= 0.99 and tally.lost == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    return 0 if report(run(args.examples, args.seed)) else 1


if __name__ == "__main__":
    sys.exit(main())
