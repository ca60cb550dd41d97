"""Messages a server or a runtime prints into a page, in whatever language the page is: PHP
warnings and their stack traces, web-server signatures, proxy and CDN request ids.

They need no words of the page's language: PHP, nginx, Apache, Varnish and Cloudflare print
them in one fixed shape (``Warning: Undefined variable $title in /var/www/header.php on line
23``, ``nginx/1.18.0 (Ubuntu)``, ``Ray ID: 7d2f5a3c9b1e4f2a``).  A standalone line that has
one of these shapes whole goes:

* a PHP message: its level (``Warning``, ``Notice``, ``Deprecated``, ``Fatal error``, ...), a
  colon, and a file path with ``on line N`` (or ``file.php:N``) at its end;
* a line of its stack trace: ``Stack trace:``, ``#0 /var/www/index.php(3): require()``,
  ``#1 {main}``, ``thrown in /var/www/db.php on line 14``;
* a server signature with a version or its address (``Apache/2.4.41 (Ubuntu) Server at
  example.com Port 443``, ``openresty/1.21.4.1``);
* a proxy's or CDN's request id (``Ray ID: …``, ``XID: …``, ``Guru Meditation``).

Only above the text's first paragraph of prose or below its last (printed before or after
the page, or the page is nothing else): between paragraphs the same lines are quoted, in a
forum post asking for help or a tutorial.  Left alone also: a sentence that starts with the same word (``Warning: the bridge closes on line 4
of the tram network.``, no path), a ranking (``#1 seed Novak Djokovic``), a line naming the
software (``Apache Kafka 3.7 released``).

>>> from cleanroom.document import from_text
>>> doc = from_text("Notice: Undefined index: id in /home/u1/public_html/post.php on line 9"
...                 "\\nDer Stadtrat tagte am Montag.")
>>> [doc.text[f.start:f.end] for f in ShapeServerMessage().find(doc)]
['Notice: Undefined index: id in /home/u1/public_html/post.php on line 9']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

MAX_LINE = 600
PROSE_WORDS = 12  # a block of this many words or more is the text's prose
_PATH = r"(?:/|[A-Za-z]:\\)[^\s]*"
_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("php_message", regex.compile(
        r"(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?"
        r"[Ff]atal error|Parse error)\s*:\s+\S.*?\s(?:in|at)\s+" + _PATH
        + r"(?:\s+on\s+line\s+\d+|:\d+)\.?")),
    ("stack_trace", regex.compile(
        r"Stack trace:|#\d+ (?:" + _PATH + r"\(\d+\): \S.*|\{main\}|\[internal function\]: \S.*)"
        r"|(?:thrown|Next \S+) in " + _PATH + r" on line \d+\.?")),
    ("server_signature", regex.compile(
        r"(?:nginx|Apache|openresty|LiteSpeed|Microsoft-IIS|Microsoft-HTTPAPI|cloudflare"
        r"|Caddy|gunicorn|Werkzeug|Jetty|Apache Tomcat)"
        r"(?:/\d[\w.\-]*(?: \([^)\n]{1,60}\))*(?: Server at \S+ Port \d+)?"
        r"| Server at \S+ Port \d+)\.?")),
    ("request_id", regex.compile(
        r"(?:Cloudflare )?Ray ID: [0-9a-f]{16}(?: • .*)?|XID: \d{6,}|Guru Meditation:?"
        r"|Varnish cache server|Request ID: [0-9A-Fa-f-]{16,}")),
)
# What every shape has, found before a pattern runs: one scan of the whole text (``re``: no
# lookaround, so a clue inside a block is a clue of the text) finds the few blocks to test.
_CLUES = re.compile(r" on line \d|\.php:\d|Stack trace|#\d+ |/\d|Server at | ID: |XID: "
                    r"|Guru Meditation|Varnish")


def _clued(doc: Document) -> list[int]:
    """The indexes of the blocks a clue of the whole text starts in or runs into, in order:
    every block whose own text holds a clue (a place a clue starts is either where a match of
    the scan starts or inside one that started before it)."""
    starts = doc.starts
    found: set[int] = set()
    for m in _CLUES.finditer(doc.text):
        first = max(bisect_right(starts, m.start()) - 1, 0)
        found.update(range(first, bisect_right(starts, m.end() - 1)))
    return sorted(found)


class ShapeServerMessage:
    """A standalone line a server or runtime printed: PHP messages, signatures, request ids."""

    name = "shape_server_message"
    category = Category.ERROR_PAGE

    def find(self, doc: Document) -> Iterator[Finding]:
        found: list[tuple[int, str]] = []
        clued = _clued(doc)
        if not clued:
            return
        for index in clued:
            block = doc.blocks[index]
            text = block.text.strip()
            if len(text) > MAX_LINE or block.lines > 1 or _CLUES.search(text) is None:
                continue
            for rule, pattern in _SHAPES:
                if pattern.fullmatch(text):
                    found.append((block.index, rule))
                    break
        if not found:
            return
        shaped = {index for index, _ in found}
        prose = [b.index for b in doc.blocks
                 if b.index not in shaped and len(b.text.split()) >= PROSE_WORDS]
        first, last = (prose[0], prose[-1]) if prose else (len(doc.blocks), -1)
        for index, rule in found:
            if first < index < last:
                continue  # between paragraphs of prose: quoted in a post or a tutorial
            block = doc.blocks[index]
            yield Finding(block.start, block.end, self.category, self.name, rule,
                          f"{block.text.strip()[:80]!r} has the shape of a "
                          f"{rule.replace('_', ' ')}, "
                          + ("above the text" if index < first else "below the text"))
