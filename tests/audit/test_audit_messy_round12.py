"""Issue 12, twelfth round: the classes behind blind set 11's misses (docs/audit.md, "Twelfth round").

(a) one format-exclusive label on a page whose tables cannot be read whole (a ``规范性文件`` cut out of the prose) does
not decide its format: two are needed, and none of the other format's; the year decides otherwise.
(b) a year written in a whole date (``2019年3月26日``, when the page was written) does not count toward the prose's
commonest year.
(c) ``未发生因政府信息公开申请引发的行政复议`` is about reviews: it is no zero of requests.
(d) a hotline's number in a part's name (``12345服务热线转办件2件``) and a rate after the list (``回复率达到了100%``) are
no counts: parts above their total are found.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from tests.audit.messy import SETTINGS, opening


class TestOneLabelIsNoFormat:
    @SETTINGS
    @given(
        year=st.integers(2022, 2025), count=st.integers(1, 40), then=st.sampled_from(["和废止", "及", "与"])
    )
    def test_a_label_word_of_the_prose_leaves_the_year_deciding(
        self, year: int, count: int, then: str
    ) -> None:
        page = opening(year) + (
            f"（三）政府信息管理。对行政规范性文件进行清理，现行有效的行政规范性文件{count}件，"
            f"未制发规范性文件{then}规范性文件。\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
        )
        result = audit(page, source="p")
        assert result.format == "2021"
        assert not [finding for finding in result.findings if finding.code == "audit.format_by_labels"]

    @SETTINGS
    @given(year=st.integers(2022, 2025), columns=st.integers(2, 3))
    def test_two_labels_of_the_2019_header_still_decide(self, year: int, columns: int) -> None:
        header = " | ".join(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"][: columns + 1])
        page = opening(year) + f"二、主动公开政府信息情况\n第二十条第(一)项 | |||\n{header}\n"
        result = audit(page, source="p")
        assert result.format == "2019"
        assert [finding.code for finding in result.findings if finding.code == "audit.format_by_labels"] == [
            "audit.format_by_labels"
        ]


class TestAWholeDateIsNoReportYear:
    @SETTINGS
    @given(
        year=st.integers(2009, 2017),
        month=st.integers(1, 12),
        day=st.integers(1, 28),
        items=st.integers(1, 999),
    )
    def test_the_year_named_on_its_own_decides(self, year: int, month: int, day: int, items: int) -> None:
        page = (
            f"{year + 1}年{month}月{day}日本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、概述\n"
            "我单位领导高度重视信息公开工作，把信息公开工作列入重要议事日程。\n二、主动公开政府信息情况\n"
            f"我委{year}年共主动公开政府信息{items}条，全文电子化率100%。\n"
        )
        assert audit(page, source="p").year == year

    @SETTINGS
    @given(year=st.integers(2009, 2017), month=st.integers(1, 12), day=st.integers(1, 28))
    def test_a_page_naming_only_whole_dates_keeps_them(self, year: int, month: int, day: int) -> None:
        page = (
            f"本报告于{year}年{month}月{day}日编制。\n一、概述\n我单位领导高度重视信息公开工作。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息若干条。\n"
        )
        assert audit(page, source="p").year == year


def _requests(page: str) -> int | None:
    values = [
        figure.value for figure in audit(page, source="p").figures if figure.name == "requests_received"
    ]
    return int(values[0]) if values else None


class TestAReviewCausedByARequest:
    @SETTINGS
    @given(
        year=st.integers(2022, 2025),
        requests=st.integers(1, 300),
        verb=st.sampled_from(["引发的", "导致的", "引起的", "而引发的", "提起的"]),
    )
    def test_no_review_is_no_zero_of_requests(self, year: int, requests: int, verb: str) -> None:
        page = opening(year) + (
            f"（三）认真规范处理依申请公开。全年共收到政府信息公开申请{requests}件，"
            f"未发生因政府信息公开申请{verb}行政复议或行政诉讼。\n"
        )
        assert _requests(page) == requests

    @SETTINGS
    @given(year=st.integers(2022, 2025))
    def test_no_request_is_still_a_zero(self, year: int) -> None:
        page = opening(year) + "（三）依申请公开。全年未收到政府信息公开申请，未发生行政复议或行政诉讼。\n"
        assert _requests(page) == 0


def _counts(page: str) -> list[tuple[str, str]]:
    return [
        (finding.code, finding.severity.value)
        for finding in audit(page, source="p").findings
        if finding.code.endswith("count_mismatch")
    ]


class TestHotlinesAndRates:
    @SETTINGS
    @given(
        year=st.integers(2022, 2025),
        parts=st.lists(st.integers(0, 60), min_size=3, max_size=3),
        excess=st.integers(-3, 3),
        hotline=st.sampled_from(["12345服务热线", "12345政务服务热线", "12348热线"]),
    )
    def test_parts_above_the_total_are_found(
        self, year: int, parts: list[int], excess: int, hotline: str
    ) -> None:
        total = max(sum(parts) - excess, 1)
        page = opening(year) + (
            f"办理各类来信来访{total}件,其中政策咨询类{parts[0]}件,信访件{parts[1]}件,"
            f"{hotline}转办件和市长信箱转办件{parts[2]}件,均在规定的时间内回复,回复率和办结率达到了100%。\n"
        )
        found = _counts(page)
        if sum(parts) > total:
            assert found == [("text.count_mismatch", "warning")]
        else:
            assert found == []
