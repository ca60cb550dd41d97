"""Share-button titles of Shariff ("Share on Facebook", "Bei Facebook teilen", ...).

The lexicon's ``share`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text("Bei Facebook teilen\\nDie Stadt hat am Montag den Plan beschlossen.")
>>> [doc.text[f.start:f.end] for f in LexiconShare().find(doc)]
['Bei Facebook teilen']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconShare(LexiconPhrases):
    """The lexicon's ``share`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_share", Category.SHARE, lexicon)
