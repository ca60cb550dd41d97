"""The five invariants of the design, as properties over cleanroom.strategies.

accountable, conservative, idempotent, deterministic, total; plus: for dirty documents built
by the strategies, the clean text comes back and every injected piece is reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import cleanroom
from cleanroom._junk_corpus import BODY, JUNK
from cleanroom.strategies import DirtyDocument, articles, dirty_documents

# Any text at all, including control characters, odd line breaks and mixed scripts.
any_text = st.text(st.characters(codec="utf-8"), max_size=400)
_LINES = sorted({line for by_lang in JUNK.values() for samples in by_lang.values()
                 for sample in samples for line in sample.lines}
                | {s for sentences in BODY.values() for s in sentences})
# Line breaks of every kind (``from_text`` treats them alike), paragraph breaks, spaces.
_SEPARATORS = ["\n", "\n\n", " ", "\r", "\r\n", "\r\n\r\n", "\u2028", "\u2029"]
# Junk lines, article sentences and arbitrary text in any order, any adjacency.
shuffled_lines = st.lists(st.one_of(st.sampled_from(_LINES), any_text), max_size=12).flatmap(
    lambda lines: st.lists(st.sampled_from(_SEPARATORS), min_size=len(lines),
                           max_size=len(lines)).map(
        lambda seps: "".join(line + sep for line, sep in zip(lines, seps))))
# Text that looks like pages: dirty documents, shuffled lines and arbitrary text mixed.
page_like = st.lists(st.one_of(st.builds(lambda d: d.dirty, dirty_documents()), shuffled_lines,
                               any_text), max_size=4).map("\n".join)


# The options that change what is cut: the defaults, and the opt-in headline cut.
options = st.sampled_from([{}, {"headline": False}])


def _non_space(text: str) -> str:
    return "".join(text.split())


@given(st.one_of(page_like, any_text), options)
def test_accountable(text: str, opts: dict[str, bool]) -> None:
    """The clean text is the input with exactly the reported spans cut (whitespace tidied)."""
    result = cleanroom.clean(text, **opts)
    assert result.report.apply(text) == result.text
    kept, pos = [], 0
    for r in result.report.removals:
        assert text[r.start:r.end] == r.text
        kept.append(text[pos:r.start])
        pos = r.end
    kept.append(text[pos:])
    assert _non_space(result.text) == _non_space("".join(kept))


@given(articles())
def test_conservative(text: str) -> None:
    """Junk-free text comes back unchanged, with an empty report."""
    result = cleanroom.clean(text)
    assert result.text == text
    assert result.report.removals == ()


@given(st.one_of(page_like, any_text), options)
def test_idempotent(text: str, opts: dict[str, bool]) -> None:
    once = cleanroom.clean(text, **opts).text
    assert cleanroom.clean(once, **opts).text == once


def test_html_without_its_headline_is_text_the_headline_rule_leaves_alone() -> None:
    """``headline=False`` on a page: the markup's headline goes, and so does a headline-shaped
    line the extracted text opens with, so the clean text, cleaned again with the same
    options, loses nothing more (the text path read it as a headline)."""
    body = "The ferry between the two harbours sailed again on Monday after months away. " * 3
    page = ("<html><head><title>Harbour ferry returns after winter repairs</title></head>"
            "<body><article><h1>Harbour ferry returns after winter repairs</h1>"
            "<p>Crews at the yard replaced the hull plates and both engines</p>"
            f"<p>{body}</p><p>{body}</p></article></body></html>")
    once = cleanroom.clean(page, headline=False)
    assert once.text.startswith("The ferry between")
    assert [r.category for r in once.report.removals] == ["headline"]
    assert cleanroom.clean(once.text, headline=False).text == once.text
    kept = cleanroom.clean(page).text  # by default the line stays: it is not the headline
    assert kept.startswith("Crews at the yard") and cleanroom.clean(kept).text == kept


_DAY = ["Breakfast", "Eat within an hour of waking up", "Oat porridge with berries and honey",
        "Containers: 1 Green, 1 Yellow, 1 tsp.", "Lunch", "Eat every two to three hours",
        "Rice with lentils, spinach and a yoghurt dressing", "Containers: 2 Green, 1 Red"]


def test_a_page_repeating_its_labels_and_items_cleans_to_text_that_stays() -> None:
    """A meal plan lists the same meals each day: the page's own repetition, held back from
    the page and, as a run of labels and items, from its clean text too."""
    days = "".join(f"<h2>Day {n}</h2><p>On day {n} the plan adds {n} glasses of water to "
                   "the meals below, taken between them through the day.</p><ul>"
                   + "".join(f"<li>{line}</li>" for line in _DAY) + "</ul>"
                   for n in range(1, 5))
    page = f"<html><body><article><h1>A week of meals</h1>{days}</article></body></html>"
    once = cleanroom.clean(page)
    assert once.text.count("Oat porridge with berries and honey") == 4
    assert {r.category for r in once.report.held_back} == {"repeated"}
    again = cleanroom.clean(once.text)
    assert again.text == once.text
    assert again.report.removals == () and len(again.report.held_back) >= 3 * 4
    assert cleanroom.clean(once.text, strict=True).text.count("Oat porridge") == 1


# Labels and items a page repeats in each of its sections (no sentence among them), and
# sentences it says once each (numbered, so none repeats).
_ITEMS = ["Breakfast", "Lunch", "Dinner", "Price per night: 120 euros, breakfast included",
          "Free cancellation until two days before arrival", "Ingredients for four people",
          "Preparation time: forty minutes", "Serves two adults and two children",
          "- Waterproof to fifty metres, in fresh and salt water alike"]
_SAID = "Section {n} of the guide adds what changed since the last one, {k} times in all."


@settings(max_examples=max(1, settings.default.max_examples // 3))
@given(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=6, unique=True),
       st.integers(2, 5), st.sampled_from(["ul", "p"]))
def test_pages_that_repeat_labels_and_items_clean_to_text_that_stays(
        items: list[str], sections: int, wrap: str) -> None:
    """Idempotence on pages built here: whatever labels and items a page repeats section
    after section, its clean text, cleaned again as text, loses nothing more."""
    def lines(n: int) -> str:
        if wrap == "ul":
            return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        return "".join(f"<p>{item}</p>" for item in items)
    body = "".join(f"<h2>Part {n}</h2><p>{_SAID.format(n=n, k=n + 1)}</p>{lines(n)}"
                   for n in range(1, sections + 1))
    page = f"<html><body><article><h1>The guide</h1>{body}</article></body></html>"
    for options in ({}, {"headline": False}):
        once = cleanroom.clean(page, **options).text
        assert cleanroom.clean(once, **options).text == once


@given(any_text)
def test_total(text: str) -> None:
    """No str input raises; strict mode neither."""
    assert isinstance(cleanroom.clean(text).text, str)
    assert isinstance(cleanroom.clean(text, strict=True).text, str)


@given(dirty_documents())
def test_dirty_documents_come_back_clean(doc: DirtyDocument) -> None:
    result = cleanroom.clean(doc.dirty)
    assert result.text == doc.clean
    removed = [(r.start, r.end) for r in result.report.removals]
    for piece in doc.injected:
        assert any(s <= piece.start and piece.end <= e for s, e in removed) or all(
            any(s <= i < e for s, e in removed) for i in range(piece.start, piece.end)
            if not doc.dirty[i].isspace()), f"{piece.category} piece not reported: {piece.text!r}"
    reported = {str(r.category) for r in result.report.removals}
    assert reported <= {p.category for p in doc.injected}


_SCRIPT = """
import json, sys, cleanroom
print(json.dumps([cleanroom.clean(t).report.to_dict() for t in json.load(sys.stdin)]))
"""


def test_deterministic_across_processes() -> None:
    """Same input, same report, whatever the hash seed of the process."""
    texts = ["403\nSorry!!\nThe page you were looking for doesn't exist.\nBody text here.",
             ("A paragraph that is long enough to count as a repeat of itself.\nMiddle.\n"
              "A paragraph that is long enough to count as a repeat of itself.\nComments")]
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(texts),
                             capture_output=True, text=True, env=env, check=True).stdout
        outputs.add(out)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [cleanroom.clean(t).report.to_dict() for t in texts]
