"""Error-page and broken-media wording (Django, Docusaurus, Sphinx, Video.js).

The lexicon's ``error_page`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text('Seite nicht gefunden' + "\\n" + 'Die Stadt hat am Montag den Plan beschlossen.')
>>> [doc.text[f.start:f.end] for f in LexiconErrorPage().find(doc)]
['Seite nicht gefunden']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconErrorPage(LexiconPhrases):
    """The lexicon's ``error_page`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_error_page", Category.ERROR_PAGE, lexicon)
