"""Breadcrumb trails in any script: short crumbs split by ``>`` ``›`` ``»`` ``＞`` ``〉``.

A line of three or more short crumbs (each at most four words and 30 characters, none ending
a sentence) joined by a trail mark is a breadcrumb whatever its language; so is a line of two
or more crumbs joined by any trail mark or a spaced ``/`` or ``|`` whose first crumb is the
"Home" of a CMS catalog in any language (``cleanroom/lexicon``: ``Αρχική``, ``홈``, ``首页``).

Left alone: a line with a crumb that is a sentence or long, a comparison in a sentence
(``Revenue > costs > taxes, the report said.``), numbers (``5 > 3 > 1``), and code or markup
(``<li><table> in select``, ``Boot [scsi|eisa] > ...``).

>>> from cleanroom.document import from_text
>>> doc = from_text("Αρχική › Πολιτική › Κυβέρνηση\\n홈 > 뉴스 > 정치\\n"
...                 "Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα.")
>>> [doc.text[f.start:f.end] for f in ShapeBreadcrumb().find(doc)]
['Αρχική › Πολιτική › Κυβέρνηση', '홈 > 뉴스 > 정치']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from cleanroom.categories import Category
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document, line_key
from cleanroom.lexicon import UsesLexicon

_TRAIL_MARKS = ">›»＞〉"
# A mark between spaces (``a > b``; ``<li>`` and ``a>b`` are markup or code), or a
# full-width one, which CJK trails write without spaces.
_TRAIL = re.compile(r"\s+[>›»]\s+|\s*[＞〉]\s*")
_ANY = re.compile(r"\s+[>›»/|｜]\s+|\s*[＞〉]\s*")
# A crumb with these is code, markup, or a label and its value ("Example: Women > Rings").
_CODE = re.compile(r"[<>\[\]{}=;()+:]")
_BULLET = re.compile(r"^\s*[-*•]\s")  # a list item: a menu path in instructions, maybe
_MAY_BE = re.compile(rf"[{_TRAIL_MARKS}/|｜]")
_ENDS = ".!?。！？;:,"
_MAX_LINE = 200
_MAX_CRUMB = 30
_MAX_WORDS = 4
_MAX_LAST = 90  # the last crumb is often the page's own title


def _crumb(part: str, last: bool) -> bool:
    if not part or part[-1] in _ENDS or not any(ch.isalpha() for ch in part):
        return False
    if _CODE.search(part):
        return False
    if last:
        return len(part) <= _MAX_LAST
    return len(part) <= _MAX_CRUMB and len(part.split()) <= _MAX_WORDS


class ShapeBreadcrumb(UsesLexicon):
    """Breadcrumb trails told by their shape, in any script."""

    name = "shape_breadcrumb"
    category = Category.NAVIGATION

    @cached_property
    def homes(self) -> frozenset[str]:
        return self.lexicon.homes

    def find(self, doc: Document) -> Iterator[Finding]:
        for block in blocks_upto(doc, _MAX_LINE):
            text = block.text
            if len(text) > _MAX_LINE or block.lines > 1 or not _MAY_BE.search(text):
                continue
            if "://" in text or "www." in text:
                continue
            rule = self._trail(text)
            if rule:
                yield Finding(block.start, block.end, self.category, self.name, rule,
                              f"{text!r} is a breadcrumb trail")

    def _trail(self, text: str) -> str:
        parts = [p.strip() for p in _ANY.split(text.strip())]
        if len(parts) >= 2 and line_key(parts[0]) in self.homes and all(
                _crumb(p, i == len(parts) - 1) for i, p in enumerate(parts)):
            return "breadcrumb_home"
        if _BULLET.match(text):
            return ""  # "- Go to Products > Data Files > Export": an instruction
        crumbs = [p.strip() for p in _TRAIL.split(text.strip())]
        if len(crumbs) >= 3 and all(_crumb(p, i == len(crumbs) - 1)
                                    for i, p in enumerate(crumbs)):
            return "breadcrumb_trail"
        return ""
