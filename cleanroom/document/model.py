"""The Document every detector reads: text split into blocks that keep their offsets.

A ``Block`` is one paragraph of the text the detectors see.  In plain text a paragraph is a
line, or several lines when the text is hard-wrapped mid-sentence (see ``from_text``).  A
block holds what the detectors read and no more (slots: about 90 bytes plus its strings).

Invariant: ``doc.text[block.start:block.end] == block.text`` for every block.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass, field
from typing import Any, Literal

import regex

_DIGITS = re.compile(r"\d+")  # stdlib re: faster than regex for this, and \d is Unicode too
_DIGIT = re.compile(r"\d")  # finding one digit is nearly twice as fast as finding a run
# Characters stripped from both ends of a line before it is looked up as a standalone phrase:
# punctuation, symbols, bullets and whitespace ("» Comments (3):" -> "comments (#)").
_EDGE_JUNK = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
# The common edge characters, stripped with str.strip first (a C loop); the Unicode pattern
# above runs only when something else is left at an edge.
_EDGE_CHARS = string.punctuation + string.whitespace + "…•·–—»«“”‘’„|©®™€£$§¶†‡°"
# Every quote folds to its straight form.  A chain of str.replace (each a C scan, skipped when
# the quote is absent) is some 20 times faster than str.translate on non-ASCII text.
_QUOTES = (("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"), ("“", '"'), ("”", '"'), ("„", '"'),
           ("«", '"'), ("»", '"'))


QUOTE_MARKS = frozenset("\"'“”‘’„«»「」『』")
"""Every quotation mark: a stock phrase right after one is somebody's words, not junk."""


def fold_quotes(text: str) -> str:
    """Straighten every curly or angled quote.

    >>> print(fold_quotes("«It’s “here”»"))
    "It's "here""
    """
    for quote, straight in _QUOTES:
        if quote in text:
            text = text.replace(quote, straight)
    return text


FOLDS_FURTHER = re.compile(
    "[\xb5\xdf\u0149\u017f\u01f0\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f5\u0587\u13f8-\u13fd\u1c80-\u1c88\u1e96-\u1e9b\u1f50\u1f52"
    "\u1f54\u1f56\u1f80-\u1f87\u1f90-\u1f97\u1fa0-\u1fa7\u1fb2-\u1fb4\u1fb6\u1fb7"
    "\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6"
    "\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\uab70-\uabbf\ufb00-\ufb06\ufb13-\ufb17]")
"""The lower-case characters whose ``casefold`` differs (``tests/test_document.py`` checks
this against every code point): ``x.casefold() == x.lower()`` unless one is in ``x.lower()``."""

SHORT_LINE = 200
"""Blocks up to this many characters get a ``key`` for standalone-phrase lookups."""


def _collapsed(text: str) -> bool:
    """True when ``" ".join(text.split()) == text``: every whitespace character but the space
    is unprintable, so a printable text without double or edge spaces has nothing to collapse.
    The test costs a fraction of the split and join it saves."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def normalize(text: str) -> str:
    """Casefold, make every quote straight, collapse every run of whitespace to one space.

    >>> normalize("  Legal\\n  “DISCLAIMER”: ")
    'legal "disclaimer":'
    """
    return normalize_unquoted(text if text.isascii() else fold_quotes(text))


def normalize_unquoted(text: str) -> str:
    """``normalize`` of a text whose quotes are straight (ASCII, or ``fold_quotes`` done).

    Quotes have no case, so folding them before casefolding gives the same text; and half the
    non-ASCII paragraphs of English pages are ASCII once their curly quotes are straight,
    which ``lower()`` and the other checks handle many times faster.  ``from_text`` folds the
    quotes of a whole text at once and hands each paragraph's slice here.
    """
    folded = text.lower()
    # ``casefold`` costs some ten times ``lower`` on non-ASCII text and gives the same text
    # unless a lowered character folds further (ß, ς, ﬁ, ...): it runs only then.
    if not text.isascii() and FOLDS_FURTHER.search(folded):
        folded = folded.casefold()
    return folded if _collapsed(text) else " ".join(folded.split())


def line_key(text: str) -> str:
    """The lookup key of a standalone line: normalised, quotes unified, edge punctuation
    stripped and every run of digits replaced by ``#``.

    >>> line_key("» 12 Comments:")
    '# comments'
    >>> line_key("We’re sorry!")
    "we're sorry"
    """
    return key_of_norm(normalize(text))


def key_of_norm(norm: str) -> str:
    """``line_key`` of text that is already ``normalize``d."""
    key = norm.strip(_EDGE_CHARS)
    if key and not (key[0].isalnum() and key[-1].isalnum()):
        key = _EDGE_JUNK.sub("", key)
    if _has_digit(key):
        key = _DIGITS.sub("#", key)
    return key


def _has_digit(text: str) -> bool:
    """True when ``text`` has a ``\\d`` character: an ASCII text only the ten, each looked
    for with a C scan (some four times faster than the regex on a short line)."""
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the document, with its offsets; ``norm`` and ``key`` are its
    normalised forms (``key`` computed when first read)."""

    start: int
    end: int
    text: str
    index: int
    lines: int = 1
    norm: str = field(init=False, compare=False, repr=False)
    """``normalize``d text: the identity used to compare blocks."""
    _key: str | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "norm", normalize(self.text))
        object.__setattr__(self, "_key", None)

    @property
    def key(self) -> str:
        """``line_key`` of a short block, ``""`` for a long one (no standalone phrase is long)."""
        key = self._key
        if key is None:
            key = key_of_norm(self.norm) if len(self.text) <= SHORT_LINE else ""
            _set_key(self, key)
        return key

    @classmethod
    def plain(cls, start: int, end: int, text: str, index: int, lines: int, norm: str) -> Block:
        """``Block(start, end, text, index, lines)`` whose ``norm`` (which must be
        ``normalize(text)``) the caller computed: the slots are filled directly."""
        block = _new(cls)
        _set_start(block, start)
        _set_end(block, end)
        _set_text(block, text)
        _set_index(block, index)
        _set_lines(block, lines)
        _set_norm(block, norm)
        _set_key(block, None)
        return block


_new = object.__new__
# The slots' own setters: what ``object.__setattr__`` ends up calling, without the lookup.
(_set_start, _set_end, _set_text, _set_index, _set_lines, _set_norm, _set_key) = (
    Block.__dict__[name].__set__ for name in ("start", "end", "text", "index", "lines", "norm",
                                              "_key"))


@dataclass(frozen=True)
class DomRemoval:
    """An element pruned from HTML before extraction (filled by the HTML path)."""

    path: str
    text: str
    category: str
    detector: str
    rule: str
    reason: str


class Scans:
    """The work on one document that several detectors share (the blocks under a size, the
    hits of the pipeline's phrase index, ...), kept for the document's life and no longer.

    ``index`` is the compiled phrase indexes of the pipeline cleaning the document (a tuple
    of ``detectors._scans.PhraseIndex``), or None when a detector is run on its own; ``memo``
    holds the results, keyed by what computed them; ``found`` what each phrase list found,
    keyed by the list's id.  A Document gets a fresh one from
    ``with_index``: nothing is shared between documents or kept in a registry.
    """

    __slots__ = ("found", "index", "memo")

    def __init__(self, index: object = None) -> None:
        self.index = index
        self.memo: dict[object, Any] = {}
        self.found: dict[int, Any] = {}

    def release(self) -> None:
        """Let go of everything found (once the findings are settled: the resolver reads
        the blocks only)."""
        self.memo.clear()
        self.found.clear()


@dataclass(frozen=True)
class Document:
    """The text the detectors see, its blocks, and what the HTML path removed before."""

    text: str
    blocks: tuple[Block, ...]
    source: Literal["text", "html"] = "text"
    dom_removals: tuple[DomRemoval, ...] = ()
    url: str | None = None
    """Where the page came from (``clean(..., url=...)``); the template detector keys on it."""
    page_type: str | None = None
    """The HTML page's type (``document.page_type``), None for text."""
    scans: Scans = field(default_factory=Scans, compare=False, repr=False)
    """The detectors' shared work on this document (see ``Scans``)."""

    def with_index(self, index: object) -> Document:
        """This document with fresh scans made with ``index`` (a pipeline's phrase indexes)."""
        return Document(self.text, self.blocks, self.source, self.dom_removals, self.url,
                        self.page_type, Scans(index))

    @property
    def starts(self) -> tuple[int, ...]:
        """Each block's start offset, in order: what to bisect for the block at an offset."""
        memo = self.scans.memo
        starts: tuple[int, ...] | None = memo.get("starts")
        if starts is None:
            starts = memo["starts"] = tuple(b.start for b in self.blocks)
        return starts

    @property
    def lowered(self) -> str | None:
        """``text.lower()`` when it keeps every offset (it nearly always does), else None."""
        memo = self.scans.memo
        if "lowered" not in memo:
            low = self.text.lower()
            memo["lowered"] = low if len(low) == len(self.text) else None
        lowered: str | None = memo["lowered"]
        return lowered

    def block_at(self, offset: int) -> Block | None:
        """The block that contains ``offset``, or None if it falls between blocks."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def gap_before(self, block: Block) -> str:
        """The text (whitespace) between the previous block and this one."""
        prev_end = self.blocks[block.index - 1].end if block.index else 0
        return self.text[prev_end:block.start]

    def starts_section(self, block: Block) -> bool:
        """True if a blank line (or the start of the text) comes right before the block."""
        return block.index == 0 or self.gap_before(block).count("\n") >= 2
