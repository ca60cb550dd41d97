"""One read of a document for every detector of the lexicon: the standalone lines whose key
is a lexicon line, and the blocks where the sentence automaton found a needle.

The result is kept in the document's scans (``doc.scans.memo``, where ``detectors/_scans.py``
keeps its own), keyed by the lexicon, so the ``lexicon_*`` detectors pay for one scan.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleanroom.detectors._scans import blocks_upto
from cleanroom.document.model import SHORT_LINE, Document
from cleanroom.lexicon import Lexicon, Row

_SURROGATES = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Hits:
    """What a document holds of a lexicon."""

    lines: tuple[tuple[int, Row], ...]  # (block index, row) of each whole lexicon line
    needles: dict[int, tuple[int, ...]]  # block index -> needle indexes found in it


def hits(doc: Document, lexicon: Lexicon) -> Hits:
    """The lexicon lines and needles of ``doc``, scanned once per document and lexicon."""
    cache: dict[int, tuple[Lexicon, Hits]] = doc.scans.memo.setdefault("lexicon_hits", {})
    kept = cache.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    table = lexicon.lines
    lines = tuple((b.index, table[b.key]) for b in blocks_upto(doc, SHORT_LINE)
                  if len(b.text) <= SHORT_LINE and b.key in table)
    needles: dict[int, list[int]] = {}
    automaton = lexicon.sentences.automaton
    low = doc.lowered
    if automaton is not None and low is not None:
        try:
            found = automaton.find_matches_as_indexes(low)
        except UnicodeEncodeError:  # lone surrogates: scan a same-length copy without them
            found = automaton.find_matches_as_indexes(_SURROGATES.sub("\ufffd", low))
        for needle, start, _end in found:
            block = doc.block_at(start)
            if block is not None:
                needles.setdefault(block.index, []).append(needle)
    result = Hits(lines, {k: tuple(v) for k, v in needles.items()})
    cache[id(lexicon)] = (lexicon, result)
    return result
