"""The DOM pruning rules, as data: which elements are page furniture, and what kind.

An element is pruned before extraction when its tag, its ARIA role or one of its class/id
*tokens* names a kind of furniture.  Class and id values are split into tokens on every
non-alphanumeric character and on camelCase boundaries (``"post-shareBar"`` -> ``post``,
``share``, ``bar``), and tokens are compared whole: ``"shared-content"`` yields ``shared``,
which is not ``share``, and ``"header"`` is not ``head``.

Near-misses the guards in ``from_html`` keep: the page wrapper ``<div class="page
has-sidebar">`` (it holds most of the page's text), an ``<article class="share-enabled">``
(articles and ``main`` are never pruned, nor anything that contains one), and a ``<p
class="social-media-policy">`` paragraph (only container tags are pruned by class).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from cleanroom.categories import Category

# Elements that hold code or embedded media, not text: dropped without a report entry,
# as every extractor does (their "text" is JavaScript, CSS or markup).
SILENT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "canvas",
                         "iframe", "object", "embed", "link", "meta", "button", "select",
                         "input", "textarea"})

# A hidden element is shown instead of dropped when it holds at least this many words, at
# most this share of them in links (a streamed page body, a collapsed answer, a tab panel;
# a hidden menu is links, a hidden date or logo is a few words).
HIDDEN_PROSE_WORDS = 12
HIDDEN_PROSE_LINKS = 0.3
HIDDEN_PAGE_SHARE = 0.5
# A <noscript> with more text than the rest of the page and at least this many words is
# the page itself, rendered for readers without scripts.
NOSCRIPT_PAGE_WORDS = 50  # a hidden element with this share of the page's text is the page

# Furniture by tag: only outside the article (an <aside> or <footer> inside <article> can
# hold a pull quote or the article's own source line, which are kept).  <header> is not
# here: many pages wrap the article's own headline in one outside any <article>, and
# without it the extractor loses track of where the article starts.
TAGS: dict[str, tuple[Category, str]] = {
    "nav": (Category.NAVIGATION, "navigation menu"),
    "footer": (Category.NAVIGATION, "page footer"),
    "aside": (Category.RELATED, "sidebar"),
}

# Furniture by ARIA role (also only outside the article, like TAGS).
ROLES: dict[str, tuple[Category, str]] = {
    "navigation": (Category.NAVIGATION, "navigation menu"),
    "banner": (Category.NAVIGATION, "page banner"),
    "contentinfo": (Category.NAVIGATION, "page footer"),
    "search": (Category.NAVIGATION, "search box"),
    "complementary": (Category.RELATED, "sidebar"),
}

# Furniture by class/id token.  Each token names its kind unambiguously; words that are
# also common in article wrappers ("content", "main", "story", "post", "entry", "text")
# are never tokens here.
TOKENS: dict[str, tuple[Category, str]] = {}
_TOKEN_GROUPS: dict[Category, tuple[tuple[str, ...], str]] = {
    Category.COOKIE: (("cookie", "cookies", "consent", "gdpr", "cookiebanner", "onetrust",
                       "cookielaw"), "cookie or consent banner"),
    Category.NEWSLETTER: (("newsletter", "newsletters", "subscribe", "subscription", "signup",
                           "paywall", "regwall"), "newsletter or subscription prompt"),
    Category.SHARE: (("share", "shares", "sharing", "sharebar", "social", "addthis",
                      "sharethis", "sociallinks"), "share or follow buttons"),
    Category.COMMENTS: (("comments", "comment", "commentlist", "disqus", "respond",
                         "replies"), "comment section"),
    Category.RELATED: (("related", "recommended", "recommendations", "outbrain", "taboola",
                        "trending", "mostread", "popular", "sidebar", "widget", "widgets"),
                       "related or recommended links"),
    Category.NAVIGATION: (("breadcrumb", "breadcrumbs", "menu", "navbar", "nav",
                           "navigation", "pagination", "pager", "skiplink", "masthead",
                           "topbar"), "navigation"),
    Category.ADS: (("ad", "ads", "advert", "adverts", "advertisement", "adslot", "adunit",
                    "dfp", "sponsored", "gpt"), "advertisement"),
}
for _category, (_tokens, _kind) in _TOKEN_GROUPS.items():
    for _token in _tokens:
        TOKENS[_token] = (_category, _kind)

# What a class/id match must also look like, per kind: (minimum link density, maximum
# characters outside links).  Furniture is short or made of links; an element that holds
# prose is not furniture whatever its class says ("article-body pagination-first", a
# "social-media-embed" quoting a tweet the article discusses, "content-with-sidebar").
SHAPES: dict[Category, tuple[float, int]] = {
    Category.COOKIE: (0.0, 1500),
    Category.NEWSLETTER: (0.0, 600),
    Category.SHARE: (0.0, 80),
    Category.COMMENTS: (0.0, 1_000_000),
    Category.RELATED: (0.5, 1500),
    Category.NAVIGATION: (0.5, 600),
    Category.ADS: (0.0, 120),
}

# A list of links: every item of a <ul>/<ol> mostly link text, and at least this many items.
# On the benchmark pages such lists held 51,000 shingles of furniture and 80 of article
# text, all of the latter in two-item lists ("Get it on Amazon" / "Also at Walmart").
LINK_LIST_ITEMS = 3
LINK_ITEM_SHARE = 0.3
# ... unless it is one of this many link lists under one parent, each after its own heading
# or lead-in paragraph: the sections of a page of links (a tutorial index, a reading list).
SECTION_LISTS = 3
SECTION_LEADS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})

# Class tokens of a standfirst (dek, subheadline): the summary set under the headline.
STANDFIRST_TOKENS = frozenset({"standfirst", "dek", "deck", "subhead", "subheadline",
                               "subline", "subtitle", "sub", "strapline", "summary", "lede",
                               "excerpt", "teaser", "intro", "kicker"})
# A paragraph (not a heading) is a standfirst only by an unambiguous token: many sites mark
# the article's own first paragraph "intro" or "lede", and that is body text.
STANDFIRST_PARAGRAPH_TOKENS = frozenset({"standfirst", "dek", "deck", "subhead",
                                         "subheadline", "subtitle", "strapline"})
STANDFIRST_MIN_WORDS = 5

# A paragraph or subheading that is all link: a teaser for another story set between the
# article's paragraphs ("Who will make the Hall of Fame in 2020?" linking elsewhere).
LINK_PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
LINK_PARAGRAPH_WORDS = 3
LINK_PARAGRAPH_SHARE = 0.9

# Teaser cards: at least this many <article>s inside an <article>, none longer than this.
TEASER_ARTICLES = 2
TEASER_MAX_CHARS = 1000

# A tag list: the parent of <a rel="tag"> links, mostly links and short.
TAG_LIST_SHARE = 0.6
TAG_LIST_MAX_CHARS = 600

# A pop-up card of links inside a paragraph: this many links, this much link text.
CARD_LINKS = 3
CARD_MIN_CHARS = 150

# Classes of posts embedded in an article (kept as quotes, see dom_reshape).
EMBED_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed")

# Class tokens of an article body's container, for bodies split into chunks.
BODY_TOKENS = frozenset({"body", "content", "text", "chunk", "chunks"})

# Only these tags are pruned by class/id token: containers, never paragraphs or headings.
CONTAINER_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "nav", "footer", "header",
                            "form", "dl", "table", "figure"})

# Elements that are (or hold) the article: never pruned, nor their ancestors.
ARTICLE_TAGS = frozenset({"article", "main"})

# Blocks whose text is looked up to give extracted paragraphs their DOM hints.
TEXT_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                       "td", "th", "dd", "dt", "figcaption", "caption"})

_SPLIT = regex.compile(r"[^0-9A-Za-z]+|(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=8192)
def tokens(value: str) -> tuple[str, ...]:
    """Class/id tokens, lower-cased (cached: pages repeat a few class strings thousands of
    times).

    >>> tokens("post-shareBar js_social--icons")
    ('post', 'share', 'bar', 'js', 'social', 'icons')
    """
    return tuple(t.lower() for t in _SPLIT.split(value) if t)


# An id of this many words that spells the element's own heading is a section anchor.
ANCHOR_ID_WORDS = 4


@lru_cache(maxsize=4096)
def token_rule(classes: str, ident: str) -> tuple[Category, str, str] | None:
    """(category, kind, token) of the first furniture token in ``class`` then ``id``
    (cached: a page repeats the same few class strings on thousands of elements)."""
    for value in (ident, classes):
        for token in tokens(value):
            hit = TOKENS.get(token)
            if hit is not None:
                return hit[0], hit[1], token
    return None


@dataclass(frozen=True)
class Profile:
    """How the HTML path treats a page type: whether furniture is pruned, which prune rules
    are off (``rule`` or ``rule/category``), whether hidden tab panels that repeat each
    other are all shown (``dom_reshape.drop_silent``), whether trafilatura's own pass is
    tried before its fallbacks (``from_html._extract``), whether layout tables are unwrapped
    (``dom_reshape.unwrap_layout_tables``: on old news pages the story sits in one; on the
    other types a table with paragraphs in its cells is as often a specification or a price
    table, and unwrapping moved the extractor off the content), and trafilatura settings on
    top of the fixed ones (``from_html._EXTRACT_SETTINGS``)."""

    prune: bool = True
    off: frozenset[str] = frozenset()
    tab_copies: bool = False  # hidden panels that repeat each other are all shown
    own_pass: bool = False  # trafilatura's own pass first, its fallbacks only if it is short
    layout_tables: bool = True  # tables holding headings or paragraphs become containers
    extract: dict[str, Any] = field(default_factory=dict)


# The structural rules find the cards, headline links and link lists of an article's page;
# on listings, collections and hubs those ARE the content.
_CONTENT_UNITS = frozenset({"link_paragraph", "link_list", "teaser_article", "link_card"})
PROFILES: dict[str, Profile] = {
    "article": Profile(),
    # a thread's posts look like comments and its reply links like link lists: any pruning
    # moves the extractor off them, so a forum goes to trafilatura whole, comments kept
    "forum": Profile(prune=False, own_pass=True, layout_tables=False,
                     extract={"include_comments": True}),
    "listing": Profile(off=_CONTENT_UNITS, own_pass=True, layout_tables=False),
    "collection": Profile(off=_CONTENT_UNITS, own_pass=True, layout_tables=False),
    "product": Profile(off=_CONTENT_UNITS, own_pass=True, layout_tables=False),
    "service": Profile(off=_CONTENT_UNITS, own_pass=True, layout_tables=False),
    # a docs page's tabs hold the same steps for each language, each with its own code
    "documentation": Profile(off=_CONTENT_UNITS, tab_copies=True, own_pass=True,
                             layout_tables=False),
}
