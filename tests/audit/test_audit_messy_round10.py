"""Issue 12, tenth round: the classes behind blind set 9's misses (docs/audit.md, "Tenth round").

(a) a breakdown whose parts make under half its total and name no remainder (其他/其余) is more likely a selection
than a slip: a warning at confidence 0.5, never an error; a breakdown that names the remainder or covers half the
total or more keeps its severity.
(b) a page with too few table labels to read its tables whole is in the format whose own labels it shows (a 2023
report on 60号's table 二 labels is 2019 format; audit.format_by_labels names the evidence).
(c) a title and headings indented with a tab (rows of one filled cell) are the page's title and outline.
(d) a glued run of digits no cut of which satisfies the table's sums is an inconsistency whatever its cells; a glued
（七）总计 no cut of which adds up along its row is read only as its outcome rows' column sums (then at 0.5).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DATA = Path(__file__).resolve().parents[1] / "data"


def _counts(page: str) -> list[tuple[str, str, float | None]]:
    return [
        (finding.code, finding.severity.value, finding.confidence)
        for finding in audit(page, source="p").findings
        if finding.code.endswith("count_mismatch")
    ]


def _legacy_page(total: int, first: int, second: int, last: str) -> str:
    return (
        "2010年政府信息公开工作年度报告\n一、概述\n2010年，我局认真贯彻政府信息公开条例，推进了政府信息公开工作。\n"
        "二、主动公开政府信息的情况\n"
        f"2010年度，我局主动公开政府信息共{total}条，全文电子化率达100%。"
        f"在主动公开的信息中，部门文件类的信息{first}条；{last}的信息{second}条。\n"
        "三、政府信息依申请公开办理情况\n2010年我局没有收到政府信息公开申请。\n"
    )


class TestPartialBreakdowns:
    @SETTINGS
    @given(total=st.integers(20, 5000), first=st.integers(1, 2000), second=st.integers(1, 2000))
    def test_a_few_categories_of_a_large_total_are_a_warning(
        self, total: int, first: int, second: int
    ) -> None:
        assume(first + second != total and max(first, second) <= total)
        found = _counts(_legacy_page(total, first, second, "工作动态类"))
        if 2 * (first + second) < total:
            assert found == [("legacy.count_mismatch", "warning", 0.5)]
        else:
            assert found == [("legacy.count_mismatch", "error", 0.9)]

    @SETTINGS
    @given(total=st.integers(20, 5000), first=st.integers(1, 2000), second=st.integers(1, 2000))
    def test_a_named_remainder_keeps_the_error(self, total: int, first: int, second: int) -> None:
        assume(first + second != total and max(first, second) <= total)
        found = _counts(_legacy_page(total, first, second, "其他类"))
        assert found == [("legacy.count_mismatch", "error", 0.9)]

    @SETTINGS
    @given(total=st.integers(20, 5000), first=st.integers(1, 2000), second=st.integers(1, 2000))
    def test_a_standard_pages_partial_list_is_a_low_confidence_warning(
        self, total: int, first: int, second: int
    ) -> None:
        assume(first + second != total and max(first, second) <= total)
        page = (
            "青山街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n"
            f"2023年，主动公开政府信息{total}条，其中工作动态{first}条、通知公告{second}条。\n"
        )
        confidence = 0.5 if 2 * (first + second) < total else 0.8
        assert _counts(page) == [("text.count_mismatch", "warning", confidence)]


_T2_2019 = "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量"
_T2_2021 = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数"


class TestFormatByTheLabelsShown:
    @SETTINGS
    @given(year=st.integers(2022, 2025), old=st.booleans(), requests=st.integers(0, 30))
    def test_the_labels_decide_over_the_year(self, year: int, old: bool, requests: int) -> None:
        page = (
            f"根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。\n"
            f"一、总体情况\n{year}年，我局认真落实政府信息公开工作要求。{year}年收到依申请公开信息{requests}件。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
            f"{_T2_2019 if old else _T2_2021}\n"
        )
        result = audit(page, source="p")
        notes = [finding for finding in result.findings if finding.code == "audit.format_by_labels"]
        assert result.format == ("2019" if old else "2021")
        assert len(notes) == (1 if old else 0)
        assert all("60号" in note.message for note in notes)


class TestIndentedOutline:
    @SETTINGS
    @given(indent=st.sampled_from(["\t", "\t\t"]), trail=st.sampled_from(["", " ", "  "]))
    def test_a_2019_report_indented_with_tabs_is_2019_format(self, indent: str, trail: str) -> None:
        lines = [
            "广元市某某局",
            "2019年政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》，特向社会公布本报告。",
            "一、总体情况",
            "2019年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，推进了信息公开工作。",
            "(一)抓工作落实",
        ]
        page = "\n".join(f"{indent}{line}{trail}" for line in lines) + "\n"
        result = audit(page, source="p")
        assert (result.format, result.year, result.year_evidence) == ("2019", 2019, "标题")


def _table4_cuts(digits: str) -> list[list[int]]:
    """Every cut of ``digits`` into 15 numbers with no leading zero (an oracle independent of the reader)."""
    cuts: list[list[int]] = []
    for stops in itertools.combinations(range(1, len(digits)), 14):
        bounds = (0, *stops, len(digits))
        pieces = [digits[a:b] for a, b in itertools.pairwise(bounds)]
        if all(piece == "0" or not piece.startswith("0") for piece in pieces):
            cuts.append([int(piece) for piece in pieces])
    return cuts


def _sums_hold(cells: list[int]) -> bool:
    return all(sum(cells[i : i + 4]) == cells[i + 4] for i in range(0, 15, 5))


class TestGluedRunEveryCutBroken:
    PAGE = (_DATA / "published_blind_9" / "pingtan_shs_2024.txt").read_text(encoding="utf-8")

    @SETTINGS
    @given(
        parts=st.lists(st.integers(0, 6), min_size=12, max_size=12),
        slip=st.integers(0, 17),
        digit=st.sampled_from("0123456789"),
    )
    def test_an_inconsistency_whatever_the_cells(self, parts: list[int], slip: int, digit: str) -> None:
        cells = [n for i in range(0, 12, 4) for n in (*parts[i : i + 4], sum(parts[i : i + 4]))]
        digits = "".join(map(str, cells))
        digits = digits[:slip] + digit + digits[slip + 1 :]  # a digit misprinted, or the same one again
        cuts = _table4_cuts(digits)
        assume(len(digits) in range(16, 19) and cuts)
        page = self.PAGE.replace("00202000001324015", digits)
        findings = audit(page, source="p").findings
        broken = [f for f in findings if f.code == "table4.sum" and "每一种方式" in f.message]
        if any(_sums_hold(cut) for cut in cuts):
            assert broken == []
        else:
            assert [(f.severity.value, f.confidence) for f in broken] == [("warning", 0.5)]

    def test_the_blind_9_run(self) -> None:
        assert not any(_sums_hold(cut) for cut in _table4_cuts("00202000001324015"))
        codes = {f.code for f in audit(self.PAGE, source="p").findings}
        assert "table4.sum" in codes


class TestTotalRowByOutcomeSums:
    """（七）总计 glued so that no cut adds up along its row: read only when it is its outcome rows' column sums."""

    PAGE = (_DATA / "published_blind_9" / "pingtan_zrz_2023.txt").read_text(encoding="utf-8")
    SUMS = "191000019"  # the outcome rows of that page add up, column by column, to 19/1/0/0/0/0/19

    def test_the_blind_9_row(self) -> None:
        result = audit(self.PAGE, source="p")
        assert result.tables["table3"][-2] == [19, 1, 0, 0, 0, 0, 19]
        flows = [f for f in result.findings if f.code == "table3.flow"]
        assert [(f.severity.value, f.confidence) for f in flows] == [("warning", 0.5)]

    @SETTINGS
    @given(digits=st.text(alphabet="0123456789", min_size=9, max_size=9))
    def test_any_other_run_is_not_read_so(self, digits: str) -> None:
        assume(digits != self.SUMS)
        result = audit(self.PAGE.replace(self.SUMS, digits), source="p")
        total = result.tables["table3"][-2]
        assert total != [19, 1, 0, 0, 0, 0, 19]
        assert total is None or all(n is None for n in total) or sum(total[:6]) == total[6]
