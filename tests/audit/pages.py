"""Write synthetic published pages (HTML and copied text) from a report, in the layouts real sites use.

The layouts copy what real pages do: merged group cells (rowspan) and a three-row column header, Word-exported
markup (``<p><span style=…>`` in every cell), a navigation bar and a nested layout table around the report,
full-width digits, label variants (、 vs ，, curly vs straight quotes, line breaks inside labels), "—" or "/"
for a cell not filled, and the subtotal rows and columns some agencies add.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclosure_rules._labels import (
    SECTION_HEADINGS,
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE3_APPLICANT_COLUMNS,
    TABLE3_COLUMNS,
    TABLE3_NOTE,
    TABLE3_ORGANISATION_HEADER,
    TABLE3_TOP_HEADER,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    Table3Row,
    table3_rows,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._models import AnnualReport2019, AnnualReport2021

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Layout:
    """How a page writes its tables."""

    word_markup: bool = False  # <p><span style=…> in every cell
    full_width_digits: bool = False
    label_variants: bool = False  # 、→， in the 其他处理 labels, straight quotes, a line break in a label
    blank_marker: str = ""  # how a cell not filled is written: "", "—", "/", "无"
    navigation: bool = False  # site navigation and a nested layout table around the report
    subtotal_rows: bool = False  # a 小计 row under each merged group of 表三
    subtotal_column: bool = False  # a 法人或其他组织小计 column in 表三
    short_labels: bool = (
        False  # "（二）部分公开" without its note; 规范性文件 for 行政规范性文件; "万元" after amounts
    )


def _cell(text: str, layout: Layout, *, rowspan: int = 1, colspan: int = 1) -> str:
    spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
        f' colspan="{colspan}"' if colspan > 1 else ""
    )
    body = text.replace("\n", "<br/>")
    if layout.word_markup:
        body = (
            '<p class="MsoNormal" align="center" style="text-align:center;line-height:20pt">'
            f'<span style="font-family:仿宋_GB2312;font-size:12pt">{body}</span><o:p></o:p></p>'
        )
    return f'<td width="60" valign="center"{spans}>{body}</td>'


def _value(value: object, layout: Layout) -> str:
    if value is None:
        return layout.blank_marker
    text = str(value)
    return text.translate(FULL_WIDTH) if layout.full_width_digits else text


def _table2_value(value: object, kind: str, layout: Layout) -> str:
    text = _value(value, layout)
    return f"{text}万元" if layout.short_labels and kind == "amount_10k_yuan" and value is not None else text


def _row_label(row: Table3Row, layout: Layout) -> str:
    label = row.label
    if layout.short_labels and "（" in row.title:
        label = row.number + row.title.split("（")[0]
    if layout.label_variants:
        label = label.replace("、行政机关", "，行政机关").replace("“", '"').replace("”", '"')
        if len(label) > 12:
            label = label[:6] + "\n" + label[6:]
    return label


def table2_html(report: AnnualReport2021 | AnnualReport2019, layout: Layout) -> str:
    specs = TABLE2_CELLS_2021 if report.report_format == "2021" else TABLE2_CELLS_2019
    width = 1 + max(len([s for s in specs if s.row_label == spec.row_label]) for spec in specs)
    rows: list[str] = []
    captions: dict[str, list[str]] = {}
    for spec in specs:
        rows_in_block = captions.setdefault(spec.block_caption, [])
        if spec.row_label not in rows_in_block:
            rows_in_block.append(spec.row_label)
    export = report.tables()["table2"]
    for caption, row_labels in captions.items():
        rows.append(f"<tr>{_cell(caption, layout, colspan=width)}</tr>")
        columns = [s.column_label for s in specs if s.row_label == row_labels[0]]
        span = (width - 1) // len(columns)
        header = "".join(_cell(label, layout, colspan=span) for label in columns)
        rows.append(f"<tr>{_cell('信息内容', layout)}{header}</tr>")
        for row_label in row_labels:
            cells = "".join(
                _cell(_table2_value(export[s.key], s.value_kind, layout), layout, colspan=span)
                for s in specs
                if s.row_label == row_label
            )
            shown = (
                row_label.removeprefix("行政")
                if layout.short_labels and row_label == "行政规范性文件"
                else row_label
            )
            rows.append(f"<tr>{_cell(shown, layout)}{cells}</tr>")
    return "<table border='1'>" + "".join(rows) + "</table>"


def table3_html(report: AnnualReport2021 | AnnualReport2019, layout: Layout) -> str:  # noqa: C901 - mirrors the merged layout
    matrix = report.tables()["table3"]
    organisations = len(TABLE3_APPLICANT_COLUMNS) - 1
    extra = 1 if layout.subtotal_column else 0
    data_columns = len(TABLE3_COLUMNS) + extra
    org_header = "".join(_cell(c.label, layout) for c in TABLE3_APPLICANT_COLUMNS[1:])
    if layout.subtotal_column:
        org_header += _cell(TABLE3_ORGANISATION_HEADER + "小计", layout)
    rows = [
        f"<tr>{_cell(TABLE3_NOTE, layout, rowspan=3, colspan=3)}{_cell(TABLE3_TOP_HEADER, layout, colspan=data_columns)}</tr>",
        (
            f"<tr>{_cell(TABLE3_COLUMNS[0].label, layout, rowspan=2)}"
            f"{_cell(TABLE3_ORGANISATION_HEADER, layout, colspan=organisations + extra)}"
            f"{_cell(TABLE3_COLUMNS[-1].label, layout, rowspan=2)}</tr>"
        ),
        f"<tr>{org_header}</tr>",
    ]

    def values(cells: Sequence[int | None]) -> str:
        shown: list[int | None] = list(cells)
        if layout.subtotal_column:
            parts = cells[1 : organisations + 1]
            subtotal = None if None in parts else sum(p for p in parts if p is not None)
            shown.insert(organisations + 1, subtotal)
        return "".join(_cell(_value(v, layout), layout) for v in shown)

    specs = table3_rows(report.report_format)
    group_sizes: dict[str, int] = {}
    for spec in specs:
        if spec.group is not None:
            group_sizes[spec.group.code] = group_sizes.get(spec.group.code, 0) + 1
    results = sum(1 for s in specs if s.kind.value in {"outcome", "total"})
    if layout.subtotal_rows:
        results += len(group_sizes)
    opened: set[str] = set()
    results_opened = False
    for index, (spec, cells) in enumerate(zip(specs, matrix, strict=True)):
        label = _row_label(spec, layout)
        lead = ""
        if spec.kind.value in {"outcome", "total"} and not results_opened:
            lead += _cell("三、本年度办理结果", layout, rowspan=results)
            results_opened = True
        if spec.group is None:
            colspan = 3 if spec.kind.value in {"new", "carried_over", "carried_forward"} else 2
            rows.append(f"<tr>{lead}{_cell(label, layout, colspan=colspan)}{values(cells)}</tr>")
            continue
        group = spec.group
        if group.code not in opened:
            opened.add(group.code)
            span = group_sizes[group.code] + (1 if layout.subtotal_rows else 0)
            lead += _cell(group.label, layout, rowspan=span)
        rows.append(f"<tr>{lead}{_cell(label, layout)}{values(cells)}</tr>")
        last_in_group = index + 1 == len(specs) or specs[index + 1].group != group
        if layout.subtotal_rows and last_in_group:
            members = [m for s, m in zip(specs, matrix, strict=True) if s.group == group]
            sums = [
                None if any(m[c] is None for m in members) else sum(m[c] or 0 for m in members)
                for c in range(7)
            ]
            rows.append(f"<tr>{_cell('小计', layout)}{values(sums)}</tr>")
    return "<table border='1'>" + "".join(rows) + "</table>"


def table4_html(report: AnnualReport2021 | AnnualReport2019, layout: Layout) -> str:
    results = [label for _, label in TABLE4_RESULT_COLUMNS]
    review, without, after = TABLE4_GROUPS
    rows = [
        f"<tr>{_cell(review.label, layout, colspan=5)}{_cell(without.parent_label or '', layout, colspan=10)}</tr>",
        "<tr>"
        + "".join(_cell(label, layout, rowspan=2) for label in results)
        + _cell(without.label, layout, colspan=5)
        + _cell(after.label, layout, colspan=5)
        + "</tr>",
        "<tr>" + "".join(_cell(label, layout) for label in results * 2) + "</tr>",
        "<tr>" + "".join(_cell(_value(v, layout), layout) for v in report.tables()["table4"]) + "</tr>",
    ]
    return "<table border='1'>" + "".join(rows) + "</table>"


def report_html(report: AnnualReport2021 | AnnualReport2019, layout: Layout, *, overview: str = "") -> str:
    headings = {heading.numeral: heading.label for heading in SECTION_HEADINGS}
    body = (
        f"<p>{report.display_title}</p>"
        f"<p>本报告中所列数据的统计期限自{report.year}年1月1日起至{report.year}年12月31日止。</p>"
        f"<p>{headings['一']}</p><p>{overview or '本年度政府信息公开工作有序推进。'}</p>"
        f"<p>{headings['二']}</p>{table2_html(report, layout)}"
        f"<p>{headings['三']}</p>{table3_html(report, layout)}"
        f"<p>{headings['四']}</p>{table4_html(report, layout)}"
        f"<p>{headings['五']}</p><p>无。</p><p>{headings['六']}</p><p>本年度未收取信息处理费。</p>"
    )
    if layout.navigation:
        nav = "<ul><li>首页</li><li>政务公开</li><li>政府信息公开年报</li></ul><div>当前位置：首页 &gt; 年报</div>"
        body = (
            f"{nav}<table><tr><td><table><tr><td>分享</td><td>打印</td></tr></table>{body}</td></tr></table>"
        )
    return (
        f'<html><head><meta charset="utf-8"><title>{report.display_title}_政府网站</title></head>'
        f"<body>{body}</body></html>"
    )


def report_text(report: AnnualReport2021 | AnnualReport2019, separator: str) -> str:
    """The page as a person copies it: one table row per line, cells joined by ``separator``."""
    headings = {heading.numeral: heading.label for heading in SECTION_HEADINGS}
    tables = report.tables()
    specs = TABLE2_CELLS_2021 if report.report_format == "2021" else TABLE2_CELLS_2019
    lines = [
        report.display_title,
        f"本报告中所列数据的统计期限自{report.year}年1月1日起至{report.year}年12月31日止。",
        headings["一"],
        "本年度政府信息公开工作有序推进。",
        headings["二"],
    ]
    seen: list[str] = []
    for spec in specs:
        if spec.row_label in seen:
            continue
        seen.append(spec.row_label)
        columns = [s for s in specs if s.row_label == spec.row_label]
        lines.append(separator.join(["信息内容", *(s.column_label for s in columns)]))
        lines.append(
            separator.join(
                [spec.row_label, *("" if (v := tables["table2"][s.key]) is None else str(v) for s in columns)]
            )
        )
    lines.append(headings["三"])
    lines.append(separator.join([TABLE3_TOP_HEADER, *(c.label for c in TABLE3_COLUMNS)]))
    # A browser copies a merged cell once, on the first row it spans (三、本年度办理结果, （三）不予公开 …).
    opened: set[str] = set()
    for row, cells in zip(table3_rows(report.report_format), tables["table3"], strict=True):
        lead = []
        if row.kind.value in {"outcome", "total"} and "results" not in opened:
            opened.add("results")
            lead.append("三、本年度办理结果")
        if row.group is not None and row.group.code not in opened:
            opened.add(row.group.code)
            lead.append(row.group.label)
        lines.append(separator.join([*lead, row.label, *("" if v is None else str(v) for v in cells)]))
    lines.append(headings["四"])
    lines.append(separator.join([g.label for g in TABLE4_GROUPS]))
    lines.append(separator.join(label for _, label in TABLE4_RESULT_COLUMNS * 3))
    lines.append(separator.join("" if v is None else str(v) for v in tables["table4"]))
    lines.append(headings["五"])
    lines.append("无。")
    return "\n".join(lines) + "\n"
