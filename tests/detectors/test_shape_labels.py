"""shape_labels: a line made only of catalog labels, in any language they are translated to."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_labels import ShapeLabels
from tests.detectors._helpers import BODY, found


@pytest.mark.parametrize(("line", "category"), [
    ("Accepter Refuser Personnaliser", "cookie"),
    ("Akzeptieren | Ablehnen", "cookie"),
    ("Διαμοίραση · Αναζήτηση · Πλοήγηση", "navigation"),
])
def test_a_row_of_labels_goes(line: str, category: str) -> None:
    from cleanroom.document import from_text
    doc = from_text(f"{BODY}\n{line}")
    assert [(f.category.value, doc.text[f.start:f.end]) for f in ShapeLabels().find(doc)] == [
        (category, line)]


@pytest.mark.parametrize("line", ["Share prices fell", "Accept", "Home Office",
                                  "Accept the verdict", "Allow, deny or delay."])
def test_a_near_miss_is_left(line: str) -> None:
    assert found(ShapeLabels(), f"{BODY}\n{line}") == []
