"""One finding per inconsistency in a legacy statistics table with run-together digits (round 25).

``pingtan_nyn_2017`` (blind set 19): the table's 历年累计 column is below the year's (``主动公开文件数条10774`` = 107 | 74
by the prose's 107; ``受理政府信息公开申请总数条10`` = 1 | 0) — one inconsistency, reported three times: an
``audit.ambiguous_digits`` note and a ``legacy.count_mismatch`` warning naming the same rows and digits, and a
``text.table_mismatch`` warning for the prose's cut. Now the count mismatch names every such row, the prose's cut
included, and nothing else repeats it. The properties fail on the round-24 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page

RUNNING_CODES = ("legacy.count_mismatch", "text.table_mismatch", "audit.ambiguous_digits")
# A year's count 10x and a running total rr below it, glued: 10x rr cuts only as 10 | xrr within its running total
# (0xrr has a leading zero), so the table reads 10 and the prose's 10x cuts it with the year above.
STATED = st.integers(101, 109)


def _page(year: int, stated: int, running: int, requests: str) -> str:
    table = (
        f"附件 统计表 指标名称单位{year}年历年累计主动公开文件数条{stated}{running} 其中：1.政府网站公开数条"
        f"{stated}{running} 受理政府信息公开申请总数条{requests} 行政复议数件00行政诉讼数件00 附件下载\n"
    )
    return legacy_page(year, f"{year}年，我局主动公开政府信息{stated}条。", attached=table)


def _codes(page: str) -> list[str]:
    return sorted(f.code for f in audited(page).findings if f.code in RUNNING_CODES)


class TestOneFinding:
    @SETTINGS
    @given(year=LEGACY_YEARS, stated=STATED, data=st.data())
    def test_the_running_column_below_the_year_is_one_finding(
        self, year: int, stated: int, data: st.DataObject
    ) -> None:
        running = data.draw(
            st.integers(10, stated - 1)
        )  # the prose's cut puts the year above its running total
        first = data.draw(st.integers(1, 9))
        requests = f"{first}{data.draw(st.integers(0, first - 1))}"
        page = _page(year, stated, running, requests)
        assert _codes(page) == ["legacy.count_mismatch"]
        message = next(f.message for f in audited(page).findings if f.code == "legacy.count_mismatch")
        assert f"按正文所述{stated}拆为{stated}和{running}" in message
        assert "只能拆为" in message


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, stated=STATED, data=st.data())
    def test_guard_with_no_run_above_the_prose_cut_stands_alone(
        self, year: int, stated: int, data: st.DataObject
    ) -> None:
        # the requests' run fits its running total: the prose's cut is the only inconsistency, stated as before
        running = data.draw(st.integers(10, 99))
        assert _codes(_page(year, stated, running, "00")) == ["text.table_mismatch"]
