"""Issue 12, third round: classes seen on the second blind set, each tested on pages written here.

(a) prose-only excerpts that open at 一、总体情况 with the sub-headings （一）主动公开情况 / （二）依申请公开情况;
(b) a lone number in a row that lost its empty cells stays unread; (c) totals written in 万;
(d) the request wordings 申请受理N条 and 没有接到群众申请.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from disclosure_rules._labels import TABLE3_COLUMNS

SETTINGS = settings(max_examples=10, deadline=None)
SUBSECTIONS = ("主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况")
NUMERALS = "一二三四五"


def _figures(page: str) -> dict[str, object]:
    return {figure.name: figure.value for figure in audit(page, source="p").figures}


class TestProseOnlyExcerpts:
    @SETTINGS
    @given(
        year=st.integers(2020, 2025),
        count=st.integers(0, 5000),
        which=st.integers(0, len(SUBSECTIONS) - 1),
    )
    def test_overview_with_a_sub_heading_is_a_report(self, year: int, count: int, which: int) -> None:
        page = (
            f"一、总体情况\n{year}年，我局认真贯彻落实《条例》，推进政务公开。\n"
            f"（{NUMERALS[which]}）{SUBSECTIONS[which]}\n全年主动公开政府信息{count}条。\n"
        )
        result = audit(page, source="p")
        assert result.format == ("2021" if year >= 2021 else "2019")
        assert result.year == year

    def test_sub_headings_alone_are_no_report(self) -> None:
        page = "（一）主动公开情况\n要求各单位及时公开。\n（二）依申请公开情况\n要求各单位按时答复。\n"
        with pytest.raises(AuditError) as raised:
            audit(page, source="p")
        assert raised.value.code == "audit.unrecognised_format"


class TestLoneNumber:
    @SETTINGS
    @given(number=st.integers(0, 50), row=st.integers(0, 3))
    def test_a_lone_number_stays_unread(self, number: int, row: int) -> None:
        labels = [
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
            "四、结转下年度继续办理",
        ]
        lines = ["青山镇2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况"]
        lines += [column.label for column in TABLE3_COLUMNS]
        lines += [labels[row], str(number), "五、存在的主要问题及改进情况"]
        result = audit("\n".join(lines) + "\n", source="p")
        assert all(value is None for table_row in result.tables["table3"] for value in table_row)

    def test_two_numbers_with_one_placement_are_placed(self) -> None:
        lines = ["青山镇2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况"]
        lines += [column.label for column in TABLE3_COLUMNS]
        lines += ["一、本年新收政府信息公开申请数量", "5", "0", "五、存在的主要问题及改进情况"]
        result = audit("\n".join(lines) + "\n", source="p")
        assert result.tables["table3"][0] == [None] * 7  # 5 then 0: no placement has 总计 = the sum


def _legacy(sentence: str) -> str:
    return f"青山市2015年政府信息公开工作年度报告\n一、概述\n{sentence}\n"


class TestTenThousands:
    @SETTINGS
    @given(parts=st.lists(st.integers(1, 90_000), min_size=2, max_size=4))
    def test_stray_wan_is_an_inconsistency(self, parts: list[int]) -> None:
        """A total written N万条 whose parts add to N条: the page is inconsistent (10,000 × N ≠ N)."""
        total = sum(parts)
        names = ["政府网站", "政府公报", "新闻发布会", "政务微博"]
        listed = "，".join(f"{name}公开{count}条" for name, count in zip(names, parts, strict=False))
        result = audit(_legacy(f"全年主动公开政府信息{total}万条，其中{listed}。"), source="p")
        found = [f for f in result.findings if f.code == "legacy.count_mismatch"]
        assert found
        assert f"{total}万条" in found[0].message
        assert not [f for f in result.findings if f.code == "legacy.share_mismatch"]

    @SETTINGS
    @given(tenths=st.integers(10, 99), offset=st.integers(-499, 499))
    def test_rounded_wan_total_fits_its_parts(self, tenths: int, offset: int) -> None:
        """1.5万条 is 15,000 to the nearest thousand: parts within 500 of it fit, parts farther do not."""
        exact = tenths * 1000 + offset
        first = exact // 2
        second = exact - first
        written = f"{tenths // 10}.{tenths % 10}"
        sentence = f"全年主动公开政府信息{written}万条，其中政府网站公开{first}条，政府公报公开{second}条。"
        assert not [
            f for f in audit(_legacy(sentence), source="p").findings if f.code == "legacy.count_mismatch"
        ]
        far = f"全年主动公开政府信息{written}万条，其中政府网站公开{first + 600}条，政府公报公开{second}条。"
        if abs(exact + 600 - tenths * 1000) > 500:
            assert [f for f in audit(_legacy(far), source="p").findings if f.code == "legacy.count_mismatch"]


class TestRequestWordings:
    @SETTINGS
    @given(count=st.integers(1, 500), unit=st.sampled_from(["件", "条"]))
    def test_application_accepted(self, count: int, unit: str) -> None:
        page = (
            f"青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度政府信息公开申请受理{count}{unit}。\n"
        )
        assert _figures(page).get("requests_received") == count

    @SETTINGS
    @given(who=st.sampled_from(["群众", "公民", "任何"]))
    def test_no_application_received(self, who: str) -> None:
        page = f"青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度没有接到{who}申请。\n"
        assert _figures(page).get("requests_received") == 0

    def test_review_request_is_not_a_request(self) -> None:
        page = "青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度没有接到群众提出的行政复议申请。\n"
        assert "requests_received" not in _figures(page)
