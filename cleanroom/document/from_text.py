"""Plain text -> Document.

A block is a line (ended by any line break ``str.splitlines`` knows: ``\\n``, ``\\r\\n``, a lone
``\\r``, U+2028...), except that a hard-wrapped paragraph becomes one block: a line that does
not end a sentence, followed by a line that starts with a lower-case letter, continues it.
The disclaimer in ``samples`` wrapped as ``...MENAFN provides the`` / ``information "as is"...``
is one block; ``Comments`` / ``No comment`` stays two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanroom.document.model import FOLDS_FURTHER, Block, Document, fold_quotes

# A line ending in one of these ends its paragraph, whatever the next line starts with.
_TERMINAL = frozenset(".!?:;…\"”’»)]|。！？：；」』）")
# A line ends where ``str.splitlines`` ends one: at ``\n``, ``\r\n``, a lone ``\r`` (old Mac
# files, some scrapers), U+2028/U+2029, NEL and the other separators.  U+2029 separates
# paragraphs, so it ends one like a blank line.
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028]|(\u2029)")
_PIECE = 1 << 16
"""Lines are split off in pieces of about this many characters (up to the next line break):
a text of short lines never holds a string of each at once."""
_BREAK_AHEAD = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of every non-blank line, stripped of surrounding whitespace (every line
    break is whitespace, so ``rstrip`` drops it too).

    >>> list(_lines("  One \\n\\n\\tTwo"))
    [(2, 5), (9, 12)]
    """
    pos = 0
    total = len(text)
    while pos < total:
        cut = total
        if total - pos > _PIECE:
            found = _BREAK_AHEAD.search(text, pos + _PIECE)
            if found is not None:
                cut = found.end()
        for piece in text[pos:cut].splitlines(True):
            size = len(piece)
            right = len(piece.rstrip())
            if right:
                yield pos + size - len(piece.lstrip()), pos + right
            pos += size
        pos = cut


def _breaks(gap: str) -> int:
    """Line breaks in the whitespace ``gap`` between two lines (U+2029 counts as two).

    >>> _breaks("\\n"), _breaks(" \\r\\n "), _breaks("\\r\\r"), _breaks("\\u2029")
    (1, 1, 2, 2)
    """
    if gap == "\n":
        return 1
    return sum(2 if paragraph else 1 for paragraph in _BREAK.findall(gap))


def from_text(text: str) -> Document:
    """Split plain text into blocks that keep their offsets into ``text``.

    >>> doc = from_text("Title\\n\\nThe disclaimer runs\\nover two lines.\\nNext")
    >>> [b.text for b in doc.blocks]
    ['Title', 'The disclaimer runs\\nover two lines.', 'Next']
    """
    blocks: list[Block] = []
    spans = _lines(text)
    plain = Block.plain
    unquoted: str | None = None  # the text with straight quotes, made when first needed
    seen: dict[str, tuple[str, str]] = {}  # a paragraph's text -> its text and norm
    after = next(spans, None)  # the line after the paragraph being read
    while after is not None:
        start, end = after
        after = next(spans, None)
        lines = 1
        # ``line`` continues the paragraph when the paragraph does not end like a sentence,
        # only one line break stands between them (a blank line ends a paragraph), and the
        # line starts in lower case.
        while (after is not None and text[end - 1] not in _TERMINAL
               and text[after[0]].islower() and _breaks(text[end:after[0]]) == 1):
            end = after[1]
            lines += 1
            after = next(spans, None)
        # Every paragraph's ``norm`` now: the detectors compare them all (repeats).
        # (Folding quotes maps each character to one, so offsets into the text still hold.)
        # A paragraph that came before shares the first one's strings (and its ``norm`` is
        # not computed again): a text of repeated lines holds each line's strings once.
        piece = text[start:end]
        same = seen.get(piece)
        if same is None:
            # ``normalize(piece)``, inlined, with the text's quotes folded at once.
            if piece.isascii():
                norm = piece.lower()
            else:
                if unquoted is None:
                    unquoted = fold_quotes(text)
                straight = unquoted[start:end]
                norm = straight.lower()
                # ``casefold`` gives the same text unless a lowered character folds further.
                if not straight.isascii() and FOLDS_FURTHER.search(norm):
                    norm = norm.casefold()
            # A line is stripped: it has whitespace to collapse only if some is not a
            # space (not printable) or two spaces stand together.
            if lines > 1 or "  " in piece or not piece.isprintable():
                norm = " ".join(norm.split())
            same = seen[piece] = (piece, norm)
        blocks.append(plain(start, end, same[0], len(blocks), lines, same[1]))
    return Document(text, tuple(blocks))
