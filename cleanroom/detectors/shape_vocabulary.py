"""A short standalone line worded from one category's UI vocabulary, in any wording.

The lexicon's phrase lists are closed: a theme it does not have says ``Refuser tous les
cookies`` where the catalogs it has say ``Tout refuser``.  Most of the words are
the same, though.  A line is junk of a category when, in one language, at least two of its
words are not common words of prose and every one of them is a word that category's catalog
rows use (``cleanroom.lexicon.vocabulary``: words keyed by their first letters, common
words from wordfreq, both built once), at least two of them, each a word of two of the
category's phrases or more, and the first or last word of the line opens or closes one.  Only a short line standing alone: one line, at most
``MAX_WORDS`` words, no digits (a name with a number, ``Windows Server 2025``, is a title)
and no code (``.github``),
a space between its words (CJK text is one run of letters here), and no end that leads on
to what follows (``:``) or asks (``?``).

Left alone: a line with one word that none of the category's rows has (``Cookie recipes for
the holidays``), a line of common words (``Here's what to know``), a sentence.

>>> from cleanroom.document import from_text
>>> doc = from_text("Refuser tous les cookies\\nLe conseil a voté lundi.")
>>> [(f.category.value, doc.text[f.start:f.end]) for f in ShapeVocabulary().find(doc)]
[('cookie', 'Refuser tous les cookies')]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.lexicon import UsesLexicon

MAX_LINE = 80
MAX_WORDS = 8
_LEADS_ON = ":?;,？："
# A digit (a name with a number), or a word glued to a mark of code, a path or a handle
# (``.github``, ``site_url``, ``@name``): a title or a snippet of code, not a label.
_NOT_LABELS = regex.compile(r"\d|[._/\\`<>{}=@#~|]\w|[()\[\]{}<>=*|¶→≠]|^[-–•*+>#]")


class ShapeVocabulary(UsesLexicon):
    """A short line whose telling words are all one category's catalog words."""

    name = "shape_vocabulary"
    category = Category.NAVIGATION

    def find(self, doc: Document) -> Iterator[Finding]:
        vocabulary = None  # built the first time a line has the shape
        for block in blocks_upto(doc, MAX_LINE):
            if len(block.text) > MAX_LINE or block.lines > 1:
                continue
            text = block.text.strip()
            if (" " not in text or text[-1] in _LEADS_ON or len(text.split()) > MAX_WORDS
                    or _NOT_LABELS.search(text)):
                continue
            if vocabulary is None:
                vocabulary = self.lexicon.vocabulary
            found = vocabulary.category_of(text)
            if found is None:
                continue
            language, category, words = found
            yield Finding(block.start, block.end, Category(category), self.name,
                          "vocabulary_line",
                          f"{text!r}: every telling word ({', '.join(words)}) is a "
                          f"{language} {category} catalog word")
