"""Keep hostile markup from making the HTML parser quadratic: flatten before parsing.

HTML parsers (lexbor here, libxml2 inside trafilatura) scan their stack of open elements at
many tags, and check each new attribute of a tag against the ones before it; so a page of a
million unclosed ``<div>``s, or one tag with a million attributes, never finishes parsing.
No page a reader can read nests that deep or needs that many attributes on one element.

``flatten`` makes such markup parseable *without losing a word of text*, the way browsers do
(Blink stops nesting at a depth of 512; libxml2, which trafilatura parses with, gives up
past 255 and the page's text is lost): a start tag that would open an element deeper
than ``MAX_DEPTH`` (or inside ``MAX_NESTED_SAME`` elements of its own name, which costs the
extractor a pass per level) is dropped, with its end tag, so its text stays where it is, in
its parent; a tag keeps its first ``MAX_ATTRIBUTES`` attributes.  Text is never touched; only
tags are, and only past these limits, so every ordinary page comes back as the same string.
One more rewrite keeps text as it is: ``<plaintext>`` and ``<xmp>`` show their text verbatim,
markup and all, which no serialiser can write back for the extractor's second parse (the
page's text would gain closing tags); they become the ``<pre>`` they look like, text escaped.

The depth is that of a model of the parser's stack: void elements (``<br>``) and elements
that close themselves when the next one opens (``<p>``, ``<li>``, ``<td>``, ``<a>``...) are
not pushed; an end tag pops back to the element it names, and is ignored if none is open;
comments (bogus ones too: ``<!x>``, ``</#>``) and the text of ``<script>``, ``<style>``,
``<textarea>``, ``<title>`` are skipped as the parser skips them.  The scan is linear: every character is looked at once.
"""

from __future__ import annotations

import re
from html import escape

MAX_DEPTH = 100
"""Elements nested deeper than this are flattened into their parent (their text kept).

trafilatura's parser (libxml2) gives up on a page nested 256 deep and the page's text is
lost; the model's depth leaves out the list items, cells and paragraphs between the
containers it counts, so it stops well before.  The deepest of 1,678 AEB and WCXB pages
counts over 100 because of tags the parser closes early; their text is the same."""
MAX_NESTED_SAME = 16
"""Elements (``<div>`` aside) nested inside this many open elements of their own name are
flattened too.  trafilatura weighs every list, quote and block by the links and text under
it, so each level of a chain of nested lists costs a pass over all the items below it: 100
nested ``<ul>``s made 16,000 links take 9 s, 16 nested 2.4 s.  Of 1,678 AEB and WCXB pages,
none nests an element in its own kind deeper than 14 (``<span>``), but for ``<div>`` (49)
and SVG shapes (dropped unread anyway)."""
_NESTS_DEEP = frozenset({"div"})  # held to MAX_DEPTH only
MAX_ATTRIBUTES = 256
"""Attributes after this many on one tag are dropped."""

# A tag or markup declaration: ``<`` then an optional ``/``, the name, then everything up
# to the next ``>`` or ``<`` (stopping at ``<`` keeps the scan linear on ``<a <a <a``).
# ``<!``, ``<?`` and ``</`` before a non-letter open a bogus comment, to the next ``>``.  A
# tag runs to the next ``>`` outside a quoted value, as the tokenizer reads it (possessive
# quantifiers: an unclosed tag is read once, to the end of the page).
_TOKEN = re.compile(r"<(?:(!--)|([!?]|/(?![A-Za-z]))|(/?)([A-Za-z][^\s/>]*+))"
                    r"""((?:[^>=]++|=\s*+"[^"]*+"?|=\s*+'[^']*+'?|=)*+)>?""")
# One attribute: a name, and an optional value (quoted, or up to whitespace).
_ATTRIBUTE = re.compile(r"""[^\s/>=][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen", "basefont", "bgsound",
                   "frame", "image"})
# Elements the parser closes when the next of their kind (or a sibling kind) opens: pages
# leave them unclosed all the time, and they never build depth.
_SELF_CLOSING = frozenset({"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                           "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
                           "rp", "rtc", "a", "html", "head", "body"})
# Elements whose content is text up to their end tag.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "iframe", "noembed",
                       "noframes"})
# Elements whose text is shown verbatim, markup and all: ``<plaintext>`` (to the end of the
# page, it has no end tag) and ``<xmp>``.
_VERBATIM = frozenset({"plaintext", "xmp"})


def _end_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}[\s/>]", re.IGNORECASE)


# A whole start tag, quoted attribute values and all.
_START_TAG = re.compile(r"""<[A-Za-z][^\s/<>]*+(?:[\s/]*+[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'"""
                        r"""|[^\s>]++))?+)*+[\s/]*+>""")  # possessive: linear when unclosed
_MAX_VERBATIM_TAG = 256  # a longer <xmp>/<plaintext> start tag is left to the parser
_VERBATIM_TAG = re.compile(r"<(?:plaintext|xmp)", re.IGNORECASE)
_RAW_END = {name: _end_tag(name) for name in _RAW_TEXT | _VERBATIM}


def _limit_attributes(tag: re.Match[str]) -> str:
    """The start tag ``tag`` with no more than ``MAX_ATTRIBUTES`` attributes."""
    attributes = tag.group(5)
    end = 0
    for count, match in enumerate(_ATTRIBUTE.finditer(attributes), 1):
        if count > MAX_ATTRIBUTES:
            return tag.string[tag.start():tag.start(5)] + attributes[:end] + ">"
        end = match.end()
    return tag.group()


def _verbatim_start(html: str, token: re.Match[str]) -> re.Match[str] | None:
    """The whole start tag of the ``<xmp>``/``<plaintext>`` whose name ``token`` found, or
    None if it does not end within ``_MAX_VERBATIM_TAG`` characters."""
    rest = token.group(5)
    if token.group().endswith(">") and rest.count('"') % 2 == 0 and rest.count("'") % 2 == 0:
        return _START_TAG.match(html, token.start(), token.end())  # the token is the tag
    if rest.count('"') % 2 == 0 and rest.count("'") % 2 == 0:
        return None  # stopped at a "<" outside quotes: not a whole tag
    return _START_TAG.match(html, token.start(), token.start() + _MAX_VERBATIM_TAG)


def flatten(html: str) -> str:
    """``html`` with nesting past ``MAX_DEPTH`` (or ``MAX_NESTED_SAME`` of one name) and
    attributes past ``MAX_ATTRIBUTES`` removed (see the module docstring); the very same string when there are none.

    >>> flatten("<div><p>Hello</p></div>") == "<div><p>Hello</p></div>"
    True
    >>> deep = "<div>" * 1000 + "Hello" + "</div>" * 1000
    >>> flatten(deep) == "<div>" * 100 + "Hello" + "</div>" * 100
    True
    >>> flatten("<ul><li>Item " * 40 + "Last").count("<ul>")
    16
    >>> flatten("<p " + "a=1 " * 1000 + ">Hi").count("a=1")
    256
    """
    if (html.count("<") <= MAX_NESTED_SAME and len(html) <= 2 * MAX_ATTRIBUTES
            and not _VERBATIM_TAG.search(html)):
        return html  # too few tags to nest that deep, too short for that many attributes
    pieces: list[str] = []
    kept = 0  # html[kept:pos] is still to be copied
    stack: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}  # start tags dropped, per name, whose end tag is to come
    pos, n = 0, len(html)
    while True:
        match = _TOKEN.search(html, pos)
        if match is None:
            break
        comment, declaration, slash, raw_name, attributes = match.groups()
        pos = match.end()
        if comment or declaration:
            ending = "-->" if comment else ">"
            close = html.find(ending, match.start() + 2 + len(ending) - 1)
            if close < 0:
                break  # the rest of the page is a comment
            pos = close + len(ending)
            continue
        name = raw_name.lower()
        if slash:
            end_tag = None  # kept as it is
            if dropped.get(name):
                dropped[name] -= 1
                end_tag = ""
            elif open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            if end_tag is None and len(attributes) > 2 * MAX_ATTRIBUTES:
                end_tag = f"</{raw_name}>"  # an end tag's attributes mean nothing
            if end_tag is not None:
                pieces += (html[kept:match.start()], end_tag)
                kept = pos
            continue
        if name in _VERBATIM and (start_tag := _verbatim_start(html, match)):
            pos = start_tag.end()  # quoted attribute values may hold "<" and ">"
            # Text shown as it is, which serialising cannot give back (the extractor parses
            # the page again): written as the ``<pre>`` it looks like, its text escaped.
            end = _RAW_END[name].search(html, pos) if name == "xmp" else None
            stop = n if end is None else end.start()
            opening = "<pre" + start_tag.group()[1 + len(raw_name):]  # attributes kept
            pieces += (html[kept:match.start()], opening, escape(html[pos:stop], quote=False),
                       "</pre>")
            if end is None:
                kept = n
                break  # the rest of the page is text
            kept = pos = html.find(">", stop) + 1 or n
            continue
        if name in _RAW_TEXT:
            end = _RAW_END[name].search(html, pos)
            if end is None:
                break  # the rest of the page is this element's text
            pos = end.start()
        replacement = None  # the tag as it is
        if name in _RAW_TEXT or name in _VOID or name in _SELF_CLOSING:
            pass
        elif len(stack) >= MAX_DEPTH or (open_count.get(name, 0) >= MAX_NESTED_SAME
                                          and name not in _NESTS_DEEP):
            dropped[name] = dropped.get(name, 0) + 1
            replacement = ""
        else:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
        if replacement is None and len(attributes) > 2 * MAX_ATTRIBUTES:
            replacement = _limit_attributes(match)
        if replacement is not None:
            pieces += (html[kept:match.start()], replacement)
            kept = match.end()
    if not pieces:
        return html
    pieces.append(html[kept:n])
    return "".join(pieces)
