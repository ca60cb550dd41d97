"""``cleanroom show``: one self-contained HTML page that shows what was removed and why.

People would rather look at what was cut than read a JSON report.  The page shows the text
the detectors saw with every removal highlighted in its category's colour; hovering a
highlight shows the category, detector/rule and reason.  Spans the resolver held back
(removed only with ``strict``) are outlined with a dashed border.  For HTML input, where most
of what is cut goes before extraction, each element pruned from the page is shown in place,
as a block of its text between the extracted paragraphs it stood between (``render(...,
page=html)``; ``dom_places`` finds where), and listed in a table below.  No scripts, no
external resources: it opens anywhere.

>>> import cleanroom
>>> page = render(cleanroom.clean("Page not found\\nThe story goes on here."), "demo")
>>> 'class="cut error_page"' in page and "The story goes on here." in page
True
"""

from __future__ import annotations

import bisect
import html
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from cleanroom.categories import Category
from cleanroom.decode import decode
from cleanroom.document.model import DomRemoval
from cleanroom.report import Removal, Result

if TYPE_CHECKING:
    from cleanroom.batch.records import Settings

COLOURS: dict[str, str] = {
    "error_page": "#f4a3a3", "repeated": "#f7d08a", "disclaimer": "#b9d7f7",
    "comments": "#c9e8b5", "cookie": "#e3c4f2", "newsletter": "#f6b8d9",
    "share": "#a8e6df", "related": "#ffe59e", "navigation": "#d4d4d4",
    "ads": "#ffb38a", "template": "#cfc6ff", "headline": "#e8e0c8",
}
"""One background colour per category (light enough to read dark text on)."""

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;
background:#fafafa}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #e3e3e3}
h1{font-size:18px;margin:0 0 4px}
.stats{color:#555;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.legend span{padding:1px 8px;border-radius:4px;font-size:12px}
main{padding:18px 24px;max-width:60em}
pre.doc{white-space:pre-wrap;word-wrap:break-word;font:inherit;margin:0;background:#fff;
padding:16px 18px;border:1px solid #e3e3e3;border-radius:6px}
.cut{position:relative;border-radius:3px;text-decoration:line-through;
text-decoration-color:rgba(0,0,0,.35);cursor:help}
.cut.held{background:none!important;outline:2px dashed #999;text-decoration:none}
mark.dom{display:block;margin:4px 0;padding:2px 8px;border-left:4px solid rgba(0,0,0,.35);
font-size:13px;color:#444}
mark.dom::before{content:"pruned from the HTML · ";font-weight:600;font-size:11px;
text-decoration:none;display:inline-block}
.cut:hover::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:9;
white-space:pre-wrap;width:max-content;max-width:34em;background:#222;color:#fff;
font-size:12px;line-height:1.4;padding:6px 9px;border-radius:5px;text-decoration:none}
h2{font-size:15px;margin:22px 0 6px}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
"""


def _colour_rules() -> str:
    return "".join(f".{c}{{background:{COLOURS.get(c.value, '#ddd')}}}" for c in Category)


def _tip(r: Removal, held: bool) -> str:
    head = f"{r.category} · {r.detector}/{r.rule}" + (" · held back (strict only)" if held
                                                       else "")
    return f"{head}\n{r.reason}"


def _dom_tip(d: DomRemoval) -> str:
    return (f"{d.category} · {d.detector}/{d.rule} · pruned from the HTML before extraction"
            f"\n<{d.path}>\n{d.reason}")


def _dom_mark(d: DomRemoval) -> str:
    tip = html.escape(_dom_tip(d), quote=True)
    return (f'<mark class="cut dom {html.escape(d.category)}" title="{tip}" data-tip="{tip}">'
            f"{html.escape(d.text)}</mark>")


def _flat(text: str) -> str:
    """``text`` without whitespace: the page's text, its pruned elements' and the extracted
    lines compare alike whatever spaces the extractor put between inline elements."""
    return "".join(text.split())


def _page_text(page: str) -> str:
    """The page's visible text, without whitespace (``_flat``)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    root = tree.body if tree.body is not None else tree.root
    return _flat(root.text(separator="")) if root is not None else ""


_PREFIX = 40  # when a piece is not found whole (the page was reshaped first), its start


def _find(haystack: str, needle: str, start: int) -> int:
    """Where ``needle`` (or its first words) is in ``haystack`` from ``start``, or -1."""
    if not needle:
        return -1
    at = haystack.find(needle, start)
    if at < 0 and len(needle) > _PREFIX:
        at = haystack.find(needle[:_PREFIX], start)
    return at


def dom_places(page: str, source_text: str, dom_removals: tuple[DomRemoval, ...]
               ) -> list[int]:
    """For each pruned element, the offset in ``source_text`` where it stood: the start of
    the first extracted line that comes after it on the page (the end of the text if none).

    Both the pruned texts and the extracted lines are found, in order, in the page's text;
    a line not found there keeps the place of the line before it.

    >>> page = "<nav>Home News</nav><p>First story line.</p><aside>More</aside><p>Last.</p>"
    >>> dom_places(page, "First story line.\\nLast.", (DomRemoval("nav", "Home News", "navigation",
    ...            "dom", "nav_element", ""), DomRemoval("aside", "More", "related", "dom",
    ...            "aside_element", "")))
    [0, 18]
    """
    text = _page_text(page)
    starts: list[int] = []  # the page position of each extracted line, non-decreasing
    offsets: list[int] = []
    cursor = 0
    pos = 0
    for line in source_text.split("\n"):
        flat = _flat(line.removeprefix("- "))  # the extractor's list bullet
        if flat:
            at = _find(text, flat, cursor)
            if at >= 0:
                cursor = at + 1
            starts.append(max(at, starts[-1] if starts else 0))
            offsets.append(pos)
        pos += len(line) + 1
    places = []
    cursor = 0
    for d in dom_removals:
        flat = _flat(d.text)
        at = _find(text, flat, cursor)
        if at < 0:
            at = _find(text, flat, 0)
        if at < 0:
            at = cursor
        else:
            cursor = at + 1
        i = bisect.bisect_right(starts, at)
        places.append(offsets[i] if i < len(offsets) else len(source_text))
    return places


def _marked(text: str, removals: list[tuple[Removal, bool]],
            inserts: list[tuple[int, str]] | None = None) -> str:
    """``text`` escaped, with each non-overlapping removal wrapped in a ``mark`` and each
    ``(offset, html)`` of ``inserts`` put at its offset (before a mark it would split)."""
    out: list[str] = []
    pos = 0
    pending = sorted(inserts or (), key=lambda x: x[0])
    k = 0

    def plain(upto: int) -> None:
        nonlocal pos, k
        while k < len(pending) and pending[k][0] <= upto:
            at = max(pending[k][0], pos)
            out.append(html.escape(text[pos:at]))
            out.append(pending[k][1])
            pos = at
            k += 1
        out.append(html.escape(text[pos:upto]))
        pos = upto

    for r, held in sorted(removals, key=lambda x: (x[0].start, -x[0].end)):
        if r.start < pos:  # held-back spans may overlap removals: the removal wins
            continue
        plain(r.start)
        while k < len(pending) and pending[k][0] < r.end:
            out.append(pending[k][1])
            k += 1
        tip = html.escape(_tip(r, held), quote=True)
        cls = f"cut {r.category}" + (" held" if held else "")
        out.append(f'<mark class="{cls}" title="{tip}" data-tip="{tip}">'
                   f"{html.escape(text[r.start:r.end])}</mark>")
        pos = r.end
    plain(len(text))
    out.extend(item for _, item in pending[k:])
    return "".join(out)


def _share(part: int, whole: int) -> str:
    return f" ({100 * part / whole:.1f} %)" if whole else ""


def render(result: Result, title: str, page: str | bytes | None = None) -> str:
    """The HTML page for one ``clean()`` result; ``page`` is the HTML it was cleaned from,
    which places each pruned element on the page's text (without it they are only listed)."""
    rep = result.report
    counts = rep.chars_by_category
    legend = "".join(f'<span class="{html.escape(c)}">{html.escape(c)} · {n:,} chars</span>'
                     for c, n in counts.items()) or "<span>nothing removed</span>"
    seen = "extracted" if rep.source == "html" else "seen"
    stats = (f"{len(result.source_text):,} chars {seen} · {rep.removed_chars:,} removed in "
             f"{len(rep.removals)} spans{_share(rep.removed_chars, len(result.source_text))}")
    if rep.dom_removals:
        stats += (f" · {len(rep.dom_removals)} elements ({rep.dom_removed_chars:,} chars) "
                  "pruned from the HTML before extraction")
    stats += f" · {len(rep.held_back)} held back" + (" · <b>error page</b>"
                                                     if rep.is_error_page else "")
    inserts: list[tuple[int, str]] = []
    if rep.dom_removals and page is not None:
        text = decode(page) if isinstance(page, bytes) else page
        places = dom_places(text, result.source_text, rep.dom_removals)
        inserts = [(at, _dom_mark(d)) for at, d in zip(places, rep.dom_removals)]
    body = _marked(result.source_text, [(r, False) for r in rep.removals] +
                   [(r, True) for r in rep.held_back], inserts)
    dom = ""
    if rep.dom_removals:
        rows = "".join(f"<tr><td class=\"{html.escape(d.category)}\">{html.escape(d.category)}"
                       f"</td><td>{html.escape(d.path)}</td><td>{html.escape(d.rule)}: "
                       f"{html.escape(d.reason)}</td><td>{html.escape(d.text[:200])}</td></tr>"
                       for d in rep.dom_removals)
        dom = ("<h2>Removed from the HTML before extraction</h2><table><tr><th>category</th>"
               f"<th>element</th><th>why</th><th>text</th></tr>{rows}</table>")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>cleanroom · {html.escape(title)}</title>"
            f"<style>{_CSS}{_colour_rules()}</style></head><body><header>"
            f"<h1>{html.escape(title)}</h1><div class=\"stats\">{stats}</div>"
            f'<div class="legend">{legend}</div></header><main>'
            f'<pre class="doc">{body}</pre>{dom}</main></body></html>\n')


def show_file(path: Path, record: int, settings: Settings) -> tuple[str, str]:
    """Clean record ``record`` (1-based) of ``path`` and render it; returns (page, title)."""
    from cleanroom.batch.records import clean_record
    from cleanroom.batch.sources import RecordError, items, parse, plan
    from cleanroom.errors import UsageError

    sources = plan([path])
    found = next(islice((i for s in sources for i in items(s)), record - 1, None), None)
    if found is None:
        raise UsageError(f"{path} has fewer than {record} records")
    try:
        rec = parse(found, settings.keys)
    except RecordError as e:
        raise UsageError(f"{found.where}: {e.type}: {e.message}") from None
    title = f"{found.where}" + (f" · {rec.url}" if rec.url else "")
    result = clean_record(rec, settings)
    page = rec.content if result.report.source == "html" else None
    return render(result, title, page), title
