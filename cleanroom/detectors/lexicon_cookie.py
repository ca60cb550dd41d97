"""Consent-tool wording (tarteaucitron.js, Klaro) in every language they ship.

The lexicon's ``cookie`` rows (``cleanroom/lexicon/data``), found as whole lines and as
sentences at a paragraph's edge by ``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text("Ce site n'utilise aucun cookie nécessitant votre consentement." + "\\n" + 'Paris voted on Monday to keep the old market.')
>>> [doc.text[f.start:f.end] for f in LexiconCookie().find(doc)]
["Ce site n'utilise aucun cookie nécessitant votre consentement."]
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconCookie(LexiconPhrases):
    """The lexicon's ``cookie`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_cookie", Category.COOKIE, lexicon)
