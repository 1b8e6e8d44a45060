"""Auditor on messy pages: figures read from prose — request wordings and counts, shares, running totals, review
and lawsuit counts, units.

The tests come from the messy-page rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from disclosure_rules import AnnualReport2021
from disclosure_rules._audit import AuditError, audit
from disclosure_rules._audit._documents import tidy_layout_text
from disclosure_rules._labels import SECTION_HEADINGS, TABLE2_CELLS_2021, TABLE3_COLUMNS
from disclosure_rules._shares import one_unit_slip, share_fits, truncation_fits
from disclosure_rules._validation import Severity
from tests.audit.messy import (
    _LEGACY_OPENING,
    _OPENING_R9,
    _STANDARD_OPENING,
    COUNTS,
    HEAD,
    LEGACY_YEARS,
    SETTINGS,
    SETTINGS_R4,
    SETTINGS_R5,
    SETTINGS_R9,
    STANDARD_YEARS,
    TAIL,
    _counts,
    _figure,
    _figures,
    _findings,
    _findings_r9,
    _mismatch,
    _proactive,
    _prose_page,
    _standard_page_r6,
    audited,
    codes_of,
    figure_of,
    legacy_page,
    opening,
    value_of,
)
from tests.audit.pages import report_text
from tests.strategies import consistent_reports_2019, consistent_reports_2021

if TYPE_CHECKING:
    from disclosure_rules._models import AnnualReport2019

SETTINGS_R3 = settings(max_examples=10, deadline=None)


SUBSECTIONS = ("主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况")


NUMERALS = "一二三四五"


def _legacy(sentence: str) -> str:
    return f"青山市2015年政府信息公开工作年度报告\n一、概述\n{sentence}\n"


# (c) Figure wordings
STANDARD = "青山镇{year}年政府信息公开工作年度报告\n一、总体情况\n{sentence}\n"


def _standard_page(sentence: str) -> str:
    return (
        "青山区公安局2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{sentence}\n"
    )


def _legacy_page(proactive: str, requests: str) -> str:
    return (
        "青山镇2018年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、主动公开政府信息情况\n{proactive}\n二、依申请公开政府信息情况\n{requests}\n"
        "三、因政府信息公开申请提起行政复议、行政诉讼的情况\n"
        "全年未发生因政府信息公开而被申请行政复议、提起行政诉讼的案件。\n"
    )


def _percent(count: int, base: int, rounding: str) -> Decimal:
    return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal("0.1"), rounding=rounding)


_OUTCOMES = [
    "同意公开的",
    "同意部分公开",
    "不予公开的",
    "信息不存在的",
    "非本机关政府信息的",
    "申请内容不明确的",
]


def _requests(page: str) -> int | None:
    values = [
        figure.value for figure in audit(page, source="p").figures if figure.name == "requests_received"
    ]
    return int(values[0]) if values else None


def _counts_r12(page: str) -> list[tuple[str, str]]:
    return [
        (finding.code, finding.severity.value)
        for finding in audit(page, source="p").findings
        if finding.code.endswith("count_mismatch")
    ]


REQUEST_WORDINGS = [
    "收到政府信息公开申请{n}项，全部予以公开",
    "我局收到申请总数为{n}起",
    "共收到依申请公开信息申请{n}起",
    "收到申请人申请公开政府信息{n}起",
    "受理并按时回复政府信息依申请公开事项{n}项",
    "收到申请公开政府信息的要求{n}件，完成答复",
    "我局收到依申请公开{n}项，并在规定时间内办结",
    "政府信息依申请公开系统共收到{n}宗信息",
    "我镇依申请公开请求{n}件",
    "本单位发生依申请公开{n}次",
]


NEGATIONS = ["不予", "免予", "不", "暂不", "未", "依法不予"]


VERBS = ["有", "为", "共"]


TO_DATE = ["到目前", "到现在", "迄今", "到当前"]


def _rounded(count: int, base: int) -> Decimal:
    return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


CUT_OFFS = ["截至{y}年底,", "截止{y}年末,", "到{y}年底", "截至{y}年12月底，我局", "到{y}年末", "截至年底，"]


HEADINGS = {heading.numeral: heading.label for heading in SECTION_HEADINGS}


def _with_table2(report: AnnualReport2021, decisions: int) -> AnnualReport2021:
    """The report with a table 二 whose count cells hold small numbers and 行政许可's decisions ``decisions``."""
    cells = {
        spec.key: index % 3 for index, spec in enumerate(TABLE2_CELLS_2021) if spec.value_kind == "count"
    }
    cells["行政许可.本年处理决定数量"] = decisions
    return report.model_copy(update={"proactive_disclosure": AnnualReport2021.table2_from_mapping(cells)})


def _with_table2_sentence(report: AnnualReport2021, sentence: str) -> str:
    page = report_text(report, "\t")
    return page.replace("本年度政府信息公开工作有序推进。", f"本年度政府信息公开工作有序推进。{sentence}", 1)


def _mixed(report: AnnualReport2021, table2_of: AnnualReport2019) -> str:
    """The 2021 report's page with table 二 as the 2019 report prints it (pingtan_shs_2021's template)."""
    page, other = report_text(report, "\t"), report_text(table2_of, "\t")

    def table2(text: str) -> str:
        return text[text.index(HEADINGS["二"]) : text.index(HEADINGS["三"])]

    return page.replace(table2(page), table2(other), 1)


# Round 3 (formerly test_audit_messy_round3.py; see MESSY_ROUNDS.md).
class TestProseOnlyExcerpts:
    @SETTINGS_R3
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
    @SETTINGS_R3
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


class TestTenThousands:
    @SETTINGS_R3
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

    @SETTINGS_R3
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
    @SETTINGS_R3
    @given(count=st.integers(1, 500), unit=st.sampled_from(["件", "条"]))
    def test_application_accepted(self, count: int, unit: str) -> None:
        page = (
            f"青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度政府信息公开申请受理{count}{unit}。\n"
        )
        assert _figures(page).get("requests_received") == count

    @SETTINGS_R3
    @given(who=st.sampled_from(["群众", "公民", "任何"]))
    def test_no_application_received(self, who: str) -> None:
        page = f"青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度没有接到{who}申请。\n"
        assert _figures(page).get("requests_received") == 0

    def test_review_request_is_not_a_request(self) -> None:
        page = "青山镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度没有接到群众提出的行政复议申请。\n"
        assert "requests_received" not in _figures(page)


# Round 4 (formerly test_audit_messy_round4.py; see MESSY_ROUNDS.md).
class TestWhichTotal:
    @SETTINGS_R4
    @given(parts=st.lists(st.integers(1, 900), min_size=2, max_size=5), carried=st.integers(1, 99))
    def test_a_count_that_is_itself_a_part_is_no_total(self, parts: list[int], carried: int) -> None:
        """ "…答复1453件，包括上年结转申请30件。其中，予以公开966件…": the list breaks down 1453, not the 30."""
        kinds = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理")
        listed = "，".join(f"{kind}{n}件" for kind, n in zip(kinds, parts, strict=False))
        body = f"全区共完成政府信息公开答复{sum(parts)}件，包括上年结转{carried}件。其中，{listed}。"
        result = audit(STANDARD.format(year=2022, sentence=body), source="p")
        assert not [f for f in result.findings if f.code.startswith("text.")]

    @SETTINGS_R4
    @given(a=st.integers(1, 90), b=st.integers(1, 90), documents=st.integers(1, 300))
    def test_an_introducer_inside_a_sentence_with_no_count(self, a: int, b: int, documents: int) -> None:
        """ "文件156件。所有政策文件均配发解读材料，其中文字解读62篇…": the 156 is not what the list breaks down."""
        body = f"公开市政府文件{documents}件。所有政策文件均配发解读材料，其中文字解读{a}篇，图文解读{b}篇。"
        result = audit(STANDARD.format(year=2022, sentence=body), source="p")
        assert not [f for f in result.findings if f.code.startswith("text.")]

    @SETTINGS_R4
    @given(a=st.integers(1, 90), b=st.integers(1, 90), off=st.integers(1, 9))
    def test_a_list_opening_the_next_sentence_still_checks_its_total(self, a: int, b: int, off: int) -> None:
        body = f"全年共主动公开政府信息{a + b + off}条。其中，工作动态{a}条，通知公告{b}条。"
        result = audit(STANDARD.format(year=2022, sentence=body), source="p")
        assert [f.code for f in result.findings if f.code.startswith("text.")] == ["text.count_mismatch"]


class TestWordings:
    @SETTINGS_R4
    @given(
        count=st.integers(0, 99999),
        wording=st.sampled_from(
            [
                "本局{year}年度主动公开政府信息数不同渠道和方式公开相同信息计{n}条。",
                "全年主动公开发布包括政府工作、惠民服务、乡村振兴和安全环保等各项工作动态信息共计{n}条。",
                (
                    "{year}年我街道主动向社会公开政策文件、政策执行及落实、重点领域、财政预决算、工作动态、各类简报、"
                    "公共服务、行政处罚等信息{n}条。"
                ),
                "{year}年通过宣传栏、村“两委”会议等方式公开乡村振兴战略政策、产业发展等各类政府信息{n}条。",
                "截至{year}年12月31日，累计主动公开或更新信息共计{n}条。",
                "本局依托政府网站累计发布各类公开信息共计{n}条。",
                "共主动公开各类法律法规、业务工作、重点领域信息等政府服务信息{n}条。",
            ]
        ),
        year=st.integers(2021, 2025),
    )
    def test_proactive_totals(self, count: int, wording: str, year: int) -> None:
        page = STANDARD.format(year=year, sentence=wording.format(year=year, n=count))
        assert _figures(page)["proactive_total"] == count

    @SETTINGS_R4
    @given(count=st.integers(0, 500), year=st.integers(2021, 2025))
    def test_requests(self, count: int, year: int) -> None:
        sentence = f"本局{year}年度收到{count}件针对本部门有关政府信息公开事务的申请。"
        assert _figures(STANDARD.format(year=year, sentence=sentence))["requests_received"] == count
        sentence = f"{year}年园区管理系统中收到{count}封申请。"
        assert _figures(STANDARD.format(year=year, sentence=sentence))["requests_received"] == count

    @SETTINGS_R4
    @given(new=st.integers(0, 300), carried=st.integers(0, 30))
    def test_a_count_split_into_carried_over_and_new(self, new: int, carried: int) -> None:
        sentence = f"本年度内共受理政府信息公开申请{new + carried}件，其中上年结转{carried}件。"
        result = audit(STANDARD.format(year=2021, sentence=sentence), source="p")
        figure = next(f for f in result.figures if f.name == "requests_received")
        assert (figure.value, figure.label) == (new, "收到申请数")

    def test_no_review_no_lawsuit_and_cases_written_as_an(self) -> None:
        page = STANDARD.format(
            year=2024, sentence="全年共收到依申请公开共9件，未出现行政复议、行政诉讼等现象。"
        )
        assert _figures(page) == {"requests_received": 9, "administrative_reviews": 0, "lawsuits": 0}
        page = STANDARD.format(year=2019, sentence="发生行政复议案2件；发生行政诉讼案1件。")
        assert _figures(page) == {"administrative_reviews": 2, "lawsuits": 1}

    @SETTINGS_R4
    @given(count=st.integers(0, 20), year=st.integers(2021, 2025), unit=st.sampled_from("件起次"))
    def test_reviews_and_lawsuits_each(self, count: int, year: int, unit: str) -> None:
        """ "被申请行政复议、提起行政诉讼均为0件": 均 gives each its count (a sum of both, without 均, gives none)."""
        sentence = f"全年因政府信息公开被申请行政复议、提起行政诉讼均为{count}{unit}。"
        figures = _figures(STANDARD.format(year=year, sentence=sentence))
        assert (figures["administrative_reviews"], figures["lawsuits"]) == (count, count)
        together = _figures(STANDARD.format(year=year, sentence=f"涉行政复议、行政诉讼案件{count + 1}件。"))
        assert "lawsuits" not in together

    def test_six_kinds_of_tasks_are_no_category(self) -> None:
        page = HEAD + "市政府提出了6大类30条109项工作任务。全年共主动公开政府信息25条。" + TAIL
        assert _figures(page) == {"proactive_total": 25, "requests_received": 0}

    @pytest.mark.parametrize("indent", ["\t", "\t\t", ""])
    @pytest.mark.parametrize("stray", ["", " |"])
    def test_indented_paragraphs_and_a_stray_pipe_are_prose(self, indent: str, stray: str) -> None:
        page = (
            "青山镇2024年政府信息公开工作年度报告\n"
            f"{indent}(一)主动公开信息情况。2024年，我局累计公开政府信息276条，全年共收到申请9件。{stray}\n"
        )
        assert _figures(page) == {"proactive_total": 276, "requests_received": 9}


# Round 5 (formerly test_audit_messy_round5.py; see MESSY_ROUNDS.md).
class TestLaterShares:
    @SETTINGS_R5
    @given(
        parts=st.lists(st.integers(1, 400), min_size=3, max_size=3),
        off=st.sampled_from([0, 0, 1, 3]),
        year=st.sampled_from([2016, 2017, 2021, 2023]),
    )
    @example(parts=[253, 147, 400], off=0, year=2016)  # 31.625 %: printed 31.63 (四舍五入), not 31.62
    def test_a_share_named_in_the_next_sentence_is_checked(
        self, parts: list[int], off: int, year: int
    ) -> None:
        total = sum(parts)
        # 四舍五入 at two places, as reports print shares (a float's round() goes to even at an exact half).
        share = (Decimal(100 * parts[0]) / total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) + off
        page = _prose_page(
            year,
            f"{year}年制作、获取政府信息总数{total}条，其中主动公开政府信息{parts[0]}条，"
            f"依申请公开信息数{parts[1]}条，不予公开信息数{parts[2]}条。主动公开的政府信息占{share}%。",
        )
        found = _findings(page, "share_mismatch")
        if off:
            assert found
            assert all(severity is Severity.WARNING for _, severity in found)
        else:
            assert not found

    @SETTINGS_R5
    @given(parts=st.lists(st.integers(1, 400), min_size=3, max_size=3))
    def test_a_share_of_something_not_in_the_list_is_left_alone(self, parts: list[int]) -> None:
        total = sum(parts)
        page = _prose_page(
            2021,
            f"2021年制作、获取政府信息总数{total}条，其中主动公开政府信息{parts[0]}条，"
            f"依申请公开信息数{parts[1]}条，不予公开信息数{parts[2]}条。网站信息占97.3%。",
        )
        assert not _findings(page, "share_mismatch")


class TestWordingsRound5:
    @SETTINGS_R5
    @given(count=st.integers(0, 300))
    def test_requests_with_a_long_qualifier(self, count: int) -> None:
        for sentence in (
            f"收到公民、法人或其他组织提交政府信息公开申请{count}条。",
            f"2023年，我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计{count}件。",
            f"2023年接收通过邮寄、网络提交的各类政府信息公开申请{count}件，均按时办结。",
            f"2023年度依申请公开数为{count}件，已全部答复。",
        ):
            assert _figures(_standard_page(sentence))["requests_received"] == count, sentence

    @SETTINGS_R5
    @given(count=st.integers(1, 900), field=st.sampled_from(["公安", "财政", "教育"]))
    def test_a_total_with_the_agencys_field(self, count: int, field: str) -> None:
        page = _standard_page(f"全年累计公开{field}政府信息{count}条，全文电子化达100%。")
        assert _figures(page)["proactive_total"] == count

    @SETTINGS_R5
    @given(count=st.integers(1, 900), part=st.sampled_from(["其他", "重点", "部分", "相关"]))
    def test_a_part_named_before_the_information_is_no_total(self, count: int, part: str) -> None:
        page = _standard_page(f"2023年，我局主动公开{part}政府信息{count}条。")
        assert "proactive_total" not in _figures(page)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("政府信息公开行政复议、行政诉讼0条。", (0, 0)),
            ("政府信息公开行政复议和行政诉讼0件。", (0, 0)),
            ("政府信息公开行政复议、行政诉讼5件。", (None, None)),
        ],
    )
    def test_reviews_and_lawsuits_together(
        self, sentence: str, expected: tuple[int | None, int | None]
    ) -> None:
        """A count of both together is neither figure, unless it is 0."""
        figures = _figures(_standard_page(sentence))
        assert (figures.get("administrative_reviews"), figures.get("lawsuits")) == expected

    def test_legacy_request_wordings(self) -> None:
        legacy = (
            "青山区财政局2017年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "一、概述\n2017年，我局认真贯彻落实条例。\n三、政府信息依申请公开工作情况\n{}\n"
        )
        assert _figures(legacy.format("2017年我局收到1项有关政府信息公开的申请。"))["requests_received"] == 1
        assert _figures(legacy.format("没有收到过相关申请。"))["requests_received"] == 0
        assert "requests_received" not in _figures(legacy.format("没有收到过相关复议申请。"))


# Round 6 (formerly test_audit_messy_round6.py; see MESSY_ROUNDS.md).
# (a) Prose figures: right or none
class TestRequestFigures:
    @SETTINGS_R5
    @given(count=st.integers(1, 60))
    def test_a_review_never_applied_for_is_no_count_of_requests(self, count: int) -> None:
        """The request count is the one the page states, never 0 from the sentence about reviews."""
        page = _legacy_page(
            "我镇今年主动公开政府信息30条。", f"2018年,发生{count}起依申请公开政府信息情况,后撤销申请。"
        )
        figures = _figures(page)
        assert figures["requests_received"] == count
        assert figures["administrative_reviews"] == 0

    @SETTINGS_R5
    @given(count=st.integers(0, 60))
    def test_requests_accepted_under_on_request_disclosure(self, count: int) -> None:
        page = _standard_page_r6(
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


class TestImpliedAndDistantTotals:
    @SETTINGS_R5
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

    @SETTINGS_R5
    @given(parts=st.lists(st.integers(1, 80), min_size=3, max_size=3), off=st.sampled_from([0, 0, 3, 80]))
    def test_a_list_past_sentences_with_no_count(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page_r6(
            f"2024年,我乡累计主动公开政府信息{total}条,内容涵盖决策公开、执行公开和村务公开等多个领域。"
            f"全方位展示了政府工作的重点与成效。其中发布公示公告{parts[0]}条、决策公开类{parts[1]}条,"
            f"村务公开{parts[2]}条。",
            2024,
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    @SETTINGS_R5
    @given(parts=st.lists(st.integers(1, 80), min_size=3, max_size=3), off=st.integers(1, 50))
    def test_a_distant_list_ending_in_etc_is_no_sum(self, parts: list[int], off: int) -> None:
        page = _standard_page_r6(
            f"2024年,我乡累计主动公开政府信息{sum(parts) + off}条,内容涵盖多个领域。全方位展示了工作成效。"
            f"其中发布公示公告{parts[0]}条、决策公开类{parts[1]}条,村务公开{parts[2]}条等。",
            2024,
        )
        assert not _mismatch(page)

    @SETTINGS_R5
    @given(parts=st.lists(st.integers(1, 80), min_size=2, max_size=2), other=st.integers(1, 9))
    def test_a_count_between_the_total_and_its_list_stops_the_look_back(
        self, parts: list[int], other: int
    ) -> None:
        page = _standard_page_r6(
            f"2024年,我乡累计主动公开政府信息{sum(parts) + 40}条。组织培训{other}次。"
            f"其中发布公示公告{parts[0]}条、村务公开{parts[1]}条。",
            2024,
        )
        assert not _mismatch(page)

    @SETTINGS_R5
    @given(parts=st.lists(st.integers(1, 80), min_size=4, max_size=4), off=st.sampled_from([0, 0, 80]))
    def test_a_part_that_lost_its_unit(self, parts: list[int], off: int) -> None:
        total = sum(parts) + off
        page = _standard_page_r6(
            f"2024年,我乡累计主动公开政府信息{total}条,其中工作动态{parts[0]}条,结果公开类{parts[1]}条,"
            f"重点领域信息公开{parts[2]}村务公开{parts[3]}条。",
            2024,
        )
        found = _mismatch(page)
        assert bool(found) == bool(off)
        assert all(severity is Severity.WARNING for _, severity in found)

    @SETTINGS_R5
    @given(count=st.integers(1, 80), hotline=st.sampled_from([12345, 96110]))
    def test_a_number_inside_a_name_is_no_part(self, count: int, hotline: int) -> None:
        page = _standard_page_r6(
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
        assert not _mismatch(_standard_page_r6(body, 2024))


# Round 7 (formerly test_audit_messy_round7.py; see MESSY_ROUNDS.md).
class TestRunningTotal:
    @SETTINGS_R5
    @given(
        running=st.integers(500, 5000),
        year_count=st.integers(1, 499),
        since=st.sampled_from(["截至目前，", "截止目前，", "截至今，"]),
        year_words=st.sampled_from(["2019年度", "本年度", "今年", "全年"]),
    )
    def test_the_year_clause_is_read(
        self, running: int, year_count: int, since: str, year_words: str
    ) -> None:
        page = (
            "青山县公安局2019年政府信息公开工作年度报告\n一、总体情况\n"
            f"（一）主动公开情况{since}我局在门户网站累计主动公开政府信息{running}条，全文电子化达100%，"
            f"其中{year_words}我局共主动公开政府信息{year_count}条。\n"
        )
        assert _figures(page).get("proactive_total") == year_count

    @SETTINGS_R5
    @given(running=st.integers(500, 5000), since=st.sampled_from(["截至目前，", "自2008年以来，"]))
    def test_a_running_total_alone_gives_none(self, running: int, since: str) -> None:
        page = (
            "青山县公安局2019年政府信息公开工作年度报告\n一、总体情况\n"
            f"（一）主动公开情况{since}我局累计主动公开政府信息{running}条。\n"
        )
        assert "proactive_total" not in _figures(page)


# Round 8 (formerly test_audit_messy_round8.py; see MESSY_ROUNDS.md).
@SETTINGS_R5
@given(count=st.integers(0, 500), gap=st.integers(1, 8))
def test_a_purchase_count_keeps_its_unit(count: int, gap: int) -> None:
    # 政府集中采购 "2     笔": layout padding between a count and its unit (笔, the purchases' unit)
    assert f" {count}笔 " in tidy_layout_text(
        f"采购项目数量 采购总金额 政府集中采购 {count}{' ' * gap}笔 984361元\n"
    )


class TestNoDemandToDisclose:
    @SETTINGS_R5
    @given(
        who=st.sampled_from(["", "群众", "公民", "社会公众"]),
        verb=st.sampled_from(["未接到", "没有收到", "未收到"]),
        tail=st.sampled_from(["的信息", "政府信息的情况", ""]),
        legacy=st.booleans(),
    )
    def test_no_demand_is_no_request(self, who: str, verb: str, tail: str, *, legacy: bool) -> None:
        year = 2016 if legacy else 2025
        page = (
            f"青山街道{year}年政府信息公开工作年度报告\n一、总体情况\n本年度，{verb}{who}要求公开{tail}。\n"
        )
        assert _figure(page, "requests_received") == 0


# Round 9 (formerly test_audit_messy_round9.py; see MESSY_ROUNDS.md).
class TestRequestShares:
    @SETTINGS_R9
    @given(
        online=st.integers(1, 900),
        letters=st.integers(1, 300),
        desk=st.integers(1, 60),
        skew=st.integers(-3, 3),
    )
    def test_a_share_is_checked_by_rounding_half_up(
        self, online: int, letters: int, desk: int, skew: int
    ) -> None:
        total = online + letters + desk
        rounded = _percent(desk, total, ROUND_HALF_UP)
        truncated = _percent(desk, total, ROUND_DOWN)
        printed = rounded + Decimal("0.1") * skew
        assume(printed >= 0)
        page = (
            _OPENING_R9 + f"（二）依申请公开。2023年，共收到政府信息公开申请{total}件。"
            f"其中，通过网站提交申请表的{online}件，占比{_percent(online, total, ROUND_HALF_UP)}%；"
            f"通过信函提交申请的{letters}件，占比{_percent(letters, total, ROUND_HALF_UP)}%；"
            f"当面提交{desk}件，占比{printed}%。\n"
        )
        found = _findings_r9(page, "share_mismatch")
        if printed in {rounded, truncated}:
            # a share rounded or cut at its printed precision is consistent (share_consistent, round 24)
            assert found == []
        else:
            # any other wrong share a warning (2021 format)
            assert found == [("text.share_mismatch", "warning")]

    @SETTINGS_R9
    @given(first=st.integers(1, 60), second=st.integers(1, 60))
    def test_a_truncated_share_is_never_an_error(self, first: int, second: int) -> None:
        total = first + second
        shares = [
            _percent(count, total, ROUND_DOWN).quantize(Decimal(1), rounding=ROUND_DOWN)
            for count in (first, second)
        ]
        page = (
            "青山镇2016年政府信息公开工作年度报告\n一、概述\n"
            f"截止2016年12月31日，全镇累计主动公开政府信息{total}条。其中，网上公开信息{first}条，"
            f"所占比例为{shares[0]}%，政务公开栏上公开{second}条，所占比例为{shares[1]}%。\n"
        )
        assert all(severity == "warning" for _, severity in _findings_r9(page, "share_mismatch"))


class TestRequestFiguresRound9:
    @SETTINGS_R9
    @given(total=st.integers(2, 400), unit=st.sampled_from(["例", "件"]))
    def test_a_part_after_qizhong_is_never_the_requests(self, total: int, unit: str) -> None:
        part = total // 2 or 1
        page = (
            _OPENING_R9
            + f"2023年我局共受理依申请政府信息公开事项{total}{unit}，其中通过网络收到申请{part}件，"
            f"通过来信收到申请{total - part}件，全部按时办结。\n"
        )
        assert _figure(page, "requests_received") == total

    @SETTINGS_R9
    @given(total=st.integers(2, 400), part=st.integers(1, 400))
    def test_an_unread_total_leaves_its_part_unread(self, total: int, part: int) -> None:
        page = _OPENING_R9 + f"我局共处理依申请公开事项{total}宗次，其中通过网络收到申请{part}件。\n"
        assert _figure(page, "requests_received") is None

    @SETTINGS_R9
    @given(since=st.integers(100, 900), year=st.integers(1, 99))
    def test_a_total_over_the_years_is_never_the_years(self, since: int, year: int) -> None:
        page = _OPENING_R9 + f"历年以来主动公开信息数{since}条。2023年我单位共制作信息{year + 5}条。\n"
        assert _figure(page, "proactive_total") != since

    @SETTINGS_R9
    @given(made=st.integers(2, 400), share_words=st.sampled_from(["占比", "占", "所占比例为"]))
    def test_the_proactive_part_of_what_was_made_is_the_total(self, made: int, share_words: str) -> None:
        public = made // 2 or 1
        share = (Decimal(public) * 100 / made).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        page = (
            _OPENING_R9
            + f"2023年我单位共制作信息{made}条，其中主动公开信息数{public}条，{share_words}{share}%；"
            f"依申请公开信息数{made - public}条。\n"
        )
        assert _figure(page, "proactive_total") == public


# Round 11 (formerly test_audit_messy_round11.py; see MESSY_ROUNDS.md).
class TestOutcomesAboveAnswered:
    @SETTINGS_R9
    @given(
        answered=st.integers(1, 60),
        counts=st.lists(st.integers(0, 30), min_size=2, max_size=6),
        reasons=st.booleans(),
    )
    def test_outcomes_above_the_answered_are_a_warning(
        self, answered: int, counts: list[int], *, reasons: bool
    ) -> None:
        assume(max(counts) <= answered)
        sentences = []
        for label, count in zip(_OUTCOMES, counts, strict=False):
            sentences.append(f"“{label.removesuffix('的')}”的{count}件，主要涉及文物保护等信息。")
            if reasons:
                sentences.append("主要是因为该信息属于内部事务信息。")
        page = (
            _LEGACY_OPENING
            + "三、政府信息依申请公开情况\n"
            + f"本局2012年共受理信息公开申请{answered}件。\n"
            + f"在已经答复的{answered}件申请中，"
            + "\n".join(sentences)
            + "\n以组织名义提交的政府信息申请有2件。\n"
        )
        found = _counts(page)
        if sum(counts) > answered:
            assert found == [("legacy.count_mismatch", "warning", 0.8)]
        else:
            assert found == []


class TestCertainTotals:
    @SETTINGS_R9
    @given(
        made=st.integers(100, 5000),
        proactive=st.integers(1, 99),
        requested=st.integers(0, 99),
    )
    def test_parts_joined_by_a_dunhao_keep_the_proactive_part(
        self, made: int, proactive: int, requested: int
    ) -> None:
        page = (
            _STANDARD_OPENING
            + f"2024年我局共制发政府信息{made}条，其中主动公开政府信息{proactive}条、依申请公开{requested}条、"
            + f"不予公开{made - proactive - requested}条。\n"
        )
        assert _proactive(page) == proactive

    @SETTINGS_R9
    @given(made=st.integers(1, 5000), verb=st.sampled_from(["产生", "制作", "形成"]), already=st.booleans())
    def test_items_made_all_disclosed_are_the_total(self, made: int, verb: str, *, already: bool) -> None:
        page = _STANDARD_OPENING + f"全年累计{verb}政府信息{made}条，均{'已' if already else ''}主动公开。\n"
        assert _proactive(page) == made

    @SETTINGS_R9
    @given(total=st.integers(1, 5000), joint=st.sampled_from(["和", "及", "或"]))
    def test_disclosed_and_updated_is_the_total(self, total: int, joint: str) -> None:
        page = (
            _STANDARD_OPENING
            + f"2024年，县应急局主动公开{joint}更新了各类信息{total}条，全面公开机构职能等内容。\n"
        )
        assert _proactive(page) == total


class TestRequestWordingsRound11:
    @SETTINGS_R9
    @given(count=st.integers(0, 500), whom=st.sampled_from(["市政府及市政府办公室", "本街道办事处", "我局"]))
    def test_a_long_applicant_phrase_before_the_requests(self, count: int, whom: str) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开\n受理公民、法人和其他组织向{whom}提出的政府信息公开申请{count}件，均在法定时限内予以答复。\n"
        )
        assert _requests(page) == count

    @SETTINGS_R9
    @given(count=st.integers(0, 500))
    def test_a_review_application_is_never_a_request(self, count: int) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开\n受理公民、法人和其他组织对本机关政府信息公开行为提出的行政复议申请{count}件。\n"
        )
        assert _requests(page) is None

    @SETTINGS_R9
    @given(count=st.integers(0, 500))
    def test_requests_counted_as_matters(self, count: int) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开情况。2024年，我局共承办依申请公开政府信息事项{count}件，无当面申请件。\n"
        )
        assert _requests(page) == count


# Round 12 (formerly test_audit_messy_round12.py; see MESSY_ROUNDS.md).
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
        found = _counts_r12(page)
        if sum(parts) > total:
            assert found == [("text.count_mismatch", "warning")]
        else:
            assert found == []


# Round 13 (formerly test_audit_messy_round13.py; see MESSY_ROUNDS.md).
class TestRequestsInOtherUnitsAndWordings:
    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        requests=st.integers(1, 400),
        wording=st.sampled_from(REQUEST_WORDINGS),
    )
    def test_the_count_is_read_with_the_sentence_s_confidence(
        self, year: int, requests: int, wording: str
    ) -> None:
        page = opening(year) + f"（二）依申请公开情况。{year}年，{wording.format(n=requests)}。\n"
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert int(figure.value) == requests
        assert figure.confidence == 0.8

    @SETTINGS
    @given(year=st.integers(2021, 2025), requests=st.integers(1, 400))
    def test_a_count_with_no_unit_is_read_less_sure(self, year: int, requests: int) -> None:
        page = opening(year) + (
            f"（二）依申请公开情况。{year}年，我局收到公开政府信息的申请，依申请公开受理数量为{requests}，"
            "均按时答复。\n"
        )
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (requests, 0.6)

    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        requests=st.sampled_from([(1, "一"), (2, "两"), (3, "三"), (10, "十"), (12, "十二"), (45, "四十五")]),
        unit=st.sampled_from(["件", "条", "项"]),
    )
    def test_a_count_in_chinese_numerals(self, year: int, requests: tuple[int, str], unit: str) -> None:
        page = opening(year) + (
            f"（二）依申请公开。{year}年通过各类公开途径收到和处理政府信息公开申请{requests[1]}{unit}。\n"
        )
        assert value_of(page, "requests_received") == requests[0]

    @SETTINGS
    @given(year=st.integers(2021, 2025), handled=st.integers(1, 9999), carried=st.integers(0, 99))
    def test_requests_handled_are_no_requests_received(self, year: int, handled: int, carried: int) -> None:
        """Guard: 办理/处理 counts requests handled (those carried over too): unread, as before."""
        page = opening(year) + (
            f"各级行政机关累计办理政府信息公开申请{handled}件，结转下年度继续办理{carried}件。"
            f"全年处理政府信息公开申请{handled}条。\n"
        )
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=st.integers(2021, 2025), requests=st.integers(2, 400), part=st.integers(1, 400))
    def test_a_part_after_the_count_is_still_no_total(self, year: int, requests: int, part: int) -> None:
        """The new wording keeps the old rule: a count after 其中 is a part of the first count, never read instead."""
        page = opening(year) + (
            f"（二）依申请公开情况。{year}年，我镇依申请公开请求{requests}件，其中网络平台收到{part}件。\n"
        )
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        wording=st.sampled_from(
            ["未接收到依申请公开", "未接收到政府信息公开申请", "依申请受理信息公开申请:无"]
        ),
    )
    def test_no_request_stated_in_words_is_a_zero(self, year: int, wording: str) -> None:
        page = opening(year) + f"（二）依申请公开。{year}年我单位{wording}。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 99))
    def test_items_disclosed_on_request_are_no_requests(self, year: int, items: int) -> None:
        """Guard: 依申请公开信息数N条 counts items, not requests: unread."""
        page = opening(year) + (
            f"我局通过门户网站主动公开政府信息{items + 5}条，依申请公开信息数{items}条。\n"
        )
        assert value_of(page, "requests_received") is None


class TestNoLawsuitAndReviewCounts:
    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        wording=st.sampled_from(
            [
                "未发生因政府信息公开而引发的行政诉讼",
                "未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况",
                "全年未收到依申请公开事项，无行政诉讼案件",
            ]
        ),
    )
    def test_a_lawsuit_stated_not_to_have_happened_is_a_zero(self, year: int, wording: str) -> None:
        page = opening(year) + f"（四）{wording}。\n"
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=st.integers(2021, 2025), pending=st.integers(1, 20))
    def test_a_count_of_lawsuits_is_never_a_zero(self, year: int, pending: int) -> None:
        """Guard: a negation before a counted lawsuit (未审结的行政诉讼N件) is the count, never 0."""
        page = opening(year) + f"（四）本年度未审结的行政诉讼{pending}件。\n"
        assert value_of(page, "lawsuits") != 0

    @SETTINGS
    @given(year=st.integers(2020, 2025), reviews=st.integers(0, 50))
    def test_a_count_of_reviews_named_by_its_quantity(self, year: int, reviews: int) -> None:
        page = opening(year) + (
            f"（四）因政府信息公开申请行政复议、行政诉讼情况：{year}年政府信息公开行政复议数量{reviews}件。\n"
        )
        assert value_of(page, "administrative_reviews") == reviews


class TestProactiveTotals:
    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999))
    def test_the_count_of_items_with_a_de(self, year: int, items: int) -> None:
        page = (
            opening(year)
            + f"（一）主动公开政府信息情况。{year}年我局主动公开政府信息的数{items}条，主要包括应急管理。\n"
        )
        assert value_of(page, "proactive_total") == items

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999))
    def test_every_kind_listed_is_the_total(self, year: int, items: int) -> None:
        page = opening(year) + (
            f"（一）主动公开情况。强化重点工作信息公开，{year}年公开各类部门文件、工作计划总结、财政资金等信息{items}条。\n"
        )
        assert value_of(page, "proactive_total") == items

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999), part=st.integers(1, 9999))
    def test_one_channel_s_count_stays_unread(self, year: int, items: int, part: int) -> None:
        """Guard: a total of one channel (通过网站…) is not the proactive total."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，通过政府网站公开各类部门文件、财政资金等信息{items}条，其中工作动态{part}条。\n"
        )
        assert value_of(page, "proactive_total") is None


class TestSharesOfTheirOwnSum:
    @SETTINGS
    @given(
        first=st.integers(200, 3000),
        second=st.integers(200, 3000),
        proactive=st.integers(50, 150),
    )
    def test_shares_against_the_named_base_are_errors(self, first: int, second: int, proactive: int) -> None:
        """Guard (pingtan_ptx_2012): the base the page names is the proactive total; the shares do not fit it."""
        made = first + second
        share_1 = round(100 * first / made, 1)
        share_2 = round(100 - share_1, 1)
        page = (
            "平潭县人民政府2012年政府信息公开工作年度报告\n本报告所列数据的统计期限自2012年1月1日起至2012年12月31日。\n"
            "一、概述\n我县认真贯彻《条例》。\n二、主动公开政府信息情况\n"
            f"2012年制作、获取政府信息总数{made}条，其中主动公开政府信息{proactive}条。"
            f"主动公开的政府信息，县直各单位主动公开政府信息{first}条，占{share_1}%。"
            f"各乡镇主动公开政府信息{second}条，占{share_2}%。\n"
        )
        findings = audit(page, source="p").findings
        assert {f.code for f in findings if f.is_error} >= {"legacy.share_mismatch", "legacy.count_mismatch"}


# Round 14 (formerly test_audit_messy_round14.py; see MESSY_ROUNDS.md).
class TestRequestsWithTheUnitDropped:
    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        requests=st.integers(0, 999),
        verb=st.sampled_from(["受理", "收到", "接到"]),
        what=st.sampled_from(["申请公开政府信息", "政府信息公开申请", "公开申请"]),
    )
    def test_the_count_is_read_less_sure(self, year: int, requests: int, verb: str, what: str) -> None:
        page = opening(year) + f"（二）依申请公开情况。{year}年共{verb}{requests}{what}，均为当面申请。\n"
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (requests, 0.6)

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 999))
    def test_a_count_of_applicants_is_no_request_count(self, year: int, count: int) -> None:
        """Guard: 接待N申请人 / 收到N申请人的… is not the new wording (申请人 is a person)."""
        page = opening(year) + f"（二）依申请公开情况。{year}年共收到{count}申请人来电咨询。\n"
        assert value_of(page, "requests_received") is None


class TestTheOpeningStatesTheTotal:
    @SETTINGS
    @given(year=st.integers(2019, 2025), total=st.integers(1, 9999), kind=st.sampled_from(["各类", ""]))
    def test_the_opening_s_total_is_read(self, year: int, total: int, kind: str) -> None:
        page = (
            f"{year}年，我局认真贯彻《中华人民共和国政府信息公开条例》。一年来，我局主动公开了{kind}信息{total}条，"
            f"内容涵盖了重大项目、机构职能等各类信息。现将我局{year}年度政府信息公开工作报告如下:\n"
            "一、总体情况\n（一）组织领导情况。成立了政务公开领导小组。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=st.integers(2019, 2025), opening=st.integers(1, 9999), total=st.integers(1, 9999))
    def test_section_one_s_total_comes_first(self, year: int, opening: int, total: int) -> None:
        """Guard: a total in section 一 is read, whatever the opening says."""
        page = (
            f"{year}年，我局主动公开了各类信息{opening}条。现将我局{year}年度政府信息公开工作报告如下:\n"
            f"一、总体情况\n（一）主动公开情况。{year}年，我局主动公开政府信息{total}条。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 9999))
    def test_the_opening_s_channel_count_stays_unread(self, year: int, count: int) -> None:
        """Guard: only the preferred wordings (主动公开) are read from the opening; a channel's posts are not."""
        page = (
            f"{year}年，我局在政府网站共发布信息{count}条。现将我局{year}年度政府信息公开工作报告如下:\n"
            "一、总体情况\n（一）组织领导情况。成立了政务公开领导小组。\n"
        )
        assert value_of(page, "proactive_total") is None


class TestTheTotalNamedInJian:
    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        total=st.integers(1, 9999),
        wording=st.sampled_from(
            ["主动公开的各类政府信息数量{n}件", "主动公开政府信息总数为{n}件", "主动公开政务信息数{n}件"]
        ),
    )
    def test_the_named_total_is_read(self, year: int, total: int, wording: str) -> None:
        page = opening(year) + f"（一）主动公开情况。{year}年{wording.format(n=total)}。\n"
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (total, 0.8)

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 9999))
    def test_documents_in_jian_stay_unread(self, year: int, count: int) -> None:
        """Guard: other counts in 件 are documents or requests, not the total."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年主动公开文件{count}件，主动公开规范性文件{count}件。\n"
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=st.integers(2019, 2025), made=st.integers(100, 9999), part=st.integers(1, 99))
    def test_a_part_after_qizhong_is_no_total(self, year: int, made: int, part: int) -> None:
        """Guard: a part of an earlier count in 件 is not the year's total by this rule."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年共制发文件{made}件，其中主动公开的政府信息数量{part}件。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is None or int(figure.value) != part


# Round 15 (formerly test_audit_messy_round15.py; see MESSY_ROUNDS.md).
class TestWithheldCounts:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(0, 9999),
        withheld=st.integers(1, 9999),
        negation=st.sampled_from(NEGATIONS),
        verb=st.sampled_from(VERBS),
    )
    def test_the_total_is_read_and_the_withheld_count_never(
        self, year: int, total: int, withheld: int, negation: str, verb: str
    ) -> None:
        """``daoxian_wgxj_2013_mirror``: 主动公开信息的有5条 … 不予公开信息有10条 — the total is 5."""
        page = legacy_page(
            year,
            f"{year}年度主动公开信息的{verb}{total}条;",
            f"{year}年度没有依申请公开信息的情况。{negation}公开信息有{withheld}条,主要是人事安排的信息。",
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        withheld=st.integers(1, 9999),
        negation=st.sampled_from(NEGATIONS),
        proactive_word=st.sampled_from(["", "主动"]),
    )
    def test_a_withheld_count_alone_is_never_the_total(
        self, year: int, withheld: int, negation: str, proactive_word: str
    ) -> None:
        page = legacy_page(
            year,
            "本局按照要求做好政府信息公开工作。",
            f"本年度{negation}{proactive_word}公开信息有{withheld}条,主要是涉及个人隐私的信息。",
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 9999), verb=st.sampled_from(["", "共", "累计"]))
    def test_guard_a_plain_total_is_read_as_before(self, year: int, total: int, verb: str) -> None:
        """Guard: 公开信息N条 with no negation before it stays the total (no 主动公开 on the page)."""
        page = legacy_page(year, f"{year}年全年{verb}公开信息{total}条。")
        assert value_of(page, "proactive_total") == total


class TestNoRequests:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 999))
    def test_no_on_request_disclosure_reads_as_no_request(self, year: int, total: int) -> None:
        """``daoxian_wgxj_2013_mirror``: 2013年度没有依申请公开信息的情况 — as 无依申请公开, requests 0."""
        page = legacy_page(year, f"全年主动公开政府信息{total}条。", f"{year}年度没有依申请公开信息的情况。")
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 999))
    def test_guard_a_review_caused_by_a_request_says_nothing_of_requests(self, year: int, total: int) -> None:
        page = legacy_page(year, f"全年主动公开政府信息{total}条。", "本年度没有依申请公开引起的行政复议。")
        assert value_of(page, "requests_received") is None


# Round 16 (formerly test_audit_messy_round16.py; see MESSY_ROUNDS.md).
class TestRunningTotals:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        day=st.integers(1, 28),
        total=st.integers(1, 4999),
        earlier=st.integers(1, 4999),
        joiner=st.sampled_from(["。", "，"]),
    )
    def test_the_years_part_after_a_running_total_is_the_total(
        self, year: int, day: int, total: int, earlier: int, joiner: str
    ) -> None:
        """``pingtan_gaj_2013``: 截止…累计主动公开政府信息440条…。其中2013年度我局共主动公开政府信息235条 — 235."""
        page = legacy_page(
            year,
            f"截止{year}年12月{day}日，我局依托门户网站累计主动公开政府信息{total + earlier}条，全文电子化达100%"
            f"{joiner}其中{year}年度我局共主动公开政府信息{total}条。",
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), to_date=st.sampled_from(TO_DATE))
    def test_a_running_total_to_date_alone_is_never_the_total(
        self, year: int, count: int, to_date: str
    ) -> None:
        """``ziyang_nanxun_2014``: 本单位到目前累计主动公开政府信息100条 — no year's total on the page."""
        page = legacy_page(year, f"本单位{to_date}累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, day=st.integers(1, 28), total=st.integers(1, 9999))
    def test_guard_a_cut_off_date_total_with_no_years_part_stays_the_total(
        self, year: int, day: int, total: int
    ) -> None:
        """Guard: 截止2017年11月25日，累计主动公开政府信息17条 (no 其中…年度 after it) is the year's total."""
        page = legacy_page(year, f"截止{year}年11月{day}日，累计主动公开政府信息{total}条。")
        assert value_of(page, "proactive_total") == total


class TestOneUnitSlips:
    @SETTINGS
    @given(
        base=st.integers(20, 5000),
        fraction=st.floats(0.05, 0.95),
        step=st.sampled_from([1, -1]),
    )
    def test_one_unit_off_the_rounded_share_is_a_slip(self, base: int, fraction: float, step: int) -> None:
        count = max(1, int(base * fraction))
        unit = Decimal("0.01")
        printed = _rounded(count, base) + step * unit
        assert one_unit_slip(count, base, printed)
        assert not share_fits(count, base, printed)
        assert not one_unit_slip(count, base, _rounded(count, base))
        assert not one_unit_slip(count, base, _rounded(count, base) + 3 * unit)

    @SETTINGS
    @given(year=LEGACY_YEARS, base=st.integers(50, 5000), fraction=st.floats(0.55, 0.95))
    def test_a_category_share_one_unit_high_is_a_warning(self, year: int, base: int, fraction: float) -> None:
        """``xicheng_zhanlanlu_2014``: 197/235 = 83.83% printed 83.84% — a warning, not an error."""
        count = int(base * fraction)
        printed = _rounded(count, base) + Decimal("0.01")
        page = legacy_page(
            year,
            f"本单位{year}年共主动公开政府信息{base}条。其中业务动态类信息{count}条,占总体的比例为{printed}%;"
            f"机构职能类信息{base - count}条,占总体的比例为{_rounded(base - count, base)}%。",
        )
        assert "legacy.share_mismatch" in codes_of(page, Severity.WARNING)
        assert "legacy.share_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS, base=st.integers(50, 5000), fraction=st.floats(0.55, 0.9), units=st.integers(3, 9)
    )
    def test_guard_a_share_further_off_is_still_an_error(
        self, year: int, base: int, fraction: float, units: int
    ) -> None:
        count = int(base * fraction)
        printed = _rounded(count, base) + units * Decimal("0.01")
        assume(not truncation_fits(count, base, printed))
        page = legacy_page(
            year,
            f"本单位{year}年共主动公开政府信息{base}条。其中业务动态类信息{count}条,占总体的比例为{printed}%;"
            f"机构职能类信息{base - count}条,占总体的比例为{_rounded(base - count, base)}%。",
        )
        assert "legacy.share_mismatch" in codes_of(page, Severity.ERROR)


# Round 17 (formerly test_audit_messy_round17.py; see MESSY_ROUNDS.md).
class TestRunningTotalsToACutOff:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        count=st.integers(1, 9999),
        cut_off=st.sampled_from(CUT_OFFS),
    )
    def test_a_running_total_to_a_cut_off_is_not_the_years(self, year: int, count: int, cut_off: str) -> None:
        """``huian_dongling_2010``: 截至2010年底,累计主动公开政府信息20条 — unread, not the year's."""
        words = cut_off.format(y=year)
        page = legacy_page(year, f"{words}累计主动公开政府信息{count}条,全文电子化率达100%。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), own=st.sampled_from(["全年累计", "本年度累计"]))
    def test_guard_the_years_own_running_count_is_the_total(self, year: int, count: int, own: str) -> None:
        """Guard: 截至…，全年累计主动公开政府信息N条 — the page says the count is the year's."""
        page = legacy_page(year, f"截至{year}年12月31日，{own}主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999))
    def test_guard_a_period_then_a_count_is_the_total(self, year: int, count: int) -> None:
        """Guard: 1月1日到12月31日，累计… is the period's end, not a cut-off: the year's total."""
        page = legacy_page(year, f"{year}年1月1日到12月31日，累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, month=st.integers(1, 12), day=st.integers(1, 28), count=st.integers(1, 9999))
    def test_guard_a_cut_off_on_a_day_stays_the_years(
        self, year: int, month: int, day: int, count: int
    ) -> None:
        """Guard (issue 8's seed): 截止2017年11月25日，累计主动公开政府信息17条 — the year's total, by convention."""
        page = legacy_page(year, f"截止{year}年{month}月{day}日，累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count


# Round 19 (formerly test_audit_messy_round19.py; see MESSY_ROUNDS.md).
class TestProseAgainstTable2:
    @SETTINGS
    @given(report=consistent_reports_2021(), cell=st.integers(0, 999), stated=st.integers(0, 999))
    def test_a_decisions_count_the_prose_states_against_the_cell_is_found(
        self, report: AnnualReport2021, cell: int, stated: int
    ) -> None:
        assume(cell != stated)
        page = _with_table2_sentence(_with_table2(report, cell), f"全年行政许可处理决定数量{stated}件。")
        found = [f for f in audited(page).findings if f.code == "text.table_mismatch"]
        assert found
        assert found[0].severity is Severity.WARNING
        assert (found[0].expected, found[0].actual) == (cell, stated)

    @SETTINGS
    @given(report=consistent_reports_2021(), cell=st.integers(0, 999))
    def test_guard_a_count_that_agrees_with_the_cell_is_silent(
        self, report: AnnualReport2021, cell: int
    ) -> None:
        page = _with_table2_sentence(_with_table2(report, cell), f"全年行政许可处理决定数量{cell}件。")
        assert "text.table_mismatch" not in codes_of(page, Severity.WARNING)


class TestMixedLayouts:
    @SETTINGS
    @given(report=consistent_reports_2021(), table2_of=consistent_reports_2019())
    def test_a_2021_page_with_a_2019_table2_is_read_as_2021(
        self, report: AnnualReport2021, table2_of: AnnualReport2019
    ) -> None:
        result = audited(_mixed(report, table2_of))
        assert result.format == "2021"
        assert result.tables["table3"] == report.tables()["table3"]
        assert "audit.mixed_layouts" in [f.code for f in result.findings]

    @SETTINGS
    @given(report=consistent_reports_2021(), table2_of=consistent_reports_2019())
    def test_only_the_cells_both_layouts_share_are_carried(
        self, report: AnnualReport2021, table2_of: AnnualReport2019
    ) -> None:
        read = audited(_mixed(report, table2_of)).tables["table2"]
        printed = table2_of.tables()["table2"]
        for row in ("行政许可", "行政处罚", "行政强制"):
            assert read[f"{row}.本年处理决定数量"] == printed[f"{row}.处理决定数量"]
        # 规章's 2019 columns mean other things than 本年制发/废止/现行有效: never put there
        assert read["规章.本年制发件数"] is None
        assert read["行政规范性文件.现行有效件数"] is None

    @SETTINGS
    @given(report=consistent_reports_2019())
    def test_guard_a_2019_page_stays_2019(self, report: AnnualReport2019) -> None:
        result = audited(report_text(report, "\t"))
        assert result.format == "2019"
        assert "audit.mixed_layouts" not in [f.code for f in result.findings]


class TestProseFigures:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        total=st.integers(1, 999),
        wording=st.sampled_from(
            [
                "我乡主动公开内容共{n}条，包括规划计划1条。",
                "虹山乡通过政府信息网主动公开发布各类信息{n}条。",
                "我局主动公开的{n}条信息中，公示公告类1条。",
                "通过区人民政府网站主动公开政府信息{n}件，其中行政许可类信息1件。",
                "本年度我镇在主动公开政府信息件数为{n}件。",
                "全年制发公文类政府信息{m}条，其中主动公开{n}条、依申请公开1条、不予公开1条。",
            ]
        ),
    )
    def test_totals_in_these_wordings_are_read(self, year: int, total: int, wording: str) -> None:
        page = opening(year) + wording.format(n=total, m=total + 2) + "\n"
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        total=st.integers(1, 999),
        wording=st.sampled_from(
            [
                "发布法定主动公开内容{n}条，包括机构概况1条。",
                "“鸭南微讯”微信平台公开发布信息{n}条。",
                "共发布政府信息（文件）{m}份，其中主动公开{n}份。",
            ]
        ),
    )
    def test_guard_a_category_a_channel_or_one_attribute_is_no_total(
        self, year: int, total: int, wording: str
    ) -> None:
        page = opening(year) + wording.format(n=total, m=total + 2) + "\n"
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, reviews=st.integers(1, 9))
    def test_a_review_in_tiao_and_no_lawsuit_in_its_own_clause(self, year: int, reviews: int) -> None:
        page = opening(year) + f"政府信息公开行政复议{reviews}条，未发生行政诉讼情况。\n"
        assert value_of(page, "administrative_reviews") == reviews
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_no_review_and_no_suit_joined_by_he(self, year: int) -> None:
        page = opening(year) + "我街道无因不及时公开信息而引发行政复议和起诉案件。\n"
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_guard_no_lawsuit_after_review_alone_is_not_no_lawsuit(self, year: int) -> None:
        page = opening(year) + "我局行政复议2件，复议后未发生行政诉讼。\n"
        assert value_of(page, "administrative_reviews") == 2
        assert value_of(page, "lawsuits") is None


# Round 20 (formerly test_audit_messy_round20.py; see MESSY_ROUNDS.md).
class TestRequestWordingsRound20:
    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(0, 60))
    def test_requests_counted_as_cases(self, year: int, count: int) -> None:
        page = opening(year) + f"本年度我局接到{count}起政府信息公开申请,都已及时回复。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(0, 60))
    def test_requests_as_demands_in_tiao(self, year: int, count: int) -> None:
        page = opening(year) + f"收到申请公开政府信息的要求{count}条。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 60))
    def test_guard_review_cases_are_no_requests(self, year: int, count: int) -> None:
        page = opening(year) + f"本年度我局接到{count}起行政复议公开申请。\n"
        assert value_of(page, "requests_received") is None


class TestNoRequestsWordings:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        wording=st.sampled_from(
            ["我乡无依法申请公开件", "全年未发生依申请政府信息", "没有发生依申请信息公开事件"]
        ),
    )
    def test_no_request_wordings_read_zero(self, year: int, wording: str) -> None:
        page = legacy_page(year, "本年度主动公开政府信息12条。", f"{year}年{wording}。")
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS)
    def test_guard_a_review_after_the_request_is_no_answer(self, year: int) -> None:
        page = legacy_page(
            year, "本年度主动公开政府信息12条。", f"{year}年未发生依申请公开政府信息被申请行政复议的情况。"
        )
        assert value_of(page, "requests_received") is None


class TestYearsCountBeforeItsRunningTotal:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNTS, earlier=st.integers(61, 999))
    def test_the_years_count_before_a_running_clause_is_read(
        self, year: int, count: int, earlier: int
    ) -> None:
        page = legacy_page(year, f"本街道{year}年共主动公开政府信息{count}条,历年累计{count + earlier}条。")
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNTS, earlier=st.integers(61, 999))
    def test_the_year_between_the_words_and_the_count(self, year: int, count: int, earlier: int) -> None:
        page = legacy_page(
            year, f"我局主动公开政府信息{year}年全年共计{count}条,历年累计{count + earlier}条。"
        )
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(61, 999))
    def test_guard_a_running_total_alone_is_no_years_total(self, year: int, count: int) -> None:
        page = legacy_page(year, f"《条例》实施以来,本街道累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") is None
