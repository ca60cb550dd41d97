"""A list under a junk heading, removed as one block: the heading and every item under it.

The heading is a standalone line the lexicon has as a ``heading`` row: a heading whose list
is junk as a whole (``Related links``, ``Weiterführende Links``, ``Table of contents``,
``Auf dieser Seite``, ``관련 링크``); a skip link or any other junk line heads no list; the items are the short lines right under it (each at most 12 words and 100
characters, ending no sentence), up to the first blank line or the first longer paragraph.
At least two items are needed; the block goes wherever it stands, mid-article too.

Left alone: a list under a heading the lexicon does not know as junk (``Ingredients``), the
paragraph that follows the list, and a junk heading over a sentence (only the heading's own
line is the other detectors' to judge).

>>> from cleanroom.document import from_text
>>> doc = from_text("Body text of the article, long enough to be prose here.\\n\\n"
...                 "Related links\\nThe harbour reopens\\nStorm closes the bridge\\n\\n"
...                 "The council met on Monday and voted for the plan.")
>>> [doc.text[f.start:f.end] for f in ShapeJunkList().find(doc)]
['Related links', 'The harbour reopens', 'Storm closes the bridge']
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document
from cleanroom.lexicon import Row, UsesLexicon

_MAX_ITEM = 100
_MAX_ITEM_WORDS = 12
_MIN_ITEMS = 2
_MAX_ITEMS = 30
_ENDS = ".!?。！？:;,"


class ShapeJunkList(UsesLexicon):
    """The short lines under a related / table-of-contents heading, with the heading."""

    name = "shape_junk_list"
    category = Category.RELATED

    @cached_property
    def headings(self) -> dict[str, Row]:
        return {key: self.lexicon.lines[key] for key in self.lexicon.headings}

    def find(self, doc: Document) -> Iterator[Finding]:
        blocks = doc.blocks
        headings = self.headings
        for block in blocks:
            key = block.key
            if not key or key not in headings:
                continue
            items: list[Block] = []
            for item in blocks[block.index + 1:block.index + 1 + _MAX_ITEMS]:
                if items and doc.starts_section(item):
                    break
                text = item.text.strip()
                if (len(text) > _MAX_ITEM or len(text.split()) > _MAX_ITEM_WORDS
                        or text[-1:] in _ENDS or item.lines > 1):
                    break
                items.append(item)
            if len(items) < _MIN_ITEMS:
                continue
            row = headings[key]
            reason = (f"a list of {len(items)} lines under {block.text!r}, a "
                      f"{row.category} heading ({row.package} {row.version})")
            for part in (block, *items):
                yield Finding(part.start, part.end, Category(row.category), self.name,
                              "junk_heading_list", reason)
