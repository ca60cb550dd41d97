"""Cut spans out of a text and tidy the whitespace the cuts leave behind.

Shared by the resolver (which makes the clean text) and ``Report.apply`` (which replays a
report), so the two can never disagree.  Text away from the cuts is kept byte for byte.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import chain, islice


def _separator(gaps: list[str]) -> str:
    """The whitespace to keep where a cut was: of the gaps around it, the one with the most
    line breaks (a paragraph break wins over a line break, a line break over a space); on a
    tie the last, which carries the indentation of the text that follows."""
    best = ""
    best_breaks = -1
    for gap in gaps:
        breaks = gap.count("\n")
        if gap and breaks >= best_breaks:
            best, best_breaks = gap, breaks
    return best


Piece = tuple[int, int, int]
"""A kept stretch of text: (offset in the clean text, offset in the source, length)."""


def cut_pieces(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, list[Piece]]:
    """``cut``, and where each kept stretch of the clean text came from in ``text``.
    ``spans`` is read once, in order (a generator will do: no list of them is needed).

    >>> cut_pieces("A\\nJUNK\\nB", [(2, 6)])
    ('A\\nB', [(0, 0, 1), (2, 7, 1)])
    """
    out: list[str] = []
    pieces: list[Piece] = []
    length = 0
    gaps: list[str] = []
    pos = 0
    after_cut = False
    for span in chain(spans, (None,)):
        start = pos
        if span is None:
            if not after_cut:  # nothing was cut
                return text, [(0, 0, len(text))]
            piece = text[pos:]
        else:
            piece = text[pos:span[0]]
            pos = span[1]
        if after_cut:  # the cut before this piece: its leading whitespace joins the gap
            content = piece.lstrip()
            gaps.append(piece[:len(piece) - len(content)])
            start += len(piece) - len(content)
            piece = content
        after_cut = True
        if not piece:
            continue
        content = piece.rstrip() if span is not None else piece
        if out:
            separator = _separator(gaps)
            out.append(separator)
            length += len(separator)
        pieces.append((length, start, len(content)))
        out.append(content)
        length += len(content)
        gaps = [piece[len(content):]]
    return "".join(out), pieces


def to_source(start: int, end: int, pieces: Sequence[Piece]) -> list[tuple[int, int]]:
    """The source spans a span of the clean text covers (whitespace added at cuts has none).
    ``pieces`` are sorted by clean offset: the first one is found by bisection, so mapping
    many spans back costs no more than the pieces they touch.

    >>> to_source(0, 3, [(0, 0, 1), (2, 7, 1)])
    [(0, 1), (7, 8)]
    """
    spans = []
    i = max(0, bisect.bisect_right(pieces, start, key=lambda piece: piece[0]) - 1)
    for clean_start, source_start, length in islice(pieces, i, None):  # no copy
        if clean_start >= end:
            break
        a, b = max(start, clean_start), min(end, clean_start + length)
        if a < b:
            spans.append((source_start + a - clean_start, source_start + b - clean_start))
    return spans


def cut(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (sorted, non-overlapping), whitespace tidied at each cut.

    >>> cut("Title\\nJUNK\\n\\nBody", [(6, 10)])
    'Title\\n\\nBody'
    >>> cut("JUNK\\nBody\\nMore\\nJUNK\\n", [(0, 4), (15, 19)])
    'Body\\nMore'
    >>> cut("unchanged\\n", [])
    'unchanged\\n'
    """
    return cut_pieces(text, spans)[0]
