"""Paragraphs, and runs of paragraphs, that the document repeats: every copy after the first.

Scrapers that merge a page's "preview" and "full" views, or follow pagination twice, repeat
whole stretches of the article.  Given::

    The council voted on Tuesday to close the old bridge to lorries from March.
    Residents had asked for the closure for years, citing cracks in the supports.
    The council voted on Tuesday to close the old bridge to lorries from March.
    Residents had asked for the closure for years, citing cracks in the supports.

the last two lines are removed and the first two kept (keep-first).  Left alone: short lines
that recur for good reasons (``"No," he said.``, ``* * *``) unless they sit inside a repeated
run, a question that recurs three or more times, each time alone between different paragraphs
(the same question put to every guest of an interview), and a longer paragraph that merely starts
like an earlier, shorter one.

Copies come in runs (copies one after another whose originals come in the same order).  A
run made mostly of sentences is a scraper's copy of the article and is cut; a run with at
least as many lines that do not end like a sentence (labels, list items, recipe and data
lines) as sentences is the text's own repetition, as a meal plan lists the same dish each
day or a product page the same features under each model: reported, and cut only with ``strict=True``.  Once
other detectors have cut lines (``context``), the runs are weighed again without them, as
the next ``clean()`` of the clean text would see them.  In text extracted from HTML a copy is
the page's own repetition, held back, unless it is one exact copy, alone, of a line under
200 characters (a call to action, a caption printed twice), which is cut as in text: a page
repeats offers' terms, FAQ answers and credits its reader sees each time (on WCXB dev,
cutting runs of sentences there as in text lost text on 62 pages for 86 gained; cutting the
lone short lines moves 51 pages, 27 up and 24 down, +0.04 F1 in all).  So a page's clean
text, cleaned again as text, keeps its repeated labels and items (held back both times) and
can lose only repeated runs made mostly of sentences (0 of 181 AEB pages clean differently
a second time, with each option set of ``benchmarks/adversarial.py --idempotence``).

Cost is linear: each paragraph is hashed once (exact copies); for near copies, its first and
last characters are hashed to find at most one earlier candidate, and only that pair is
compared.  Paragraphs are never compared all against all.

>>> from cleanroom.document import from_text
>>> para = "The council voted on Tuesday to close the old bridge to lorries from March."
>>> doc = from_text(f"{para}\\nResidents were pleased.\\n{para}")
>>> [(f.rule, f.start) for f in Repeated().find(doc)]
[('exact_repeat', 100)]
>>> list(Repeated().find(from_text(f"{para}\\nAnother paragraph entirely, of some length.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

_WORDS = regex.compile(r"\w+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_RECURRING = 3  # a question seen this often, each time alone, is repeated on purpose
_ASKS = frozenset("?:？：")
_EDGE = 24  # characters of a paragraph's start and end used as fingerprints
_SENTENCE_END = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]"


_LIST_MARKS = ("- ", "* ", "• ", "· ", "– ")  # how extractors print a list item


def _sentence(text: str) -> bool:
    """Whether ``text`` is a sentence: it ends like one and is not a list item (a label, an
    item of a list, a data line is not; a page repeats an offer's terms item by item)."""
    return (not text.lstrip().startswith(_LIST_MARKS)
            and text.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_END)


_LONE_LINE = 200  # characters: a lone exact copy this short is a line, not a page's section


def _lone_line(doc: Document, copies: dict[int, tuple[int, str]], run: list[int]) -> bool:
    """Whether ``run`` is one exact copy of one short line (a call to action, a caption)."""
    return (len(run) == 1 and copies[run[0]][1] == "exact_repeat"
            and len(doc.blocks[run[0]].text) < _LONE_LINE)


def _shingles(key: str) -> set[tuple[str, ...]]:
    """Word 3-grams, or character 4-grams for text written without spaces (CJK)."""
    words = _WORDS.findall(key)
    if len(words) < 6:
        return {tuple(key[i:i + 4]) for i in range(max(1, len(key) - 3))}
    return set(zip(words, words[1:], words[2:]))


class Repeated:
    """Exact and near copies of earlier paragraphs, and the runs they belong to.

    ``min_chars``: a paragraph shorter than this is never a repeat by itself.
    ``near``: how alike (Jaccard similarity of word 3-grams) a paragraph must be to an
    earlier one to count as a near copy (``None`` turns near copies off).
    """

    name = "repeated"
    category = Category.REPEATED

    def __init__(self, *, min_chars: int = 40, near: float | None = 0.8) -> None:
        if min_chars < 1:
            raise ValueError("min_chars must be at least 1")
        if near is not None and not 0.5 <= near <= 1.0:
            raise ValueError("near must be between 0.5 and 1.0, or None")
        self.min_chars = min_chars
        self.near = near

    def _near_copy(self, key: str, head: int | None, tail: int | None,
                   doc: Document) -> int | None:
        """The earlier block ``key`` nearly repeats: the one sharing most fingerprints with it
        (``head`` and ``tail``: the first owners of its two fingerprints; the earlier on a
        tie), if their word 3-gram sets are at least ``near`` alike (one pair compared)."""
        assert self.near is not None
        if head is None or tail is None:
            owner = tail if head is None else head
            if owner is None:
                return None
        else:
            owner = min(head, tail)
        other = doc.blocks[owner].norm
        if not 0.8 * len(other) <= len(key) <= 1.25 * len(other):
            return None
        mine, theirs = _shingles(key), _shingles(other)
        alike = len(mine & theirs) / max(1, len(mine | theirs))
        return owner if alike >= self.near else None

    def _long_enough_cjk(self, key: str) -> bool:
        """A CJK character carries about as much as a short word: a 31-character Japanese
        sentence is a sentence, where 31 Latin characters are a fragment.  Such text needs a
        third of ``min_chars``."""
        return (not key.isascii() and len(key) * 3 >= self.min_chars
                and len(_CJK.findall(key)) * 2 >= len(key))

    def _counted(self, doc: Document) -> list[tuple[int, str]]:
        """``(index, norm)`` of the blocks long enough to count, in order."""
        min_chars = self.min_chars
        # (The CJK test's two cheap conditions first: most short lines fail them, no call.)
        return [(b.index, k) for b in doc.blocks
                if (size := len(k := b.norm)) >= min_chars
                or (size * 3 >= min_chars and not k.isascii() and self._long_enough_cjk(k))]

    def _nothing_repeats(self, keys: list[str]) -> bool:
        """True when no two of ``keys`` (the counted paragraphs) share their text, their first
        characters or their last ones: then ``_copies`` finds no exact copy and no candidate
        for a near one.  Most documents are like that, and three set sizes cost less than
        the fingerprint bookkeeping paragraph by paragraph."""
        n = len(keys)
        if len(set(keys)) != n:
            return False
        return self.near is None or (len({k[:_EDGE] for k in keys}) == n
                                     and len({k[-_EDGE:] for k in keys}) == n)

    def _copies(self, doc: Document) -> dict[int, tuple[int, str]]:
        """Block index -> (index of the first copy, rule)."""
        counted = self._counted(doc)
        if self._nothing_repeats([key for _, key in counted]):
            return {}
        first_of: dict[str, int] = {}
        probe_owner: dict[str, int] = {}
        copies: dict[int, tuple[int, str]] = {}
        near = self.near is not None
        for index, key in counted:
            first = first_of.setdefault(key, index)
            if first != index:
                copies[index] = (first, "exact_repeat")
                continue
            if not near:
                continue
            # Fingerprints a near copy is likely to share: its first and last characters (a
            # scraper's copy differs at one end, or by a few words in the middle).
            head, tail = "^" + key[:_EDGE], "$" + key[-_EDGE:]
            head_owner, tail_owner = probe_owner.get(head), probe_owner.get(tail)
            if head_owner is not None or tail_owner is not None:
                owner = self._near_copy(key, head_owner, tail_owner, doc)
                if owner is not None:
                    copies[index] = (owner, "near_repeat")
                    continue
            probe_owner.setdefault(head, index)
            probe_owner.setdefault(tail, index)
        return copies

    def _grow_runs(self, doc: Document, copies: dict[int, tuple[int, str]]) -> None:
        """Add the short blocks that sit inside a repeated run (each block is added once)."""
        todo = sorted(copies)
        while todo:
            i = todo.pop()
            first = copies[i][0]
            for step in (-1, 1):
                j, k = i + step, first + step
                if not (0 <= k < j < len(doc.blocks)) or j in copies or k == i:
                    continue
                if doc.blocks[j].norm == doc.blocks[k].norm:
                    copies[j] = (k, "repeated_run")
                    todo.append(j)

    @staticmethod
    def _keep_recurring(doc: Document, copies: dict[int, tuple[int, str]]) -> None:
        """Drop the copies of a question or label the text repeats on purpose: a block ending
        in ``?`` or ``:`` that recurs at least ``_RECURRING`` times, every copy alone between
        different paragraphs (an interview that asks each guest the same question).  A
        scraper's duplicate comes once, or in runs, and is not a question every time."""
        copies_of: dict[int, list[int]] = {}
        for i, (first, _) in copies.items():
            copies_of.setdefault(first, []).append(i)
        for first, idx in copies_of.items():
            if (len(idx) + 1 < _RECURRING
                    or doc.blocks[first].text.rstrip()[-1:] not in _ASKS):
                continue
            taken = set(copies) | {first}
            if all(i - 1 not in taken and i + 1 not in taken for i in idx):
                for i in idx:
                    del copies[i]

    def _all_copies(self, doc: Document) -> dict[int, tuple[int, str]]:
        """Block index -> (index of the first copy, rule), for every copy (kept per document:
        ``context`` reads them again)."""
        key = ("repeated", self.min_chars, self.near)
        copies: dict[int, tuple[int, str]] | None = doc.scans.memo.get(key)
        if copies is None:
            copies = self._copies(doc)
            self._keep_recurring(doc, copies)
            self._grow_runs(doc, copies)
            doc.scans.memo[key] = copies
        return copies

    def _own(self, doc: Document, copies: dict[int, tuple[int, str]],
             gone: frozenset[int] = frozenset()) -> set[int]:
        """The copies that are the text's own repetition: those of runs (copies in order,
        each one's original after the previous one's and at most twice as far on, nothing
        between them but copies and lines too short to count) with no more sentences than
        other lines (a tie is held back: when unsure, keep the text); in text from HTML, all
        of them.  Blocks in ``gone`` (cut by other rules) are left out, copies and lines
        between alike.  Linear: each block is looked at once."""
        html = doc.source == "html"
        own: set[int] = set()
        run: list[int] = []
        sentences = 0

        def settle() -> None:
            if 2 * sentences <= len(run) or (html and not _lone_line(doc, copies, run)):
                own.update(run)
        for i in sorted(copies):
            if i in gone or copies[i][0] in gone:
                continue
            if run:
                p = run[-1]
                if not (0 < copies[i][0] - copies[p][0] <= 2 * (i - p)
                        and all(j in copies or j in gone
                                or len(doc.blocks[j].norm) < self.min_chars
                                for j in range(p + 1, i))):
                    settle()
                    run, sentences = [], 0
            run.append(i)
            sentences += _sentence(doc.blocks[i].text)
        settle()
        return own

    def _findings(self, doc: Document, copies: dict[int, tuple[int, str]],
                  indexes: list[int], own: set[int]) -> Iterator[Finding]:
        for i in indexes:
            block, (first, rule) = doc.blocks[i], copies[i]
            original = doc.blocks[first]
            yield Finding(
                block.start, block.end, self.category, self.name, rule,
                f"repeats the paragraph at {original.start}-{original.end}"
                + (" nearly" if rule == "near_repeat" else "")
                + ("" if i not in own else " (the page's own repetition)"
                   if doc.source == "html"
                   else " (the text's own repetition: labels and items more than sentences)"),
                strict_only=i in own,
            )

    def find(self, doc: Document) -> Iterator[Finding]:
        copies = self._all_copies(doc)
        yield from self._findings(doc, copies, sorted(copies), self._own(doc, copies))

    def context(self, doc: Document, cut: frozenset[int]) -> Iterator[Finding]:
        """The copies held back as the text's own repetition whose run, without the blocks
        in ``cut``, is mostly sentences: cut now, as the next ``clean()`` would."""
        copies = self._all_copies(doc)
        if not copies or not cut:
            return
        before, after = self._own(doc, copies), self._own(doc, copies, cut)
        now_cut = sorted(i for i in before - after if i not in cut and copies[i][0] not in cut)
        yield from self._findings(doc, copies, now_cut, after)
