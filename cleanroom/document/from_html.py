"""HTML -> Document: prune page furniture with selectolax, extract the article with
trafilatura, and give the extracted paragraphs the DOM hints of the elements they came from.

1. **Parse, reshape and prune** (``dom_reshape``; ``dom_prune``, rules as data in
   ``dom_rules``).  selectolax (lexbor) parses the page.  Code, media and elements hidden
   from readers are dropped silently: they hold no text a reader sees; layout tables become
   plain containers and an article body split between ad slots is joined.  Page furniture — navigation, footers, sidebars, comment
   sections, cookie and newsletter boxes, share bars, ads, lists and paragraphs of links to
   other stories, teaser cards — is recognised by tag, ARIA role, class/id token or shape
   and removed; each removal becomes a ``DomRemoval`` with its category, element path and
   the text it held.  If pruning leaves the extractor almost nothing, the unpruned page is
   extracted instead and nothing is reported as pruned; if the page still gives almost
   nothing, it is read once more with its ``<noscript>`` page kept (``_Page``).
2. **Extract.**  trafilatura finds the main content.  This module is the only place it is
   called, with settings chosen on the benchmark (``docs/accuracy.md``): comments off (they
   are not the article), and its in-document deduplication off, because that keeps state
   between calls; cleanroom's ``repeated`` detector does that job, deterministically.  On
   non-article page types its own pass runs first and its fallbacks only when that pass
   kept little of the page (``_extract``).
3. **Headline and standfirst** (``dom_headline``) start the page but are not its body: they
   are left out unless ``keep_headline`` (``clean(html, headline=True)``).
4. **Map back** (``dom_hints``).  Each extracted line that matches the text of a
   paragraph-like element (``p``, ``li``, ``h2``...) gets that element's tag, path, class
   tokens, link density and heading level, for the text detectors to use.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from cleanroom.document import dom_rules
from cleanroom.document.dom_headline import descriptions, headline_lines, headlines, standfirst_line
from cleanroom.document.dom_hints import MarkupHints
from cleanroom.document.dom_prune import prune
from cleanroom.document.dom_reshape import (
    drop_silent,
    keep_embedded_posts,
    merge_split_bodies,
    unwrap_layout_tables,
)
from cleanroom.document.from_text import from_text
from cleanroom.document.html_guard import flatten
from cleanroom.document.model import Document
from cleanroom.document.page_type import ARTICLE, FORUM, page_type_of

# trafilatura's settings, fixed here and nowhere else (see the module docstring).
_EXTRACT_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "deduplicate": False,
    "include_tables": True,
    "output_format": "txt",
    "with_metadata": False,
}
_OWN_PASS_SHARE = 0.45  # trafilatura's own pass is kept when it holds this share of the page
_MIN_BODY = 0.5  # headline and standfirst are cut only over a body this share of their length
_MIN_EXTRACT = 250  # an extraction this short after pruning is retried on the unpruned page
_UNDO_SHARE = 7.0  # pruning that removed this many times what was kept is checked ...
_UNDO_GAIN = 2.0  # ... and undone if the unpruned page gives this many times the text
# An "article" that keeps under this many characters while its comment sections hold this
# many times that (and this many characters) is a discussion, read as a forum.  A long
# article over a longer comment section stays an article: its comments are not content.
_DISCUSSION_TEXT = 500
_DISCUSSION_SHARE = 3.0
_DISCUSSION_MIN = 1500

_JSON_LD = 'script[type="application/ld+json"]'
_MAX_JSON_LD = 200_000  # larger blocks are not handed back to the extractor (cost)


def _extract(html: str, page_chars: int | None = None, **settings: Any) -> str:
    """trafilatura's text of ``html``.  Given the page's ``page_chars`` (a page type whose
    profile says ``own_pass``), trafilatura's own pass runs first, without its fallbacks
    (readability's and justext's passes over the whole page); when that pass keeps at least
    ``_OWN_PASS_SHARE`` of the page's text it is the answer, otherwise the page is extracted
    again with the fallbacks, which are there for pages its own pass misreads.  On listings,
    products and the other non-article types of the development pages, the fallbacks pick a
    single block of a page of many (docs/html.md)."""
    import trafilatura  # imported on first use: text-only runs never pay its 0.1 s import

    options = _EXTRACT_SETTINGS | settings
    if page_chars is not None:
        own = trafilatura.extract(html, fast=True, **options) or ""
        if len(own) >= _OWN_PASS_SHARE * page_chars:
            return own
    return trafilatura.extract(html, **options) or ""


def _text_chars(tree: LexborHTMLParser) -> int:
    root = tree.body if tree.body is not None else tree.root
    return len(" ".join(root.text(separator=" ").split())) if root is not None else 0


def _structured_data(tree: LexborHTMLParser) -> str:
    """The page's JSON-LD blocks, as markup (they go with the other scripts).  trafilatura
    reads them for the page's title and authors, which tell it where a post starts: without
    them it takes a thread's posts for comments and prints them twice."""
    blocks = [node.html or "" for node in tree.css(_JSON_LD)]
    return "".join(b for b in blocks if len(b) <= _MAX_JSON_LD)


def _with_head(html: str, metadata: str) -> str:
    """``html`` with ``metadata`` put back at the end of its ``<head>``."""
    if not metadata:
        return html
    at = html.find("</head>")
    return html[:at] + metadata + html[at:] if at >= 0 else metadata + html


class _Page:
    """One extraction of a page: parse, reshape, prune (per its type's profile), extract."""

    def __init__(self, html: str, categories: Collection[str] | None, *,
                 noscript_page: bool = False, page_type: str | None = None) -> None:
        tree = LexborHTMLParser(html)
        self.page_type = page_type or page_type_of(tree)
        profile = dom_rules.PROFILES.get(self.page_type, dom_rules.Profile())
        self.candidates = headlines(tree)
        metadata = _structured_data(tree)
        drop_silent(tree, noscript_page=noscript_page, tab_copies=profile.tab_copies)
        if profile.layout_tables:
            unwrap_layout_tables(tree)
        merge_split_bodies(tree)
        keep_embedded_posts(tree)
        unpruned = _with_head(tree.html or "", metadata)
        unpruned_chars = _text_chars(tree) if profile.own_pass else None
        removals = prune(tree, categories, profile.off) if profile.prune else []
        pruned = _with_head(tree.html or "", metadata)
        pruned_chars = _text_chars(tree) if removals and profile.own_pass else unpruned_chars
        self.described = descriptions(tree)
        self.hints = MarkupHints(pruned)  # the pruned page parsed again when looked up: the
        del tree                          # tree is not kept while the extractor runs (memory)
        text = _extract(pruned, pruned_chars, **profile.extract)
        self.comment_chars = sum(len(d.text) for d in removals if d.category == "comments")
        if removals and (len(text) < _MIN_EXTRACT
                         or sum(len(d.text) for d in removals) > _UNDO_SHARE * len(text)):
            # Pruning can hide the landmarks the extractor needs, or take content units for
            # furniture: when it removed many times what the extractor kept, extract the
            # unpruned page too, and keep that if pruning cost most of the text.  Then
            # nothing is reported as pruned, since nothing was.
            whole = _extract(unpruned, unpruned_chars, **profile.extract)
            if len(text) < _MIN_EXTRACT or len(whole) > _UNDO_GAIN * len(text):
                text, removals = whole, []
        self.text, self.removals = text, removals


def from_html(html: str, *, keep_headline: bool = False,
              categories: Collection[str] | None = None) -> Document:
    """Prune, extract and map an HTML page into a Document (see the module docstring).

    >>> page = ('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    ...         '<article><h1>Bridge reopens</h1><p>' + 'The old bridge reopened today. ' * 12
    ...         + '</p></article></body></html>')
    >>> doc = from_html(page)
    >>> doc.text.startswith("The old bridge reopened today.")
    True
    >>> from_html(page, keep_headline=True).text.startswith("Bridge reopens\\nThe old bridge")
    True
    >>> [(d.category, d.rule, d.text) for d in doc.dom_removals]
    [('navigation', 'nav_element', 'Home News')]
    """
    html = flatten(html)  # nesting and attributes no page needs would make parsing quadratic
    page = _Page(html, categories)
    if len(page.text) < _MIN_EXTRACT and "<noscript" in html:
        # A page that gives almost nothing may be rendered for scripts only, with its text
        # kept for readers without them in a <noscript> (a forum engine's thread).
        again = _Page(html, categories, noscript_page=True)
        if len(again.text) > len(page.text):
            page = again
    if (page.page_type == ARTICLE and len(page.text) < _DISCUSSION_TEXT
            and page.comment_chars >= _DISCUSSION_MIN
            and page.comment_chars > _DISCUSSION_SHARE * len(page.text)):
        # An "article" of almost no text of its own whose comment sections hold many times
        # it is a discussion (a shared link with its thread, a one-line question with its
        # replies): the replies are the content, so the page is read as a forum.
        page = _Page(html, categories, page_type=FORUM)
    text, removals, page_type = page.text, page.removals, page.page_type
    candidates = page.candidates
    # The headline and standfirst are the page's title and summary, not its body: the body
    # starts after them, unless the caller asked for them (then the headline is put first
    # if the extractor left it out).
    lead = headline_lines(text, candidates)
    lead += standfirst_line(text[lead:], page.hints, page.described)
    if not keep_headline:
        if len(text) - lead >= _MIN_BODY * lead:  # a post that is all title is the post
            text = text[lead:]
    elif not lead and candidates:
        text = f"{candidates[0]}\n{text}" if text else candidates[0]
    doc = from_text(text)
    return Document(doc.text, doc.blocks, source="html",
                    dom_removals=tuple(removals), page_type=page_type)
