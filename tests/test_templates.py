"""The template pass: learn a site's boilerplate from a dump, then remove it page by page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanroom
from cleanroom import InvalidOptions, Options, TemplateSet
from cleanroom.detectors.template import Template
from cleanroom.document import from_text
from cleanroom.templates import (
    HashCounts,
    TemplateFileError,
    learn,
    paragraph_hash,
    signature,
    site_of,
)
from tests.template_dump import dump

PAGES = dump()


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return learn(((p.text, p.url) for p in PAGES), min_docs=10, min_share=0.1)


def _paragraphs(text: str) -> set[str]:
    return {p.strip() for p in text.split("\n") if p.strip()}


def test_removes_every_template_and_keeps_every_body_paragraph(templates: TemplateSet) -> None:
    for page in PAGES:
        result = cleanroom.clean(page.text, templates=templates, url=page.url)
        kept = _paragraphs(result.text)
        assert set(page.body) <= kept, page.url
        assert not set(page.junk) & kept, page.url
        assert result.report.apply(result.source_text) == result.text


def test_paragraphs_that_recur_below_the_threshold_are_kept(templates: TemplateSet) -> None:
    quoted = [p for p in PAGES if any(b.startswith('"We build') for b in p.body)]
    datelined = [p for p in PAGES if any(" staff report" in b for b in p.body)]
    assert len(quoted) == 3 * 12 and len(datelined) == 4 * 12  # the dump is what we think
    for page in quoted + datelined:
        site = templates.for_url(page.url)
        assert site is not None
        assert all(site.count(b) == 0 for b in page.body)


def test_removals_name_the_site_and_the_count(templates: TemplateSet) -> None:
    page = PAGES[0]
    removals = [r for r in cleanroom.clean(page.text, templates=templates, url=page.url)
                .report.removals if r.category == "template"]
    footer = next(r for r in removals if r.text.startswith("Contact the newsroom"))
    assert (footer.detector, footer.rule) == ("template", "site_template")
    assert footer.reason == "seen in 60 of 60 pages of site1.example"


def test_templates_are_per_site(templates: TemplateSet) -> None:
    footer_of_site1 = PAGES[0].junk[-1]
    other = PAGES[-1]
    text = other.text + "\n\n" + footer_of_site1
    result = cleanroom.clean(text, templates=templates, url=other.url)
    assert footer_of_site1 in result.text


def test_a_small_site_learns_nothing() -> None:
    small = dump(sites=1, pages=8)
    assert learn(((p.text, p.url) for p in small), min_docs=10).sites == ()


def test_min_share_holds_back_what_a_big_site_repeats_a_little() -> None:
    texts = [(f"Body paragraph number {i} of the big site, unique.", "big.example")
             for i in range(200)]
    texts += [("A quote the big site cites in twelve stories.", "big.example")] * 12
    assert len(learn(texts, min_docs=10, min_share=0.1)) == 0
    assert len(learn(texts, min_docs=10, min_share=0.0)) == 1


def test_no_templates_and_no_url_change_nothing(templates: TemplateSet) -> None:
    page = PAGES[0]
    assert cleanroom.clean(page.text).text == cleanroom.clean(page.text, url=page.url).text
    # Many sites and no URL: no site to pick, nothing removed as template.
    result = cleanroom.clean(page.text, templates=templates)
    assert "template" not in result.report.chars_by_category


def test_a_single_site_set_applies_without_url(templates: TemplateSet) -> None:
    page = PAGES[0]
    single = learn((p.text, p.url) for p in PAGES if p.url.startswith("https://site1."))
    assert single.sites == ("site1.example",)
    result = cleanroom.clean(page.text, templates=single)
    assert not set(page.junk) & _paragraphs(result.text)


def test_categories_option_turns_the_template_detector_off(templates: TemplateSet) -> None:
    page = PAGES[0]
    result = cleanroom.clean(page.text, templates=templates, url=page.url,
                             categories={"repeated"})
    assert set(page.junk[-2:]) <= _paragraphs(result.text)


def test_cleaning_is_idempotent_and_deterministic(templates: TemplateSet) -> None:
    for page in PAGES[:40]:
        once = cleanroom.clean(page.text, templates=templates, url=page.url).text
        assert cleanroom.clean(once, templates=templates, url=page.url).text == once
    again = learn(((p.text, p.url) for p in PAGES), min_docs=10, min_share=0.1)
    assert again == templates and hash(again) == hash(templates)


def test_counts_add_up_across_workers(templates: TemplateSet) -> None:
    halves = [HashCounts(), HashCounts()]
    for i, page in enumerate(PAGES):
        halves[i % 2].add(signature(page.text, page.url))
    assert (halves[0] + halves[1]).select(min_docs=10, min_share=0.1) == templates


def test_save_load_round_trip(tmp_path: Path, templates: TemplateSet) -> None:
    for name in ("site.tpl", "site.tpl.gz"):
        templates.save(tmp_path / name)
        assert TemplateSet.load(tmp_path / name) == templates
    data = json.loads((tmp_path / "site.tpl").read_text())
    assert data["format"] == "cleanroom-templates" and data["min_docs"] == 10


def test_merge_unites_sites_and_adds_counts(templates: TemplateSet) -> None:
    a = learn((p.text, p.url) for p in PAGES[:360])
    b = learn((p.text, p.url) for p in PAGES[360:])
    merged = a | b
    assert merged.sites == templates.sites and len(merged) == len(templates)
    both = a.merge(a)
    site = both.for_url(PAGES[0].url)
    assert site is not None and site.docs == 120 and site.count(PAGES[0].junk[-1]) == 120


@pytest.mark.parametrize("content, message", [
    (b"not json at all", "not a template file"),
    (b'{"format": "something-else"}', "not a cleanroom template set"),
    (b'{"format": "cleanroom-templates", "version": 99, "hash": "x"}', "learn the templates"),
    ((b'{"format": "cleanroom-templates", "version": 1, "hash": '
     b'"xxh3_64(utf8(casefold+collapse_whitespace))", "sites": {"a": {"docs": "x"}}}'),
     "malformed"),
    (b"\x1f\x8b broken gzip", "not a template file"),
])
def test_bad_template_files_give_a_clear_error(tmp_path: Path, content: bytes,
                                               message: str) -> None:
    path = tmp_path / "bad.tpl"
    path.write_bytes(content)
    with pytest.raises(TemplateFileError, match=message):
        TemplateSet.load(path)


def test_bad_options_are_refused() -> None:
    with pytest.raises(InvalidOptions, match="TemplateSet"):
        Options(templates={"site": "x"})  # type: ignore[arg-type]
    with pytest.raises(InvalidOptions, match="url"):
        cleanroom.clean("text", url=42)
    with pytest.raises(TypeError, match="TemplateSet"):
        Template("not templates")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_docs"):
        HashCounts().select(min_docs=1)


@pytest.mark.parametrize("url, site", [
    ("https://www.Example.COM:8443/a?b=c", "example.com"),
    ("http://news.example.com./x", "news.example.com"),
    ("example.org", "example.org"),
    ("http://[::1", None),
    ("", None),
    (None, None),
])
def test_site_key(url: str | None, site: str | None) -> None:
    assert site_of(url) == site


def test_digits_are_kept_unless_folded() -> None:
    texts = [(f"Shares of the harbour company closed at {i} pence on the day.", "x.example")
             for i in range(20)]
    assert len(learn(texts)) == 0
    folded = learn(texts, fold_digits=True)
    site = folded.for_url("x.example")
    assert site is not None and site.count("Shares of the harbour company closed at 7 pence "
                                           "on the day.") == 20


def test_punctuation_only_lines_are_never_templates() -> None:
    doc = from_text("* * *\nSome words here.")
    sig = signature(doc.text, "x.example")
    assert sig.hashes == (paragraph_hash("Some words here."),)



def _jsonl_dump(path: Path) -> None:
    path.write_text("".join(json.dumps({"id": str(i), "url": p.url, "text": p.text}) + "\n"
                            for i, p in enumerate(PAGES)), encoding="utf-8")


def _outputs(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for f in sorted(folder.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()]


def test_cli_learn_then_clean_equals_learn_templates_in_one_run(tmp_path: Path) -> None:
    import subprocess
    import sys

    _jsonl_dump(tmp_path / "dump.jsonl")
    run = [sys.executable, "-m", "cleanroom"]
    learned = subprocess.run([*run, "templates", "learn", str(tmp_path / "dump.jsonl"), "-o",
                              str(tmp_path / "site.tpl"), "--min-docs", "10"],
                             capture_output=True, text=True, check=True)
    assert "learned 60 template paragraphs for 12 of 12 sites from 720 records" in learned.stderr
    assert TemplateSet.load(tmp_path / "site.tpl") == learn((p.text, p.url) for p in PAGES)
    for out, flags in (("two", ["--templates", str(tmp_path / "site.tpl")]),
                       ("one", ["--learn-templates", "--min-docs", "10"])):
        subprocess.run([*run, "clean", str(tmp_path / "dump.jsonl"), "-o", str(tmp_path / out),
                        "-j", "2", "-q", *flags], check=True)
    two, one = _outputs(tmp_path / "two"), _outputs(tmp_path / "one")
    assert one == two and len(one) == len(PAGES)
    for rec, page in zip(one, PAGES, strict=True):
        text = rec["cleanroom"]["text"]  # type: ignore[index]
        assert all(b in text for b in page.body) and not any(j in text for j in page.junk)


def test_cli_refuses_a_bad_template_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from cleanroom.cli import main

    _jsonl_dump(tmp_path / "dump.jsonl")
    (tmp_path / "bad.tpl").write_text("{}")
    assert main(["clean", str(tmp_path / "dump.jsonl"), "--templates",
                 str(tmp_path / "bad.tpl"), "-q"]) == 2
    assert "not a cleanroom template set" in capsys.readouterr().err
    assert main(["clean", str(tmp_path / "dump.jsonl"), "--templates", "x.tpl",
                 "--learn-templates", "-q"]) == 2
    assert main(["templates", "learn", str(tmp_path / "dump.jsonl"), "-o", "x.tpl",
                 "--min-docs", "1"]) == 2


def test_learn_main_runs_on_its_own(tmp_path: Path) -> None:
    from cleanroom.batch.templates import learn_main

    _jsonl_dump(tmp_path / "dump.jsonl")
    assert learn_main(["templates", "learn", str(tmp_path / "dump.jsonl"), "-o",
                       str(tmp_path / "t.tpl.gz"), "-q"]) == 0
    assert len(TemplateSet.load(tmp_path / "t.tpl.gz")) == 60
    assert learn_main(["templates", "learn", str(tmp_path / "missing"), "-o", "x.tpl"]) == 2
    assert learn_main(["templates", "learn", str(tmp_path / "dump.jsonl"), "-q", "-o",
                       str(tmp_path / "no" / "such" / "dir" / "t.tpl")]) == 1


def test_the_pyspark_recipe_in_docs_learns_the_same_set(templates: TemplateSet) -> None:
    """docs/distributed.md's flatMap -> reduceByKey -> groupByKey, with plain Python."""
    from collections import Counter, defaultdict

    from cleanroom.templates import SiteTemplates, select_site

    def pairs(text: str, url: str) -> list[tuple[tuple[str, object], int]]:
        sig = signature(text, url)
        if sig.site is None:
            return []
        return [((sig.site, ""), 1)] + [((sig.site, h), 1) for h in sig.hashes]

    counts: Counter[tuple[str, object]] = Counter()
    for page in PAGES:  # flatMap + reduceByKey
        for key, n in pairs(page.text, page.url):
            counts[key] += n
    pages = {site: n for (site, h), n in counts.items() if h == ""}
    grouped: dict[str, dict[int, int]] = defaultdict(dict)  # filter + groupByKey
    for (site, h), n in counts.items():
        if h != "" and n >= 10:
            grouped[site][h] = n  # type: ignore[index]
    kept = [(site, select_site(pages[site], hs, min_docs=10, min_share=0.1))
            for site, hs in grouped.items()]
    recipe = TemplateSet({site: SiteTemplates(site, pages[site], hashes)
                          for site, hashes in kept if hashes}, min_docs=10, min_share=0.1)
    assert recipe == templates


def test_html_pages_learn_and_match_the_blocks_the_detectors_see() -> None:
    from cleanroom.api import document
    from cleanroom.templates import document_signature

    def html(page_text: str) -> str:
        paras = "".join(f"<p>{p}</p>" for p in page_text.split("\n\n"))
        return f"<html><head><title>t</title></head><body><article>{paras}</article></body></html>"

    pages = [p for p in PAGES if p.url.startswith("https://site1.")]
    counts = HashCounts()
    for page in pages:
        counts.add(document_signature(document(html(page.text), format="html"), page.url))
    templates = counts.select(min_docs=10, min_share=0.1)
    assert len(templates) > 0
    for page in pages[:10]:
        result = cleanroom.clean(html(page.text), templates=templates, url=page.url,
                                 format="html")
        assert all(b in result.text for b in page.body)
        assert not any(j in result.text for j in page.junk)


@given(st.lists(st.text(max_size=60) | st.sampled_from([PAGES[0].junk[-1], "* * *", ""]),
                max_size=8),
       st.sampled_from([PAGES[0].url, None, "", "http://[::1", "other.example"]))
def test_any_text_with_templates_is_cleaned_without_error(paragraphs: list[str],
                                                          url: str | None) -> None:
    templates = _SITE1
    text = "\n".join(paragraphs)
    result = cleanroom.clean(text, templates=templates, url=url)
    assert result.report.apply(result.source_text) == result.text
    assert cleanroom.clean(result.text, templates=templates, url=url).text == result.text


_SITE1 = learn((p.text, p.url) for p in PAGES if p.url.startswith("https://site1."))
