""""Related links" and "continue reading" wording of blog themes (Material for MkDocs).

The lexicon's ``related`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text('Weiterführende Links' + "\\n" + 'Die Stadt hat am Montag den Plan beschlossen.')
>>> [doc.text[f.start:f.end] for f in LexiconRelated().find(doc)]
['Weiterführende Links']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconRelated(LexiconPhrases):
    """The lexicon's ``related`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_related", Category.RELATED, lexicon)
