"""shape_breadcrumb: trails in any script, told by their shape."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_breadcrumb import ShapeBreadcrumb
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize(("line", "rule"), [
    ("Αρχική › Πολιτική › Κυβέρνηση", "breadcrumb_home"),
    ("홈 > 뉴스 > 정치", "breadcrumb_home"),
    ("首页 / 新闻 / 国际", "breadcrumb_home"),
    ("Новости » Политика » Выборы в Думу", "breadcrumb_trail"),
    ("Opinion > Columns > Why the harbour matters to the town", "breadcrumb_trail"),
    ("Inicio | Política", "breadcrumb_home"),
])
def test_a_trail_goes(line: str, rule: str) -> None:
    assert found(ShapeBreadcrumb(), f"{BODY}\n{line}") == [(rule, line, False)]


@pytest.mark.parametrize("line", [
    "Revenue > costs > taxes, the report said.", "5 > 3 > 1", "Rome › the eternal city",
    "Politik | Wirtschaft",  # two crumbs and no Home: a title and a site name, maybe
    "Η κυβέρνηση ανακοίνωσε > νέα μέτρα για την οικονομία και την ανάπτυξη της χώρας σήμερα"
    " > όπως είπε ο υπουργός στη Βουλή",
    "See https://example.org/a > b > c",
])
def test_a_near_miss_is_left(line: str) -> None:
    assert cut(ShapeBreadcrumb(), f"{BODY}\n{line}") == []


@pytest.mark.parametrize("line", ["- <table></table><li> in select - fine",
                                  "Boot [scsi|eisa] > Set > show boot source",
                                  "a>b>c>d"])
def test_code_and_markup_are_left(line: str) -> None:
    assert cut(ShapeBreadcrumb(), f"{BODY}\n{line}") == []


@pytest.mark.parametrize("line", ["Example: Women > Rings > Diamond rings",
                                  "- Go to Products > Data Files > Export"])
def test_a_menu_path_in_a_text_is_left(line: str) -> None:
    assert cut(ShapeBreadcrumb(), f"{BODY}\n{line}") == []
