"""cookie: consent banners go; articles about cookies stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.cookie import Cookie
from tests.detectors._helpers import BODY, cut, found

BANNER = ("We use cookies to personalise content and to analyse our traffic. By continuing to "
          "browse, you agree to our use of cookies.")


@pytest.mark.parametrize("junk", [
    BANNER,
    f"{BANNER}\nAccept all cookies\nManage preferences",
    "This website uses cookies.\nAccept\nReject",
    "Cookie settings",
])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_removes_banner_at_an_edge(junk: str, where: str) -> None:
    text = f"{junk}\n{BODY}" if where == "top" else f"{BODY}\n{junk}"
    assert cut(Cookie(), text) == junk.split("\n")


def test_sure_button_goes_anywhere_and_rule_ids() -> None:
    first, second = BODY.split("\n")
    assert found(Cookie(), f"{first}\nAccept all cookies\n{second}") == [
        ("cookie_button", "Accept all cookies", False)]
    assert found(Cookie(), f"{BANNER}\n{BODY}")[0][0] == "cookie_banner"


def test_generic_button_mid_text_is_held_back() -> None:
    first, second = BODY.split("\n")
    assert found(Cookie(), f"{first}\nAccept all\n{second}")[0][2] is True
    assert found(Cookie(), f"{first}\nAccept\n{second}") == []


@pytest.mark.parametrize("text", [
    "Regulators say sites that use cookies to track readers must first ask them for consent.",
    "The bakery sold four hundred cookies before noon, and we use cookies from it at home.",
    '"We use cookies only with consent," the company said in a statement on Monday.',
    "Cookie banners annoy readers, a survey of 2,000 people found, but most click accept.",
    f"{BODY}\nOK",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Cookie(), text) == []


# Consent text as it stands under a comment or contact form (written for these tests).
CONSENT = ("Your personal data will only be passed on to third parties for the purposes of spam "
           "filtering or where the law requires it.\n"
           "You may withdraw your consent at any time with effect for the future.\n"
           "Further information on data protection can be found in our privacy policy.")


@pytest.mark.parametrize("junk", [
    CONSENT,
    "Sie können Ihre Einwilligung jederzeit widerrufen, per E-Mail an die Redaktion.",
    "Vous pouvez retirer votre consentement à tout moment en nous écrivant.",
    "Puedes retirar tu consentimiento en cualquier momento desde tu perfil.",
])
def test_removes_consent_text_under_a_form(junk: str) -> None:
    assert cut(Cookie(), f"{BODY}\n{junk}") == junk.split("\n")
    assert {rule for rule, _, _ in found(Cookie(), f"{BODY}\n{junk}")} == {"consent_text"}


@pytest.mark.parametrize("text", [
    "Under the new law, users may withdraw their consent at any time, the regulator said.",
    "The court ruled that the personal data will not be shared with the police without a warrant.",
    "The personal data will not be shared with advertisers, the company said on Monday.",
    "Ihre personenbezogenen Daten werden nur für die Studie genutzt, sagte die Forscherin.",
])
def test_keeps_articles_about_consent(text: str) -> None:
    assert cut(Cookie(), f"{BODY}\n{text}") == []


@pytest.mark.parametrize("junk", [
    'By clicking "Accept All", you consent to the use of ALL the cookies.\nManage consent',
    "Privacy Overview\nNecessary cookies are absolutely essential for the website to function.",
    "Do Not Sell My Personal Information",
    "I consent to having this website store my submitted information so they can reply.",
    "By submitting this form, you agree to our privacy policy.",
])
def test_removes_consent_plugin_text(junk: str) -> None:
    assert cut(Cookie(), f"{BODY}\n{junk}") == junk.split("\n")


def test_consent_words_in_a_report_stay() -> None:
    first, second = BODY.split("\n")
    text = (f"{first}\nThe agency warns that by submitting this form you agree to share data.\n"
            f"Privacy overview\n{second}")
    assert cut(Cookie(), text) == []
