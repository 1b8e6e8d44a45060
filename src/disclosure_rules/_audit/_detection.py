"""Format detection: whether a page is a report, in which format, and for which year (with what evidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._audit._result import page_note
from disclosure_rules._labels import SECTION_HEADINGS
from disclosure_rules._sources import (
    FIRST_YEAR_OF_2019_FORMAT,
    FORMAT_2019_NUMBER,
    FORMAT_2021_NUMBER,
    format_for_year,
)

if TYPE_CHECKING:
    from disclosure_rules._audit._result import AuditResult
    from disclosure_rules._findings import Finding

MIN_TABLE_LABELS: Final = 6  # fewer official labels than this is not a standard-format table
FULL_CONFIDENCE_LABELS: Final = 40
FIRST_STANDARD_YEAR: Final = FIRST_YEAR_OF_2019_FORMAT
# Headings only the standard formats use (the legacy reports open with 一、概述).
STANDARD_HEADING: Final = re.compile(r"一[、.,，]\s*总体情况|年度报告格式")

# The report model needs a year; with none on the page a stand-in fills it, the result says ``year=None``
# and the checks that depend on the year are dropped (audit.year_unknown says so).
STAND_IN_YEAR: Final = {"2021": 2021, "2019": 2019, "legacy": 2008}
_YEAR_CHECKS: Final = ("report.format_year_mismatch", "legacy.period", "table3.carry_over", "table2.in_force")


def year_notes(year: int | None, evidence: str | None) -> list[Finding]:
    if year is None:
        return [
            page_note(
                "audit.year_unknown",
                "页面的标题、统计期限、发布日期和网址都没有写明年度；仍读取并核对表格，"
                "与年度有关的检查未做。",
            )
        ]
    if evidence not in {"标题", "统计期限"}:
        return [
            page_note(
                "audit.year_inferred", f"页面的标题和统计期限没有写明年度；按{evidence}推定为{year}年度。"
            )
        ]
    return []


def dated(result: AuditResult, year: int | None, evidence: str | None, notes: list[Finding]) -> AuditResult:
    findings = list(result.findings)
    if year is None:
        findings = [f for f in findings if not f.code.startswith(_YEAR_CHECKS)]
    return result.model_copy(
        update={"year": year, "year_evidence": evidence, "findings": (*findings, *notes)}
    )


# Three patterns that look alike and name different things: ``_OWN_REPORT`` is the page speaking of itself
# ("本报告", "本年度报告": a notice that asks for reports never does), ``_NAMES_THE_ANNUAL_REPORT`` the statutory
# report's name in a title (a cited document's title aside), and ``STANDARD_HEADING`` a heading of the 2019/2021
# formats' outline (which format, not whether a report). Only the first is part of another pattern: a page that
# speaks of itself as a report calls itself one.
_OWN_REPORT: Final = re.compile(r"本(?:年度)?(?:报告|年报)")
# A page without the report's tables must say it is a report, or have a report's sections.
_SELF_REFERENCE: Final = re.compile(
    _OWN_REPORT.pattern + r"|(?:报告|公布|说明|汇报)如下|年度报告|年报|工作报告|(?:情况|工作)的?报告"
)
_REPORT_SECTION: Final = re.compile(
    r"[一二三四五六七八九][、.]\s*[^。\n]{0,20}?"
    r"(?:主动公开|依申请公开|复议|收费|存在的主要问题|概述|总体(?:工作)?情况)"
)
# The sub-headings 30号 puts under 一、总体情况 — (一)主动公开情况, (二)依申请公开情况, (三)政府信息管理 … — are
# a report's sections too: an excerpt that opens at 一、总体情况 often shows nothing else of the report.
# Round 66 (blind 60's ``tianjin_swj_2023``: "一、总体情况 / 一是加强组织领导。… / 二是积极做好主动公开。… / 三是规范答复依
# 申请公开。…"): the same sub-sections numbered 一是/二是 at a line's start, a few words before the sub-section's name.
_REPORT_SUBSECTION: Final = re.compile(
    r"[（(][一二三四五六][）)]\s*(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)"
    r"|(?:^|\n)\s*[一二三四五六]是[^。\n,，]{0,8}?(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)"
)
# The sub-headings the 2008-2018 reports put under 一、概述 (the items of the Regulation's first years: the
# office, the guide and catalogue, the rules, the reading rooms, training) are a report's sections in the same way.
_LEGACY_SUBSECTION: Final = re.compile(
    r"[（(][一二三四五六七八][）)]\s*(?:组织(?:机构|领导)[^。\n]{0,6}情况|《?(?:公开)?指南》?和《?(?:公开)?目录》?"
    r"|(?:政府信息)?(?:公开)?查阅场所|宣传培训情况)"
)
# A report's opening: the first section's heading (一、概述 in the narrative reports, 一、总体情况 in the standard
# ones) with a sentence under it that looks back on a year's work in 政府信息公开 (a year named, or 了: what
# was done, where a plan or a notice says what is to be done).
_OPENING_HEADING: Final = re.compile(r"^一[、.]\s*(?:概述|[^。，,]{0,12}?(?:总体|基本)(?:工作)?情况)[。.]?$")
_LOOKS_BACK: Final = re.compile(r"(?:19|20)\d{2}年|(?<![为除])了(?!解)")  # not 为了, 除了, 了解
_OPENING_SPAN: Final = 3  # sentences under the heading


def _opens_a_report(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        if _OPENING_HEADING.match(line):
            under = lines[index + 1 : index + 1 + _OPENING_SPAN]
            return any("政府信息公开" in s and _LOOKS_BACK.search(s) for s in under)
    return False


# Pages about reports, not reports: notices that ask for them, rules that govern them, part-year statistics.
_NOTICE: Final = re.compile(
    r"(?:通知|办法|制度|规则|规定|意见)如下|制定本(?:制度|办法|规定|细则)|现予(?:以)?印发|印发给你们"
    r"|(?:^|\n)\s*第[一二三四五六七八九十]+条[\s\u3000]"
)
_PART_YEAR: Final = re.compile(r"上半年|下半年|第[一二三四]季度")
_TITLE_SPAN: Final = 300
# Round 60 (blind 55's ``anshan_wlgdj_2023``, whose basis list cites "《关于2023年第四季度暨十二月份全市政府网站和政务
# 新媒体监管情况的通报》"): a cited title (《…》) names another document, never the page's own period; and a page whose
# own title or opening names the annual report is one, whatever period a document it cites covers.
_CITED_TITLE: Final = re.compile(r"《[^《》\n]*(?:》|$)")  # one the span cuts off runs to its end
_NAMES_THE_ANNUAL_REPORT: Final = re.compile(r"政府信息公开\s*工作\s*年度\s*报告")


def _a_part_year_statistic(text: str) -> bool:
    """Whether the page's title or opening (its cited titles aside) names a half-year or a quarter as its period."""
    own = _CITED_TITLE.sub("", text[:_TITLE_SPAN])
    return _PART_YEAR.search(own) is not None and _NAMES_THE_ANNUAL_REPORT.search(own) is None


# The reasons ``not_a_report`` gives (the error's ``message_zh``), each written once.
PART_YEAR_STATISTIC: Final = "页面是半年、季度或月度的统计，不是年度报告"
NOTICE_OR_RULE: Final = "页面是通知、制度或办法，不是年度报告"
NO_REPORT_EVIDENCE: Final = "页面既没有年度报告的表格，也没有说明自己是报告或含有报告的章节"
#: Each reason ``not_a_report`` gives, in English (the error's ``message``; the Chinese is its ``message_zh``).
NOT_A_REPORT_EN: Final = {
    PART_YEAR_STATISTIC: "the page is a half-year, quarterly or monthly statistic, not an annual report",
    NOTICE_OR_RULE: "the page is a notice, rule or measure, not an annual report",
    NO_REPORT_EVIDENCE: (
        "the page has no annual report tables, and neither calls itself a report nor has a report's sections"
    ),
}


@dataclass(frozen=True)
class ReportEvidence:
    """What makes a page with no report tables a report, read once per page (``report_evidence``)."""

    own: bool  # it calls itself a report, or shows two of a report's sections (or its opening)
    heading: str | None  # else the one section heading with the year's count under it (round 46), if any


def report_evidence(text: str) -> ReportEvidence:
    """The evidence ``not_a_report`` and ``starts_inside_a_report`` both weigh."""
    if not _no_report_evidence(text):
        return ReportEvidence(own=True, heading=None)
    return ReportEvidence(own=False, heading=_section_with_its_figures(text))


def not_a_report(text: str, evidence: ReportEvidence) -> str | None:
    """Why a page with no report tables is not an annual report, or ``None`` when it may be one."""
    if _a_part_year_statistic(text):
        return PART_YEAR_STATISTIC
    if _NOTICE.search(text) and not _OWN_REPORT.search(text):
        return NOTICE_OR_RULE
    if not evidence.own and evidence.heading is None:
        return NO_REPORT_EVIDENCE
    return None


def _no_report_evidence(text: str) -> bool:
    """Whether the page neither calls itself a report nor shows two of a report's sections (or its opening)."""
    # A sub-heading counts once: with a section heading it makes two; sub-headings alone (a work plan's
    # "（一）主动公开…（二）依申请公开…") do not make a report.
    sub_headings = _REPORT_SUBSECTION.search(text) or _LEGACY_SUBSECTION.search(text)
    sections = len(_REPORT_SECTION.findall(text)) + (1 if sub_headings else 0)
    if _opens_a_report(text):
        sections += 1
    # two: one heading alone may be a menu's or a news item's; a second one (or the opening) makes an outline
    return not _SELF_REFERENCE.search(text) and sections < 2  # noqa: PLR2004 - two sections make an outline


# Round 46 (blind 42's ``xizang_2011_chinagate``, page 2 of a paginated copy: a site menu, then
# "二、主动公开政府信息的情况" and "2011年新增主动公开政府信息53019条"): a page that starts inside a report shows one of
# the outline's section headings (主动公开, 依申请公开, 收费, 复议 — the legacy outline's 二 to 五 and the standard
# ones' 二 to 五 alike) on a line of its own, and under it the year's count of the report's kind: a year named, then
# information disclosed or requests counted (N条/件). A menu, a news item or a work plan may name the headings' words,
# but not a year's count under a heading of its own line.
_SECTION_HEADING_LINE: Final = re.compile(
    r"^[一二三四五六七八九][、.．]\s*[^。\n\d]{0,20}?(?:主动公开|依申请公开|复议|收费)[^。\n\d]{0,20}$"
)
_YEARS_COUNT: Final = re.compile(
    r"(?:19|20)\d{2}年[^。\n]{0,30}?(?:主动公开|公开申请|依申请公开)[^。\n\d]{0,12}?\d+\s*[条件]"
)
# A plan's count is no report's: "2012年计划主动公开政府信息100条" says what is to be done.
_PLANNED: Final = re.compile(r"计划|将|拟|力争|预计|目标")
# The year's count stands in the first lines under its heading (a sub-heading or a line of channels may come
# between); farther down, a count may be another part's, and no longer shows what the heading heads.
_UNDER_HEADING_SPAN: Final = 3


def starts_inside_a_report(evidence: ReportEvidence) -> list[Finding]:
    """The note naming the heading a page that starts inside a report shows, if nothing else makes it one (round 46)."""
    heading = None if evidence.own else evidence.heading
    if heading is None:
        return []
    return [
        page_note(
            "audit.starts_inside_a_report",
            f"页面没有标题，也没有报告的开头（分页转载的后一页等）；按章节标题“{heading}”及其下写明年度的统计语句"
            "读作年度报告。",
        )
    ]


def _section_with_its_figures(text: str) -> str | None:
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        if _SECTION_HEADING_LINE.match(line):
            under = lines[index + 1 : index + 1 + _UNDER_HEADING_SPAN]
            counts = (_YEARS_COUNT.search(s) for s in under)
            if any(count is not None and not _PLANNED.search(count.group(0)) for count in counts):
                return line
    return None


# --------------------------------------------------------------------------------------------------
# The format of a page with no table: its headings and the regulation it cites
# --------------------------------------------------------------------------------------------------

# The section headings only the standard outlines (60号 and 30号 alike) use, with the number each stands
# under: a heading numbered otherwise is not in the standard order and is no evidence. 主动公开政府信息情况,
# 存在的主要问题… and 其他需要报告的事项 are the narrative reports' headings too, and prove nothing.
_HEADING_PUNCTUATION: Final = re.compile(r"[、，,\s]")  # left out when a heading's words are compared
_STANDARD_SECTIONS: Final = {
    _HEADING_PUNCTUATION.sub("", heading.title): number
    for number, heading in enumerate(SECTION_HEADINGS, start=1)
    if heading.code in {"overview", "requests", "review_litigation"}
}
# The narrative reports' own headings (2008-2018: 一、概述, 三、依申请公开政府信息情况, 四、…收费及减免情况,
# 五、因政府信息公开申请提起行政复议、行政诉讼的情况).
_LEGACY_SECTION: Final = re.compile(
    r"概述|工作的?基本情况$|依申请公开(?:政府)?信息(?:的)?情况|收费(?:及|和)减免|因政府信息公开(?:而)?(?:被)?申请(?:提起)?行政复议"
)
_MARK_NUMBERS: Final = {c: i for i, c in enumerate("一二三四五六七八", start=1)}
_HEADING_LINE: Final = re.compile(
    r"^(?:(?P<han>[一二三四五六七八])\s*[、.,，．]|(?P<digit>[1-8])\s*[、.．](?!\d)|第(?P<part>[一二三四五六])部分)?"
    r"\s*(?P<words>[^。，,；;：:]{2,30}?)[。.：:]?$"
)
# The sub-headings 30号 puts under 一、总体情况 (60号 has none): 政府信息管理, 平台建设, 监督保障.
_SUBHEADING_2021: Final = re.compile(
    r"^[（(][一二三四五六七八][）)]\s*(?:政府信息管理|(?:政府信息公开)?平台建设|监督保障)"
)
# The Regulation the report cites: as revised in 2019 (国务院令第711号, 年度报告 in 第五十条) or as first
# issued (第492号, 第三十一条/第三十二条).
_REVISED_REGULATION: Final = re.compile(r"第711号|国务院令第711|第五十条")
_FIRST_REGULATION: Final = re.compile(r"第492号|国务院令第492|第三十[一二]条")
_HEADING_WEIGHT: Final = 2  # a heading weighs more than a citation


@dataclass(frozen=True)
class FormatEvidence:
    """What a page with no table says about its format: points for the standard outlines and the narrative one."""

    standard: int
    legacy: int
    outline_2021: bool  # 30号's own sub-headings

    @property
    def undecided(self) -> bool:
        return self.standard == self.legacy


def format_evidence(text: str) -> FormatEvidence:
    """Weigh a page's headings and citations: standard (60号/30号) against narrative (2008-2018)."""
    standard = legacy = 0
    outline_2021 = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _SUBHEADING_2021.match(line):
            outline_2021 = True
        if _LEGACY_SUBSECTION.match(line):
            legacy += _HEADING_WEIGHT
        match = _HEADING_LINE.match(line)
        if match is None:
            continue
        words = _HEADING_PUNCTUATION.sub("", match["words"])
        number = (
            _MARK_NUMBERS.get(match["han"] or match["part"] or "")
            if (match["han"] or match["part"])
            else (int(match["digit"]) if match["digit"] else None)
        )
        expected = _STANDARD_SECTIONS.get(words)
        if expected is not None and number in {None, expected}:
            standard += _HEADING_WEIGHT
        elif _LEGACY_SECTION.search(words) and (number is not None or words == "概述"):
            legacy += _HEADING_WEIGHT
    if outline_2021:
        standard += _HEADING_WEIGHT
    # the parts the page says it has weigh as a heading (round 26, ``longquan_xijie_2019``: "报告包括总体情况,主动公开
    # 政府信息情况,收到和处理政府信息公开申请情况,…等6个部分" over headings with no words, "一、")
    outline = stated_outline(text)
    standard += _HEADING_WEIGHT if outline == "standard" else 0
    legacy += _HEADING_WEIGHT if outline == "legacy" else 0
    standard += 1 if _REVISED_REGULATION.search(text) else 0
    legacy += 1 if _FIRST_REGULATION.search(text) else 0
    return FormatEvidence(standard, legacy, outline_2021)


def format_by_publication(
    published: tuple[int, int] | None,
) -> tuple[Literal["2021", "2019"], Finding] | None:
    """The standard format of a page with no year whose headings fit both 60号 and 30号, by its publication date.

    A report is published after the year it covers, so a page published in year P is on P - 1 at the latest:
    published 2020-2021, it is on 2019 or 2020 (国办公开办函〔2019〕60号); from 2022 on, the latest year it can be
    on is 2021 or later (〔2021〕30号). ``None`` with no date, or a date before the standard formats' reports.
    """
    if published is None or published[0] - 1 < FIRST_YEAR_OF_2019_FORMAT:
        return None
    chosen = format_for_year(published[0] - 1)
    notice = _NOTICE_NAME[chosen]
    note = page_note(
        "audit.format_by_date",
        f"页面没有表格和年度，章节标题不能区分2019年与2021年格式；按发布日期（{published[0]}年{published[1]}月发布，"
        f"报告年度不晚于{published[0] - 1}年）按{notice}格式读取，请核对。",
    )
    return chosen, note


_NOTICE_NAME: Final = {"2021": FORMAT_2021_NUMBER, "2019": FORMAT_2019_NUMBER}
# One format-exclusive label on an incomplete table may be a word cut out of the prose: two are needed.
MIN_EXCLUSIVE_LABELS: Final = 2


def format_by_labels(
    score_2021: int, score_2019: int, year: int | None
) -> tuple[Literal["2021", "2019"], Finding | None] | None:
    """The format of a page with too few table labels to read its tables as a whole: the labels it shows decide.

    Labels only one format has (table 二's columns and rows, table 三's 30号-only rows), none of the other's:
    a report on 2022 or later still on 60号's template (``本年新制作数量 | 本年新公开数量 | 对外公开总数量``) is read as
    2019 format, as the tables are. The note names the evidence when it overrules the year. One label is not
    enough (blind set 11: a lone ``规范性文件`` cut out of ``未制发规范性文件和废止…`` read two 2023 reports as
    2019): the chosen format needs ``MIN_EXCLUSIVE_LABELS`` of its own labels, and the other none.
    """
    if min(score_2021, score_2019) > 0 or max(score_2021, score_2019) < MIN_EXCLUSIVE_LABELS:
        return None
    chosen: Literal["2021", "2019"] = "2021" if score_2021 else "2019"
    if year is not None and format_for_year(year) == chosen:
        return chosen, None
    count = score_2021 or score_2019
    when = f"报告年度为{year}年，" if year is not None else ""
    note = page_note(
        "audit.format_by_labels",
        f"页面表格不完整；其中{count}个表格标签只见于{_NOTICE_NAME[chosen]}格式，没有另一格式特有的标签："
        f"{when}按{_NOTICE_NAME[chosen]}格式读取，请核对。",
    )
    return chosen, note


def format_uncertain(evidence: FormatEvidence, chosen: str) -> Finding:
    """The note on a page whose format its headings do not decide (no table, no year that decides)."""
    what = {
        "2021": f"按{_NOTICE_NAME['2021']}格式",
        "2019": f"按{_NOTICE_NAME['2019']}格式",
        "legacy": "按叙述式年度报告",
    }
    if evidence.standard > evidence.legacy:
        why = "页面有标准格式的章节标题，但没有表格、年度或30号特有的小标题，无法区分2019年与2021年格式"
    else:
        why = "页面没有表格，年度和章节标题都不能区分标准格式与叙述式报告"
    return page_note("audit.format_uncertain", f"{why}；{what[chosen]}读取，请核对。")


# The parts a report says it has, in its opening ("报告包括概述,主动公开政府信息情况,…,政府信息公开的收费及减免情况,…等7个
# 部分"): the page's own outline, as its author names it (round 24).
_STATED_PARTS: Final = re.compile(
    r"(?:包括|包含|由|分为|共分|分)[:：]?([^。]{6,240}?)(?:等|共|组成|构成)*\s*(?:[一二三四五六七八九]|\d)\s*(?:个)?部分"
)
_STATED_STANDARD_PART: Final = re.compile(r"总体情况|收到和处理政府信息公开申请")
_STATED_LEGACY_PART: Final = re.compile(
    r"概述|收费(?:及|和)减免|依申请公开(?:政府)?信息(?:和不予公开(?:政府)?信息)?(?:的)?情况"
)
_LEGACY_PARTS_NEEDED: Final = 2  # one legacy name may be a slip; two with no standard one are the old outline


_STANDARD_PARTS_NEEDED: Final = 2  # 总体情况 and 收到和处理政府信息公开申请: both standard outlines name them


def stated_outline(text: str) -> str | None:
    """Which outline the parts the page says it has are: "standard", "legacy", or None (neither, or none stated).

    Standard: both of 总体情况 and 收到和处理政府信息公开申请 and no narrative part (round 26); legacy: as
    ``stated_outline_is_legacy``.
    """
    if stated_outline_is_legacy(text):
        return "legacy"
    stated = _STATED_PARTS.search(text)
    if stated is None:
        return None
    parts = stated.group(1)
    standard = {found.group(0) for found in _STATED_STANDARD_PART.finditer(parts)}
    if len(standard) >= _STANDARD_PARTS_NEEDED and _STATED_LEGACY_PART.search(parts) is None:
        return "standard"
    return None


def stated_outline_is_legacy(text: str) -> bool:
    """Whether the parts the page says it has are the narrative reports' (2008 Regulation, 第三十一条) (round 24).

    Two of 概述, 收费及减免, 依申请公开政府信息(和不予公开政府信息)情况 and none of the standard outline's 总体情况 or
    收到和处理政府信息公开申请 (国办公开办函〔2019〕60号 and 〔2021〕30号 list six parts with these names).
    """
    stated = _STATED_PARTS.search(text)
    if stated is None:
        return False
    parts = stated.group(1)
    return _STATED_STANDARD_PART.search(parts) is None and len(_STATED_LEGACY_PART.findall(parts)) >= (
        _LEGACY_PARTS_NEEDED
    )


def format_mixed(evidence: FormatEvidence, text: str, year: int, chosen: str) -> Finding | None:
    """The note on a page of 2020 on, no table read, whose own outline is the narrative reports' (round 24).

    Every report from 2020 on is due in a standard format (国办公开办函〔2019〕60号, then 〔2021〕30号), so the format
    follows the year; but a page that names the old parts (``stated_outline_is_legacy``) or whose narrative headings
    outweigh the standard ones was written on the old outline: the evidence is mixed, and the note says so. None:
    the page's outline does not contradict its year.
    """
    if stated_outline_is_legacy(text):
        why = "页面自述的章节是叙述式年度报告的（概述、收费及减免等）"
    elif evidence.legacy > evidence.standard:
        # the headings (一、…工作的基本情况, 依申请公开政府信息情况) or a citation of the 2008 Regulation: the note names
        # no part the page does not state
        why = "页面的章节标题或所引条例条文是叙述式年度报告的"
    else:
        return None
    return page_note(
        "audit.format_uncertain",
        f"报告年度为{year}年，应按{_NOTICE_NAME[chosen]}格式编写，但{why}，"
        f"页面上也没有读到统计表；按{_NOTICE_NAME[chosen]}格式读取，格式依据不一致，请核对。",
    )
