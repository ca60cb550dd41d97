"""Previous/next navigation: a line that holds both, or two lines that open with them.

The labels are the catalogs' "Previous" / "Next", "Newer post" / "Older post" of CMS and doc
themes in every language they ship (``cleanroom/lexicon``, match ``previous`` / ``next``).
Removed: ``« Zurück | Weiter »``, ``Previous topic Intro Next topic Setup`` on one line, and
``Artículo anterior: El puerto`` over ``Siguiente: La feria``; and with no catalog word, two
parallel labels between a back and a forward arrow (``« Nyare inlägg | Äldre inlägg »``,
the same last or first word).

Left alone: a sentence that opens with the word (``Next, the minister said the plan would
fail.``), a label with a word after it (``Previous Song: Double tap left earbud`` over
``Next Song: ...`` is a manual's list), a lone label with no partner, and arrows round two
labels that are not parallel (``« Cats | Dogs »``).

>>> from cleanroom.document import from_text
>>> doc = from_text("« Zurück | Weiter »\\nDer Rat stimmte am Montag zu.")
>>> [doc.text[f.start:f.end] for f in ShapePrevNext().find(doc)]
['« Zurück | Weiter »']
>>> list(ShapePrevNext().find(from_text("Next, the minister said the plan would fail.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

import regex

from cleanroom.categories import Category
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document
from cleanroom.lexicon import UsesLexicon

_MAX_LINE = 160
_MAX_REST_WORDS = 14  # what may follow a label on its line: a title
_ARROWS = regex.compile(r"[\p{P}\p{S}\s]+")
_TOKENS = regex.compile(r"[\w'’-]+|[^\w\s]+")  # words, and runs of punctuation
_WORD = regex.compile(r"\w")
_ENDS = ".!。"
# ``« Older posts | Newer posts »``: two short labels between a back arrow and a forward one.
_ARROW_PAIR = regex.compile(r"[«‹←]\s*(?P<back>[^|«»‹›←→<>]{1,40}?)\s*\|\s*"
                            r"(?P<forward>[^|«»‹›←→<>]{1,40}?)\s*[»›→]")
_MAX_LABEL_WORDS = 4


def _first_word(key: str) -> str:
    return _ARROWS.split(key, maxsplit=1)[0] if key[:1].isalnum() else key.split(" ", 1)[0]


class ShapePrevNext(UsesLexicon):
    """A previous/next pair, on one line or on two adjacent lines."""

    name = "shape_prev_next"
    category = Category.NAVIGATION

    @cached_property
    def previous(self) -> frozenset[str]:
        return self.lexicon.previous

    @cached_property
    def next(self) -> frozenset[str]:
        return self.lexicon.next

    @cached_property
    def longest(self) -> int:
        return max((len(k.split()) for k in self.previous | self.next), default=1)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every label: a line whose key opens with none is skipped."""
        return frozenset(_first_word(k) for k in self.previous | self.next)

    def _opening(self, words: list[str], alone: bool) -> tuple[str, int]:
        """Which label opens ``words`` ("previous", "next" or ""), and its length in words.
        With ``alone`` the label must stand alone: the line ends after it or a separator
        follows ("Previous: ...", "Next »"); "Previous Song: Double tap" is a manual's line."""
        for n in range(min(self.longest, len(words)), 0, -1):
            if alone and n < len(words) and _WORD.match(words[n]):
                continue
            key = " ".join(words[:n])
            if key in self.previous:
                return "previous", n
            if key in self.next:
                return "next", n
        return "", 0

    def _words(self, block: Block) -> list[str]:
        return _TOKENS.findall(block.key)

    def find(self, doc: Document) -> Iterator[Finding]:
        opening: dict[int, str] = {}
        for block in blocks_upto(doc, _MAX_LINE):
            if len(block.text) > _MAX_LINE or block.lines > 1:
                continue
            if _first_word(block.key) in self.first_words:
                found = self._label_line(block, opening)
                if found is not None:
                    yield found
                    continue
            if self._arrow_pair(block.text.strip()):
                yield Finding(block.start, block.end, self.category, self.name,
                              "prev_next_arrows",
                              f"{block.text!r} is a previous/next pair between arrows")
        for index, kind in opening.items():
            other = opening.get(index + 1)
            if other and other != kind:
                for block in (doc.blocks[index], doc.blocks[index + 1]):
                    yield Finding(block.start, block.end, self.category, self.name,
                                  "prev_next_pair",
                                  f"{block.text!r} is one of a previous/next pair")

    def _label_line(self, block: Block, opening: dict[int, str]) -> Finding | None:
        """The finding of a line that opens with a label and holds its partner; a line that
        is a label alone (and maybe a title) is noted in ``opening``."""
        words = self._words(block)
        for alone in (False, True):
            kind, n = self._opening(words, alone)
            if not kind:
                break
            rest = [w for w in words[n:] if _WORD.match(w)]
            if block.text.rstrip()[-1:] in _ENDS and len(rest) > 3:
                break  # a sentence that opens with the word
            if len(rest) > _MAX_REST_WORDS:
                break
            if not alone:
                partner = "next" if kind == "previous" else "previous"
                if self._holds(rest, partner):
                    return Finding(block.start, block.end, self.category, self.name,
                                   "prev_next_line", f"{block.text!r} is a previous/next pair")
            else:
                opening[block.index] = kind
        return None

    def _arrow_pair(self, text: str) -> bool:
        """``« A | B »`` with A and B short labels, parallel (``Older posts | Newer posts``,
        ``Mais recentes | Mais antigos``: the same last or first word) or one of them a
        catalog's previous/next label."""
        m = _ARROW_PAIR.fullmatch(text)
        if m is None:
            return False
        back = [w.casefold() for w in _TOKENS.findall(m["back"]) if _WORD.match(w)]
        forward = [w.casefold() for w in _TOKENS.findall(m["forward"]) if _WORD.match(w)]
        if not back or not forward or max(len(back), len(forward)) > _MAX_LABEL_WORDS:
            return False
        if any(ch.isdigit() for w in back + forward for ch in w):
            return False
        parallel = (len(back) == len(forward) > 1 and back != forward
                    and (back[0] == forward[0] or back[-1] == forward[-1]))
        return parallel or self._holds(back + forward, "previous") \
            or self._holds(back + forward, "next")

    def _holds(self, words: list[str], kind: str) -> bool:
        labels = self.previous if kind == "previous" else self.next
        words = [w for w in words if _WORD.match(w)]
        for i in range(len(words)):
            for n in range(1, min(self.longest, len(words) - i) + 1):
                if " ".join(words[i:i + n]) in labels:
                    return True
        return False
