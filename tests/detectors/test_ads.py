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
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Ads(), f"{BODY}\n{text}") == []
