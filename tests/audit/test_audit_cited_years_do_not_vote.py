# Round 67
"""The years of cited documents do not vote for the page's year (round 67).

Blind 60's ``tianjin_swj_2023`` (no title, no statistics period) names 2023 twice and cites
``《关于2022年度政务公开第三方评估反馈意见整改工作提示》``; round 66 inferred 2022 as the year the prose names most. Now a
year inside a cited document's name (《…》, 关于…的通知/意见/函/批复/决定/办法/方案) does not vote; where the page's own
years then tie, the year stays unknown; a page naming no year but its citations' keeps them. The properties fail on the
round-66 code; the guard (cited years fewer than the page's own) passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from tests.audit.messy import SETTINGS, STANDARD_YEARS

CITATIONS = st.sampled_from(
    [
        "按照《{y}年度政务公开工作要点{i}》要求落实。",
        "根据《关于{y}年度政务公开第三方评估反馈意见整改工作提示{i}》整改。",
        "转发关于做好{y}年政务公开工作第{i}批任务的通知。",
        "落实《某市{y}年政府信息公开工作方案（第{i}版）》。",
    ]
)


def _page(year: int, own: int, cited_year: int, citation: str, cited: int) -> str:
    """A report with no title and no period: ``own`` sentences on ``year``, ``cited`` citations of ``cited_year``."""
    cites = "".join(citation.format(y=cited_year, i=i + 1) for i in range(cited))
    owns = "".join(f"{year}年，我局认真落实政府信息公开工作要求。" for _ in range(own))
    return (
        "本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
        + owns
        + cites
        + "\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n全年未收到政府信息公开申请。\n"
    )


class TestCitedYearsDoNotVote:
    @SETTINGS
    @given(year=STANDARD_YEARS, citation=CITATIONS, own=st.integers(1, 3), more=st.integers(1, 3))
    def test_the_page_s_own_year_wins(self, year: int, citation: str, own: int, more: int) -> None:
        result = audit(_page(year, own, year - 1, citation, own + more))
        assert (result.year, result.year_evidence) == (year, "正文中出现最多的年份")

    @SETTINGS
    @given(year=STANDARD_YEARS, citation=CITATIONS, own=st.integers(1, 3), more=st.integers(1, 3))
    def test_a_tie_of_the_page_s_own_years_is_unknown(
        self, year: int, citation: str, own: int, more: int
    ) -> None:
        page = _page(year, own, year - 1, citation, own + more).replace(
            "一、总体情况\n", "一、总体情况\n" + f"{year - 2}年，我局完成网站改版。" * own
        )
        assert audit(page).year is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, citation=CITATIONS, cited=st.integers(1, 2), more=st.integers(1, 2))
    def test_fewer_cited_years_leave_the_own_year(
        self, year: int, citation: str, cited: int, more: int
    ) -> None:
        result = audit(_page(year, cited + more, year - 1, citation, cited))
        assert result.year == year
