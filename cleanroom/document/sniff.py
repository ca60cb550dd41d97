"""Is the input HTML or text?  ``looks_like_html`` decides for ``format="auto"``.

Taking text for HTML loses words (the parser eats every ``<div>`` the text mentions, and
the extractor may drop the rest); taking HTML for text loses none (the markup stays in the
text, visible).  So the rule asks for evidence:

1. **A document's opening**: after any byte-order mark, whitespace, comments and leading
   ``<script>``/``<style>`` elements (pages open with long inline scripts), the input starts
   with a doctype (however broken: ``<!DOCTYPE>``, ``<!doctypehtml>``), ``<?xml``, or a
   ``<html>``, ``<head>``, ``<body>``, ``<meta>``, ``<title>``, ``<link>`` or ``<base>`` tag.
   A line or two of a few words before the opening (a URL a scraper wrote above the page)
   are allowed; a line of prose is not (the clean text of a page that shows a document's
   source in a ``<pre>`` is text).
2. **A fragment**: after those comments and scripts, it starts with an element tag, has at least three and a closing tag, and
   its words are inside elements: no more than a quarter of its text is outside every tag
   (``<p>One</p><p>Two</p>`` is HTML; ``<div> groups blocks and <p> is a paragraph`` is not).

Everything else is text, such as prose that mentions or quotes tags (``Use <div> and <p>
tags: <div><p>Hello</p></div>``), and the text ``clean()`` extracts from a page whose first
lines are code it shows: so ``clean(clean(page).text)`` cleans text.  ``format="html"``
forces the HTML path.
"""

from __future__ import annotations

import re

_SNIFF = 8192  # characters looked at after the opening's comments and scripts
_MAX_SKIPPED = 32  # leading comments and script/style elements skipped at most
_MIN_TAGS = 3
_MAX_OUTSIDE = 0.25  # of a fragment's text, the share allowed outside every element
_PREAMBLE_LINES = 2  # lines allowed before a document's opening
_PREAMBLE_CHARS = 512
_PREAMBLE_WORDS = 6  # a preamble line has at most this many words

_SKIPPED = re.compile(r"\s*(?:<!--|<(script|style)\b[^>]*>)", re.IGNORECASE)
_SCRIPT_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
               "style": re.compile(r"</style\s*>", re.IGNORECASE)}
_OPENING = re.compile(r"\s*(?:<!\s*doctype|<\?xml|<(?:html|head|body|meta|title|link|base)[\s/>])",
                      re.IGNORECASE)
_ELEMENTS = ("html|head|body|div|p|span|a|article|section|main|header|footer|nav|aside|ul|ol"
             "|li|dl|dt|dd|table|thead|tbody|tr|td|th|br|hr|img|h[1-6]|meta|link|script|style"
             "|title|b|i|em|strong|blockquote|pre|code|figure|figcaption|form|button|label")
# A start or end tag of a known element.
_TAG = re.compile(rf"<(/?)(?:{_ELEMENTS})(?=[\s>/])[^<>]*>", re.IGNORECASE)
_VOID = re.compile(r"<(?:br|hr|img|meta|link)\b", re.IGNORECASE)


def _skip_opening(text: str) -> int:
    """Where the input starts after whitespace, comments and script/style elements."""
    pos = 0
    if text.startswith("\ufeff"):
        pos = 1
    for _ in range(_MAX_SKIPPED):
        match = _SKIPPED.match(text, pos)
        if match is None:
            break
        if match.group(1) is None:  # a comment
            end = text.find("-->", match.end())
            if end < 0:
                break
            pos = end + 3
        else:
            close = _SCRIPT_END[match.group(1).lower()].search(text, match.end())
            if close is None:
                break
            pos = close.end()
    return pos


def _opens_document(text: str, pos: int) -> bool:
    """A document's opening at ``pos``, or after a short preamble of a line or two."""
    if _OPENING.match(text, pos):
        return True
    start = pos
    for _ in range(_PREAMBLE_LINES):
        nl = text.find("\n", start, pos + _PREAMBLE_CHARS)
        if nl < 0 or len(text[start:nl].split()) > _PREAMBLE_WORDS:
            return False
        start = nl + 1
        if _OPENING.match(text, start):
            return True
    return False


def _is_fragment(head: str) -> bool:
    """Element tags from the start, at least three and a closing one, and the text mostly
    inside them."""
    tags = list(_TAG.finditer(head))
    if len(tags) < _MIN_TAGS or tags[0].start() != len(head) - len(head.lstrip()):
        return False
    if not any(tag.group(1) for tag in tags):
        return False
    depth, outside, inside, pos = 0, 0, 0, 0
    for tag in tags:
        words = len("".join(head[pos:tag.start()].split()))
        if depth > 0:
            inside += words
        else:
            outside += words
        if tag.group(1):
            depth = max(0, depth - 1)
        elif not _VOID.match(tag.group()):
            depth += 1
        pos = tag.end()
    rest = len("".join(head[pos:].split()))
    if depth > 0:
        inside += rest
    else:
        outside += rest
    return outside <= _MAX_OUTSIDE * (inside + outside)


def looks_like_html(text: str) -> bool:
    """True if ``text`` is an HTML document or fragment rather than plain text (see the
    module docstring for the rule).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<!-- generated --><script>var x = '<p>';</script><div><p>Hi</p></div>")
    True
    >>> looks_like_html("<div><p>One</p><p>Two</p></div>")
    True
    >>> looks_like_html("Use the <p> tag for paragraphs and a <div> for groups.")
    False
    >>> looks_like_html("Use <div> and <p> tags: <div><p>Hello</p></div> is a paragraph.")
    False
    """
    pos = _skip_opening(text)
    return _opens_document(text, pos) or _is_fragment(text[pos:pos + _SNIFF])
