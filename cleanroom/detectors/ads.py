"""Advertisement labels and sponsored-content notices.

Removed::

    Advertisement
    Story continues below advertisement
    Sponsored by Northwind Bank

and ``Anzeige``, ``Publicité``, ``Реклама``, ``广告``, ``PR`` on a line of their own, and
affiliate and deal disclosures (``If you buy something through this post, we may get a share
of the sale.``).  Left alone: the words in sentences (``The advertisement campaign ran for
six weeks.``, ``The festival is sponsored by the city and two local firms.``, ``The agent
may earn a commission on each sale.``).

>>> from cleanroom.document import from_text
>>> doc = from_text("The harbour reopened on Friday after a week of storms.\\nAdvertisement\\n"
...                 "Fishermen returned to sea the same afternoon, the port said.")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Ads().find(doc)]
[('ad_label', 'Advertisement')]
>>> list(Ads().find(from_text("The advertisement campaign ran for six weeks in the spring.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator

from cleanroom.categories import Category
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable
from cleanroom.detectors._standalone import (
    Candidate,
    Tier,
    is_prose,
    scan_short,
)
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

# Ad slot labels and "continues below" notices: junk wherever they stand as a whole line.
LABELS = LineSet({
    "en": ("advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
           "sponsored content", "sponsored post", "sponsored article", "sponsored links",
           "sponsored stories", "paid content", "paid post", "paid partnership",
           "partner content", "promoted", "promoted content", "promoted stories",
           "promoted links", "from our partners", "from our sponsors", "ads by google",
           "report this ad", "remove ads", "story continues below advertisement",
           "article continues below advertisement", "continue reading below",
           "continue reading below advertisement", "scroll to continue with content",
           "the article continues below", "content continues below",
           "advertisement - scroll to continue", "ad feedback", "why this ad?", "adchoices",
           "close ad", "skip ad", "advertisement feature", "ad - content continues below"),
    "de": ("anzeige", "werbung", "gesponsert", "bezahlter inhalt", "werbebeitrag",
           "weiter nach der anzeige", "artikel wird unter der anzeige fortgesetzt",
           "partnerinhalt", "anzeigen", "werbung schließen"),
    "fr": ("publicité", "pub", "sponsorisé", "contenu sponsorisé", "contenu partenaire",
           "article sponsorisé", "publi-rédactionnel", "publireportage",
           "la suite après la publicité", "l'article continue après la publicité",
           "publicité - la suite ci-dessous"),
    "es": ("publicidad", "anuncio", "patrocinado", "contenido patrocinado",
           "contenido de marca", "artículo patrocinado", "sigue leyendo después del anuncio",
           "continúa leyendo después de la publicidad"),
    "pt": ("publicidade", "anúncio", "patrocinado", "conteúdo patrocinado",
           "conteúdo de marca", "conteúdo pago", "continua depois da publicidade",
           "continua após a publicidade", "continua após a publicidade"),
    "it": ("pubblicità", "annuncio", "sponsorizzato", "contenuto sponsorizzato",
           "contenuto a pagamento", "articolo sponsorizzato", "publiredazionale",
           "continua a leggere dopo la pubblicità", "l'articolo continua dopo la pubblicità"),
    "nl": ("advertentie", "advertenties", "reclame", "gesponsord", "gesponsorde inhoud",
           "betaalde inhoud", "partnerbijdrage", "lees verder na de advertentie",
           "het artikel gaat verder onder de advertentie"),
    "pl": ("reklama", "materiał sponsorowany", "sponsorowane", "artykuł sponsorowany",
           "materiał promocyjny", "treść sponsorowana", "materiał partnera",
           "dalsza część artykułu pod reklamą", "czytaj dalej pod reklamą"),
    "ru": ("реклама", "на правах рекламы", "спонсорский материал", "партнерский материал",
           "партнёрский материал", "промо", "спецпроект", "продолжение после рекламы",
           "статья продолжится после рекламы", "реклама #+"),
    "tr": ("reklam", "reklamlar", "sponsorlu", "sponsorlu içerik", "reklam içeriği",
           "haberin devamı reklamın altında", "reklamdan sonra devam ediyor",
           "haberin devamı aşağıda"),
    "ar": ("إعلان", "إعلانات", "محتوى برعاية", "محتوى مدفوع", "مقال مدعوم", "إعلان مدفوع",
           "تابع القراءة بعد الإعلان", "يتبع بعد الإعلان", "اعلان"),
    "zh": ("广告", "廣告", "推广", "推廣", "赞助内容", "赞助", "赞助商内容", "合作内容",
           "关闭广告", "广告 关闭"),
    "ja": ("広告", "pr", "スポンサー", "スポンサーリンク", "スポンサードリンク", "提供記事",
           "タイアップ", "プロモーション", "記事の続きは広告の下", "広告の後に続きます",
           "広告の後にも続きます"),
})

# Ad notices inside a short block.  Near-miss: "The festival is sponsored by the city" is
# prose; only the label form below ("Sponsored by X" as a short line) is junk.
NOTICES = PhraseSet({
    "en": ("{story|article} continues below {the |}advertisement",
           "continue reading {below|after the} {advertisement|ad}",
           "this {post|article|page} {contains|may contain} affiliate links",
           "we may earn a commission", "{paid|sponsored} content {by|from|for}",
           "this {content|article} was {paid for|sponsored|produced} by",
           # affiliate and deal disclosures ("If you buy something through this post, we may
           # get a share of the sale.", "Prices are subject to change without notice.")
           ("if you {buy|purchase} {something|anything|a product} {through|via|from} {this|"
            "our|these|a|one of our} {post|article|page|links|link}"),
           "when you buy through {our |}links", "as an amazon associate",
           "may {get|earn|receive|collect} a share of {the sale|sales|the revenue}",
           ("may {earn|receive|get} {a|an} {small |}{affiliate |}commission {on|from|for|when|"
            "if}"), "prices {are |may be |}subject to change without notice",
           "coupons may expire at any time"),
    "de": ("weiter nach der anzeige", "{lesen sie|weiterlesen} nach der anzeige",
           "dieser {artikel|beitrag} enthält {werbelinks|affiliate-links|affiliate links}",
           "wir erhalten {eine|bei einem kauf eine} provision",
           ("{wenn|falls} sie über {diese|unsere|einen dieser|einen unserer} links "
            "{kaufen|einkaufen|etwas kaufen}"), "preisänderungen {und irrtümer |}vorbehalten"),
    "fr": ("{la suite|l'article continue} après {cette |la }publicité",
           "{cet article|ce contenu} {contient|peut contenir} des liens {affiliés|d'affiliation}",
           "si vous achetez {via|par|grâce à} {nos liens|ces liens|l'un de nos liens}",
           "{nous pouvons|nous pourrions} percevoir une commission",
           "les prix {peuvent|sont susceptibles de} {changer|être modifiés} sans préavis"),
    "es": (("{sigue|continúa|continúe} {leyendo |}{después|tras} {del anuncio|de la publicidad|"
           "la publicidad}"), "contiene enlaces de afiliados",
           "si compras {a través de|desde|mediante} {nuestros|estos|uno de nuestros} enlaces",
           "{podemos recibir|podríamos recibir} una comisión",
           "los precios {pueden cambiar|están sujetos a cambios} sin previo aviso"),
    "pt": (("{continua|continue a ler|continue lendo} {depois|após} {da publicidade|"
           "a publicidade|do anúncio}"), "contém links de afiliados",
           "se você comprar {através|por meio} {dos nossos|de nossos|destes|dos} links",
           "{podemos receber|poderemos receber} uma comissão",
           ("os preços {podem mudar|podem ser alterados|estão sujeitos a alterações} sem aviso "
            "prévio")),
    "it": ("continua {a leggere |}dopo {la pubblicità|l'annuncio}",
           "contiene link di affiliazione",
           "se acquisti {tramite|attraverso} {i nostri|questi|uno dei nostri} link",
           "potremmo ricevere una commissione",
           "i prezzi {possono|potrebbero} {variare|cambiare} senza preavviso"),
    "nl": ("{lees verder|het artikel gaat verder} {na|onder} de advertentie",
           "bevat affiliate links"),
    "pl": ("dalsza część {artykułu|tekstu|materiału} pod reklamą",
           "{czytaj dalej|tekst jest kontynuowany} pod reklamą"),
    "ru": ("продолжение {после|ниже} рекламы", "на правах рекламы",
           "{материал|статья} {подготовлен|подготовлена} при поддержке"),
    "tr": ("{haberin|yazının} devamı {reklamın altında|reklamdan sonra}",
           "reklamdan sonra devam"),
    "ar": ("{تابع|أكمل} القراءة {بعد|أسفل} الإعلان", "يتبع بعد الإعلان"),
    "zh": ("{广告|廣告}{后|後}继续{阅读|閱讀}", "本文为{广告|推广|赞助内容}",
           "{文章|正文}{在|于}广告{后|後}继续"),
    "ja": ("広告の{後|あと|下}に続きます", "この記事{には|は}アフィリエイト",
           "記事内に広告を含む", "本記事は{プロモーション|広告}を含みます"),
})

# "Sponsored by Northwind Bank": a sponsor label, a short line that opens with it and does
# not end like a sentence.  Near-miss: "The festival is sponsored by the city." is prose.
# Sure labels name a payment; the others ("Presented by") only at an edge or beside junk.
SPONSOR = PhraseSet({
    "en": ("{sponsored|paid for|promoted|brought to you} by",
           "{paid|sponsored} partnership with", "paid content from"),
    "de": ("gesponsert von", "bezahlte partnerschaft mit"),
    "fr": ("sponsorisé par", "partenariat rémunéré avec"),
    "es": ("patrocinado por", "colaboración pagada con"),
    "pt": ("patrocinado por", "parceria paga com"),
    "it": ("sponsorizzato da", "partnership a pagamento con"),
    "nl": ("gesponsord door", "betaald partnerschap met"),
    "pl": ("sponsorem {materiału|artykułu} jest", "sponsorowane przez"),
    "ru": ("спонсор {материала|рубрики|проекта}",),
    "tr": ("sponsorluğunda",),
    "ar": ("برعاية",),
    "zh": ("赞助商", "由{本|}{赞助|冠名}"),
    "ja": ("協賛", "スポンサー："),
})
PRESENTER = PhraseSet({
    "en": ("{presented|powered} by", "in partnership with"),
    "de": ("{präsentiert|unterstützt} von", "in {zusammenarbeit|kooperation} mit"),
    "fr": ("{présenté|proposé} par", "en partenariat avec"),
    "es": ("{presentado|ofrecido} por", "en colaboración con"),
    "pt": ("{oferecido|apresentado} por", "em parceria com"),
    "it": ("{presentato|offerto} da", "in collaborazione con"),
    "nl": ("{aangeboden|gepresenteerd} door", "in samenwerking met"),
    "pl": ("partnerem materiału jest",),
    "ru": ("при поддержке",),
    "tr": ("katkılarıyla", "iş birliğiyle"),
    "ar": ("بالتعاون مع", "بدعم من"),
    "zh": ("本栏目由",),
    "ja": ("提供：",),
})

TABLE = RuleTable("ads", Category.ADS, (
    Rule("ad_label", "label", LABELS,
         examples=(f"{_PROSE}\nAdvertisement\n{_PROSE}",),
         near_misses=("The advertisement campaign ran for six weeks before the vote.",),
         doc="ad slot labels, alone or as a line's label"),
    Rule("ad_notice", "phrase", NOTICES,
         examples=(f"{_PROSE}\nThis article contains affiliate links.",),
         near_misses=(_PROSE,),
         doc="'continues below the advertisement' and affiliate notices"),
))
_RULES = TABLE.engine
_LABEL_LINE = 80


class Ads:
    """Ad slot labels, "continues below" notices, sponsor labels."""

    name = "ads"
    category = Category.ADS

    def find(self, doc: Document) -> Iterator[Finding]:
        extra: dict[int, Candidate] = {}
        for phrases, tier in ((PRESENTER, Tier.EDGE), (SPONSOR, Tier.SURE)):
            for index, hits in scan_short(phrases, doc, _LABEL_LINE).items():
                hit = hits[0]
                block = hit.block
                if (hit.start - block.start <= 3 and not is_prose(block)
                        and block.text[-1] not in ".。"):
                    extra[index] = Candidate("sponsor_label", f"{block.text!r} names a sponsor",
                                             tier)
        return _RULES.find(doc, self.name, self.category, extra)
