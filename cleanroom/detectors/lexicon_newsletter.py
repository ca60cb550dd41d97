"""Sign-up widget wording (Ghost's signup form) in every language it ships.

The lexicon's ``newsletter`` rows (``cleanroom/lexicon/data``): the states of a sign-up form
(``Now check your email!``, ``Bitte gib eine gültige E-Mail-Adresse ein``) and its confirmation
notice, found as whole lines and as sentences at a paragraph's edge by
``_lexicon_phrases.LexiconPhrases``.

>>> from cleanroom.document import from_text
>>> doc = from_text("Überprüfe jetzt dein E-Mail-Postfach!" + "\\n" + "Paris voted on Monday to keep the old market.")
>>> [doc.text[f.start:f.end] for f in LexiconNewsletter().find(doc)]
['Überprüfe jetzt dein E-Mail-Postfach!']
"""

from __future__ import annotations

from cleanroom.categories import Category
from cleanroom.detectors._lexicon_phrases import LexiconPhrases
from cleanroom.lexicon import Lexicon


class LexiconNewsletter(LexiconPhrases):
    """The lexicon's ``newsletter`` phrases."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__("lexicon_newsletter", Category.NEWSLETTER, lexicon)
