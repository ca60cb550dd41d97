"""Share and follow buttons, flattened into text.

Removed::

    Share this:
    Facebook
    Twitter
    WhatsApp
    Follow us on Instagram

and rows such as ``Share: Facebook | X | Email`` or ``1.2K shares``; after the article, the
follow and contact lines of its byline box (``Email Jane Doe at jdoe@example.com or follow
her @janedoe.``, ``Write to Jane Doe at ...``, ``twitter.com/janedoe``).  Left alone: the
same names in sentences (``Shares fell 3% after Facebook said it would cut jobs.``,
``Contact the city at info@example.gov to object.``) and a lone platform name or a contact
line in the middle of the text (held back).

>>> from cleanroom.document import from_text
>>> doc = from_text("The harbour reopened on Friday after a week of storms.\\nShare this:\\n"
...                 "Facebook | X | WhatsApp")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Share().find(doc)]
[('share_buttons', 'Share this:'), ('share_row', 'Facebook | X | WhatsApp')]
>>> list(Share().find(from_text("Shares fell 3% on Monday after Facebook said it would cut "
...                             "jobs.")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable, amid_prose
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._standalone import (
    Candidate,
    Tier,
    last_sentence,
    overrule,
    scan_short,
)
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document, line_key

# Button text that only share bars carry.  Near-miss: "share prices" is never a whole line.
BUTTONS = LineSet({
    "en": ("share this", "share this article", "share this story", "share this post",
           "share this page", "share article", "share the story", "share on facebook",
           "share on twitter", "share on x", "share on linkedin", "share on whatsapp",
           "share on pinterest", "share on reddit", "share via email", "share by email",
           "email this article", "email this", "copy link", "copy the link", "link copied",
           "link copied to clipboard", "tweet this", "pin it", "follow us",
           "follow us on facebook", "follow us on twitter", "follow us on instagram",
           "follow us on x", "follow us on social media", "like us on facebook",
           "sharing options", "share options", "# shares", "#k shares", "#.#k shares",
           "print this article", "print this page", "share via"),
    "de": ("artikel teilen", "diesen artikel teilen", "beitrag teilen", "seite teilen",
           "auf facebook teilen", "auf twitter teilen", "auf x teilen", "per e-mail teilen",
           "per e-mail versenden", "link kopieren", "link kopiert", "folgen sie uns",
           "folge uns", "folgen sie uns auf facebook", "artikel drucken"),
    "fr": ("partager cet article", "partager sur facebook", "partager sur twitter",
           "partager sur x", "partager par e-mail", "envoyer par e-mail", "copier le lien",
           "lien copié", "suivez-nous", "suivez-nous sur facebook", "partagez cet article",
           "imprimer l'article"),
    "es": ("compartir en facebook", "compartir en twitter", "compartir en whatsapp",
           "compartir este artículo", "comparte este artículo", "enviar por correo",
           "enviar por email", "copiar enlace", "enlace copiado", "síguenos",
           "síguenos en facebook", "síguenos en twitter", "síguenos en redes sociales"),
    "pt": ("compartilhar no facebook", "partilhar no facebook", "compartilhar no twitter",
           "compartilhar no whatsapp", "partilhar no whatsapp", "compartilhe esta notícia",
           "partilhe este artigo", "enviar por e-mail", "copiar link", "link copiado",
           "siga-nos", "siga-nos no instagram", "siga-nos nas redes sociais"),
    "it": ("condividi su facebook", "condividi su twitter", "condividi su whatsapp",
           "condividi questo articolo", "invia per email", "copia link", "link copiato",
           "seguici", "seguici su facebook", "seguici sui social"),
    "nl": ("deel dit artikel", "artikel delen", "delen op facebook", "deel op facebook",
           "delen via whatsapp", "deel via e-mail", "link kopiëren", "link gekopieerd",
           "volg ons", "volg ons op facebook"),
    "pl": ("udostępnij na facebooku", "udostępnij artykuł", "udostępnij ten artykuł",
           "wyślij e-mailem", "kopiuj link", "skopiuj link", "link skopiowany", "obserwuj nas",
           "obserwuj nas na facebooku", "śledź nas", "polub nas na facebooku"),
    "ru": ("поделиться в facebook", "поделиться вконтакте", "поделиться в telegram",
           "поделиться статьей", "поделиться статьёй", "отправить по email",
           "отправить по почте", "скопировать ссылку", "копировать ссылку", "ссылка скопирована",
           "подписывайтесь на нас", "мы в соцсетях", "мы в социальных сетях",
           "читайте нас в telegram", "подписывайтесь на наш канал"),
    "tr": ("facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş", "bu haberi paylaş",
           "haberi paylaş", "e-posta ile gönder", "bağlantıyı kopyala", "linki kopyala",
           "bağlantı kopyalandı", "bizi takip edin", "bizi takip et",
           "sosyal medyada bizi takip edin"),
    "ar": ("شارك على فيسبوك", "شارك عبر واتساب", "شارك المقال", "شارك هذا المقال",
           "مشاركة عبر البريد الإلكتروني", "نسخ الرابط", "تم نسخ الرابط", "تابعنا", "تابعونا",
           "تابعنا على تويتر", "تابعونا على فيسبوك", "تابعنا على مواقع التواصل الاجتماعي"),
    "zh": ("分享到微信", "分享到微博", "分享至微信", "分享到朋友圈", "分享本文", "分享文章",
           "复制链接", "链接已复制", "关注我们", "关注我们的微信公众号", "扫一扫分享",
           "分享到", "分享至"),
    "ja": ("シェアする", "この記事をシェア", "この記事をシェアする", "facebookでシェア",
           "twitterでシェア", "xでシェア", "lineで送る", "リンクをコピー",
           "リンクをコピーしました", "公式アカウントをフォロー"),
})

# Single button words and platform names: junk at an edge or beside other buttons.
# Near-miss: a heading "Facebook" above a paragraph about the company, mid-text, is held back.
WORDS = LineSet({
    "en": ("share", "shares", "print", "email", "e-mail", "tweet", "facebook", "twitter",
           "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "flipboard",
           "threads", "bluesky", "instagram", "youtube", "tiktok", "mastodon", "x",
           "copy", "save", "bookmark"),
    "de": ("teilen", "drucken", "e-mail", "kopieren", "merken", "teilen auf"),
    "fr": ("partager", "imprimer", "partage", "copier"),
    "es": ("compartir", "imprimir", "comparte", "copiar"),
    "pt": ("compartilhar", "partilhar", "compartilhe", "partilhe", "imprimir", "copiar"),
    "it": ("condividi", "stampa", "copia"),
    "nl": ("delen", "deel", "printen", "kopiëren"),
    "pl": ("udostępnij", "drukuj", "kopiuj"),
    "ru": ("поделиться", "распечатать", "печать", "вконтакте", "одноклассники", "vk", "ok",
           "телеграм", "копировать"),
    "tr": ("paylaş", "yazdır", "kopyala"),
    "ar": ("شارك", "مشاركة", "طباعة", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن"),
    "zh": ("分享", "打印", "微信", "微博", "qq空间", "qq", "转发", "收藏", "点赞", "朋友圈"),
    "ja": ("シェア", "ツイート", "はてなブックマーク", "はてブ", "ブックマーク", "印刷", "line", "pocket",
           "フォローする",
           "いいね"),
})

# Share sentences inside a short block ("Click to share on X (Opens in new window)").
SENTENCES = PhraseSet({
    "en": ("click to share on", "click to email a link to a friend", "opens in new window",
           "follow us on {facebook|twitter|instagram|x|linkedin|telegram|youtube|tiktok}",
           "share this article {on|with|via}", "share it with a friend",
           "follow {him|her|them|me} on {twitter|x|instagram|facebook|linkedin|threads|bluesky}"),
    "de": ("{folgen sie uns|folge uns} auf", "auf {facebook|twitter|whatsapp|x|linkedin} teilen"),
    "fr": ("suivez-nous sur", "partager sur {facebook|twitter|x|whatsapp|linkedin}"),
    "es": ("síguenos en", "compartir en {facebook|twitter|x|whatsapp|linkedin}"),
    "pt": ("siga-nos {no|nas|em}", "{compartilhar|partilhar} no {facebook|twitter|whatsapp}"),
    "it": ("seguici su", "condividi su {facebook|twitter|x|whatsapp|linkedin}"),
    "nl": ("volg ons op {facebook|twitter|instagram|linkedin|youtube}",
           "{deel|delen} {op|via} {facebook|twitter|whatsapp|linkedin}"),
    "pl": ("{obserwuj|śledź} nas {na|w}", "udostępnij na {facebooku|twitterze}"),
    "ru": ("подписывайтесь на {нас|наш канал|наш telegram|наш телеграм}", "читайте нас в"),
    "tr": ("bizi {takip edin|takip et|izleyin}", "{facebook'ta|twitter'da|whatsapp'ta} paylaş",
           ("{facebook'ta|twitter'da|instagram'da|youtube'da|x'te|tiktok'ta|linkedin'de} "
           "{takip edin|takip et}")),
    "ar": ("{تابعنا|تابعونا} على", "شارك {على|عبر} {فيسبوك|تويتر|واتساب}"),
    "zh": ("{分享|转发}到{微信|微博|朋友圈}", "关注{我们的|}{微信公众号|公众号|微博}",
           "扫{一扫|描二维码}{分享|关注}", "{点击|欢迎|请}关注我们"),
    "ja": ("この記事を{シェア|共有}", "{公式アカウント|公式x|公式twitter}をフォロー"),
})

TABLE = RuleTable("share", Category.SHARE, (
    Rule("share_buttons", "label", BUTTONS, examples=(f"{_PROSE}\nShare this article\n{_PROSE}",),
         near_misses=("Please share this article's findings with your doctor, she said.",),
         doc="share-bar headings and buttons"),
    Rule("share_word", "line", WORDS, "edge", examples=(f"{_PROSE}\nShare",),
         near_misses=(amid_prose("Share"),),
         doc="single button words and platform names, at an edge"),
    Rule("share_sentence", "phrase", SENTENCES,
         examples=(f"{_PROSE}\nClick to share on Facebook (Opens in new window)",),
         near_misses=(_PROSE,), doc="share-button captions in a short block"),
), max_block=200)
_RULES = TABLE.engine

# A row of buttons on one line: "Facebook | X | Email", "Share: Facebook Twitter".
_SEPARATORS = re.compile(r"\s*[|•·/,]\s*|\s{2,}")
_LABEL = re.compile(r"^[^:：]{1,30}[:：]\s*")
_MAX_ROW = 160
_MAX_WORDS = 8
_WORD = re.compile(r"\w+")
_FIRST = frozenset(m.group() for w in BUTTONS.first_words() | WORDS.first_words()
                   if (m := _WORD.search(w)) is not None)


def _row(block: Block) -> Candidate | None:
    """Two or more share words on one line, and nothing else."""
    text = block.text
    first = _WORD.search(text)
    if len(text) > _MAX_ROW or first is None or first.group().casefold() not in _FIRST:
        return None
    label = _LABEL.match(text)
    if label and (BUTTONS.match(label.group()) or WORDS.match(label.group())):
        text = text[label.end():]
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = text.split()
        if len(parts) > _MAX_WORDS:
            return None
    if len(parts) >= 2 and all(line_key(p) and (WORDS.match(p) or BUTTONS.match(p))
                               for p in parts):
        return Candidate("share_row", f"{block.text!r} is a row of share buttons",
                         Tier.SURE)
    return None


# Follow and contact lines under an article: "Follow him on Twitter @jdoe", "Email Jane Doe
# at jdoe@example.com or follow her @jdoe", "Have a tip? Reach the reporters at ...", "Write
# to Jane Doe at jdoe@example.com", and a bare "twitter.com/jdoe" or address line.  They are
# the byline's contact box, the outlet asking to be followed on its channels: a share bar's
# kin, not the story.  So a line counts only by its shape: it opens with a follow / contact
# verb and carries a handle, an address or a platform ("on Instagram"), and it is junk only at
# an edge of the text or beside other buttons (held back mid-text).  Near-misses: "He wrote
# on Twitter that ..." (no such opener), "Contact the city at info@..." mid-text (held back).
_FOLLOW = (r"(?:follow|you can follow|folgen sie|folge|suivez|sigue a|síguel[oa]|siga|segui|"
           r"(?:have|got) a (?:news |story )?tip\??|send (?:news |story |your )?tips)(?![\w-])")
# A contact verb counts only with a person or the reporters as its object, not "the city".
_CONTACT = (r"(?:email|e-mail|write to|reach|contact|you can (?:reach|email|contact)|"
            r"schreiben sie|écrivez à|escribe a|escreva para|scrivi a)\s+"
            r"(?:(?-i:\p{Lu}[\w.'’-]*\s+){1,3}|(?:him|her|them|us|me|the (?:reporters?|authors?|"
            r"writers?|editors?))\s+)(?:at|on|via|by|an|à|a|em|en|su|unter)\b")
_OPENER = regex.compile(rf"(?:{_FOLLOW}|{_CONTACT})", regex.IGNORECASE)
_PLATFORMS = ("twitter", "facebook", "instagram", "linkedin", "threads", "bluesky", "mastodon",
              "tiktok", "youtube", "telegram")
_PLATFORM = "(?:" + "|".join(("x", *_PLATFORMS)) + ")"  # "x" only in a pattern: too short to scan for
_CONTACT_MARK = regex.compile(
    r"(?<![\w.])@\w{2,}|[\w.+-]+@[\w-]+\.\w|"
    rf"\b{_PLATFORM}\.com/\w|"
    rf"\b(?:on|auf|sur|en|no|na|su|via)\s+{_PLATFORM}\b|"
    r"\bcoverage\b.{0,80}https?://", regex.IGNORECASE)
_BARE = regex.compile(rf"(?:https?://)?(?:www\.)?{_PLATFORM}\.com/[\w.]+/?|"
                      r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PLATFORMS = PhraseSet({"all": _PLATFORMS})
_LAST = regex.compile(r"[.!?]\s+(?=\S)")
_MAX_CONTACT = 360
_NEAR = 56


def _contact(block: Block) -> Candidate | None:
    """A follow / contact line (see above), or a block whose last sentence is one, as an
    edge candidate."""
    text = block.text
    said = f"{text!r} asks to follow or contact the author"
    if ("@" in text or ".com/" in text) and all(_BARE.fullmatch(line.strip())
                                                for line in text.split("\n")):
        return Candidate("follow_prompt", said, Tier.EDGE)
    last = last_sentence(text, _LAST)
    for at in (0, last) if last else (0,):
        # the handle, address or platform comes within the sentence's first few words
        if _OPENER.match(text, at) and _CONTACT_MARK.search(text, at, at + _NEAR):
            return Candidate("follow_prompt", said, Tier.EDGE)
    return None


class Share:
    """Share bars, follow prompts and share counts."""

    name = "share"
    category = Category.SHARE

    def find(self, doc: Document) -> Iterator[Finding]:
        proposed = _RULES.propose(doc)
        buttons = BUTTONS.found(doc)
        found: dict[int, Candidate] = {}
        for block in blocks_upto(doc, _MAX_ROW):
            if len(block.text) <= _MAX_ROW and block.index not in buttons:
                row = _row(block)
                if row is not None:
                    found[block.index] = row
        # Contact lines name a platform, or carry an address or handle.
        maybe = set(scan_short(PLATFORMS, doc, _MAX_CONTACT))
        if "@" in doc.text or ".com/" in doc.text:
            maybe.update(b.index for b in blocks_upto(doc, _MAX_CONTACT)
                         if "@" in b.text or ".com/" in b.text)
        for index in maybe:
            block = doc.blocks[index]
            if index not in found and len(block.text) <= _MAX_CONTACT:
                contact = _contact(block)
                if contact is not None:
                    found[index] = contact
        overrule(proposed, found)  # e.g. a follow sentence found inside a contact line
        return _RULES.find(doc, self.name, self.category, proposed=proposed)
