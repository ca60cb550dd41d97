"""lexicon_error_page: error-page wording of CMS and doc themes in many languages, as lines
and as whole sentences at a paragraph's edge (the paragraph kept)."""

from __future__ import annotations

import pytest

import cleanroom
from cleanroom.detectors.lexicon_error_page import LexiconErrorPage
from tests.detectors._helpers import BODY, cut, found

FIRST, SECOND = BODY.split("\n")


@pytest.mark.parametrize("line", ["Η σελίδα δεν βρέθηκε", "페이지를 찾을 수 없습니다.",
                                  "Không tìm thấy trang nào", "Seite nicht gefunden",
                                  "Server error (500)", "Lỗi máy chủ (500)"])
def test_a_catalog_line_goes(line: str) -> None:
    assert cut(LexiconErrorPage(), f"{FIRST}\n{line}\n{SECOND}") == [line]


@pytest.mark.parametrize("junk", ["Wir konnten nicht finden, wonach Sie gesucht haben.",
                                  "We’re sorry, but the requested page could not be found."])
def test_a_sentence_glued_to_the_end_is_cut_alone_and_the_paragraph_kept(junk: str) -> None:
    text = f"{FIRST} {junk}\n{SECOND}"
    assert found(LexiconErrorPage(), text) == [("lexicon_sentence_edge", junk, False)]
    assert cleanroom.clean(text).text == f"{FIRST}\n{SECOND}"


def test_two_sentences_at_the_start_go_together() -> None:
    junk = ("We could not find what you were looking for. Please contact the owner of the site "
            "that linked you to the original URL and let them know their link is broken.")
    assert cut(LexiconErrorPage(), f"{junk} {FIRST}") == [junk + " "]


def test_a_sentence_in_the_middle_is_only_held_back() -> None:
    junk = "We could not find what you were looking for."
    assert found(LexiconErrorPage(), f"{FIRST} {junk} {SECOND}") == [
        ("lexicon_sentence_inside", junk, True)]


@pytest.mark.parametrize("text", [
    'The banner read: "We could not find what you were looking for." Nobody fixed it.',
    "We could not find what you were looking for in the archive, the historian said.",
    "Officials said the page could not be found after the site was moved.",
])
def test_quoted_or_longer_sentences_are_left(text: str) -> None:
    assert found(LexiconErrorPage(), text) == []


def test_a_sentence_after_closing_quotes_is_still_a_whole_sentence() -> None:
    junk = "We could not find what you were looking for."
    text = f"He said it was “done.” {junk}"
    assert found(LexiconErrorPage(), text) == [("lexicon_sentence_edge", junk, False)]


def test_the_cut_at_the_start_leaves_the_quote_that_opens_the_paragraph() -> None:
    junk = "We could not find what you were looking for."
    body = '"And who asked?" said the mayor, who will testify on Thursday.'
    assert cut(LexiconErrorPage(), f"{junk} {body}") == [junk + " "]


@pytest.mark.parametrize("junk", ["हमें वह नहीं मिला, जिसकी आपको तलाश थी।",  # a danda ends it
                                  "ہم وہ تلاش نہیں کر سکے جو آپ ڈھونڈ رہے تھے۔"])  # an Urdu stop
def test_a_sentence_ended_by_its_own_script_s_stop_is_cut_at_the_start(junk: str) -> None:
    text = f"{junk} {FIRST}\n{SECOND}"
    assert found(LexiconErrorPage(), text) == [("lexicon_sentence_edge", f"{junk} ", False)]
    assert cleanroom.clean(text).text == f"{FIRST}\n{SECOND}"
