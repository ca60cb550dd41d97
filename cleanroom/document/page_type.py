"""The page's type, from its markup: ``article`` unless the page says or shows otherwise.

The HTML path follows it (``dom_rules.PROFILES``: on a forum the posts are the content, on a
listing the cards are) and reports it (``report.page_type``).  Evidence, strongest first:

1. the schema.org types the page declares (JSON-LD ``@type``, microdata ``itemtype``;
   ``SCHEMA_TYPES``);
2. the shape of its address (canonical link or ``og:url``): ``/threads/``, ``/questions/``,
   ``/docs/``, ``/collections/``... (``URL_SEGMENTS``); then ``og:type``, which many CMSs
   set to ``article`` on every page;
3. its structure: several posts with an author each (forum), a grid of sibling cards that
   hold most of the page's text (listing).

Read before the page is reshaped (JSON-LD lives in ``<script>``).  No site names, only
vocabulary pages share.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

ARTICLE = "article"
FORUM = "forum"
PRODUCT = "product"
COLLECTION = "collection"
LISTING = "listing"
SERVICE = "service"
DOCUMENTATION = "documentation"
PAGE_TYPES = (ARTICLE, FORUM, PRODUCT, COLLECTION, LISTING, SERVICE, DOCUMENTATION)

# schema.org types (lower-cased) -> page type.  Article types win over the others a page
# also declares (a news story declares its Organization, a review its Product).
SCHEMA_TYPES: dict[str, str] = {
    **dict.fromkeys(("article", "newsarticle", "blogposting", "reportagenewsarticle",
                     "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                     "backgroundnewsarticle", "scholarlyarticle", "liveblogposting",
                     "medicalwebpage", "review", "recipe"), ARTICLE),
    # not "Question": an FAQ block declares its questions too
    **dict.fromkeys(("discussionforumposting", "qapage", "socialmediaposting"), FORUM),
    **dict.fromkeys(("techarticle", "apireference", "softwaresourcecode"), DOCUMENTATION),
    **dict.fromkeys(("product", "productgroup", "productmodel", "individualproduct"), PRODUCT),
    **dict.fromkeys(("collectionpage", "offercatalog", "searchresultspage"), COLLECTION),
}
_OG_TYPES = {"article": ARTICLE, "product": PRODUCT, "og:product": PRODUCT,
             "product.item": PRODUCT}
# An address's path segments -> page type (the first segment that names one decides).
URL_SEGMENTS: dict[str, str] = {
    **dict.fromkeys(("forum", "forums", "thread", "threads", "questions", "discussion",
                     "discussions", "comments", "t", "viewtopic", "showthread"), FORUM),
    **dict.fromkeys(("docs", "doc", "documentation", "reference", "manual", "api",
                     "tutorial", "latest", "stable", "wiki"), DOCUMENTATION),  # /en/latest/: versions
    **dict.fromkeys(("collections", "collection", "category", "categories", "c", "shop"),
                    COLLECTION),
    **dict.fromkeys(("product", "products", "dp", "item"), PRODUCT),
}
# An address's first host label -> page type ("docs.example.org", "forum.example.org").
HOST_LABELS: dict[str, str] = {
    **dict.fromkeys(("forum", "forums", "community", "discuss", "answers"), FORUM),
    **dict.fromkeys(("docs", "doc", "developer", "developers", "wiki", "devdocs"),
                    DOCUMENTATION),
}
# Software that names its pages' type in ``<meta name="generator">`` (wiki engines, forum
# engines, documentation generators): a platform's vocabulary, not a site's.
GENERATORS: dict[str, str] = {
    **dict.fromkeys(("mediawiki", "dokuwiki", "docusaurus", "mkdocs", "sphinx", "gitbook",
                     "vitepress", "docfx", "antora", "hugo-book"), DOCUMENTATION),
    **dict.fromkeys(("discourse", "phpbb", "vbulletin", "xenforo", "flarum", "mybb",
                     "nodebb", "vanilla", "smf"), FORUM),
}
_WORD = regex.compile(r"[a-z][a-z-]*")
# A declared plain schema.org "Article" (many CMSs print it on every page) gives way to a
# forum or documentation address; its subtypes (NewsArticle, BlogPosting...) do not.
GENERIC_ARTICLE = "generic-article"
# Whole path segments only ("/best-oral-hygiene-products/" names no type), without an
# extension ("viewtopic.php"); "topics", "community" and "/p/" name articles as often.
_SEGMENT = regex.compile(r"/+")
_EXTENSION = regex.compile(r"\.[a-z0-9]{1,5}$")
_FORUM_POSTS = 3  # posts with an author each that make a page a thread
# (not comments: an article's comment section has them; not answers: FAQ blocks do)
_POST_SELECTOR = "[itemtype*='DiscussionForumPosting'], [itemtype*='SocialMediaPosting']"
_INDEX_HEADINGS = 5  # an index has at least this many headings outside the furniture ...
_INDEX_SHARE = 0.7  # ... and this share of them are links
_FURNITURE_DEPTH = 12
_OUT_LINK = 'a[href]:not([href^="#"])'  # a heading's own permalink is not a card's link
_CODE_BLOCKS = "pre"
_DOC_CODE_BLOCKS = 3  # code blocks that, with a sidebar of links, make a page documentation
_SIDEBAR = "nav, aside, [role=navigation]"
_MAX_LD_CHARS = 200_000  # JSON-LD blocks larger than this are not read (cost)


def page_type_of(tree: LexborHTMLParser) -> str:
    """The page's type (one of ``PAGE_TYPES``), ``article`` when nothing says otherwise.

    >>> page_type_of(LexborHTMLParser('<script type="application/ld+json">'
    ...     '{"@type": "DiscussionForumPosting"}</script>'))
    'forum'
    >>> page_type_of(LexborHTMLParser('<link rel="canonical" href="https://x.org/docs/setup">'))
    'documentation'
    >>> page_type_of(LexborHTMLParser('<p>Just a page</p>'))
    'article'
    """
    declared = _declared_types(tree)
    by_software = _generator_type(tree)
    by_url = _url_type(tree) or by_software
    if by_url in (FORUM, DOCUMENTATION) and GENERIC_ARTICLE in declared:
        return by_url  # a docs or forum address over a CMS's default "Article"
    for kind in (ARTICLE, FORUM, DOCUMENTATION, PRODUCT, COLLECTION):
        if kind in declared:
            return kind
    if by_url is not None:
        return by_url
    og = tree.css_first('meta[property="og:type"]')  # weaker: "article" is many CMSs' default
    if og is not None:
        by_og = _OG_TYPES.get((og.attributes.get("content") or "").strip().lower())
        if by_og is not None:
            return by_og
    if len(tree.css(_POST_SELECTOR)) >= _FORUM_POSTS:
        return FORUM
    if _is_index(tree):
        return LISTING
    if len(tree.css(_CODE_BLOCKS)) >= _DOC_CODE_BLOCKS and tree.css_first(_SIDEBAR) is not None:
        return DOCUMENTATION
    return ARTICLE


def _is_index(tree: LexborHTMLParser) -> bool:
    """True if the page's headings are nearly all links to other pages (a card each): an
    index of articles, courses or products.  An article's subheadings are not links; the
    headlines of a related-stories box are outnumbered by them or sit in furniture."""
    root = tree.body
    if root is None:
        return False
    headings = [h for h in root.css("h2, h3, h4") if not _in_furniture(h)]
    if len(headings) < _INDEX_HEADINGS:
        return False
    linked = sum(1 for h in headings if h.css_first(_OUT_LINK) is not None
                 or (h.parent is not None and h.parent.tag == "a"
                     and not (h.parent.attributes.get("href") or "#").startswith("#")))
    return linked >= _INDEX_SHARE * len(headings)


def _generator_type(tree: LexborHTMLParser) -> str | None:
    """The page type the software that made the page names (``<meta name="generator">``)."""
    node = tree.css_first('meta[name="generator"]')
    content = (node.attributes.get("content") or "").lower() if node is not None else ""
    for word in _WORD.findall(content[:200]):
        kind = GENERATORS.get(word)
        if kind is not None:
            return kind
    return None


def _in_furniture(node: LexborNode) -> bool:
    current = node.parent
    for _ in range(_FURNITURE_DEPTH):
        if current is None:
            return False
        if current.tag in ("nav", "aside", "footer", "header"):
            return True
        current = current.parent
    return False


def _declared_types(tree: LexborHTMLParser) -> set[str]:
    found: set[str] = set()
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True)
        if len(raw) > _MAX_LD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        types = _ld_types(data, 0)
        found.update(_kind(t) for t in types)
        if any(t.strip().lower() == "article" for t in types):
            found.add(GENERIC_ARTICLE)
    for node in tree.css("[itemtype]"):
        found.add(_kind((node.attributes.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]))
    found.discard("")
    return found


def _kind(schema_type: str) -> str:
    return SCHEMA_TYPES.get(schema_type.strip().lower(), "")


def _ld_types(data: Any, depth: int) -> list[str]:
    """The ``@type`` values of a JSON-LD object, its ``@graph`` and ``mainEntity``."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return [t for item in data[:50] for t in _ld_types(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    kinds = data.get("@type")
    found = [kinds] if isinstance(kinds, str) else [k for k in kinds or [] if isinstance(k, str)]
    for key in ("@graph", "mainEntity"):
        if key in data:
            found += _ld_types(data[key], depth + 1)
    return found


def _url_type(tree: LexborHTMLParser) -> str | None:
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]',
                                                                 "content")):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get(attr):
            return url_type(node.attributes.get(attr) or "")
    return None


def url_type(url: str) -> str | None:
    """The page type an address's path names, if any.

    >>> url_type("https://example.org/community/t/how-do-i-reset/123"), url_type("https://x.org/")
    ('forum', None)
    >>> url_type("https://docs.example.org/en/setup"), url_type("https://docs.org/setup")
    ('documentation', None)
    """
    try:
        parts = urlparse(url)
        path, host = parts.path.lower(), (parts.hostname or "").lower()
    except ValueError:
        return None
    if host.count(".") >= 2:  # a subdomain: "docs.python.org", not "forum.com"
        kind = HOST_LABELS.get(host.split(".", 1)[0].split("-", 1)[0])
        if kind is not None:
            return kind
    for segment in _SEGMENT.split(path)[:6]:
        kind = URL_SEGMENTS.get(_EXTENSION.sub("", segment))
        if kind is not None:
            return kind
    return None

