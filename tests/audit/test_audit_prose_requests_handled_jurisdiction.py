"""Issue 12, round 27: requests handled, with the whole jurisdiction as the subject (blind 25, ``zhaotong_szf_2022``).

``全市各级各部门办理政府信息公开申请651件`` states a city's requests as round 26's ``全年办理政府信息公开申请1件`` states an
office's (label 办理申请数: table 三's 总计 may count them as new, with those carried over, or as handled). A part of the
city (``市政府办公室办理…``) is not the whole, and stays unread. The property fails on the round-26 code; the guard
passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._narrative import HANDLED_REQUESTS_LABEL
from tests.audit.messy import SETTINGS, STANDARD_YEARS, figure_of, opening

PLACES = st.sampled_from(("全市", "全区", "全县", "全州", "全省"))
WHOM = st.sampled_from(("部门", "单位"))


@SETTINGS
@given(year=STANDARD_YEARS, place=PLACES, whom=WHOM, count=st.integers(0, 5000))
def test_the_whole_jurisdiction_s_requests_are_read(year: int, place: str, whom: str, count: int) -> None:
    page = opening(year) + f"{place}各级各{whom}办理政府信息公开申请{count}件,均在法定期限内予以办结。\n"
    read = figure_of(page, "requests_received")
    assert read is not None
    assert (read.value, read.label) == (count, HANDLED_REQUESTS_LABEL)


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(0, 5000))
def test_guard_one_office_s_requests_handled_stay_unread(year: int, count: int) -> None:
    page = opening(year) + f"市政府办公室办理政府信息公开申请{count}件,均在法定期限内予以办结。\n"
    assert figure_of(page, "requests_received") is None
