"""Every phrase category in every language: a real-looking example is cut, a near-miss kept."""

from __future__ import annotations

import pytest

import cleanroom
from tests.detectors.language_cases import BODY, CASES

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ar", "zh", "ja")
CATEGORIES = ("error_page", "disclaimer", "comments", "cookie", "newsletter", "share",
              "related", "navigation", "ads")
PAIRS = [pytest.param(lang, cat, id=f"{lang}-{cat}") for lang in LANGUAGES for cat in CATEGORIES]


def test_every_language_has_every_category() -> None:
    assert set(CASES) == set(LANGUAGES) == set(BODY)
    for lang in LANGUAGES:
        assert set(CASES[lang]) == set(CATEGORIES), lang


@pytest.mark.parametrize(("lang", "category"), PAIRS)
def test_removes_the_example(lang: str, category: str) -> None:
    where, junk, _ = CASES[lang][category]
    text = f"{junk}\n{BODY[lang]}" if where == "top" else f"{BODY[lang]}\n{junk}"
    result = cleanroom.clean(text, categories=[category])
    assert result.text == BODY[lang]
    assert {str(r.category) for r in result.report.removals} == {category}


@pytest.mark.parametrize(("lang", "category"), PAIRS)
def test_keeps_the_near_miss(lang: str, category: str) -> None:
    _, _, near_miss = CASES[lang][category]
    first, second = BODY[lang].split("\n")
    for text in (f"{near_miss}\n{BODY[lang]}", f"{first}\n{near_miss}\n{second}",
                 f"{BODY[lang]}\n{near_miss}"):
        result = cleanroom.clean(text)
        assert result.text == text, result.report.removals


# Wordings beyond the per-language table, as pages write them (case, full-width marks,
# verb-final order, labels with a list after them).
VARIANTS = [
    ("top", "ACCEPTER ET FERMER", "cookie"),
    ("top", "Wir nutzen Cookies, um dir das beste Erlebnis zu bieten.\nAkzeptieren", "cookie"),
    ("top", "Portada » Deportes » Fútbol", "navigation"),
    ("top", "ホーム ＞ ニュース ＞ 社会", "navigation"),
    ("top", "Anasayfa / Gündem / Yerel", "navigation"),
    ("top", "Vous êtes ici : Accueil > Politique", "navigation"),
    ("bottom", "Tags: budget, schools, bridges", "navigation"),
    ("bottom", "【广告】", "ads"),
    ("bottom", "Pubblicità - Continua a leggere sotto", "ads"),
    ("bottom", "Compartir:\nFacebook\nX\nLinkedIn", "share"),
    ("bottom", "シェア\nツイート\nはてブ", "share"),
    ("bottom", "点击关注我们", "share"),
    ("bottom", "Bizi Instagram'da takip edin", "share"),
    ("bottom", "Рекомендуем\nШколы получат новое отопление", "related"),
    ("bottom", "Ver comentarios", "comments"),
    ("bottom", "لقراءة المزيد اشترك الآن", "newsletter"),
    ("bottom", "Ten artykuł jest dostępny tylko dla subskrybentów.", "newsletter"),
    ("bottom", "Copyright © 2024 谷新聞社 All Rights Reserved.", "disclaimer"),
]


@pytest.mark.parametrize(("where", "junk", "category"), VARIANTS,
                         ids=[f"{c}-{i}" for i, (_, _, c) in enumerate(VARIANTS)])
def test_removes_variant(where: str, junk: str, category: str) -> None:
    body = BODY["en"]
    text = f"{junk}\n{body}" if where == "top" else f"{body}\n{junk}"
    result = cleanroom.clean(text)
    assert result.text == body
    assert {str(r.category) for r in result.report.removals} == {category}


@pytest.mark.parametrize("sentence", [
    "Tags are sold at the market for two euros each, the organisers said.",
    "Topics such as school meals and bus fares dominated the meeting on Monday.",
    "He said he would accept and close the deal before the end of the month.",
])
def test_keeps_variant_near_miss(sentence: str) -> None:
    text = f"{BODY['en']}\n{sentence}"
    assert cleanroom.clean(text).text == text
