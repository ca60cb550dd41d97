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
from typing import Any

import ahocorasick_rs
import regex

from cleanroom.document.model import Block, Document, line_key

Groups = Mapping[str, Sequence[str]]

_APOSTROPHES = "'’‘`´"
_QUOTES = "\"“”„«»"
_WORD = regex.compile(r"\w+")
# A phrase match must cover its anchor: it is looked for within this many characters of the
# anchor (phrases are far shorter), and at the first few anchors of a block only.
_WINDOW = 400
_MAX_TRIES = 8
_SURROGATES = regex.compile(r"[\ud800-\udfff]")
_ALTERNATIVES = regex.compile(r"(\{[^{}]*\})")
# Words too common to be a phrase's anchor when it has a rarer one (English function words;
# other languages' phrases have long content words anyway).
_COMMON = frozenset("the this that these you your are was were not could would should have has "
                    "been for with and from may can will our its any all".split())
# Scripts written without spaces: no word boundary can be asked for around their phrases.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


def _check(groups: Groups) -> None:
    if not groups:
        raise ValueError("a phrase list needs at least one group")
    for name, phrases in groups.items():
        if isinstance(phrases, str) or not phrases:
            raise ValueError(f"phrase group {name!r} must be a non-empty tuple of strings")


def _dotless(key: str) -> str:
    """Fold Turkish dotted and dotless i: casefolding "İLGİLİ" gives "i̇lgi̇li̇" (i plus a
    combining dot) and "KAYIT" gives "kayit" where the phrase says "kayıt"; keys and lookups
    both fold them to a plain "i"."""
    if "\u0307" in key or "ı" in key:
        return key.replace("i\u0307", "i").replace("ı", "i")
    return key


@functools.lru_cache(maxsize=8192)
def _lookup_key(text: str) -> str:
    """``line_key`` with Turkish i folded, remembered: the same label or menu item is looked
    up by several detectors' sets, and the same few recur from page to page."""
    return _dotless(line_key(text))


class _LineIndex:
    """The keys of every ``LineSet`` in the process in one table, so each short block of a
    document is looked up once however many sets ask about it (as ``_AnchorIndex`` does for
    phrases).  It changes speed only: each set reads back exactly the blocks ``match_block``
    accepts, and a set made later triggers a rebuild.  Results are kept on the document."""

    def __init__(self) -> None:
        self._sets: list[LineSet] = []
        self._table: dict[str, tuple[tuple[int, str, int], ...]] | None = None
        self._max_len = 0
        self.size = 0
        """How many sets are registered: results kept on a document for fewer are stale."""

    def register(self, lines: LineSet) -> int:
        self._sets.append(lines)
        self._table = None
        self.size = len(self._sets)
        return self.size - 1

    def _built(self) -> dict[str, tuple[tuple[int, str, int], ...]]:
        if self._table is None:
            merged: dict[str, list[tuple[int, str, int]]] = {}
            for set_index, lines in enumerate(self._sets):
                for key, group in lines._group_of.items():
                    merged.setdefault(key, []).append((set_index, group, lines.max_len))
            self._table = {k: tuple(v) for k, v in merged.items()}
            self._max_len = max((s.max_len for s in self._sets), default=0)
        return self._table

    def found(self, doc: Document) -> dict[int, dict[int, str]]:
        """set index -> block index -> group, for the blocks of ``doc`` that are a set's line."""
        cached = doc.__dict__.get("_line_hits")
        if cached is not None and cached[0] == self.size:
            return cached[1]  # type: ignore[no-any-return]
        table = self._built()
        max_len = self._max_len
        found: dict[int, dict[int, str]] = {}
        for block in doc.blocks:
            size = len(block.text)
            if size <= max_len:
                entries = table.get(_dotless(block.key))
                if entries:
                    for set_index, group, set_max in entries:
                        if size <= set_max:
                            found.setdefault(set_index, {})[block.index] = group
        doc.__dict__["_line_hits"] = (self.size, found)
        return found


_LINES = _LineIndex()
_NONE: Mapping[int, str] = {}


def line_hits(doc: Document) -> dict[int, dict[int, str]]:
    """``LineSet.index`` -> block index -> group, for every set with a line in ``doc``: one
    read serves a detector with several sets (``LineSet.found`` reads one set)."""
    cached = doc.__dict__.get("_line_hits")  # what _LINES.found keeps, read without a call
    if cached is None or cached[0] != _LINES.size:
        return _LINES.found(doc)
    return cached[1]  # type: ignore[no-any-return]


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
        self._group_of: dict[str, str] = {}
        for name, phrases in groups.items():
            for phrase in phrases:
                key = _dotless(line_key(phrase.replace("#", "0")))  # "#": any number
                if not key:
                    raise ValueError(f"phrase {phrase!r} in group {name!r} has no words")
                self._group_of.setdefault(key, name)
        self.max_len = max(len(k) for k in self._group_of) + 16
        self._index = _LINES.register(self)

    def match(self, text: str) -> str | None:
        """The group whose phrase ``text`` is, or None."""
        if len(text) > self.max_len:
            return None
        return self._group_of.get(_lookup_key(text))

    def match_block(self, block: Block) -> str | None:
        """Like ``match`` on the block's text, using the key the block already computed."""
        if len(block.text) > self.max_len:
            return None
        return self._group_of.get(_dotless(block.key))

    def found(self, doc: Document) -> Mapping[int, str]:
        """Block index -> group for every block of ``doc`` that ``match_block`` accepts,
        looked up once per document for all sets together.

        >>> from cleanroom.document import from_text
        >>> LineSet({"en": ("Comments",)}).found(from_text("Comments:\\nNo comments here"))
        {0: 'en'}
        """
        return line_hits(doc).get(self._index, _NONE)

    @property
    def index(self) -> int:
        """This set's key in ``line_hits(doc)``."""
        return self._index

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.match(text) is not None

    def keys(self) -> frozenset[str]:
        """Every key (normalised phrase, Turkish i folded) this set looks up."""
        return frozenset(self._group_of)

    def first_words(self) -> frozenset[str]:
        """The first word of every key: a cheap test that a line may start with a phrase."""
        return frozenset(key.split(" ", 1)[0] for key in self._group_of)


def _literal(text: str) -> str:
    parts: list[str] = []
    for ch in text:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _APOSTROPHES:
            parts.append(f"[{regex.escape(_APOSTROPHES)}]")
        elif ch in _QUOTES:
            parts.append(f"[{regex.escape(_QUOTES)}]")
        elif ch == "#":
            parts.append(r"\d+(?:[.,]\d+)*")
        else:
            parts.append(regex.escape(ch))
    return "".join(parts)


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


@dataclass(frozen=True)
class PhraseHit:
    """One phrase found in one block."""

    block: Block
    start: int
    end: int
    group: str
    phrase: str


class _Automaton:
    """Aho-Corasick over literal words, each with a value: ``iter(text)`` yields
    ``(index of the match's last character, value)`` for every match, overlapping ones too."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self._words = list(table)
        self._values = [table[w] for w in self._words]
        # A DFA scans some 2.7 times faster than the default NFA (same matches); its few
        # milliseconds of building are paid once per process.
        self._ac = ahocorasick_rs.AhoCorasick(
            self._words, implementation=ahocorasick_rs.Implementation.DFA) if self._words else None

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        if self._ac is None:
            return
        try:
            matches = self._ac.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates: scan a same-length copy without them
            matches = self._ac.find_matches_as_indexes(_SURROGATES.sub("\ufffd", text),
                                                       overlapping=True)
        for i, _, end in matches:
            yield end - 1, self._values[i]


class _AnchorIndex:
    """One automaton over the anchors of every ``PhraseSet`` in the process, so a document is
    scanned once however many detectors look for phrases.  It changes speed only: each set
    reads back exactly the anchors it registered, and a set made later triggers a rebuild.
    The hits of a document are kept on the document (``doc.__dict__``), as a cached property
    would keep them."""

    def __init__(self) -> None:
        self._sets: list[dict[str, tuple[int, ...]]] = []
        self._automaton: Any = None
        self.size = 0
        """How many sets are registered: results kept on a document for fewer are stale."""

    def register(self, by_anchor: dict[str, tuple[int, ...]]) -> int:
        self._sets.append(by_anchor)
        self._automaton = None
        self.size = len(self._sets)
        return self.size - 1

    def _built(self) -> Any:
        if self._automaton is None:
            merged: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
            for set_index, by_anchor in enumerate(self._sets):
                for anchor, ids in by_anchor.items():
                    merged.setdefault(anchor, []).append((set_index, ids))
            self._automaton = _Automaton({a: tuple(e) for a, e in merged.items()})
        return self._automaton

    def hits(self, doc: Document) -> dict[int, dict[int, dict[int, list[int]]]]:
        """set index -> block index -> phrase id -> offsets (in ``doc.text``) of the last
        character of each anchor found, for one document."""
        cached = doc.__dict__.get("_anchor_hits")
        if cached is not None and cached[0] == self.size:
            return cached[1]  # type: ignore[no-any-return]
        automaton = self._built()
        found: dict[int, dict[int, dict[int, list[int]]]] = {}
        located: list[tuple[int, int, tuple[tuple[int, tuple[int, ...]], ...]]] = []
        lowered = doc.lowered
        if lowered is not None:
            for end, entries in automaton.iter(lowered):
                block = doc.block_at(end)
                if block is not None:
                    located.append((block.index, end, entries))
        else:
            for block in doc.blocks:
                for end, entries in automaton.iter(block.text.lower()):
                    located.append((block.index, block.start + end, entries))
        for block_index, at, entries in located:
            for set_index, ids in entries:
                by_id = found.setdefault(set_index, {}).setdefault(block_index, {})
                for i in ids:
                    by_id.setdefault(i, []).append(at)
        doc.__dict__["_anchor_hits"] = (self.size, found)
        return found


_INDEX = _AnchorIndex()


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
        self._phrases: list[tuple[str, str, regex.Pattern[str]]] = []
        by_anchor: dict[str, list[int]] = {}
        for name, phrases in groups.items():
            for phrase in phrases:
                phrase = phrase.strip()
                compiled = regex.compile(_pattern(phrase), regex.IGNORECASE)
                for anchor in _anchors(phrase):
                    by_anchor.setdefault(anchor, []).append(len(self._phrases))
                self._phrases.append((name, phrase, compiled))
        self._automaton = _Automaton({a: tuple(ids) for a, ids in by_anchor.items()})
        self._index = _INDEX.register({a: tuple(ids) for a, ids in by_anchor.items()})

    def _confirm(self, block: Block, candidates: Mapping[int, list[int]]
                 ) -> Iterator[PhraseHit]:
        """The first match of each candidate phrase, looked for only around its anchors
        (``candidates``: phrase id -> anchor ends in document offsets): a long block costs
        no more than a short one per anchor found."""
        for i in sorted(candidates):
            name, phrase, compiled = self._phrases[i]
            for at in candidates[i][:_MAX_TRIES]:
                at -= block.start
                m = compiled.search(block.text, max(0, at - _WINDOW),
                                    min(len(block.text), at + _WINDOW))
                if m:
                    yield PhraseHit(block, block.start + m.start(), block.start + m.end(),
                                    name, phrase)
                    break

    def _candidates(self, text: str) -> dict[int, list[int]]:
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

    def scan(self, doc: Document, max_block: int | None = None) -> list[PhraseHit]:
        """Every phrase found in the document, in document order, one hit per phrase and block;
        with ``max_block``, only in blocks of at most that many characters."""
        cached = doc.__dict__.get("_anchor_hits")  # what _INDEX.hits keeps, read without a call
        found = cached[1] if cached is not None and cached[0] == _INDEX.size else _INDEX.hits(doc)
        per_block = found.get(self._index)
        if not per_block:
            return []
        hits: list[PhraseHit] = []
        for index in sorted(per_block):
            block = doc.blocks[index]
            if max_block is None or len(block.text) <= max_block:
                hits.extend(self._confirm(block, per_block[index]))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits
