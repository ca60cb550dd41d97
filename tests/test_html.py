"""HTML input: recognition, DOM pruning with reports, extraction, hints, headline option,
determinism across calls, and bad input.  Fixtures are small pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from cleanroom import Options, Report, clean
from cleanroom.document.dom_reshape import merge_split_bodies
from cleanroom.document.from_html import prune
from cleanroom.document.sniff import looks_like_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = (FIXTURES / "article.html").read_text(encoding="utf-8")
NEAR_MISS = (FIXTURES / "near_miss.html").read_text(encoding="utf-8")

BODY = [
    "The harbour ferry returned to service on Monday morning",
    "Islanders who had relied on the weekly supply boat",
    "The operator said the new engine would cut fuel use",
    '"We have waited all winter for this," said Mary Tanner',
    "The council paid for half of the repairs",
    "Fares will stay at last year's level until the autumn",
]


def _pruned_text(html: str) -> tuple[str, list[tuple[str, str]]]:
    tree = LexborHTMLParser(html)
    removals = prune(tree)
    body = tree.body
    assert body is not None
    return " ".join(body.text(separator=" ").split()), [(d.category, d.rule) for d in removals]


# -- recognition -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>Hello</p></body></html>",
    "  \n<html lang='en'><head><title>x</title></head></html>",
    "<div><p>One paragraph.</p><p>Another.</p></div>",
])
def test_recognises_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "Use the <p> tag for paragraphs and a <div> for groups.",
    "The result was 3 < 5 and 7 > 2, as expected.",
    "Plain article text without any markup at all.",
])
def test_plain_text_mentioning_tags_is_text(text: str) -> None:
    assert not looks_like_html(text)
    assert clean(text).report.source == "text"


def test_format_option_forces_the_path() -> None:
    assert clean(ARTICLE).report.source == "html"
    assert clean(ARTICLE, format="text").report.source == "text"
    assert clean("<p>short</p>", format="html").report.source == "html"


# -- the junk page: everything reported, the article kept --------------------------------

def test_article_page_keeps_the_body_and_nothing_else() -> None:
    result = clean(ARTICLE)
    lines = result.text.split("\n")
    assert len(lines) == len(BODY)
    for line, start in zip(lines, BODY):
        assert line.startswith(start)


def test_article_page_reports_each_kind_of_furniture() -> None:
    report = clean(ARTICLE).report
    found = {(d.category, d.rule) for d in report.dom_removals}
    assert found == {
        ("cookie", "class_token"), ("navigation", "nav_element"), ("share", "class_token"),
        ("newsletter", "class_token"), ("related", "class_token"),
        ("comments", "class_token"), ("navigation", "footer_element"),
    }
    by_category = {d.category: d for d in report.dom_removals}
    assert by_category["cookie"].text.startswith("We use cookies")
    assert by_category["cookie"].path == "div#cookie-banner.consent-bar"
    assert "Lifeboat crew rescues walkers" in by_category["related"].text
    assert all(d.detector == "dom" and d.reason for d in report.dom_removals)
    assert report.chars_by_category["cookie"] == len(by_category["cookie"].text)


def test_categories_option_limits_dom_pruning() -> None:
    result = clean(ARTICLE, categories=["cookie"])
    assert [d.category for d in result.report.dom_removals] == ["cookie"]
    assert not {r.category for r in result.report.removals} - {"cookie"}


def test_scripts_and_styles_are_dropped_without_report() -> None:
    result = clean(ARTICLE)
    assert "dataLayer" not in result.text and "color: blue" not in result.text
    assert not any("dataLayer" in d.text for d in result.report.dom_removals)


def test_report_round_trips_and_replays() -> None:
    result = clean(ARTICLE)
    again = Report.from_dict(result.report.to_dict())
    assert again == result.report
    assert result.report.apply(result.source_text) == result.text


def test_link_list_is_pruned_as_related() -> None:
    html = ("<body><p>" + "Story text that is long enough to stay. " * 3 + "</p><ul>"
            + "".join(f'<li><a href="/{i}">Another story number {i}</a></li>' for i in range(4))
            + "</ul></body>")
    text, found = _pruned_text(html)
    assert found == [("related", "link_list")]
    assert "Another story" not in text and "Story text" in text


def test_link_only_paragraph_is_pruned_as_related() -> None:
    html = ('<body><p>The match ended in a draw after extra time.</p>'
            '<p><a href="/x">Who will win the league this year?</a></p></body>')
    text, found = _pruned_text(html)
    assert found == [("related", "link_paragraph")]
    assert text == "The match ended in a draw after extra time."


def test_heading_wrapped_in_a_link_is_a_teaser() -> None:
    html = '<body><p>Body text.</p><a href="/y"><h3>Pool to close for repairs in March</h3></a></body>'
    assert _pruned_text(html) == ("Body text.", [("related", "link_paragraph")])


def test_embedded_tweet_is_kept_as_a_quote() -> None:
    para = "The state's new anti-drug slogan drew thousands of replies within an hour. "
    tweet = "Yes this is real and yes the state spent half a million dollars on it."
    html = (f"<html><body><article><p>{para * 4}</p><div class='social-media-embed'>"
            f"<blockquote class='twitter-tweet'><p>{tweet}</p>&mdash; A Reader (@reader)"
            f"</blockquote></div><p>{para * 3}</p></article></body></html>")
    assert tweet in clean(html).text


def test_hidden_elements_are_not_text() -> None:
    para = "The ferry timetable changes on Monday, with two extra evening crossings. "
    html = (f"<html><body><article><p>{para * 5}</p>"
            '<div style="display: none">2019-11-19T08:57:40+01:00 SiteLogo</div>'
            '<span hidden>Subscriber-only tools</span></article></body></html>')
    result = clean(html)
    assert result.text == (para * 5).strip()
    assert "SiteLogo" not in result.text and "Subscriber-only" not in result.text


@pytest.mark.parametrize("para", [
    '<p><a href="/src">https://example.org/reports/2024/harbour.pdf</a></p>',
    '<p><a href="/src">Full results</a></p>',
    '<p>Read <a href="/report">the council\'s full report on the harbour</a> for details.</p>',
])
def test_link_paragraph_near_misses_are_kept(para: str) -> None:
    assert _pruned_text(f"<body>{para}</body>")[1] == []


def test_hover_card_of_links_inside_a_paragraph_goes() -> None:
    card = "".join(f'<a href="/s/{i}">Another long story headline about the mayor, number {i}</a>'
                   for i in range(3))
    html = (f'<body><p>The motion was tabled by <span class="who"><a href="/p/ann">Ann Lee'
            f'</a><span class="card">{card}</span></span> on Monday.</p></body>')
    text, found = _pruned_text(html)
    assert found == [("related", "link_card")]
    assert text == "The motion was tabled by Ann Lee on Monday."


def test_short_inline_links_are_not_a_card() -> None:
    html = ('<body><p>Sources: <span><a href="/r">Reuters</a>, <a href="/a">AP</a> and '
            '<a href="/b">BBC</a></span>.</p></body>')
    assert _pruned_text(html)[1] == []


def test_tag_links_are_a_tag_list() -> None:
    html = ('<body><p>The council approved the <a href="/t/bikes" rel="tag">bike</a> lanes on '
            'Tuesday after a long debate.</p><div>Tags: <a rel="tag" href="/t/a">council</a>, '
            '<a rel="tag" href="/t/b">cycling</a>, <a rel="tag" href="/t/c">transport</a></div>'
            '</body>')
    text, found = _pruned_text(html)
    assert found == [("navigation", "tag_list")]
    assert text == "The council approved the bike lanes on Tuesday after a long debate."


def test_small_nested_articles_are_teasers() -> None:
    cards = "".join(f"<article><p>Another story, number {i}, in a sentence.</p></article>"
                    for i in range(3))
    html = f"<body><article><p>The story itself, told at length.</p>{cards}</article></body>"
    text, found = _pruned_text(html)
    assert found == [("related", "teaser_article")] * 3
    assert text == "The story itself, told at length."


@pytest.mark.parametrize("inner", [
    "<article><p>{long}</p></article>",  # the article wrapped once in another <article>
    "<article><p>A card.</p></article><article><p>{long}</p></article>",  # one is long
])
def test_nested_article_near_misses_are_kept(inner: str) -> None:
    long = "The harbour ferry returned to service after four months of repairs. " * 20
    text, found = _pruned_text(f"<body><article>{inner.format(long=long)}</article></body>")
    assert found == [] and long.strip() in text


# -- near-misses: good text the rules must not prune ------------------------------------------

def test_near_miss_page_prunes_nothing() -> None:
    text, found = _pruned_text(NEAR_MISS)
    assert found == []
    for kept in ("They counted every passenger", "Two hundred children ride it",
                 "Passenger counts", "Council report", "angry letters to the editor"):
        assert kept in text


def test_wrapper_with_a_furniture_token_holding_the_page_is_kept() -> None:
    para = "The mayor opened the new library on Saturday with a reading for children. "
    html = f'<body><div class="main sidebar-layout"><p>{para * 40}</p></div></body>'
    text, found = _pruned_text(html)
    assert found == [] and text.startswith("The mayor opened")


def test_article_and_its_ancestors_are_never_pruned() -> None:
    html = ('<body><div class="comments-wrapper"><article><p>The story itself.</p></article>'
            '</div><aside><a href="/x">Elsewhere</a></aside></body>')
    text, found = _pruned_text(html)
    assert "The story itself." in text
    assert found == [("related", "aside_element")]


def test_aside_inside_the_article_is_kept() -> None:
    html = ('<body><article><p>Body.</p><aside>"We will rebuild," the mayor said.</aside>'
            '</article></body>')
    text, found = _pruned_text(html)
    assert found == [] and "We will rebuild" in text


def test_paragraph_with_a_furniture_class_is_kept() -> None:
    html = '<body><p class="social-policy">Our reporters follow a social media policy.</p></body>'
    assert _pruned_text(html) == ("Our reporters follow a social media policy.", [])


def test_share_class_on_prose_is_kept() -> None:
    quote = "A tweet quoted in the story, long enough to be prose and not a row of buttons."
    html = f'<body><div class="social-embed"><blockquote>{quote}</blockquote></div></body>'
    text, found = _pruned_text(html)
    assert found == [] and quote in text


def test_layout_table_is_unwrapped_and_data_tables_kept() -> None:
    para = "The festival closed on Sunday after a week of concerts in the old town square. "
    data = "<table><tr><th>Day</th><th>Visitors</th></tr><tr><td>Sunday</td><td>4,100</td></tr></table>"
    html = (f"<html><body><table><tr><td><a href='/'>Home</a></td><td><h1>Festival ends</h1>"
            f"<p>{para * 3}</p><p>{para * 2}</p>{data}</td></tr></table></body></html>")
    text = clean(html).text
    assert text.startswith(para.strip()) and "|" not in text.split("\n")[0]
    assert "| Sunday | 4,100 |" in text


def test_article_body_split_by_ad_slots_is_joined() -> None:
    html = ('<body><main><div class="chunks">'
            '<div class="article-body"><p>First part.</p></div><div class="ad-rail">Ad</div>'
            '<div class="article-body"><p>Second part.</p><p>Third part.</p></div>'
            '</div></main></body>')
    tree = LexborHTMLParser(html)
    merge_split_bodies(tree)
    bodies = tree.css("div.article-body")
    assert len(bodies) == 1
    assert bodies[0].text(separator=" ") == "First part. Second part. Third part."


@pytest.mark.parametrize("html", [
    # the same class far apart: a teaser card in the footer is not a chunk of the article
    ('<body><div><div><div><div class="post-content"><p>Article.</p></div></div></div></div>'
     '<footer><div><div><div class="post-content"><p>Teaser.</p></div></div></div></footer>'
     '</body>'),
    # nested containers with one class are one body, not chunks
    '<body><div class="content"><p>A.</p><div class="content"><p>B.</p></div></div></body>',
])
def test_bodies_that_are_not_chunks_stay_apart(html: str) -> None:
    tree = LexborHTMLParser(html)
    before = tree.html
    merge_split_bodies(tree)
    assert tree.html == before


# -- headline option, hints ---------------------------------------------------------------

def test_headline_and_standfirst_only_on_request() -> None:
    body_only = clean(ARTICLE).text
    with_headline = clean(ARTICLE, headline=True).text
    assert not body_only.startswith("Harbour ferry returns")
    assert with_headline.startswith("Harbour ferry returns after winter repairs\n"
                                    "The little ferry is back")
    assert with_headline.endswith(body_only)


def test_page_address_printed_above_the_headline_goes_with_it() -> None:
    para = "A cat missing for five years was found a thousand miles from home this week. "
    html = ("<html><head><title>Cat found far from home</title></head><body><article>"
            "<p>https://news.example.com/cat-found-far-from-home.html</p>"
            f"<h1>Cat found far from home</h1><p>{para * 5}</p></article></body></html>")
    assert clean(html).text == (para * 5).strip()
    kept = clean(html, headline=True).text
    assert kept.startswith("https://news.example.com/cat-found-far-from-home.html\nCat found")


@pytest.mark.parametrize("cls, kept", [("standfirst", False), ("intro", True), ("lede", True)])
def test_opening_paragraph_is_a_standfirst_only_when_marked_so(cls: str, kept: bool) -> None:
    first = "The town's only bakery has been sold after forty years in one family."
    para = "The new owners say the bread and the opening hours will stay the same. "
    html = (f"<html><head><title>Bakery sold</title></head><body><article><h1>Bakery sold</h1>"
            f"<p class='{cls}'>{first}</p><p>{para * 5}</p></article></body></html>")
    assert clean(html).text.startswith(first) is kept


def test_short_opening_subheading_is_not_a_standfirst() -> None:
    para = "The bakery on the corner has changed hands after forty years in one family. "
    html = (f"<html><head><title>Bakery sold</title></head><body><article><h1>Bakery sold</h1>"
            f"<h2>Background</h2><p>{para * 6}</p></article></body></html>")
    assert clean(html).text.startswith("Background\n")


def test_options_reject_a_bad_headline_value() -> None:
    with pytest.raises(TypeError):
        Options(headline="yes")  # type: ignore[arg-type]


# -- determinism: no state carried between calls --------------------------------------------

def _repetitive(i: int) -> str:
    para = f"<p>Paragraph {i} says the same thing about the weather again and again, at length.</p>"
    return f"<html><body><article>{para * 6}<p>Closing remark number {i}.</p></article></body></html>"


def test_result_does_not_depend_on_what_was_cleaned_before() -> None:
    first = clean(ARTICLE)
    for i in range(6):  # trafilatura's own dedup would remember these paragraphs
        clean(_repetitive(i))
        clean(ARTICLE)
    assert clean(ARTICLE) == first
    again = [clean(_repetitive(i)).text for i in range(3)]
    assert again == [clean(_repetitive(i)).text for i in range(3)]


# -- bytes and bad input --------------------------------------------------------------------

def test_bytes_use_the_declared_encoding() -> None:
    page = ('<html><head><meta charset="windows-1252"></head><body><article><p>'
            + "Der Bürgermeister eröffnete die Brücke über den Fluss am Montag früh. " * 5
            + "</p></article></body></html>")
    result = clean(page.encode("cp1252"))
    assert result.report.source == "html"
    assert "Bürgermeister eröffnete die Brücke" in result.text


_TAGS = st.sampled_from(["div", "p", "article", "nav", "ul", "li", "a", "table", "td", "h1",
                         "span", "aside", "footer", "main", "script", "section"])
_ATTRS = st.sampled_from(["", ' class="share-bar"', ' class="article-body"', ' hidden',
                          ' style="display:none"', ' rel="tag"', ' role="navigation"'])
_PIECES = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", _TAGS, _ATTRS),
    st.builds(lambda t: f"</{t}>", _TAGS),
    st.text(max_size=80),
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_markup_gives_a_replayable_result(html: str) -> None:
    result = clean(html, format="html")
    assert result.report.apply(result.source_text) == result.text
    assert clean(html, format="html") == result  # deterministic


@pytest.mark.parametrize("html", [
    "", "<html></html>", "<<<>>>", "<div>" * 3000 + "text" + "</div>" * 10,
    "<html><body>\x00\x01\ufffd<p>odd bytes</p></body></html>",
    "<html><body><p>" + "word " * 20000 + "</p></body></html>",
])
def test_bad_html_gives_a_result(html: str) -> None:
    result = clean(html, format="html")
    assert isinstance(result.text, str)
    assert result.report.apply(result.source_text) == result.text


def test_a_section_anchored_by_its_heading_slug_is_not_furniture() -> None:
    # documentation generators give each section an id spelled from its heading; words such
    # as "comments" in it name the topic, while a short id="comments" is still a comment box
    body = ("Reviewers will answer your patch within a week; reply to each point they raise "
            "and send a new version when all of them are settled. ") * 3
    section = ('<section id="respond-to-review-comments"><h2>Respond to review comments</h2>'
               f"<p>{body}</p></section>")
    page = f"<html><body><main><h1>Submitting</h1><p>{body}</p>{section}</main></body></html>"
    assert [d.rule for d in prune(LexborHTMLParser(page))] == []
    box = f'<div id="comments"><h2>Comments</h2><p>{body}</p></div>'
    assert [d.rule for d in prune(LexborHTMLParser(f"<body><p>{body}</p>{box}</body>"))] == [
        "class_token"]
