"""The dashboard's view model: every number and every chart's geometry is computed here; the template lays out.

One self-contained HTML page (``templates/dashboard/dashboard.html``): no external resources, so it works
offline, attached to an e-mail and printed. A league table of agencies (sortable: a few lines of inline
script), counts by finding code, year and format with inline SVG bar charts, and for each page its findings
with the cells they cite, linked from the table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from disclosure_rules._render._environment import make_environment
from disclosure_rules._sources import REPORT_NAME

if TYPE_CHECKING:
    from collections.abc import Iterable

    from disclosure_rules._supervise._pages import PageCheck
    from disclosure_rules._validation import Finding

TEMPLATE: Final = "dashboard/dashboard.html"
#: The page's title when the caller gives none: the view and the rendered page default to the same words.
DASHBOARD_TITLE: Final = f"{REPORT_NAME} 检查结果"
#: Geometry of the horizontal bar charts, in SVG user units (pixels on screen).
CHART_WIDTH: Final = 760
BAR_HEIGHT: Final = 18
BAR_GAP: Final = 6
LABEL_WIDTH: Final = 330
VALUE_WIDTH: Final = 60
#: Bars shown at most in one chart (the table beside it lists every value).
MAX_BARS: Final = 25
NO_YEAR: Final = "（未识别）"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, value, and where it is drawn."""

    label: str
    value: int
    y: int
    width: int
    text_y: int


@dataclass(frozen=True, slots=True)
class Chart:
    """A horizontal bar chart, ready to draw."""

    title: str
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class Count:
    """A value and how many times it occurs (a table row beside a chart)."""

    label: str
    count: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding as the dashboard prints it."""

    code: str
    severity: str
    is_error: bool
    message: str
    location: str
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PageView:
    """One page checked: its summary and findings, under an anchor the league table links to."""

    anchor: str
    file: str
    agency: str
    year: str
    format: str
    confidence: str
    published: str
    late: bool
    errors: int
    warnings: int
    cells_read: int
    cells_unread: int
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class PageLink:
    """A link from the league table to one page's findings."""

    anchor: str
    label: str
    file: str


@dataclass(frozen=True, slots=True)
class Totals:
    """What a group of pages adds up to (one agency's, or every page's): the counts the dashboard prints."""

    errors: int
    warnings: int
    unread: int
    late: int


def totals_of(checks: Iterable[PageCheck]) -> Totals:
    """The errors, warnings, cells not read and pages published late of ``checks``, added up."""
    counted = list(checks)
    return Totals(
        errors=sum(check.errors for check in counted),
        warnings=sum(check.warnings for check in counted),
        unread=sum(check.cells_unread for check in counted),
        late=sum(1 for check in counted if check.late is not None),
    )


@dataclass(frozen=True, slots=True)
class AgencyRow(Totals):
    """One agency in the league table: its pages' totals."""

    name: str
    level: str
    years: str
    reports: int
    pages: tuple[PageLink, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file passed over and why."""

    file: str
    reason: str


@dataclass(frozen=True, slots=True)
class Dashboard(Totals):
    """Everything the template prints (the totals are every report's)."""

    title: str
    pages_checked: int
    reports: int
    skipped_count: int
    agencies_count: int
    reports_with_errors: int
    agencies: tuple[AgencyRow, ...]
    by_code: tuple[Count, ...]
    by_year: tuple[Count, ...]
    by_format: tuple[Count, ...]
    charts: tuple[Chart, ...]
    pages: tuple[PageView, ...]
    skipped: tuple[Skipped, ...]


def bar_chart(title: str, counts: Iterable[Count]) -> Chart:
    """Bars scaled to the largest value; at most :data:`MAX_BARS` of them, in the order given."""
    shown = list(counts)[:MAX_BARS]
    largest = max((count.count for count in shown), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = tuple(
        Bar(
            label=count.label,
            value=count.count,
            y=index * (BAR_HEIGHT + BAR_GAP),
            width=max(round(room * count.count / largest), 1 if count.count else 0),
            text_y=index * (BAR_HEIGHT + BAR_GAP) + BAR_HEIGHT - 4,
        )
        for index, count in enumerate(shown)
    )
    height = max(len(bars) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT + BAR_GAP)
    return Chart(
        title=title,
        width=CHART_WIDTH,
        height=height,
        label_width=LABEL_WIDTH,
        bar_height=BAR_HEIGHT,
        bars=bars,
    )


def _cell(finding: Finding) -> tuple[str, ...]:
    return tuple(
        " / ".join(part for part in (ref.table, ref.row, ref.column) if part) for ref in finding.cells
    )


def _anchor(index: int, file: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", file.rsplit("/", 1)[-1])[:40].strip("-")
    return f"page-{index + 1}-{stem}" if stem else f"page-{index + 1}"


def _page_view(index: int, check: PageCheck) -> PageView:
    return PageView(
        anchor=_anchor(index, check.file),
        file=check.file,
        agency=check.agency or "",
        year=str(check.year) if check.year is not None else NO_YEAR,
        format=check.format or "",
        confidence=f"{check.confidence:.2f}" if check.confidence is not None else "",
        published=check.published.isoformat() if check.published else "",
        late=check.late is not None,
        errors=check.errors,
        warnings=check.warnings,
        cells_read=check.cells_read,
        cells_unread=check.cells_unread,
        findings=tuple(
            FindingView(
                code=finding.code,
                severity=finding.severity.value,
                is_error=finding.is_error,
                message=finding.message,
                location=finding.location or "",
                cells=_cell(finding),
            )
            for finding in check.findings
        ),
    )


def _agencies(pages: list[tuple[PageCheck, PageView]]) -> tuple[AgencyRow, ...]:
    grouped: dict[str, list[tuple[PageCheck, PageView]]] = {}
    for check, view in pages:
        grouped.setdefault(check.agency or "", []).append((check, view))
    rows = []
    for name, members in grouped.items():
        levels = sorted({check.agency_level.value for check, _ in members if check.agency_level})
        years = sorted({view.year for _, view in members})
        totals = totals_of(check for check, _ in members)
        rows.append(
            AgencyRow(
                name=name,
                level="、".join(levels),
                years="、".join(years),
                reports=len(members),
                errors=totals.errors,
                warnings=totals.warnings,
                unread=totals.unread,
                late=totals.late,
                pages=tuple(PageLink(view.anchor, f"{view.year}年", view.file) for _, view in members),
            )
        )
    rows.sort(key=lambda row: (-row.errors, -row.warnings, -row.late, row.name))
    return tuple(rows)


def _by_code(checks: list[PageCheck]) -> tuple[Count, ...]:
    findings: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for check in checks:
        for finding in check.findings:
            findings[finding.code] += 1
            severity.setdefault(finding.code, finding.severity.value)
    ordered = sorted(findings.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Count(code, count, severity[code]) for code, count in ordered)


def dashboard_view(checks: Iterable[PageCheck], *, title: str = DASHBOARD_TITLE) -> Dashboard:
    """The view model of the dashboard for the pages checked (skipped files included, listed apart)."""
    everything = list(checks)
    reports = [check for check in everything if check.is_report]
    pages = [(check, _page_view(index, check)) for index, check in enumerate(reports)]
    by_code = _by_code(reports)
    years: Counter[str] = Counter(str(check.year) if check.year is not None else NO_YEAR for check in reports)
    by_year = tuple(Count(year, count) for year, count in sorted(years.items()))
    formats: Counter[str] = Counter(check.format or "" for check in reports)
    by_format = tuple(
        Count(name, count) for name, count in sorted(formats.items(), key=lambda item: -item[1])
    )
    agencies = _agencies(pages)
    totals = totals_of(reports)
    return Dashboard(
        title=title,
        pages_checked=len(everything),
        reports=len(reports),
        skipped_count=len(everything) - len(reports),
        agencies_count=len(agencies),
        errors=totals.errors,
        warnings=totals.warnings,
        unread=totals.unread,
        late=totals.late,
        reports_with_errors=sum(1 for check in reports if check.has_errors),
        agencies=agencies,
        by_code=by_code,
        by_year=by_year,
        by_format=by_format,
        charts=(
            bar_chart("按问题代码（条数）", by_code),
            bar_chart("按年度（报告数）", by_year),
            bar_chart("按格式（报告数）", by_format),
        ),
        pages=tuple(view for _, view in pages),
        skipped=tuple(
            Skipped(check.file, f"[{check.skip_code}] {check.skipped}")
            for check in everything
            if not check.is_report
        ),
    )


def render_dashboard(checks: Iterable[PageCheck], *, title: str = DASHBOARD_TITLE) -> str:
    """The dashboard as one self-contained HTML page."""
    view = dashboard_view(checks, title=title)
    return make_environment("html").get_template(TEMPLATE).render(view=view)
