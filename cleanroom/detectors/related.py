"""Links to other articles: "Related articles", "Most read", "Read more: ..." lists.

Removed::

    Read more: Council approves new cycle lanes
    ...the article...
    Related articles
    Harvest starts early after a warm spring
    Local library extends its opening hours

A list heading at the end of the text (after the last paragraph, or past 60% of it when
other junk follows the list) takes the headlines under it along: up to twelve short lines
that do not end like a sentence (a headline may ask: "Who will run the ferry?").  Section
links ("More from Local News") go at an edge; links that name where they go ("Also on
example.com <headline>", "More City Sport: https://...", "Follow our full coverage of the
vote at https://...") and a bare "More:" label go anywhere.  A list whose heading the
extractor dropped (bulleted titles after the last paragraph) is found by the titles' shape:
see ``_headlines.py``.
Left alone: a sentence that says "read more"
(``Read more about the study in the journal, which published it on Monday.``), a sentence
that opens like a link (``Also on Tuesday, the council ...``), and the lines under a list
heading in the middle of the text, where they may be the article's own.

>>> from cleanroom.document import from_text
>>> doc = from_text("The harbour reopened on Friday after a week of storms and high tides.\\n"
...                 "Most read\\nStorm closes mountain pass\\nLibrary extends its hours")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Related().find(doc)]
[('related_heading', 'Most read'), ('related_list', 'Storm closes mountain pass'), ('related_list', 'Library extends its hours')]
>>> list(Related().find(from_text("Read more about the study in the journal, which "
...                               "published it on Monday.")))
[]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from cleanroom.categories import Category
from cleanroom.detectors._headlines import headline_runs
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable, amid_prose
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._standalone import (
    TWO_SENTENCES,
    Candidate,
    Tier,
    edge_zone,
    scan_short,
)
from cleanroom.detectors._vocabulary import FULL_STOPS
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

# List headings and link labels: junk as whole lines, and as the label of a line
# ("Also read: <headline>").  Near-miss: "Read more about ..." has no separator after the label.
HEADINGS = LineSet({
    "en": ("related articles", "related stories", "related posts", "related content",
           "related news", "related coverage", "related topics", "related reading",
           "related article", "related story", "more on this story", "more on this topic",
           "more stories", "more news", "you may also like", "you might also like",
           "you may be interested in", "you might be interested in", "recommended for you",
           "recommended stories", "recommended articles", "recommended reading", "most read",
           "most popular", "most viewed", "most shared", "trending now", "trending stories",
           "popular stories", "popular posts", "top stories", "editor's picks",
           "editors' picks", "don't miss", "what to read next", "read next", "up next",
           "also read", "see also", "read more", "read also", "further reading",
           "latest stories", "latest news", "latest articles", "in other news",
           "more in this section", "related", "recommended", "more from our site",
           "see more", "most read in world news", "most read in news", "related post",
           "related link", "related links"),
    "de": ("ähnliche artikel", "verwandte artikel", "weitere artikel", "mehr zum thema",
           "das könnte sie auch interessieren", "auch interessant", "meistgelesen",
           "meistgelesene artikel", "am meisten gelesen", "top-artikel",
           "empfehlungen der redaktion", "lesen sie auch", "lesen sie mehr", "mehr lesen",
           "siehe auch", "mehr dazu", "neueste artikel", "weitere nachrichten", "zum thema",
           "das könnte dich auch interessieren", "weiterlesen"),
    "fr": ("articles similaires", "articles liés", "à lire aussi", "lire aussi",
           "à lire également", "voir aussi", "sur le même sujet", "les plus lus",
           "articles les plus lus", "vous aimerez aussi", "vous pourriez aussi aimer",
           "à ne pas manquer", "nos recommandations", "dernières actualités",
           "plus d'actualités", "à voir aussi", "lire la suite", "sur le même thème"),
    "es": ("artículos relacionados", "noticias relacionadas", "contenido relacionado",
           "te puede interesar", "también te puede interesar", "puede interesarte",
           "lo más leído", "más leídas", "más leído", "más noticias", "lee también",
           "lea también", "leer más", "ver también", "te recomendamos", "últimas noticias",
           "no te pierdas", "relacionado", "relacionadas", "recomendados"),
    "pt": ("artigos relacionados", "notícias relacionadas", "conteúdo relacionado",
           "leia também", "leia mais", "veja também", "você também pode gostar",
           "pode também gostar", "mais lidas", "mais lidos", "os mais lidos", "as mais lidas",
           "mais notícias", "últimas notícias", "recomendados para você", "não perca",
           "relacionadas", "relacionados", "veja mais", "saiba mais"),
    "it": ("articoli correlati", "notizie correlate", "contenuti correlati", "leggi anche",
           "leggi di più", "potrebbe interessarti", "ti potrebbe interessare",
           "potrebbe interessarti anche", "i più letti", "più letti", "più lette", "più visti",
           "altre notizie", "ultime notizie", "vedi anche", "da non perdere",
           "consigliati per te", "correlati", "approfondisci", "leggi anche su"),
    "nl": ("gerelateerde artikelen", "gerelateerd", "lees ook", "lees meer", "meer lezen",
           "meest gelezen", "meer nieuws", "laatste nieuws", "misschien ook interessant",
           "dit vind je misschien ook interessant", "aanbevolen voor jou", "bekijk ook",
           "zie ook", "ook interessant", "meer over dit onderwerp", "aanbevolen"),
    "pl": ("powiązane artykuły", "podobne artykuły", "zobacz też", "zobacz także",
           "czytaj też", "czytaj także", "czytaj więcej", "przeczytaj też", "przeczytaj także",
           "najczęściej czytane", "najpopularniejsze", "polecane", "polecamy",
           "może cię zainteresować", "mogą cię zainteresować", "więcej wiadomości",
           "najnowsze wiadomości", "czytaj"),
    "ru": ("похожие статьи", "похожие новости", "связанные статьи", "читайте также",
           "читать далее", "читать полностью", "смотрите также", "см. также",
           "самое читаемое", "самое популярное", "вам может быть интересно",
           "вас может заинтересовать", "рекомендуем прочитать", "другие новости",
           "последние новости", "еще по теме", "ещё по теме", "по теме", "новости по теме",
           "читайте", "рекомендуем"),
    "tr": ("ilgili haberler", "ilgili yazılar", "benzer haberler",
           "bunlar da ilginizi çekebilir", "ilginizi çekebilir", "ayrıca okuyun",
           "devamını oku", "devamını okumak için tıklayın", "en çok okunanlar",
           "en çok okunan haberler", "çok okunanlar", "diğer haberler", "önerilen haberler",
           "sizin için seçtiklerimiz", "ilgili haber", "bunu da okuyun", "okumadan geçmeyin"),
    "ar": ("مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا", "اقرأ أيضاً",
           "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "الأكثر قراءة", "الأكثر مشاهدة",
           "الأكثر تداولا", "قد يعجبك أيضا", "قد يعجبك أيضاً", "قد يهمك أيضا", "قد يهمك",
           "شاهد أيضا", "شاهد أيضاً", "أخبار أخرى", "آخر الأخبار", "المزيد من الأخبار",
           "ذات صلة", "اقرأ ايضا"),
    "zh": ("相关文章", "相关新闻", "相关阅读", "相关推荐", "延伸阅读", "推荐阅读", "热门文章",
           "热门新闻", "阅读排行", "最多阅读", "热门推荐", "猜你喜欢", "你可能还喜欢",
           "您可能感兴趣", "更多新闻", "最新新闻", "阅读更多", "延伸閱讀", "相關文章", "相關新聞",
           "推薦閱讀", "熱門文章", "另见", "相关链接"),
    "ja": ("関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "こちらもおすすめ",
           "おすすめ記事", "人気記事", "よく読まれている記事", "アクセスランキング", "最新記事",
           "新着記事", "こちらもどうぞ", "関連", "合わせて読みたい"),
})

# Bare words that head a list only at an edge of the text or beside other list lines.
WEAK = LineSet({
    "en": ("trending", "popular", "latest", "more", "also on", "continue reading",
           "explore further"),
    "de": ("beliebt", "neueste", "mehr"),
    "fr": ("en savoir plus", "à découvrir", "populaire", "plus"),
    "es": ("seguir leyendo", "tendencias", "más"),
    "pt": ("mais", "populares"),
    "it": ("di più", "popolari"),
    "nl": ("populair", "meer"),
    "pl": ("więcej", "popularne"),
    "ru": ("популярное", "ещё", "еще"),
    "tr": ("gündem", "popüler"),
    "ar": ("المزيد", "الأكثر شعبية"),
    "zh": ("查看更多", "阅读全文", "相关", "热点", "更多"),
    "ja": ("続きを読む", "もっと見る", "ランキング", "おすすめ"),
})

# "More from Local News", "Mehr aus der Region": a section link, a short line that opens
# with one of these and does not end like a sentence.  Junk at an edge or beside other junk.
_LEADS = ("more from ", "more in ", "more on ", "more stories from ", "popular on ", "mehr aus ", "mehr von ",
          "plus d'articles ", "d'autres articles ", "más noticias de ", "mais notícias de ",
          "altre notizie ", "altri articoli ", "meer nieuws ", "meer uit ", "więcej z ",
          "więcej wiadomości ", "ещё из ", "еще из ", "больше новостей ", "diğer ",
          "المزيد من ", "更多", "その他の")
_LEADS_FIRST = frozenset(lead[0] for lead in _LEADS)  # a key starting otherwise has none
_LEAD_LINE = 60

TABLE = RuleTable("related", Category.RELATED, (
    Rule("related_heading", "label", HEADINGS, examples=(f"{_PROSE}\nRelated articles\n{_PROSE}",),
         near_misses=("Related articles in the paper ran on Monday and Tuesday, he said.",),
         doc="related-article headings and link labels"),
    Rule("related_label", "line", WEAK, "edge", examples=(f"{_PROSE}\nTrending",),
         near_misses=(amid_prose("Trending"),),
         doc="weak list headings ('Trending', 'Latest'), at an edge"),
))
_RULES = TABLE.engine

_HEADLINE = 120  # a listed headline is a short line
_LIST = 12  # at most this many headlines under one heading
_SENTENCE_END = frozenset(".!?。！？…")
_TAIL_SHARE = 0.6  # a heading that starts past this share of the text closes it
_PROPOSED = "related proposals"  # doc.scans.memo: (candidates, listed), for ``context``
# "More:" with its links gone: a bare label ending with a colon.  Near-miss: "Latest:" may
# head a live blog's own updates, so only the word "more" goes this way.
MORE = LineSet({
    "en": ("more", "also on"), "de": ("mehr",), "fr": ("plus",), "es": ("más",),
    "pt": ("mais",), "it": ("di più",), "nl": ("meer",), "pl": ("więcej",), "ru": ("ещё", "еще"),
    "ar": ("المزيد",), "zh": ("更多",), "ja": ("もっと見る",),
})

# "Also on example.com <headline>": a link to another article, introduced by the site's domain.
_ALSO_ON = re.compile(r"also on (?:[\w-]+\.)+[a-z]{2,}[:|\s]+\w", re.IGNORECASE)
# "More AP NBA: https://...", "Follow our full coverage of the vote at https://...": a pointer
# to a section page, a short line that ends with its addresses.  Near-miss: "The report is
# at https://..." (no "more" label, no "coverage").
_URL = r"(?:https?://|www\.)\S+"
_SECTION_LINK = re.compile(
    rf"(?:more(?:\s+[^\s:.!?]+){{0,3}}\s*:|(?:follow|see|read|find)\b[^.!?]{{0,60}}\bcoverage\b"
    rf"[^.!?]{{0,80}}?\b(?:at|on)\b)\s*{_URL}(?:\s*(?:,|and)\s*{_URL})*\s*$", re.IGNORECASE)
_LINK_LINE = 200
# The words those lines have (found by the shared scan of the text, see ``_phrases.py``).
_LINK_WORDS = PhraseSet({"en": ("also on", "http", "https", "www")})


def _ends_sentence(text: str) -> bool:
    """A line that ends like a sentence, not like a headline (which may ask or exclaim): a
    full stop in any script (Devanagari's danda, Urdu's, Armenian's, Ge'ez's) as the Latin
    one."""
    if text[-1] in FULL_STOPS:
        return True
    return text[-1] in _SENTENCE_END and TWO_SENTENCES.search(text) is not None


class Related:
    """Related-article headings and labels, and the headline lists under a closing heading."""

    name = "related"
    category = Category.RELATED

    def find(self, doc: Document) -> Iterator[Finding]:
        found = _RULES.propose(doc)
        for i, c in list(found.items()):
            text = doc.blocks[i].text
            if c.tier == Tier.EDGE and text[-1] in ":：" and MORE.match_block(doc.blocks[i]):
                found[i] = Candidate(c.rule, f"{text!r} is a list label with nothing after it",
                                     Tier.SURE)
        for block in blocks_upto(doc, _LEAD_LINE):
            text = block.text
            if (block.index not in found and len(text) <= _LEAD_LINE
                    and text[-1] not in _SENTENCE_END and block.key[:1] in _LEADS_FIRST
                    and block.key.startswith(_LEADS)):
                found[block.index] = Candidate("related_heading",
                                               f"{text!r} links to a section", Tier.EDGE)
        for index in scan_short(_LINK_WORDS, doc, _LINK_LINE):  # blocks of _LINK_LINE at most
            text = doc.blocks[index].text
            if index not in found and (
                    (text[:4].lower() == "also" and text[-1] != "." and _ALSO_ON.match(text))
                    or _SECTION_LINK.match(text)):
                found[index] = Candidate("related_heading", f"{text!r} links to other pages",
                                         Tier.SURE)
        found.update(headline_runs(doc, found))
        extra = _closing_lists(doc, found, None)
        doc.scans.memo[_PROPOSED] = (dict(found), extra)
        yield from _RULES.find(doc, self.name, self.category, extra, found)

    def context(self, doc: Document, cut: frozenset[int]) -> Iterator[Finding]:
        """The headline lists under a closing heading once the blocks in ``cut`` are gone:
        a comment form cut below the list leaves the heading after the last paragraph."""
        memo = doc.scans.memo.get(_PROPOSED)
        if memo is None:
            return
        found, first = memo
        kept = [b.index for b in doc.blocks if b.index not in cut]
        for j, c in _closing_lists(doc, found, kept).items():
            if j not in first and j not in cut:
                block = doc.blocks[j]
                yield Finding(block.start, block.end, self.category, self.name, c.rule,
                              c.reason)


def _closing_lists(doc: Document, found: dict[int, Candidate], kept: list[int] | None
                   ) -> dict[int, Candidate]:
    """The headlines listed under a closing heading, among the blocks ``kept`` (all when
    None; a heading cut itself still heads its list)."""
    extra: dict[int, Candidate] = {}
    blocks = doc.blocks
    tail = len(doc.text) * _TAIL_SHARE
    # The last paragraph of prose, with the headline lists found (they may move it).
    last = edge_zone(doc, found, kept)[1] if found else -1
    after: dict[int, int] = {}  # block index -> position in ``kept`` of the next block kept
    if kept is not None:
        after = {i: bisect_right(kept, i) for i in found}
    for i in sorted(found):
        # A closing heading: after the last paragraph, or in the last part of the text
        # (other junk, such as a copyright sentence, may follow the list).
        if (i <= last and blocks[i].start < tail) or not HEADINGS.match_block(blocks[i]):
            continue
        below = (range(i + 1, min(i + 1 + _LIST, len(blocks))) if kept is None
                 else kept[after[i]:after[i] + _LIST])
        for j in below:
            text = blocks[j].text
            if j in found or len(text) > _HEADLINE or _ends_sentence(text):
                break
            extra[j] = Candidate("related_list", f"{text!r} is listed under the "
                                 f"heading {blocks[i].text!r}", Tier.SURE)
    return extra
