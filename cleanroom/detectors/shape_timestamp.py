"""Relative-time lines ("3 hours ago", "vor 3 Stunden", "3시간 전") in every CLDR locale.

The patterns are CLDR's relative past times (through babel), Django's ``naturaltime``, and
those of Day.js, timeago.js and Isso (``cleanroom/lexicon``, match ``timestamp``).  A standalone line that is such a time, or one
with at most two words before it (``Updated 3 hours ago``) and no sentence end, says
when a page or a comment was posted, not what it says.

Left alone: the same words in a sentence (``The fire started 3 hours ago, police said.``), and
a line with a longer text around the time.

>>> from cleanroom.document import from_text
>>> doc = from_text("vor 3 Stunden\\n3시간 전\\nThe fire started 3 hours ago, police said.")
>>> [doc.text[f.start:f.end] for f in ShapeTimestamp().find(doc)]
['vor 3 Stunden', '3시간 전']
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from cleanroom.categories import Category
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.lexicon import Row, UsesLexicon

_MAX_LINE = 60
_MAX_BEFORE = 2
_ENDS = ".!?。"


class ShapeTimestamp(UsesLexicon):
    """A line that is a relative time, with at most a short label before it."""

    name = "shape_timestamp"
    category = Category.NAVIGATION

    @cached_property
    def times(self) -> dict[str, Row]:
        return self.lexicon.timestamps

    def find(self, doc: Document) -> Iterator[Finding]:
        times = self.times
        for block in blocks_upto(doc, _MAX_LINE):
            key = block.key
            if len(block.text) > _MAX_LINE or "#" not in key:
                continue
            row = times.get(key)
            if row is None and block.text.rstrip()[-1:] not in _ENDS:
                words = key.split(" ")
                for cut in range(1, min(_MAX_BEFORE, len(words) - 1) + 1):
                    row = times.get(" ".join(words[cut:]))
                    if row is not None:
                        break
            if row is not None:
                yield Finding(block.start, block.end, self.category, self.name,
                              "relative_time",
                              f"{block.text!r} is a relative time ({row.language}, "
                              f"{row.package} {row.version})")
