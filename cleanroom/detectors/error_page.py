"""Error-page banners: HTTP status lines and error messages glued to a page.

Scrapers often save the error template of a site on top of (or instead of) the page they
asked for.  Removed here::

    403
    Sorry!!
    Oops! We're sorry, but the page you were looking for doesn't exist.

Left alone: an article sentence that talks about errors, such as
``The agency's website returned a 404 error for most of Monday, officials said.``, and a
bare number or an apology that is not next to an error message.

>>> from cleanroom.document import from_text
>>> doc = from_text("403\\nSorry!!\\nOops! The page you are looking for does not exist.\\nBody.")
>>> [(f.rule, doc.text[f.start:f.end]) for f in ErrorPage().find(doc)]
[('status_code', '403'), ('apology', 'Sorry!!'), ('error_message', 'Oops! The page you are looking for does not exist.')]
>>> list(ErrorPage().find(from_text("Sorry!!\\nThe site returned a 404 error on Monday.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._error_page_phrases import BANNER_LINES, ERROR_SENTENCES, WEAK_LINES
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document

# A line that is a status code, alone or with its standard wording: "404", "Error 404",
# "HTTP 503 - Service Unavailable".  Only 4xx/5xx.  A bare code is weak (a table of figures
# can hold "403"); with "error"/"http" or the reason phrase around it, it is a banner.
_BARE_CODE = regex.compile(r"[45]\d\d")
_REASON = (r"(?:error|(?:page\s+|file\s+)?not\s+found|forbidden|unauthori[sz]ed|gone|"
           r"bad\s+request|internal\s+server\s+error|service\s+(?:temporarily\s+)?unavailable|"
           r"bad\s+gateway|gateway\s+time-?out|too\s+many\s+requests|access\s+denied|"
           # the same reasons in the other languages
           r"seite\s+nicht\s+gefunden|nicht\s+gefunden|page\s+introuvable|page\s+non\s+trouvée|"
           r"página\s+no\s+encontrada|página\s+não\s+encontrada|pagina\s+non\s+trovata|"
           r"pagina\s+niet\s+gevonden|nie\s+znaleziono\s+strony|страница\s+не\s+найдена|"
           r"sayfa\s+bulunamadı|الصفحة\s+غير\s+موجودة|页面不存在|找不到页面|"
           r"ページが見つかりません)")
_CODE_LINE = regex.compile(
    r"(?:(?:http|error|fehler|erreur|errore|erro|fout|błąd|ошибка|hata|خطأ|错误|エラー)"
    rf"\s*(?:code\s*)?[:#-]?\s*[45]\d\d(?:\s*[:.–—-]?\s*{_REASON})?"
    rf"|[45]\d\d\s*[:.–—-]?\s*{_REASON})[.!]*",
    regex.IGNORECASE,
)

_SHORT_BLOCK = 300
_MIN_SHARE = 0.4  # the error sentence is at least this share of its block
_RULES = {"page_missing": "error_message", "access": "access_denied",
          "bot_check": "bot_check", "javascript": "javascript_required"}


class ErrorPage:
    """Status banners and error messages; a bare code or an apology only beside one."""

    name = "error_page"
    category = Category.ERROR_PAGE

    def _strong(self, doc: Document) -> dict[int, tuple[str, str, bool]]:
        """Blocks that are error messages on their own: index -> (rule, reason, strict_only)."""
        strong: dict[int, tuple[str, str, bool]] = {}
        banners = BANNER_LINES.found(doc)
        for block in blocks_upto(doc, _SHORT_BLOCK):
            text = block.text
            # Every status code starts with 4 or 5: two C scans spare most lines the pattern.
            if (len(text) <= _SHORT_BLOCK and ("4" in text or "5" in text)
                    and _CODE_LINE.fullmatch(text)):
                strong[block.index] = ("status_banner", f"status banner {block.text!r}", False)
            elif block.index in banners:
                strong[block.index] = ("error_banner", f"error banner {block.text!r}", False)
        for hit in ERROR_SENTENCES.scan(doc):
            if hit.block.index in strong:
                continue
            said = doc.text[hit.start:hit.end]
            share = (hit.end - hit.start) / len(hit.block.text)
            alone = len(hit.block.text) <= _SHORT_BLOCK and share >= _MIN_SHARE
            strong[hit.block.index] = (
                _RULES[hit.group],
                f"error message {said!r}" + ("" if alone else " inside a sentence of the text"),
                not alone,
            )
        return strong

    def _weak(self, block: Block) -> str | None:
        if _BARE_CODE.fullmatch(block.text):
            return "status_code"
        if WEAK_LINES.match_block(block):
            return "apology"
        return None

    def find(self, doc: Document) -> Iterator[Finding]:
        strong = self._strong(doc)
        confident = {i for i, (_, _, strict_only) in strong.items() if not strict_only}
        weak: dict[int, str] = {}
        # Grow each confident cluster over the weak lines right before and after it.
        for i in sorted(confident):
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(doc.blocks) and j not in strong and j not in weak:
                    rule = self._weak(doc.blocks[j])
                    if rule is None:
                        break
                    weak[j] = rule
                    j += step
        for i in sorted(strong.keys() | weak.keys()):
            block = doc.blocks[i]
            if i in strong:
                rule, reason, strict_only = strong[i]
            else:
                rule, strict_only = weak[i], False
                reason = f"{block.text!r} stands next to an error message"
            yield Finding(block.start, block.end, self.category, self.name, rule, reason,
                          strict_only)
