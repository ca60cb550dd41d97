"""headline: with headline=False a headline-shaped first line goes; by default nothing does."""

from __future__ import annotations

import pytest

from cleanroom import Category, Options, clean

BODY = ("The ferry between the two harbours sailed again on Monday after four months in dry "
        "dock, and the first crossing was full.\nTickets cost the same as last year.")


@pytest.mark.parametrize("headline", [
    "Harbour ferry returns after winter repairs",
    "Is the harbour ferry worth the wait?",
    "Harbour ferry: back after four months",
])
def test_a_headline_line_goes_when_asked(headline: str) -> None:
    result = clean(f"{headline}\n{BODY}", headline=False)
    assert result.text == BODY
    [removal] = result.report.removals
    assert (removal.category, removal.rule, removal.text) == (Category.HEADLINE,
                                                              "headline_line", headline)


def test_by_default_the_first_line_stays() -> None:
    text = f"Harbour ferry returns after winter repairs\n{BODY}"
    assert clean(text).text == text
    assert clean(text, headline=True).text == text


def test_a_headline_and_its_deck_go_together_so_cleaning_again_finds_nothing() -> None:
    text = ("Harbour ferry returns after winter repairs\n"
            f"After four months in dry dock the crossing is open to passengers again\n{BODY}")
    once = clean(text, headline=False).text
    assert once == BODY
    assert clean(once, headline=False).text == once


@pytest.mark.parametrize("first", [
    "The ferry sailed again on Monday.",            # a sentence
    "Photos",                                        # a label
    "Staff Reports",                                 # a byline of two words
    "HARBOUR CITY, NORWAY",                          # a dateline
    "Tickets: adults 4 euros, children: free",       # fields, not a title
    "The ferry is back. Passengers were pleased",    # two sentences
])
def test_near_misses_stay_even_when_asked(first: str) -> None:
    text = f"{first}\n{BODY}"
    assert clean(text, headline=False).text == text


def test_a_one_line_text_and_a_line_longer_than_what_follows_stay() -> None:
    assert clean("Harbour ferry returns after winter repairs", headline=False).report.removals == ()
    text = "Harbour ferry returns after winter repairs today\nShort line after."
    assert clean(text, headline=False).text == text


def test_html_headline_is_handled_by_the_markup_not_this_detector() -> None:
    page = ("<html><body><article><h1>Harbour ferry returns after winter repairs</h1>"
            f"<p>{BODY.splitlines()[0]}</p><p>Tickets cost the same as last year, the operator said.</p>"
            "</article></body></html>")
    result = clean(page, headline=False)
    assert not any(r.category == Category.HEADLINE for r in result.report.removals)
    assert result.text.startswith("The ferry between")


def test_options_take_none_true_false_only() -> None:
    assert Options().headline is None
    with pytest.raises(TypeError, match="headline must be True, False or None"):
        Options(headline="no")  # type: ignore[arg-type]


def test_the_page_address_printed_above_the_headline_goes_with_it() -> None:
    text = f"https://news.example/harbour/ferry-returns\nHarbour ferry returns after winter repairs\n{BODY}"
    assert clean(text, headline=False).text == BODY


def test_a_bare_address_without_a_headline_under_it_stays() -> None:
    text = f"https://news.example/harbour/ferry-returns\n{BODY}"
    assert clean(text, headline=False).text == text


def test_a_sentence_closed_inside_brackets_or_quotes_is_no_headline() -> None:
    for first in ("(The ferry had been away for four months of repairs.)",
                  "“The ferry is back in time for summer at last,” the mayor said."):
        text = f"{first}\n{BODY}"
        assert clean(text, headline=False).text == text
