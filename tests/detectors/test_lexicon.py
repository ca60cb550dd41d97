"""The lexicon's data and loader: rows with provenance, languages per category, compiled
tables, and the build script's string cleaning (run on catalogs written here, not fetched)."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from cleanroom.categories import Category
from cleanroom.lexicon import MATCHES, Row, compile_rows, compiled, key_of_phrase, packages, rows

ROOT = Path(__file__).resolve().parents[2]


def _build_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tools" / "lexicon"))
    try:
        spec = importlib.util.spec_from_file_location("lexicon_build",
                                                      ROOT / "tools/lexicon/build.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.pop(0)


def test_every_row_has_provenance_and_a_known_match() -> None:
    count = 0
    for row in rows():
        count += 1
        assert row.phrase.strip() and "\t" not in row.phrase and "\n" not in row.phrase
        assert row.match in MATCHES, row
        assert Category(row.category)
        assert row.package and row.version[0].isdigit() and row.message_id and row.licence
    assert count > 5000


def test_pinned_sources_are_the_data_files() -> None:
    build = _build_module()
    assert set(packages()) == {s.name for s in build.SOURCES}


@pytest.mark.parametrize("category", ["cookie", "error_page", "navigation", "related", "share",
                                      "comments"])
def test_at_least_40_languages_per_category_with_a_source(category: str) -> None:
    langs: dict[str, set[str]] = defaultdict(set)
    for row in rows():
        langs[row.category].add(row.language.split("_")[0])
    assert len(langs[category]) >= 40, sorted(langs[category])


def test_left_out_packages_are_gone_and_compiling_is_cached() -> None:
    assert compiled() is compiled()
    without = compiled(frozenset(["tarteaucitronjs"]))
    assert all(r.package != "tarteaucitronjs" for r in without.lines.values())
    assert any(r.package == "tarteaucitronjs" for r in compiled().lines.values())


def test_key_of_phrase_keeps_the_number_placeholder() -> None:
    assert key_of_phrase("# hours ago") == "# hours ago"
    assert key_of_phrase("Page Not Found!") == "page not found"


def _row(phrase: str, match: str = "line", category: str = "cookie") -> Row:
    return Row(phrase, category, "xx", match, "pkg", "1.0", "id", "MIT")


def test_compile_rows_sorts_rows_into_tables() -> None:
    lex = compile_rows([_row("Manage the many settings"), _row("Next", "next"),
                        _row("Prev", "previous"), _row("Ok", "line"),
                        _row("# hours ago", "timestamp"),
                        _row("Our partners store cookies on your device.", "sentence")])
    assert "manage the many settings" in lex.lines
    assert "ok" in lex.labels and "ok" not in lex.lines  # a short word is only a label
    assert lex.next == {"next"} and lex.previous == {"prev"}
    assert "# hours ago" in lex.timestamps
    assert len(lex.sentences.phrases) == 2  # the sentence, and the line of four words


def test_build_cleans_catalog_strings_and_drops_untranslated_ones() -> None:
    build = _build_module()
    assert build.phrase_of("Server Error <em>(500)</em>") == "Server Error (500)"
    assert build.phrase_of("%(count)s\u00a0hours  ago") == "# hours ago"
    assert build.phrase_of("Load {title} now") == "Load # now"
    source = build.Source("demo", "npm", "1.0", "MIT", "klaro",
                          (build.Pick("hello", "cookie", "line"),))
    catalog = {"en": {"hello": ["Hello there"]}, "de": {"hello": ["Hallo da"]},
               "fr": {"hello": ["Hello there"]}}
    assert [(r[0], r[2]) for r in build.rows(source, catalog)] == [
        ("Hallo da", "de"), ("Hello there", "en")]


def test_the_languages_table_of_the_doc_is_current() -> None:
    build = _build_module()
    doc = (ROOT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    assert build.language_table(rows()) in doc


def test_a_placeholder_at_an_edge_of_a_phrase_is_a_number_not_the_words_beside_it() -> None:
    lex = compile_rows([_row("# people found this page useful", "sentence")])
    pattern = lex.sentences.pattern(0)
    assert pattern.search("12 people found this page useful")
    assert pattern.search("He left. So people found this page useful") is None
