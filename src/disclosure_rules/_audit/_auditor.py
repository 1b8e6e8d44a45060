"""``audit``: read a report as published, build its model, and say what is wrong with it.

The model read from the page goes through every rule of ``validate``; the auditor adds what only a page can
show: cells not filled (with their addresses), figures in the prose that contradict the tables, the
reader's own doubts (a row cut short, digits glued together), and, given earlier years of the same agency,
carry-over and document-stock continuity.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from disclosure_rules._audit._charset import decode_page
from disclosure_rules._audit._document import cut_digit_runs, looks_like_html, read_copied_text, read_html
from disclosure_rules._audit._narrative import (
    Prose,
    StatedFigure,
    StatedList,
    find_agency,
    find_agency_in_prose,
    find_period,
    find_title,
    find_year_evidence,
    read_prose,
    standard_figures,
    stated_legacy_figures,
    stated_lists,
    stated_numbers,
)
from disclosure_rules._audit._tables import (
    CONFIDENCE_UNAMBIGUOUS,
    T3_COLUMN_CODES,
    ReadValue,
    TableReading,
    read_tables,
    score_formats,
    tokenize,
)
from disclosure_rules._audit._variants import simplify
from disclosure_rules._errors import DisclosureRulesError, InputError
from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._formatting import share_percent
from disclosure_rules._labels import (
    OUTCOME_HEADINGS,
    TABLE3_COLUMNS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table2_cells,
    table3_rows,
)
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    LegacyBreakdown,
    LegacyFigure,
    LegacyFigures,
    LegacyReport,
    Overview,
    Report,
    RequestsTable2019,
    RequestsTable2021,
    ReviewLitigationTable,
    StatisticsPeriod,
    TimelinessFigure,
)
from disclosure_rules._shares import share_fits, truncation_fits
from disclosure_rules._sources import FIRST_YEAR_OF_2019_FORMAT, format_for_year
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._audit._normalize import CellValue
    from disclosure_rules._audit._tables import StandardFormat

_YUAN_PER_10K: Final = Decimal(10000)
SOURCE_READER: Final = "disclosure_rules 读取（页面）"
SOURCE_TEXT: Final = "disclosure_rules 合理性检查：正文数字应与表格一致"
UNKNOWN_AGENCY: Final = "（未识别机关）"
MIN_TABLE_LABELS: Final = 6  # fewer official labels than this is not a standard-format table
FULL_CONFIDENCE_LABELS: Final = 40
FIRST_STANDARD_YEAR: Final = FIRST_YEAR_OF_2019_FORMAT
# Headings only the standard formats use (the legacy reports open with 一、概述).
_STANDARD_HEADING: Final = re.compile(r"一[、.,，]\s*总体情况|年度报告格式")


class AuditError(DisclosureRulesError):
    """The input could not be read as an annual report; the message says why."""

    code = "audit.unrecognised_format"


class AuditFigure(BaseModel):
    """A figure stated in the prose, with the sentence it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    label: str
    value: int | Decimal
    share_percent: Decimal | None = None
    share_of: str | None = None
    sentence: str
    location: str
    section: str | None = None


class AuditResult(BaseModel):
    """What the auditor read from one page and what it found."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str | None = None
    format: Literal["2021", "2019", "legacy"]
    confidence: float
    # The year the page reports on (None: no evidence on the page; report.year is then a stand-in) and
    # which evidence gave it: 标题, 统计期限, 发布日期, 网址 or 正文.
    year: int | None = None
    year_evidence: str | None = None
    # How sure each cell read is, by "表三/row/column" (1.0 an HTML grid … 0.6 placed by the row total).
    cell_confidence: dict[str, float] = Field(default_factory=dict)
    tables: dict[str, Any]
    figures: tuple[AuditFigure, ...] = ()
    findings: tuple[Finding, ...] = ()
    report: Report

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(finding.is_error for finding in self.findings)

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON form the ``check`` command prints: numbers as numbers, ``null`` for cells not filled."""
        return {
            "file": self.file,
            "format": self.format,
            "confidence": self.confidence,
            "year": self.year,
            "year_evidence": self.year_evidence,
            # The fee amount a decimal string, as in tables("json") and the JSON Schema.
            "tables": _plain(self.tables, exact=True),
            "cell_confidence": self.cell_confidence,
            "figures": [_plain(figure.model_dump(exclude_none=True)) for figure in self.figures],
            "findings": [
                _plain(
                    {
                        "code": finding.code,
                        "severity": finding.severity.value,
                        "location": finding.location,
                        "message": finding.message,
                        "cells": [ref.model_dump() for ref in finding.cells],
                        "expected": finding.expected,
                        "actual": finding.actual,
                        "source": finding.source,
                        "confidence": finding.confidence,
                    }
                )
                for finding in self.findings
            ],
        }


def _plain(value: Any, *, exact: bool = False) -> Any:  # noqa: ANN401 - walks arbitrary JSON-like data
    if isinstance(value, Decimal):
        if exact:
            return str(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {key: _plain(item, exact=exact) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item, exact=exact) for item in value]
    return value


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------


def audit(
    text_or_html: str | bytes,
    *,
    previous: Sequence[AuditResult | AnyReport | str] = (),
    source: str | None = None,
) -> AuditResult:
    """Read a published report (HTML page or copied text), check it, and return what was read and found.

    ``text_or_html`` may be the page's bytes as saved: they are decoded in the charset they read best in
    (UTF-8, GBK/GB18030, Big5, or UTF-8 and GBK pasted together). ``previous`` holds earlier reports of the
    same agency (results, models or pages); the one for the year before enables the continuity checks.
    Raises ``AuditError`` (``audit.unrecognised_format``) when the input is not an annual report, and says
    why; ``audit.undecodable`` when bytes are in no charset a Chinese site uses.
    """
    if isinstance(text_or_html, bytes):
        try:
            text_or_html = decode_page(text_or_html, source or "输入")
        except InputError as exc:
            raise AuditError(exc.message, code="audit.undecodable", message_zh=exc.message_zh) from None
    if not text_or_html.strip():
        raise AuditError(
            f"{source or '输入'}：内容为空，不是年度报告。",
            message_zh=f"{source or '输入'}：内容为空，不是年度报告。",
        )
    page, traditional = simplify(text_or_html)
    page, dropped = cut_digit_runs(page)
    result = _audit_page(page, previous=previous, source=source, dropped=dropped)
    notes = [
        Finding(
            code="audit.reader_limit",
            severity=Severity.WARNING,
            message=f"{what}（超出读取上限，见 docs/security.md）",
            source=SOURCE_READER,
            location="全文",
        )
        for what in dropped
    ]
    if traditional:
        notes.append(
            Finding(
                code="audit.traditional_characters",
                severity=Severity.WARNING,
                message="页面用繁体字书写（镜像站点的转换稿），已逐字转为简体后读取；请以原站简体页面核对。",
                source=SOURCE_READER,
                location="全文",
            )
        )
    if not notes:
        return result
    return result.model_copy(update={"findings": (*result.findings, *notes)})


def _audit_page(
    text_or_html: str,
    *,
    previous: Sequence[AuditResult | AnyReport | str],
    source: str | None,
    dropped: list[str],
) -> AuditResult:
    document = read_html(text_or_html) if looks_like_html(text_or_html) else read_copied_text(text_or_html)
    dropped.extend(document.notes)
    tokens = tokenize(document)
    score_2021, score_2019, labels = score_formats(tokens)
    prose = read_prose(document)
    title = find_title(document, prose)
    year, evidence = find_year_evidence(title, prose, text_or_html, source)
    what = source or "输入"
    notes = _year_notes(year, evidence)
    # A report on a year before 2019 is a narrative report whatever tables it carries (its own statistics
    # tables, not 60号's or 30号's) — when the year comes from the page's own words, not a guess.
    firm_year = year is not None and evidence in {"标题", "统计期限"}
    legacy_year = firm_year and year is not None and year < FIRST_STANDARD_YEAR
    if labels >= MIN_TABLE_LABELS and not legacy_year:
        report_format: StandardFormat
        if score_2021 != score_2019:
            report_format = "2021" if score_2021 > score_2019 else "2019"
        else:
            report_format = "2021" if year is None else format_for_year(year)
        margin = abs(score_2021 - score_2019) / max(score_2021 + score_2019, 1)
        confidence = 0.5 + 0.5 * min(labels / FULL_CONFIDENCE_LABELS, 1.0) * (0.4 + 0.6 * margin)
        reading = read_tables(tokens, report_format, stated_numbers(prose))
        result = _audit_standard(
            reading,
            report_format,
            confidence=round(confidence, 2),
            prose=prose,
            title=title,
            year=year if year is not None else _STAND_IN_YEAR[report_format],
            previous=previous,
            source=source,
        )
        return _dated(result, year, evidence, notes)
    text = prose.text
    not_a_report = _not_a_report(text)
    if not_a_report:
        raise AuditError(f"{what}：{not_a_report}（找到{labels}个表格标签）。")
    standard_year = year is not None and (
        year > FIRST_STANDARD_YEAR
        or (year == FIRST_STANDARD_YEAR and _STANDARD_HEADING.search(text) is not None)
    )
    if year is not None and standard_year:
        # A page cut off before its tables, or whose tables were images: every report from 2020 on is in a
        # standard format, whatever its headings; a 2019 page needs the standard heading (60号 was new).
        # The format follows the year (60号 for 2019-2020, 30号 after).
        report_format = format_for_year(year)
        reading = read_tables(tokens, report_format)
        result = _audit_standard(
            reading,
            report_format,
            confidence=0.6,
            prose=prose,
            title=title,
            year=year,
            previous=previous,
            source=source,
        )
        return _dated(result, year, evidence, notes)
    if not ("公开" in text and ("报告" in text or "年报" in text or "汇报" in text or "政府信息" in text)):
        raise AuditError(
            f"{what}：既没有年度报告的表格标签，也没有政府信息公开报告的正文（找到{labels}个表格标签）。"
        )
    if legacy_year and labels >= MIN_TABLE_LABELS:
        notes.append(
            Finding(
                code="audit.legacy_with_tables",
                severity=Severity.WARNING,
                message=f"报告年度为{year}年（早于2019年），按叙述式年度报告读取；页面上的统计表不是"
                "国办公开办函〔2019〕60号或〔2021〕30号格式的表格，未按其读取。",
                source=SOURCE_READER,
                location="全文",
            )
        )
    result = _audit_legacy(prose, title, year if year is not None else _STAND_IN_YEAR["legacy"], source)
    return _dated(result, year, evidence, notes)


# The report model needs a year; with none on the page a stand-in fills it, the result says ``year=None``
# and the checks that depend on the year are dropped (audit.year_unknown says so).
_STAND_IN_YEAR: Final = {"2021": 2021, "2019": 2019, "legacy": 2008}
_YEAR_CHECKS: Final = ("report.format_year_mismatch", "legacy.period", "table3.carry_over", "table2.in_force")


def _year_notes(year: int | None, evidence: str | None) -> list[Finding]:
    if year is None:
        return [
            Finding(
                code="audit.year_unknown",
                severity=Severity.WARNING,
                message="页面的标题、统计期限、发布日期和网址都没有写明年度；仍读取并核对表格，"
                "与年度有关的检查未做。",
                source=SOURCE_READER,
                location="全文",
            )
        ]
    if evidence not in {"标题", "统计期限"}:
        return [
            Finding(
                code="audit.year_inferred",
                severity=Severity.WARNING,
                message=f"页面的标题和统计期限没有写明年度；按{evidence}推定为{year}年度。",
                source=SOURCE_READER,
                location="全文",
            )
        ]
    return []


def _dated(result: AuditResult, year: int | None, evidence: str | None, notes: list[Finding]) -> AuditResult:
    findings = list(result.findings)
    if year is None:
        findings = [f for f in findings if not f.code.startswith(_YEAR_CHECKS)]
    return result.model_copy(
        update={"year": year, "year_evidence": evidence, "findings": (*findings, *notes)}
    )


# A page without the report's tables must say it is a report, or have a report's sections.
_SELF_REFERENCE: Final = re.compile(
    r"本(?:年度)?(?:报告|年报)|(?:报告|公布|说明|汇报)如下|年度报告|年报|工作报告|(?:情况|工作)的?报告"
)
_REPORT_SECTION: Final = re.compile(
    r"[一二三四五六七八九][、.]\s*[^。\n]{0,20}?(?:主动公开|依申请公开|复议|收费|存在的主要问题|概述|总体情况)"
)
# The sub-headings 30号 puts under 一、总体情况 — (一)主动公开情况, (二)依申请公开情况, (三)政府信息管理 … — are
# a report's sections too: an excerpt that opens at 一、总体情况 often shows nothing else of the report.
_REPORT_SUBSECTION: Final = re.compile(
    r"[（(][一二三四五六][）)]\s*(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)"
)
_OWN_REPORT: Final = re.compile(r"本(?:年度)?(?:报告|年报)")
# Pages about reports, not reports: notices that ask for them, rules that govern them, part-year statistics.
_NOTICE: Final = re.compile(
    r"(?:通知|办法|制度|规则|规定|意见)如下|制定本(?:制度|办法|规定|细则)|现予(?:以)?印发|印发给你们"
    r"|(?:^|\n)\s*第[一二三四五六七八九十]+条[\s\u3000]"
)
_PART_YEAR: Final = re.compile(r"上半年|下半年|第[一二三四]季度")
_TITLE_SPAN: Final = 300


def _not_a_report(text: str) -> str | None:
    """Why a page with no report tables is not an annual report, or ``None`` when it may be one."""
    if _PART_YEAR.search(text[:_TITLE_SPAN]):
        return "页面是半年、季度或月度的统计，不是年度报告"
    if _NOTICE.search(text) and not _OWN_REPORT.search(text):
        return "页面是通知、制度或办法，不是年度报告"
    # A sub-heading counts once: with a section heading it makes two; sub-headings alone (a work plan's
    # "（一）主动公开…（二）依申请公开…") do not make a report.
    sections = len(_REPORT_SECTION.findall(text)) + (1 if _REPORT_SUBSECTION.search(text) else 0)
    if not _SELF_REFERENCE.search(text) and sections < 2:  # noqa: PLR2004 - two sections
        return "页面既没有年度报告的表格，也没有说明自己是报告或含有报告的章节"
    return None


# --------------------------------------------------------------------------------------------------
# Standard formats
# --------------------------------------------------------------------------------------------------


def _guess_level(name: str | None) -> AgencyLevel:  # noqa: PLR0911 - one answer per kind of body
    if not name:
        return AgencyLevel.OTHER
    if re.search(r"(?:镇|乡|街道|街道办事处|镇人民政府|乡人民政府)$", name):
        return AgencyLevel.TOWNSHIP
    if name.startswith(("国家", "国务院", "中华人民共和国")):
        return AgencyLevel.STATE_COUNCIL_DEPARTMENT
    government = re.match(r"^(.*?)人民政府(?:办公厅|办公室)?$", name)
    if government:
        place = government.group(1)
        if place.endswith(("省", "自治区")) or place in {"北京市", "天津市", "上海市", "重庆市"}:
            return AgencyLevel.PROVINCIAL_GOVERNMENT
        if place.endswith(("县", "区", "旗")):
            return AgencyLevel.COUNTY_GOVERNMENT
        if place.endswith(("市", "州", "盟")):
            return AgencyLevel.CITY_GOVERNMENT
    if re.search(r"(?:局|委员会|委|办公室|厅|中心|署|办|院)$", name):
        return AgencyLevel.GOVERNMENT_DEPARTMENT
    return AgencyLevel.OTHER


def _as_count(value: CellValue) -> int | None:
    """A count cell's number: an integer, or a decimal with nothing after the point ("3.00")."""
    number = value.number
    if value.kind == "int" and isinstance(number, int):
        return number
    if value.kind == "decimal" and isinstance(number, Decimal) and number == number.to_integral_value():
        return int(number)
    return None


@lru_cache(maxsize=1024)
def _ref(table: str, row: str, column: str | None) -> CellRef:
    """The address of an official cell (a few hundred exist: built once each)."""
    return CellRef(table=table, row=row, column=column)


class _Builder:
    """Typed cells from what was read, the page address of each cell, and the reader's problems."""

    def __init__(self, reading: TableReading, report_format: StandardFormat) -> None:
        self.reading = reading
        self.format = report_format
        self.where: dict[tuple[str, str, str | None], str] = {}
        self.blank: list[tuple[CellRef, str]] = []
        self.missing: list[str] = []
        self.findings: list[Finding] = []
        self.confidence: dict[tuple[str, str, str | None], float] = {}

    def _invalid(self, ref: CellRef, read: ReadValue, expected: str) -> None:
        self.findings.append(
            Finding(
                code="audit.cell_invalid",
                severity=Severity.ERROR,
                message=f"{ref.table}“{ref.row}”行“{ref.column}”列填写“{read.value.text.strip()}”，不是{expected}。",
                cells=(ref,),
                actual=read.value.text.strip(),
                expected=expected,
                source=SOURCE_READER,
                location=read.where,
            )
        )

    def _note(self, ref: CellRef, read: ReadValue | None) -> bool:
        """Record where a cell is; True when it holds something (False for a blank)."""
        if read is None:
            return False
        self.where[(ref.table, ref.row, ref.column)] = read.where
        self.confidence[(ref.table, ref.row, ref.column)] = read.confidence
        if not read.value.filled:
            self.blank.append((ref, read.where))
            return False
        return True

    def table2(self) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for spec in table2_cells(self.format):
            read = self.reading.table2.get(spec.key)
            ref = _ref("表二", spec.row_label, spec.column_label)
            if read is None:
                continue
            if not self._note(ref, read):
                mapping[spec.key] = None
                continue
            value = read.value
            if spec.value_kind == "text":
                mapping[spec.key] = unicodedata.normalize("NFKC", value.text).strip()
            elif spec.value_kind == "amount_10k_yuan" and value.kind in {"int", "decimal"}:
                mapping[spec.key] = Decimal(value.number or 0)
            elif spec.value_kind == "amount_10k_yuan" and value.kind == "amount" and value.number is not None:
                mapping[spec.key] = (Decimal(value.number) / _YUAN_PER_10K).normalize()
            elif spec.value_kind == "signed" and value.kind in {"int", "signed"}:
                mapping[spec.key] = value.number
            elif spec.value_kind == "count" and (count := _as_count(value)) is not None:
                mapping[spec.key] = count
            else:
                self._invalid(
                    ref, read, {"count": "非负整数", "signed": "整数（增减）"}.get(spec.value_kind, "数字")
                )
        return mapping

    def table3(self) -> list[list[int | None]]:
        matrix: list[list[int | None]] = []
        for spec in table3_rows(self.format):
            cells = self.reading.table3.get(spec.code)
            if cells is None:
                self.missing.append(f"表三“{spec.canonical_label}”")
                matrix.append([None] * len(T3_COLUMN_CODES))
                continue
            row: list[int | None] = []
            row_label = spec.canonical_label
            for column, read in zip(TABLE3_COLUMNS, cells, strict=True):
                ref = _ref("表三", row_label, column.label)
                if not self._note(ref, read):
                    row.append(None)
                elif read is not None and (count := _as_count(read.value)) is not None:
                    row.append(count)
                else:
                    if read is not None:
                        self._invalid(ref, read, "非负整数")
                    row.append(None)
            matrix.append(row)
        return matrix

    def table4(self) -> list[int | None]:
        cells = self.reading.table4
        if cells is None:
            self.missing.append("表四")
            return [None] * 15
        values: list[int | None] = []
        refs = [
            _ref("表四", group.label, label) for group in TABLE4_GROUPS for _, label in TABLE4_RESULT_COLUMNS
        ]
        for ref, read in zip(refs, cells, strict=True):
            if not self._note(ref, read):
                values.append(None)
            elif read is not None and (count := _as_count(read.value)) is not None:
                values.append(count)
            else:
                if read is not None:
                    self._invalid(ref, read, "非负整数")
                values.append(None)
        return values


def _section_text(prose: Prose, numeral: str) -> str:
    if not any(s.section for s in prose.sentences):
        return ""
    return "".join(s.text for s in prose.sentences if s.section == numeral)


def _audit_standard(  # noqa: PLR0913 - the pieces read from one page
    reading: TableReading,
    report_format: StandardFormat,
    *,
    confidence: float,
    prose: Prose,
    title: str | None,
    year: int,
    previous: Sequence[AuditResult | AnyReport | str],
    source: str | None,
) -> AuditResult:
    builder = _Builder(reading, report_format)
    name = find_agency(title) or find_agency_in_prose(prose)
    agency = Agency(name=(name or UNKNOWN_AGENCY)[:200], level=_guess_level(name))
    common: dict[str, Any] = {
        "agency": agency,
        "year": year,
        "title": title,
        "overview": Overview(text=_section_text(prose, "一")),
        "problems_and_improvements": _section_text(prose, "五"),
        "other_matters": _section_text(prose, "六"),
        "review_litigation": ReviewLitigationTable.from_values(builder.table4()),
    }
    report: AnnualReport2021 | AnnualReport2019
    try:
        if report_format == "2021":
            report = AnnualReport2021(
                **common,
                proactive_disclosure=AnnualReport2021.table2_from_mapping(builder.table2()),
                requests=RequestsTable2021.from_matrix(builder.table3()),
            )
        else:
            report = AnnualReport2019(
                **common,
                proactive_disclosure=AnnualReport2019.table2_from_mapping(builder.table2()),
                requests=RequestsTable2019.from_matrix(builder.table3()),
            )
    except ValueError as exc:
        raise AuditError(f"{source or '输入'}：读出的内容无法构成年度报告（{exc}）。") from None
    earlier = _previous_report(report, previous)
    checked = validate(report, earlier)
    if name is None:  # P7 needs the agency's level, which an unnamed agency does not give
        checked = [f for f in checked if f.code != "table2.rules_without_rulemaking_power"]
    findings = _locate(checked, builder, reading)
    findings.extend(builder.findings)
    findings.extend(_reader_problems(reading))
    findings.extend(_subtotal_findings(reading, report))
    figures = standard_figures(prose)
    findings.extend(_text_vs_tables(figures, report))
    findings.extend(_outcome_shares(figures, report))
    lists = stated_lists(prose)
    findings.extend(_list_findings(lists, "text", Severity.WARNING))
    figures.extend(part for stated in lists for part in stated.parts)
    findings = [_with_confidence(finding, builder.confidence) for finding in findings]
    findings.sort(key=lambda finding: finding.severity is not Severity.ERROR)
    return AuditResult(
        file=source,
        format=report_format,
        confidence=confidence,
        cell_confidence={
            "/".join(part for part in key if part): value for key, value in builder.confidence.items()
        },
        tables=report.tables(),
        figures=tuple(_figure(figure) for figure in figures),
        findings=tuple(findings),
        report=report,
    )


def _previous_report(
    report: AnyReport, previous: Sequence[AuditResult | AnyReport | str]
) -> AnyReport | None:
    for item in previous:
        candidate: AnyReport
        if isinstance(item, str):
            try:
                candidate = audit(item).report
            except AuditError:
                continue
        elif isinstance(item, AuditResult):
            candidate = item.report
        else:
            candidate = item
        if candidate.year == report.year - 1:
            return candidate
    return None


def _locate(findings: list[Finding], builder: _Builder, reading: TableReading) -> list[Finding]:
    """Give every finding of ``validate`` its place on the page; split 'not filled' from 'not found'."""
    located: list[Finding] = []
    blank_keys = {(ref.table, ref.row, ref.column) for ref, _ in builder.blank}
    for finding in findings:
        if finding.code == "cell.not_filled":
            cells = tuple(ref for ref in finding.cells if (ref.table, ref.row, ref.column) in blank_keys)
            if not cells:
                continue
            places = [builder.where[(ref.table, ref.row, ref.column)] for ref in cells]
            finding = finding.model_copy(  # noqa: PLW2901 - the same finding, narrowed to what the page shows
                update={
                    "cells": cells,
                    "message": f"{cells[0].table}有{len(cells)}个单元格未填写（空白、“—”、“/”或“无”）；无数据时应填0。",
                    "location": "、".join(places[:6]) + ("等" if len(places) > 6 else ""),  # noqa: PLR2004
                }
            )
        elif finding.location is None:
            finding = finding.model_copy(update={"location": _place(finding, builder, reading)})  # noqa: PLW2901
        located.append(finding)
    if builder.missing:
        located.append(
            Finding(
                code="audit.rows_not_found",
                severity=Severity.WARNING,
                message=f"页面上没有读到{len(builder.missing)}行：{'、'.join(builder.missing[:5])}"
                + ("等" if len(builder.missing) > 5 else "")  # noqa: PLR2004
                + "（页面可能不完整，或行标签无法识别）；这些单元格记为未读到。",
                source=SOURCE_READER,
                location=next(iter(reading.table_locations.values()), "全文"),
            )
        )
    return located


def _place(finding: Finding, builder: _Builder, reading: TableReading) -> str:
    for ref in finding.cells:
        where = builder.where.get((ref.table, ref.row, ref.column))
        if where:
            return where
    for ref in finding.cells:
        for (table, row, _), where in builder.where.items():
            if table == ref.table and row == ref.row:
                return where
        if ref.table in reading.table_locations:
            return reading.table_locations[ref.table]
    if finding.code == "report.overview_too_long":
        return "一、总体情况"
    return "全文"


_DOWNGRADED: Final = "（所依据的单元格读取不完全确定，列为提示，请对照原页面核对。）"
# A finding on prose figures: the sentence was read by a pattern, never as certain as a table cell.
PROSE_CONFIDENCE: Final = 0.8
LEGACY_ERROR_CONFIDENCE: Final = 0.9  # a complete "total, 其中 parts" statement, or a part above its total


def _with_confidence(finding: Finding, confidence: dict[tuple[str, str, str | None], float]) -> Finding:
    """Give a finding the certainty of the cells behind it; an error on an uncertain reading is a warning."""
    if finding.confidence is not None:
        return finding
    read = [
        confidence[key] for ref in finding.cells if (key := (ref.table, ref.row, ref.column)) in confidence
    ]
    if read:
        sure = min(read)
    elif finding.code.startswith("text."):
        sure = PROSE_CONFIDENCE
    else:
        return finding
    if finding.is_error and sure < CONFIDENCE_UNAMBIGUOUS:
        return finding.model_copy(
            update={
                "severity": Severity.WARNING,
                "message": finding.message + _DOWNGRADED,
                "confidence": sure,
            }
        )
    return finding.model_copy(update={"confidence": sure})


def _reader_problems(reading: TableReading) -> list[Finding]:
    return [
        Finding(
            code=problem.code,
            severity=Severity(problem.severity),
            message=problem.message,
            source=SOURCE_READER,
            location=problem.where,
        )
        for problem in reading.problems
    ]


def _group_sum(report: AnnualReport2021 | AnnualReport2019, group: str, column: int) -> int | None:
    total = 0
    seen = False
    for spec, counts in report.requests.iter_rows():
        if spec.group is not None and spec.group.code == group:
            value = counts.values()[column]
            if value is not None:
                total += value
                seen = True
    return total if seen else None


def _subtotal_findings(reading: TableReading, report: AnnualReport2021 | AnnualReport2019) -> list[Finding]:
    findings: list[Finding] = []
    for group, cells in reading.subtotal_rows:
        for column, read in enumerate(cells):
            if read is None or not isinstance(read.value.number, int):
                continue
            expected = _group_sum(report, group, column)
            if expected is not None and expected != read.value.number:
                findings.append(
                    Finding(
                        code="table3.subtotal_mismatch",
                        severity=Severity.ERROR,
                        message=(
                            f"表三页面自加的小计行（{group}）“{TABLE3_COLUMNS[column].label}”列为{read.value.number}件，"
                            f"但其下各行之和为{expected}件。"
                        ),
                        expected=expected,
                        actual=read.value.number,
                        source=SOURCE_READER,
                        location=read.where,
                    )
                )
    return findings


# --------------------------------------------------------------------------------------------------
# Narrative vs tables
# --------------------------------------------------------------------------------------------------

_OUTCOME_GROUPS: Final = {title: (code,) for title, code in OUTCOME_HEADINGS.items()}


def _row_total(values: Sequence[int | None]) -> int | None:
    if values[-1] is not None:
        return values[-1]
    filled = [value for value in values[:-1] if value is not None]
    return sum(filled) if filled else None


def _outcome_total(report: AnnualReport2021 | AnnualReport2019, words: str) -> int | None:
    keys = [key for word, codes in _OUTCOME_GROUPS.items() if word in words for key in codes]
    total = 0
    seen = False
    for spec, counts in report.requests.iter_rows():
        in_group = spec.group is not None and spec.group.code in keys
        if spec.code in keys or in_group:
            value = _row_total(counts.values())
            if value is not None:
                total += value
                seen = True
    return total if seen else None


def _text_finding(figure: StatedFigure, table_value: int, what: str) -> Finding:
    return Finding(
        code="text.table_mismatch",
        severity=Severity.WARNING,
        message=f"正文称{figure.label}{figure.value}件，但表格中{what}为{table_value}件。",
        expected=table_value,
        actual=int(figure.value),
        source=SOURCE_TEXT,
        location=f"{figure.sentence.where}：“{figure.sentence.text}”",
    )


def _text_vs_tables(
    figures: list[StatedFigure], report: AnnualReport2021 | AnnualReport2019
) -> list[Finding]:
    findings: list[Finding] = []
    table4 = report.review_litigation
    review_total = _row_total(table4.administrative_review.values())
    lawsuits = [
        _row_total(table4.litigation_without_review.values()),
        _row_total(table4.litigation_after_review.values()),
    ]
    lawsuit_total = (
        sum(v for v in lawsuits if v is not None) if any(v is not None for v in lawsuits) else None
    )
    new = _row_total(report.requests.new_received.values())
    carried = _row_total(report.requests.carried_over.values())
    for figure in figures:
        value = int(figure.value)
        if figure.name == "requests_received" and new is not None:
            accepted = {new} if figure.label == "收到申请数" else {new, new + (carried or 0)}
            if value not in accepted:
                findings.append(_text_finding(figure, new, "“本年新收政府信息公开申请数量”"))
        elif figure.name == "administrative_reviews" and review_total is not None and value != review_total:
            findings.append(_text_finding(figure, review_total, "表四行政复议总计"))
        elif figure.name == "lawsuits" and lawsuit_total is not None and value != lawsuit_total:
            findings.append(_text_finding(figure, lawsuit_total, "表四行政诉讼总计"))
        elif figure.name.startswith("outcome:"):
            stated = _outcome_total(report, figure.label)
            if stated is not None and stated != value:
                findings.append(_text_finding(figure, stated, f"表三“{figure.label}”合计"))
        elif figure.name == "all_upheld":
            not_upheld = sum(
                value or 0
                for group in (
                    table4.administrative_review,
                    table4.litigation_without_review,
                    table4.litigation_after_review,
                )
                for value in (group.corrected, group.other, group.pending)
            )
            if not_upheld:
                findings.append(
                    Finding(
                        code="text.table_mismatch",
                        severity=Severity.WARNING,
                        message=f"正文称复议、诉讼结果均为维持，但表四中结果纠正、其他结果或尚未审结共{not_upheld}件。",
                        expected=0,
                        actual=not_upheld,
                        source=SOURCE_TEXT,
                        location=f"{figure.sentence.where}：“{figure.sentence.text}”",
                    )
                )
    return findings


def _sentence_place(figure: StatedFigure | StatedList) -> str:
    return f"{figure.sentence.where}：“{figure.sentence.text}”"


def _list_findings(lists: Sequence[StatedList], prefix: str, severity: Severity) -> list[Finding]:
    """A stated total must equal the sum of the parts listed after it, and each stated share must fit."""
    findings: list[Finding] = []
    for stated in lists:
        parts = sum(int(part.value) for part in stated.parts)
        too_big = [part for part in stated.parts if int(part.value) > stated.total + stated.tolerance]
        # A list cut off by the end of the page says nothing by its sum; a part above the total still does.
        # A total in 万 is rounded: the sum fits it within half its last digit's unit.
        off = abs(parts - stated.total) > stated.tolerance
        if (stated.comparable and stated.complete and off) or too_big:
            listed = "、".join(f"{part.label}{part.value}条" for part in stated.parts)
            written = stated.total_text or f"{stated.total}条"
            findings.append(
                Finding(
                    code=f"{prefix}.count_mismatch",
                    severity=severity,
                    message=f"正文称共{written}，其中{listed}，合计{parts}条，与总数不符。",
                    expected=stated.total,
                    actual=parts,
                    source=SOURCE_TEXT,
                    location=_sentence_place(stated),
                )
            )
        findings.extend(
            _share_mismatch(part, stated.total, prefix, severity)
            for part in stated.parts
            if part.share_percent is not None
            and not stated.tolerance  # a rounded total (万) is no base to check a share against
            and not share_fits(int(part.value), stated.total, part.share_percent)
        )
    return findings


def _share_mismatch(part: StatedFigure, base: int, prefix: str, severity: Severity) -> Finding:
    assert part.share_percent is not None  # noqa: S101 - only stated shares reach here
    computed = share_percent(int(part.value), base, 2)
    return Finding(
        code=f"{prefix}.share_mismatch",
        severity=severity,
        message=f"正文称“{part.label}”{part.value}，占{part.share_percent}%；以{base}为基数应为{computed}%。",
        expected=f"{computed}%",
        actual=f"{part.share_percent}%",
        source=SOURCE_TEXT,
        location=_sentence_place(part),
    )


def _outcome_shares(
    figures: Sequence[StatedFigure], report: AnnualReport2021 | AnnualReport2019
) -> list[Finding]:
    """Outcome figures in the prose: their shares of the requests handled, and their sum when all are named."""
    handled = _row_total(report.requests.total.values())
    outcomes = [figure for figure in figures if figure.name.startswith("outcome:")]
    if handled is None or not handled or not outcomes:
        return []
    findings = [
        _share_mismatch(figure, handled, "text", Severity.WARNING)
        for figure in outcomes
        if figure.share_percent is not None
        and not share_fits(int(figure.value), handled, figure.share_percent)
    ]
    named = "".join(figure.label for figure in outcomes)
    if all(word in named for word in _OUTCOME_GROUPS):
        stated = sum(int(figure.value) for figure in outcomes)
        if stated != handled:
            findings.append(
                Finding(
                    code="text.count_mismatch",
                    severity=Severity.WARNING,
                    message=f"正文所列各类办理结果合计{stated}件，与办理结果总计{handled}件不符。",
                    expected=handled,
                    actual=stated,
                    source=SOURCE_TEXT,
                    location=_sentence_place(outcomes[0]),
                )
            )
    return findings


def _figure(figure: StatedFigure) -> AuditFigure:
    return AuditFigure(
        name=figure.name,
        label=figure.label,
        value=figure.value,
        share_percent=figure.share_percent,
        share_of=figure.share_of,
        sentence=figure.sentence.text,
        location=figure.sentence.where,
        section=figure.sentence.section or None,
    )


# --------------------------------------------------------------------------------------------------
# Legacy narrative reports
# --------------------------------------------------------------------------------------------------

_LEGACY_FIELDS: Final = (
    "website_visits",
    "reading_points",
    "reading_point_items",
    "requests_received",
    "requests_answered",
    "requests_granted",
    "requests_partially_granted",
    "requests_refused",
    "administrative_reviews",
    "lawsuits",
    "training_sessions",
    "trainees",
)


def _breakdown(name: str, figures: list[StatedFigure], *, exhaustive: bool) -> LegacyBreakdown | None:
    if not figures:
        return None
    return LegacyBreakdown(
        name=name,
        exhaustive=exhaustive,
        figures=tuple(
            LegacyFigure(
                label=f.label, count=int(f.value), share_percent=f.share_percent, share_of=f.share_of
            )
            for f in figures
        ),
    )


def _truncated_share(finding: Finding, stated: Sequence[StatedFigure], figures: LegacyFigures) -> bool:
    """A share validate rejects for rounding that is the truncated share (tolerated, see ``truncation_fits``)."""
    label = finding.cells[0].row if finding.cells else None
    for figure in stated:
        if figure.label == label and figure.share_percent is not None:
            base = figures.proactive_total
            if figure.group == "timeliness" or base is None:
                return False
            return truncation_fits(int(figure.value), base, figure.share_percent)
    return False


def _audit_legacy(prose: Prose, title: str | None, year: int, source: str | None) -> AuditResult:  # noqa: C901 - figures, model, then each check with its place
    stated = stated_legacy_figures(prose)
    by_name: dict[str, StatedFigure] = {}
    for figure in stated:
        by_name.setdefault(figure.name, figure)
    values: dict[str, Any] = {name: int(by_name[name].value) for name in _LEGACY_FIELDS if name in by_name}
    categories_stated = [f for f in stated if f.group == "category"]
    # "主要类别": the main categories only, not a partition of every item.
    main_only = any("主要" in f.sentence.text for f in categories_stated) or "主要类别" in prose.text
    if "fees_charged_yuan" in by_name:
        values["fees_charged_yuan"] = Decimal(by_name["fees_charged_yuan"].value)
    if "proactive_total" in by_name:
        values["proactive_total"] = int(by_name["proactive_total"].value)
    figures = LegacyFigures(
        **values,
        by_category=_breakdown("公开的内容", categories_stated, exhaustive=not main_only),
        by_channel=_breakdown("公开的形式", [f for f in stated if f.group == "channel"], exhaustive=False),
        timeliness=tuple(
            TimelinessFigure(
                label=f.label,
                limit_working_days=f.limit_working_days or 1,
                count=int(f.value),
                share_percent=f.share_percent,
                share_of=f.share_of,
            )
            for f in stated
            if f.group == "timeliness"
        ),
    )
    start, end, period_sentence = find_period(prose, year)
    name = find_agency(title) or find_agency_in_prose(prose)
    report = LegacyReport(
        agency=Agency(name=(name or UNKNOWN_AGENCY)[:200], level=_guess_level(name)),
        year=year,
        title=title or f"{name or ''}{year}年政府信息公开工作年度报告",
        statistics_period=StatisticsPeriod(start=start, end=end),
        figures=figures,
    )
    places = {(f.group or f.name, f.label): f for f in stated}
    tables = {"按内容分类": "category", "按公开渠道": "channel", "公开的及时性": "timeliness"}
    findings: list[Finding] = []
    for finding in validate(report):
        if finding.code == "legacy.share_mismatch" and _truncated_share(finding, stated, figures):
            continue
        location = "全文"
        if finding.code.startswith("legacy.period"):
            location = (
                f"{period_sentence.where}：“{period_sentence.text}”"
                if period_sentence
                else "全文（未写明统计期）"
            )
        else:
            for ref in finding.cells:
                place = places.get((tables.get(ref.table, ""), ref.row))
                if place is not None:
                    location = f"{place.sentence.where}：“{place.sentence.text}”"
                    break
            else:
                stated_total = by_name.get("proactive_total")
                if stated_total is not None:
                    location = f"{stated_total.sentence.where}：“{stated_total.sentence.text}”"
        findings.append(finding.model_copy(update={"location": location}))
    categories = sorted(int(f.value) for f in stated if f.group == "category")
    lists = [
        item
        for item in stated_lists(prose)
        if not (
            item.total == figures.proactive_total and sorted(int(p.value) for p in item.parts) == categories
        )
    ]
    findings.extend(_list_findings(lists, "legacy", Severity.ERROR))
    if figures.proactive_total is not None and figures.by_channel is not None:
        total = figures.proactive_total
        findings.extend(
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.ERROR,
                message=f"“{part.label}”{part.value}条，多于报告所述主动公开信息总数{total}条。",
                expected=f"≤{total}",
                actual=int(part.value),
                source=SOURCE_TEXT,
                location=_sentence_place(part),
            )
            for part in stated
            if part.group == "channel" and int(part.value) > total
        )
    findings.extend(
        Finding(
            code="legacy.count_mismatch",
            severity=Severity.ERROR,
            message=f"正文称办结{figure.value}件，多于同句所述受理件数。",
            actual=int(figure.value),
            source=SOURCE_TEXT,
            location=_sentence_place(figure),
        )
        for figure in stated
        if figure.name == "completed_exceeds_received"
    )
    # Legacy checks rest on sentences read by patterns: an error is raised only on a complete, exhaustive
    # statement (see _list_findings); its reading is as sure as prose gets.
    findings = [
        finding.model_copy(
            update={"confidence": LEGACY_ERROR_CONFIDENCE if finding.is_error else PROSE_CONFIDENCE}
        )
        for finding in findings
    ]
    findings.sort(key=lambda finding: finding.severity is not Severity.ERROR)
    stated.extend(part for item in lists for part in item.parts)
    return AuditResult(
        file=source,
        format="legacy",
        confidence=round(min(0.5 + 0.1 * len(stated), 0.95), 2),
        tables={"format": "legacy", "table2": {}, "table3": [], "table4": []},
        figures=tuple(_figure(figure) for figure in stated),
        findings=tuple(findings),
        report=report,
    )
