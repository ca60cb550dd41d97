"""The Document every detector reads: text split into blocks that keep their offsets.

A ``Block`` is one paragraph of the text the detectors see.  In plain text a paragraph is a
line, or several lines when the text is hard-wrapped mid-sentence (see ``from_text``).  For
HTML input a block also carries DOM hints: tag, path, class/id tokens, link density.

Invariant: ``doc.text[block.start:block.end] == block.text`` for every block.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from typing import Any, Generic, Literal, TypeVar, overload

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


_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """``functools.cached_property`` without its lock: before Python 3.12 every first access
    takes a lock, which costs more than normalising a short line.  The value is stored in the
    instance ``__dict__``, where later reads find it without calling the descriptor."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self._compute = compute
        self._name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _lazy[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> _T | _lazy[_T]:
        if obj is None:
            return self
        value = self._compute(obj)
        obj.__dict__[self._name] = value
        return value


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
    folded = text.lower() if text.isascii() else text.casefold()
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
    if _DIGIT.search(key):
        key = _DIGITS.sub("#", key)
    return key


@dataclass(frozen=True)
class Block:
    """One paragraph of the document, with its offsets and (for HTML) DOM hints."""

    start: int
    end: int
    text: str
    index: int
    lines: int = 1
    tag: str | None = None
    dom_path: str | None = None
    classes: tuple[str, ...] = ()
    link_density: float = 0.0
    heading_level: int | None = None

    @_lazy
    def norm(self) -> str:
        """``normalize``d text: the identity used to compare blocks."""
        return normalize(self.text)

    @_lazy
    def key(self) -> str:
        """``line_key`` of a short block, ``""`` for a long one (no standalone phrase is long)."""
        return key_of_norm(self.norm) if len(self.text) <= SHORT_LINE else ""

    @property
    def is_heading(self) -> bool:
        return self.heading_level is not None

    @classmethod
    def plain(cls, start: int, end: int, text: str, index: int, lines: int, norm: str) -> Block:
        """A block without DOM hints, equal to ``Block(start, end, text, index, lines)``,
        whose ``norm`` (which must be ``normalize(text)``) the caller computed.

        Built by filling the instance ``__dict__`` at once: the frozen dataclass ``__init__``
        sets each of its ten fields through ``object.__setattr__``, which costs more than
        everything else ``from_text`` does for a short line.  The DOM-hint fields are left to
        their class-level defaults, as a dataclass field with a plain default has one."""
        block = object.__new__(cls)
        object.__setattr__(block, "__dict__", {"start": start, "end": end, "text": text,
                                               "index": index, "lines": lines, "norm": norm})
        return block


# ``Block.plain`` relies on every field after ``index`` having a class-level default.
assert all(f.default is not MISSING and getattr(Block, f.name) == f.default
           for f in fields(Block)[4:])


@dataclass(frozen=True)
class DomRemoval:
    """An element pruned from HTML before extraction (filled by the HTML path)."""

    path: str
    text: str
    category: str
    detector: str
    rule: str
    reason: str


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

    @_lazy
    def starts(self) -> tuple[int, ...]:
        """Each block's start offset, in order: what to bisect for the block at an offset."""
        return tuple(b.start for b in self.blocks)

    @_lazy
    def lowered(self) -> str | None:
        """``text.lower()`` when it keeps every offset (it nearly always does), else None."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else None

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
