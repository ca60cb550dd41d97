"""Rule tables: every rule's examples and near-misses, the generated docs, rows from data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleanroom
import cleanroom.detectors  # noqa: F401  (loads every detector module)
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
