"""navigation: skip links, menus, breadcrumbs and pagers go; sentences and tables stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.navigation import Navigation
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Skip to main content",
    "Home > World > Europe",
    "News | Sport | Business | Weather",
    "Menu\nHome\nNews\nSport\nSearch",
    "You are here: Home / Culture",
])
def test_removes_chrome_at_the_top(junk: str) -> None:
    assert cut(Navigation(), f"{junk}\n{BODY}") == junk.split("\n")


@pytest.mark.parametrize("junk", ["« Previous 1 2 3 Next »", "Back to top", "Page 2 of 5",
                                  "Previous article\nNext article"])
def test_removes_chrome_at_the_bottom(junk: str) -> None:
    assert cut(Navigation(), f"{BODY}\n{junk}") == junk.split("\n")


def test_rule_ids_and_lone_link_mid_text() -> None:
    first, second = BODY.split("\n")
    assert [r for r, _, _ in found(Navigation(), f"Skip to content\nHome › News\n{BODY}")] == [
        "skip_link", "breadcrumb"]
    assert found(Navigation(), f"{first}\nHome\n{second}")[0][2] is True
    assert found(Navigation(), f"{first}\nNews\n{second}") == []


@pytest.mark.parametrize("text", [
    "The team went home after the next match, which they lost on penalties.",
    "Name | Age | Town",
    "Back to top form, the striker scored twice in the second half.",
    "See https://example.org/news/local for the full timetable",
    "3 - 1",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Navigation(), f"{BODY}\n{text}") == []


# -- page furniture: timestamps, reading time, article tools, tag boxes, image addresses ----

@pytest.mark.parametrize("junk, rule", [
    ("UPDATED: Tue., Nov. 19, 2019", "timestamp"),
    ("- Published 18 November 2019", "timestamp"),
    ("Updated at 1:23 p.m.", "timestamp"),
    ("Aktualisiert am 19.11.2019 um 08:57 Uhr", "timestamp"),
    ("Publicado em 22/01/2018 às 10:13", "timestamp"),
    ("2019-11-19T08:57:40+01:00", "timestamp"),
    ("Reading time: 3 minutes", "reading_time"),
    ("Tempo de leitura: 2 minutos", "reading_time"),
    ("5 min read", "reading_time"),
    ("Print Article", "article_tools"),
    ("Order Reprints", "article_tools"),
    ("Posted by Ann Lee | Category: Health | Tags: clinics, doctors", "post_meta"),
    ("12/03/2019 - Publicado por: Ana Lima - Categoria: Saúde", "post_meta"),
    ("https://cdn.example.com/img/harbour-ferry-800x450.jpg", "link_address"),
])
def test_furniture_goes_mid_text(junk: str, rule: str) -> None:
    first, second = BODY.split("\n")
    assert found(Navigation(), f"{first}\n{junk}\n{second}") == [(rule, junk, False)]


@pytest.mark.parametrize("box", [
    "Tags\nbudget 2020, city council, schools, transport",
    "Tags\n\nbudget 2020, city council, schools, transport",
])
def test_tag_box_goes(box: str) -> None:
    first, second = BODY.split("\n")
    kept = f"{first}\n{box}\n{second}"
    assert "".join(cut(Navigation(), kept)).replace("\n", "") == box.replace("\n", "")


@pytest.mark.parametrize("text", [
    "29 November 2018 | 20 January 2019",
    "Updated guidance was published on 3 May.",
    "Updated the rules",
    "Published 2019 annual report",
    "Published: 2019",
    "The reading time for the report is about 3 minutes.",
    "By Ann Lee | March 3, 2019",
    "budget 2020, city council, schools, transport",
    "Tags\nThe tags were sewn on by hand, one for every coat in the shop.",
    "https://example.org/news/harbour-ferry-returns",
    "Print",
])
def test_furniture_near_misses_stay_mid_text(text: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Navigation(), f"{first}\n{text}\n{second}") == []


@pytest.mark.parametrize("badge", [
    "Lesezeit: 3 Minuten", "Temps de lecture : 4 min", "Temps de lecture: 4 min",
    "Tiempo de lectura: 5 minutos", "Tempo di lettura: 3 minuti", "Leestijd: 4 minuten",
    "Czas czytania: 3 min", "Время чтения: 5 минут", "Okuma süresi: 3 dakika",
    "وقت القراءة: 3 دقائق", "阅读时间：3分钟", "この記事は約3分で読めます",
])
def test_reading_time_in_every_language(badge: str) -> None:
    assert cut(Navigation(), f"{badge}\n{BODY}") == [badge]


@pytest.mark.parametrize("stamp", [
    "Veröffentlicht am 19.11.2019", "Mis à jour le 19/11/2019 à 08h57",
    "Actualizado: 19/11/2019 08:57", "Aggiornato il 19 novembre 2019",
    "Bijgewerkt op 19-11-2019", "Опубликовано: 19.11.2019 08:57",
    "发布时间：2019-11-19 08:57", "公開日：2019年11月19日",
])
def test_labelled_timestamps_in_other_languages(stamp: str) -> None:
    assert cut(Navigation(), f"{stamp}\n{BODY}") == [stamp]


@pytest.mark.parametrize("junk", [
    "Listen to this article", "Artikel anhören", "Écouter cet article", "Слушать статью",
    "Next story", "Back to news",
])
def test_audio_player_and_story_links_go_mid_text(junk: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Navigation(), f"{first}\n{junk}\n{second}") == [junk]


def test_back_to_in_a_sentence_stays() -> None:
    text = "Back to Taylor! It's her music, so why can't she sing it at the awards show?"
    assert cut(Navigation(), f"{BODY}\n{text}") == []
