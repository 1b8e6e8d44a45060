"""View models: everything a template prints, computed in Python from a report model.

Templates only lay these out. Labels come from :mod:`disclosure_rules._labels`; every number, share and
date is formatted here with :mod:`disclosure_rules._render._filters`. Tables come in two shapes: a grid of
cells with their row and column spans (HTML, laid out as the official format lays them out) and flat tables
(Markdown, text), which keep every label and number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, is_dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, TypeVar, cast

from disclosure_rules._api_guard import public_class
from disclosure_rules._formatting import chinese_date, decimal_places, share_percent
from disclosure_rules._labels import (
    GROUP_RESULTS,
    LEGACY_BREAKDOWN_NAMES,
    OVERVIEW_SUBHEADINGS,
    SECTION_HEADINGS,
    TABLE2_ROW_HEADER,
    TABLE3_COLUMNS,
    TABLE3_NOTE,
    TABLE3_ORGANISATION_HEADER,
    TABLE3_TOP_HEADER,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    RowKind,
    Table2Cell,
    Table3Row,
    format_source,
    table2_cells,
)
from disclosure_rules._models import LegacyReport, table2_value
from disclosure_rules._render._charts import ChartBar, ChartView, bar_chart_svg, text_units
from disclosure_rules._render._filters import (
    FlatRow,
    FlatTable,
    chinese_numeral,
    percent,
    plain_number,
    signed,
    wan_yuan,
)
from disclosure_rules._safe_text import holds_controls, without_controls
from disclosure_rules._sources import REGULATION_2019_TITLE

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from disclosure_rules._models import (
        AnyReport,
        LegacyBreakdown,
        LegacyFigures,
        NarrativeSection,
        StandardReport,
    )
    from disclosure_rules._validation import Finding

CellRole = Literal["head", "note", "caption", "label", "group", "value"]

# Words the renderer adds around the official labels. They are the renderer's, not the format's.
_V = TypeVar("_V")
UNFILLED_SECTION: Final = "（本部分未填写）"
ERRORS_ANNEX_TITLE: Final = "附件：校验发现的错误"
DATA_ANNEX_TITLE: Final = "附：主要数据（由报告数据计算）"
CHARTS_TITLE: Final = "图示"
TABLE4_LITIGATION_LABEL: Final = next(g.parent_label for g in TABLE4_GROUPS if g.parent_label)
# Labels of the figures a legacy report may state (LegacyFigures fields): the renderer's wording, with unit.
LEGACY_FIGURE_LABELS: Final = (
    ("proactive_total", "主动公开政府信息", "条"),
    ("website_visits", "网上公开信息点击次数", "次"),
    ("reading_points", "公共信息查阅点", "处"),
    ("reading_point_items", "查阅点汇集信息", "条"),
    ("requests_received", "收到政府信息公开申请", "件"),
    ("requests_answered", "答复政府信息公开申请", "件"),
    ("requests_granted", "同意公开", "件"),
    ("requests_partially_granted", "同意部分公开", "件"),
    ("requests_refused", "不予公开", "件"),
    ("fees_charged_yuan", "收取费用", "元"),
    ("fees_waived_yuan", "减免费用", "元"),
    ("administrative_reviews", "行政复议案件", "件"),
    ("lawsuits", "行政诉讼案件", "件"),
    ("complaints", "申诉案件", "件"),
    ("training_sessions", "培训", "次"),
    ("trainees", "培训人员", "名"),
)
SHARE_HEADERS: Final = ("条数", "占比（按数据计算）", "报告所写占比")
# A computed share without a printed one to match gets one decimal.
DEFAULT_SHARE_PLACES: Final = 1
_TRAILING_NOTE: Final = re.compile(r"（[^（）]*）$")


# --------------------------------------------------------------------------------------------------
# View types
# --------------------------------------------------------------------------------------------------


class GridCell(NamedTuple):
    """A cell of an HTML table: its text, span, role, and ``key`` (the model field it shows) for values.

    A named tuple rather than a frozen dataclass: a report has hundreds of cells, and a tuple is built several
    times faster (immutable all the same).
    """

    text: str
    role: CellRole = "value"
    colspan: int = 1
    rowspan: int = 1
    key: str | None = None
    # The printed figure disagrees with the one computed from the data (legacy shares).
    flagged: bool = False

    @property
    def is_header(self) -> bool:
        """Whether the cell is a header (``<th>``) rather than data (``<td>``)."""
        return self.role != "value"


Row = tuple[GridCell, ...]


@dataclass(frozen=True, slots=True)
class GridTable:
    """A table as the official format lays it out: header rows and one or more bodies of rows.

    ``flat`` holds the same labels and numbers as flat tables for Markdown and text.
    """

    id: str
    label: str
    head: tuple[Row, ...]
    bodies: tuple[tuple[Row, ...], ...]
    flat: tuple[FlatTable, ...]
    columns: int


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A sub-heading with its paragraphs and nested blocks (（一）主动公开, (二)公开的内容 …)."""

    heading: str
    paragraphs: tuple[str, ...]
    blocks: tuple[TextBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class OutlineItem:
    """A sub-block in reading order: its depth, heading and paragraphs (templates need no recursion)."""

    depth: int
    heading: str
    paragraphs: tuple[str, ...]

    @property
    def html_level(self) -> int:
        """The HTML heading level: h3 for a direct sub-block of a section, at most h6."""
        return min(self.depth + 2, 6)

    @property
    def markdown_prefix(self) -> str:
        """The Markdown heading marker at the same level (``###``; Markdown has six levels too)."""
        return "#" * self.html_level


@dataclass(frozen=True, slots=True)
class SectionView:
    """A numbered section: heading, paragraphs, sub-blocks, and its table if it has one."""

    code: str
    heading: str
    paragraphs: tuple[str, ...]
    blocks: tuple[TextBlock, ...] = ()
    table: GridTable | None = None

    @property
    def outline(self) -> tuple[OutlineItem, ...]:
        """The sub-blocks flattened in reading order, each with its depth (1 for a direct sub-block)."""
        items: list[OutlineItem] = []

        def walk(blocks: tuple[TextBlock, ...], depth: int) -> None:
            for block in blocks:
                items.append(OutlineItem(depth, block.heading, block.paragraphs))
                walk(block.blocks, depth + 1)

        walk(self.blocks, 1)
        return tuple(items)


@dataclass(frozen=True, slots=True)
class FigureLine:
    """A stated figure of a legacy report: label and value with its unit (``主动公开政府信息：17条``)."""

    label: str
    value: str
    key: str


@dataclass(frozen=True, slots=True)
class DataAnnex:
    """The legacy report's figures with the shares recomputed from the counts."""

    title: str
    lines: tuple[FigureLine, ...]
    tables: tuple[GridTable, ...]


@dataclass(frozen=True, slots=True)
class FindingView:
    """A validation finding as the errors annex lists it."""

    code: str
    severity: str
    message: str
    location: str
    source: str


@public_class
@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything a report template prints."""

    kind: Literal["standard", "legacy"]
    report_format: str
    format_source: str | None
    title: str
    agency: str
    year: int
    preamble: tuple[str, ...]
    sections: tuple[SectionView, ...]
    closing: tuple[str, ...]
    signature: str | None
    signed_on: str | None
    data: DataAnnex | None
    charts: tuple[ChartView, ...]
    errors: tuple[FindingView, ...]
    errors_banner: str | None
    charts_title: str = CHARTS_TITLE
    errors_title: str = ERRORS_ANNEX_TITLE


# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------


def paragraphs(text: str | None) -> tuple[str, ...]:
    """Text split into paragraphs at line breaks, each stripped; blank lines dropped.

    Text pasted from Word or Excel brings control characters: a vertical tab (a line break in an Excel cell)
    splits paragraphs like any line break; the others are invisible, and invalid in the Word file's XML, so a
    published report drops them.
    """
    if not text:
        return ()
    return tuple(clean for line in text.splitlines() if (clean := without_controls(line).strip()))


def count_text(value: int | None) -> str:
    """A count cell: the number, or empty for a cell left blank (None is *not filled*, never 0)."""
    return "" if value is None else str(value)


def _table2_text(spec: Table2Cell, value: object) -> str:
    if value is None:
        return ""
    if spec.value_kind == "signed" and isinstance(value, int):
        return signed(value)
    if spec.value_kind == "amount_10k_yuan" and isinstance(value, Decimal):
        return wan_yuan(value)
    if isinstance(value, (int, Decimal)):
        return plain_number(value)
    return str(value)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --------------------------------------------------------------------------------------------------
# Table 二
# --------------------------------------------------------------------------------------------------


def table2_view(report: StandardReport) -> GridTable:
    """Table 二 as captioned blocks (第二十条第（一）项 …), each with its 信息内容 header row."""
    specs = table2_cells(report.report_format)
    table = report.proactive_disclosure
    captions = _unique(spec.block_caption for spec in specs)
    blocks = [[spec for spec in specs if spec.block_caption == caption] for caption in captions]
    widths = [len(_unique(spec.column_label for spec in block)) for block in blocks]
    data_width = math.lcm(*widths)
    bodies: list[tuple[Row, ...]] = []
    flat: list[FlatTable] = []
    for caption, block, width in zip(captions, blocks, widths, strict=True):
        span = data_width // width
        columns = _unique(spec.column_label for spec in block)
        rows: list[Row] = [
            (GridCell(caption, "caption", colspan=1 + data_width),),
            (
                GridCell(TABLE2_ROW_HEADER, "head"),
                *(GridCell(column, "head", colspan=span) for column in columns),
            ),
        ]
        flat_rows: list[FlatRow] = []
        for row_label in _unique(spec.row_label for spec in block):
            cells = []
            for spec in (spec for spec in block if spec.row_label == row_label):
                value = table2_value(table, spec)
                key = f"table2.{spec.field_path[0]}.{spec.field_path[1]}"
                cells.append(GridCell(_table2_text(spec, value), colspan=span, key=key))
            rows.append((GridCell(row_label, "label"), *cells))
            flat_rows.append(FlatRow(row_label, tuple(cell.text for cell in cells)))
        bodies.append(tuple(rows))
        flat.append(FlatTable(header=(TABLE2_ROW_HEADER, *columns), rows=tuple(flat_rows), caption=caption))
    return GridTable(
        id="table2",
        label=SECTION_HEADINGS[1].label,
        head=(),
        bodies=tuple(bodies),
        flat=tuple(flat),
        columns=1 + data_width,
    )


# --------------------------------------------------------------------------------------------------
# Table 三
# --------------------------------------------------------------------------------------------------

_TABLE3_LABEL_COLUMNS: Final = 3


def _table3_head() -> tuple[Row, ...]:
    top: Row = (
        GridCell(TABLE3_NOTE, "note", colspan=_TABLE3_LABEL_COLUMNS, rowspan=3),
        GridCell(TABLE3_TOP_HEADER, "head", colspan=len(TABLE3_COLUMNS)),
    )
    middle: list[GridCell] = []
    for index, column in enumerate(TABLE3_COLUMNS):
        if column.parent_label is None:
            middle.append(GridCell(column.label, "head", rowspan=2))
        elif index == 0 or TABLE3_COLUMNS[index - 1].parent_label != column.parent_label:
            run = sum(1 for other in TABLE3_COLUMNS if other.parent_label == column.parent_label)
            middle.append(GridCell(column.parent_label, "head", colspan=run))
    bottom = tuple(GridCell(column.label, "head") for column in TABLE3_COLUMNS if column.parent_label)
    return top, tuple(middle), bottom


def _is_result_row(spec: Table3Row) -> bool:
    return spec.kind in {RowKind.OUTCOME, RowKind.TOTAL}


def table3_view(report: StandardReport) -> GridTable:
    """Table 三 with its three header rows, the note in the corner and the group labels as row spans."""
    rows = list(report.requests.iter_rows())
    result_rows = sum(1 for spec, _ in rows if _is_result_row(spec))
    group_sizes: dict[str, int] = {}
    for spec, _ in rows:
        if spec.group is not None:
            group_sizes[spec.group.code] = group_sizes.get(spec.group.code, 0) + 1
    body: list[Row] = []
    flat_rows: list[FlatRow] = []
    seen_results = False
    seen_groups: set[str] = set()
    for spec, counts in rows:
        values = tuple(
            GridCell(count_text(value), key=f"table3.{spec.code}.{column.code}")
            for column, value in zip(TABLE3_COLUMNS, counts.values(), strict=True)
        )
        texts = tuple(cell.text for cell in values)
        labels: list[GridCell] = []
        if not _is_result_row(spec):
            labels.append(GridCell(spec.label, "label", colspan=_TABLE3_LABEL_COLUMNS))
            flat_rows.append(FlatRow(spec.label, texts))
        else:
            if not seen_results:
                seen_results = True
                labels.append(GridCell(GROUP_RESULTS.label, "group", rowspan=result_rows))
                flat_rows.append(FlatRow(GROUP_RESULTS.label, is_group=True))
            if spec.group is None:
                labels.append(GridCell(spec.label, "label", colspan=2))
                flat_rows.append(FlatRow(spec.label, texts, level=1))
            else:
                if spec.group.code not in seen_groups:
                    seen_groups.add(spec.group.code)
                    labels.append(GridCell(spec.group.label, "group", rowspan=group_sizes[spec.group.code]))
                    flat_rows.append(FlatRow(spec.group.label, level=1, is_group=True))
                labels.append(GridCell(spec.label, "label"))
                flat_rows.append(FlatRow(spec.label, texts, level=2))
        body.append((*labels, *values))
    organisations = "、".join(column.label for column in TABLE3_COLUMNS if column.parent_label)
    standalone = [column.label for column in TABLE3_COLUMNS if column.parent_label is None]
    columns_note = f"{TABLE3_TOP_HEADER}：{standalone[0]}；{TABLE3_ORGANISATION_HEADER}（{organisations}）；{standalone[-1]}"
    flat = FlatTable(
        header=("", *(column.label for column in TABLE3_COLUMNS)),
        rows=tuple(flat_rows),
        note=f"{TABLE3_NOTE}\n{columns_note}",
    )
    return GridTable(
        id="table3",
        label=SECTION_HEADINGS[2].label,
        head=_table3_head(),
        bodies=(tuple(body),),
        flat=(flat,),
        columns=_TABLE3_LABEL_COLUMNS + len(TABLE3_COLUMNS),
    )


# --------------------------------------------------------------------------------------------------
# Table 四
# --------------------------------------------------------------------------------------------------


def table4_view(report: StandardReport) -> GridTable:
    """Table 四 with its two header levels: 行政复议 ×5 | 行政诉讼 (未经复议直接起诉 ×5, 复议后起诉 ×5)."""
    width = len(TABLE4_RESULT_COLUMNS)
    top: list[GridCell] = []
    middle: list[GridCell] = []
    bottom: list[GridCell] = []
    for index, group in enumerate(TABLE4_GROUPS):
        if group.parent_label is None:
            top.append(GridCell(group.label, "head", colspan=width))
            middle.extend(GridCell(label, "head", rowspan=2) for _, label in TABLE4_RESULT_COLUMNS)
            continue
        if index == 0 or TABLE4_GROUPS[index - 1].parent_label != group.parent_label:
            run = sum(1 for other in TABLE4_GROUPS if other.parent_label == group.parent_label)
            top.append(GridCell(group.parent_label, "head", colspan=width * run))
        middle.append(GridCell(group.label, "head", colspan=width))
        bottom.extend(GridCell(label, "head") for _, label in TABLE4_RESULT_COLUMNS)
    values: list[GridCell] = []
    flat_rows: list[FlatRow] = []
    for group in TABLE4_GROUPS:
        results = getattr(report.review_litigation, group.code)
        cells = tuple(
            GridCell(count_text(getattr(results, code)), key=f"table4.{group.code}.{code}")
            for code, _ in TABLE4_RESULT_COLUMNS
        )
        values.extend(cells)
        if group.parent_label is not None and not any(row.label == group.parent_label for row in flat_rows):
            flat_rows.append(FlatRow(group.parent_label, is_group=True))
        level = 0 if group.parent_label is None else 1
        flat_rows.append(FlatRow(group.label, tuple(cell.text for cell in cells), level=level))
    flat = FlatTable(header=("", *(label for _, label in TABLE4_RESULT_COLUMNS)), rows=tuple(flat_rows))
    return GridTable(
        id="table4",
        label=SECTION_HEADINGS[3].label,
        head=(tuple(top), tuple(middle), tuple(bottom)),
        bodies=((tuple(values),),),
        flat=(flat,),
        columns=width * len(TABLE4_GROUPS),
    )


# --------------------------------------------------------------------------------------------------
# Standard reports (2021, 2019)
# --------------------------------------------------------------------------------------------------


def default_preamble(report: StandardReport) -> tuple[str, ...]:
    """The preamble generated from ``publication`` when a report has none of its own.

    It states the legal basis (条例第五十条 lists the report's contents), the format, the six parts, the
    statistics period (the calendar year; 30号: figures as of 31 December), where the report can be
    downloaded and whom to contact.
    """
    year = report.year
    titles = [heading.title for heading in SECTION_HEADINGS]
    # Quoted, because one heading (行政复议、行政诉讼) itself contains 、.
    parts = "".join(f"“{title}”" for title in titles)
    first = (
        f"本报告根据{REGULATION_2019_TITLE}第五十条的规定，按照{format_source(report.report_format)}编制，"
        f"包括{parts}{chinese_numeral(len(titles))}个部分。"
        f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    )
    publication = report.publication
    sentences = [first]
    if publication.website:
        sentences.append(f"本报告电子版可在{publication.website}下载。")
    details = [
        (label, value)
        for label, value in (
            ("联系地址", publication.address),
            ("邮编", publication.postcode),
            ("电话", publication.phone),
            ("电子邮箱", publication.email),
        )
        if value
    ]
    if publication.contact_office or details:
        office = publication.contact_office or report.agency.name
        contact = "；".join(f"{label}：{value}" for label, value in details)
        sentences.append(
            f"如对本报告有任何疑问，请与{office}联系" + (f"（{contact}）。" if contact else "。")
        )
    return ("".join(sentences),) if len(sentences) == 1 else (sentences[0], "".join(sentences[1:]))


def _standard_sections(report: StandardReport) -> tuple[SectionView, ...]:
    overview = report.overview
    overview_blocks = tuple(
        TextBlock(heading, paragraphs(getattr(overview, field)))
        for field, heading in OVERVIEW_SUBHEADINGS
        if getattr(overview, field) is not None
    )
    texts: dict[str, tuple[str, ...]] = {
        "overview": paragraphs(overview.text),
        "problems": paragraphs(report.problems_and_improvements),
        "other_matters": paragraphs(report.other_matters),
    }
    tables: dict[str, GridTable] = {
        "proactive_disclosure": table2_view(report),
        "requests": table3_view(report),
        "review_litigation": table4_view(report),
    }
    sections: list[SectionView] = []
    for heading in SECTION_HEADINGS:
        blocks = overview_blocks if heading.code == "overview" else ()
        text = texts.get(heading.code, ())
        table = tables.get(heading.code)
        if not text and not blocks and table is None:
            text = (UNFILLED_SECTION,)
        sections.append(SectionView(heading.code, heading.label, text, blocks, table))
    return tuple(sections)


def _short_label(number: str, title: str) -> str:
    """A row label without its trailing note, for charts: （二）部分公开（区分处理的…） → （二）部分公开."""
    return number + _TRAILING_NOTE.sub("", title)


def _share_text(value: int, base: int) -> str:
    share = share_percent(value, base, DEFAULT_SHARE_PLACES)
    return percent(share, DEFAULT_SHARE_PLACES) if share is not None else ""


def _bars(items: Sequence[tuple[str, int]], base: int) -> tuple[ChartBar, ...]:
    largest = max((value for _, value in items), default=0)
    return tuple(
        ChartBar(label, value, str(value), _share_text(value, base), text_units(value, largest))
        for label, value in items
    )


def _row_total(values: Sequence[int | None]) -> int | None:
    """The 总计 cell, or the sum of the filled applicant cells where 总计 was left blank; None if all blank."""
    total = values[-1]
    if total is not None:
        return total
    filled = [value for value in values[:-1] if value is not None]
    return sum(filled) if filled else None


def outcome_chart(report: StandardReport) -> ChartView:
    """Table 三's outcomes by row group (（一）予以公开 … （六）其他处理), from the 总计 column."""
    order: list[str] = []
    sums: dict[str, int] = {}
    for spec, counts in report.requests.iter_rows():
        if spec.kind is not RowKind.OUTCOME:
            continue
        label = spec.group.label if spec.group else _short_label(spec.number, spec.title)
        row_total = _row_total(counts.values())
        if row_total is None:
            continue  # a row left wholly blank is not filled, not 0
        if label not in sums:
            order.append(label)
            sums[label] = 0
        sums[label] += row_total
    items = [(label, sums[label]) for label in order]
    base = sum(value for _, value in items)
    title = f"{GROUP_RESULTS.label}（按办理结果分组）"
    bars = _bars(items, base)
    note = f"占比以办理结果合计{base}件为基数，四舍五入保留一位小数；总计栏空白的行按已填写的各申请人类型之和计，整行空白的不计入。"
    return ChartView("chart-outcomes", title, note, bars, bar_chart_svg("chart-outcomes", title, bars))


def decisions_chart(report: StandardReport) -> ChartView:
    """Table 二's counts of decisions (行政许可, 行政处罚, 行政强制 …): the disclosed categories with counts."""
    specs = table2_cells(report.report_format)
    items: list[tuple[str, int]] = []
    for spec in specs:
        value = table2_value(report.proactive_disclosure, spec)
        # A blank cell is not filled, not 0: it is left out of the chart.
        if spec.field_path[1] == "decisions" and isinstance(value, int):
            items.append((spec.row_label, value))
    column = next(spec.column_label for spec in specs if spec.field_path[1] == "decisions")
    title = f"{SECTION_HEADINGS[1].title}：{column}"
    bars = _bars(items, sum(value for _, value in items))
    note = "占比以各类处理决定合计为基数，四舍五入保留一位小数。"
    return ChartView("chart-decisions", title, note, bars, bar_chart_svg("chart-decisions", title, bars))


def standard_view(report: StandardReport, *, charts: bool, errors: Sequence[Finding]) -> ReportView:
    """The view of a 2021- or 2019-format report."""
    publication = report.publication
    return ReportView(
        kind="standard",
        report_format=report.report_format,
        format_source=format_source(report.report_format),
        title=report.display_title,
        agency=report.agency.name,
        year=report.year,
        preamble=paragraphs(report.preamble) if report.preamble is not None else default_preamble(report),
        sections=_standard_sections(report),
        closing=(),
        signature=report.agency.name if publication.published_on else None,
        signed_on=chinese_date(publication.published_on) if publication.published_on else None,
        data=None,
        charts=(outcome_chart(report), decisions_chart(report)) if charts else (),
        errors=tuple(_finding_view(finding) for finding in errors),
        errors_banner=_errors_banner(errors),
    )


# --------------------------------------------------------------------------------------------------
# Legacy narrative reports
# --------------------------------------------------------------------------------------------------


def _text_block(section: NarrativeSection) -> TextBlock:
    return TextBlock(
        section.heading, paragraphs(section.text), tuple(_text_block(sub) for sub in section.subsections)
    )


def _share_cells(count: int, base: int | None, published: Decimal | None, key: str) -> tuple[GridCell, ...]:
    places = decimal_places(published) if published is not None else DEFAULT_SHARE_PLACES
    computed = share_percent(count, base, places) if base else None
    computed_text = percent(computed, places) if computed is not None else ""
    published_text = percent(published, decimal_places(published)) if published is not None else ""
    flagged = published is not None and computed is not None and computed != published
    return (
        GridCell(str(count), key=f"{key}.count"),
        GridCell(computed_text, key=f"{key}.share"),
        GridCell(published_text, key=f"{key}.published_share", flagged=flagged),
    )


def _breakdown_table(table_id: str, breakdown: LegacyBreakdown, figures: LegacyFigures) -> GridTable:
    base = figures.base_for(breakdown.total)
    title = breakdown.name + (f"（{breakdown.basis}）" if breakdown.basis else "")
    head: Row = (GridCell(title, "head"), *(GridCell(text, "head") for text in SHARE_HEADERS))
    rows: list[Row] = []
    for index, figure in enumerate(breakdown.figures):
        cells = _share_cells(figure.count, base, figure.share_percent, f"{table_id}.{index}")
        rows.append((GridCell(figure.label, "label"), *cells))
    parts = sum(figure.count for figure in breakdown.figures)
    if breakdown.exhaustive:
        rows.append(
            (
                GridCell("合计", "label"),
                GridCell(str(parts), key=f"{table_id}.sum"),
                GridCell(""),
                GridCell(""),
            )
        )
    note = (f"占比基数：{base}条。" if base is not None else "报告未给出占比基数。") + (
        "" if breakdown.exhaustive else "各项可重叠，合计不必等于基数。"
    )
    rows.append((GridCell(note, "note", colspan=1 + len(SHARE_HEADERS)),))
    return GridTable(
        id=table_id,
        label=title,
        head=(head,),
        bodies=(tuple(rows),),
        flat=(_flat_from_rows(head, rows),),
        columns=1 + len(SHARE_HEADERS),
    )


def _timeliness_table(figures: LegacyFigures) -> GridTable:
    table_id = "legacy-timeliness"
    title = LEGACY_BREAKDOWN_NAMES["timeliness"]
    head: Row = (
        GridCell(title, "head"),
        GridCell("时限（工作日）", "head"),
        *(GridCell(text, "head") for text in SHARE_HEADERS),
    )
    rows: list[Row] = []
    notes: list[str] = []
    for index, item in enumerate(figures.timeliness):
        base = figures.base_for(item.total)
        cells = _share_cells(item.count, base, item.share_percent, f"{table_id}.{index}")
        rows.append((GridCell(item.label, "label"), GridCell(str(item.limit_working_days)), *cells))
        basis = f"占比基数{base}条" if base is not None else "报告未给出占比基数"
        source = f"，时限依据{item.limit_source}" if item.limit_source else ""
        notes.append(f"{item.label}：{basis}{source}。")
    columns = 2 + len(SHARE_HEADERS)
    rows.extend((GridCell(note, "note", colspan=columns),) for note in notes)
    return GridTable(
        id=table_id,
        label=title,
        head=(head,),
        bodies=(tuple(rows),),
        flat=(_flat_from_rows(head, rows),),
        columns=columns,
    )


def _flat_from_rows(head: Row, rows: Sequence[Row]) -> FlatTable:
    data = [row for row in rows if len(row) == len(head)]
    notes = [row[0].text for row in rows if len(row) != len(head)]
    return FlatTable(
        header=tuple(cell.text for cell in head),
        rows=tuple(FlatRow(row[0].text, tuple(cell.text for cell in row[1:])) for row in data),
        note="\n".join(notes) or None,
    )


def _figure_value(value: int | Decimal) -> str:
    return plain_number(value)


def legacy_data(report: LegacyReport) -> DataAnnex | None:
    """The figures of a legacy report, with each share recomputed from its count and base (None: no figure)."""
    figures = report.figures
    lines = tuple(
        FigureLine(label, f"{_figure_value(value)}{unit}", f"legacy.{field}")
        for field, label, unit in LEGACY_FIGURE_LABELS
        if (value := getattr(figures, field)) is not None
    )
    tables: list[GridTable] = []
    if figures.by_category is not None:
        tables.append(_breakdown_table("legacy-categories", figures.by_category, figures))
    if figures.by_channel is not None:
        tables.append(_breakdown_table("legacy-channels", figures.by_channel, figures))
    if figures.timeliness:
        tables.append(_timeliness_table(figures))
    if not lines and not tables:
        return None
    return DataAnnex(DATA_ANNEX_TITLE, lines, tuple(tables))


def _breakdown_chart(chart_id: str, breakdown: LegacyBreakdown, figures: LegacyFigures) -> ChartView:
    base = figures.base_for(breakdown.total)
    items = [(figure.label, figure.count) for figure in breakdown.figures]
    title = breakdown.name + (f"（{breakdown.basis}）" if breakdown.basis else "")
    bars = _bars(items, base or 0)
    note = f"占比以{base}条为基数，按数据计算，四舍五入保留一位小数。" if base else "报告未给出占比基数。"
    return ChartView(chart_id, title, note, bars, bar_chart_svg(chart_id, title, bars))


def legacy_view(report: LegacyReport, *, charts: bool, errors: Sequence[Finding]) -> ReportView:
    """The view of a legacy narrative report: its own sections, then its figures recomputed."""
    figures = report.figures
    chart_views: list[ChartView] = []
    if charts:
        if figures.by_category is not None:
            chart_views.append(_breakdown_chart("chart-categories", figures.by_category, figures))
        if figures.by_channel is not None:
            chart_views.append(_breakdown_chart("chart-channels", figures.by_channel, figures))
    sections = tuple(
        SectionView(
            f"section-{index + 1}",
            section.heading,
            paragraphs(section.text),
            tuple(_text_block(sub) for sub in section.subsections),
        )
        for index, section in enumerate(report.sections)
    )
    return ReportView(
        kind="legacy",
        report_format=report.report_format,
        format_source=None,
        title=report.display_title,
        agency=report.agency.name,
        year=report.year,
        preamble=paragraphs(report.preamble),
        sections=sections,
        closing=paragraphs(report.closing),
        signature=report.signature,
        signed_on=chinese_date(report.signed_on) if report.signed_on else None,
        data=legacy_data(report),
        charts=tuple(chart_views),
        errors=tuple(_finding_view(finding) for finding in errors),
        errors_banner=_errors_banner(errors),
    )


# --------------------------------------------------------------------------------------------------
# Errors annex and entry point
# --------------------------------------------------------------------------------------------------


def _finding_view(finding: Finding) -> FindingView:
    location = "；".join(
        " ".join(part for part in (cell.table, cell.row, cell.column) if part) for cell in finding.cells
    )
    return FindingView(
        code=finding.code,
        severity=finding.severity.label,
        message=finding.message,
        location=location or (finding.location or ""),
        source=finding.source,
    )


def _errors_banner(errors: Sequence[Finding]) -> str | None:
    if not errors:
        return None
    annex = ERRORS_ANNEX_TITLE.split("：", maxsplit=1)[0]
    return f"本文本含有{len(errors)}处校验错误（见文末{annex}），发布前应予更正。"


def report_view(report: AnyReport, *, charts: bool = False, errors: Sequence[Finding] = ()) -> ReportView:
    """The view model of any report; ``errors`` are listed in the annex (empty for a clean report).

    Every string in it is free of control and bidi characters (see ``paragraphs``): text pasted from Word or
    Excel reaches a report's title, table labels, contact lines and the errors annex too, and a bidi override
    would turn the text the public reads around.
    """
    if isinstance(report, LegacyReport):
        view = legacy_view(report, charts=charts, errors=errors)
    else:
        view = standard_view(report, charts=charts, errors=errors)
    # The view's text is the report's and ours: a report without such characters (nearly all) skips the walk.
    pasted = [*_texts(report.model_dump(mode="json")), *(finding.message for finding in errors)]
    return published(view) if any(holds_controls(text) for text in pasted) else view


def _texts(value: object) -> Iterator[str]:
    """Every string in a report's JSON-like dump."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def published(value: _V) -> _V:
    """``value`` with every string in it, however deep in the view's tuples and dataclasses, without controls.

    What holds no such character is returned as it is (the same object), so a clean report costs a walk only.
    """
    if isinstance(value, str):
        return cast("_V", without_controls(value))
    if isinstance(value, tuple):
        items = tuple(published(item) for item in value)
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return cast(
            "_V", type(value)(*items) if hasattr(value, "_fields") else items
        )  # a NamedTuple: GridCell
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in fields(value):
            old = getattr(value, item.name)
            if item.init and (new := published(old)) is not old:
                changes[item.name] = new
        return cast("_V", replace(value, **changes)) if changes else value
    return value
