"""Legal and syndication disclaimers, copyright lines, "provided as is" notices.

Syndicated articles end with the provider's legal text, often hard-wrapped mid-sentence::

    Legal Disclaimer:
    Newswire Co. provides this
    content "as is" without warranty of any kind. We accept no responsibility
    for its accuracy or completeness.

All of it is removed, heading and wrapped body.  So are copyright lines
(``© 2024 Example Media. All rights reserved.``) and "This story has not been edited by our
staff" notices.  Left alone: an article about copyright law
(``Copyright law lets the author decide who may copy the work.``), or a sentence that
quotes "all rights reserved" in passing.

>>> from cleanroom.document import from_text
>>> text = "Body text.\\nLegal Disclaimer:\\nThe provider offers this\\ncontent “as is” without warranty of any kind."
>>> [(f.rule, f.start) for f in Disclaimer().find(from_text(text))]
[('disclaimer_heading', 11), ('disclaimer_text', 29)]
>>> list(Disclaimer().find(from_text("Copyright law lets the author decide who may copy the work.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._phrases import LineSet, PhraseHit, PhraseSet
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._vocabulary import is_long
from cleanroom.detectors.base import Finding
from cleanroom.document.model import QUOTE_MARKS, Document

# Headings that open a disclaimer section.  Near-miss: "Disclaimer: I own shares in the
# company" is a line with content after the colon, not a bare heading, so it does not match.
HEADINGS = LineSet({
    "en": ("disclaimer", "legal disclaimer", "legal notice", "disclosure", "copyright notice",
           "editor's note: disclaimer"),
    "de": ("haftungsausschluss", "rechtlicher hinweis", "rechtliche hinweise", "disclaimer"),
    "fr": ("avis de non-responsabilité", "clause de non-responsabilité",
           "avertissement légal", "avertissement juridique"),
    "es": ("aviso legal", "descargo de responsabilidad", "exención de responsabilidad"),
    "pt": ("isenção de responsabilidade", "aviso de isenção de responsabilidade",
           "aviso legal"),
    "it": ("esclusione di responsabilità", "avvertenza legale", "avvertenze legali"),
    "nl": ("vrijwaring", "juridische kennisgeving", "aansprakelijkheidsverklaring"),
    "pl": ("zastrzeżenie prawne", "nota prawna", "wyłączenie odpowiedzialności"),
    "ru": ("отказ от ответственности", "правовая информация", "юридическая информация"),
    "tr": ("yasal uyarı", "sorumluluk reddi", "feragatname"),
    "ar": ("إخلاء المسؤولية", "إخلاء مسؤولية", "تنويه قانوني"),
    "zh": ("免责声明", "免責聲明", "法律声明"),
    "ja": ("免責事項",),
})

# Sentences that only legal boilerplate contains.  Near-miss: "the warranty covers two years"
# shares a word with them but no phrase.
PHRASES = PhraseSet({
    "warranty": (
        "{is|are} provided {\"as is\"|as is|'as is'}",
        "provides {the|this} {information|content|material} {\"as is\"|as is}",
        "without warranty of any kind",
        "without warranties of any kind",
        "without any warranty",
        "makes no representations or warranties",
        "{do|does} not accept any responsibility",
        "{accepts|accept} no {responsibility|liability}",
        "not responsible for the {accuracy|content}",
        "is for informational purposes only",
        "for information purposes only",
        "{does not|do not|doesn't} constitute {financial|investment|legal} advice",
        "should not be considered {financial|investment|legal} advice",
        "kindly contact the provider above",
        # de, fr, es, pt, it, nl, pl, ru, tr, ar, zh, ja
        "übernehmen keine {haftung|gewähr}", "übernimmt keine {haftung|gewähr}",
        "stellt keine {anlageberatung|rechtsberatung} dar",
        "ne constitue pas un conseil {en investissement|financier|juridique}",
        "décline toute responsabilité",
        "no constituye {asesoramiento|una recomendación}", "no se hace responsable",
        "não constitui {aconselhamento|recomendação}", "não se responsabiliza",
        "non costituisce {consulenza|sollecitazione}", "declina ogni responsabilità",
        "vormt geen {beleggingsadvies|financieel advies}", "aanvaardt geen aansprakelijkheid",
        "nie stanowi {porady|rekomendacji}", "nie ponosi odpowiedzialności",
        "не является {инвестиционной рекомендацией|публичной офертой}",
        "не несет ответственности", "не несёт ответственности",
        "yatırım tavsiyesi değildir", "sorumluluk kabul etmez",
        "لا {يعد|يعتبر} {نصيحة|استشارة} {استثمارية|مالية}", "لا يتحمل أي مسؤولية",
        "不构成投资建议", "不承担任何责任", "投資助言ではありません",
        "投資勧誘を目的とするものではありません", "一切の責任を負いません",
    ),
    "syndication": (
        "has not been edited by",
        "auto-generated from a syndicated feed",
        "published from a syndicated feed",
        "views expressed in this article are",
        "views expressed here are {those|solely those} of the author",
        "views and opinions expressed {in|here}",
        "opinions expressed in this {article|column|piece}",
        "do not necessarily reflect the {views|opinions|position}",
        "does not necessarily reflect the {views|opinions|position}",
        "gibt nicht {notwendigerweise|unbedingt} die meinung",
        "n'engage que {son auteur|ses auteurs|l'auteur}",
        "no {refleja|reflejan} necesariamente", "não {reflete|refletem|reflecte} necessariamente",
        "non {riflette|riflettono} necessariamente", "{weerspiegelt|weerspiegelen} niet noodzakelijk",
        "nie musi odzwierciedlać", "nie muszą odzwierciedlać",
        "может не совпадать с {мнением|позицией|точкой зрения} редакции",
        "yayın {kuruluşumuzun|organımızın} görüşlerini yansıtmayabilir", "yazarın kendi görüşüdür",
        "لا {تعبر|يعبر} {بالضرورة |}عن {رأي|وجهة نظر}",
        "不代表本{站|网|报|刊}{观点|立场}", "仅代表作者{个人|本人}观点",
        "著者個人の見解", "筆者個人の見解",
    ),
    "reproduction": (
        "may not be {published, broadcast, rewritten|reproduced|republished|redistributed}",
        "all rights reserved",
        "reproduction in whole or in part",
        "this copy is for your personal, non-commercial use only",
        "distribution and use of this material are governed by",
        "without {the|our} prior written {permission|consent}",
        "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "todos os direitos reservados", "tutti i diritti riservati", "riproduzione riservata",
        "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
        "tüm hakları saklıdır", "her hakkı saklıdır", "جميع الحقوق محفوظة", "版权所有",
        "版權所有", "保留所有权利", "未经{授权|许可}{不得|禁止}转载", "無断転載を禁じます",
        "無断転載禁止", "無断複製・転載を禁じます",
        "nachdruck nur mit genehmigung", "toute reproduction {est |}interdite",
        "prohibida su reproducción", "{é |}proibida a reprodução", "è vietata la riproduzione",
        "перепечатка {запрещена|без разрешения}", "izinsiz {kullanılamaz|yayınlanamaz}",
        # ko: "no unauthorised reproduction or redistribution", under every Korean article
        "무단전재 및 재배포 금지", "무단전재 및 재배포금지", "무단전재-재배포 금지",
        "무단전재 재배포 금지",
    ),
})

# "© 2024 Example Media", "Copyright (c) 2023 Foo", "(C) Example 2022. All rights reserved.",
# "Copyright ⓒ Example" (the circled letter of Korean sites), and a site's masthead line
# "copyright Example 2019 - ISSN: 1234-5678".  Near-miss: "Copyright law lets the author..."
# has no symbol, no year right after the word and no ISSN.
_COPYRIGHT = regex.compile(
    r"(?:(?:版权所有|版權所有|著作権)\s*)?(?:©|ⓒ|\(c\)|℗|copyright\s*(?:©|ⓒ|\(c\)|\d{4})"
    r"|copyright\b[^\n]{0,80}\bissn\b)",
    regex.IGNORECASE)
# Every character a ``_COPYRIGHT`` match can start with: a set lookup spares most lines the
# pattern (tests/detectors/test_disclaimer.py checks the set against the pattern).
_COPYRIGHT_FIRST = frozenset("版著©ⓒ℗(cCⒸ")
_MERGED = "\ncopyright"
_STRONG = regex.compile(r"©|ⓒ|\(c\)|\bissn\b|rights reserved", regex.IGNORECASE)
_SHORT_BLOCK = 300
_MIN_SHARE = 0.3
_MAX_SECTION = 2000


class Disclaimer:
    """Disclaimer sections (heading + body), boilerplate legal sentences, copyright lines."""

    name = "disclaimer"
    category = Category.DISCLAIMER

    def find(self, doc: Document) -> Iterator[Finding]:
        found: dict[int, tuple[str, str, bool]] = {}
        blocks = doc.blocks
        hits_in: dict[int, list[PhraseHit]] = {}
        for hit in PHRASES.scan(doc):
            hits_in.setdefault(hit.block.index, []).append(hit)
        for i, hits in hits_in.items():
            said = doc.text[hits[0].start:hits[0].end]
            found[i] = ("disclaimer_text", f"legal boilerplate {said!r}",
                        not self._sure(doc, hits))
        headings = HEADINGS.found(doc)
        skip: dict[int, int] = {}  # block index -> characters of it before the finding
        for block in blocks_upto(doc, _SHORT_BLOCK):  # copyright lines and headings are short
            if (len(block.text) <= _SHORT_BLOCK and block.text[:1] in _COPYRIGHT_FIRST
                    and _COPYRIGHT.match(block.text)):
                found[block.index] = ("copyright_line", f"copyright line {block.text!r}", False)
            elif ((at := block.text.find(_MERGED)) > 0
                    and (block.index not in found or found[block.index][2])
                    and "\n" not in block.text[at + 1:] and _COPYRIGHT.match(block.text, at + 1)
                    and _STRONG.search(block.text, at + 1)):
                # "...Zona Santambrogio\ncopyright Example 2019 - ISSN: 1234-5678": a lower-case
                # copyright line joins the line above it in the document; it goes alone, when
                # it is the block's last line and says so plainly (a symbol, an ISSN, "rights
                # reserved"): a hard-wrapped sentence may go on "...the\ncopyright 2019 filing".
                skip[block.index] = at + 1
                found[block.index] = ("copyright_line",
                                      f"copyright line {block.text[at + 1:]!r}", False)
            elif block.index in headings:
                found[block.index] = ("disclaimer_heading",
                                      f"disclaimer heading {block.text!r}", False)
                nxt = block.index + 1
                if (nxt < len(blocks) and (nxt not in found or found[nxt][2])
                        and not doc.starts_section(blocks[nxt])
                        and len(blocks[nxt].text) <= _MAX_SECTION):
                    found[nxt] = ("disclaimer_section",
                                  f"the text under the heading {block.text!r}", False)
        for i in sorted(found):
            rule, reason, strict_only = found[i]
            yield Finding(blocks[i].start + skip.get(i, 0), blocks[i].end, self.category,
                          self.name, rule, reason, strict_only)

    @staticmethod
    def _sure(doc: Document, hits: list[PhraseHit]) -> bool:
        """Two boilerplate phrases make a block boilerplate; one does when the block is short,
        the phrase is a good share of it, and it is not quoted (an article citing "all rights
        reserved" keeps its sentence).  A long line (``LONG_LINE``) never is: a table row
        or an article given as one line may end with the site's notice."""
        hit, block = hits[0], hits[0].block
        if is_long(block):
            return False
        if len({h.phrase for h in hits}) >= 2:
            return True
        quoted = hit.start > 0 and doc.text[hit.start - 1] in QUOTE_MARKS
        share = (hit.end - hit.start) / len(block.text)
        return len(block.text) <= _SHORT_BLOCK and share >= _MIN_SHARE and not quoted
