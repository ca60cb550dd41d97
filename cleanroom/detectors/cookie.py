"""Cookie and consent banners that scrapers keep along with the page.

Removed::

    We use cookies to give you the best experience on our site. By continuing to browse,
    you agree to our use of cookies.
    Accept all cookies
    Manage preferences

Left alone: an article about cookies, whether baked or tracked
(``Regulators say that sites which use cookies to track readers must first ask them.``),
and a lone "Accept" or "OK" that no other banner line stands beside.  A banner phrase in the
middle of a sentence is only held back (cut under ``strict=True``); a banner sentence glued
onto a paragraph of prose (``We use cookies to improve your visit. The harbour board said
...``) is cut alone and the paragraph kept.

>>> from cleanroom.document import from_text
>>> doc = from_text("We use cookies to improve your visit.\\nAccept all cookies\\n"
...                 "The bakery sold four hundred cookies before noon on Saturday.")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Cookie().find(doc)]
[('cookie_banner', 'We use cookies to improve your visit.'), ('cookie_button', 'Accept all cookies')]
>>> [f.strict_only for f in Cookie().find(from_text(
...     "Regulators say sites that use cookies to track readers must first ask them."))]
[True]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import regex

from cleanroom.categories import Category
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable, TableDetector, amid_prose
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

# Buttons and headings that only consent banners carry: junk wherever they stand.
# Near-miss: "cookie policy" inside a sentence about a law is not a whole line.
BUTTONS = LineSet({
    "en": ("accept all cookies", "accept cookies", "allow all cookies", "allow cookies",
           "reject all cookies", "decline cookies", "reject cookies", "cookie settings",
           "cookies settings", "cookie preferences", "manage cookies", "manage cookie settings",
           "manage cookie preferences", "cookie consent", "we use cookies",
           "this website uses cookies", "this site uses cookies", "cookie notice",
           "cookie policy", "use necessary cookies only", "only necessary cookies",
           "necessary cookies only", "accept only essential cookies", "customise cookies",
           "customize cookies", "privacy preference center", "manage consent preferences",
           "strictly necessary cookies", "accept and close", "accept & close",
           "i accept cookies", "your privacy choices", "manage consent",
           "do not sell my personal information", "do not sell or share my personal information"),
    "de": ("alle cookies akzeptieren", "cookies akzeptieren", "cookie-einstellungen",
           "cookie einstellungen", "nur notwendige cookies", "nur essenzielle cookies akzeptieren",
           "cookie-richtlinie", "wir verwenden cookies", "cookies zulassen",
           "alle cookies zulassen", "akzeptieren und schließen"),
    "fr": ("accepter tous les cookies", "accepter les cookies", "paramètres des cookies",
           "gérer les cookies", "continuer sans accepter", "politique de cookies",
           "politique relative aux cookies", "nous utilisons des cookies", "ok, tout accepter",
           "refuser les cookies", "paramétrer les cookies",
           "accepter et fermer"),
    "es": ("aceptar todas las cookies", "aceptar cookies", "configurar cookies",
           "configuración de cookies", "política de cookies", "gestionar cookies",
           "utilizamos cookies", "usamos cookies", "solo cookies necesarias",
           "rechazar cookies", "aceptar y cerrar"),
    "pt": ("aceitar todos os cookies", "aceitar cookies", "configurações de cookies",
           "definições de cookies", "gerir cookies", "gerenciar cookies", "política de cookies",
           "utilizamos cookies", "usamos cookies", "rejeitar cookies", "aceitar e fechar"),
    "it": ("accetta tutti i cookie", "accetta i cookie", "impostazioni dei cookie",
           "impostazioni cookie", "gestisci i cookie", "informativa sui cookie",
           "utilizziamo i cookie", "continua senza accettare", "rifiuta i cookie"),
    "nl": ("alle cookies accepteren", "cookies accepteren", "cookie-instellingen",
           "cookie instellingen", "cookiebeleid", "cookieverklaring", "wij gebruiken cookies",
           "we gebruiken cookies", "alleen noodzakelijke cookies", "cookies weigeren",
           "accepteren en sluiten"),
    "pl": ("akceptuj wszystkie pliki cookie", "ustawienia cookies", "ustawienia plików cookie",
           "polityka cookies", "polityka plików cookie", "używamy plików cookie",
           "akceptuję pliki cookie", "akceptuj i zamknij"),
    "ru": ("принять все файлы cookie", "принять cookie", "настройки cookie",
           "настройки файлов cookie", "политика использования cookie", "политика cookie",
           "мы используем cookie", "мы используем файлы cookie", "принять и закрыть"),
    "tr": ("tüm çerezleri kabul et", "çerezleri kabul et", "çerez ayarları", "çerez tercihleri",
           "çerez politikası", "çerezleri yönet", "sitemizde çerezler kullanılmaktadır",
           "kabul et ve kapat"),
    "ar": ("قبول جميع ملفات تعريف الارتباط", "قبول ملفات تعريف الارتباط",
           "إعدادات ملفات تعريف الارتباط", "سياسة ملفات تعريف الارتباط",
           "نستخدم ملفات تعريف الارتباط", "سياسة الكوكيز", "قبول وإغلاق"),
    "zh": ("接受所有cookie", "接受全部cookie", "cookie设置", "cookie 设置", "cookie政策",
           "cookie 政策", "管理cookie", "我们使用cookie", "接受并关闭", "cookie設定"),
    "ja": ("すべてのcookieを受け入れる", "cookie設定", "クッキー設定", "cookieポリシー",
           "クッキーポリシー", "cookieを受け入れる", "cookieの設定"),
})

# Generic buttons: a banner's, when at an edge of the text or beside another banner line.
# Near-miss: a lone "Accept all" in the middle of a story is only held back.
EDGE_BUTTONS = LineSet({
    # consent-box headings first, then the generic buttons
    "en": ("we value your privacy", "your privacy matters", "your privacy is important to us",
           "privacy overview",
           "privacy notice", "accept all", "allow all", "reject all", "got it", "manage preferences",
           "save preferences", "save settings", "privacy settings", "more options",
           "customise", "customize", "i agree"),
    "de": ("wir respektieren ihre privatsphäre", "ihre privatsphäre ist uns wichtig", "alle akzeptieren", "alle ablehnen", "einstellungen verwalten",
           "datenschutzeinstellungen", "einstellungen speichern"),
    "fr": ("nous respectons votre vie privée", "votre vie privée est importante", "tout accepter", "tout refuser", "personnaliser", "gérer mes choix",
           "enregistrer mes choix"),
    "es": ("valoramos tu privacidad", "tu privacidad es importante", "aceptar todo", "rechazar todo", "aceptar todas", "configurar", "personalizar"),
    "pt": ("valorizamos a sua privacidade", "a sua privacidade é importante", "aceitar todos", "rejeitar todos", "aceitar tudo", "personalizar"),
    "it": ("rispettiamo la tua privacy", "la tua privacy è importante", "accetta tutti", "rifiuta tutti", "personalizza", "accetta e chiudi"),
    "nl": ("wij respecteren je privacy", "jouw privacy is belangrijk", "alles accepteren", "alles weigeren", "instellingen aanpassen", "voorkeuren"),
    "pl": ("szanujemy twoją prywatność", "twoja prywatność jest dla nas ważna", "akceptuj wszystkie", "zaakceptuj wszystkie", "odrzuć wszystkie",
           "zarządzaj zgodami", "przejdź do serwisu", "ustawienia prywatności"),
    "ru": ("мы ценим вашу конфиденциальность", "принять все", "отклонить все", "настроить"),
    "tr": ("gizliliğinize önem veriyoruz", "tümünü kabul et", "tümünü reddet", "ayarları yönet"),
    "ar": ("نحن نحترم خصوصيتك", "خصوصيتك تهمنا", "قبول الكل", "رفض الكل", "إدارة التفضيلات"),
    "zh": ("我们重视您的隐私", "您的隐私很重要", "全部接受", "全部拒绝", "接受全部", "拒绝全部"),
    "ja": ("お客様のプライバシーを尊重します", "プライバシーの設定", "すべて受け入れる", "すべて拒否", "すべて許可", "同意して閉じる"),
})

# One-word answers and the settings link beside them: junk only beside other banner lines
# ("Accept" / "Reject" / "Settings" under a banner sentence).
ANSWERS = LineSet({
    "en": ("accept", "reject", "decline", "agree", "ok", "okay", "i accept", "allow",
           "settings", "preferences", "options", "manage"),
    "de": ("akzeptieren", "ablehnen", "zustimmen", "einverstanden", "ok", "einstellungen",
           "optionen"),
    "fr": ("accepter", "refuser", "j'accepte", "d'accord", "paramètres", "préférences"),
    "es": ("aceptar", "rechazar", "acepto", "de acuerdo", "configuración", "preferencias"),
    "pt": ("aceitar", "rejeitar", "recusar", "concordo", "entendi", "definições",
           "configurações", "preferências"),
    "it": ("accetta", "rifiuta", "accetto", "ho capito", "impostazioni", "preferenze"),
    "nl": ("accepteren", "weigeren", "akkoord", "oké", "instellingen", "voorkeuren"),
    "pl": ("akceptuję", "akceptuj", "odrzuć", "zgadzam się", "rozumiem", "ustawienia",
           "preferencje"),
    "ru": ("принять", "отклонить", "согласен", "понятно", "настройки", "параметры"),
    "tr": ("kabul et", "reddet", "anladım", "tamam", "ayarlar", "tercihler"),
    "ar": ("قبول", "رفض", "موافق", "أوافق", "الإعدادات", "التفضيلات"),
    "zh": ("接受", "拒绝", "同意", "我同意", "知道了", "我知道了", "设置", "偏好设置"),
    "ja": ("同意する", "同意します", "拒否する", "許可する", "ok", "設定", "詳細設定"),
})

# Banner sentences: the block is junk when one opens it or two meet in it.  Near-miss: an
# article sentence that mentions "use of cookies" mid-way is only held back.
BANNER = PhraseSet({
    "en": ("we use cookies", "this {website|site} uses cookies", "{uses|use} cookies to",
           "we and our partners {use|store|process}",
           "by continuing to {use|browse|visit} {this|our|the} {site|website}",
           "you {agree|consent} to {the|our} use of cookies",
           "{accept|consent to} {the|our} use of cookies", "cookies and similar technologies",
           "{read|see|view} our cookie policy",
           "consent to the use of all {the |}cookies", 'by clicking "accept all"',
           'by clicking "accept"',
           "cookies are absolutely essential for the website to function"),
    "de": ("wir verwenden cookies", "wir nutzen cookies",
           "diese {website|webseite|seite} {verwendet|nutzt|benutzt} cookies",
           "gehen wir von {deinem|ihrem} einverständnis aus",
           "stimmen sie der verwendung von cookies zu",
           "mit der nutzung {dieser|unserer} {website|webseite|seite} {stimmen|erklären} sie",
           "{verwenden|nutzen|setzen} cookies, um"),
    "fr": ("nous utilisons des cookies", "ce site {web |}utilise des cookies",
           "en poursuivant votre navigation", "vous acceptez l'utilisation {des|de} cookies",
           "utilise des cookies pour", "nous utilisons des traceurs"),
    "es": ("{utilizamos|usamos} cookies", "este sitio {web |}{utiliza|usa} cookies",
           "si {continúa|continúas|sigue|sigues} navegando",
           "{acepta|aceptas} el uso de {cookies|las cookies}", "utiliza cookies propias"),
    "pt": ("{utilizamos|usamos} cookies", "este {site|website|sítio} {utiliza|usa} cookies",
           "ao continuar {a navegar|navegando}",
           "{concorda|você concorda} com {o uso|a utilização} de cookies",
           "{aceita|aceitas} a utilização de cookies"),
    "it": ("{utilizziamo|usiamo} {i |}cookie", "questo sito {web |}{utilizza|usa} {i |}cookie",
           "proseguendo la navigazione", "continuando a navigare",
           "{acconsenti|accetti} all'uso dei cookie", "{acconsenti|accetti} l'uso dei cookie"),
    "nl": ("{wij|we} gebruiken cookies", "deze {website|site} gebruikt cookies",
           "gebruikt cookies om", "ga je akkoord met {het gebruik van cookies|cookies}",
           "gaat u akkoord met {het gebruik van cookies|cookies}"),
    "pl": ("używamy plików cookie", "ta strona {używa|wykorzystuje} {plików |}cookie",
           "{strona|serwis} {używa|wykorzystuje} plików cookie",
           "wyrażasz zgodę na {użycie|używanie|wykorzystywanie} plików cookie"),
    "ru": ("мы используем {файлы |}cookie", "сайт использует {файлы |}cookie",
           "продолжая {использовать|пользоваться|просматривать} {сайт|этот сайт|наш сайт}",
           "вы соглашаетесь {с использованием|на использование} {файлов |}cookie"),
    "tr": ("çerez kullanıyoruz", "çerezler kullanıyoruz", "çerezler kullanılmaktadır",
           "çerez kullanılmaktadır", "çerez politikamızı",
           "çerezlerin kullanımına {izin|onay} {veriyorsunuz|vermiş olursunuz}"),
    "ar": ("نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط",
           "{باستمرارك|بمواصلة} {في استخدام|في تصفح|استخدام|تصفح} {هذا الموقع|الموقع}",
           "توافق على استخدام ملفات تعريف الارتباط", "نستخدم الكوكيز",
           "يستخدم هذا الموقع الكوكيز"),
    "zh": ("我们使用{cookie| cookie}", "本网站使用{cookie| cookie}", "本站使用{cookie| cookie}",
           "继续{浏览|使用}本{网站|站}", "即表示您同意", "同意我们使用{cookie| cookie}",
           "本網站使用{cookie| cookie}"),
    "ja": ("当サイトでは{cookie|クッキー| cookie }を使用",
           "{cookie|クッキー}を使用しています", "{cookie|クッキー}の使用に同意",
           "サイトの利用を続けることで", "{cookie|クッキー}を利用しています"),
})

# Consent and data-protection notices: under comment and contact forms ("Your personal data
# will only be disclosed to third parties for the purposes of spam filtering", "You may revoke
# this consent at any time with effect for the future") as much as in banners.  Judged like
# the banner sentences: junk when one opens a short block.  Near-miss: a report that "users
# may revoke their consent at any time under the new law" has the words mid-sentence; and
# "Ihre/sus/seus/suoi dati" are also "their": a report may open with them, so those are left.
CONSENT = PhraseSet({
    "en": ("your personal data will {only |not |}be {disclosed|passed on|transmitted|shared}",
           "for the purposes of spam filtering",
           "{you may|you can} {revoke|withdraw} {this|your} consent at any time",
           "{revoke|withdraw} {this|your} consent at any time with effect for the future",
           "{further|more} information on data {privacy|protection} can be found in our",
           "agree {with|to} the storage and handling of your data",
           "i consent to having this website store my submitted information",
           "by submitting this form{,|} you {agree|consent}"),
    "de": ("deine personenbezogenen daten werden {nur|ausschließlich|nicht}",
           "einwilligung jederzeit mit wirkung für die zukunft widerrufen",
           "{sie können|du kannst} {diese|ihre|deine} einwilligung jederzeit widerrufen",
           "weitere informationen {zum|über den} datenschutz finden sie in unserer",
           "mit der speicherung und verarbeitung {ihrer|deiner} daten"),
    "fr": ("vos données personnelles {ne seront|seront uniquement}",
           "vous pouvez retirer votre consentement à tout moment",
           "pour plus d'informations sur la protection {des|de vos} données",
           "le stockage et le traitement de vos données"),
    "es": ("tus datos personales {solo|sólo|no} serán",
           "{puede|puedes} {revocar|retirar} {este|su|tu} consentimiento en cualquier momento",
           "para más información sobre {la |}protección de datos",
           "el almacenamiento y gestión de {tus|sus} datos"),
    "pt": ("os teus dados pessoais {só|apenas|não} serão",
           "pode {revogar|retirar} {este|o seu|seu} consentimento a qualquer momento"),
    "it": ("i tuoi dati personali {saranno|verranno|non saranno}",
           "{puoi|può} revocare {il|questo|il tuo|il suo} consenso in qualsiasi momento"),
    "nl": ("{uw|je} persoonsgegevens worden {alleen|uitsluitend|niet}",
           "{u kunt|je kunt} {deze|uw|je} toestemming {op elk moment|altijd} intrekken"),
    "pl": ("{możesz|mogą państwo} w każdej chwili wycofać zgodę",
           "{twoje|państwa} dane osobowe {będą|nie będą} przekazywane"),
    "ru": ("вы можете отозвать {своё |свое |}согласие в любое время",
           "ваши персональные данные {не будут|будут} {переданы|передаваться}"),
    "tr": ("onayınızı istediğiniz zaman geri çekebilirsiniz",
           "kişisel verileriniz üçüncü {taraflarla|kişilerle}"),
    "ar": ("يمكنك سحب موافقتك في أي وقت", "لن تتم مشاركة بياناتك الشخصية"),
    "zh": ("您可以随时撤回{您的|}同意", "您的个人数据仅"),
    "ja": ("同意はいつでも撤回",),
})

TABLE = RuleTable("cookie", Category.COOKIE, (
    Rule("cookie_button", "line", BUTTONS, "anywhere",
         examples=("The council met on Tuesday.\nAccept all cookies\nIt voted on the budget.",),
         near_misses=("The law on the cookie policy of sites passed on Tuesday.",),
         doc="buttons and headings only consent banners carry"),
    Rule("cookie_edge_button", "line", EDGE_BUTTONS, "edge",
         examples=(f"{_PROSE}\nAccept all",),
         near_misses=(amid_prose("Accept all"),),
         doc="generic banner buttons and consent-box headings, at an edge"),
    Rule("cookie_answer", "line", ANSWERS, "run",
         examples=(f"{_PROSE}\nAccept all\nAccept\nSettings",),
         near_misses=(f"{_PROSE}\nOK",),
         doc="one-word answers, only beside other banner lines"),
    Rule("cookie_banner", "phrase", BANNER,
         examples=(f"We use cookies to improve your visit.\n{_PROSE}",),
         near_misses=(("Regulators say that sites which use cookies to track readers must "
                       "first ask them, the court ruled on Tuesday in a long judgment."),),
         doc="banner sentences in a short block"),
    Rule("consent_text", "phrase", CONSENT,
         examples=((f"{_PROSE}\nYou may withdraw your consent at any time with effect for the "
                    "future."),),
         near_misses=(("Under the new law users may withdraw their consent at any time, the "
                       "minister said, and sites must make that easy for them to do."),),
         doc="data-protection notices under forms"),
), max_block=600)


# A sentence ends: its mark, the quotes closing it, then a space (or a full-width mark).
_SENTENCE_END = regex.compile(r"[.!?…]['\"”’»)\]]*\s+|[。！？]\s*")
_TERMINAL = ".!?…。！？\"”’»)"
_REST = 120  # characters of prose a paragraph keeps besides the banner sentences cut from it
_SENTENCE_RULES = frozenset(("cookie_banner", "consent_text"))


def _sentences_cut(doc: Document, finding: Finding) -> Finding:
    """``finding`` (a whole block) narrowed to the sentences that hold the banner phrases
    when the rest of the block is a paragraph of prose (a consent sentence glued onto an
    article paragraph by the extractor): ``_REST`` characters or more, longer than what is
    cut, ended like a sentence.  Otherwise ``finding`` as it is."""
    hits = [h for phrases in (BANNER, CONSENT) for h in phrases.scan(doc, TABLE.max_block)
            if h.block.start == finding.start]
    if not hits:
        return finding
    text = doc.text[finding.start:finding.end]
    first = min(h.start for h in hits) - finding.start
    last = max(h.end for h in hits) - finding.start
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= first), default=0)
    end = min((e for e in ends if e >= last), default=len(text))
    rest = (text[:start] + text[end:]).strip()
    if len(rest) < max(_REST, end - start) or rest[-1] not in _TERMINAL:
        return finding
    return dataclasses.replace(finding, start=finding.start + start,
                               end=finding.start + len(text[:end].rstrip()))


class Cookie(TableDetector):
    """Consent banners: their sentences, buttons and settings links; a banner sentence glued
    onto a paragraph of prose is cut alone."""

    name = "cookie"
    category = Category.COOKIE

    def __init__(self) -> None:
        super().__init__(TABLE)

    def find(self, doc: Document) -> Iterator[Finding]:
        for finding in super().find(doc):
            if finding.rule in _SENTENCE_RULES and not finding.strict_only:
                finding = _sentences_cut(doc, finding)
            yield finding
