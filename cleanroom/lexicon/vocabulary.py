"""The UI vocabulary of each category and language: the words its catalog rows are made of.

A phrase list is closed: a theme the lexicon does not have words "Hide the cookie banner"
its own way.  Its words, though, are mostly the words the other catalogs of that category
use in that language (``cookie``, ``banner``, ``hide``; ``Kommentar``, ``ausblenden``).
``Vocabulary`` keeps, for every word of the rows, which (language, category) pairs use it,
keyed by its first ``PREFIX`` letters (a crude stem: ``comment``/``comments``/``commenting``),
and the common words of ordinary prose per language (``common_words.tsv``, from wordfreq at
build time), which say nothing either way and are skipped.

``category_of(text)`` says which category a short line belongs to when, in one language,
at least ``MIN_WORDS`` of its words are telling (not common, ``MIN_LETTERS`` letters or
more), every one of them is a word of at least ``MIN_ROWS`` of that category's phrases, and
the line opens or closes with a word that opens or closes one of them (a button's verb:
``Skip``, ``Manage``, ``teilen``).  A telling word must also be near a word of the rows:
sharing its first letters up to the last ``MAX_SUFFIX`` (``commenting`` and ``comments``;
not ``compatibility`` and ``compatível``, which the prefix alone would join).  It is one dict lookup per word; the index is built from the rows the
lexicon is compiled from, so a package left out of the lexicon (the held-back benchmark) is
left out of the vocabulary too.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from cleanroom.lexicon import Row

PREFIX = 6
MIN_WORDS = 2
MIN_LETTERS = 3  # ``OK``, ``de``, ``na``: too short to tell anything
MIN_ROWS = 2
MAX_SUFFIX = 3  # letters a telling word may differ in at its end from a word of the rows  # a word of one catalog phrase only may be that phrase's own (``compatibility``)
WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
# Rows whose words are no UI vocabulary: relative times are numbers and time units.
_SKIP_MATCHES = frozenset({"timestamp"})


def base_language(language: str) -> str:
    """``pt_BR`` -> ``pt``, ``ca@valencia`` -> ``ca``."""
    return language.split("_", 1)[0].split("@", 1)[0].split("-", 1)[0]


def words_of(text: str) -> list[str]:
    """The casefolded words (runs of letters) of ``text``."""
    return WORD.findall(text.casefold())


@functools.lru_cache(maxsize=1)
def common_words() -> dict[str, frozenset[str]]:
    """Language -> its most frequent words of prose (``common_words.tsv``)."""
    text = resources.files(__package__).joinpath("common_words.tsv").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.startswith(("#", "language\t")) or "\t" not in line:
            continue
        language, words = line.split("\t", 1)
        out[language] = frozenset(words.split())
    return out


@dataclass(frozen=True)
class Vocabulary:
    """Word prefix -> the (language, category) pairs whose rows use it."""

    index: dict[str, frozenset[tuple[str, str]]]
    edges: dict[str, frozenset[tuple[str, str]]]  # the first or last word of a row
    common: dict[str, frozenset[str]]
    forms: dict[tuple[str, str], tuple[str, ...]]  # (language, prefix) -> the rows' words

    def category_of(self, text: str) -> tuple[str, str, list[str]] | None:
        """(language, category, the telling words) when the words of ``text`` that are not
        common in one language are at least ``MIN_WORDS`` and all words of one category's
        rows in it; else None."""
        words = words_of(text)
        if len(words) < MIN_WORDS:
            return None
        none: frozenset[tuple[str, str]] = frozenset()
        edge_pairs = (self.edges.get(words[0][:PREFIX], none)
                      | self.edges.get(words[-1][:PREFIX], none))
        if not edge_pairs:
            return None  # no phrase opens or closes so: the cheap test first
        index = self.index
        pairs = [index.get(w[:PREFIX], none) for w in words]
        languages = sorted({lang for lang, _ in edge_pairs})
        empty: frozenset[str] = frozenset()
        for language in languages:
            common = self.common.get(language, empty)
            telling = [(w, found if self._near(w, language) else none)
                       for w, found in zip(words, pairs)
                       if w not in common and len(w) >= MIN_LETTERS]
            if len(telling) < MIN_WORDS:
                continue
            categories = set.intersection(*({cat for lang, cat in found if lang == language}
                                            for _w, found in telling))
            categories &= (self._edge_categories(words[0], language)
                           | self._edge_categories(words[-1], language))
            if categories:
                return language, min(categories), [w for w, _ in telling]
        return None

    def _near(self, word: str, language: str) -> bool:
        """True when a word of ``language``'s rows shares ``word``'s letters but its last
        few."""
        need = min(len(word), max(PREFIX, len(word) - MAX_SUFFIX))
        return any(form[:need] == word[:need] and len(form) >= need
                   for form in self.forms.get((language, word[:PREFIX]), ()))

    def _edge_categories(self, word: str, language: str) -> set[str]:
        """The categories of ``language`` one of whose phrases opens or closes with ``word``."""
        return {cat for lang, cat in self.edges.get(word[:PREFIX], ()) if lang == language}


def build(rows: Iterable[Row]) -> Vocabulary:
    """The vocabulary of ``rows``."""
    counts: Counter[tuple[str, str, str]] = Counter()  # (prefix, language, category) -> phrases
    edges: dict[str, set[tuple[str, str]]] = {}
    phrases: set[tuple[str, str, str]] = set()
    forms: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        if row.match in _SKIP_MATCHES:
            continue
        language, category = base_language(row.language), row.category
        words = words_of(row.phrase)
        phrase = (language, category, " ".join(words))
        if phrase in phrases:
            continue  # the same phrase twice (plural forms, two packages) counts once
        phrases.add(phrase)
        counts.update((w, language, category) for w in {w[:PREFIX] for w in words})
        for w in words:
            forms.setdefault((language, w[:PREFIX]), set()).add(w)
        if len(words) >= 2:
            edges.setdefault(words[0][:PREFIX], set()).add((language, category))
            edges.setdefault(words[-1][:PREFIX], set()).add((language, category))
    index: dict[str, set[tuple[str, str]]] = {}
    for (word, language, category), n in counts.items():
        if n >= MIN_ROWS:
            index.setdefault(word, set()).add((language, category))
    return Vocabulary({k: frozenset(v) for k, v in index.items()},
                      {k: frozenset(v) for k, v in edges.items()}, common_words(),
                      {k: tuple(sorted(v)) for k, v in forms.items()})  # a tuple: 1/4 the size
