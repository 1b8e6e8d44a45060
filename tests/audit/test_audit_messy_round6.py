"""Issue 12, sixth round: the classes blind set 5 showed (it became development data in this round).

(a) prose figures that must be right or absent: a 申请 that is a review's ("未发生因政府信息公开而被申请行政复议")
says nothing about requests; an enumerated item ("一是利用…公开政务信息38条") is a part, never the total; the total
worded "全镇政府信息公开566条"; (b) totals against their parts: a 篇 total, parts joined by 、, a 工作总结 part, a
review or lawsuit after a list of outcomes, a list opened by "主动公开的信息中" after the year's total, a 其中 list
past sentences with no count, a part that lost its unit — each summed only when the wording makes the list
whole, and the traps (a partial list ending in 等, an approximate 余 total, a count between the total and its
其中) left silent; (c) a glued table 四 run with one digit per cell that the sums reject, read one digit per cell
with warnings only.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._validation import Severity

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _figures(page: str) -> dict[str, object]:
    return {figure.name: figure.value for figure in audit(page, source="p").figures}


def _findings(page: str, code: str) -> list[tuple[str, Severity]]:
    return [
        (finding.code, finding.severity)
        for finding in audit(page, source="p").findings
        if finding.code.endswith(code)
    ]


def _legacy_page(proactive: str, requests: str) -> str:
    return (
        "青山镇2018年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、主动公开政府信息情况\n{proactive}\n二、依申请公开政府信息情况\n{requests}\n"
        "三、因政府信息公开申请提起行政复议、行政诉讼的情况\n"
        "全年未发生因政府信息公开而被申请行政复议、提起行政诉讼的案件。\n"
    )


def _standard_page(body: str, year: int = 2022) -> str:
    return (
        f"青山镇人民政府{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{body}\n"
    )


# --------------------------------------------------------------------------------------------------
# (a) Prose figures: right or none
# --------------------------------------------------------------------------------------------------


class TestRequestFigures:
    @SETTINGS
    @given(count=st.integers(1, 60))
    def test_a_review_never_applied_for_is_no_count_of_requests(self, count: int) -> None:
        """The request count is the one the page states, never 0 from the sentence about reviews."""
        page = _legacy_page(
            "我镇今年主动公开政府信息30条。", f"2018年,发生{count}起依申请公开政府信息情况,后撤销申请。"
        )
        figures = _figures(page)
        assert figures["requests_received"] == count
        assert figures["administrative_reviews"] == 0

    @SETTINGS
    @given(count=st.integers(0, 60))
    def test_requests_accepted_under_on_request_disclosure(self, count: int) -> None:
        page = _standard_page(
            f"2019年我县依申请公开受理{count}件,办结{count}件,行政复议0件、行政诉讼0件。", 2019
        )
        assert _figures(page)["requests_received"] == count

    def test_a_page_saying_only_no_review_states_no_request_count(self) -> None:
        page = _legacy_page("我镇今年主动公开政府信息30条。", "我镇认真做好依申请公开工作。")
        assert "requests_received" not in _figures(page)

    def test_no_requests_is_still_read_beside_a_review_sentence(self) -> None:
        page = _legacy_page(
            "我镇今年主动公开政府信息30条。",
            "未发生因政府信息公开而被申请行政复议的情况，全年未收到政府信息公开申请。",
        )
        assert _figures(page)["requests_received"] == 0


class TestEnumeratedParts:
    @SETTINGS
    @given(
        parts=st.lists(st.integers(1, 400), min_size=3, max_size=3),
        extra=st.integers(0, 300),
        place=st.sampled_from(["全镇", "全县", ""]),
    )
    def test_the_total_before_its_enumerated_parts_is_read(
        self, parts: list[int], extra: int, place: str
    ) -> None:
        total = sum(parts) + extra
        page = _standard_page(
            f"2022年，{place}政府信息公开{total}条，一是利用门户网站等平台公开政务信息{parts[0]}条；"
            f"二是通过微信等发布信息{parts[1]}条；三是通过公开栏公开政务信息合计{parts[2]}条。"
        )
        assert _figures(page)["proactive_total"] == total

    @SETTINGS
    @given(
        parts=st.lists(st.integers(1, 400), min_size=2, max_size=2),
        marker=st.sampled_from(["一是", "（一）", "1."]),
    )
    def test_an_enumerated_item_is_never_the_total(self, parts: list[int], marker: str) -> None:
        page = _standard_page(
            f"2022年，我镇扎实推进公开工作，{marker}利用门户网站等平台公开政务信息{parts[0]}条，"
            f"二是通过微信等发布信息{parts[1]}条。"
        )
        assert "proactive_total" not in _figures(page)


# --------------------------------------------------------------------------------------------------
# (b) Totals against their parts
# --------------------------------------------------------------------------------------------------


def _mismatch(page: str, code: str = "count_mismatch") -> list[tuple[str, Severity]]:
    return _findings(page, code)


class TestListWordings:
    @SETTINGS
    @given(parts=st.lists(st.integers(1, 60), min_size=4, max_size=4), off=st.sampled_from([0, 0, 1, -1, 7]))
    def test_a_pian_total_with_parts_joined_by_a_dun_comma(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page(
            f"我局网站2022年累计发布信息{total}篇，其中组织机构{parts[0]}篇、部门文件{parts[1]}篇、"
            f"工作动态{parts[2]}篇、财政预算{parts[3]}篇;微信公众号发布信息158条。"
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 60), min_size=2, max_size=2), channel=st.integers(1, 500))
    def test_a_dun_comma_run_ended_by_a_semicolon_is_the_whole_list(
        self, parts: list[int], channel: int
    ) -> None:
        """The next channel's count, after the semicolon, is no part of the list."""
        page = _standard_page(
            f"通过区政府网公开信息{sum(parts)}条，其中包括:机构职能公开信息{parts[0]}条、政策文件公开信息{parts[1]}条;"
            f"通过义务教育信息公开专栏公开信息{channel}条。"
        )
        assert not _mismatch(page)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 300), min_size=3, max_size=3), off=st.sampled_from([0, 0, 15]))
    def test_a_summary_part_is_no_nested_total(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page(
            f"2023年，本街道主动公开街道信息{total}条，其中工作总结{parts[0]}条，组织机构信息{parts[1]}条，"
            f"基层治理与服务信息{parts[2]}条。"
        )
        assert bool(_mismatch(page)) == bool(off)

    @SETTINGS
    @given(
        outcomes=st.lists(st.integers(0, 40), min_size=3, max_size=3),
        reviews=st.integers(1, 9),
        lawsuits=st.integers(1, 9),
    )
    def test_reviews_after_a_list_of_outcomes_are_no_parts(
        self, outcomes: list[int], reviews: int, lawsuits: int
    ) -> None:
        page = _standard_page(
            f"办结依申请公开{sum(outcomes)}件，其中：予以公开{outcomes[0]}件；不予公开{outcomes[1]}件；"
            f"其他处理{outcomes[2]}件；因政府信息公开引起的行政复议案件{reviews}件、行政诉讼案件{lawsuits}件。"
        )
        assert not _mismatch(page)


class TestImpliedAndDistantTotals:
    @SETTINGS
    @given(
        parts=st.lists(st.integers(1, 80), min_size=3, max_size=3),
        channel=st.integers(1, 80),
        off=st.sampled_from([0, 0, 2, 59]),
    )
    def test_a_list_of_the_years_proactive_items_ending_in_the_remainder(
        self, parts: list[int], channel: int, off: int
    ) -> None:
        total = sum(parts) + off
        assume(channel <= total)
        page = _legacy_page(
            f"我镇今年主动公开政府信息{total}条,其中通过政府网站公开信息{channel}条,内容来看,今年我镇主动公开的信息中,"
            f"组织机构信息{parts[0]}条,工作信息{parts[1]}条,其他信息{parts[2]}条。",
            "全年未收到政府信息公开申请。",
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    def test_without_the_remainder_the_implied_list_is_a_selection(self) -> None:
        page = _legacy_page(
            "我镇今年主动公开政府信息177条,内容来看,今年我镇主动公开的信息中,组织机构信息2条,工作信息67条。",
            "全年未收到政府信息公开申请。",
        )
        assert not _mismatch(page)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 80), min_size=3, max_size=3), off=st.sampled_from([0, 0, 3, 80]))
    def test_a_list_past_sentences_with_no_count(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page(
            f"2024年,我乡累计主动公开政府信息{total}条,内容涵盖决策公开、执行公开和村务公开等多个领域。"
            f"全方位展示了政府工作的重点与成效。其中发布公示公告{parts[0]}条、决策公开类{parts[1]}条,"
            f"村务公开{parts[2]}条。",
            2024,
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 80), min_size=3, max_size=3), off=st.integers(1, 50))
    def test_a_distant_list_ending_in_etc_is_no_sum(self, parts: list[int], off: int) -> None:
        page = _standard_page(
            f"2024年,我乡累计主动公开政府信息{sum(parts) + off}条,内容涵盖多个领域。全方位展示了工作成效。"
            f"其中发布公示公告{parts[0]}条、决策公开类{parts[1]}条,村务公开{parts[2]}条等。",
            2024,
        )
        assert not _mismatch(page)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 80), min_size=2, max_size=2), other=st.integers(1, 9))
    def test_a_count_between_the_total_and_its_list_stops_the_look_back(
        self, parts: list[int], other: int
    ) -> None:
        page = _standard_page(
            f"2024年,我乡累计主动公开政府信息{sum(parts) + 40}条。组织培训{other}次。"
            f"其中发布公示公告{parts[0]}条、村务公开{parts[1]}条。",
            2024,
        )
        assert not _mismatch(page)

    @SETTINGS
    @given(parts=st.lists(st.integers(1, 80), min_size=4, max_size=4), off=st.sampled_from([0, 0, 80]))
    def test_a_part_that_lost_its_unit(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page(
            f"2024年,我乡累计主动公开政府信息{total}条,其中工作动态{parts[0]}条,结果公开类{parts[1]}条,"
            f"重点领域信息公开{parts[2]}村务公开{parts[3]}条。",
            2024,
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    @SETTINGS
    @given(count=st.integers(1, 80), hotline=st.sampled_from([12345, 96110]))
    def test_a_number_inside_a_name_is_no_part(self, count: int, hotline: int) -> None:
        page = _standard_page(
            f"2024年,我乡累计主动公开政府信息{count + 5}条,其中工作动态5条,市级{hotline}热线处理{count}条。",
            2024,
        )
        assert not _mismatch(page)

    @pytest.mark.parametrize(
        "body",
        [
            # an approximate total (余) is no figure to sum against (the parts add to 16)
            (
                "(一)主动公开。2024年我乡法定主动公开内容15余条。其中:领导介绍及机构设置1条,政策解读1条,"
                "公共文化服务3条,扶贫脱贫5条,政府信息公开工作落实情况4条,其他类信息2条。"
            ),
            # a two-level total: 51 = 29 + 22, and the list after 包括 breaks down the 29 only
            (
                "2024年,青山乡主动公开信息共51条。其中公开政府信息29条,包括机构职能13条,其他文件2条,规划计划1条,"
                "人事信息1条,公开年报2条,财政预决算2条,法治政府3条,重大行政决策3条,调查征集和反馈2条。"
                "利用广播、报纸、展板等其他方式公开政府信息数22条。"
            ),
        ],
    )
    def test_the_traps_stay_silent(self, body: str) -> None:
        assert not _mismatch(_standard_page(body, 2024))


# --------------------------------------------------------------------------------------------------
# (c) Table 四 glued with one digit per cell
# --------------------------------------------------------------------------------------------------

TABLE4_HEAD = (
    "四、政府信息公开行政复议与行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉"
    "复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
)


def _table4_page(digits: str) -> str:
    return (
        _standard_page("2025年，我局认真贯彻落实《条例》。", 2025)
        + TABLE4_HEAD
        + digits
        + "五、存在的主要问题及改进情况2025年，我局政府信息公开工作取得一定成效。\n"
    )


class TestTable4DigitPerCell:
    @SETTINGS
    @given(cells=st.lists(st.integers(0, 9), min_size=15, max_size=15))
    def test_fifteen_digits_are_read_one_per_cell(self, cells: list[int]) -> None:
        consistent = all(sum(cells[i : i + 4]) == cells[i + 4] for i in range(0, 15, 5))
        result = audit(_table4_page("".join(map(str, cells))), source="p")
        codes = [finding.code for finding in result.findings]
        assert result.tables["table4"] == cells
        errors = [
            f.code for f in result.findings if f.severity is Severity.ERROR and f.code.startswith("table4.")
        ]
        assert not errors  # a reading one digit per cell is never sure enough for an error
        assert ("audit.digit_per_cell" in codes) == (not consistent)
        assert ("table4.sum" in codes) == (not consistent)

    def test_a_run_shorter_than_the_cells_stays_unread(self) -> None:
        result = audit(_table4_page("01000000000000"), source="p")
        assert all(cell is None for cell in result.tables["table4"])
        assert "table4.sum" not in [finding.code for finding in result.findings]
