"""Plain text -> Document.

A block is a line, except that a hard-wrapped paragraph becomes one block: a line that does
not end a sentence, followed by a line that starts with a lower-case letter, continues it.
The disclaimer in ``samples`` wrapped as ``...MENAFN provides the`` / ``information "as is"...``
is one block; ``Comments`` / ``No comment`` stays two.
"""

from __future__ import annotations

from cleanroom.document.model import Block, Document

# A line ending in one of these ends its paragraph, whatever the next line starts with.
_TERMINAL = frozenset(".!?:;…\"”’»)]|。！？：；」』）")


def _lines(text: str) -> list[tuple[int, int]]:
    """Offsets of every non-blank line, stripped of surrounding whitespace."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def _continues(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """True if ``line`` is the wrapped continuation of ``prev``."""
    if text[prev[1] - 1] in _TERMINAL:
        return False
    if text.count("\n", prev[1], line[0]) != 1:  # a blank line in between ends a paragraph
        return False
    return text[line[0]].islower()


def from_text(text: str) -> Document:
    """Split plain text into blocks that keep their offsets into ``text``.

    >>> doc = from_text("Title\\n\\nThe disclaimer runs\\nover two lines.\\nNext")
    >>> [b.text for b in doc.blocks]
    ['Title', 'The disclaimer runs\\nover two lines.', 'Next']
    """
    blocks: list[Block] = []
    spans = _lines(text)
    i = 0
    while i < len(spans):
        start, end = spans[i]
        lines = 1
        while i + 1 < len(spans) and _continues(text, spans[i], spans[i + 1]):
            i += 1
            end = spans[i][1]
            lines += 1
        blocks.append(Block(start, end, text[start:end], len(blocks), lines))
        i += 1
    return Document(text, tuple(blocks))
