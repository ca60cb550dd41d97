"""Rule tables: every rule's examples and near-misses, the generated docs, rows from data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleanroom
import cleanroom.detectors  # loads every detector module
from cleanroom.detectors._rules import Rule, RuleTable, TableDetector, load_rows, tables_markdown
from cleanroom.document import from_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "detectors.md"
BEGIN, END = "<!-- rule tables: begin -->\n", "<!-- rule tables: end -->"


def builtin_tables() -> list[RuleTable]:
    tables = {}
    for name in sorted(sys.modules):
        if name.startswith("cleanroom.detectors."):
            for value in vars(sys.modules[name]).values():
                if isinstance(value, RuleTable):
                    tables[id(value)] = value
    return list(tables.values())


CASES = [(t, r, text, kind) for t in builtin_tables() for r in t.rules
         for kind, texts in (("example", r.examples), ("near_miss", r.near_misses))
         for text in texts]


def test_every_rule_has_an_example_and_a_near_miss() -> None:
    assert builtin_tables()
    for table in builtin_tables():
        for rule in table.rules:
            assert rule.examples and rule.near_misses, f"{table.name}/{rule.id}"


@pytest.mark.parametrize("table, rule, text, kind", CASES,
                         ids=[f"{t.name}-{r.id}-{k}-{i}" for i, (t, r, _, k) in enumerate(CASES)])
def test_rule_example_or_near_miss(table: RuleTable, rule: Rule, text: str, kind: str) -> None:
    cut = [f.rule for f in table.find(from_text(text)) if not f.strict_only]
    if kind == "example":
        assert rule.id in cut
    else:
        assert rule.id not in cut


def test_docs_list_the_current_tables() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert BEGIN in text and END in text, "docs/detectors.md lacks the rule-table markers"
    current = text.split(BEGIN, 1)[1].split(END, 1)[0]
    assert current == tables_markdown(builtin_tables()), (
        "docs/detectors.md is stale: regenerate it with "
        "python -m tests.detectors.test_rules")


def test_rows_from_data_make_a_detector() -> None:
    rows = [{"rule": "promo_line", "match": "line", "where": "anywhere", "language": "en",
             "phrase": "Shop now", "provenance": "written for this test"},
            {"rule": "promo_phrase", "match": "phrase", "where": "anywhere", "language": "en",
             "phrase": "free shipping on all orders"}]
    table = RuleTable("promo", cleanroom.Category.ADS, tuple(load_rows(rows)))
    detector = TableDetector(table)
    text = ("Shop now\nThe market opened in May after two years of work on the old hall.\n"
            "Free shipping on all orders over ten euros!")
    result = cleanroom.clean(text, extra_detectors=[detector])
    assert [r.rule for r in result.report.removals] == ["promo_line", "promo_phrase"]
    story = "Locals shop now at the new market, which opened in May after two years of work."
    assert cleanroom.clean(story, extra_detectors=[detector]).text == story


def test_a_row_table_rejects_bad_rows() -> None:
    with pytest.raises(ValueError):
        load_rows([{"rule": "x", "match": "line", "where": "anywhere", "language": "en",
                    "phrase": "a b"},
                   {"rule": "x", "match": "phrase", "where": "anywhere", "language": "en",
                    "phrase": "a b c"}])
    with pytest.raises(ValueError):
        Rule.of("bad id", "line", {"en": ("shop now",)})
    with pytest.raises(ValueError):
        Rule.of("x", "phrase", {"en": ("free shipping today",)}, "edge")


def _regenerate() -> None:
    text = DOCS.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DOCS.write_text(head + BEGIN + tables_markdown(builtin_tables()) + END + tail,
                    encoding="utf-8")


if __name__ == "__main__":
    _regenerate()


# -- the engine's thresholds, each with an example just inside and just outside ------------

from cleanroom.detectors import _standalone
from cleanroom.detectors.cookie import TABLE as COOKIE
from cleanroom.detectors.navigation import TABLE as NAVIGATION

_OTHER = "The mayor said the new library would open in spring, two years after the fire."


def _cut(table: RuleTable, text: str) -> list[str]:
    doc = from_text(text)
    return [doc.text[f.start:f.end] for f in table.find(doc) if not f.strict_only]


def _padded(text: str, size: int) -> str:
    """``text`` grown with words to exactly ``size`` characters, ended by a full stop."""
    while len(text) + len(" and more") + 1 <= size:
        text += " and more"
    return text + "s" * (size - len(text) - 1) + "."


def test_a_run_of_three_menu_sections_is_cut_and_two_are_not() -> None:
    from cleanroom.detectors._rules import PROSE

    assert _standalone._RUN == 3
    three = f"{PROSE}\nNews\nSport\nBusiness\n{_OTHER}"
    two = f"{PROSE}\nNews\nSport\n{_OTHER}"
    assert _cut(NAVIGATION, three) == ["News", "Sport", "Business"]
    assert _cut(NAVIGATION, two) == []


def test_a_phrase_rule_looks_in_blocks_up_to_the_tables_max_block() -> None:
    assert COOKIE.max_block == 600
    inside = _padded("We use cookies to remember what you read", 600)
    outside = _padded("We use cookies to remember what you read", 601)
    assert (len(inside), len(outside)) == (600, 601)
    assert _cut(COOKIE, f"{inside}\n{_OTHER}") == [inside]
    assert [f.rule for f in COOKIE.find(from_text(f"{outside}\n{_OTHER}"))] == []


def test_a_held_phrase_block_beside_junk_lines_joins_them_up_to_120_characters() -> None:
    assert _standalone._BESIDE == 120
    base = "The shop said it relies on cookies and similar technologies for its carts"
    inside, outside = _padded(base, 120), _padded(base, 121)
    assert (len(inside), len(outside)) == (120, 121)
    for block, joins in ((inside, True), (outside, False)):
        text = f"{_OTHER}\n{block}\nAccept all cookies\n{_OTHER.replace('spring', 'May')}"
        assert (block in _cut(COOKIE, text)) is joins, len(block)


def test_a_phrase_opens_its_block_within_three_characters() -> None:
    assert _standalone._OPENS == 3
    # A prose block (so only opening, or being half of it, makes the phrase sure).
    tail = " help the site remember what you read, it says, and you may change that at any time."
    for lead, sure in (("-- ", True), ("--- ", False)):
        block = f"{lead}cookies and similar technologies{tail}"
        found = [f.strict_only for f in COOKIE.find(from_text(f"{_OTHER}\n{block}\n{_OTHER}"))]
        assert found == [not sure], lead
