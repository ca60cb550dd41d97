"""Words the detectors share, each defined once.

``LONG_LINE``: a block longer than this is not a boilerplate line, whatever it ends or opens
with.  Extractors sometimes give a whole table row or a whole article as one "line"; a
copyright notice or a comment count at its end does not make it junk.
"""

from __future__ import annotations

from cleanroom.document.model import Block

FULL_STOPS = ".。…।॥۔։።"
"""The marks that end a statement in any script: the Latin full stop, the ideographic one, the
ellipsis, Devanagari's danda and double danda, Urdu's, Armenian's and Ge'ez's full stops."""

LONG_LINE = 1000
"""Characters: a block longer than this is content, not a boilerplate line."""


def is_long(block: Block) -> bool:
    """Whether ``block`` is longer than a boilerplate line can be (``LONG_LINE``).

    >>> is_long(Block(0, 1001, "x" * 1001, 0)), is_long(Block(0, 1000, "x" * 1000, 0))
    (True, False)
    """
    return len(block.text) > LONG_LINE
