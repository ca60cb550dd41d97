"""The context step: what the proposals mean together, settled once, before the resolver cuts.

Detectors propose without seeing each other.  Some of their rules depend on what is around a
block: a "Follow us" line is junk at the end of the text, a "Comments" heading is junk over an
empty section.  When other detectors cut what stood around it, the block stands elsewhere: the
newsletter prompt under the follow line is gone, so the line ends the text; the cookie banner
under the heading is gone, so the section is empty.  ``settle`` hands the blocks that the
proposals cut to every rule that weighs context (``Rules.settle`` of the phrase-rule detectors,
and any detector with a ``context(doc, cut)`` method), and adds what they find then, until
nothing more is cut.  No detector runs twice and no text is scanned again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import attrgetter

from cleanroom.detectors._standalone import context as rules_context
from cleanroom.detectors.base import Detector, Finding
from cleanroom.document.model import Document

_START = attrgetter("start")
MAX_ROUNDS = 4
"""Context settles in a few rounds (a cut makes a heading empty, which empties the one above)."""


def cut_blocks(doc: Document, findings: Iterable[Finding], strict: bool) -> frozenset[int]:
    """The indexes of the blocks that the findings cut whole (the findings' spans merged
    where they overlap or touch, so a block cut by two findings is cut)."""
    applied = [f for f in findings if strict or not f.strict_only]
    applied.sort(key=attrgetter("start"))
    starts, blocks = doc.starts, doc.blocks
    # A list, made a frozenset at the end: no set copied (a text of junk lines cuts them all).
    cut: list[int] = []

    def add(start: int, end: int) -> None:
        i = bisect_left(starts, start)
        while i < len(blocks) and blocks[i].end <= end:
            cut.append(blocks[i].index)  # the block's own int, not a new one (memory)
            i += 1

    reach_start, reach_end = -1, -1
    for f in applied:
        if f.start > reach_end:
            if reach_end > reach_start:
                add(reach_start, reach_end)
            reach_start, reach_end = f.start, f.end
        elif f.end > reach_end:
            reach_end = f.end
    if reach_end > reach_start:
        add(reach_start, reach_end)
    del applied
    return frozenset(cut)


def settle(doc: Document, findings: Sequence[Finding], detectors: Sequence[Detector],
           strict: bool) -> list[Finding]:
    """``findings`` and what the context rules add once the blocks they cut are gone (a list
    is taken over and extended, not copied: a text of junk lines has a finding per line)."""
    out = findings if isinstance(findings, list) else list(findings)
    cut = cut_blocks(doc, out, strict)
    hooks = [hook for d in detectors if (hook := getattr(d, "context", None)) is not None]
    for _ in range(MAX_ROUNDS):
        if not cut:
            break
        new = list(rules_context(doc, cut))
        for hook in hooks:
            new.extend(hook(doc, cut))
        if not new:
            break
        fresh = _not_in(new, out)
        out.extend(fresh)
        added = bool(fresh)
        if not added:
            break
        now = cut_blocks(doc, out, strict)
        if now == cut:
            break
        cut = now
    return out


def _same(a: Finding, b: Finding) -> bool:
    return (a.start == b.start and a.end == b.end and a.detector == b.detector
            and a.rule == b.rule and a.strict_only == b.strict_only)


def _not_in(new: list[Finding], out: list[Finding]) -> list[Finding]:
    """The findings of ``new`` that ``out`` does not hold yet (same span, detector, rule and
    strictness), each once, in their order.  Both are read in order of start, side by side:
    no key is made for every finding of a text of junk lines."""
    existing = sorted(out, key=_START)
    order = sorted(range(len(new)), key=lambda k: new[k].start)  # stable: first one first
    keep = [False] * len(new)
    j = 0
    group: list[Finding] = []  # the new ones kept at the current start
    for k in order:
        f = new[k]
        if group and group[0].start != f.start:
            group = []
        while j < len(existing) and existing[j].start < f.start:
            j += 1
        i = j
        dup = any(_same(f, g) for g in group)
        while not dup and i < len(existing) and existing[i].start == f.start:
            dup = _same(f, existing[i])
            i += 1
        if not dup:
            keep[k] = True
            group.append(f)
    return [f for f, kept in zip(new, keep) if kept]
