"""lexicon_cookie: consent-tool wording in the languages the tools ship, as lines and as
sentences glued to a paragraph."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_cookie import LexiconCookie
from tests.detectors._helpers import BODY, cut, found

FIRST, SECOND = BODY.split("\n")


@pytest.mark.parametrize("line", [
    "Allow all cookies",
    "Ce site n'utilise aucun cookie nécessitant votre consentement.",

    "Cookie Consent",
])
def test_a_catalog_line_goes_wherever_it_stands(line: str) -> None:
    assert cut(LexiconCookie(), f"{FIRST}\n{line}\n{SECOND}") == [line]


def test_a_sentence_glued_to_the_start_is_cut_alone() -> None:
    junk = "This site uses cookies and gives you control over what you want to activate."
    text = f"{junk} {FIRST}\n{SECOND}"
    assert found(LexiconCookie(), text) == [("lexicon_sentence_edge", junk + " ", False)]


def test_the_rows_name_their_package_in_the_reason() -> None:
    from cleanroom.document import from_text
    doc = from_text(f"Allow all cookies\n{BODY}")
    (finding,) = LexiconCookie().find(doc)
    assert "tarteaucitronjs" in finding.reason and "MIT" in finding.reason


def test_a_near_miss_about_cookies_is_left() -> None:
    assert found(LexiconCookie(), "The bakery said it would allow all cookies to be sold "
                                  "at half price on Sunday.") == []
