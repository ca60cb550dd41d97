"""A line of several labels or buttons run together: ``Share Tweet Email``-like rows in any
language the catalogs are translated to.

Every word of the line belongs to a label of the lexicon (``cleanroom/lexicon``: buttons,
links and headings of CMS themes and consent tools, of any category), there are at least two
labels, and the line is short and ends no sentence: ``Akzeptieren Ablehnen Einstellungen``,
``Поделиться | Комментарии``.  The finding's category is that of most of its labels (the
detector's own is ``navigation``).

Left alone: a line with one word that is no label (``Share prices fell``), one label alone,
and a sentence.

>>> from cleanroom.document import from_text
>>> doc = from_text("Accepter Refuser Personnaliser\\nLe conseil a voté lundi.")
>>> [(f.category.value, doc.text[f.start:f.end]) for f in ShapeLabels().find(doc)]
[('cookie', 'Accepter Refuser Personnaliser')]
>>> list(ShapeLabels().find(from_text("Share prices fell")))
[]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cached_property

import regex

from cleanroom.categories import Category
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.lexicon import Row, UsesLexicon

_MAX_LINE = 80
_SEPARATORS = regex.compile(r"\s*[|•·/｜,]\s*|\s+")
_ENDS = ".!?。"


class ShapeLabels(UsesLexicon):
    """A line made only of two or more catalog labels."""

    name = "shape_labels"
    category = Category.NAVIGATION

    @cached_property
    def labels(self) -> dict[str, Row]:
        return self.lexicon.labels

    @cached_property
    def longest(self) -> int:
        return self.lexicon.label_words

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every label: a line whose key opens with none is skipped."""
        return frozenset(k.split(" ", 1)[0] for k in self.lexicon.labels)

    def find(self, doc: Document) -> Iterator[Finding]:
        for block in blocks_upto(doc, _MAX_LINE):
            key = block.key
            if len(block.text) > _MAX_LINE or " " not in key or block.lines > 1:
                continue
            if key.split(" ", 1)[0] not in self.first_words:
                continue
            if block.text.rstrip()[-1:] in _ENDS:
                continue
            found = self._cover([w for w in _SEPARATORS.split(key) if w])
            if found and len({r.phrase.casefold() for r in found}) >= 2:
                category = Counter(r.category for r in found).most_common(1)[0][0]
                yield Finding(block.start, block.end, Category(category), self.name,
                              "label_line",
                              f"{block.text!r} is a row of labels: "
                              + ", ".join(f"{r.phrase!r} ({r.package})" for r in found))

    def _cover(self, words: list[str]) -> list[Row]:
        """The labels that cover ``words`` from left to right, longest first; [] if a word
        belongs to none."""
        found: list[Row] = []
        i = 0
        labels = self.labels
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                row = labels.get(" ".join(words[i:i + n]))
                if row is not None:
                    found.append(row)
                    i += n
                    break
            else:
                return []
        return found
