"""A small run of benchmarks/junk_recall.py: junk of every phrase category and language,
injected by ``cleanroom.strategies``, is removed (>= 99% of pieces) and no body paragraph is
lost.  The benchmark runs 2,000+ examples; this runs a few hundred."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, seed, settings

import cleanroom
from cleanroom.strategies import DirtyDocument, dirty_documents

PHRASE_CATEGORIES = ["ads", "comments", "cookie", "disclaimer", "error_page", "navigation",
                     "newsletter", "related", "share"]


def _removed(doc: DirtyDocument) -> tuple[list[bool], list[str]]:
    """Per injected piece, whether all of it was cut; and the body paragraphs lost."""
    result = cleanroom.clean(doc.dirty, format="text")
    mask = bytearray(len(doc.dirty))
    for r in result.report.removals:
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    pieces = [all(mask[i] or doc.dirty[i].isspace() for i in range(p.start, p.end))
              for p in doc.injected]
    kept = set(result.text.split("\n"))
    return pieces, [p for p in doc.paragraphs if p not in kept]


def test_injected_junk_is_removed_and_no_paragraph_is_lost() -> None:
    tally: Counter[str] = Counter()
    lost: list[str] = []

    @seed(4)
    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(dirty_documents(categories=PHRASE_CATEGORIES, max_junk=3))
    def draw(doc: DirtyDocument) -> None:
        pieces, missing = _removed(doc)
        tally["injected"] += len(pieces)
        tally["removed"] += sum(pieces)
        lost.extend(missing)

    draw()
    assert lost == []
    assert tally["injected"] >= 300
    assert tally["removed"] / tally["injected"] >= 0.99, tally
