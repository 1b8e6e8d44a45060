"""Auditor on messy pages: tables flattened into text — figures glued to each other or to labels, padded and cut
cells, run-on rows, statistics tables.

The tests come from the messy-page rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._audit._documents import tidy_layout_text
from disclosure_rules._labels import TABLE3_COLUMNS, table3_rows
from disclosure_rules._validation import Severity
from tests.audit.messy import (
    COUNTS,
    DATA,
    LEGACY_YEARS,
    SETTINGS,
    SETTINGS_R4,
    SETTINGS_R5,
    SETTINGS_R9,
    STANDARD_YEARS,
    _codes,
    _standard_page_r6,
    audited,
    codes_of,
    legacy_page,
    opening,
    value_of,
)

if TYPE_CHECKING:
    from disclosure_rules._audit import AuditResult


# (d), (e) One-cell edits of real tables
# Development pages (tests/data/published, and the second and third blind sets, development data since round
# 4) whose tables 三/四 are read: copied text with | separators, PDF text, and one Word-exported HTML page.
EDITED_PAGES = (
    "published/changchun_tyjrswj_2023.txt",
    "published/jining_weishan_liangcheng_2020.txt",
    "published/pingtan_czj_2023.txt",
    "published/pingtan_ptzhsyq_2019.txt",
    "published/shanghai_office_2019.html",
    "published/tianjin_hebei_zwfwb_2022.txt",
    "published/tianjin_wuqing_sicundian_2019.txt",
    "published/wuhan_hanyang_qzfbgs_2022.txt",
    "published_blind_2/mirror_ju_2019.txt",
    "published_blind_2/wendeng_zjj_2019.txt",
    "published_blind_3/haizhu_guanzhou_2023.txt",
    "published_blind_3/heping_zhen_2023.txt",
    "published_blind_3/htq_xuwang_2025.txt",
    "published_blind_3/xjnlk_zhen_2023.txt",
)


_NUMBER = re.compile(r"^\d+$")


# The pages whose table cells stand between | separators: the ones a damaged copy is made from.
PIPE_PAGES = tuple(
    page
    for page in EDITED_PAGES
    if any(
        "|" in line and any(_NUMBER.match(part.strip()) for part in line.split("|"))
        for line in (DATA / page).read_text(encoding="utf-8").splitlines()
    )
)


# A number standing as a cell: between tags in HTML, between separators in copied text.
_HTML_CELL = re.compile(r"(?<=>)\s*\d+\s*(?=<)")


_TEXT_CELL = re.compile(r"(?:(?<=^)|(?<=[\s|]))\d+(?=[\s|]|$)", re.MULTILINE)


Cell = tuple[str, int, int]


@cache
def _page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _cells(result: AuditResult) -> dict[Cell, object]:
    cells: dict[Cell, object] = {}
    for r, row in enumerate(result.tables.get("table3", [])):
        for c, value in enumerate(row):
            cells["t3", r, c] = value
    for i, value in enumerate(result.tables.get("table4", [])):
        cells["t4", i // 5, i % 5] = value
    return cells


def _complete(cells: dict[Cell, object], cell: Cell) -> bool:
    """Whether the page shows the whole row (table 三) or group (table 四) of a cell: its identity is visible."""
    table, row, _ = cell
    return all(cells.get((table, row, c)) is not None for c in range(7 if table == "t3" else 5))


def _reported_at(result: AuditResult, cell: Cell) -> bool:
    """Whether a table identity finding names the cell's row or column (table 三) or any group of table 四."""
    table, row, column = cell
    if table == "t4":
        return any(f.code.startswith("table4.") for f in result.findings)
    report_format: Literal["2021", "2019"] = "2019" if result.format == "2019" else "2021"
    label, header = table3_rows(report_format)[row].label, TABLE3_COLUMNS[column].label
    return any(
        f.code.startswith("table3.")
        and any(
            ref.table == "表三"
            and (ref.row.endswith(label) or (ref.column == header and f.code != "table3.applicant_sum"))
            for ref in f.cells
        )
        for f in result.findings
    )


def _edit_last_digit(text: str, match: re.Match[str], step: int) -> str:
    """The page with the last digit of one number changed (one cell even when digits are glued)."""
    end = match.start() + len(match.group().rstrip())
    digit = (int(text[end - 1]) + step) % 10
    return text[: end - 1] + str(digit) + text[end:]


def _assert_never_silent(before: dict[Cell, object], after: AuditResult) -> None:
    for cell, value in _cells(after).items():
        if value is None or value == before.get(cell):
            continue
        # a cell read differently from the consistent page: the edit is reported, or the page cannot show it
        assert _reported_at(after, cell) or not _complete(_cells(after), cell), (cell, value)


def _blank_zeros(line: str) -> str:
    return "|".join("" if part.strip() == "0" else part for part in line.split("|")) if "|" in line else line


def _split(line: str) -> tuple[list[str], list[str], list[str]]:
    parts = [part.strip() for part in line.split("|") if part.strip()]
    return parts, [p for p in parts if not _NUMBER.match(p)], [p for p in parts if _NUMBER.match(p)]


def _above(line: str) -> str:
    parts, labels, numbers = _split(line)
    return " ".join(numbers) + "\n" + " ".join(labels) if numbers and labels else " ".join(parts)


def _below(line: str) -> str:
    parts, labels, numbers = _split(line)
    return " ".join(labels) + "\n" + " ".join(numbers) if numbers and labels else " ".join(parts)


# One line of a | page as other copies print it.
DAMAGE = {
    "tabs": lambda line: "\t".join(part.strip() for part in line.split("|")),  # every empty cell kept
    "spaces": lambda line: "  ".join(_split(line)[0]),  # runs of spaces, empty cells lost
    "collapse": lambda line: " ".join(_split(line)[0]),  # PDF text: single spaces, empty cells lost
    "above": _above,  # PDF text with each row's numbers above its label
    "detach": _below,  # the label above its numbers
}


def _damaged(line: str, damage: str) -> str:
    return DAMAGE[damage](line) if "|" in line else line


ROWS_2021 = table3_rows("2021")


SURE = 0.9  # a cell read at this confidence or above may carry an error-severity finding


def _row_index(code: str) -> int:
    return next(i for i, row in enumerate(ROWS_2021) if row.code == code)


def _table3_errors(result: AuditResult) -> list[str]:
    return [
        finding.code
        for finding in result.findings
        if finding.severity is Severity.ERROR and finding.code.startswith("table3.")
    ]


TABLE2_2021 = (
    "二、主动公开政府信息情况\n"
    "第二十条第（一）项 | | |\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "行政规范性文件 | 0 | 0 | 0 |\n"
)


OPENING = "青山镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇认真贯彻落实《条例》。\n"


def _row(numbers: list[int]) -> list[str]:
    """Six applicant columns, then their total."""
    return [str(n) for n in numbers] + [str(sum(numbers))]


# (a) More numbers than columns: a lone digit ending an excerpt
ONE_A_LINE_HEAD = (
    OPENING
    + TABLE2_2021
    + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n"
    "商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n"
)


def _one_a_line(rows: list[tuple[str, list[str]]], tail: str) -> str:
    """Table 三 as some sites copy it: every label and every number on a line of its own."""
    body = "".join(label + "\n\n" + "".join(f" {value}\n\n" for value in values) for label, values in rows)
    return ONE_A_LINE_HEAD + body + tail


# (b) Lines padded to the same count of empty cells
def _padded(cells: list[str], width: int) -> str:
    return " | ".join(cells) + " | " + "|" * (width - len(cells))


# (g) Glued rows cut by the table's column identities
def _glued_table3(rows: dict[str, list[int]]) -> str:
    """Table 三 flattened into one line by a crawler: every label glued to its row's digits."""
    line = "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    groups: set[str] = set()
    for row in ROWS_2021:
        if row.code == "granted":
            line += "三、本年度办理结果"
        if row.group is not None and row.group.code not in groups:
            groups.add(row.group.code)
            line += row.group.number + row.group.title
        line += row.number + row.title + "".join(str(n) for n in rows[row.code])
    return OPENING + TABLE2_2021 + line + "\n"


@st.composite
def _consistent_table3(draw: st.DrawFn) -> dict[str, list[int]]:
    outcome = [row.code for row in ROWS_2021 if row.code not in {"new_received", "carried_over", "total"}]
    outcome.remove("carried_forward")
    rows: dict[str, list[int]] = {}
    for code in outcome:
        natural = draw(st.integers(0, 40))
        business = draw(st.integers(0, 3))
        rows[code] = [natural, business, 0, 0, 0, 0, natural + business]
    total = [sum(rows[code][column] for code in outcome) for column in range(7)]
    rows["total"] = total
    rows["new_received"] = total
    rows["carried_over"] = [0] * 7
    rows["carried_forward"] = [0] * 7
    return rows


# (c) Table 四 glued with one digit per cell
TABLE4_HEAD = (
    "四、政府信息公开行政复议与行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉"
    "复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
)


def _table4_page(digits: str) -> str:
    return (
        _standard_page_r6("2025年，我局认真贯彻落实《条例》。", 2025)
        + TABLE4_HEAD
        + digits
        + "五、存在的主要问题及改进情况2025年，我局政府信息公开工作取得一定成效。\n"
    )


_T2_PDF = (
    "青山县财政局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数\n"
    "规章 {rules}行政规范性文件   {documents}第二十条第（五）项信息内容本年处理决定数量行政许可          {permits}第二十\n"
    "条第（六）项信息内容本年处理决定数量行政处罚          {penalties}行政强制  {coercion}第二十条第（八）项信息内容本\n"
)


def _table2(page: str) -> dict[str, object]:
    table2 = audit(page, source="p.pdf").tables["table2"]
    assert isinstance(table2, dict)
    return table2


_ROW_LABELS = [row.label for row in table3_rows("2021")]


_T4_HEAD = (
    "青山县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    "信息内容  本年制发件数  本年废止件数  现行有效件数\n规章  0  0  0\n行政规范性文件  1  2  3\n"
    "四、政府信息公开行政复议、行政诉讼情况\n行政复议                 行政诉讼\n"
    "              未经复议直接起诉       复议后起诉\n"
    "  结 结 其  尚\n  果 果 他  未 总  结 结  其 尚     结 结 其  尚\n"
    "  维 纠 结  审 计  果 果  他 未 总   果 果 他  未 总\n"
)


_GROUP = st.lists(st.integers(0, 30), min_size=4, max_size=4).map(lambda four: [*four, sum(four)])


# A whole Pingtan page (blind set 8, development data from this round): its cells are glued, its prose states a
# review in 起 right after the label 行政复议, and its table 四 is one run of 15 digits.
_PINGTAN = Path(__file__).parents[1] / "data" / "published_blind_8" / "pingtan_hzs_2024.txt"


_REVIEW_SENTENCE = "因依申请公开引发行政复议1起"


_TABLE4_RUN = "100000000000000"


_DATA = Path(__file__).resolve().parents[1] / "data"


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


def _collapsed_page(year: int, row_one: list[int]) -> str:
    """Table 三 one cell a line, the empty cells dropped: row 一 shows ``row_one``, row 二 is whole."""
    cells = "\n".join(str(value) for value in row_one)
    return (
        f"青山镇{year}年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人\n总计\n"
        f"一、本年新收政府信息公开申请数量\n{cells}\n二、上年结转政府信息公开申请数量\n"
        + "0\n" * 7
        + "五、存在的主要问题及改进情况\n"
    )


def _statistics(year: int, received: int, answered: int, *, spaced: bool = True) -> str:
    gap = " " if spaced else ""
    return (
        f"附件 {year}年度政府信息公开工作统计数据 指 标 名 称 计量 单位 {year}年度 历年累计 "
        f"受理政府信息公开申请总数 条{gap}{received}{gap}{received + 1} "
        f"对申请的答复总数 条{gap}{answered}{gap}{answered + 1} 行政复议数 件 0 0\n"
    )


NO_REVIEWS = "四、因信息公开申请行政复议、提起行政诉讼的情况\n本年度没有发生行政复议、行政诉讼的情况。\n"


def _cell(year: int, running: int, *, glued: bool) -> str:
    return f"{year}{running}" if glued else f" {year} {running} "


def statistics_table(  # noqa: PLR0913 - one cell pair per row the properties vary
    year: int,
    *,
    answered: tuple[int, int],
    outcomes: tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]],
    received: tuple[int, int] | None = None,
    reviews: tuple[int, int] = (0, 0),
    glued: bool = False,
) -> str:
    """A Pingtan-style 统计数据 table, spaced or with every row's two cells run together."""
    received = received or answered
    granted, partial, refused, other = outcomes
    sep = "" if glued else " "
    cell = _cell
    return (
        f"附件 统计数据 指{sep}标{sep}名{sep}称{sep}单位{sep}{year}年度{sep or ' '}历年累计"
        f"主动公开信息数{sep}条{cell(0, 0, glued=glued)}"
        f"受理政府信息公开申请总数{sep}条{cell(*received, glued=glued)}"
        f"对申请的答复总数{sep}条{cell(*answered, glued=glued)}"
        f"其中：1.同意公开答复数{sep}条{cell(*granted, glued=glued)}"
        f"2.同意部分公开答复数{sep}条{cell(*partial, glued=glued)}"
        f"3.不予公开答复数{sep}条{cell(*refused, glued=glued)}"
        f"4.其他类型答复数{sep}条{cell(*other, glued=glued)}"
        f"行政复议数{sep}件{cell(*reviews, glued=glued)}行政诉讼数{sep}件{cell(0, 0, glued=glued)}附件下载\n"
    )


def _page_r18(year: int, table: str, requests: int = 0) -> str:
    later = f"{year}年，我局共收到政府信息公开申请{requests}条。" if requests else None
    page = legacy_page(year, f"{year}年，我局主动公开政府信息0条。", later, attached=table)
    return page.replace(NO_REVIEWS, "四、其他需要报告的事项\n无。\n")


def _fits(digits: str) -> int:
    """How many cuts of ``digits`` give a year's count no larger than its running total (no leading zeros)."""
    return sum(
        1
        for cut in range(1, len(digits))
        if (cut == 1 or digits[0] != "0")
        and (cut == len(digits) - 1 or digits[cut] != "0")
        and int(digits[:cut]) <= int(digits[cut:])
    )


def _pair(low: int = 0, high: int = 9) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(low, high), st.integers(0, high)).map(lambda p: (p[0], p[0] + p[1]))


def _html_page(year: int, rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f"<html><body><p>某县某局{year}年度政府信息公开工作年度报告</p><p>一、主动公开政府信息的情况</p>"
        f"<p>{year}年，我局主动公开政府信息0条。</p><p>二、依申请公开信息的情况</p><p>{year}年共收到申请0条。</p>"
        f"<p>附件：统计数据</p><table>{cells}</table></body></html>"
    )


def _page_2019(fee_row: str) -> str:
    """A flattened 2019-format report (tables run together as a crawler copies them) with the fee row given."""
    return (
        "某县某局2019年政府信息公开工作年度报告 一、总体情况 2019年，我局认真落实条例。"
        "二、主动公开政府信息情况 第二十条第（一）项信息内容本年新 制作数量本年新 公开数量对外公开总数量"
        "规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000"
        "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000"
        "行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减"
        f"行政事业性收费{fee_row}第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购00"
        " 三、收到和处理政府信息公开申请情况 本年度未收到政府信息公开申请。"
    )


def _fee_cells(page: str) -> tuple[object, object]:
    table2 = audited(page).tables["table2"]
    return table2.get("行政事业性收费.上一年项目数量"), table2.get("行政事业性收费.本年增/减")


_T3_HEADER = (
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
    "自然人 | 法人或其他组织 | 总计 |\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
)


def _run_on_row(label: str, first: int | None, total: int) -> str:
    """A table 三 row run on over lines: "label | first |", lone "|" lines, "| total |" (blind 18's liwan_fgj_2020)."""
    if first is None:
        return f"{label} |\n" + "|\n" * 5 + f"| {total} |\n"
    return f"{label} | {first} |\n" + "|\n" * 4 + f"| {total} |\n"


# Round 4 (formerly test_audit_messy_round4.py; see MESSY_ROUNDS.md).
class TestOneCellEdits:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(page=st.sampled_from(EDITED_PAGES), which=st.integers(0, 10_000), step=st.integers(1, 9))
    def test_an_edited_cell_is_reported_or_unread(self, page: str, which: int, step: int) -> None:
        """Any one number of a consistent real table changed: read and reported at its row or column, or not
        read — never read without a word."""
        text = _page(page)
        before = audit(text, source=page)
        assert not [f for f in before.findings if f.code.startswith(("table3.", "table4."))]
        cells = list((_HTML_CELL if page.endswith(".html") else _TEXT_CELL).finditer(text))
        after = audit(_edit_last_digit(text, cells[which % len(cells)], step), source=page)
        _assert_never_silent(_cells(before), after)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        page=st.sampled_from(PIPE_PAGES),
        which=st.integers(0, 10_000),
        step=st.integers(1, 12),
        blank_zeros=st.booleans(),
        damage=st.sampled_from(["collapse", "detach", "above", "tabs", "spaces"]),
    )
    # the page ends in row 二, printed "0 | 0 |": edited and blanked, its one number may stand in any column
    @example(
        page="published_blind_2/wendeng_zjj_2019.txt", which=-1, step=1, blank_zeros=True, damage="detach"
    )
    # "二、上年结转… || 5 ||||||" with tabs: a blank before the 5 and blanks after it, no total to decide
    @example(
        page="published_blind_3/haizhu_guanzhou_2023.txt", which=8, step=5, blank_zeros=True, damage="tabs"
    )
    def test_damaged_copies_never_read_a_cell_wrong(
        self, page: str, which: int, step: int, *, blank_zeros: bool, damage: str
    ) -> None:
        """The same page as other copies print it: tabs, runs of spaces or PDF text (separators gone, empty cells
        dropped), zeros printed blank as some pages do, labels on a line above or below their numbers. Every
        cell read is the page's; the edited cell, read in a whole row, is reported."""
        lines = _page(page).split("\n")
        start = next(i for i, line in enumerate(lines) if "申请人情况" in line or "收到和处理" in line)
        numbers = [
            (i, k) for i, line in enumerate(lines) if "|" in line and i > start
            for k, part in enumerate(line.split("|")) if _NUMBER.match(part.strip())
        ]  # fmt: skip
        line, position = numbers[which % len(numbers)]
        parts = lines[line].split("|")
        parts[position] = parts[position].replace(parts[position].strip(), str(int(parts[position]) + step))
        edited = [*lines[:line], "|".join(parts), *lines[line + 1 :]]
        if blank_zeros:
            lines, edited = [_blank_zeros(x) for x in lines], [_blank_zeros(x) for x in edited]
        before, truth = (_cells(audit("\n".join(x), source=page)) for x in (lines, edited))
        changed = [cell for cell in truth if truth[cell] != before.get(cell)]
        assume(len(changed) == 1)  # the separated page itself places the edit in one cell
        damaged = audit("\n".join(_damaged(x, damage) for x in edited), source=page)
        read = _cells(damaged)
        wrong = {
            cell: value for cell, value in read.items() if value is not None and value != truth.get(cell)
        }
        assert not wrong
        cell = changed[0]
        if read.get(cell) is not None and _complete(read, cell):
            assert _reported_at(damaged, cell)


class TestPaddingCells:
    @SETTINGS_R4
    @given(value=st.integers(1, 50), column=st.integers(0, 5))
    def test_a_blank_at_both_ends_with_no_identity_to_decide(self, value: int, column: int) -> None:
        """A tab row with one number, a blank before it and blanks after: which blank is the extra one decides
        the number's column, and nothing on the page tells — unread (a copy of a page printing 0 as blank)."""
        cells = [""] * 8
        cells[column + 1] = str(value)
        header = "\t".join(c.label for c in TABLE3_COLUMNS)
        page = (
            "青山镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            f"{header}\n二、上年结转政府信息公开申请数量\t" + "\t".join(cells) + "\n"
        )
        result = audit(page, source="p")
        assert result.tables["table3"][1] == [None] * 7
        assert "audit.extra_cells" in _codes(result)

    @SETTINGS_R4
    @given(value=st.integers(1, 50), column=st.integers(0, 5))
    def test_the_row_identity_decides_where_it_can(self, value: int, column: int) -> None:
        """A blank before the row and one after it, the row's own blanks inside: only one way of dropping the
        extra blanks leaves the total under 总计 equal to its row."""
        row: list[int | None] = [None] * 7
        row[column], row[6] = value, value
        cells = ["", *("" if cell is None else str(cell) for cell in row), ""]
        header = "\t".join(c.label for c in TABLE3_COLUMNS)
        page = (
            "青山镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            f"{header}\n二、上年结转政府信息公开申请数量\t" + "\t".join(cells) + "\n"
        )
        assert audit(page, source="p").tables["table3"][1] == row

    @SETTINGS_R4
    @given(values=st.lists(st.integers(0, 50), min_size=6, max_size=6))
    def test_a_full_row_between_padding_cells(self, values: list[int]) -> None:
        """A label over two cells (a blank before the row) and a trailing tab: the full row, zeros and all."""
        row = [*values, sum(values)]
        header = "\t".join(c.label for c in TABLE3_COLUMNS)
        page = (
            "青山镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            f"{header}\n二、上年结转政府信息公开申请数量\t\t" + "\t".join(map(str, row)) + "\t\n"
        )
        assert audit(page, source="p").tables["table3"][1] == row


class TestCutOffRow:
    @SETTINGS_R4
    @given(value=st.integers(1, 50))
    def test_a_cut_off_row_is_not_placed_when_empty_cells_are_dropped(self, value: int) -> None:
        """The page ends in a row whose numbers may stand in any columns (自然人 and 总计, say): with an earlier
        row short (the copy drops empty cells), their places are not known and the row stays unread."""
        header = " ".join(c.label for c in TABLE3_COLUMNS)
        page = (
            "青山镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            f"{header}\n一、本年新收政府信息公开申请数量 {value} {value}\n二、上年结转政府信息公开申请数量 {value} {value}"
        )
        result = audit(page, source="p")
        assert result.tables["table3"][1] == [None] * 7


# Round 5 (formerly test_audit_messy_round5.py; see MESSY_ROUNDS.md).
class TestExtraNumbers:
    @SETTINGS_R5
    @given(
        first=st.lists(st.integers(0, 9), min_size=6, max_size=6),
        last=st.lists(st.integers(0, 9), min_size=6, max_size=6),
        digit=st.integers(1, 9),
    )
    # Found by hypothesis: a 总计 equal to the next row's number (2), then a lone "1" set aside as an extra cell —
    # the 总计 was also taken for the trailing numbering, and the row left unread.
    @example(first=[0] * 6, last=[0, 0, 0, 0, 0, 2], digit=1)
    def test_a_lone_digit_ending_an_excerpt_is_the_next_rows_numbering(
        self, first: list[int], last: list[int], digit: int
    ) -> None:
        """``…1.属于国家秘密 0 0 0 0 0 0 0`` then ``2``: the row is its seven numbers, as less than sure."""
        page = _one_a_line(
            [
                ("一、本年新收政府信息公开申请数量", _row(first)),
                ("(三)不予公开\n\n1.属于国家秘密", _row(last)),
            ],
            f"{digit}",
        )
        result = audit(page, source="p")
        row = result.tables["table3"][_row_index("withheld_state_secret")]
        assert row == [*last, sum(last)]
        assert not _table3_errors(result)
        assert all(
            confidence < SURE
            for key, confidence in result.cell_confidence.items()
            if key.startswith("表三/三、（三）1.")
        )

    @SETTINGS_R5
    @given(
        cells=st.lists(st.integers(0, 9), min_size=7, max_size=7),
        digit=st.integers(1, 9),
    )
    def test_a_row_no_reading_fits_stays_unread(self, cells: list[int], digit: int) -> None:
        """Eight numbers that fit neither reading: the row is unread and no error rests on it."""
        assume(sum(cells[:6]) != cells[6])  # the first seven do not fit
        assume(sum(cells[1:6]) != cells[6] or cells[0] + cells[6] != digit)  # nor a 小计 column
        page = _one_a_line([("一、本年新收政府信息公开申请数量", [str(c) for c in cells])], f"{digit}")
        result = audit(page, source="p")
        assert result.tables["table3"][_row_index("new_received")] == [None] * 7
        assert "audit.extra_cells" in [finding.code for finding in result.findings]
        assert not _table3_errors(result)

    @SETTINGS_R5
    @given(numbers=st.lists(st.integers(0, 9), min_size=6, max_size=6), dropped=st.integers(1, 5))
    def test_a_lone_digit_after_a_collapsed_row_is_no_total(self, numbers: list[int], dropped: int) -> None:
        """A row that lost an empty cell, then ``2`` (the next row is ``2.其他法律…``): the 2 is no 总计."""
        numbers[dropped] = 0  # an empty organisation cell the copy dropped
        cells = _row(numbers)
        del cells[dropped]
        assume(sum(numbers) != 2)  # the next row's list number
        page = _one_a_line([("(三)不予公开\n\n1.属于国家秘密", cells)], "2")
        result = audit(page, source="p")
        row = result.tables["table3"][_row_index("withheld_state_secret")]
        assert row[6] in {None, sum(numbers)}
        assert not _table3_errors(result)

    @SETTINGS_R5
    @given(numbers=st.lists(st.integers(0, 9), min_size=6, max_size=6))
    def test_a_subtotal_column_is_still_dropped(self, numbers: list[int]) -> None:
        """An agency's 小计 column (its parts add up to it, and 总计 to the six columns) is read as before."""
        subtotal = sum(numbers[1:])
        cells = [*map(str, numbers), str(subtotal), str(sum(numbers))]
        page = _one_a_line(
            [("一、本年新收政府信息公开申请数量", cells)], "二、上年结转政府信息公开申请数量\n\n"
        )
        result = audit(page, source="p")
        assert result.tables["table3"][_row_index("new_received")] == [*numbers, sum(numbers)]


class TestPaddedLines:
    @SETTINGS_R5
    @given(
        width=st.integers(10, 12),
        lone=st.lists(st.integers(0, 9), min_size=2, max_size=2),
        full=st.lists(st.integers(0, 9), min_size=6, max_size=6),
    )
    def test_a_lone_number_in_a_padded_copy_is_never_placed(
        self, width: int, lone: list[int], full: list[int]
    ) -> None:
        """``一、… | 0 | ||||||||`` with every line padded alike: the 0 may stand in any column."""
        header = [
            ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况"],
            ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        ]
        rows = [
            ["一、本年新收政府信息公开申请数量", str(lone[0])],
            ["二、上年结转政府信息公开申请数量", str(lone[1])],
            ["三、本年度办理结果", "(一)予以公开", *_row(full)],
        ]
        table = "\n".join(_padded(cells, width) for cells in [*header, *rows])
        page = OPENING + TABLE2_2021 + "三、收到和处理政府信息公开申请情况\n" + table + "\n"
        result = audit(page, source="p")
        table3 = result.tables["table3"]
        assert table3[_row_index("new_received")] == [None] * 7
        assert table3[_row_index("carried_over")] == [None] * 7
        assert table3[_row_index("granted")] == [*full, sum(full)]

    @SETTINGS_R5
    @given(numbers=st.lists(st.integers(0, 9), min_size=6, max_size=6))
    def test_a_line_with_its_own_empty_cells_keeps_them(self, numbers: list[int]) -> None:
        """Lines of different lengths are no padding: ``| 3 |  |  |…`` keeps its cells in their places."""
        numbers[2] = 0  # printed blank
        cells = [*map(str, numbers), str(sum(numbers))]
        cells[2] = ""
        page = (
            OPENING
            + TABLE2_2021
            + "三、收到和处理政府信息公开申请情况\n"
            + "申请人情况 | 自然人 | 法人或其他组织 | 总计 |\n"
            + "一、本年新收政府信息公开申请数量 | "
            + " | ".join(cells)
            + " |\n"
        )
        result = audit(page, source="p")
        assert result.tables["table3"][_row_index("new_received")] == [
            *numbers[:2],
            None,
            *numbers[3:],
            sum(numbers),
        ]


class TestGluedRowsByColumns:
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(rows=_consistent_table3())
    def test_a_glued_row_is_never_cut_wrong(self, rows: dict[str, list[int]]) -> None:
        """Whatever the numbers, a cell read from glued digits is the table's own; a row cut by the columns
        carries a note and less than sure confidence."""
        result = audit(_glued_table3(rows), source="p")
        for index, row in enumerate(ROWS_2021):
            read = result.tables["table3"][index]
            assert all(got is None or got == want for got, want in zip(read, rows[row.code], strict=True)), (
                row
            )
        if "audit.digits_split_by_columns" in [finding.code for finding in result.findings]:
            assert not _table3_errors(result)

    def test_two_ambiguous_rows_only_the_columns_decide(self) -> None:
        """``220000022`` (22|…|22 or 2|20|…|22) and ``191000020`` cut one way only once 总计's columns are known."""
        rows = {row.code: [0] * 7 for row in ROWS_2021}
        rows["granted"] = [22, 0, 0, 0, 0, 0, 22]
        rows["partially_granted"] = [19, 1, 0, 0, 0, 0, 20]
        rows["unavailable_not_held"] = [31, 0, 0, 0, 0, 0, 31]
        rows["total"] = rows["new_received"] = [72, 1, 0, 0, 0, 0, 73]
        result = audit(_glued_table3(rows), source="p")
        table3 = result.tables["table3"]
        assert table3[_row_index("granted")] == [22, 0, 0, 0, 0, 0, 22]
        assert table3[_row_index("partially_granted")] == [19, 1, 0, 0, 0, 0, 20]
        assert "audit.digits_split_by_columns" in [finding.code for finding in result.findings]
        assert all(
            confidence < SURE
            for key, confidence in result.cell_confidence.items()
            if key.startswith("表三/三、（一）")
        )


# Round 6 (formerly test_audit_messy_round6.py; see MESSY_ROUNDS.md).
class TestTable4DigitPerCell:
    @SETTINGS_R5
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


# Round 8 (formerly test_audit_messy_round8.py; see MESSY_ROUNDS.md).
class TestFiguresRunIntoLabels:
    @SETTINGS_R5
    @given(penalties=st.integers(0, 5000), coercion=st.integers(0, 5000), permits=st.integers(0, 9))
    def test_each_label_takes_its_own_figure(self, penalties: int, coercion: int, permits: int) -> None:
        page = _T2_PDF.format(
            rules="000", documents="021", permits=permits, penalties=penalties, coercion=coercion
        )
        table2 = _table2(page)
        assert table2["行政处罚.本年处理决定数量"] == penalties
        assert table2["行政强制.本年处理决定数量"] == coercion
        assert [table2[f"规章.{column}"] for column in ("本年制发件数", "本年废止件数", "现行有效件数")] == [
            0,
            0,
            0,
        ]
        assert table2["行政规范性文件.现行有效件数"] == 1

    @SETTINGS_R5
    @given(
        rules=st.lists(st.integers(0, 120), min_size=3, max_size=3),
        documents=st.lists(st.integers(0, 120), min_size=3, max_size=3),
    )
    def test_glued_figures_are_right_or_unread(self, rules: list[int], documents: list[int]) -> None:
        page = _T2_PDF.format(
            rules="".join(map(str, rules)),
            documents="".join(map(str, documents)),
            permits=3,
            penalties=1,
            coercion=0,
        )
        table2 = _table2(page)
        columns = ("本年制发件数", "本年废止件数", "现行有效件数")
        for row, values in (("规章", rules), ("行政规范性文件", documents)):
            for column, value in zip(columns, values, strict=True):
                assert table2[f"{row}.{column}"] in {None, value}


class TestLabelAcrossALineBreak:
    @SETTINGS_R5
    @given(
        label=st.sampled_from(_ROW_LABELS),
        data=st.data(),
        figures=st.lists(st.integers(0, 9), min_size=7, max_size=7),
    )
    def test_a_cut_label_is_joined_back(self, label: str, data: st.DataObject, figures: list[int]) -> None:
        first_letter = next(i for i, char in enumerate(label) if "\u4e00" <= char <= "\u9fff")
        cut = data.draw(
            st.integers(first_letter + 1, len(label) - 1)
        )  # inside the words, after any list number
        before = "0 0 0 0 0 00" + label[:cut]
        after = label[cut:] + "  " + " ".join(map(str, figures))
        assert label in tidy_layout_text(f"{before}\n{after}\n")

    @SETTINGS_R5
    @given(label=st.sampled_from(_ROW_LABELS), other=st.sampled_from(["本年度", "工作动态", "其中"]))
    def test_pieces_that_spell_no_label_stay_apart(self, label: str, other: str) -> None:
        before = "0 0 0 0 0 00" + label[:3]
        after = other + "  1 2 3"
        assert len(tidy_layout_text(f"{before}\n{after}\n").splitlines()) == 2


@SETTINGS_R5
@given(
    words=st.lists(
        st.sampled_from(["上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "0", "236"]), min_size=2
    ),
    blank_lines=st.booleans(),
)
def test_a_lone_pipe_line_is_never_joined_to_prose(words: list[str], *, blank_lines: bool) -> None:
    # a "|" copy printed to PDF: each cell and each lone "|" on its line; joining "上一年项目数量" and "|" made
    # the copy look as if pipes stood inside text, and its lone "|" lines were read as empty cells (cells shifted)
    joiner = "\n\n|\n\n" if blank_lines else "\n|\n"
    tidied = tidy_layout_text(joiner.join(words))
    assert [line for line in tidied.splitlines() if line.strip()] == [
        line for line in joiner.join(words).splitlines() if line.strip()
    ]


class TestTable4FiguresRunTogether:
    @SETTINGS_R5
    @given(groups=st.lists(_GROUP, min_size=3, max_size=3), data=st.data())
    def test_cut_by_the_group_sums_or_unread(self, groups: list[list[int]], data: st.DataObject) -> None:
        cells = [value for group in groups for value in group]
        glued = data.draw(st.integers(0, len(cells) - 2))  # the gap after this cell is lost
        line = " ".join(
            str(value) + ("" if index == glued else " ") for index, value in enumerate(cells)
        ).replace("  ", " ")
        table4 = audit(_T4_HEAD + "  " + line + "\n五、存在的主要问题及改进情况\n", source="p").tables[
            "table4"
        ]
        assert table4 in ([None] * 15, cells)

    def test_the_printed_example_is_read(self) -> None:
        line = "  1 0 2  0 3  120  0 0 12  0 0 0  0 0\n"
        table4 = audit(_T4_HEAD + line, source="p").tables["table4"]
        assert table4 == [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]


# Round 9 (formerly test_audit_messy_round9.py; see MESSY_ROUNDS.md).
class TestReviewCountInProseIsNoTableCell:
    @SETTINGS_R9
    @given(
        reviews=st.integers(0, 9),
        unit=st.sampled_from(["起", "宗", "例"]),
        cells=st.lists(st.integers(0, 9), min_size=15, max_size=15),
    )
    def test_the_table_after_the_prose_is_read(self, reviews: int, unit: str, cells: list[int]) -> None:
        page = _PINGTAN.read_text(encoding="utf-8")
        assert page.count(_REVIEW_SENTENCE) == 1
        assert page.count(_TABLE4_RUN) == 1
        run = "".join(map(str, cells))
        page = page.replace(_REVIEW_SENTENCE, f"因依申请公开引发行政复议{reviews}{unit}").replace(
            _TABLE4_RUN, run
        )
        result = audit(page, source="p")
        table4 = [None if cell is None else int(cell) for cell in result.tables.get("table4") or []]
        # 15 digits for 15 cells cut one way only: one digit a cell, never a digit from the prose
        assert table4 == cells
        codes = {finding.code: finding.severity.value for finding in result.findings}
        groups_add_up = all(sum(cells[g : g + 4]) == cells[g + 4] for g in (0, 5, 10))
        assert ("table4.sum" in codes) != groups_add_up
        if not groups_add_up:
            assert codes["table4.sum"] == "warning"  # cells read one digit each are no certain reading
        stated = {figure.name: int(figure.value) for figure in result.figures}.get("administrative_reviews")
        assert stated in (
            reviews,
            None,
        )  # read as stated, or unread ("0例" is not a wording the reader knows)
        if stated is not None and stated != cells[4]:
            assert codes.get("text.table_mismatch") == "warning"
            mismatch = next(f for f in result.findings if f.code == "text.table_mismatch")
            # as sure as the less sure of the prose (0.8) and the 总计 cell it is compared with
            assert mismatch.confidence == min(0.8, result.cell_confidence["表四/行政复议/总计"])


# Round 10 (formerly test_audit_messy_round10.py; see MESSY_ROUNDS.md).
class TestGluedRunEveryCutBroken:
    PAGE = (_DATA / "published_blind_9" / "pingtan_shs_2024.txt").read_text(encoding="utf-8")

    @SETTINGS_R9
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

    @SETTINGS_R9
    @given(digits=st.text(alphabet="0123456789", min_size=9, max_size=9))
    def test_any_other_run_is_not_read_so(self, digits: str) -> None:
        assume(digits != self.SUMS)
        result = audit(self.PAGE.replace(self.SUMS, digits), source="p")
        total = result.tables["table3"][-2]
        assert total != [19, 1, 0, 0, 0, 0, 19]
        assert total is None or all(n is None for n in total) or sum(total[:6]) == total[6]


# Round 14 (formerly test_audit_messy_round14.py; see MESSY_ROUNDS.md).
class TestACollapsedRowsTotal:
    @SETTINGS
    @given(year=st.integers(2021, 2025), count=st.integers(1, 9999))
    def test_two_equal_numbers_read_the_total_alone(self, year: int, count: int) -> None:
        result = audit(_collapsed_page(year, [count, count]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 6 + [count]
        placed = [f for f in result.findings if f.code == "audit.total_placed_by_sum"]
        assert len(placed) == 1
        assert not placed[0].is_error
        assert placed[0].confidence == 0.6
        assert set(result.cell_confidence.values()) >= {0.6}

    @SETTINGS
    @given(year=st.integers(2021, 2025))
    def test_two_zeros_stay_unread(self, year: int) -> None:
        """Guard: "0 | 0" fits a blank 总计 too (two applicant zeros): nothing is placed."""
        result = audit(_collapsed_page(year, [0, 0]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7
        assert "audit.short_row" in {f.code for f in result.findings}

    @SETTINGS
    @given(year=st.integers(2021, 2025), first=st.integers(0, 500), second=st.integers(1, 500))
    def test_three_numbers_stay_unread(self, year: int, first: int, second: int) -> None:
        """Guard: "a | b | a+b" may be three applicant columns with 总计 left blank: the row stays unread."""
        result = audit(_collapsed_page(year, [first, second, first + second]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7

    @SETTINGS
    @given(year=st.integers(2021, 2025), first=st.integers(1, 500), second=st.integers(0, 500))
    def test_two_unequal_numbers_stay_unread(self, year: int, first: int, second: int) -> None:
        """Guard: no placement fits (one applicant column and 总计 must be equal)."""
        if first == second:
            second += 1
        result = audit(_collapsed_page(year, [first, second]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7


class TestALabelGluedToTheNextRowsLabel:
    @SETTINGS
    @given(year=st.integers(2021, 2025), penalties=st.integers(0, 999), coercions=st.integers(0, 999))
    def test_each_count_stays_with_its_label(self, year: int, penalties: int, coercions: int) -> None:
        """Guard (class 5, already read before this round): PDF text that glues a row's label to the number before it."""
        page = (
            f"青山镇{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "信息内容   本年制发件数   本年废止件数   现行有效件数\n规章   0   0   0\n行政规范性文件   2   1   5\n"
            "第二十条第(五)项\n信息内容   本年处理决定数量\n行政许可   52\n第二十条第(六)项\n信息内容   本年处理决定数量\n"
            f"行政处罚   {penalties}行政强制  {coercions}\n第二十条第(八)项\n信息内容   本年收费金额(单位:万元)\n"
            "行政事业性收费   0\n三、收到和处理政府信息公开申请情况\n"
        )
        table2 = audit(page, source="p.txt").tables["table2"]
        assert table2["行政处罚.本年处理决定数量"] == penalties
        assert table2["行政强制.本年处理决定数量"] == coercions


# Round 16 (formerly test_audit_messy_round16.py; see MESSY_ROUNDS.md).
class TestStatisticsTable:
    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), more=st.integers(1, 9))
    def test_more_answers_than_requests_is_a_warning(self, year: int, received: int, more: int) -> None:
        """``pingtan_gaj_2013``: 受理…申请总数 条 2 3 … 对申请的答复总数 条 3 3 — three answers to two requests."""
        page = legacy_page(
            year, "本年度主动公开政府信息20条。", attached=_statistics(year, received, received + more)
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.WARNING)
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), fewer=st.integers(0, 9))
    def test_guard_answers_within_the_requests_raise_nothing(
        self, year: int, received: int, fewer: int
    ) -> None:
        page = legacy_page(
            year,
            "本年度主动公开政府信息20条。",
            attached=_statistics(year, received, max(received - fewer, 0)),
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), more=st.integers(1, 9))
    def test_guard_cells_glued_together_are_not_read(self, year: int, received: int, more: int) -> None:
        """Guard: 总数条2121 may be 2/121 or 21/21 — the table is not read."""
        page = legacy_page(
            year,
            "本年度主动公开政府信息20条。",
            attached=_statistics(year, received, received + more, spaced=False),
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]


# Round 18 (formerly test_audit_messy_round18.py; see MESSY_ROUNDS.md).
class TestStatisticsTableRound18:
    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), extra=st.integers(1, 9))
    def test_answers_adding_to_more_than_their_total_are_an_error(
        self, year: int, outcomes: tuple[tuple[int, int], ...], extra: int
    ) -> None:
        """``pingtan_gaj_2018``: 对申请的答复总数 0 | 0 against 同意公开答复数 1 | 3 — a certain mismatch."""
        parts = sum(p[0] for p in outcomes), sum(p[1] for p in outcomes)
        assume(parts[0] >= extra)
        answered = (parts[0] - extra, max(parts[0] - extra, parts[1] - extra))
        received = (
            answered[0],
            answered[1] + 5,
        )  # no answer above the requests: the older warning stays silent
        page = _page_r18(
            year,
            statistics_table(year, answered=answered, outcomes=outcomes, received=received),  # type: ignore[arg-type]
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(1, 9), more=st.integers(0, 9))
    def test_two_digits_run_together_are_read_as_their_one_cut(
        self, year: int, granted: int, more: int
    ) -> None:
        """``…答复总数条00…同意公开答复数条13``: ``13`` can only be 1 | 3, ``00`` only 0 | 0 — the mismatch is certain."""
        running = min(9, granted + more)
        table = statistics_table(
            year,
            answered=(0, 0),
            outcomes=((granted, running), (0, 0), (0, 0), (0, 0)),
            received=(0, 0),
            glued=True,
        )
        assert "legacy.count_mismatch" in codes_of(_page_r18(year, table), Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, reviews=_pair(0, 99))
    def test_a_count_the_prose_leaves_out_is_read_from_the_table(
        self, year: int, reviews: tuple[int, int]
    ) -> None:
        """``pingtan_gaj_2010``: no section on reviews; the table's 行政复议数 is the year's figure."""
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page_r18(year, statistics_table(year, answered=(0, 0), outcomes=zero, reviews=reviews))
        assert value_of(page, "administrative_reviews") == reviews[0]
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, running=st.integers(0, 98), more=st.integers(1, 9))
    def test_a_year_above_its_running_total_is_an_error(self, year: int, running: int, more: int) -> None:
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page_r18(
            year, statistics_table(year, answered=(0, 0), outcomes=zero, reviews=(running + more, running))
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), glued=st.booleans())
    def test_guard_a_table_that_adds_up_is_silent(
        self, year: int, outcomes: tuple[tuple[int, int], ...], *, glued: bool
    ) -> None:
        answered = (sum(p[0] for p in outcomes), sum(p[1] for p in outcomes))
        table = statistics_table(year, answered=answered, outcomes=outcomes, glued=glued)  # type: ignore[arg-type]
        page = _page_r18(year, table, requests=answered[0])
        assert codes_of(page, Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(10, 99), running=st.integers(10, 99))
    def test_guard_digits_two_cuts_fit_are_never_read(self, year: int, granted: int, running: int) -> None:
        """``2071223`` (20 | 71223 or 207 | 1223): unread, so no figure and no finding rests on it."""
        digits = f"{granted}{granted + running * 10}"
        assume(_fits(digits) > 1)
        table = (
            f"指标名称单位{year}年度历年累计主动公开信息数条00对申请的答复总数条00"
            f"其中：1.同意公开答复数条{digits}2.同意部分公开答复数条00附件下载\n"
        )
        page = _page_r18(year, table)
        assert value_of(page, "requests_granted") is None
        assert codes_of(page, Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(10, 99), running=st.integers(10, 99))
    def test_digits_left_unread_are_named_in_a_warning(self, year: int, granted: int, running: int) -> None:
        """The clerk is told which row was left unread and why (``audit.ambiguous_digits``, as for table 三)."""
        digits = f"{granted}{granted + running * 10}"
        assume(_fits(digits) > 1)
        table = (
            f"指标名称单位{year}年度历年累计主动公开信息数条00对申请的答复总数条00"
            f"其中：1.同意公开答复数条{digits}2.同意部分公开答复数条00附件下载\n"
        )
        notes = [f for f in audited(_page_r18(year, table)).findings if f.code == "audit.ambiguous_digits"]
        assert len(notes) == 1
        assert f"“同意公开答复数”{digits}" in notes[0].message
        assert notes[0].severity is Severity.WARNING

    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.integers(1, 99), other=st.integers(1, 99), more=st.integers(0, 9))
    def test_a_year_count_the_prose_states_otherwise_is_a_warning_naming_both(
        self, year: int, stated: int, other: int, more: int
    ) -> None:
        """The prose's requests against the table's 受理…申请总数 of the year: a warning, both places named."""
        assume(stated != other)
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        table = statistics_table(year, answered=(0, 0), outcomes=zero, received=(other, other + more))
        result = audited(_page_r18(year, table, requests=stated))
        found = [f for f in result.findings if f.code == "text.table_mismatch"]
        assert [f.severity for f in found] == [Severity.WARNING]
        assert "统计表" in (found[0].location or "")
        assert f"申请{stated}条" in found[0].message

    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.integers(1, 99), more=st.integers(0, 9))
    def test_guard_a_year_count_the_prose_agrees_with_is_silent(
        self, year: int, stated: int, more: int
    ) -> None:
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        table = statistics_table(year, answered=(0, 0), outcomes=zero, received=(stated, stated + more))
        result = audited(_page_r18(year, table, requests=stated))
        assert not [f for f in result.findings if f.code == "text.table_mismatch"]

    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), unknown=_pair(1, 9))
    def test_guard_a_part_the_reader_does_not_know_leaves_the_list_open(
        self, year: int, outcomes: tuple[tuple[int, int], ...], unknown: tuple[int, int]
    ) -> None:
        """``4.信息不存在答复数`` among the answers: the parts read are not all of them, so less is no mismatch."""
        answered = (
            sum(p[0] for p in outcomes) + unknown[0],
            sum(p[1] for p in outcomes) + unknown[1],
        )
        table = statistics_table(year, answered=answered, outcomes=outcomes, received=answered)  # type: ignore[arg-type]
        table = table.replace(
            "4.其他类型答复数", f"4.信息不存在答复数 条 {unknown[0]} {unknown[1]} 5.其他类型答复数"
        )
        assert codes_of(_page_r18(year, table, requests=answered[0]), Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, reviews=st.integers(1, 99))
    def test_guard_a_column_of_another_year_is_not_the_years(self, year: int, reviews: int) -> None:
        """``pingtan_gaj_2018``'s column headed 2017年度: its counts are not stated as the report's year's."""
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page_r18(
            year, statistics_table(year - 1, answered=(0, 0), outcomes=zero, reviews=(reviews, reviews))
        )
        assert value_of(page, "administrative_reviews") is None


class TestStatisticsTableAsATable:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        granted=st.integers(1, 9),
        reviews=_pair(0, 9),
        blank=st.booleans(),
        html=st.booleans(),
    )
    def test_a_table_published_as_a_table_is_read_and_checked(
        self, year: int, granted: int, reviews: tuple[int, int], *, blank: bool, html: bool
    ) -> None:
        """An HTML 统计表 never reaches the prose: its rows are read with their cells apart, a blank cell unread."""
        rows = [
            ("指标名称", "计量单位", f"{year}年度", "历年累计"),
            ("对申请的答复总数", "条", "0", "9"),
            ("其中：1.同意公开答复数", "条", str(granted), "9"),
            ("2.同意部分公开答复数", "条", "0", "" if blank else "0"),
            ("行政复议数", "件", str(reviews[0]), str(reviews[1])),
        ]
        page = _html_page(year, rows)
        if not html:  # the same page copied as text, the table's cells separated by tabs
            page = re.sub(r"</td><td>", "\t", page)
            page = re.sub(r"<[^>]+>", "\n", page)
        result = audited(page)
        assert "legacy.count_mismatch" in [f.code for f in result.findings if f.severity is Severity.ERROR]
        assert [int(f.value) for f in result.figures if f.name == "administrative_reviews"] == [reviews[0]]
        assert all(f.name != "requests_partially_granted" for f in result.figures) or not blank


# Blind set 18 (formerly test_audit_messy_blind18.py; see MESSY_ROUNDS.md).
class TestASignedChangeGluedToItsCount:
    @SETTINGS
    @given(
        count=st.integers(0, 999),
        change=st.integers(1, 999),
        sign=st.sampled_from([("减", -1), ("增", 1), ("减少", -1), ("增加", 1)]),
    )
    def test_a_count_glued_to_its_signed_change_is_two_cells(
        self, count: int, change: int, sign: tuple[str, int]
    ) -> None:
        """``行政事业性收费16减12``: 上一年项目数量 16, 本年增/减 −12 — never 1 and 6."""
        word, factor = sign
        assert _fee_cells(_page_2019(f"{count}{word}{change}")) == (count, factor * change)

    @SETTINGS
    @given(count=st.integers(0, 999), change=st.integers(0, 999))
    def test_guard_two_spaced_cells_stay_two_cells(self, count: int, change: int) -> None:
        """Guard: ``行政事业性收费16 3`` is read as written."""
        assert _fee_cells(_page_2019(f"{count} {change}")) == (count, change)


# Round 20 (formerly test_audit_messy_round20.py; see MESSY_ROUNDS.md).
class TestRowsRunOnOverPipeLines:
    @SETTINGS
    @given(year=STANDARD_YEARS, new=COUNTS, carried=st.integers(0, 9), cut=st.booleans())
    def test_every_cell_between_two_pipes_is_read_in_its_place(
        self, year: int, new: int, carried: int, cut: bool
    ) -> None:
        page = (
            opening(year)
            + _T3_HEADER
            + _run_on_row("一、本年新收政府信息公开申请数量", new, new)
            + _run_on_row("二、上年结转政府信息公开申请数量", None, carried)
            + _run_on_row("三、本年度办理结果 | (一)予以公开", new, new)
        )
        if cut:
            page = page.removesuffix(" |\n")  # the excerpt ends inside the last row's 总计 cell
        rows = audited(page).to_json_dict()["tables"]["table3"]
        assert rows[0] == [new, None, None, None, None, None, new]
        assert rows[1] == [None, None, None, None, None, None, carried]
        assert rows[2] == [new, None, None, None, None, None, new]

    @SETTINGS
    @given(year=STANDARD_YEARS, values=st.lists(st.integers(0, 9), min_size=7, max_size=7))
    def test_guard_rows_on_one_line_each_are_read_as_before(self, year: int, values: list[int]) -> None:
        cells = " | ".join(str(value) for value in values)
        page = (
            opening(year)
            + _T3_HEADER
            + f"| 一、本年新收政府信息公开申请数量 | {cells} |\n| 二、上年结转政府信息公开申请数量 | {cells} |\n"
        )
        rows = audited(page).to_json_dict()["tables"]["table3"]
        assert rows[0] == values
        assert rows[1] == values
