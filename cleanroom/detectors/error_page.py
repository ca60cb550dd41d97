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
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document

# A line that is a status code, alone or with its standard wording: "404", "Error 404",
# "HTTP 503 - Service Unavailable".  Only 4xx/5xx.  A bare code is weak (a table of figures
# can hold "403"); with "error"/"http" or the reason phrase around it, it is a banner.
_BARE_CODE = regex.compile(r"[45]\d\d")
_REASON = (r"(?:error|(?:page\s+|file\s+)?not\s+found|forbidden|unauthori[sz]ed|gone|"
           r"bad\s+request|internal\s+server\s+error|service\s+(?:temporarily\s+)?unavailable|"
           r"bad\s+gateway|gateway\s+time-?out|too\s+many\s+requests|access\s+denied)")
_CODE_LINE = regex.compile(
    r"(?:(?:http|error|fehler|erreur|errore|erro|fout|błąd|ошибка|hata|خطأ|错误|エラー)"
    rf"\s*(?:code\s*)?[:#-]?\s*[45]\d\d(?:\s*[:.–—-]?\s*{_REASON})?"
    rf"|[45]\d\d\s*[:.–—-]?\s*{_REASON})[.!]*",
    regex.IGNORECASE,
)

# Whole lines that are an error banner by themselves.  Why each: these are the titles error
# templates use.  Near-miss: "Not found in nature, the mineral was made in a lab" is a
# sentence, not a whole-line banner, so it never matches.
BANNER_LINES = LineSet({
    "en": (
        "page not found", "not found", "file not found", "access denied", "forbidden",
        "unauthorized", "internal server error", "service unavailable", "bad gateway",
        "gateway timeout", "too many requests", "bad request", "server error",
        "this page isn't available", "this page is not available", "page unavailable",
        "content not available", "oops! page not found", "sorry, page not found",
        "oops! that page can't be found", "the page cannot be found", "page cannot be found",
        "we can't find that page", "we couldn't find that page", "nothing found",
        "attention required! | cloudflare", "just a moment...", "one more step",
        "are you a robot?", "are you a human?", "verify you are human",
        "please verify you are a human", "access to this page has been denied",
        "please enable javascript", "please enable cookies", "javascript is disabled",
        "enable javascript and cookies to continue", "checking your browser",
        "checking if the site connection is secure", "please wait while we verify",
    ),
})

# Short exclamations and apologies: junk only when they stand next to an error message.
# Near-miss: a lone "Sorry!" line in a transcript is kept, having no error message beside it.
WEAK_LINES = LineSet({
    "en": (
        "sorry", "sorry!!", "we're sorry", "we are sorry", "oops", "whoops", "uh oh",
        "error", "error!", "oh no", "something went wrong", "hmm",
        "go back", "go to homepage", "back to homepage", "return to homepage",
        "go to the homepage", "go back to the homepage", "back to the homepage",
        "return to the homepage", "back to home", "take me home", "try searching instead",
    ),
})

# Error sentences.  They make a block an error message when the block is short and the
# sentence is most of it.  Near-miss: '"This page does not exist," the spokesman said of the
# deleted post.' quotes the words in a sentence of the article: proposed only under strict.
ERROR_SENTENCES = PhraseSet({
    "page_missing": (
        "the page you {were|are|have been} looking for {does not|doesn't|no longer|could not|"
        "couldn't|cannot|can't|can not|might have|may have|has been|was|is}",
        "the page you requested {does not|doesn't|could not|couldn't|cannot|can't|was not|"
        "wasn't|is not|no longer}",
        "the requested {page|url|resource} {was not|could not be|cannot be|is not} {found|"
        "available}",
        "{this|the} page {does not|doesn't|no longer} exist",
        "{this|the} page {could not|couldn't|cannot|can't} be found",
        "we {couldn't|could not|can't|cannot} find {the|that|this} page",
        "{page|file|article|content|document} not found",
    ),
    "access": (
        "you don't have permission to access",
        "you do not have permission to access",
        "access to this page has been denied",
    ),
    "bot_check": (
        "checking your browser before accessing",
        "checking if the site connection is secure",
        "verify you are {a human|human|not a robot}",
        "press & hold to confirm you are a human",
        "complete the security check to access",
        "please complete the security check",
        "why do i have to complete a captcha",
        "we believe you are using automation tools",
        "unusual traffic from your computer network",
    ),
    "javascript": (
        "please enable javascript",
        "you need to enable javascript",
        "javascript is {disabled|required|not enabled}",
        "enable javascript and cookies to continue",
        "this site requires javascript",
    ),
})

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
        for block in doc.blocks:
            if len(block.text) <= _SHORT_BLOCK and _CODE_LINE.fullmatch(block.text):
                strong[block.index] = ("status_banner", f"status banner {block.text!r}", False)
            elif BANNER_LINES.match_block(block):
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
