"""Site-chrome wording (skip links, back to top, table of contents) of CMS and doc themes.

The lexicon's ``navigation`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text('Zum Hauptinhalt springen' + "\\n" + 'Die Stadt hat am Montag den Plan beschlossen.')
>>> [doc.text[f.start:f.end] for f in LexiconNavigation().find(doc)]
['Zum Hauptinhalt springen']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconNavigation(LexiconPhrases):
    """The lexicon's ``navigation`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_navigation", Category.NAVIGATION, lexicon)
