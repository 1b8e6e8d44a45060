"""Issue 12, round 28: the requests' number named, ``政府信息公开申请数为N`` (blind 26, ``shulan_jjj_2013``).

``政府信息公开申请数为2,当面申请数为2条`` states 2 requests. Not so those carried over (``上年结转政府信息公开申请数为1``),
handled (``办理…``) or closed (``办结…``), nor a table row flattened into the text (``本年新收政府信息公开申请数量 23 0 0``:
no 为, no clause's end after the count). The property fails on the round-27 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of

PROACTIVE = "我局主动公开信息30条。"
NAMES = st.sampled_from(("数", "总数", "数量"))
UNITS = st.sampled_from(("", "件", "条"))


@SETTINGS
@given(year=LEGACY_YEARS, name=NAMES, unit=UNITS, count=st.integers(0, 500), channel=st.integers(0, 500))
def test_the_requests_number_named_is_read(year: int, name: str, unit: str, count: int, channel: int) -> None:
    later = f"政府信息公开申请{name}为{count}{unit},当面申请数为{channel}条。"
    assert value_of(legacy_page(year, PROACTIVE, later), "requests_received") == count


@SETTINGS
@given(year=LEGACY_YEARS, before=st.sampled_from(("上年结转", "办理", "办结")), count=st.integers(1, 500))
def test_guard_requests_carried_over_handled_or_closed_are_not_the_year_s(
    year: int, before: str, count: int
) -> None:
    later = f"本年度没有收到政府信息公开申请。{before}政府信息公开申请数为{count}件。"
    assert value_of(legacy_page(year, PROACTIVE, later), "requests_received") == 0
