"""``audit``: read a report as published, build its model, and say what is wrong with it.

The model read from the page goes through every rule of ``validate``; the auditor adds what only a page can
show: cells not filled (with their addresses), figures in the prose that contradict the tables, the
reader's own doubts (a row cut short, digits glued together), and, given earlier years of the same agency,
carry-over and document-stock continuity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from disclosure_rules._audit._charset import UNNAMED_INPUT, UNNAMED_INPUT_EN
from disclosure_rules._audit._detection import (
    FIRST_STANDARD_YEAR,
    FULL_CONFIDENCE_LABELS,
    MIN_TABLE_LABELS,
    NOT_A_REPORT_EN,
    STAND_IN_YEAR,
    STANDARD_HEADING,
    dated,
    format_by_labels,
    format_by_publication,
    format_evidence,
    format_mixed,
    format_uncertain,
    not_a_report,
    report_evidence,
    starts_inside_a_report,
    year_notes,
)
from disclosure_rules._audit._document import (
    cut_digit_runs,
    lone_cell_lines,
    looks_like_html,
    read_copied_text,
    read_html,
)
from disclosure_rules._audit._documents import page_text
from disclosure_rules._audit._legacy import audit_legacy
from disclosure_rules._audit._narrative import (
    find_title,
    find_year_evidence,
    publication_date,
    read_prose,
    stated_numbers,
)
from disclosure_rules._audit._result import (
    FORMAT_BY_SIGNS_CONFIDENCE,
    FORMAT_UNDECIDED_CONFIDENCE,
    MIXED_FORMAT_CONFIDENCE,
    SOURCE_READER,
    UNKNOWN_AGENCY,
    AuditError,
    AuditFigure,
    AuditResult,
    level_uncertain,
    page_note,
)
from disclosure_rules._audit._standard import audit_standard
from disclosure_rules._audit._standard import with_confidence as _with_confidence
from disclosure_rules._audit._statistics import table_sentences
from disclosure_rules._audit._tables import (
    CONFIDENCE_CUT_OFF,
    CONFIDENCE_PLACED,
    format_labels,
    format_scores,
    mixed_layouts,
    read_tables,
    tokenize,
    with_table2_of_2019,
)
from disclosure_rules._audit._variants import simplify, without_pinyin
from disclosure_rules._audit._wrapped import repair_wrapped_labels
from disclosure_rules._sources import FORMAT_2019_NUMBER, FORMAT_2021_NUMBER, format_for_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._audit._detection import FormatEvidence
    from disclosure_rules._audit._tables import StandardFormat
    from disclosure_rules._findings import Finding
    from disclosure_rules._models import AnyReport

# ``_with_confidence`` stays importable from here, where tests/audit import it from.
__all__ = [
    "SOURCE_READER",
    "UNKNOWN_AGENCY",
    "AuditError",
    "AuditFigure",
    "AuditResult",
    "_with_confidence",
    "audit",
]


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

    ``text_or_html`` may be the file's bytes as saved: a page is decoded in the charset it reads best in
    (UTF-8, GBK/GB18030, Big5, or UTF-8 and GBK pasted together); a PDF is read by its text layer (with the
    ``pdf`` extra), a Word .docx by its paragraphs and tables. ``previous`` holds earlier reports of the
    same agency (results, models or pages); the one for the year before enables the continuity checks.
    Raises ``AuditError`` (``audit.unrecognised_format``) when the input is not an annual report, and says
    why; ``audit.undecodable`` when bytes are in no charset a Chinese site uses.
    """
    if isinstance(text_or_html, bytes):
        text_or_html = page_text(text_or_html, source)
    if not text_or_html.strip():
        raise AuditError(
            f"{source or UNNAMED_INPUT_EN}: empty, not an annual report",
            message_zh=f"{source or UNNAMED_INPUT}：内容为空，不是年度报告。",
        )
    page, traditional = simplify(text_or_html)
    page, pinyin = without_pinyin(page)
    page, dropped = cut_digit_runs(page)
    result = _audit_page(page, previous=previous, source=source, dropped=dropped)
    notes = [
        page_note("audit.reader_limit", f"{what}（超出读取上限，见 docs/security.md）") for what in dropped
    ]
    if traditional:
        notes.append(
            page_note(
                "audit.traditional_characters",
                "页面用繁体字书写（镜像站点的转换稿），已逐字转为简体"
                + ("并删去字后的拼音注音" if pinyin else "")
                + "后读取；请以原站简体页面核对。",
            )
        )
    if (uncertain := level_uncertain(result.report.agency.name)) is not None:
        notes.append(
            page_note(
                "audit.level_uncertain",
                f"{uncertain}；报告模型按市级政府记录，但与层级有关的检查（规章制定权、公布期限）不按名称推断的"
                "层级下结论，请核对（check 可用 --agency-levels 指定层级）。",
            )
        )
    return _every_finding_sure(result.model_copy(update={"findings": (*result.findings, *notes)}))


# How sure a finding that rests on no read cell is: the reader's placements as sure as the cells they placed;
# an inferred year by its evidence; anything else about the page as a whole as sure as the page's reading.
_NOTE_CONFIDENCE: Final = {
    "audit.row_cut_off": CONFIDENCE_CUT_OFF,
    "audit.cells_placed_by_sum": CONFIDENCE_PLACED,
    "audit.total_placed_by_sum": CONFIDENCE_PLACED,
}
_YEAR_EVIDENCE_CONFIDENCE: Final = (("发布日期", 0.9), ("网址", 0.8), ("正文", 0.6))


def _every_finding_sure(result: AuditResult) -> AuditResult:
    """Give every finding a confidence: those on read cells or sentences have theirs; the rest get one here."""
    if all(finding.confidence is not None for finding in result.findings):
        return result
    page = result.confidence
    evidence = result.year_evidence or ""
    inferred = next((value for word, value in _YEAR_EVIDENCE_CONFIDENCE if word in evidence), page)
    findings = tuple(
        finding
        if finding.confidence is not None
        else finding.model_copy(
            update={
                "confidence": inferred
                if finding.code == "audit.year_inferred"
                else _NOTE_CONFIDENCE.get(finding.code, page)
            }
        )
        for finding in result.findings
    )
    return result.model_copy(update={"findings": findings})


def _format_without_tables(
    year: int | None,
    weighed: FormatEvidence,
    scores: tuple[int, int],
    text_or_html: str,
    notes: list[Finding],
) -> tuple[StandardFormat, float]:
    """The standard format of a page whose tables cannot be read whole, and how sure it is (notes say why)."""
    by_labels = format_by_labels(*scores, year)
    if by_labels is not None:  # the few table labels the page shows decide when only one format has them
        notes.extend(note for note in by_labels[1:] if note is not None)
        return by_labels[0], FORMAT_BY_SIGNS_CONFIDENCE
    report_format: StandardFormat = format_for_year(year) if year is not None else "2021"
    if year is None and not weighed.outline_2021:
        by_date = format_by_publication(publication_date(text_or_html))
        if by_date is not None:
            notes.append(by_date[1])  # the publication date tells 60号 from 30号 (the note names it)
            return by_date[0], FORMAT_BY_SIGNS_CONFIDENCE
        notes.append(format_uncertain(weighed, report_format))
        return report_format, FORMAT_UNDECIDED_CONFIDENCE
    mixed = format_mixed(weighed, text_or_html, year, report_format) if year is not None else None
    if mixed is not None:  # the page's own outline is the narrative one (round 24)
        notes.append(mixed)
        return report_format, MIXED_FORMAT_CONFIDENCE
    return report_format, FORMAT_BY_SIGNS_CONFIDENCE


def _audit_page(
    text_or_html: str,
    *,
    previous: Sequence[AuditResult | AnyReport | str],
    source: str | None,
    dropped: list[str],
) -> AuditResult:
    document = (
        read_html(text_or_html)
        if looks_like_html(text_or_html)
        else read_copied_text(repair_wrapped_labels(text_or_html))
    )
    dropped.extend(document.notes)
    tokens = tokenize(document)
    # the format labels, found once: the scores, the mixed layouts and each table reading use them
    found_labels = format_labels(tokens)
    score_2021, score_2019, labels, label_tokens = format_scores(found_labels)
    scores = (score_2021, score_2019)
    prose = read_prose(document)
    title = find_title(document, prose)
    year, evidence = find_year_evidence(title, prose, text_or_html, source)
    what = source or UNNAMED_INPUT
    notes = year_notes(year, evidence)
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
        confidence = 0.5 + 0.5 * min(label_tokens / FULL_CONFIDENCE_LABELS, 1.0) * (0.4 + 0.6 * margin)
        stated = stated_numbers(prose)
        mixed = report_format == "2019" and mixed_layouts(found_labels)
        if mixed:  # the tables decide: table 三 is on 30号's layout; table 二 is read by its own (60号's)
            report_format = "2021"
        reading = read_tables(tokens, report_format, stated, scores=scores)
        if mixed:
            reading = with_table2_of_2019(reading, read_tables(tokens, "2019", stated, scores=scores))
            notes.append(page_note("audit.mixed_layouts", MIXED_LAYOUTS_NOTE))
        result = audit_standard(
            reading,
            report_format,
            confidence=round(confidence, 2),
            prose=prose,
            title=title,
            year=year if year is not None else STAND_IN_YEAR[report_format],
            earlier=lambda report: _previous_report(report, previous),
            source=source,
        )
        return dated(result, year, evidence, notes)
    text = prose.text
    as_report = report_evidence(text)  # once: the refusal and the note both weigh it
    if refusal := not_a_report(text, as_report):
        raise AuditError(
            f"{source or UNNAMED_INPUT_EN}: {NOT_A_REPORT_EN.get(refusal, 'not an annual report')}"
            f" ({labels} table labels found)",
            message_zh=f"{what}：{refusal}（找到{labels}个表格标签）。",
        )
    # A page read as a report on the evidence of one section heading says so in its result (round 46).
    notes.extend(starts_inside_a_report(as_report))
    # A page cut off before its tables, or whose tables were images: every report from 2020 on is in a
    # standard format, whatever its headings (the format follows the year: 60号 for 2019-2020, 30号 after).
    # A 2019 page or one with no year is standard when its headings are the standard outline's rather than
    # the narrative reports' (format_evidence); with no year, 30号's sub-headings tell 2021 from 2019.
    # Headings indented with a tab are rows of one cell, not prose: the outline is weighed with them.
    outline = f"{text}\n{lone_cell_lines(document)}"
    weighed = format_evidence(outline)
    standard_outline = weighed.standard > weighed.legacy or (
        year == FIRST_STANDARD_YEAR and STANDARD_HEADING.search(outline) is not None
    )
    undecided_year = year is None or year == FIRST_STANDARD_YEAR
    if (year is not None and year > FIRST_STANDARD_YEAR) or (undecided_year and standard_outline):
        report_format, confidence = _format_without_tables(year, weighed, scores, text_or_html, notes)
        reading = read_tables(tokens, report_format, scores=scores)
        result = audit_standard(
            reading,
            report_format,
            confidence=confidence,
            prose=prose,
            title=title,
            year=year if year is not None else STAND_IN_YEAR[report_format],
            earlier=lambda report: _previous_report(report, previous),
            source=source,
        )
        return dated(result, year, evidence, notes)
    if undecided_year and weighed.undecided:
        notes.append(format_uncertain(weighed, "legacy"))
    if not ("公开" in text and ("报告" in text or "年报" in text or "汇报" in text or "政府信息" in text)):
        raise AuditError(
            f"{source or UNNAMED_INPUT_EN}: neither an annual report's table labels nor the text of an open government"
            f" information report ({labels} table labels found)",
            message_zh=f"{what}：既没有年度报告的表格标签，也没有政府信息公开报告的正文（找到{labels}个表格标签）。",
        )
    if legacy_year and labels >= MIN_TABLE_LABELS:
        notes.append(
            page_note(
                "audit.legacy_with_tables",
                f"报告年度为{year}年（早于{FIRST_STANDARD_YEAR}年），按叙述式年度报告读取；页面上的统计表不是"
                f"{FORMAT_2019_NUMBER}或{FORMAT_2021_NUMBER.removeprefix('国办公开办函')}格式的表格，未按其读取。",
            )
        )
    result = audit_legacy(
        prose,
        title,
        year if year is not None else STAND_IN_YEAR["legacy"],
        source,
        table_sentences(document) if "指" in text_or_html else (),
    )
    return dated(result, year, evidence, notes)


# Said of a page whose table 二 is on the 2019 layout and whose table 三 on the 2021 one (round 19).
MIXED_LAYOUTS_NOTE: Final = (
    f"表三有{FORMAT_2021_NUMBER}格式特有的行（（六）其他处理1、2…），表二却按{FORMAT_2019_NUMBER}格式排列（本年新制作数量、"
    f"上一年项目数量…）：按{FORMAT_2021_NUMBER}格式读取；表二只读入两种格式含义相同的单元格（行政许可、行政处罚、行政强制的"
    "处理决定数量），其余表二单元格在2021年格式中没有对应项，记为未读到，请核对。"
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
