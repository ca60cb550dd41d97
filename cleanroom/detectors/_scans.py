"""One index of every phrase list a pipeline uses, and the per-document scans made with it.

A ``PhraseIndex`` is compiled once from the phrase lists of a set of detectors (see
``cleanroom.pipeline``): the keys of every ``LineSet`` in one table, so each short block's key
is looked up once; the anchors of every ``PhraseSet`` (and every ``Anchors`` list) in one
Aho-Corasick automaton, so the lowered document is scanned once.  There is no process-wide
registry: a list the index was not compiled with is scanned on its own, for that document
only (slower, the same result).

``Scans`` (``document.model``) holds what was found in one document: the detectors read it
through the functions here.  Both only change speed: each list reads back exactly what it
would find on its own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

import ahocorasick_rs
import regex

from cleanroom.document.model import Block, Document

_SURROGATES = regex.compile(r"[\ud800-\udfff]")

_BUCKETS = (64, 128, 256, 512, 1024)
_SPACE = regex.compile(r"\s")
_PIECE = 1 << 16
"""The automaton reads a long text in pieces of this many characters (and up to the next
space)."""


def blocks_upto(doc: Document, limit: int) -> tuple[Block, ...]:
    """The blocks of at most ``limit`` characters (rounded up to 64, 128 ... 1024), listed in
    one pass per document and shared by every detector: the long body paragraphs, where the
    bytes are, are skipped."""
    memo = doc.scans.memo
    cache: dict[int, tuple[Block, ...]] | None = memo.get("blocks_upto")
    if cache is None:
        blocks = doc.blocks
        sizes = [len(b.text) for b in blocks]
        longest = max(sizes, default=0)
        cache = {bucket: blocks if longest <= bucket
                 else tuple([b for s, b in zip(sizes, blocks) if s <= bucket])
                 for bucket in _BUCKETS}
        memo["blocks_upto"] = cache
    for bucket in _BUCKETS:
        if limit <= bucket:
            return cache[bucket]
    return doc.blocks


class LineList(Protocol):
    """What the index needs of a ``LineSet``: key -> group, and the longest line it matches."""

    group_of: dict[str, str]
    max_len: int


class AnchorList(Protocol):
    """What the index needs of an anchor list: anchor word -> the ids it stands for."""

    by_anchor: dict[str, tuple[int, ...]]


def dotless(key: str) -> str:
    """Fold Turkish dotted and dotless i: casefolding "İLGİLİ" gives "i̇lgi̇li̇" (i plus a
    combining dot) and "KAYIT" gives "kayit" where the phrase says "kayıt"; keys and lookups
    both fold them to a plain "i"."""
    if "\u0307" in key or "ı" in key:
        return key.replace("i\u0307", "i").replace("ı", "i")
    return key


class Automaton:
    """Aho-Corasick over literal words, each with a value: ``iter(text)`` yields
    ``(index of the match's last character, value)`` for every match, overlapping ones too."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self._words = list(table)
        self._values = [table[w] for w in self._words]
        # A DFA scans some 2.7 times faster than the default NFA (same matches); its few
        # milliseconds of building are paid once per index.
        self._spaceless = not any(_SPACE.search(w) for w in self._words)
        self._ac = ahocorasick_rs.AhoCorasick(
            self._words, implementation=ahocorasick_rs.Implementation.DFA) if self._words else None

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        for i, _, end in self.matches(text):
            yield end - 1, self._values[i]

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(word number, start, end)`` of every match, as one list (``values[word number]``
        is the word's value): no Python call per match."""
        if self._ac is None:
            return []
        try:
            return self._ac.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates: scan a same-length copy without them
            return self._ac.find_matches_as_indexes(_SURROGATES.sub("\ufffd", text),
                                                    overlapping=True)

    def pieces(self, text: str) -> Iterator[tuple[int, list[tuple[int, int, int]]]]:
        """``(offset, matches)`` of ``text`` read in pieces of about ``_PIECE`` characters,
        cut at whitespace when no word has any (so no match spans a cut, and the matches
        are those of the whole text, in the same order): a long text's matches are never
        all held at once."""
        if len(text) <= _PIECE or not self._spaceless:
            yield 0, self.matches(text)
            return
        pos = 0
        while pos < len(text):
            space = _SPACE.search(text, pos + _PIECE)
            cut = len(text) if space is None else space.start()
            yield pos, self.matches(text[pos:cut])
            pos = cut

    @property
    def values(self) -> list[Any]:
        """Each word's value, by word number."""
        return self._values


LineHits = dict[int, dict[int, str]]
"""slot -> block index -> group."""
_SMALL = "i" if array("i").itemsize >= 4 else "l"
"""The typecode of the triples of a text shorter than ``_SMALL_LIMIT`` (4-byte integers:
offsets, block indexes and phrase ids are all below the text's length); longer texts take
8-byte ones ("q")."""
_SMALL_LIMIT = 2 ** 31 - 1
AnchorHits = dict[int, "array[int]"]
"""slot -> flat triples ``(block index, offset in doc.text of the anchor's last character, id)``
in document order: three machine integers per anchor found, not a dict and list each."""


class PhraseIndex:
    """The line table and the anchor automaton of some phrase lists, compiled once."""

    def __init__(self, lines: Iterable[LineList] = (), anchors: Iterable[AnchorList] = ()
                 ) -> None:
        self.line_slot: dict[int, int] = {}
        self.anchor_slot: dict[int, int] = {}
        self._keep: list[object] = []  # the lists themselves, so their ids stay theirs
        merged: dict[str, list[tuple[int, str, int]]] = {}
        self.max_len = 0
        for lines_set in lines:
            if id(lines_set) in self.line_slot:
                continue
            slot = self.line_slot[id(lines_set)] = len(self.line_slot)
            self._keep.append(lines_set)
            for key, group in lines_set.group_of.items():
                merged.setdefault(key, []).append((slot, group, lines_set.max_len))
            self.max_len = max(self.max_len, lines_set.max_len)
        self.table = {k: tuple(v) for k, v in merged.items()}
        by_word: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        for anchor_list in anchors:
            if id(anchor_list) in self.anchor_slot:
                continue
            slot = self.anchor_slot[id(anchor_list)] = len(self.anchor_slot)
            self._keep.append(anchor_list)
            for word, ids in anchor_list.by_anchor.items():
                by_word.setdefault(word, []).append((slot, ids))
        self.automaton = Automaton({w: tuple(e) for w, e in by_word.items()})

    def line_hits(self, doc: Document) -> LineHits:
        """slot -> block index -> group, for the blocks of ``doc`` that are a list's line."""
        table = self.table
        max_len = self.max_len
        found: LineHits = {}
        for block in doc.blocks:
            size = len(block.text)
            if size <= max_len:
                key = block.key
                if "\u0307" in key or "ı" in key:  # ``dotless(key)``, called only when it folds
                    key = dotless(key)
                entries = table.get(key)
                if entries:
                    for slot, group, set_max in entries:
                        if size <= set_max:
                            found.setdefault(slot, {})[block.index] = group
        return found

    def anchor_hits(self, doc: Document) -> AnchorHits:
        """slot -> block index -> id -> anchor ends, for one document (one scan)."""
        return locate(doc, self.automaton)


def locate(doc: Document, automaton: Automaton) -> AnchorHits:
    """Every match of ``automaton`` in ``doc``, by slot (see ``AnchorHits``)."""
    found: AnchorHits = {}
    values = automaton.values
    code = _SMALL if len(doc.text) < _SMALL_LIMIT else "q"
    lowered = doc.lowered
    if lowered is not None:
        starts, blocks = doc.starts, doc.blocks
        for offset, matches in automaton.pieces(lowered):
            for word, _, after in matches:
                end = offset + after - 1
                # ``doc.block_at(end)`` inlined: one C bisect per anchor, no call.
                i = bisect_right(starts, end) - 1
                if i >= 0 and end < blocks[i].end:
                    for slot, ids in values[word]:  # ``_add``, inlined: a call per anchor
                        triples = found.get(slot)
                        if triples is None:
                            triples = found[slot] = array(code)
                        for k in ids:
                            triples.extend((i, end, k))
            del matches
    else:
        for block in doc.blocks:
            for word, _, after in automaton.matches(block.text.lower()):
                _add(found, code, block.index, block.start + after - 1, values[word])
    return found


def _add(found: AnchorHits, code: str, block_index: int, at: int,
         entries: tuple[tuple[int, tuple[int, ...]], ...]) -> None:
    for slot, ids in entries:
        triples = found.get(slot)
        if triples is None:
            triples = found[slot] = array(code)
        for i in ids:
            triples.extend((block_index, at, i))


def by_block(triples: array[int]) -> Iterator[tuple[int, dict[int, list[int]]]]:
    """``(block index, id -> anchor ends)`` for each block of ``triples``, in order."""
    current = -1
    ids: dict[int, list[int]] = {}
    for k in range(0, len(triples), 3):
        block_index = triples[k]
        if block_index != current:
            if ids:
                yield current, ids
            current, ids = block_index, {}
        ids.setdefault(triples[k + 2], []).append(triples[k + 1])
    if ids:
        yield current, ids


_T = TypeVar("_T")
NO_LINES: Mapping[int, str] = {}
_NO_ANCHORS: array[int] = array("i")


def _indexes(doc: Document) -> tuple[PhraseIndex, ...]:
    """The document's indexes: the pipeline's built-in index, then its users' (if any)."""
    index = doc.scans.index
    if isinstance(index, PhraseIndex):
        return (index,)
    if isinstance(index, tuple):
        return index
    return ()


def _hits_of(doc: Document, listed: object, slot_of: Callable[[PhraseIndex], Mapping[int, int]],
             scan: Callable[[PhraseIndex, Document], Mapping[int, _T]],
             alone: Callable[[], PhraseIndex], empty: _T) -> _T:
    """What ``listed`` (a line or an anchor list) found in ``doc``: every list of an index is
    looked up at once, the first time one of them is asked, and what each found is kept in
    ``doc.scans.found`` under its id (so asking again is one dict lookup); a list no index
    holds is looked up on its own (``alone()``)."""
    found = doc.scans.found
    for index in _indexes(doc):
        slots = slot_of(index)
        if id(listed) in slots:
            hits = scan(index, doc)
            # Every list of the index at once (the index keeps the lists, so their ids
            # name them while the document lives): all found nothing, but the few that did.
            found.update(dict.fromkeys(slots, empty))
            ids = list(slots)  # slot -> id: slots are numbered in the order they were added
            for slot, hit in hits.items():
                found[ids[slot]] = hit
            result: _T = found[id(listed)]
            return result
    own: _T = scan(alone(), doc).get(0, empty)
    found[id(listed)] = own
    doc.scans.memo[("keep", id(listed))] = listed  # its id names no other list while doc lives
    return own


def lines_found(doc: Document, lines_set: LineList) -> Mapping[int, str]:
    """Block index -> group for the blocks of ``doc`` that are a line of ``lines_set``."""
    known: Mapping[int, str] | None = doc.scans.found.get(id(lines_set))
    if known is not None:
        return known
    return _hits_of(doc, lines_set, _line_slots, PhraseIndex.line_hits,
                    lambda: PhraseIndex([lines_set]), NO_LINES)


def anchors_found(doc: Document, anchor_list: AnchorList) -> array[int]:
    """The anchors of ``anchor_list`` found in ``doc`` (triples, see ``AnchorHits``)."""
    known: array[int] | None = doc.scans.found.get(id(anchor_list))
    if known is not None:
        return known
    return _hits_of(doc, anchor_list, _anchor_slots, PhraseIndex.anchor_hits,
                    lambda: PhraseIndex((), [anchor_list]), _NO_ANCHORS)


def _line_slots(index: PhraseIndex) -> Mapping[int, int]:
    return index.line_slot


def _anchor_slots(index: PhraseIndex) -> Mapping[int, int]:
    return index.anchor_slot


class Anchors:
    """Literal words looked for in the shared scan: ``found(doc)`` gives the triples
    ``(block index, anchor end, id)`` of each one found (see ``AnchorHits``)."""

    def __init__(self, by_anchor: Mapping[str, tuple[int, ...]]) -> None:
        self.by_anchor = dict(by_anchor)

    def found(self, doc: Document) -> array[int]:
        return anchors_found(doc, self)

    def blocks(self, doc: Document) -> set[int]:
        """The indexes of the blocks where an anchor was found."""
        return set(self.found(doc)[0::3])
