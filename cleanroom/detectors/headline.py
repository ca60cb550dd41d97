"""headline: the headline that opens a text, cut only when asked (``headline=False``).

A headline is not junk: it is the page's title.  But article bodies, as extractors and the
article benchmark define them, leave it out, and users who feed ``clean()`` an extractor's
text sometimes get the title as its first line.  So this detector is not a default one:
``clean(text, headline=False)`` adds it (``Options.active_detectors``); by default a text
comes back with its first line, whatever it is.  For HTML the headline is known from the
markup (``<h1>``, ``og:title``) and left out before the detectors run (``docs/html.md``);
this detector reads the extracted text too, so that what ``clean(html, headline=False)``
returns is text that ``clean(text, headline=False)`` leaves as it is (idempotence: on the
AEB pages, the F1 of ``clean(html, headline=False)`` is the same either way, 0.9869).

Removed with ``headline=False``: the first line of ::

    Harbour ferry returns after winter repairs
    The ferry between the two harbours sailed again on Monday after four months in dry dock.

A line opening a text is taken for a headline when it has the shape of one: four to
twenty-five words, at most 160 characters, no final period, colon, semicolon or comma, not
one sentence ending and another starting inside it, not all capitals (a dateline, a
shouted label), at most one colon, and a longer line after it (the paragraph it heads).
Several such lines in a row (a headline and a second deck line) go together, so that
cleaning the clean text again finds nothing more; so does the page's address when it is
printed bare just above the headline.

Kept even with ``headline=False`` (near-misses): a first line that is a sentence ("The
ferry sailed again on Monday."), a one-word or two-word label ("Photos", "Staff Reports"),
a dateline ("BAAR, SWITZERLAND"), and a text that is one line.

>>> from cleanroom.document.from_text import from_text
>>> text = ("Harbour ferry returns after winter repairs\\n"
...         "The ferry sailed again on Monday after four months in dry dock.")
>>> [(f.start, f.end, f.rule) for f in Headline().find(from_text(text))]
[(0, 42, 'headline_line')]
>>> list(Headline().find(from_text("The ferry sailed again.\\nIt had been away all winter.")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cleanroom.categories import Category
from cleanroom.detectors._headlines import headline_sized
from cleanroom.detectors.base import Finding
from cleanroom.document.dom_headline import BARE_URL
from cleanroom.document.model import Block, Document

_FINAL = re.compile(r"[.:;,][\"'”’)\]]*\s*$")
_LETTER = re.compile(r"[^\W\d_]")


def _shaped(block: Block, following: Block) -> bool:
    """Whether ``block`` has a headline's shape and heads the longer ``following`` line."""
    line = block.text.strip()
    if not headline_sized(line) or _FINAL.search(line) or line.count(":") > 1:
        return False
    if line.upper() == line and _LETTER.search(line):  # a dateline or a shouted label
        return False
    return len(following.text.strip()) > len(line)


class Headline:
    """The headline line(s) opening a text; only for ``headline=False``."""

    name = "headline"
    category = Category.HEADLINE

    def find(self, doc: Document) -> Iterator[Finding]:
        yield from self._opening(doc, doc.blocks)

    def context(self, doc: Document, cut: frozenset[int]) -> Iterator[Finding]:
        """The headline that opens what is left once the blocks in ``cut`` are gone (a cookie
        banner above it, say)."""
        if cut:
            yield from self._opening(doc, [b for b in doc.blocks if b.index not in cut])

    def _opening(self, doc: Document, blocks: Sequence[Block]) -> Iterator[Finding]:
        first = 1 if blocks and BARE_URL.match(blocks[0].text.strip()) else 0
        i = first
        while i + 1 < len(blocks) and _shaped(blocks[i], blocks[i + 1]):
            i += 1
        if i > first:
            yield Finding(blocks[0].start, blocks[i - 1].end, self.category, self.name,
                          "headline_line",
                          "a headline-shaped line opening the text (with the page's address "
                          "above it, if any), cut because headline=False")
