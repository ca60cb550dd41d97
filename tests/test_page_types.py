"""Page types on the HTML path (issue 11): the type is read from the markup and reported, and
extraction follows it: a forum's posts, a listing's cards, a service page's sections and a
product's description are content.  Every page here is written for these tests."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleanroom import clean
from cleanroom.document.page_type import page_type_of, url_type
from cleanroom.report import Report

INTRO = ("Our workshop restores old bicycles for the town's riders, and every frame gets new "
         "bearings, brakes and a careful coat of paint before it leaves. ")


def _ld(kind: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": kind})}</script>'


@pytest.mark.parametrize("head, expected", [
    (_ld("DiscussionForumPosting"), "forum"),
    (_ld("QAPage"), "forum"),
    (_ld("Product"), "product"),
    (_ld("CollectionPage"), "collection"),
    (_ld("TechArticle"), "documentation"),
    (_ld("NewsArticle") + _ld("Product"), "article"),  # a review declares what it reviews
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "BlogPosting"}]}</script>', "article"),
    ('<meta property="og:type" content="product">', "product"),
    ('<link rel="canonical" href="https://example.org/community/threads/brakes.12/">', "forum"),
    ('<link rel="canonical" href="https://example.org/docs/install">', "documentation"),
    ('<link rel="canonical" href="https://example.org/collections/saddles">', "collection"),
    ("", "article"),
    ('<script type="application/ld+json">{not json</script>', "article"),
    (_ld("FAQPage") + '<script type="application/ld+json">{"@type": "Question"}</script>',
     "article"),  # an FAQ block's questions are not a forum
])
def test_page_type_from_declared_types_and_address(head: str, expected: str) -> None:
    page = f"<html><head>{head}</head><body><p>{INTRO}</p></body></html>"
    assert page_type_of(LexborHTMLParser(page)) == expected


def test_an_index_of_linked_headings_is_a_listing_and_an_article_is_not() -> None:
    cards = "".join(f'<div class="card"><h3><a href="/guide/{i}">Guide number {i}</a></h3>'
                    f"<p>Short summary of guide {i}.</p></div>" for i in range(8))
    assert page_type_of(LexborHTMLParser(f"<body><main>{cards}</main></body>")) == "listing"
    sections = "".join(f"<h2>Step {i}</h2><p>{INTRO}</p>" for i in range(8))
    anchors = "".join(f'<h2><a href="#s{i}">Step {i}</a></h2><p>{INTRO}</p>' for i in range(8))
    for body in (sections, anchors):  # subheadings, or permalinks to them, are no index
        assert page_type_of(LexborHTMLParser(f"<body><article>{body}</article></body>")) == \
            "article"


def test_url_shape() -> None:
    assert url_type("https://example.org/t/how-to-true-a-wheel/991") == "forum"
    assert url_type("https://example.org/blog/how-to-true-a-wheel") is None
    assert url_type("not a url at all") is None


def test_the_report_carries_the_page_type_and_round_trips() -> None:
    page = f"<html><head>{_ld('Product')}</head><body><p>{INTRO * 3}</p></body></html>"
    report = clean(page).report
    assert report.page_type == "product"
    assert Report.from_dict(json.loads(json.dumps(report.to_dict()))) == report
    assert clean(INTRO).report.page_type is None  # text has no page type


POSTS = [("ridgeback", "My rear wheel wobbles after I hit a kerb; can it be trued at home or "
          "does it need a new rim?"),
         ("spokewise", "A small wobble trues at home with a spoke key: loosen on the side "
          "that bulges and tighten the other, a quarter turn at a time."),
         ("ridgeback", "That worked, the wheel spins straight again after twenty minutes of "
          "quarter turns. Thanks for the patient explanation.")]


def _thread(head: str) -> str:
    posts = "".join(f'<div class="comment post" id="post-{i}"><div class="author">{who}</div>'
                    f'<div class="comment-body"><p>{text}</p></div></div>'
                    for i, (who, text) in enumerate(POSTS))
    return (f"<html><head>{head}</head><body><nav><a href='/'>Forums</a> <a href='/new'>New"
            f"</a></nav><main><h1>Trueing a wheel at home</h1><p>{INTRO * 3}</p>"
            f'<div class="comments">{posts}</div></main></body></html>')


def test_forum_posts_are_the_content_and_article_comments_are_not() -> None:
    forum = clean(_thread(_ld("DiscussionForumPosting")))
    assert forum.report.page_type == "forum"
    for _, text in POSTS:
        assert text in forum.text
    article = clean(_thread(_ld("BlogPosting")))
    assert article.report.page_type == "article"
    assert POSTS[1][1] not in article.text  # under an article, the same markup is comments
    assert any(d.category == "comments" for d in article.report.dom_removals)


def test_every_card_of_a_listing_is_kept() -> None:
    cards = "".join(f'<article class="card"><h3><a href="/route/{i}">Riverside route {i}</a>'
                    f"</h3><p>A flat loop of {10 + i} kilometres along the river.</p></article>"
                    for i in range(8))
    page = (f"<html><head>{_ld('CollectionPage')}</head><body><main><article>"
            f"<p>{INTRO}</p>{cards}</article></main></body></html>")
    result = clean(page)
    assert result.report.page_type == "collection"
    for i in range(8):
        assert f"Riverside route {i}" in result.text
    assert not any(d.rule == "teaser_article" for d in result.report.dom_removals)


def test_a_body_that_is_only_its_title_is_kept() -> None:
    post = "Council votes to open the old rail bridge to bicycles from next spring"
    page = (f"<html><head><title>{post}</title><meta name='description' content='{post}'>"
            f"</head><body><h1>{post}</h1><p>Posted by a reader</p></body></html>")
    assert post in clean(page).text
    long_page = (f"<html><head><title>{post}</title></head><body><article><h1>{post}</h1>"
                 f"<p>{INTRO * 3}</p></article></body></html>")
    assert clean(long_page).text == (INTRO * 3).strip()  # over a body, the title is cut


def test_pruning_that_takes_most_of_the_page_is_undone() -> None:
    # No type declared, headings are not links: the page reads as an article, and its
    # cards look like teasers to the teaser rule.  They are nearly all of its text, so the
    # pruned extraction is checked against the unpruned one and pruning is undone.
    cards = "".join(f"<article><h3>Trail {i}: the {name} loop</h3><p>{name.title()} loop is "
                    f"{5 + i} kilometres of packed gravel with two climbs and a cafe at the "
                    f"halfway bench, open on weekends from April.</p></article>"
                    for i, name in enumerate(["mill", "ridge", "orchard", "quarry", "heath",
                                              "marsh", "beacon", "weir", "copse", "lock"] * 2))
    page = (f"<html><body><article><h1>Gravel trails</h1><p>{INTRO * 2}</p>"
            f"{cards}</article></body></html>")
    result = clean(page)
    for name in ("mill", "copse", "lock"):
        assert f"the {name} loop" in result.text
    assert not result.report.dom_removals  # the unpruned page was used: nothing pruned


def test_a_component_class_is_not_a_consent_banner() -> None:
    page = (f'<html><body><div class="cmp-container"><p>{INTRO * 3}</p></div>'
            f'<div class="cookie-banner">We use cookies. Accept</div></body></html>')
    result = clean(page)
    assert (INTRO * 3).strip() in result.text
    assert [d.category for d in result.report.dom_removals] == ["cookie"]


def test_code_blocks_beside_a_sidebar_make_documentation() -> None:
    code = "".join(f"<h2>Step {i}</h2><p>{INTRO}</p><pre>wheel --true {i}</pre>" for i in range(3))
    sidebar = '<nav><a href="/a">Install</a> <a href="/b">Configure</a></nav>'
    assert page_type_of(LexborHTMLParser(f"<body>{sidebar}<main>{code}</main></body>")) == \
        "documentation"
    assert page_type_of(LexborHTMLParser(f"<body><main>{code}</main></body>")) == "article"


def test_a_thread_in_comment_containers_comes_out_once_per_post() -> None:
    # the extractor reads the page's JSON-LD to know a thread's posts are its content: it
    # must still see it after the page's scripts are dropped, or it prints every post twice
    question = ("I am building a bench for the garden and wonder which wood stands the rain "
                "best over many winters. ")
    replies = [f"Reply {i}: oak or larch both last for years outdoors if you oil them each "
               f"spring and keep the legs off wet ground. " for i in range(1, 4)]
    ld = json.dumps({"@type": "DiscussionForumPosting", "headline": "Garden bench wood",
                     "author": {"@type": "Person", "name": "Ana"}, "text": question})
    posts = "".join(f'<article class="comment"><div class="author">Member {i}</div>'
                    f'<div class="comment-body"><p>{body * 2}</p></div></article>'
                    for i, body in enumerate([question, *replies]))
    html = (f'<html><head><title>Garden bench wood</title><script type="application/ld+json">'
            f'{ld}</script></head><body><h1>Garden bench wood</h1>'
            f'<div class="comments">{posts}</div></body></html>')
    result = clean(html)
    assert result.report.page_type == "forum"
    for body in [question, *replies]:
        assert result.text.count(body.strip()) == 2  # each post holds its text twice


def test_an_article_that_is_mostly_its_thread_is_a_discussion() -> None:
    # a short link post whose replies hold many times its text: the replies are the content
    replies = "".join(
        f'<div class="comment"><span class="author">rider{i}</span><p>Reply {i}: I swapped '
        f"the chain on my touring bike last autumn, and after two thousand kilometres of wet "
        f"lanes the new one still shifts cleanly; cleaning it every month made the most "
        f"difference, more than the brand of oil or the price of the chain itself.</p></div>"
        for i in range(8))
    html = (f"<html><body><main><h1>Which chain lasts longest?</h1><p>Looking for advice on "
            f"chains for a touring bike used all year.</p>"
            f'<div class="comments">{replies}</div></main></body></html>')
    result = clean(html)
    assert result.report.page_type == "forum"
    assert "Reply 7: I swapped" in result.text and "Reply 0: I swapped" in result.text
