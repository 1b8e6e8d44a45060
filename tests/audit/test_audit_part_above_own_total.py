"""A part under 其中 above every count in its unit before the 其中 in its sentence, whatever the unit (round 39).

Blind 35's ``xifeng_tjj_2020``: "…发布统计信息127篇,其中统计分析、资料40余篇,各类统计信息164篇" — 164 > 127 on its own; the
approximate part (40余篇) is no count, so no list of two parts was read and round 38's check reads only 条 across
sentences. A warning (``part_above_own_total_findings``). The properties fail on the round-38 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules import Severity
from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

UNITS = st.sampled_from(["条", "件", "篇", "项", "个"])


def _page(year: int, body: str, *, legacy: bool) -> str:
    return legacy_page(year, body) if legacy else opening(2021 + year % 5) + body + "\n"


def _qizhong(year: int, total: str, unit: str, part: int, first: str = "统计分析、资料40余") -> str:
    return f"{year}年,我局发布统计信息{total}{unit},其中{first}{unit},各类统计信息{part}{unit}。"


def _warned(page: str) -> list[tuple[int | str | None, Severity]]:
    return [
        (finding.actual, finding.severity)
        for finding in audited(page).findings
        if finding.code.endswith(".count_mismatch") and "单项已多于前述总数" in finding.message
    ]


class TestPartAboveItsOwnTotal:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(1, 5000),
        over=st.integers(1, 500),
        unit=UNITS,
        legacy=st.booleans(),
    )
    def test_an_exact_part_above_its_exact_total_is_warned_in_any_unit(
        self, year: int, total: int, over: int, unit: str, *, legacy: bool
    ) -> None:
        page = _page(year, _qizhong(year, str(total), unit, total + over), legacy=legacy)
        assert _warned(page) == [(total + over, Severity.WARNING)]

    def test_the_blind_35_page_is_warned(self) -> None:
        page = (DATA / "published_blind_35" / "xifeng_tjj_2020.txt").read_text(encoding="utf-8")
        assert _warned(page) == [(164, Severity.WARNING)]


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 5000), under=st.integers(0, 500), unit=UNITS)
    def test_guard_a_part_within_its_total_is_silent(
        self, year: int, total: int, under: int, unit: str
    ) -> None:
        assume(total - under >= 0)
        assert _warned(_page(year, _qizhong(year, str(total), unit, total - under), legacy=False)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 5000), over=st.integers(1, 500), unit=UNITS)
    def test_guard_an_approximate_total_or_part_is_no_base(
        self, year: int, total: int, over: int, unit: str
    ) -> None:
        for body in (
            _qizhong(year, f"{total}余", unit, total + over),
            _qizhong(year, f"约{total}", unit, total + over),
            f"{year}年,我局发布统计信息{total}{unit},其中统计分析{total + over}余{unit}。",
        ):
            assert _warned(_page(year, body, legacy=False)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, first=st.integers(1, 50), second=st.integers(1, 50))
    def test_guard_every_count_in_its_unit_before_the_qizhong_is_the_base(
        self, year: int, first: int, second: int
    ) -> None:
        # blind 27's pingtan_jtj_2017: "主要受理方式为信函3件、网络申请1件,其中,项目竣工验收备案信息4件"
        body = f"{year}年,主要受理方式为信函{first}件、网络申请{second}件,其中,项目竣工验收备案信息{first + second}件。"
        assert _warned(_page(year, body, legacy=False)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 500), over=st.integers(1, 500))
    def test_guard_a_channel_after_the_parts_is_a_figure_of_its_own(
        self, year: int, total: int, over: int
    ) -> None:
        # blind 8's xishan_yunlin_2019 and the seed xizang_gzw_2020: a channel's count after the kinds
        for channel in ("云林新韵微信公众号发布信息", "利用电子屏发布信息", "门户网站发布"):
            body = f"{year}年,我局主动公开政府信息{total}条,其中工作动态信息1条,{channel}{total + over}条。"
            assert _warned(_page(year, body, legacy=False)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, first=st.integers(1, 50), second=st.integers(1, 50), over=st.integers(1, 50))
    def test_guard_a_clause_with_its_own_verb_is_a_statement_of_its_own(
        self, year: int, first: int, second: int, over: int
    ) -> None:
        # round 33's joined run: the 、-run makes the total, the clause after it opens with its own verb
        total = first + second
        body = f"{year}年度,全年公开政府信息{total}条,其中发布工作动态{first}条、通知公告{second}条,公开财政信息{total + over}条。"
        assert _warned(_page(year, body, legacy=False)) == []
