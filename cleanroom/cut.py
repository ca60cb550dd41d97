"""Cut spans out of a text and tidy the whitespace the cuts leave behind.

Shared by the resolver (which makes the clean text) and ``Report.apply`` (which replays a
report), so the two can never disagree.  Text away from the cuts is kept byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence


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


def cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (sorted, non-overlapping), whitespace tidied at each cut.

    >>> cut("Title\\nJUNK\\n\\nBody", [(6, 10)])
    'Title\\n\\nBody'
    >>> cut("JUNK\\nBody\\nMore\\nJUNK\\n", [(0, 4), (15, 19)])
    'Body\\nMore'
    >>> cut("unchanged\\n", [])
    'unchanged\\n'
    """
    if not spans:
        return text
    out: list[str] = []
    gaps: list[str] = []
    pos = 0
    last = len(spans)
    for i in range(last + 1):
        piece = text[pos:spans[i][0]] if i < last else text[pos:]
        if i < last:
            pos = spans[i][1]
        if i > 0:  # the cut before this piece: its leading whitespace joins the gap
            content = piece.lstrip()
            gaps.append(piece[:len(piece) - len(content)])
            piece = content
        if not piece:
            continue
        content = piece.rstrip() if i < last else piece
        if out:
            out.append(_separator(gaps))
        out.append(content)
        gaps = [piece[len(content):]]
    return "".join(out)
