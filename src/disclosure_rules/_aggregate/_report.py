"""From a tally to the annual report (国办公开办函〔2021〕30号 format), with the section 一 figures.

``build_report`` counts records and builds the report; ``report_from_tally`` builds it from partial tables
already added up (files read one by one, or in parallel). The report always satisfies the identities of
table 三: the 总计 row and column are sums by construction, and every request counted in 一 or 二 is counted
once in 三 or 四 (see :mod:`disclosure_rules._aggregate._counting`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from pydantic import BaseModel, ConfigDict

from disclosure_rules._aggregate._counting import RequestCounter
from disclosure_rules._aggregate._errors import AggregateError, BadRow
from disclosure_rules._aggregate._items import ItemCounter
from disclosure_rules._aggregate._legacy import half_up_share, legacy_figures
from disclosure_rules._aggregate._matching import APPLICANT_CODES
from disclosure_rules._aggregate._tally import ItemTally, RequestTally, Tally
from disclosure_rules._aggregate._timeliness import Deadlines
from disclosure_rules._api_guard import public_class
from disclosure_rules._labels import (
    TABLE2_CELLS_2021,
    TABLE3_APPLICANT_COLUMNS,
    TABLE3_ROWS_2021,
    RowKind,
    table3_row,
)
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    LegacyFigures,
    Overview,
    ProactiveDisclosureTable2021,
    RequestsTable2021,
    ReviewLitigationTable,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from disclosure_rules._records import InformationRequest, ProactiveItem

#: Shares in section 一 are printed with one decimal (e.g. 98.5%), rounded half up.
SHARE_PRECISION: Final = 1
# Table 二 cells 本年制发件数 of 第二十条第（一）项, by row label (规章, 行政规范性文件).
_ISSUED_KEYS: Final = {
    spec.row_label: spec.key for spec in TABLE2_CELLS_2021 if spec.field_path[1] == "issued"
}
DEFAULT_AGENCY: Final = Agency(name="本机关", level=AgencyLevel.OTHER)
# Table 三's 四、结转下年度继续办理: last year's is this year's 二、上年结转, and the summary names it.
_CARRIED_FORWARD: Final = table3_row("carried_forward")


class SectionOneFigures(BaseModel):
    """The numbers section 一 总体情况 states, computed from the records.

    Shares are percentages with one decimal, over the requests / items whose timeliness could be judged
    (``None`` when none could). Requests: 第三十三条第二款 (20 working days, extensions only as recorded
    events); items: 第二十六条 (20 working days from formation or change).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    items_published: int
    items_published_on_time: int
    items_published_late: int
    items_timeliness_unknown: int
    items_on_time_percent: Decimal | None
    requests_received: int
    requests_carried_over: int
    requests_answered: int
    requests_answered_on_time: int
    requests_answered_late: int
    requests_timeliness_unknown: int
    requests_on_time_percent: Decimal | None
    requests_carried_forward: int


@dataclass(frozen=True, slots=True)
class AggregateNote:
    """Something the caller should know about how the report was built (never silent): code and message.

    ``message_zh`` is the same in Chinese, for the clerk (the command line prints it).
    """

    code: str
    message: str
    message_zh: str = ""


@public_class
@dataclass(frozen=True, slots=True)
class AggregateResult:
    """The report, its section 一 figures, the legacy statistics, notes and the tally it came from."""

    report: AnnualReport2021
    figures: SectionOneFigures
    legacy: LegacyFigures
    tally: Tally
    notes: tuple[AggregateNote, ...] = ()

    @property
    def bad_rows(self) -> tuple[BadRow, ...]:
        """The rows skipped (listed up to the tally's limit; ``tally.bad_row_count`` is exact)."""
        return self.tally.bad_rows


@dataclass(slots=True)
class _Table3:
    rows: dict[str, list[int]] = field(default_factory=dict)

    def matrix(self) -> list[list[int | None]]:
        return [[*self.rows[spec.code], sum(self.rows[spec.code])] for spec in TABLE3_ROWS_2021]


def tally_records(
    year: int,
    requests: Iterable[InformationRequest] = (),
    items: Iterable[ProactiveItem] = (),
    *,
    deadlines: Deadlines | None = None,
    skip_bad_rows: bool = False,
) -> Tally:
    """Count records into the partial tables of ``year`` (streamed: records are counted and forgotten)."""
    deadlines = deadlines or Deadlines()
    request_counter = RequestCounter(year, deadlines=deadlines, skip_bad_rows=skip_bad_rows)
    request_counter.count_records(requests, source="requests")
    item_counter = ItemCounter(year, deadlines=deadlines, skip_bad_rows=skip_bad_rows)
    item_counter.count_records(items, source="items")
    return Tally(request_counter.tally(), item_counter.tally())


def build_report(  # noqa: PLR0913 - the report's inputs, all keyword-only after the records
    year: int,
    requests: Iterable[InformationRequest],
    items: Iterable[ProactiveItem] = (),
    previous: AnyReport | None = None,
    *,
    agency: Agency | None = None,
    table2: Mapping[str, Any] | None = None,
    review_litigation: ReviewLitigationTable | None = None,
    deadlines: Deadlines | None = None,
    skip_bad_rows: bool = False,
) -> AnnualReport2021:
    """The annual report of ``year`` from request and item records.

    Table 三 counts the requests (see :mod:`disclosure_rules._aggregate._counting` for the rules); with
    ``previous`` (last year's report) 二、上年结转 is its 四、结转下年度继续办理. Table 二 takes 本年制发件数 from
    items whose category is 规章 or 行政规范性文件 and any cell from ``table2`` (canonical keys such as
    ``"行政许可.本年处理决定数量"``); table 四 is ``review_litigation`` (blank when not given: records of review and
    litigation cases are not part of the input). Section 一 states the figures of :class:`SectionOneFigures`.
    """
    tally = tally_records(year, requests, items, deadlines=deadlines, skip_bad_rows=skip_bad_rows)
    result = report_from_tally(
        tally, agency=agency, previous=previous, table2=table2, review_litigation=review_litigation
    )
    return result.report


def report_from_tally(  # noqa: PLR0913 - keyword-only report inputs
    tally: Tally,
    *,
    agency: Agency | None = None,
    previous: AnyReport | None = None,
    table2: Mapping[str, Any] | None = None,
    review_litigation: ReviewLitigationTable | None = None,
    legacy_precision: int = 0,
) -> AggregateResult:
    """Build the report (and its figures and notes) from partial tables already added up."""
    notes: list[AggregateNote] = []
    table = _table3(tally.requests)
    if previous is not None:
        notes.extend(_apply_previous(table, previous, tally.year))
    requests_table = RequestsTable2021.from_matrix(table.matrix())
    figures = section_one_figures(tally, requests_table)
    notes.extend(_tally_notes(tally))
    if agency is None and previous is None:
        notes.append(
            AggregateNote(
                "aggregate.default_agency",
                f"no agency given: the report is for {DEFAULT_AGENCY.name!r}",
                f"未给出机关名称，报告按“{DEFAULT_AGENCY.name}”填写",
            )
        )
    report = AnnualReport2021(
        agency=agency or (previous.agency if previous is not None else DEFAULT_AGENCY),
        year=tally.year,
        overview=_overview(figures),
        proactive_disclosure=_table2(tally.items, table2, notes),
        requests=requests_table,
        review_litigation=review_litigation or ReviewLitigationTable(),
    )
    return AggregateResult(
        report=report,
        figures=figures,
        legacy=legacy_figures(tally.items, precision=legacy_precision),
        tally=tally,
        notes=tuple(notes),
    )


def _table3(requests: RequestTally) -> _Table3:
    table = _Table3()
    for spec in TABLE3_ROWS_2021:
        if spec.kind is not RowKind.TOTAL:
            table.rows[spec.code] = [requests.cell(spec.code, column) for column in APPLICANT_CODES]
    outcome_codes = [spec.code for spec in TABLE3_ROWS_2021 if spec.kind is RowKind.OUTCOME]
    table.rows["total"] = [
        sum(table.rows[code][column] for code in outcome_codes) for column in range(len(APPLICANT_CODES))
    ]
    return table


def _apply_previous(table: _Table3, previous: AnyReport, year: int) -> list[AggregateNote]:
    """二、上年结转 from last year's 四; carried requests with no record stay open (added to 四)."""
    if not isinstance(previous, (AnnualReport2021, AnnualReport2019)):
        raise AggregateError(
            f"the previous report ({previous.year}) is a legacy narrative report: it has no “{_CARRIED_FORWARD.title}” row",
            code="aggregate.previous_format",
            message_zh=f"所附上年度报告（{previous.year}年）是叙述式报告，没有“{_CARRIED_FORWARD.title}”一行",
        )
    if previous.year != year - 1:
        raise AggregateError(
            f"the previous report covers {previous.year}, not {year - 1}",
            code="aggregate.previous_year_mismatch",
            message_zh=f"所附上年度报告是{previous.year}年的，应为{year - 1}年",
        )
    carried = previous.requests.carried_forward.values()[: len(APPLICANT_CODES)]
    if any(value is None for value in carried):
        raise AggregateError(
            f"the previous report ({previous.agency.name} {previous.year}) leaves cells of “{_CARRIED_FORWARD.label}” blank",
            code="aggregate.previous_incomplete",
            message_zh=(
                f"所附上年度报告（{previous.agency.name} {previous.year}年）表三“{_CARRIED_FORWARD.label}”有未填写的单元格"
            ),
        )
    notes: list[AggregateNote] = []
    from_records = table.rows["carried_over"]
    missing_total = 0
    for column, (stated, counted) in enumerate(zip(carried, from_records, strict=True)):
        assert stated is not None  # noqa: S101 - checked above
        if counted > stated:
            raise AggregateError(
                f"the records hold {counted} requests of column {APPLICANT_CODES[column]} received before {year} "
                f"and still open on 1 January, but the {previous.year} report carried forward only {stated}; "
                "correct last year's report or aggregate without it",
                code="aggregate.carry_over_mismatch",
                message_zh=(
                    f"台账中{year}年以前收到、1月1日仍在办理的“{TABLE3_APPLICANT_COLUMNS[column].label}”申请有{counted}件，"
                    f"但{previous.year}年度报告只结转了{stated}件；请更正上年度报告，或不附上年度报告汇总"
                ),
            )
        missing_total += stated - counted
        table.rows["carried_forward"][column] += stated - counted
        table.rows["carried_over"][column] = stated
    notes.append(
        AggregateNote(
            "aggregate.carried_over_from_previous",
            f"“二、上年结转” taken from the {previous.year} report",
            f"二、上年结转取自{previous.year}年的报告",
        )
    )
    if missing_total:
        notes.append(
            AggregateNote(
                "aggregate.carried_over_without_records",
                f"{missing_total} requests carried forward by the {previous.year} report have no record: "
                f"they are counted as still open (“{_CARRIED_FORWARD.label}”)",
                f"{previous.year}年报告结转的{missing_total}件申请在台账中没有记录，按仍在办理计入（{_CARRIED_FORWARD.label}）",
            )
        )
    return notes


def _percent(count: int, known: int) -> Decimal | None:
    return half_up_share(count, known, precision=SHARE_PRECISION)


def section_one_figures(tally: Tally, requests: RequestsTable2021) -> SectionOneFigures:
    """The section 一 figures of a tally, with the request totals read from the finished table 三."""
    items, counted = tally.items, tally.requests

    def total(code: str) -> int:
        value = requests.row(code).total
        return value or 0

    return SectionOneFigures(
        items_published=items.published,
        items_published_on_time=items.published_on_time,
        items_published_late=items.published_late,
        items_timeliness_unknown=items.published_timeliness_unknown,
        items_on_time_percent=_percent(
            items.published_on_time, items.published_on_time + items.published_late
        ),
        requests_received=total("new_received"),
        requests_carried_over=total("carried_over"),
        requests_answered=total("total"),
        requests_answered_on_time=counted.answered_on_time,
        requests_answered_late=counted.answered_late,
        requests_timeliness_unknown=counted.answered_timeliness_unknown,
        requests_on_time_percent=_percent(
            counted.answered_on_time, counted.answered_on_time + counted.answered_late
        ),
        requests_carried_forward=total("carried_forward"),
    )


def _overview(figures: SectionOneFigures) -> Overview:
    proactive = f"本年度主动公开政府信息{figures.items_published}条"
    if figures.items_on_time_percent is not None:
        proactive += (
            f"，其中{figures.items_published_on_time}条自信息形成或者变更之日起20个工作日内公开"
            f"（《条例》第二十六条），占{figures.items_on_time_percent}%"
        )
    if figures.items_timeliness_unknown:
        proactive += f"，另有{figures.items_timeliness_unknown}条无法判断是否按期（节假日安排未发布）"
    requests = (
        f"本年度新收政府信息公开申请{figures.requests_received}件，上年结转{figures.requests_carried_over}件，"
        f"办结{figures.requests_answered}件"
    )
    if figures.requests_on_time_percent is not None:
        requests += (
            f"，其中在法定期限内答复{figures.requests_answered_on_time}件（《条例》第三十三条），"
            f"占{figures.requests_on_time_percent}%"
        )
    if figures.requests_timeliness_unknown:
        requests += f"，另有{figures.requests_timeliness_unknown}件无法判断是否按期"
    requests += f"；{_CARRIED_FORWARD.title}{figures.requests_carried_forward}件。"
    return Overview(proactive_disclosure=proactive + "。", requests=requests)


def _table2(
    items: ItemTally, given: Mapping[str, Any] | None, notes: list[AggregateNote]
) -> ProactiveDisclosureTable2021:
    values: dict[str, Any] = {}
    if items.categorised:
        for row, key in _ISSUED_KEYS.items():
            values[key] = items.documents_issued[row]
    for key, value in (given or {}).items():
        if key in values and values[key] != value:
            notes.append(
                AggregateNote(
                    "aggregate.table2_given_over_records",
                    f"table 二 {key}: {value} as given, not {values[key]} as counted from the items",
                    f"表二 {key}：采用给出的{value}，而不是按条目统计的{values[key]}",
                )
            )
        values[key] = value
    return AnnualReport2021.table2_from_mapping(values)


def _tally_notes(tally: Tally) -> list[AggregateNote]:
    notes: list[AggregateNote] = []
    requests, items = tally.requests, tally.items
    if requests.received_after_year:
        notes.append(
            AggregateNote(
                "aggregate.received_after_year",
                f"{requests.received_after_year} requests were received after {tally.year} and are not in this report",
                f"有{requests.received_after_year}件申请在{tally.year}年之后收到，未计入本报告",
            )
        )
    if requests.closed_before_year:
        notes.append(
            AggregateNote(
                "aggregate.closed_before_year",
                f"{requests.closed_before_year} requests were closed before {tally.year} and are not in this report",
                f"有{requests.closed_before_year}件申请在{tally.year}年之前已办结，未计入本报告",
            )
        )
    unknown = requests.answered_timeliness_unknown + items.published_timeliness_unknown
    if unknown:
        notes.append(
            AggregateNote(
                "aggregate.timeliness_unknown",
                f"the timeliness of {unknown} requests and items could not be judged (no deadline: the holiday "
                "schedule of a year is not published, or timeliness was turned off)",
                f"有{unknown}件申请和条目无法判断是否按期办理（没有期限：该年度的放假安排尚未公布，或关闭了按期判断）",
            )
        )
    if tally.bad_row_count:
        notes.append(
            AggregateNote(
                "aggregate.bad_rows_skipped",
                f"{tally.bad_row_count} bad rows were skipped and not counted",
                f"已跳过{tally.bad_row_count}行无法读取的记录，未计入",
            )
        )
    return notes
