"""shape_vocabulary: a short line worded from one category's catalog words, not a catalog
phrase itself, in several languages; and the near-misses it leaves alone."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_vocabulary import ShapeVocabulary
from cleanroom.document import from_text
from cleanroom.lexicon import Row, compiled, key_of_phrase
from cleanroom.lexicon.vocabulary import build, common_words
from tests.detectors._helpers import BODY, found

# Lines no catalog of the lexicon has as a phrase; their words are its catalogs' words.
_NEW_WORDING = [
    ("Refuser tous les cookies", "cookie"),
    ("Aceptar todas nuestras cookies", "cookie"),
    ("Seite wurde nicht gefunden", "error_page"),
    ("Página no encontrada aquí", "error_page"),
    ("Skip to the navigation", "navigation"),
    ("Skip to main navigation", "navigation"),
]


@pytest.mark.parametrize(("line", "category"), _NEW_WORDING)
def test_a_line_of_catalog_words_goes(line: str, category: str) -> None:
    assert key_of_phrase(line) not in compiled().lines  # new wording, not a lexicon phrase
    doc = from_text(f"{BODY}\n{line}\n{BODY}")
    assert [(f.category.value, doc.text[f.start:f.end])
            for f in ShapeVocabulary().find(doc)] == [(category, line)]


@pytest.mark.parametrize("line", [
    "Cookie recipes for the holidays",  # one word no cookie row has
    "Here's what to know",  # only common words
    "Share prices fell sharply",
    "Die Kommentare der Leser",
    "Los comentarios del presidente",
    "Les cookies de grand-mère",
    "The missing page of history",
    "Der Kommentar des Ministers",
    "Windows Server 2025",  # a digit: a name with a number
    "Seite wurde nicht gefunden?",  # a question
    "Skip to the navigation:",  # leads on to what follows
    "- Skip to the navigation",  # an item of a list
    "Skip to navigation(el)",  # code
    "Browser compatibility",  # 'compatibility': a word of one phrase only
    "Seite über den Fund",  # 'Fund': no error-page row has it
    "Ok part.",  # 'ok' is too short to tell
    "Skip to the navigation, the guide says, and read the headings aloud to the reader.",
])
def test_a_near_miss_is_left(line: str) -> None:
    assert found(ShapeVocabulary(), f"{BODY}\n{line}\n{BODY}") == []


def _row(phrase: str, category: str, language: str = "en") -> Row:
    return Row(phrase, category, language, "line", "pkg", "1", phrase, "MIT")


def test_the_vocabulary_is_the_rows_given() -> None:
    vocabulary = build([_row("Hide the comments", "comments"), _row("Hide all replies", "comments"),
                        _row("Show all replies", "comments"), _row("Show comments", "comments"),
                        _row("Alle Antworten zeigen", "comments", "de_DE"),
                        _row("Antworten zeigen", "comments", "de_AT")])
    assert vocabulary.category_of("Hide all replies") == ("en", "comments", ["hide", "replies"])
    assert vocabulary.category_of("Hide the commenting") == (  # keyed by 'commen'
        "en", "comments", ["hide", "commenting"])
    assert vocabulary.category_of("Antworten zeigen") == ("de", "comments", ["antworten", "zeigen"])
    assert vocabulary.category_of("Hide the comments of readers") is None  # 'readers': no row
    assert vocabulary.category_of("Hide all") is None  # 'all' is common: one telling word
    assert vocabulary.category_of("Replies hide") == ("en", "comments", ["replies", "hide"])
    assert vocabulary.category_of("All the replies") is None  # no row opens or ends so
    one_row = build([_row("Hide the comments", "comments"), _row("Show comments", "comments")])
    assert one_row.category_of("Hide comments") is None  # 'hide': a word of one phrase only


def test_common_words_cover_many_languages() -> None:
    common = common_words()
    assert len(common) >= 40
    assert {"the", "this", "what"} <= common["en"]
    assert {"und", "der"} <= common["de"]


def test_a_lexicon_without_packages_has_no_vocabulary_of_theirs() -> None:
    """The held-back benchmark gives the detector a lexicon without one package: the
    vocabulary comes from that lexicon's rows, not from the whole one."""
    from cleanroom.lexicon import packages
    line = "Accepter tous les cookies"
    without = compiled(frozenset(p for p in packages() if p not in ("klaro", "tarteaucitronjs")))
    assert without.vocabulary.category_of(line) == ("fr", "cookie", ["accepter", "cookies"])
    none = compiled(frozenset(packages()))
    assert none.vocabulary.index == {}
    assert found(ShapeVocabulary(none), f"{BODY}\n{line}\n{BODY}") == []
