"""repeated: later copies go, first copies and short refrains stay."""

from __future__ import annotations

import dataclasses

from cleanroom.detectors.repeated import Repeated
from tests.conftest import make_doc

A = "The council voted on Tuesday to close the old bridge to lorries from March."
B = "Residents had asked for the closure for years, citing cracks in the supports."
C = "The mayor said a new bridge would be designed by the end of next year."


def _found(text: str, detector: Repeated | None = None) -> list[tuple[str, str]]:
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end]) for f in (detector or Repeated()).find(doc)]


def test_keeps_first_copy_removes_later_ones() -> None:
    assert _found(f"{A}\n{B}\n{A}\n{A}") == [("exact_repeat", A), ("exact_repeat", A)]


def test_copy_differing_in_case_space_and_quotes_is_exact() -> None:
    copy = A.upper().replace(" ", "  ")
    assert _found(f"{A}\n{B}\n{copy}") == [("exact_repeat", copy)]


LONG = A + " " + B + " Engineers will inspect it again in the spring."
NEAR = LONG.replace("to lorries", "to heavy lorries").replace("years,", "years;")


def test_near_copy() -> None:
    assert _found(f"{LONG}\n{C}\n{NEAR}") == [("near_repeat", NEAR)]


def test_near_copies_off() -> None:
    assert _found(f"{LONG}\n{C}\n{NEAR}", Repeated(near=None)) == []


def test_paragraphs_differing_in_one_word_of_few_are_not_near_copies() -> None:
    near = A.replace("from March", "from early March")
    assert _found(f"{A}\n{B}\n{near}") == []


def test_short_line_inside_a_repeated_run_goes_too() -> None:
    assert _found(f"{A}\n* * *\n{B}\n{C}\n{A}\n* * *\n{B}") == [
        ("exact_repeat", A), ("repeated_run", "* * *"), ("exact_repeat", B)]


def test_leaves_short_refrain_and_distinct_paragraphs() -> None:
    assert _found(f'"No," he said.\n{A}\n"No," he said.\n{B}\n{C}') == []


def test_longer_paragraph_that_starts_like_an_earlier_one_stays() -> None:
    longer = A + " " + B + " " + C
    assert _found(f"{A}\n{longer}") == []


def test_linear_in_paragraphs() -> None:
    # 20,000 distinct paragraphs sharing most of their words: no pairwise blow-up.
    text = "\n".join(f"Paragraph number {i} of the long report on the old bridge and its supports."
                     for i in range(20_000))
    assert _found(text) == []


Q = "What made you start cooking for other people?"
ANSWERS = ["My grandmother ran a canteen, and I grew up in her kitchen.",
           "Honestly, a bet with my brother about who makes better soup.",
           "I lost my job in 2019 and started selling pies to neighbours."]


def test_question_asked_of_every_guest_stays() -> None:
    text = "\n".join(line for answer in ANSWERS for line in (Q, answer))
    assert _found(text) == []


def test_statement_recurring_alone_still_goes() -> None:
    # only questions and labels recur on purpose; a statement injected three times is junk
    text = f"{A}\n{B}\n{A}\n{C}\n{A}"
    assert _found(text) == [("exact_repeat", A), ("exact_repeat", A)]


def test_paragraph_repeated_twice_alone_still_goes() -> None:
    assert _found(f"{A}\n{B}\n{C}\n{A}") == [("exact_repeat", A)]


def test_recurring_paragraph_inside_a_repeated_run_still_goes() -> None:
    text = "\n".join((A, B, C) * 3)
    assert len(_found(text)) == 6


def test_short_cjk_sentence_is_long_enough_to_repeat() -> None:
    ja = "市議会は火曜日、自転車レーンの整備を可決した。"
    assert _found(f"{ja}\n工事は三月に始まる予定だ。\n{ja}") == [("exact_repeat", ja)]


def test_short_latin_line_is_not() -> None:
    line = "The vote was held on Tuesday."
    assert _found(f"{line}\nSomething else entirely.\n{line}") == []


def _html(text: str) -> list[tuple[str, bool]]:
    doc = dataclasses.replace(make_doc(text), source="html")
    return [(f.rule, f.strict_only) for f in Repeated().find(doc)]


def test_repeats_in_a_page_are_held_back_for_strict() -> None:
    long_paragraph = f"{A} {B} {C}"
    assert len(long_paragraph) >= 200
    # a section or a run of sentences the page repeats: held back (cut in text)
    assert _html(f"{long_paragraph}\n{B}\n{long_paragraph}") == [("exact_repeat", True)]
    assert _html(f"{A}\n{B}\n{C}\n{A}\n{B}") == [("exact_repeat", True)] * 2
    doc = dataclasses.replace(make_doc(f"{LONG}\n{B}\n{LONG}"), source="html")
    assert "the page's own repetition" in list(Repeated().find(doc))[0].reason
    assert [f.strict_only for f in Repeated().find(
        make_doc(f"{long_paragraph}\n{B}\n{long_paragraph}"))] == [False]


def test_a_lone_short_line_a_page_repeats_is_cut_as_in_text() -> None:
    # one short sentence printed twice (a call to action, a caption): the text path cuts
    # it, so the page's clean text is what the next clean() leaves alone
    assert len(A) < 200
    assert _html(f"{A}\n{B}\n{C}\n{A}") == [("exact_repeat", False)]
    assert [f.strict_only for f in Repeated().find(make_doc(f"{A}\n{B}\n{C}\n{A}"))] == [False]


_PLAN = ["Breakfast", "Eat within an hour of waking up, before any training",
         "Oat porridge with one cup of berries and a spoon of honey",
         "Containers: 1 Green, 1 Yellow, 1 tsp."]


def test_a_run_of_labels_and_items_is_held_back_for_strict() -> None:
    # a meal plan lists the same meal each day: labels and items, not sentences, recur
    days = [f"Day {n}: {dish}" for n, dish in enumerate(
        ["pasta with a tomato sauce and grilled courgettes on the side",
         "rice with lentils, spinach and a yoghurt dressing for lunch"], 1)]
    text = "\n".join([days[0], *_PLAN, A, days[1], *_PLAN, B])
    found = list(Repeated().find(make_doc(text)))
    assert [f.rule for f in found] == ["repeated_run", "exact_repeat", "exact_repeat",
                                       "repeated_run"]
    assert all(f.strict_only for f in found)
    assert "the text's own repetition" in found[0].reason


def test_a_run_mostly_of_sentences_is_cut_with_its_labels() -> None:
    text = f"Harbour news\n{A}\n{B}\n{C}\nHarbour news\n{A}\n{B}"
    found = list(Repeated().find(make_doc(text)))
    assert [(f.rule, f.strict_only) for f in found] == [
        ("repeated_run", False), ("exact_repeat", False), ("exact_repeat", False)]


def test_a_run_weighed_again_without_what_other_rules_cut() -> None:
    # the label's copy is a run of its own (a line of other text follows it): held back;
    # once another rule cuts that line, label and two sentences are one run, mostly
    # sentences, as the next clean() sees them: the label is cut too
    label = "Photo gallery of the opening day at the bridge"
    text = f"{label}\n{A}\n{B}\nx\n{label}\nShare this story on social media right now\n{A}\n{B}"
    doc = make_doc(text)
    detector = Repeated()
    held = [f for f in detector.find(doc) if f.strict_only]
    assert [doc.text[f.start:f.end] for f in held] == [label]
    share = next(b.index for b in doc.blocks if b.text.startswith("Share"))
    now = list(detector.context(doc, frozenset({share})))
    assert [(doc.text[f.start:f.end], f.strict_only) for f in now] == [(label, False)]
    assert list(detector.context(doc, frozenset())) == []


def test_a_run_of_as_many_labels_as_sentences_is_held_back() -> None:
    # one label and one sentence, copied together: a scraper's copy or the page's own
    # repetition (a meal plan's dish and its portions); unsure, so only strict cuts it,
    # and the same run cut by other rules down to a tie is held back as well
    label = "Photo gallery of the opening day at the bridge"
    found = list(Repeated().find(make_doc(f"{label}\n{A}\n{C}\n{label}\n{A}")))
    assert [(f.rule, f.strict_only) for f in found] == [("exact_repeat", True)] * 2
    found = list(Repeated().find(make_doc(f"{label}\n{A}\n{B}\n{C}\n{label}\n{A}\n{B}")))
    assert [(f.rule, f.strict_only) for f in found] == [("exact_repeat", False)] * 3


def test_list_items_are_items_even_when_they_end_like_sentences() -> None:
    # an offer's terms printed twice item by item: a run of list items, held back; the
    # same two lines as plain sentences are the text repeating itself, and cut
    items = [f"- {A}", f"• {B}"]
    found = list(Repeated().find(make_doc("\n".join([*items, C, *items]))))
    assert [(f.rule, f.strict_only) for f in found] == [("exact_repeat", True)] * 2
    found = list(Repeated().find(make_doc("\n".join([A, B, C, A, B]))))
    assert [(f.rule, f.strict_only) for f in found] == [("exact_repeat", False)] * 2
