"""cookie: a banner sentence glued onto a paragraph of prose is cut alone, the paragraph kept."""

from __future__ import annotations

import pytest

import cleanroom

# (language, banner sentence, the paragraph it is glued to, a paragraph around it)
GLUED = [
    ("en", "We use cookies to improve your visit.",
     ("The harbour board said the fees for the spring will rise by a tenth, and that the money "
      "will pay for new berths on the east quay."),
     "The council met on Tuesday to discuss the new harbour fees for the coming year."),
    ("de", "Wir verwenden Cookies, um Ihnen den Besuch zu erleichtern.",
     ("Die Hafenverwaltung teilte mit, dass die Gebühren im Frühjahr um ein Zehntel steigen "
      "und das Geld in neue Liegeplätze am Ostkai fließen soll."),
     "Der Stadtrat beriet am Dienstag über die neuen Hafengebühren für das kommende Jahr."),
    ("fr", "Nous utilisons des cookies pour améliorer votre visite.",
     ("La capitainerie a indiqué que les tarifs augmenteront d'un dixième au printemps et que "
      "l'argent servira à construire de nouveaux postes d'amarrage sur le quai est."),
     "Le conseil municipal s'est réuni mardi pour discuter des nouveaux tarifs du port."),
]


@pytest.mark.parametrize(("language", "banner", "paragraph", "other"), GLUED)
@pytest.mark.parametrize("side", ["start", "end"])
def test_a_banner_sentence_glued_onto_prose_is_cut_alone(
        language: str, banner: str, paragraph: str, other: str, side: str) -> None:
    glued = f"{banner} {paragraph}" if side == "start" else f"{paragraph} {banner}"
    result = cleanroom.clean(f"{other}\n{glued}\n{other.replace('1', '2')}", format="text")
    assert paragraph in result.text, language
    cut = [r.end - r.start for r in result.report.removals if r.detector == "cookie"]
    if side == "start" or cut:
        # at the end a sentence whose phrase is mid-block may be held back (strict=True)
        assert banner not in result.text, language
        assert cut == [len(banner)], language


@pytest.mark.parametrize(("language", "banner", "paragraph", "other"), GLUED)
def test_a_banner_block_with_no_paragraph_under_it_goes_whole(
        language: str, banner: str, paragraph: str, other: str) -> None:
    # the banner's own second sentence is short: the block is the banner, cut whole
    block = f"{banner} OK?"
    result = cleanroom.clean(f"{other}\n{paragraph}\n{block}", format="text")
    assert banner not in result.text and "OK?" not in result.text, language
    assert paragraph in result.text, language
