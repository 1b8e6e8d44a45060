"""Issue 12, round 28: requests counted in 起 and named 依申请公开 (blind 26, ``hainan_himpa_2014``).

``2014年,我局收到12起政府信息依申请公开,均严格按程序和时限办理`` states 12 requests: round 20 read ``接到3起政府信息公开
申请``; the request may also be named 依申请公开 after its count in 起. A review or a lawsuit between the count and the
request is none. The property fails on the round-27 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of

VERBS = st.sampled_from(("收到", "受理", "接到", "接收"))
BODIES = st.sampled_from(("政府信息", "信息", ""))
PROACTIVE = "我局主动公开信息30条。"


@SETTINGS
@given(year=LEGACY_YEARS, verb=VERBS, body=BODIES, count=st.integers(1, 500))
def test_requests_counted_as_cases_named_by_their_kind_are_read(
    year: int, verb: str, body: str, count: int
) -> None:
    page = legacy_page(
        year, PROACTIVE, f"{year}年,我局{verb}{count}起{body}依申请公开,均严格按程序和时限办理。"
    )
    assert value_of(page, "requests_received") == count


@SETTINGS
@given(year=LEGACY_YEARS, verb=VERBS, count=st.integers(1, 500))
def test_guard_cases_of_review_are_no_requests(year: int, verb: str, count: int) -> None:
    later = f"本年度没有收到政府信息公开申请。{year}年,我局{verb}{count}起行政复议。"
    assert value_of(legacy_page(year, PROACTIVE, later), "requests_received") == 0
