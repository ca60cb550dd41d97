"""The page's headline and standfirst: what starts the page but is not its body.

``clean(html)`` leaves them out of the text unless ``headline=True`` (the article body, as
extractors and the article benchmark define it); see ``docs/html.md``.
"""

from __future__ import annotations

import regex
from selectolax.lexbor import LexborHTMLParser

from cleanroom.document import dom_rules
from cleanroom.document.dom_hints import Hint, hint_key
from cleanroom.document.dom_prune import node_text
from cleanroom.document.model import normalize

_TITLE_SEPARATORS = regex.compile(r"\s+[|\-–—:»]\s+")
_MAX_HEADLINE = 300
# A line that is only a web address (stripped): the page's own, printed above its headline.
BARE_URL = regex.compile(r"https?://\S+$")


def standfirst_line(text: str, hints: dict[str, Hint], descriptions: set[str]) -> int:
    """Characters at the start of ``text`` taken by a standfirst: the summary sentence set
    under the headline.  It is a sentence-long heading (``h2``-``h6``) in the article's
    ``<header>``, or marked by a class token (``dom_rules.STANDFIRST_TOKENS``), or equal to
    the page's description; or a paragraph with such a class token.  A short heading that
    opens the first section ("Background") is none of these."""
    nl = text.find("\n")
    line = text if nl < 0 else text[:nl]
    if len(line.split()) < dom_rules.STANDFIRST_MIN_WORDS:
        return 0  # before the lookup: the page's hints are parsed on the first one
    key = hint_key(line)
    hint = hints.get(key)
    if hint is None:
        return 0
    heading = hint.heading_level is not None and hint.heading_level >= 2
    if heading:
        marked = not dom_rules.STANDFIRST_TOKENS.isdisjoint(hint.classes)
        is_standfirst = marked or hint.in_header or key in descriptions
    else:
        is_standfirst = (hint.tag == "p"
                         and not dom_rules.STANDFIRST_PARAGRAPH_TOKENS.isdisjoint(hint.classes))
    if is_standfirst:
        return len(text) if nl < 0 else nl + 1
    return 0


def descriptions(tree: LexborHTMLParser) -> set[str]:
    found = set()
    for selector in ('meta[name="description"]', 'meta[property="og:description"]'):
        meta = tree.css_first(selector)
        if meta is not None and meta.attributes.get("content"):
            found.add(hint_key(meta.attributes.get("content") or ""))
    return found


def headlines(tree: LexborHTMLParser) -> list[str]:
    """The page's headline as its markup states it, most specific first: every ``<h1>``, the
    ``og:title`` and ``twitter:title``, and ``<title>`` whole and split at `` | `` or `` - ``
    (where sites append their name)."""
    found = [node_text(h1) for h1 in tree.css("h1")]
    for selector in ('meta[property="og:title"]', 'meta[name="twitter:title"]'):
        meta = tree.css_first(selector)
        if meta is not None:
            found.append(" ".join((meta.attributes.get("content") or "").split()))
    title = tree.css_first("title")
    if title is not None:
        whole = node_text(title)
        found.append(whole)
        found.extend(_TITLE_SEPARATORS.split(whole))
    return [h for h in found if h]


def headline_lines(text: str, candidates: list[str]) -> int:
    """Characters at the start of ``text`` taken by headline lines (at most two), and by the
    page's address when a page prints it bare just above the headline."""
    keys = {normalize(c) for c in candidates}
    pos = 0
    found = 0
    for _ in range(3):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        is_headline = len(line) <= _MAX_HEADLINE and normalize(line) in keys
        if not is_headline and not (pos == 0 and BARE_URL.match(line.strip())):
            break
        found += is_headline
        pos = len(text) if nl < 0 else nl + 1
        if found == 2:
            break
    return pos if found else 0
