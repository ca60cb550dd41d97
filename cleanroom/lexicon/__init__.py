"""The phrase lexicon built from the message catalogs of the software that prints the junk.

``data/*.tsv`` holds one row per phrase (written by ``tools/lexicon/build.py``, never fetched at
run time)::

    phrase  category  language  match  package  version  message_id  licence

``match`` says how a row is used: ``line`` (the whole standalone line), ``sentence`` (a junk
sentence, also glued onto a body paragraph), ``heading`` (a line over a list that is junk as a
whole), ``label`` / ``previous`` / ``next`` / ``home`` (a short
label, junk only in a shape: a line of labels, a previous/next pair, the first crumb of a
breadcrumb) and ``timestamp``
(a relative time, "3 hours ago", with ``#`` for the number).

``compiled()`` reads the rows once and compiles them into exact line tables and one
Aho-Corasick automaton over the sentence phrases of every category; the result is cached (one
entry per set of packages left out, which only the held-back benchmark varies).  A key belongs
to one category: the first row that has it.  ``scan.hits`` reads a document once for every
detector of the lexicon.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

import ahocorasick_rs
import regex

from cleanroom.document.model import line_key, normalize
from cleanroom.lexicon import vocabulary
from cleanroom.lexicon.vocabulary import Vocabulary


class Row(NamedTuple):
    """One phrase of the lexicon and where it comes from."""

    phrase: str
    category: str
    language: str
    match: str
    package: str
    version: str
    message_id: str
    licence: str


MATCHES = ("line", "sentence", "heading", "label", "previous", "next", "home", "timestamp")


def rows(exclude_packages: Iterable[str] = ()) -> Iterator[Row]:
    """Every row of the data files, but those of ``exclude_packages``."""
    skip = set(exclude_packages)
    for entry in sorted(resources.files(__package__).joinpath("data").iterdir(),
                        key=lambda e: e.name):
        if not entry.name.endswith(".tsv"):
            continue
        lines = entry.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            phrase, *rest = line.split("\t")
            # The other fields repeat across thousands of rows: one string object each.
            row = Row(phrase, *map(sys.intern, rest))
            if row.package not in skip:
                yield row


def packages() -> tuple[str, ...]:
    """The packages the lexicon is built from."""
    return tuple(sorted({r.package for r in rows()}))


def key_of_phrase(phrase: str) -> str:
    """The ``line_key`` a standalone line equal to ``phrase`` has (``#`` stands for digits)."""
    return line_key(phrase.replace("#", "0"))


def _cjk(text: str) -> bool:
    return " " not in text.strip()


# Characters between the words of a phrase as it is printed: spaces, and for a placeholder
# ``#`` inside it a short run of text within one sentence (a name, a date).  A placeholder
# at either end stands for a number only: a hole there would take in the words beside it.
_GAP = r"[^\S\n]+"
_HOLE = r"[^\n.!?。！？।۔؟։።]{1,60}?"
_END_HOLE = r"\d[\d.,:]*"
_MIN_NEEDLE = 12
_MIN_NEEDLE_CJK = 6
# A needle is found in ``Document.lowered``, where quotes keep their many forms: it is the
# longest piece of a phrase between placeholders and quotes.
_NOT_IN_NEEDLE = regex.compile(r"[#'\"]")


def _pattern(norm_phrase: str) -> regex.Pattern[str]:
    pieces = [_GAP.join(regex.escape(w) for w in p.split()) for p in norm_phrase.split("#")]
    last = len(pieces) - 1
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i:
            edge = (i == 1 and not pieces[0]) or (i == last and not piece)
            out.append(r"\s*" + (_END_HOLE if edge else _HOLE) + r"\s*")
        out.append(piece)
    body = "".join(out)
    body = body.replace("'", "['’‘`´]").replace('"', "[\"“”„«»]")
    return regex.compile(body, regex.IGNORECASE | regex.V1)


@dataclass
class Sentences:
    """The sentence phrases: one automaton over a literal needle of each, patterns on hits."""

    automaton: ahocorasick_rs.AhoCorasick | None
    needles: list[list[int]]  # needle index -> phrase indexes
    phrases: list[str]  # normalised, ``#`` for placeholders
    rows: list[Row]
    _patterns: dict[int, regex.Pattern[str]] = field(default_factory=dict)

    def pattern(self, index: int) -> regex.Pattern[str]:
        """The precise pattern of phrase ``index``, compiled the first time it is needed."""
        found = self._patterns.get(index)
        if found is None:
            found = self._patterns[index] = _pattern(self.phrases[index])
        return found


@dataclass
class Lexicon:
    """The rows compiled for lookups."""

    lines: dict[str, Row]  # line_key -> the row: a whole line that is junk
    labels: dict[str, Row]  # line_key -> label row (labels, previous, next, and short lines)
    previous: frozenset[str]
    next: frozenset[str]
    homes: frozenset[str]
    headings: frozenset[str]
    timestamps: dict[str, Row]
    sentences: Sentences
    label_words: int = 1  # the most words a label has
    source: tuple[Row, ...] = ()  # the rows compiled, for the vocabulary

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The words of the rows per language and category, built the first time a
        detector asks for it."""
        return vocabulary.build(self.source)


_MIN_ONE_WORD = 10  # "Kommentar", "Επιστροφή": a heading or a section label, maybe
_MIN_ONE_WORD_CJK = 4  # "목차", "评论"


def _one_word_short(key: str) -> bool:
    """A one-word phrase too short to be junk on its own line: only ever a label."""
    if " " in key:
        return False
    return len(key) < (_MIN_ONE_WORD_CJK if _cjk_script(key) else _MIN_ONE_WORD)


_CJK = regex.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _cjk_script(text: str) -> bool:
    return _CJK.search(text) is not None


def compile_rows(source: Iterable[Row]) -> Lexicon:
    """Compile rows into line tables and the sentence automaton."""
    source = tuple(source)
    lines: dict[str, Row] = {}
    labels: dict[str, Row] = {}
    previous: set[str] = set()
    following: set[str] = set()
    homes: set[str] = set()
    headings: set[str] = set()
    timestamps: dict[str, Row] = {}
    needle_index: dict[str, int] = {}
    needles: list[list[int]] = []
    phrases: list[str] = []
    sentence_rows: list[Row] = []
    for row in source:
        key = key_of_phrase(row.phrase)
        if not key:
            continue
        if row.match == "timestamp":
            timestamps.setdefault(key, row)
            continue
        if row.match in ("label", "previous", "next", "home") or _one_word_short(key):
            labels.setdefault(key, row)
            if row.match == "home":
                homes.add(key)
            elif row.match == "previous":
                previous.add(key)
            elif row.match == "next":
                following.add(key)
            continue
        lines.setdefault(key, row)
        labels.setdefault(key, row)
        if row.match == "heading":
            headings.add(key)
        norm = normalize(row.phrase)
        words = len(norm.split())
        if row.match == "sentence" or words >= 3 or (_cjk_script(norm) and len(norm) >= 5):
            pieces = [p.strip() for p in _NOT_IN_NEEDLE.split(norm)]
            needle = max(pieces, key=len)
            short = _MIN_NEEDLE_CJK if _cjk_script(needle) else _MIN_NEEDLE
            if len(needle) < short:
                continue
            slot = needle_index.get(needle)
            if slot is None:
                slot = needle_index[needle] = len(needles)
                needles.append([])
            needles[slot].append(len(phrases))
            phrases.append(norm)
            sentence_rows.append(row)
    # The default NFA: a DFA over these 3,000-odd needles scans at most 1.5x faster but
    # takes some 150 MB more.
    automaton = (ahocorasick_rs.AhoCorasick(list(needle_index),
                                            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
                 if needle_index else None)
    label_words = max((len(k.split()) for k in labels), default=1)
    return Lexicon(lines, labels, frozenset(previous), frozenset(following), frozenset(homes),
                   frozenset(headings), timestamps,
                   Sentences(automaton, needles, phrases, sentence_rows),
                   min(label_words, 4), source)


@functools.lru_cache(maxsize=4)
def compiled(exclude_packages: frozenset[str] = frozenset()) -> Lexicon:
    """The rows without ``exclude_packages``, compiled once."""
    return compile_rows(rows(exclude_packages))


class UsesLexicon:
    """A detector that reads the lexicon: given one (the held-back benchmark), or the whole
    lexicon, compiled the first time the detector runs, not when the registry is imported."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._given = lexicon

    @functools.cached_property
    def lexicon(self) -> Lexicon:
        return self._given if self._given is not None else compiled()
