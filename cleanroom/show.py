"""``cleanroom show``: one self-contained HTML page that shows what was removed and why.

People would rather look at what was cut than read a JSON report.  The page shows the text
the detectors saw with every removal highlighted in its category's colour; hovering a
highlight shows the category, detector/rule and reason.  Spans the resolver held back
(removed only with ``strict``) are outlined with a dashed border, and DOM-level removals
(HTML input) are listed below.  No scripts, no external resources: it opens anywhere.

>>> import cleanroom
>>> page = render(cleanroom.clean("Page not found\\nThe story goes on here."), "demo")
>>> 'class="cut error_page"' in page and "The story goes on here." in page
True
"""

from __future__ import annotations

import html
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from cleanroom.categories import Category
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


def _marked(text: str, removals: list[tuple[Removal, bool]]) -> str:
    """``text`` escaped, with each non-overlapping removal wrapped in a ``mark``."""
    out, pos = [], 0
    for r, held in sorted(removals, key=lambda x: (x[0].start, -x[0].end)):
        if r.start < pos:  # held-back spans may overlap removals: the removal wins
            continue
        tip = html.escape(_tip(r, held), quote=True)
        cls = f"cut {r.category}" + (" held" if held else "")
        out.append(html.escape(text[pos:r.start]))
        out.append(f'<mark class="{cls}" title="{tip}" data-tip="{tip}">'
                   f"{html.escape(text[r.start:r.end])}</mark>")
        pos = r.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def render(result: Result, title: str) -> str:
    """The HTML page for one ``clean()`` result."""
    rep = result.report
    counts = rep.chars_by_category
    legend = "".join(f'<span class="{html.escape(c)}">{html.escape(c)} · {n:,} chars</span>'
                     for c, n in counts.items()) or "<span>nothing removed</span>"
    removed = sum(counts.values())
    stats = (f"{len(result.source_text):,} chars seen · {removed:,} removed in "
             f"{len(rep.removals) + len(rep.dom_removals)} spans · "
             f"{len(rep.held_back)} held back" + (" · <b>error page</b>" if rep.is_error_page
                                                   else ""))
    body = _marked(result.source_text, [(r, False) for r in rep.removals] +
                   [(r, True) for r in rep.held_back])
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
    from cleanroom.batch.sources import RecordError, UsageError, items, parse, plan

    sources = plan([path])
    found = next(islice((i for s in sources for i in items(s)), record - 1, None), None)
    if found is None:
        raise UsageError(f"{path} has fewer than {record} records")
    try:
        rec = parse(found, settings.keys)
    except RecordError as e:
        raise UsageError(f"{found.where}: {e.type}: {e.message}") from None
    title = f"{found.where}" + (f" · {rec.url}" if rec.url else "")
    return render(clean_record(rec, settings), title), title
