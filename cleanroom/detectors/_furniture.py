"""Page furniture that navigation removes: the lines a page template prints around every article.

Removed (each line on its own)::

    Updated: Tue., Nov. 19, 2019          (a labelled timestamp)
    2019-11-19T08:57:40+01:00             (a machine timestamp)
    Reading time: 3 minutes               (a reading-time badge)
    Posted by Ann Lee | Category: Health | Tags: clinics      (a post's meta line)
    Tags                                  (a tag heading, with the keyword line under it)
    budget 2020, city council, schools, transport
    https://example.com/img/harbour-ferry-800x450.jpg          (an image's address)

They tell when and where a page was published, not what it says.  A date is kept when it is
content: a line with a date and no label ("29 November 2018 | 20 January 2019", an
exhibition's dates), a sentence that gives a time ("The polls close at 8 p.m."), a keyword
line with no tag heading above it, and an address that a sentence gives or a list of links.

>>> [bool(timestamp(t)) for t in ("Updated: Tue., Nov. 19, 2019", "2019-11-19T08:57:40+01:00",
...                               "29 November 2018 | 20 January 2019", "Updated the rules")]
[True, True, False, False]
>>> keyword_list("budget 2020, city council, schools"), keyword_list("Yes, he said, it is.")
(True, False)
"""

from __future__ import annotations

import re

from cleanroom.detectors._phrases import LineSet
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._standalone import Candidate, Tier
from cleanroom.document.model import Block, Document

# "Reading time: 3 minutes", "5 min read": a badge above the article.  "#" is any number.
READING_TIME = LineSet({
    "en": ("# min read", "# minute read", "# minutes read", "# mins read", "reading time: # min",
           "reading time: # minutes", "reading time: # minute", "read time: # min",
           "read time: # minutes", "estimated reading time: # minutes",
           "estimated reading time: # min", "reading time # min", "# min reading time"),
    "de": ("lesezeit: # minuten", "lesezeit: # min", "lesezeit # min", "# min lesezeit",
           "# minuten lesezeit", "lesedauer: # minuten", "lesedauer: # min"),
    "fr": ("temps de lecture : # minutes", "temps de lecture : # min", "temps de lecture # min",
           "temps de lecture: # minutes", "temps de lecture: # min",
           "# min de lecture", "# minutes de lecture", "lecture : # min", "lecture # min"),
    "es": ("tiempo de lectura: # minutos", "tiempo de lectura: # min", "# min de lectura",
           "# minutos de lectura", "lectura: # min", "lectura: # minutos"),
    "pt": ("tempo de leitura: # minutos", "tempo de leitura: # minuto", "tempo de leitura: # min",
           "# min de leitura", "# minutos de leitura", "leitura: # min"),
    "it": ("tempo di lettura: # minuti", "tempo di lettura: # minuto", "tempo di lettura: # min",
           "# min di lettura", "# minuti di lettura", "lettura: # minuti", "lettura: # min"),
    "nl": ("leestijd: # minuten", "leestijd: # minuut", "leestijd: # min", "leestijd # min",
           "# min leestijd", "# minuten leestijd"),
    "pl": ("czas czytania: # min", "czas czytania: # minut", "czas czytania: # minuty",
           "# min czytania", "czas czytania # min"),
    "ru": ("время чтения: # минут", "время чтения: # минуты", "время чтения: # минута",
           "время чтения: # мин", "# мин чтения", "# минут чтения", "# минуты чтения"),
    "tr": ("okuma süresi: # dakika", "okuma süresi # dk", "# dakika okuma", "# dk okuma",
           "# dakikada okunur", "tahmini okuma süresi: # dakika"),
    "ar": ("وقت القراءة: # دقائق", "وقت القراءة: # دقيقة", "# دقائق للقراءة", "# دقيقة للقراءة",
           "مدة القراءة: # دقائق"),
    "zh": ("阅读时间：#分钟", "阅读时间:#分钟", "阅读约#分钟", "预计阅读时间：#分钟", "閱讀時間：#分鐘",
           "阅读需要#分钟"),
    "ja": ("この記事は約#分で読めます", "読了時間：約#分", "読了時間：#分", "所要時間：約#分",
           "約#分で読めます"),
})

# Article tools: links and buttons a page prints beside every article (print, reprints, text
# size, the audio player's "Listen to this article").  Near-miss: "Print" or "Email" alone
# (menu words, left to the menu rules).
TOOLS = LineSet({
    "en": ("print article", "print this article", "print this page", "order reprints",
           "reprints", "reprints & permissions", "reprints and permissions",
           "email this article", "email article", "save article", "text size",
           "listen to this article", "listen to article", "listen to this story"),
    "de": ("artikel drucken", "seite drucken", "artikel versenden", "artikel merken",
           "schriftgröße", "artikel anhören", "artikel vorlesen lassen"),
    "fr": ("imprimer l'article", "imprimer cet article", "envoyer l'article",
           "taille du texte", "écouter cet article", "écouter l'article"),
    "es": ("imprimir artículo", "imprimir noticia", "enviar por correo", "tamaño de letra",
           "tamaño del texto", "escuchar artículo", "escuchar este artículo"),
    "pt": ("imprimir artigo", "imprimir notícia", "enviar por e-mail", "tamanho da letra",
           "tamanho do texto", "ouvir artigo", "ouvir este artigo", "ouça este artigo"),
    "it": ("stampa articolo", "stampa l'articolo", "invia articolo", "dimensione testo",
           "ascolta l'articolo", "ascolta questo articolo"),
    "nl": ("artikel afdrukken", "print artikel", "artikel mailen", "tekstgrootte",
           "luister naar dit artikel", "artikel beluisteren"),
    "pl": ("drukuj artykuł", "wydrukuj artykuł", "wyślij artykuł", "rozmiar tekstu",
           "posłuchaj artykułu", "słuchaj artykułu"),
    "ru": ("распечатать статью", "версия для печати", "размер шрифта", "слушать статью",
           "прослушать статью"),
    "tr": ("haberi yazdır", "yazı boyutu", "haberi e-posta ile gönder", "haberi dinle"),
    "ar": ("طباعة المقال", "حجم الخط", "أرسل المقال", "استمع إلى المقال"),
    "zh": ("打印本文", "打印文章", "字号", "字体大小", "收听本文", "朗读本文"),
    "ja": ("記事を印刷", "印刷する", "文字サイズ", "この記事を聞く", "記事を読み上げる"),
})

# Tag and topic lists ("Tags: budget, schools"): by their label, at an edge or beside junk.
TAGS = LineSet({
    "en": ("tags", "tagged", "topics", "tagged with", "filed under"),
    "de": ("schlagwörter", "themen", "schlagworte", "tags"),
    "fr": ("mots-clés", "étiquettes", "thèmes", "sujets"),
    "es": ("etiquetas", "temas"),
    "pt": ("etiquetas", "tags", "temas", "tópicos"),
    "it": ("tag", "argomenti"),
    "nl": ("trefwoorden", "onderwerpen", "tags"),
    "pl": ("tagi", "tematy"),
    "ru": ("теги", "метки", "темы"),
    "tr": ("etiketler", "konular"),
    "ar": ("الوسوم", "وسوم", "كلمات مفتاحية"),
    "zh": ("标签", "關鍵詞", "关键词", "標籤"),
    "ja": ("タグ", "キーワード", "関連キーワード"),
})

_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# "Updated", "Publicado em", "기사입력": a label that says what the date on the line is.
_LABEL_WORDS = (
    r"updated|published|posted|modified|"
    r"aktualisiert|veröffentlicht|zuletzt aktualisiert|mis à jour|publié|actualizado|"
    r"publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|"
    r"opublikowano|обновлено|опубликовано|güncelleme|güncellenme|yayınlanma|تم التحديث|"
    r"تاريخ النشر|نشر في|更新时间|发布时间|發佈時間|更新日|公開日|投稿日|기사입력|입력")
_LABEL = re.compile(
    rf"(?:[-•*]\s*)?(?:(?:last|first)\s+)?(?:{_LABEL_WORDS})"
    r"(?:\s+(?:on|at|am|um|le|el|em|il|op|tarihi|日時))?\s*[:：]?\s*", re.IGNORECASE)
# Month and day names (en, de, fr, es, pt, it, nl; the other languages write dates in numbers).
_DATE_WORD = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
     "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
     "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
     "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro",
     "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "gennaio",
     "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
     "januari", "februari", "maart", "mei", "augustus"])
# The small words and zones a date or time may carry: "at 1:23 p.m. ET", "às 10:13".
_DATE_GLUE = frozenset(
    ["am", "pm", "a", "p", "m", "at", "on", "um", "uhr", "le", "à", "h", "de", "del", "el",
     "las", "às", "il", "alle", "ore", "om", "utc", "gmt", "et", "pt", "ct", "est", "edt",
     "pst", "pdt", "cst", "cdt", "bst", "cet", "cest", "ist"])
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|am|pm|h\d*)", re.IGNORECASE)  # "3rd", "8pm", "08h57"
_TOKEN = re.compile(r"[^\s,.:/\-\[\]()|]+")
_CJK_DATE = re.compile(r"[\d年月日時时分:：\s\-./\[\]()]+")
_MAX_DATE = 60
_NUMBER = re.compile(r"\d+")
# "Posted by Ann Lee | Category: Health | Tags: clinics": the parts of a post's meta line.
_META_WORDS = (
    r"(?:posted|published|written|publicado|publicada|postado|escrito|pubblicato|scritto|"
    r"veröffentlicht|geschrieben|publié|écrit|geplaatst|opublikowany|napisany)\s+"
    r"(?:by|por|da|von|par|door|przez)|by|por|von|par|autor|author|autore|auteur|auteurs|"
    r"category|categories|categoria|categorias|categoría|categorías|catégorie|catégories|"
    r"categorie|kategorie|kategorien|kategoria|kategori|rubrik|rubrique|section|seção|sección|"
    r"tags?|etiquetas?|schlagwörter|mots-clés|filed under|темы|теги|рубрика|автор")
_META_PART = re.compile(rf"(?:{_META_WORDS})\s*[:：]?\s*\S", re.IGNORECASE)
_META_SPLIT = re.compile(r"\s+[-|•·–]\s+")
_MAX_META = 200
# How a furniture line starts (after a digit, which starts a date, or in lower case): a
# cheap test that leaves the few blocks worth a closer look.
_STARTS = (
    "http", "www.", "last ", "first ", "updated", "published",
    "posted", "modified", "written", "aktualisiert", "veröffentlicht", "zuletzt", "geschrieben",
    "mis à jour", "publié", "écrit", "actualizado", "publicado", "publicada", "atualizado",
    "postado", "escrito", "aggiornato", "pubblicato", "scritto", "bijgewerkt", "gepubliceerd",
    "geplaatst", "zaktualizowano", "opublikowan", "napisany", "обновлено", "опубликовано",
    "güncelle", "yayınlanma", "تم التحديث", "تاريخ النشر", "نشر في", "更新时间", "发布时间",
    "發佈時間", "更新日", "公開日", "投稿日", "기사입력", "입력", "by ", "por ", "von ", "par ",
    "autor", "author", "auteur", "categor", "catégor", "kategori", "rubri", "section", "seção",
    "sección", "tag", "etiqueta", "schlagwörter", "mots-clés", "filed under", "темы", "теги",
    "рубрика", "автор")
_STARTS_FIRST = frozenset(start[0] for start in _STARTS)  # what most lines fail at once
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]+(/\S*)?")
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|avif)(?:[?#]\S*)?$", re.IGNORECASE)
_KEYWORD_SPLIT = re.compile(r"\s*[,，、]\s*")
_MAX_KEYWORDS = 600
_MAX_KEYWORD = 40


def _date_only(rest: str) -> bool:
    """``rest`` is nothing but a date or time, more than a bare year ("18 November 2019",
    "1:23 p.m.", "2018-09-28 17:32"): numbers, month and day names, "at", zones."""
    rest = rest.strip(" .[]")
    if not rest or len(rest) > _MAX_DATE:
        return False
    numbers = len(_NUMBER.findall(rest))
    if _CJK_DATE.fullmatch(rest):
        return numbers >= 2
    named = False
    for token in _TOKEN.findall(rest):
        low = token.lower()
        if low in _DATE_WORD:
            named = True
        elif not (token.isdigit() or low in _DATE_GLUE or _ORDINAL.fullmatch(token)):
            return False
    return numbers >= 2 or (numbers >= 1 and named)


def timestamp(text: str) -> str | None:
    """Why ``text`` is a timestamp line ("machine" or "labelled"), or None."""
    line = text.strip()
    if _ISO.fullmatch(line):
        return "machine"
    m = _LABEL.match(line)
    if m is not None and m.end() < len(line) and _date_only(line[m.end():]):
        return "labelled"
    return None


def keyword_list(text: str) -> bool:
    """A line of three or more short comma-separated keywords, no sentence among them."""
    if len(text) > _MAX_KEYWORDS or text[-1] in ".!?":
        return False
    items = _KEYWORD_SPLIT.split(text.strip())
    return len(items) >= 3 and all(_keyword(item, 6) for item in items)


def post_meta(text: str) -> bool:
    """A line of a post's metadata: two or more labelled parts ("Posted by ...", "Category:
    ..."), the other parts dates; "By Ann Lee | March 3, 2019" alone (one label) is a byline
    and stays."""
    if len(text) > _MAX_META:
        return False
    parts = _META_SPLIT.split(text.strip().lstrip("-•* "))
    labelled = sum(1 for p in parts if _META_PART.match(p))
    return labelled >= 2 and all(_META_PART.match(p) or _date_only(p) for p in parts)


def image_address(text: str) -> bool:
    """A line that is nothing but the web address of a picture's file: never text to read.
    An address to a page stays (a list of links, a source)."""
    m = _ADDRESS.fullmatch(text.strip())
    return m is not None and bool(m.group(1)) and _ASSET.search(m.group(1)) is not None


def _one_line(line: str) -> tuple[str, str] | None:
    said = timestamp(line)
    if said is not None:
        return "timestamp", f"a {said} timestamp"
    if image_address(line):
        return "link_address", "the address of an image"
    return None


def _keyword(item: str, max_words: int = 4) -> bool:
    """A keyword or tag: short, a few words, no sentence punctuation."""
    return 0 < len(item) <= _MAX_KEYWORD and len(item.split()) <= max_words and not any(
        ch in ".!?:;" for ch in item)


def furniture(block: Block) -> Candidate | None:
    """A timestamp, an image's address or a post's meta line (with the tag words wrapped
    under it); a block of several lines goes only when every line is furniture."""
    lines = [line.strip() for line in block.text.split("\n")]
    if (_META_SPLIT.search(lines[0]) and post_meta(lines[0])
            and all(_keyword(line) for line in lines[1:])):
        return Candidate("post_meta", f"{block.text!r} is a post's meta line", Tier.SURE)
    said = [_one_line(line) for line in lines]
    first = said[0]
    if first is None or any(s is None for s in said):
        return None
    return Candidate(first[0], f"{block.text!r} is {first[1]}", Tier.SURE)


def furniture_of(block: Block) -> Candidate | None:
    """``furniture(block)`` for a block that starts like furniture (a digit, a label, an
    address: a cheap test first), else None."""
    head = block.text[:24].lstrip("-•* \t").lower()
    first = head[:1]
    if first.isdigit() or (first in _STARTS_FIRST and head.startswith(_STARTS)):
        return furniture(block)
    return None


def tag_boxes(doc: Document) -> dict[int, Candidate]:
    """A post's tag box: "Tags" on its own line and the keyword line under it, as two blocks
    or as one ("Tags" does not end a sentence, so the keywords may join it)."""
    found: dict[int, Candidate] = {}
    blocks = doc.blocks
    for i in TAGS.found(doc):
        if i + 1 < len(blocks) and keyword_list(blocks[i + 1].text):
            for j in (i, i + 1):
                found[j] = Candidate("tag_list", f"{blocks[j].text!r} is a tag list", Tier.SURE)
    longest = TAGS.max_len  # a longer first line is no "Tags" label: no copy of the rest
    for block in blocks_upto(doc, _MAX_KEYWORDS + 40):
        if block.lines > 1:
            cut = block.text.find("\n")
            if (cut if cut >= 0 else len(block.text)) > longest:
                continue
            head, _, rest = block.text.partition("\n")
            if TAGS.match(head) and keyword_list(rest):
                found[block.index] = Candidate("tag_list", f"{block.text!r} is a tag list",
                                               Tier.SURE)
    return found
