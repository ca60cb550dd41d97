"""Per-document scans shared by every phrase list, so a document is read once however many
detectors ask about it.

``blocks_upto`` lists a document's short blocks once for every detector that skips long
ones.  ``LINES`` holds the keys of every ``LineSet`` in one table: each short block's key is looked
up once.  ``ANCHORS`` holds the anchors of every ``PhraseSet`` in one Aho-Corasick automaton:
the lowered document is scanned once.  Both only change speed: each set reads back exactly
what it would find on its own, a set made later triggers a rebuild, and results are kept on
the document (``doc.__dict__``, as a cached property would keep them).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import ahocorasick_rs
import regex

from cleanroom.document.model import Block, Document

_SURROGATES = regex.compile(r"[\ud800-\udfff]")

_BUCKETS = (64, 128, 256, 512, 1024)


def blocks_upto(doc: Document, limit: int) -> tuple[Block, ...]:
    """The blocks of at most ``limit`` characters (rounded up to 64, 128 ... 1024), listed in
    one pass per document and shared by every detector: the long body paragraphs, where the
    bytes are, are skipped."""
    cache: dict[int, tuple[Block, ...]] | None = doc.__dict__.get("_blocks_upto")
    if cache is None:
        blocks = doc.blocks
        sizes = [len(b.text) for b in blocks]
        longest = max(sizes, default=0)
        cache = {bucket: blocks if longest <= bucket
                 else tuple([b for s, b in zip(sizes, blocks) if s <= bucket])
                 for bucket in _BUCKETS}
        doc.__dict__["_blocks_upto"] = cache
    for bucket in _BUCKETS:
        if limit <= bucket:
            return cache[bucket]
    return doc.blocks



class _Lines(Protocol):
    """What ``LINES`` needs of a ``LineSet``."""

    group_of: dict[str, str]
    max_len: int


def dotless(key: str) -> str:
    """Fold Turkish dotted and dotless i: casefolding "İLGİLİ" gives "i̇lgi̇li̇" (i plus a
    combining dot) and "KAYIT" gives "kayit" where the phrase says "kayıt"; keys and lookups
    both fold them to a plain "i"."""
    if "\u0307" in key or "ı" in key:
        return key.replace("i\u0307", "i").replace("ı", "i")
    return key


class _LineIndex:
    """The keys of every ``LineSet`` in the process in one table, so each short block of a
    document is looked up once however many sets ask about it (as ``_AnchorIndex`` does for
    phrases).  It changes speed only: each set reads back exactly the blocks ``match_block``
    accepts, and a set made later triggers a rebuild.  Results are kept on the document."""

    def __init__(self) -> None:
        self._sets: list[_Lines] = []
        self._table: dict[str, tuple[tuple[int, str, int], ...]] | None = None
        self._max_len = 0
        self.size = 0
        """How many sets are registered: results kept on a document for fewer are stale."""

    def register(self, lines: _Lines) -> int:
        self._sets.append(lines)
        self._table = None
        self.size = len(self._sets)
        return self.size - 1

    def _built(self) -> dict[str, tuple[tuple[int, str, int], ...]]:
        if self._table is None:
            merged: dict[str, list[tuple[int, str, int]]] = {}
            for set_index, lines in enumerate(self._sets):
                for key, group in lines.group_of.items():
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
                key = block.key
                if "\u0307" in key or "ı" in key:  # ``dotless(key)``, called only when it folds
                    key = dotless(key)
                entries = table.get(key)
                if entries:
                    for set_index, group, set_max in entries:
                        if size <= set_max:
                            found.setdefault(set_index, {})[block.index] = group
        doc.__dict__["_line_hits"] = (self.size, found)
        return found


LINES = _LineIndex()
NO_LINES: Mapping[int, str] = {}


def line_hits(doc: Document) -> dict[int, dict[int, str]]:
    """``LineSet.index`` -> block index -> group, for every set with a line in ``doc``: one
    read serves a detector with several sets (``LineSet.found`` reads one set)."""
    cached = doc.__dict__.get("_line_hits")  # what LINES.found keeps, read without a call
    if cached is None or cached[0] != LINES.size:
        return LINES.found(doc)
    return cached[1]  # type: ignore[no-any-return]


class Automaton:
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
            self._automaton = Automaton({a: tuple(e) for a, e in merged.items()})
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
            # ``doc.block_at(end)`` inlined: one C bisect per anchor, no call.
            starts, blocks = doc.starts, doc.blocks
            for end, entries in automaton.iter(lowered):
                i = bisect_right(starts, end) - 1
                if i >= 0 and end < (block := blocks[i]).end:
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


ANCHORS = _AnchorIndex()
