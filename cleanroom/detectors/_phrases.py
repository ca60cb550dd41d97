"""Compile a detector's phrase lists once, into matchers fast enough for whole dumps.

Two matchers, for the two ways junk phrases occur (see docs/design.md, "Matching phrases"):

``LineSet``
    Standalone lines that are nothing but the phrase ("Advertisement", "No comments yet").
    The block's ``key`` (normalised, edge punctuation stripped, digits -> ``#``) is looked up
    in a set: no regex at all, so it costs next to nothing per block.

``PhraseSet``
    Phrases inside longer text ("provides the information as is without warranty").  An
    Aho-Corasick automaton finds each phrase's rarest-looking word (its *anchor*) in one pass
    over the lower-cased document; only blocks with a hit run that phrase's precise pattern,
    which allows any whitespace or line break between words and any kind of quote.

Phrases are written as plain text, grouped by language or concept: ``{"en": ("...", ...)}``.
In a ``PhraseSet`` phrase, ``#`` stands for a number, ``{a|b}`` for either word or words,
and every quote matches every other quote.  A group may not be empty (a typo that empties a list must not pass silently).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import regex

from cleanroom.detectors._scans import (
    Anchors,
    Automaton,
    anchors_found,
    by_block,
    dotless,
    lines_found,
)
from cleanroom.document.model import Block, Document, line_key

Groups = Mapping[str, Sequence[str]]

_APOSTROPHES = "'’‘`´"
_QUOTES = "\"“”„«»"
_WORD = regex.compile(r"\w+")
# A phrase match must cover its anchor: it is looked for within this many characters of the
# anchor (phrases are far shorter), and at the first few anchors of a block only.
_WINDOW = 400
_MAX_TRIES = 8
_ALTERNATIVES = regex.compile(r"(\{[^{}]*\})")
# Words too common to be a phrase's anchor when it has a rarer one (English function words;
# other languages' phrases have long content words anyway).
_COMMON = frozenset({
    "the", "this", "that", "these", "you", "your", "are", "was", "were", "not", "could", "would",
    "should", "have", "has", "been", "for", "with", "and", "from", "may", "can", "will", "our",
    "its", "any", "all",
})
# Scripts written without spaces: no word boundary can be asked for around their phrases.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


def _check(groups: Groups) -> None:
    if not groups:
        raise ValueError("a phrase list needs at least one group")
    for name, phrases in groups.items():
        if isinstance(phrases, str) or not phrases:
            raise ValueError(f"phrase group {name!r} must be a non-empty tuple of strings")


@functools.lru_cache(maxsize=8192)
def _lookup_key(text: str) -> str:
    """``line_key`` with Turkish i folded, remembered: the same label or menu item is looked
    up by several detectors' sets, and the same few recur from page to page."""
    return dotless(line_key(text))


class LineSet:
    """Standalone lines, matched by exact lookup of the block's ``key``.

    >>> lines = LineSet({"en": ("No comments yet", "0 Comments")})
    >>> lines.match("No comments yet.")
    'en'
    >>> lines.match("12 comments") , lines.match("No comments on the merger yet")
    ('en', None)
    >>> LineSet({"tr": ("İlgili haberler",)}).match("İLGİLİ HABERLER")
    'tr'
    """

    def __init__(self, groups: Groups) -> None:
        _check(groups)
        self.groups = tuple(groups)
        """The group names (languages, for the built-in lists), in order."""
        self.size = sum(len(phrases) for phrases in groups.values())
        """How many phrases the lists hold."""
        self.group_of: dict[str, str] = {}
        for name, phrases in groups.items():
            for phrase in phrases:
                key = dotless(line_key(phrase.replace("#", "0")))  # "#": any number
                if not key:
                    raise ValueError(f"phrase {phrase!r} in group {name!r} has no words")
                self.group_of.setdefault(key, name)
        self.max_len = max(len(k) for k in self.group_of) + 16

    def match(self, text: str) -> str | None:
        """The group whose phrase ``text`` is, or None."""
        if len(text) > self.max_len:
            return None
        return self.group_of.get(_lookup_key(text))

    def match_block(self, block: Block) -> str | None:
        """Like ``match`` on the block's text, using the key the block already computed."""
        if len(block.text) > self.max_len:
            return None
        return self.group_of.get(dotless(block.key))

    def found(self, doc: Document) -> Mapping[int, str]:
        """Block index -> group for every block of ``doc`` that ``match_block`` accepts,
        looked up once per document for all the sets of the pipeline's index.

        >>> from cleanroom.document import from_text
        >>> LineSet({"en": ("Comments",)}).found(from_text("Comments:\\nNo comments here"))
        {0: 'en'}
        """
        return lines_found(doc, self)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.match(text) is not None

    def first_words(self) -> frozenset[str]:
        """The first word of every key: a cheap test that a line may start with a phrase."""
        return frozenset(key.split(" ", 1)[0] for key in self.group_of)


def _literal(text: str) -> str:
    parts: list[str] = []
    for ch in text:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(_char_pattern(ch))
    return "".join(parts)


@functools.cache
def _char_pattern(ch: str) -> str:
    """The pattern of one character of a phrase (cached: ~20,000 characters of phrases are
    turned into patterns when cleanroom is imported, from a few hundred distinct ones)."""
    if ch in _APOSTROPHES:
        return f"[{regex.escape(_APOSTROPHES)}]"
    if ch in _QUOTES:
        return f"[{regex.escape(_QUOTES)}]"
    if ch == "#":
        return r"\d+(?:[.,]\d+)*"
    return str(regex.escape(ch))


def _pattern(phrase: str) -> str:
    """The precise pattern of a phrase: literal text, ``{a|b}`` alternatives, flexible space."""
    body = "".join(
        "(?:" + "|".join(_literal(alt) for alt in piece[1:-1].split("|")) + ")"
        if piece.startswith("{") else _literal(piece)
        for piece in _ALTERNATIVES.split(phrase) if piece
    )
    first, last = phrase[0], phrase[-1]
    if first.isalnum() and not _UNSPACED.match(first):
        body = r"(?<!\w)" + body
    if last.isalnum() and not _UNSPACED.match(last):
        body += r"(?!\w)"
    return body


def _expansions(phrase: str) -> list[str]:
    """Every plain text a phrase with ``{a|b}`` alternatives stands for."""
    pieces = [piece[1:-1].split("|") if piece.startswith("{") else [piece]
              for piece in _ALTERNATIVES.split(phrase) if piece]
    return ["".join(choice) for choice in itertools.product(*pieces)]


def _anchors(phrase: str) -> set[str]:
    """Words at least one of which every match of the phrase contains: for each expansion,
    its longest word that is not a common one (so "accept no {liability|responsibility}" is
    looked for by "liability" and "responsibility", never by "no")."""
    anchors = set()
    for text in _expansions(phrase):
        words = [w for w in _WORD.findall(text.lower()) if not w.isdigit()]
        if not words:
            raise ValueError(f"phrase {phrase!r} has no word to anchor it")
        rare = [w for w in words if w not in _COMMON] or words
        best = max(rare, key=len)
        if len(best) < 3 and not _UNSPACED.match(best):
            raise ValueError(f"phrase {phrase!r}: its best anchor {best!r} is too short to "
                             "look for quickly; give it a longer fixed word")
        anchors.add(best)
    return anchors


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """One phrase found in one block."""

    block: Block
    start: int
    end: int
    group: str
    phrase: str


class PhraseSet:
    """Phrases inside text, prefiltered by Aho-Corasick and confirmed by a precise pattern.

    >>> warranty = PhraseSet({"en": ('provides the information "as is" without warranty',)})
    >>> m = warranty.search("X provides the\\ninformation “as is” without warranty of any kind.")
    >>> m.group, m.start, m.end
    ('en', 2, 51)
    >>> warranty.search("the warranty is void") is None
    True
    """

    def __init__(self, groups: Groups) -> None:
        _check(groups)
        self.groups = tuple(groups)
        """The group names (languages, for the built-in lists), in order."""
        self.size = sum(len(phrases) for phrases in groups.values())
        """How many phrases the lists hold."""
        self._phrases: list[tuple[str, str]] = []
        # Precise patterns are compiled when an anchor first asks for them: most phrases of
        # a list never meet their anchor in a given run, and compiling all ~700 up front made
        # importing the detectors cost more than cleaning a page (see docs/performance.md).
        self._sources: list[str] = []
        self._compiled: list[regex.Pattern[str] | None] = []
        by_anchor: dict[str, list[int]] = {}
        for name, phrases in groups.items():
            for phrase in phrases:
                phrase = phrase.strip()
                for anchor in _anchors(phrase):
                    by_anchor.setdefault(anchor, []).append(len(self._phrases))
                self._phrases.append((name, phrase))
                self._sources.append(_pattern(phrase))
                self._compiled.append(None)
        self._anchors = {a: tuple(ids) for a, ids in by_anchor.items()}
        self.anchors = Anchors(self._anchors)
        """The anchors, for the pipeline's shared scan (``detectors._scans``)."""
        self._automaton: Automaton | None = None  # for ``search`` alone, built on first use

    def _confirm(self, block: Block, candidates: Mapping[int, list[int]]
                 ) -> Iterator[PhraseHit]:
        """The first match of each candidate phrase, looked for only around its anchors
        (``candidates``: phrase id -> anchor ends in document offsets): a long block costs
        no more than a short one per anchor found."""
        for i in sorted(candidates):
            name, phrase = self._phrases[i]
            compiled = self._compiled[i]
            if compiled is None:
                compiled = self._compiled[i] = regex.compile(self._sources[i], regex.IGNORECASE)
            for at in candidates[i][:_MAX_TRIES]:
                at -= block.start
                m = compiled.search(block.text, max(0, at - _WINDOW),
                                    min(len(block.text), at + _WINDOW))
                if m:
                    yield PhraseHit(block, block.start + m.start(), block.start + m.end(),
                                    name, phrase)
                    break

    def _candidates(self, text: str) -> dict[int, list[int]]:
        if self._automaton is None:
            self._automaton = Automaton(self._anchors)
        ids: dict[int, list[int]] = {}
        for end, found in self._automaton.iter(text):
            for i in found:
                ids.setdefault(i, []).append(end)
        return ids

    def search(self, text: str) -> PhraseHit | None:
        """The first phrase found in ``text`` (offsets into ``text``), or None."""
        ids = self._candidates(text.lower())
        if not ids:
            return None
        block = Block(0, len(text), text, 0)
        hits = sorted(self._confirm(block, ids), key=lambda h: (h.start, -h.end))
        return hits[0] if hits else None

    def scan(self, doc: Document, max_block: int | None = None) -> Iterator[PhraseHit]:
        """Every phrase found in the document, in document order, one hit per phrase and block;
        with ``max_block``, only in blocks of at most that many characters.  Yielded block by
        block (the anchors come in document order, so sorting each block's hits sorts them
        all): a text of a thousand stubs never holds a thousand hits."""
        triples = anchors_found(doc, self.anchors)
        if not triples:
            return
        blocks = doc.blocks
        for index, candidates in by_block(triples):
            block = blocks[index]
            if max_block is None or len(block.text) <= max_block:
                hits = list(self._confirm(block, candidates))
                if len(hits) > 1:
                    hits.sort(key=lambda h: (h.start, -h.end))
                yield from hits
