"""related: list headings, "Read more:" labels and closing headline lists go."""

from __future__ import annotations

import pytest

from cleanroom.detectors.related import Related
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Related articles\nHarvest starts early after a warm spring\nLibrary extends its hours",
    "Most read",
    "You may also like",
    "Read more: Council approves new cycle lanes for the city centre",
    "More from Local News",
    "ALSO READ | Storm closes mountain pass for two days",
    "SEE MORE: Harbour fees to rise in spring",
    "Popular on City Weekly",
])
def test_removes_at_the_end(junk: str) -> None:
    assert cut(Related(), f"{BODY}\n{junk}") == junk.split("\n")


def test_label_mid_text_and_rule_ids() -> None:
    first, second = BODY.split("\n")
    text = f"{first}\nRead more: Harbour fees to rise in spring\n{second}"
    assert found(Related(), text) == [
        ("related_heading", "Read more: Harbour fees to rise in spring", False)]
    listed = found(Related(), f"{BODY}\nMost read\nStorm closes pass")
    assert [r for r, _, _ in listed] == ["related_heading", "related_list"]


def test_heading_mid_text_does_not_take_the_next_lines() -> None:
    first, second = BODY.split("\n")
    text = f"{first}\nRelated articles\nThe east wing\n{second}"
    assert cut(Related(), text) == ["Related articles"]


@pytest.mark.parametrize("text", [
    "Read more about the study in the journal, which published it on Monday.",
    "Related research found that the effect was smaller in older patients.",
    "The most read book in the library last year was a cookbook.",
    f"{BODY}\nRelated articles\nThe curator said the wing had cost more than planned.",
])
def test_keeps_near_misses(text: str) -> None:
    kept = cut(Related(), f"{BODY}\n{text}")
    assert all(not line.startswith(("The", "Read more about", "Related research"))
               for line in kept)


@pytest.mark.parametrize("text", [
    "See more of the coast by taking the morning ferry to the islands.",
    "Popular on weekends, the market now opens on Fridays as well.",
])
def test_sentences_opening_like_labels_stay(text: str) -> None:
    assert cut(Related(), f"{BODY}\n{text}") == []


# -- headline lists without a heading, labelled links to other pages -----------------------

HEADLINES = ("- 12 Stunning Photos of the Northern Lights\n"
             "- Why the Harbour Bridge Needs a New Coat of Paint\n"
             "- Ferry Fares: What Changes in the Spring")


def test_bulleted_headlines_after_the_article_go() -> None:
    assert cut(Related(), f"{BODY}\n{HEADLINES}") == HEADLINES.split("\n")
    # ... also with a short note closing the text after them.
    text = f"{BODY}\n{HEADLINES}\nOriginally published on Harbour Weekly."
    assert cut(Related(), text) == HEADLINES.split("\n")
    assert {r for r, _, _ in found(Related(), f"{BODY}\n{HEADLINES}")} == {"related_list"}


def test_video_tagged_headlines_after_the_article_go() -> None:
    videos = ("Night Ferry Review: quiet, warm and on time [Video]\n"
              "Harbour Lights: the best spots to watch them [Video]\n"
              "Boat Show 2024: five boats we would buy [Video]")
    assert cut(Related(), f"{BODY}\n{videos}") == videos.split("\n")


@pytest.mark.parametrize("text", [
    # the article's own list: steps, sentences, short names
    "- Open the app on your phone\n- Pick the harbour from the list\n- Tap Start to begin",
    ("- England (Group A): 10th appearance\n- Czech Republic (Group A): Seventh appearance\n"
    "- Ukraine (Group B): Third appearance\n- Spain (Group F): 11th appearance"),
    # addresses, and a list a sentence announces
    ("- Northwind Shipping Company, Harbour Road, Kingsport\n- Blue Lake Ferries, Quay Street, "
    "Lakeside\n- Coastline Boats Limited, Dock Lane, Port Ellen"),
    "The three finalists are:\n" + HEADLINES,
    # a mixed list is the article's: taken whole or not at all
    "- Opening hours: 9 to 5\n" + HEADLINES,
])
def test_article_lists_at_the_end_stay(text: str) -> None:
    assert cut(Related(), f"{BODY}\n{text}") == []


def test_headline_list_mid_text_stays() -> None:
    first, second = BODY.split("\n")
    assert cut(Related(), f"{first}\n{HEADLINES}\n{second}") == []


def test_headlines_under_a_closing_heading_may_ask() -> None:
    text = (f"{BODY}\nYou may also like...\nWho will run the ferry in 2025?\n"
            "Harbour Bridge reopens to cyclists")
    assert cut(Related(), text)[1:] == ["Who will run the ferry in 2025?",
                                        "Harbour Bridge reopens to cyclists"]
    sentence = f"{BODY}\nMost read\nThe ferry runs daily. It stops at noon?"
    assert cut(Related(), sentence) == ["Most read"]


def test_a_sentence_ended_by_a_full_stop_of_any_script_ends_the_list() -> None:
    # a danda (Devanagari) ends a sentence as "." does: not a headline of the list
    hindi = "नगर परिषद ने सोमवार को नई योजना को मंज़ूरी दी।"
    assert cut(Related(), f"{BODY}\nMost read\n{hindi}\nWill the ferry run again?") == [
        "Most read"]


@pytest.mark.parametrize("junk", [
    "Also on example.com Harbour fees to rise in spring, council says",
    "(Leggi anche su: Il traghetto torna in servizio dopo l'inverno)",
    "Related post: Pickled Beetroot Recipe",
    "More City Sport: https://example.com/sport and https://example.com/live",
    "Follow our full coverage of the election at https://example.com/election",
    "More:",
])
def test_links_to_other_pages_go_mid_text(junk: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Related(), f"{first}\n{junk}\n{second}") == [junk]


@pytest.mark.parametrize("text", [
    "Also on Tuesday, the council approved the new ferry timetable for the summer.",
    "More than 200 people signed: https://example.org/petition",
    "The full report is at https://example.org/report",
    "More",
])
def test_lines_like_links_stay_mid_text(text: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Related(), f"{first}\n{text}\n{second}") == []


def test_explore_further_goes_at_the_end() -> None:
    assert cut(Related(), f"{BODY}\nExplore further") == ["Explore further"]


SERIES = ("Harbour Week 2024 | The night ferry returns with a new crew\n"
          "Harbour Week 2024 | a walk along the old docks at dawn\n"
          "Harbour Week 2024 | Five boats to see at the show")


def test_series_list_under_a_series_title_goes() -> None:
    title = "Harbour Week 2024 | Lights on the water"
    assert cut(Related(), f"{title}\n{BODY}\n{SERIES}") == SERIES.split("\n")


def test_programme_lines_stay_without_a_series_title() -> None:
    assert cut(Related(), f"Harbour Week\n{BODY}\n{SERIES}") == []
    programme = ("Day 1 | Opening talks and a welcome dinner\nDay 2 | Workshops and a harbour "
                 "tour\nDay 3 | Closing talks and the boat parade")
    assert cut(Related(), f"Day 1 | Opening\n{BODY}\n{programme}") == []


def test_short_titles_at_the_end_stay() -> None:
    films = ("- Once Upon a Time in Hollywood\n- Portrait of a Lady on Fire\n"
             "- The Lord of the Rings")
    assert cut(Related(), f"{BODY}\n{films}") == []


@pytest.mark.parametrize("text", [
    "Also on example.com, the council posted the new ferry timetable for the summer.",
    "Latest:",
])
def test_sentence_and_other_labels_stay_mid_text(text: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Related(), f"{first}\n{text}\n{second}") == []


def test_video_tagged_lines_stay_when_few_or_mid_text() -> None:
    two = "Night Ferry Review: quiet, warm and on time [Video]\nHarbour Lights at dusk [Video]"
    assert cut(Related(), f"{BODY}\n{two}") == []
    first, second = BODY.split("\n")
    three = two + "\nBoat Show 2024: five boats we would buy [Video]"
    assert cut(Related(), f"{first}\n{three}\n{second}") == []
