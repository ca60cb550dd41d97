"""Menus, breadcrumbs, skip links, "Back to top" and pagination left in the text.

Removed::

    Skip to main content
    Home > World > Europe
    News | Sport | Business | Weather
    ...the article...
    « Previous 1 2 3 Next »
    Back to top

Page furniture goes too (``_furniture.py``): labelled and machine timestamps (``Updated:
Tue., Nov. 19, 2019``, ``2019-11-19T08:57:40+01:00``), reading-time badges (``5 min read``),
article tools (``Print Article``, ``Order Reprints``), a post's meta line (``Posted by Ann
Lee | Category: Health``), a tag box (``Tags`` over a keyword line) and an image's bare
address.  They say when and where the page was published, not what it says.

Left alone: the same words in sentences (``The team went home after the next match.``),
a table row with no menu word in it (``Name | Age | Town``), a lone "Home" or "Next"
in the middle of the text (held back), a date with no label (an exhibition's dates), a
byline, and the address of a page.

>>> from cleanroom.document import from_text
>>> doc = from_text("Skip to content\\nHome > News > Europe\\n"
...                 "The harbour reopened on Friday after a week of storms.")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Navigation().find(doc)]
[('skip_link', 'Skip to content'), ('breadcrumb', 'Home > News > Europe')]
>>> list(Navigation().find(from_text("The team went home after the next match, "
...                                  "which they lost on penalties.")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanroom.categories import Category
from cleanroom.detectors._furniture import (
    READING_TIME,
    TAGS,
    TOOLS,
    furniture_of,
    tag_boxes,
)
from cleanroom.detectors._phrases import LineSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable, amid_prose
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._standalone import Candidate, Tier
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document, line_key

# Links that only site chrome carries: junk anywhere.  Near-miss: "Back to top form, the
# striker scored twice" is a sentence, not the whole line.
SKIP = LineSet({
    "en": ("skip to content", "skip to main content", "skip to navigation",
           "skip to main navigation", "skip navigation", "skip to footer", "skip to search",
           "jump to navigation", "jump to content", "jump to main content", "back to top",
           "return to top", "scroll to top", "go to top", "to top", "toggle navigation",
           "open navigation", "close navigation", "main menu", "main navigation", "open menu",
           "close menu", "toggle menu", "navigation menu", "primary menu", "site navigation",
           "you are here", "previous article", "next article", "previous post", "next post",
           "previous page", "next page", "next story", "previous story", "back to news",
           "back to blog", "back to all news", "back to articles", "back to homepage",
           "older posts", "newer posts", "older entries",
           "newer entries", "page # of #", "load more", "load more articles",
           "show more articles", "search for:"),
    "de": ("zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt",
           "zur navigation springen", "zur navigation", "zum seitenanfang", "nach oben",
           "zurück nach oben", "navigation umschalten", "hauptmenü", "menü öffnen",
           "menü schließen", "sie sind hier", "vorheriger artikel", "nächster artikel",
           "vorherige seite", "nächste seite", "seite # von #", "mehr laden",
           "weitere artikel laden", "zum inhalt"),
    "fr": ("aller au contenu", "aller au contenu principal", "passer au contenu",
           "passer au contenu principal", "aller à la navigation", "retour en haut",
           "retour en haut de page", "haut de page", "menu principal", "ouvrir le menu",
           "fermer le menu", "vous êtes ici", "article précédent", "article suivant",
           "page précédente", "page suivante", "page # sur #", "charger plus",
           "voir plus d'articles"),
    "es": ("saltar al contenido", "ir al contenido", "ir al contenido principal",
           "saltar a la navegación", "volver arriba", "ir arriba", "menú principal",
           "abrir menú", "cerrar menú", "usted está aquí", "estás aquí", "artículo anterior",
           "artículo siguiente", "página anterior", "página siguiente", "página # de #",
           "cargar más", "ver más noticias"),
    "pt": ("pular para o conteúdo", "saltar para o conteúdo", "ir para o conteúdo",
           "ir para o conteúdo principal", "voltar ao topo", "ir para o topo", "menu principal",
           "abrir menu", "fechar menu", "você está aqui", "está aqui", "artigo anterior",
           "próximo artigo", "página anterior", "próxima página", "página # de #",
           "carregar mais", "ver mais notícias"),
    "it": ("vai al contenuto", "salta al contenuto", "vai al contenuto principale",
           "salta alla navigazione", "torna su", "torna all'inizio", "torna in alto",
           "menu principale", "apri menu", "chiudi menu", "ti trovi qui", "sei qui",
           "articolo precedente", "articolo successivo", "pagina precedente",
           "pagina successiva", "pagina # di #", "carica altri", "mostra altri articoli"),
    "nl": ("naar de inhoud", "ga naar de inhoud", "direct naar de inhoud",
           "spring naar de inhoud", "naar hoofdinhoud", "ga naar hoofdinhoud",
           "terug naar boven", "naar boven", "hoofdmenu", "menu openen", "menu sluiten",
           "u bent hier", "je bent hier", "vorig artikel", "volgend artikel", "vorige pagina",
           "volgende pagina", "pagina # van #", "meer laden", "toon meer"),
    "pl": ("przejdź do treści", "przejdź do głównej treści", "przejdź do nawigacji",
           "pomiń nawigację", "do góry", "powrót do góry", "wróć na górę", "menu główne",
           "otwórz menu", "zamknij menu", "jesteś tutaj", "poprzedni artykuł",
           "następny artykuł", "poprzednia strona", "następna strona", "strona # z #",
           "załaduj więcej", "pokaż więcej"),
    "ru": ("перейти к содержанию", "перейти к основному содержанию", "к содержанию",
           "перейти к навигации", "наверх", "вернуться наверх", "в начало страницы",
           "главное меню", "открыть меню", "закрыть меню", "вы здесь", "предыдущая статья",
           "следующая статья", "предыдущая страница", "следующая страница", "страница # из #",
           "загрузить еще", "загрузить ещё", "показать еще", "показать ещё"),
    "tr": ("içeriğe geç", "ana içeriğe geç", "içeriğe atla", "navigasyona geç", "başa dön",
           "yukarı çık", "sayfa başına dön", "ana menü", "menüyü aç", "menüyü kapat",
           "buradasınız", "önceki haber", "sonraki haber", "önceki yazı", "sonraki yazı",
           "önceki sayfa", "sonraki sayfa", "daha fazla yükle", "daha fazla göster"),
    "ar": ("انتقل إلى المحتوى", "تخطى إلى المحتوى", "الانتقال إلى المحتوى الرئيسي",
           "تخطي إلى المحتوى", "العودة إلى الأعلى", "إلى الأعلى", "للأعلى", "القائمة الرئيسية",
           "فتح القائمة", "إغلاق القائمة", "أنت هنا", "المقال السابق", "المقال التالي",
           "الصفحة السابقة", "الصفحة التالية", "الصفحة # من #", "تحميل المزيد", "عرض المزيد"),
    "zh": ("跳到主要内容", "跳转到内容", "跳至内容", "跳到内容", "返回顶部", "回到顶部",
           "返回頂部", "主菜单", "打开菜单", "关闭菜单", "当前位置", "您的位置", "你的位置",
           "上一篇", "下一篇", "上一页", "下一页", "第#页", "共#页", "加载更多"),
    "ja": ("本文へスキップ", "本文へ移動", "メインコンテンツへスキップ", "コンテンツへスキップ",
           "ナビゲーションへ移動", "ページの先頭へ", "ページトップへ", "トップへ戻る",
           "先頭に戻る", "メインメニュー", "メニューを開く", "メニューを閉じる", "現在地",
           "前の記事", "次の記事", "前のページ", "次のページ", "もっと読み込む", "さらに表示"),
})

# Menu and account links: junk at an edge of the text or beside other menu lines.  They
# also mark a "|"-separated line as a menu, and "Home" starts a breadcrumb.
LINKS = LineSet({
    "en": ("menu", "home", "search", "navigation", "previous", "next", "prev", "close",
           "log in", "login", "sign in", "register", "my account", "account", "contact",
           "contact us", "about us", "about", "sitemap", "site map", "privacy policy",
           "terms of use", "terms and conditions", "terms of service", "imprint", "homepage"),
    "de": ("menü", "startseite", "suche", "suchen", "zurück", "weiter", "anmelden", "einloggen",
           "registrieren", "mein konto", "kontakt", "impressum", "datenschutz",
           "datenschutzerklärung", "agb", "über uns"),
    "fr": ("accueil", "rechercher", "recherche", "précédent", "suivant", "se connecter",
           "connexion", "mon compte", "contact", "nous contacter", "mentions légales",
           "plan du site", "à propos", "qui sommes-nous", "politique de confidentialité",
           "cgu", "retour"),
    "es": ("menú", "inicio", "portada", "buscar", "anterior", "siguiente", "iniciar sesión",
           "acceder", "registrarse", "mi cuenta", "contacto", "aviso legal", "mapa del sitio",
           "quiénes somos", "política de privacidad", "volver"),
    "pt": ("início", "página inicial", "pesquisar", "buscar", "anterior", "próximo", "próxima",
           "entrar", "iniciar sessão", "cadastre-se", "minha conta", "contato", "contacto",
           "contactos", "fale conosco", "quem somos", "política de privacidade",
           "termos de uso", "voltar"),
    "it": ("home page", "cerca", "precedente", "successivo", "successiva", "accedi",
           "registrati", "il mio account", "contatti", "chi siamo", "note legali",
           "mappa del sito", "indietro"),
    "nl": ("zoeken", "vorige", "volgende", "inloggen", "registreren", "mijn account",
           "over ons", "privacybeleid", "terug"),
    "pl": ("strona główna", "szukaj", "wyszukaj", "poprzednia", "następna", "poprzedni",
           "następny", "zaloguj się", "zaloguj", "zarejestruj się", "moje konto", "o nas",
           "polityka prywatności", "regulamin", "mapa strony", "wróć"),
    "ru": ("меню", "главная", "поиск", "найти", "назад", "вперед", "вперёд", "далее",
           "предыдущая", "следующая", "войти", "вход", "регистрация", "личный кабинет",
           "контакты", "о нас", "о проекте", "политика конфиденциальности", "карта сайта"),
    "tr": ("menü", "ana sayfa", "anasayfa", "ara", "arama", "önceki", "sonraki", "giriş yap",
           "giriş", "üye ol", "kayıt ol", "hesabım", "iletişim", "hakkımızda", "künye",
           "gizlilik politikası", "geri"),
    "ar": ("القائمة", "الرئيسية", "الصفحة الرئيسية", "بحث", "ابحث", "السابق", "التالي",
           "تسجيل الدخول", "دخول", "تسجيل", "حسابي", "اتصل بنا", "من نحن", "سياسة الخصوصية",
           "شروط الاستخدام", "رجوع"),
    "zh": ("菜单", "首页", "主页", "搜索", "登录", "注册", "我的账户", "联系我们", "关于我们",
           "网站地图", "隐私政策", "返回", "尾页", "末页", "首頁"),
    "ja": ("メニュー", "ホーム", "トップ", "トップページ", "検索", "前へ", "次へ", "ログイン",
           "会員登録", "新規登録", "マイページ", "お問い合わせ", "会社概要", "サイトマップ",
           "プライバシーポリシー", "利用規約", "戻る"),
})

# Section names: menu entries only in a run of menu lines (never proposed alone).
SECTIONS = LineSet({
    "en": ("news", "sport", "sports", "business", "politics", "world", "culture", "opinion",
           "tech", "technology", "science", "health", "entertainment", "lifestyle", "travel",
           "weather", "video", "videos", "podcasts", "local", "economy", "markets",
           "environment", "education", "photos", "more"),
    "de": ("nachrichten", "politik", "wirtschaft", "sport", "kultur", "wissen", "panorama",
           "meinung", "reise", "gesundheit", "digital", "video", "regional", "wetter", "mehr",
           "ausland", "inland"),
    "fr": ("actualités", "politique", "économie", "sport", "sports", "culture",
           "international", "monde", "société", "sciences", "santé", "opinions", "vidéos",
           "météo", "plus", "régions"),
    "es": ("noticias", "política", "economía", "deportes", "cultura", "internacional",
           "nacional", "sociedad", "opinión", "ciencia", "salud", "tecnología", "vídeos",
           "el tiempo", "más", "mundo"),
    "pt": ("notícias", "política", "economia", "esportes", "desporto", "cultura", "mundo",
           "sociedade", "opinião", "ciência", "saúde", "tecnologia", "vídeos", "mais"),
    "it": ("notizie", "politica", "economia", "sport", "cultura", "esteri", "cronaca",
           "mondo", "opinioni", "scienza", "salute", "tecnologia", "video", "meteo", "altro",
           "spettacoli"),
    "nl": ("nieuws", "politiek", "economie", "sport", "cultuur", "binnenland", "buitenland",
           "regio", "opinie", "wetenschap", "gezondheid", "video", "weer", "meer"),
    "pl": ("wiadomości", "polityka", "gospodarka", "biznes", "sport", "kultura", "świat",
           "kraj", "opinie", "nauka", "zdrowie", "technologie", "wideo", "pogoda", "więcej",
           "rozrywka"),
    "ru": ("новости", "политика", "экономика", "бизнес", "спорт", "культура", "общество",
           "в мире", "мир", "наука", "здоровье", "технологии", "видео", "погода", "ещё", "еще",
           "происшествия", "мнения"),
    "tr": ("haberler", "gündem", "siyaset", "ekonomi", "spor", "kültür", "dünya", "yaşam",
           "sağlık", "teknoloji", "video", "hava durumu", "yazarlar", "magazin"),
    "ar": ("أخبار", "الأخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "العالم", "منوعات", "صحة",
           "تكنولوجيا", "فيديو", "آراء", "مقالات", "المزيد"),
    "zh": ("新闻", "国内", "国际", "财经", "体育", "娱乐", "科技", "军事", "社会", "文化", "健康",
           "视频", "图片", "评论", "汽车", "房产", "教育", "旅游", "更多"),
    "ja": ("ニュース", "国内", "国際", "経済", "政治", "社会", "スポーツ", "エンタメ", "ライフ",
           "科学", "テクノロジー", "動画", "天気", "地域", "文化"),
})

# Pagination words: "« Previous 1 2 3 Next »", "Page 2", "1 2 3 … 9".
_PAGER = frozenset(["#", "…", "...", "next", "previous", "prev", "first", "last", "page",
                    "weiter", "zurück", "seite", "suivant", "précédent", "siguiente",
                    "anterior", "página", "próximo", "próxima", "pagina", "successivo",
                    "precedente", "volgende", "vorige", "następna", "poprzednia", "strona",
                    "далее", "назад", "вперед", "страница", "sonraki", "önceki", "sayfa",
                    "التالي", "السابق", "الصفحة", "下一页", "上一页", "首页", "尾页", "次へ", "前へ", "次",
                    "前", "»", "«", "›", "‹", ">", "<"])
# The separators of a breadcrumb trail and of a one-line menu.
_CRUMB_MARKS = ">›»→/＞〉"
_MENU_MARKS = "|•·｜"
_CRUMB = re.compile(rf"\s*[{_CRUMB_MARKS}]\s*")
_MENU = re.compile(rf"\s*[{_MENU_MARKS}]\s*")
_HINT = re.compile(f"[{_CRUMB_MARKS}{_MENU_MARKS}]")
_DIGIT = re.compile(r"\d")
# What ``_chrome`` needs to find anything: a separator, or a digit in a line short enough
# to be a pager.  Most short lines have neither and skip the call.
_MAY_BE_CHROME = re.compile(rf"[\d{_CRUMB_MARKS}{_MENU_MARKS}]")
_MAX_PAGER = 80
_MAX_LINE = 200
_MAX_PART = 40

TABLE = RuleTable("navigation", Category.NAVIGATION, (
    Rule("skip_link", "label", SKIP, examples=(f"Skip to content\n{_PROSE}",),
         near_misses=("Skip to content was the name of the band's first record.",),
         doc="'Skip to content' links"),
    Rule("article_tools", "line", TOOLS, examples=(f"{_PROSE}\nPrint this article\n{_PROSE}",),
         near_misses=("He asked readers to print this article and post it.",),
         doc="print, reprint and font-size tools"),
    Rule("reading_time", "line", READING_TIME, examples=(f"5 min read\n{_PROSE}",),
         near_misses=("It takes a 5 min read of the report to see the problem.",),
         doc="reading-time lines"),
    Rule("menu", "line", LINKS, "edge", examples=(f"Menu\n{_PROSE}",),
         near_misses=(amid_prose("Menu"),),
         doc="menu words, at an edge"),
    Rule("menu_section", "line", SECTIONS, "run", examples=(f"News\nSport\nBusiness\n{_PROSE}",),
         near_misses=(f"News\n{_PROSE}",), doc="section names, only in a run of menu lines"),
    Rule("tag_list", "label", TAGS, "edge", examples=(f"{_PROSE}\nTags: budget, council",),
         near_misses=(amid_prose("Tags: budget, council"),),
         doc="tag-list labels, at an edge"),
))
_RULES = TABLE.engine


def _is_link(part: str) -> bool:
    return bool(LINKS.match(part) or SECTIONS.match(part) or SKIP.match(part))


def _chrome(block: Block) -> Candidate | None:
    """A breadcrumb, a one-line menu or a pager: judged from the parts of the line."""
    text = block.text
    if len(text) > _MAX_LINE:
        return None
    if len(text) <= _MAX_PAGER and _DIGIT.search(text):
        tokens = block.key.split()
        if len(tokens) >= 2 and "#" in tokens and all(t in _PAGER for t in tokens):
            tier = Tier.SURE if any(t != "#" for t in tokens) else Tier.EDGE
            return Candidate("pagination", f"{text!r} is a pager", tier)
    if _HINT.search(text) is None or "://" in text or "www." in text:  # an address is no trail
        return None
    crumbs = [p for p in _CRUMB.split(text) if p]
    if len(crumbs) >= 2 and all(len(p) <= _MAX_PART for p in crumbs) and _CRUMB.search(text):
        if LINKS.match(crumbs[0]) or SKIP.match(crumbs[0]):
            return Candidate("breadcrumb", f"{text!r} is a breadcrumb trail", Tier.SURE)
        if len(crumbs) >= 3 and sum(map(_is_link, crumbs)) >= 1:
            return Candidate("breadcrumb", f"{text!r} is a breadcrumb trail", Tier.EDGE)
    items = [p for p in _MENU.split(text) if p]
    if len(items) >= 3 and all(len(p) <= _MAX_PART and line_key(p) for p in items):
        links = sum(map(_is_link, items))
        if links >= 2:
            return Candidate("menu", f"{text!r} is a menu", Tier.SURE)
        if links:
            return Candidate("menu", f"{text!r} is a menu", Tier.EDGE)
    return None


class Navigation:
    """Site chrome: skip links, menus, breadcrumbs, pagers, back-to-top links."""

    name = "navigation"
    category = Category.NAVIGATION

    def find(self, doc: Document) -> Iterator[Finding]:
        extra: dict[int, Candidate] = {}
        for block in blocks_upto(doc, _MAX_LINE):
            text = block.text
            if len(text) <= _MAX_LINE:
                gate = _MAY_BE_CHROME if len(text) <= _MAX_PAGER else _HINT
                c = (_chrome(block) if gate.search(text) else None) or furniture_of(block)
                if c is not None:
                    extra[block.index] = c
        extra.update(tag_boxes(doc))
        return _RULES.find(doc, self.name, self.category, extra)
