"""Comment-form and forum wording (django-contrib-comments, django-comments-xtd, django-machina).

The lexicon's ``comments`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text("Keine Kommentare bisher.\\nDie Stadt hat am Montag den Plan beschlossen.")
>>> [doc.text[f.start:f.end] for f in LexiconComments().find(doc)]
['Keine Kommentare bisher.']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconComments(LexiconPhrases):
    """The lexicon's ``comments`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_comments", Category.COMMENTS, lexicon)
