"""Phrase rules weighed by context: the engine of the short-line detectors, and ``PhraseDetector``.

Most junk is a short line that is nothing but a stock phrase ("Advertisement", "Share this:",
"Accept all cookies"), or a short block that opens with one ("We use cookies to ...").  The
same words inside a sentence of the article are not junk ("The advertisement campaign ran
for six weeks", "Shares fell 3%").  So a phrase is judged by where it stands:

* **tiers** say how sure a whole-line phrase is on its own: ``SURE`` lines are junk anywhere
  ("Skip to content"); ``EDGE`` lines are junk above the first or below the last paragraph
  of prose, or beside other junk ("Share", "Menu"), and held back (``strict_only``)
  elsewhere; ``CLUSTER`` lines are junk only beside other junk ("News", "Sport": a menu is
  several of them in a row), and not proposed at all when alone;
* a **run** of adjacent candidate lines is judged as one: it is junk when it holds a sure
  line, when it sits at an edge and holds an edge line, or when it is three lines or more;
* **phrases inside a block** are looked for only in blocks of at most ``max_block``
  characters (a long paragraph is prose, whatever words it contains).  Such a block is junk
  when the phrase opens it or is half of it, or two phrases meet in it, unless the phrase is
  quoted; otherwise it is only proposed for ``strict=True``.

``cleanroom.PhraseDetector`` (``_phrase_detector.py``) exposes this engine for users' own
lists (see ``docs/extending.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

import regex

from cleanroom.categories import Category
from cleanroom.detectors._phrases import LineSet, PhraseHit, PhraseSet
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import QUOTE_MARKS, Block, Document


class Tier(IntEnum):
    """How sure a candidate is on its own (higher is surer)."""

    CLUSTER = 0
    EDGE = 1
    STRICT = 2  # a phrase inside text that is not sure: always held back
    SURE = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    """A block a rule proposes, before the context (edges, neighbours) is weighed."""

    rule: str
    reason: str
    tier: Tier


_TERMINAL = frozenset(".!?…。！？\"”»')")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_PROSE_SIZE = 60  # a block of prose: this many characters (CJK counts double), ended like a sentence
_OPENS = 3  # a phrase "opens" its block when at most this many characters come before it
_CLOSERS = " .!?…。！？\"'”»)"
_BREAK = re.compile(r"[.!?。！？]\s")
_BESIDE = 120  # a held-back phrase block this short joins the junk lines beside it
_RUN = 3  # this many adjacent candidate lines are junk together (a menu, a button row)
# One sentence ends and another starts inside a line ("... on Monday. The council"): no
# headline, title or list label has that (headline, related and its headline lists).
TWO_SENTENCES = re.compile(r"\w{2,}[.!?]\s+\w")


def _size(text: str) -> int:
    size = len(text)
    if size < _PROSE_SIZE and _WIDE.search(text):
        size += len(_WIDE.findall(text))
    return size


def is_prose(block: Block) -> bool:
    """A paragraph of running text: long enough and ended like a sentence."""
    return block.text[-1] in _TERMINAL and _size(block.text) >= _PROSE_SIZE


def last_sentence(text: str, breaks: re.Pattern[str] | regex.Pattern[str]) -> int:
    """Where the last sentence of ``text`` starts: the end of the last match of ``breaks``
    (a sentence end and the space after it) before the final character, or 0."""
    last = 0
    for m in breaks.finditer(text, 0, len(text) - 1):
        last = m.end()
    return last


def edge_zone(doc: Document, candidates: Mapping[int, Candidate],
              order: Sequence[int] | None = None) -> tuple[int, int]:
    """``(first, last)``: the indexes of the first and last prose blocks that no line rule
    proposed.  Blocks before ``first`` or after ``last`` are at an edge of the text.  A copy
    of an earlier block (a scraper's repeat) does not end the body: junk above it is still
    at the end.  With no prose at all there is no body to stand beside, so nothing counts as
    an edge.  ``order``: the indexes of the blocks still there (all of them by default; the
    context step leaves out the blocks other rules cut)."""
    blocks = doc.blocks
    seq: Sequence[int] = range(len(blocks)) if order is None else order

    def body(i: int) -> bool:
        c = candidates.get(i)
        return (c is None or c.tier == Tier.STRICT) and is_prose(blocks[i])

    at = next((p for p, i in enumerate(seq) if body(i)), None)
    if at is None:
        return len(blocks), -1
    first = last = seq[at]
    first_of: dict[str, int] | None = None  # norm -> index of its first block
    for p in range(len(seq) - 1, at, -1):
        i = seq[p]
        if body(i):
            if first_of is None:
                first_of = {}
                for j in seq:
                    first_of.setdefault(blocks[j].norm, j)
            if first_of[blocks[i].norm] == i:
                last = i
                break
    return first, last


@dataclass(frozen=True, slots=True)
class LineRule:
    """Whole lines that are junk, at a tier; ``prefix`` also matches ``"<phrase>: rest"``."""

    rule: str
    lines: LineSet
    tier: Tier
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """Phrases that make a short block junk (see the module docstring for when)."""

    rule: str
    phrases: PhraseSet


_SEPARATOR = re.compile(r"[:|–—»›>：]|\s-\s")
_LABEL_PROSE = 120
_SENTENCE_END = frozenset(".!?。！？")
_MAX_PREFIX = 48
_MAX_REST = 200


def prefix_of(text: str) -> str | None:
    """The label before a separator in ``"Read more: Council votes ..."``, or None.

    >>> prefix_of("READ MORE | Council votes on the budget")
    'READ MORE'
    >>> prefix_of("He said: no") is not None, prefix_of("A line with no label") is None
    (True, True)
    """
    m = _SEPARATOR.search(text, 0, _MAX_PREFIX + 2)
    return None if m is None else _label_before(text, m)


def _label_before(text: str, separator: re.Match[str]) -> str | None:
    label, rest = text[:separator.start()].rstrip(), text[separator.end():].strip()
    if not label or not rest or len(rest) > _MAX_REST:
        return None
    return label


def labelled_blocks(doc: Document) -> tuple[tuple[Block, str], ...]:
    """``(block, label)`` for the blocks that open with a label (``prefix_of``), once per
    document."""
    cache = doc.scans.memo
    found: tuple[tuple[Block, str], ...] | None = cache.get("labelled_blocks")
    if found is None:
        pairs = []
        separator = _SEPARATOR.search  # prefix_of, its search and the rest apart
        for block in blocks_upto(doc, _MAX_PREFIX + _MAX_REST + 3):
            text = block.text
            if len(text) > _LABEL_PROSE and text[-1] in _SENTENCE_END:
                continue  # a labelled link is short or ends like a headline, not a paragraph
            m = separator(text, 0, _MAX_PREFIX + 2)
            label = None if m is None else _label_before(text, m)
            if label is not None:
                pairs.append((block, label))
        found = tuple(pairs)
        cache["labelled_blocks"] = found
    return found


class Rules:
    """A detector's rules, judged together: line rules, then phrase rules, then context."""

    def __init__(self, lines: Sequence[LineRule] = (), phrases: Sequence[PhraseRule] = (), *,
                 max_block: int = 300) -> None:
        self.lines = tuple(lines)
        self.phrases = tuple(phrases)
        self.max_block = max_block
        self._prefix = any(r.prefix for r in self.lines)

    def _match_label(self, block: Block, label: str) -> Candidate | None:
        """The surest prefix rule whose lines match ``label``, the block's label (for a
        block that no rule matches as a whole line)."""
        best: Candidate | None = None
        for rule in self.lines:
            if rule.prefix and (best is None or rule.tier > best.tier) and rule.lines.match(label):
                best = Candidate(rule.rule, f"{block.text!r} opens with the label {label!r}",
                                 rule.tier)
        return best

    def propose(self, doc: Document) -> dict[int, Candidate]:
        """Every block a rule matches, with its tier on its own."""
        found: dict[int, Candidate] = {}
        if self.lines:
            # The blocks each rule's lines match (looked up once per document for every
            # detector), then the surest rule of each block.
            per_rule = [(r, lines) for r in self.lines if (lines := r.lines.found(doc))]
            # Equal lines share one candidate (and reason): a text of a thousand "Share"
            # lines holds it once.
            made: dict[tuple[str, str], Candidate] = {}
            for i in sorted(set().union(*(lines for _, lines in per_rule)) if per_rule else ()):
                best: LineRule | None = None
                for line_rule, lines in per_rule:
                    if i in lines and (best is None or line_rule.tier > best.tier):
                        best = line_rule
                assert best is not None
                text = doc.blocks[i].text
                c = made.get((best.rule, text))
                if c is None:
                    c = made[(best.rule, text)] = Candidate(best.rule, f"{text!r} is a stock line",
                                                            best.tier)
                found[i] = c
        if self._prefix:
            for block, label in labelled_blocks(doc):
                if block.index not in found:  # so no rule matches it as a whole line
                    c = self._match_label(block, label)
                    if c is not None:
                        found[block.index] = c
        for rule in self.phrases:
            for index, hits in scan_short(rule.phrases, doc, self.max_block).items():
                if index not in found:
                    found[index] = self._judge_phrases(doc, rule.rule, hits)
        return found

    @staticmethod
    def _judge_phrases(doc: Document, rule: str, hits: list[PhraseHit]) -> Candidate:
        hit, block = hits[0], hits[0].block
        said = doc.text[hit.start:hit.end]
        before = doc.text[block.start:hit.start]
        quoted = not QUOTE_MARKS.isdisjoint(before)
        opens = len(before) <= _OPENS
        # Verb-final languages (Turkish, Japanese...) end a banner with the phrase: a
        # one-sentence block that closes with it counts as opening with it.
        after = doc.text[hit.end:block.end].strip(_CLOSERS)
        opens = opens or (not after and _BREAK.search(block.text, 0, len(block.text) - 1) is None)
        most = (hit.end - hit.start) * 2 >= len(block.text)
        several = len({h.phrase for h in hits}) >= 2
        if not quoted and (opens or most or several or not is_prose(block)):
            return Candidate(rule, f"{said!r} stands alone in a short block", Tier.SURE)
        return Candidate(rule, f"{said!r} inside a sentence of the text", Tier.STRICT)

    def settle(self, doc: Document, found: Mapping[int, Candidate],
               cut: frozenset[int] = frozenset()
               ) -> Iterator[tuple[Block, Candidate, bool]]:
        """Weigh the context: yield ``(block, candidate, strict_only)`` for what is proposed.
        Blocks in ``cut`` (cut by other rules) are not there: the blocks around them meet."""
        if cut:
            found = {i: c for i, c in found.items() if i not in cut}
        if not found:
            return
        order: list[int] | None = None
        if cut:
            order = [b.index for b in doc.blocks if b.index not in cut]
            position = {i: p for p, i in enumerate(order)}
        zone: list[tuple[int, int]] = []  # computed only when a run needs it

        def edges() -> tuple[int, int]:
            if not zone:
                zone.append(edge_zone(doc, found, order))
            return zone[0]

        def at(i: int) -> int:
            return i if order is None else position[i]

        def beside(i: int) -> tuple[int, ...]:
            if order is None:
                return (i - 1, i + 1)
            p = position[i]
            return tuple(order[q] for q in (p - 1, p + 1) if 0 <= q < len(order))

        line_like = sorted(i for i, c in found.items() if c.tier != Tier.STRICT)
        verdict: dict[int, bool] = {}  # index -> strict_only
        run: list[int] = []
        for i in line_like + [-2]:
            if run and i >= 0 and at(i) == at(run[-1]) + 1:
                run.append(i)
                continue
            if run:
                self._judge_run(run, found, edges, verdict)
            run = [i]
        for i, c in found.items():
            if c.tier == Tier.STRICT:
                # A short phrase block right beside confirmed junk lines is part of the box
                # ("Get our briefing, delivered to your inbox." above "Sign up").
                near = any(verdict.get(j) is False and found[j].tier != Tier.STRICT
                           for j in beside(i))
                verdict[i] = not (near and len(doc.blocks[i].text) <= _BESIDE)
        for i in sorted(verdict):
            yield doc.blocks[i], found[i], verdict[i]

    @staticmethod
    def _judge_run(run: list[int], found: Mapping[int, Candidate],
                   edges: Callable[[], tuple[int, int]], verdict: dict[int, bool]) -> None:
        tiers = [found[i].tier for i in run]
        sure = Tier.SURE in tiers or len(run) >= _RUN
        if not sure and Tier.EDGE in tiers:
            first, last = edges()
            sure = run[-1] < first or run[0] > last
        for i, tier in zip(run, tiers):
            if sure:
                verdict[i] = False
            elif tier == Tier.EDGE:
                verdict[i] = True

    def find(self, doc: Document, name: str, category: Category,
             extra: Mapping[int, Candidate] | None = None,
             proposed: dict[int, Candidate] | None = None) -> Iterator[Finding]:
        """Findings of one detector: its rules' candidates (``proposed``, if the detector
        already asked for them, plus ``extra``), settled.  The candidates are kept on the
        document for the context step (``context``)."""
        found = self.propose(doc) if proposed is None else proposed
        for i, c in (extra or {}).items():
            if i not in found or c.tier > found[i].tier:
                found[i] = c
        verdicts: dict[int, bool] = {}
        if found:
            doc.scans.memo.setdefault(PROPOSALS, []).append((self, name, category, found,
                                                             verdicts))
        for block, c, strict_only in self.settle(doc, found):
            verdicts[block.index] = strict_only
            yield Finding(block.start, block.end, category, name, c.rule, c.reason, strict_only)



PROPOSALS = "rule proposals"
"""``doc.scans.memo[PROPOSALS]``: ``(rules, detector name, category, candidates, verdicts)``
for every ``Rules.find`` run on the document, for ``context``."""


def context(doc: Document, cut: frozenset[int]) -> Iterator[Finding]:
    """The findings of every ``Rules.find`` run on ``doc`` once the blocks in ``cut`` are gone:
    a line at the edge of what is left, or beside junk that other rules cut, is judged where it
    then stands (a "Follow us" line under a newsletter prompt that ends the text).  Only the
    verdicts that change are given."""
    for rules, name, category, found, verdicts in doc.scans.memo.get(PROPOSALS, ()):
        for block, c, strict_only in rules.settle(doc, found, cut):
            if verdicts.get(block.index) != strict_only:
                yield Finding(block.start, block.end, category, name, c.rule, c.reason,
                              strict_only)


def overrule(proposed: dict[int, Candidate], found: Mapping[int, Candidate]) -> None:
    """Put each candidate of ``found`` (read from a block's shape) in ``proposed`` where it
    ranks higher, or where ``proposed`` holds only a phrase found inside the block and held
    back (``STRICT``): the block's shape says more than a phrase inside it."""
    for index, c in found.items():
        old = proposed.get(index)
        if old is None or old.tier == Tier.STRICT or c.tier > old.tier:
            proposed[index] = c


def scan_short(phrases: PhraseSet, doc: Document, max_block: int) -> dict[int, list[PhraseHit]]:
    """Hits of ``phrases`` in the blocks of at most ``max_block`` characters, by block index.

    Long blocks are never confirmed: that keeps the cost off the body text.
    """
    hits: dict[int, list[PhraseHit]] = {}
    for hit in phrases.scan(doc, max_block):
        hits.setdefault(hit.block.index, []).append(hit)
    return hits
