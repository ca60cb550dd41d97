"""ads: ad labels and sponsor notices go; sentences about advertising stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.ads import Ads
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Advertisement",
    "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Story continues below advertisement",
    "Sponsored content",
    "Sponsored by Northwind Bank",
])
def test_removes_labels_between_paragraphs(junk: str) -> None:
    first, second = BODY.split("\n")
    assert cut(Ads(), f"{first}\n{junk}\n{second}") in ([junk], [])
    assert cut(Ads(), f"{BODY}\n{junk}") == [junk]


@pytest.mark.parametrize("junk", [
    "If you buy something through this post, Harbour Deals may get a share of the sale.",
    "Prices are subject to change without notice and coupons may expire at any time.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "Wenn Sie über diese Links kaufen, erhalten wir eine Provision.",
    "Si vous achetez via nos liens, nous pouvons percevoir une commission.",
    "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
    "Se você comprar através dos nossos links, podemos receber uma comissão.",
    "Se acquisti tramite i nostri link, potremmo ricevere una commissione.",
])
def test_removes_affiliate_disclosures(junk: str) -> None:
    assert found(Ads(), f"{BODY}\n{junk}") == [("ad_notice", junk, False)]


def test_rule_ids() -> None:
    first, second = BODY.split("\n")
    assert found(Ads(), f"{first}\nAdvertisement\n{second}") == [
        ("ad_label", "Advertisement", False)]
    assert found(Ads(), f"{BODY}\nSponsored by Northwind Bank")[0][0] == "sponsor_label"
    assert found(Ads(), f"{BODY}\nThis post contains affiliate links.")[0][0] == "ad_notice"


@pytest.mark.parametrize("text", [
    "The advertisement campaign ran for six weeks in the spring.",
    "The festival is sponsored by the city and two local firms.",
    "Advertising revenue fell by a tenth, the publisher said on Tuesday.",
    "In partnership with the city, the museum will open a second shop next year.",
    "The agent may earn a commission on each sale, the regulator's report said.",
    "Prices are subject to change as the tariff talks go on, the retailer warned.",
    "Los precios pueden cambiar mucho de una región a otra, según el estudio.",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Ads(), f"{BODY}\n{text}") == []
