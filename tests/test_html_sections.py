"""Issue 11, second pass: the page type read from the address's host and the page's generator,
a page rendered for script-less readers in a ``<noscript>``, link lists that are the sections
of a page of links, and documentation tabs.  Every page here is written for these tests."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleanroom import clean
from cleanroom.document.page_type import page_type_of, url_type

PROSE = ("The repair shop on the corner opened its doors again this spring, and the owner says "
         "most of the bicycles brought in need little more than new brake pads and a chain. ")


def _ld(kind: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": kind})}</script>'


@pytest.mark.parametrize("url, expected", [
    ("https://docs.example.org/en/install", "documentation"),
    ("https://docs-beta.example.org/en/install", "documentation"),
    ("https://developer.example.com/guide/start", "documentation"),
    ("https://forum.example.net/some-thread-about-wheels", "forum"),
    ("https://community.example.net/p/2201", "forum"),
    ("https://example.org/wiki/Bearings", "documentation"),
    ("https://docs.org/install", None),  # a registered name, not a subdomain
    ("https://www.example.org/docsify-review", None),
    ("https://forumexample.org/story", None),
])
def test_host_labels_and_wiki_segment(url: str, expected: str | None) -> None:
    assert url_type(url) == expected


@pytest.mark.parametrize("generator, expected", [
    ("MediaWiki 1.39.2", "documentation"),
    ("Docusaurus v3.1.0", "documentation"),
    ("Discourse 3.2 - https://github.com/discourse/discourse", "forum"),
    ("phpBB", "forum"),
    ("WordPress 6.4", "article"),
    ("", "article"),
])
def test_the_generator_names_the_type(generator: str, expected: str) -> None:
    page = (f'<html><head><meta name="generator" content="{generator}"></head>'
            f"<body><p>{PROSE}</p></body></html>")
    assert page_type_of(LexborHTMLParser(page)) == expected


def test_a_docs_address_outranks_a_plain_article_but_not_a_news_article() -> None:
    link = '<link rel="canonical" href="https://docs.example.org/guide/brakes">'
    plain = f"<html><head>{link}{_ld('Article')}</head><body><p>{PROSE}</p></body></html>"
    news = f"<html><head>{link}{_ld('NewsArticle')}</head><body><p>{PROSE}</p></body></html>"
    assert page_type_of(LexborHTMLParser(plain)) == "documentation"
    assert page_type_of(LexborHTMLParser(news)) == "article"


def _posts() -> str:
    return "".join(f"<article><h3>Rider {i}</h3><p>{PROSE}Reply number {i} agrees.</p></article>"
                   for i in range(4))


def test_a_page_rendered_in_noscript_is_read_when_the_page_gives_nothing() -> None:
    page = ('<html><body><div id="app">Loading</div>'
            "<noscript><p>Please turn on JavaScript.</p></noscript>"
            f'<noscript id="content"><main><h1>Brake pads</h1>{_posts()}</main></noscript>'
            "</body></html>")
    result = clean(page)
    assert "Reply number 3 agrees." in result.text
    assert "Please turn on JavaScript." not in result.text


def test_a_noscript_notice_beside_a_real_page_stays_out() -> None:
    page = (f"<html><body><article><h1>Brake pads</h1><p>{PROSE * 3}</p></article>"
            "<noscript><p>This site works best with JavaScript turned on in your browser "
            "settings, so please turn it on to see every feature, picture and menu of ours "
            "here today and every day after that for as long as you visit.</p></noscript>"
            "</body></html>")
    result = clean(page)
    assert "repair shop on the corner" in result.text
    assert "works best with JavaScript" not in result.text


def _links(prefix: str, n: int = 4) -> str:
    return "<ul>" + "".join(f'<li><a href="/{prefix}/{i}">{prefix.title()} guide part {i} of the '
                            f"series</a></li>" for i in range(n)) + "</ul>"


def test_link_lists_that_are_the_sections_of_a_page_are_kept() -> None:
    sections = "".join(f"<h2>{name} tutorials</h2>{_links(name)}"
                       for name in ("wheels", "brakes", "gears"))
    page = (f"<html><body><nav><a href='/'>Home</a></nav><main><h1>All our guides</h1>"
            f"<p>{PROSE}</p>{sections}<p>{PROSE}</p></main></body></html>")
    result = clean(page)
    for name in ("Wheels", "Brakes", "Gears"):
        assert f"{name} guide part 3 of the series" in result.text
    assert not [d for d in result.report.dom_removals if d.rule == "link_list"]


def test_one_related_list_after_a_story_is_still_pruned() -> None:
    page = (f"<html><body><article><h1>Brakes</h1><p>{PROSE * 3}</p>"
            f"<h3>More stories</h3>{_links('stories')}</article></body></html>")
    result = clean(page)
    assert [d.rule for d in result.report.dom_removals] == ["link_list"]
    assert "Stories guide part 3" not in result.text


def _tabs(hidden: str) -> str:
    steps = ("Install the client library for your language, then create a file that sends "
             "the first message with your account key and prints the reply it gets back. ") * 3
    panels = "".join(
        f'<div class="tab-panel" {hidden if i else ""}><p>{steps}</p>'
        f"<pre>{lang}_client.send(to='+15550100', body='Hello from {lang}')</pre></div>"
        for i, lang in enumerate(("python", "ruby", "node")))
    return (f'<html><head><link rel="canonical" href="https://docs.example.org/send">'
            f"</head><body><main><h1>Send a message</h1><p>{PROSE}</p>{panels}"
            "</main></body></html>")


def test_every_tab_of_a_docs_page_is_kept() -> None:
    result = clean(_tabs('style="display:none"'))
    assert result.report.page_type == "documentation"
    for lang in ("python", "ruby", "node"):
        assert f"Hello from {lang}" in result.text


def test_a_table_with_paragraphs_is_unwrapped_on_articles_only() -> None:
    table = ("<table><tr><td><p>Frame material</p><p>Steel</p></td>"
             "<td><p>Weight and size</p><p>11 kg</p></td></tr></table>")

    def page(kind: str) -> str:
        return (f"<html><head>{_ld(kind)}</head><body><main><h1>Touring bike</h1>"
                f"<p>{PROSE * 3}</p>{table}<p>{PROSE}</p></main></body></html>")

    product, article = clean(page("Product")), clean(page("NewsArticle"))
    assert product.report.page_type == "product"
    assert "| Frame material Steel | Weight and size 11 kg |" in product.text  # a table still
    assert "Frame material\nSteel\nWeight and size\n11 kg" in article.text  # a layout table


def test_the_fallbacks_run_only_when_the_own_pass_keeps_little(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    from cleanroom.document import from_html

    calls: list[bool] = []
    real = trafilatura.extract

    def spy(html: str, **options: object) -> str | None:
        calls.append(bool(options.get("fast")))
        return real(html, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura, "extract", spy)
    page = f"<html><body><main><p>{PROSE * 4}</p></main></body></html>"
    from_html._extract(page, len(PROSE * 4))
    assert calls == [True]  # the own pass kept the page: no fallbacks
    calls.clear()
    from_html._extract(page, 10 * len(PROSE * 4))
    assert calls == [True, False]  # it kept a tenth: extracted again with them
    calls.clear()
    from_html._extract(page)
    assert calls == [False]  # articles: the fallbacks always run, as before
