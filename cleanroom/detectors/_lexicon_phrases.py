"""Junk worded as the software that prints it words it, in every language it is translated to.

The phrases are the lexicon's rows of one category (``cleanroom/lexicon``, built from the
message catalogs of CMSs, themes and consent tools).  Two ways a row is found:

* a whole standalone line equal to a ``line`` or ``sentence`` row (``Seite nicht gefunden``);
* a ``sentence`` row (or a ``line`` row of three words or more) standing as a whole sentence
  at the start or end of a paragraph: that sentence is cut alone and the paragraph kept
  (``This site uses cookies and gives you control over what you want to activate. The
  council voted ...``).  One in the middle of a paragraph is only held back.

Left alone: an article sentence that says the same things in its own words
(``The regulator said the site uses cookies to track readers.``), and a catalog sentence in
quotes (``The banner read: "We're sorry, but the requested page could not be found."``).

Each category is one detector module (``lexicon_cookie.py``, ...), so a category filter
drops its own and the report names it.

>>> from cleanroom.document import from_text
>>> doc = from_text("Seite nicht gefunden\\nThe council met on Monday and voted for the plan.")
>>> det = LexiconPhrases("lexicon_error_page", Category.ERROR_PAGE)
>>> [(f.rule, doc.text[f.start:f.end]) for f in det.find(doc)]
[('lexicon_line', 'Seite nicht gefunden')]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._vocabulary import FULL_STOPS
from cleanroom.detectors.base import Finding
from cleanroom.document.model import QUOTE_MARKS, Block, Document
from cleanroom.lexicon import Lexicon, Row, UsesLexicon
from cleanroom.lexicon.scan import hits

_ENDS = FULL_STOPS + "!?！？؟"  # what ends a sentence: a full stop of any script, a ? or !
_CLOSERS = "\"'’”»)]」』"
_EDGE = regex.compile(r"[\p{P}\p{S}\s]*")  # what may stand between a sentence and an edge
# What ends a sentence after its words: marks and closing quotes glued to it, then spaces (an
# opening quote after the spaces is the next sentence's).
_TAIL = regex.compile(r"[.!?。！？…।॥۔؟։።:;)\]»\"'’”]*\s*")


def _past(pattern: regex.Pattern[str], text: str, pos: int = 0) -> int:
    """Where a run of ``pattern`` (which matches the empty string) starting at ``pos`` ends."""
    m = pattern.match(text, pos)
    return m.end() if m is not None else pos


def provenance(row: Row) -> str:
    """Where a row comes from, for a finding's reason."""
    return (f"{row.language} phrase {row.phrase!r} from {row.package} {row.version} "
            f"(message {row.message_id!r}, {row.licence})")


class LexiconPhrases(UsesLexicon):
    """Catalog phrases of one category: whole lines, and sentences at a paragraph's edge."""

    def __init__(self, name: str, category: Category, lexicon: Lexicon | None = None) -> None:
        super().__init__(lexicon)
        self.name = name
        self.category = category

    def find(self, doc: Document) -> Iterator[Finding]:
        found = hits(doc, self.lexicon)
        whole: set[int] = set()
        for index, row in found.lines:
            if row.category == self.category:
                whole.add(index)
                block = doc.blocks[index]
                yield Finding(block.start, block.end, self.category, self.name,
                              "lexicon_line", provenance(row))
        for index, needles in found.needles.items():
            if index not in whole:
                yield from self._in_block(doc.blocks[index], needles)

    def _in_block(self, block: Block, needles: tuple[int, ...]) -> Iterator[Finding]:
        sentences = self.lexicon.sentences
        text = block.text
        spans: list[tuple[int, int, Row]] = []
        for needle in set(needles):
            for phrase in sentences.needles[needle]:
                if sentences.rows[phrase].category != self.category:
                    continue
                for m in sentences.pattern(phrase).finditer(text):
                    if _whole_sentence(text, m.start(), m.end()):
                        spans.append((m.start(), m.end(), sentences.rows[phrase]))
        if not spans:
            return
        spans.sort(key=lambda s: (s[0], -s[1]))
        left = 0  # where the cut at the start ends: after a junk sentence and its space
        cut_left = []
        for start, end, row in spans:  # junk sentences run from the start of the paragraph
            if start <= _past(_EDGE, text, left):  # bullets and marks may stand before it
                cut_left.append((start, end, row))
                left = max(left, _past(_TAIL, text, end))
        right = len(text.rstrip(_ENDS + " \t\n)\"'»”’"))
        cut_right = []
        for start, end, row in sorted(spans, key=lambda s: -s[1]):  # ... or to its end
            if start >= left and (end >= right or _past(_TAIL, text, end) >= right):
                cut_right.append((start, end, row))
                right = start
                while right and text[right - 1].isspace():
                    right -= 1
        if _EDGE.fullmatch(text, left) or (cut_right and right <= left):
            # the whole paragraph is catalog sentences
            yield Finding(block.start, block.end, self.category, self.name,
                          "lexicon_sentence", provenance(spans[0][2]))
            return
        if cut_left:
            yield Finding(block.start, block.start + left, self.category, self.name,
                          "lexicon_sentence_edge", provenance(cut_left[0][2]))
        if cut_right:
            yield Finding(block.start + cut_right[-1][0], block.end, self.category, self.name,
                          "lexicon_sentence_edge", provenance(cut_right[-1][2]))
        done = {id(s) for s in cut_left + cut_right}
        for span in spans:
            start, end, row = span
            if id(span) not in done and left <= start and end <= right:
                yield Finding(block.start + start, block.start + end, self.category, self.name,
                              "lexicon_sentence_inside", provenance(row), strict_only=True)


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a whole sentence: nothing of its own sentence before
    it (the paragraph's start or a sentence end, maybe inside closing quotes), nothing after
    it but the end of a sentence, and no quotation mark opening right before it."""
    if start and text[start - 1] in QUOTE_MARKS:
        return False  # a quotation opens right here: somebody's words
    before = text[:start].rstrip()
    if before and _EDGE.fullmatch(before) is None:
        closed = before.rstrip(_CLOSERS)  # a sentence may end inside quotes or brackets
        if not closed or closed[-1] not in _ENDS:
            return False
    if text[start:end][-1:] in _ENDS:
        return end == len(text) or text[end].isspace() or text[end] in _ENDS + "\"'»”’)"
    rest = _past(_TAIL, text, end)
    return rest == len(text) or any(ch in _ENDS for ch in text[end:rest])

