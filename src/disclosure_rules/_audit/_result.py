"""What the auditor returns: the result of one page, the figures read from its prose, and its error."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._findings import Finding, Severity
from disclosure_rules._models import AgencyLevel, Report

if TYPE_CHECKING:
    from collections.abc import Iterable

    from disclosure_rules._audit._narrative import Sentence, StatedFigure, StatedList

SOURCE_READER: Final = "disclosure_rules 读取（页面）"
SOURCE_TEXT: Final = "disclosure_rules 合理性检查：正文数字应与表格一致"
UNKNOWN_AGENCY: Final = "（未识别机关）"
# A finding on prose figures: the sentence was read by a pattern, never as certain as a table cell.
PROSE_CONFIDENCE: Final = 0.8
# A figure read from a sentence that states it with no unit ("依申请公开办理数量为1"): the number is the count the
# words name, but nothing on it says what it counts (round 13).
UNITLESS_FIGURE_CONFIDENCE: Final = 0.6
# The year's new requests derived as a count of requests 受理/办理 less the requests carried over that its own bracket
# says it includes ("申请124宗(含2021年度结转5宗)": 119; round 33): the page does not print the number, so this sure.
DERIVED_REQUESTS_CONFIDENCE: Final = 0.6
# A legacy report's proactive total read from its 概述 with no 主动公开 in the sentence, the page showing no 主动公开 part
# of its own: the count is the year's by its words, but the 2008 outline states the total in that part (round 29).
OVERVIEW_TOTAL_CONFIDENCE: Final = 0.6
# A 2019/2021 report's proactive total read from the one count of the body's posts under its own 主动公开 sub-heading, the
# sentence naming no 主动公开 and no channel (round 39, "(一)主动公开情况 … 我局发布…等信息共计112条"): the year's by its
# place, less sure than by its words.
HEADED_TOTAL_CONFIDENCE: Final = 0.6
# Channels adding up to more than their total: the excess may be one item counted on several channels.
OVERLAP_CONFIDENCE: Final = 0.5
# Parts short of half their total with no remainder named (其他/其余): the list more likely names only some
# kinds (a selection) than slips; a mismatch is a warning this sure (round 10).
PARTIAL_CONFIDENCE: Final = 0.5
# Parts counted in another unit (份) than their total (条) adding up to more than it, or parts in 条 and 篇 mixed that
# miss their total (round 22): the units may not count the same things, so a warning this sure (round 11).
OTHER_UNIT_CONFIDENCE: Final = 0.5
# A paragraph counting the year's items by content (从公开内容来看, 一是…其他…) that misses the total stated in another
# paragraph: its parts may count one channel only, so a warning this sure (round 22).
OTHER_PARAGRAPH_CONFIDENCE: Final = 0.5
# One column of a website counted twice in the prose with two counts: the names agree by their words, not by a link,
# and one count may cover a shorter time, so a warning this sure (round 22).
SAME_COLUMN_CONFIDENCE: Final = 0.5
# The standard format of a page whose tables cannot be read whole, told by a sign short of the tables: the few table
# labels it shows, its publication date, 30号's own sub-headings or its year (60号 for 2020, 30号 after).
FORMAT_BY_SIGNS_CONFIDENCE: Final = 0.6
# The same with no year and no sign at all: the format is the reader's default (30号), a guess.
FORMAT_UNDECIDED_CONFIDENCE: Final = 0.5
# A page of 2020 on with no table whose own outline is the narrative one: its format follows the year, but the page's
# own evidence says otherwise, so the format (and every finding resting on it) is this sure (round 24).
MIXED_FORMAT_CONFIDENCE: Final = 0.5
# A stated number of classes or parts ("主动公开类别有七类,分别是…") against the names listed after it (round 32): a
# name may itself hold a 、 ("安全生产、应急管理"), so the number of names is read from the list's shape, never sure.
CLASS_COUNT_CONFIDENCE: Final = 0.5
# A part after a sentence-opening 其中 larger than every count in 条 its paragraph states before it (round 38): the
# arithmetic is sure whichever count the 其中 breaks down, but the part may count other things (posts on a platform,
# a whole system's bodies), so a warning this sure.
PART_ABOVE_ALL_BEFORE_CONFIDENCE: Final = 0.5
LEGACY_ERROR_CONFIDENCE: Final = 0.9  # a complete "total, 其中 parts" statement, or a part above its total
# ``check --min-confidence``: the names of the thresholds, lowest first (round 18). ``low`` keeps everything (the
# default); ``medium`` drops what is reported hedged (0.5 overlaps and selections, 0.6 figures with no unit or cells
# placed by a row total); ``high`` keeps only what rests on a table or a complete legacy statement (≥ 0.9), dropping
# findings and figures read from sentences by a pattern (0.8). A finding or figure with no confidence is certain.
CONFIDENCE_THRESHOLDS: Final = {"low": 0.0, "medium": PROSE_CONFIDENCE, "high": LEGACY_ERROR_CONFIDENCE}


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
    # How sure the reading of the sentence is (0-1): a pattern's reading of a sentence is never as sure as a cell.
    confidence: float | None = None


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

    def at_least(self, confidence: float) -> AuditResult:
        """This result without the findings and prose figures less sure than ``confidence`` (0-1).

        A finding or figure that carries no confidence is as sure as a table cell (1.0) and is always kept.
        """
        if confidence <= 0:
            return self
        return self.model_copy(
            update={
                "findings": tuple(f for f in self.findings if _sure(f.confidence) >= confidence),
                "figures": tuple(f for f in self.figures if _sure(f.confidence) >= confidence),
            }
        )

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


def _sure(confidence: float | None) -> float:
    return 1.0 if confidence is None else confidence


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


_MUNICIPALITIES: Final = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# A city named inside a city or prefecture ("宁德市福安市", "恩施州利川市") is a 县级市: a county-level government.
# (贵州省贵阳市 is no such name: the 州 of a province's name is followed by 省.)
_CITY_IN_A_CITY: Final = re.compile(r".(?:市|州|盟|地区)[^省市]{1,8}市$")
# A people's government (or its general office): the place it governs is group 1.
_GOVERNMENT: Final = re.compile(r"^(.*?)人民政府(?:办公厅|办公室)?$")


def level_uncertain(name: str | None) -> str | None:
    """Why the level of the government ``name`` cannot be told from its name, or ``None``.

    "XX市人民政府" is a 设区的市 (市级政府) or a 县级市 (县级政府); the name alone does not say which.
    """
    government = _GOVERNMENT.match(name or "")
    if government is None:
        return None
    place = government.group(1)
    if not place.endswith("市") or place in _MUNICIPALITIES or _CITY_IN_A_CITY.search(place):
        return None
    return f"机关名称“{name}”以“市”结尾，无法判断是设区的市（市级政府）还是县级市（县级政府）"


def guess_level(name: str | None) -> AgencyLevel:  # noqa: PLR0911 - one answer per kind of body
    if not name:
        return AgencyLevel.OTHER
    if re.search(r"(?:镇|乡|街道|街道办事处|镇人民政府|乡人民政府)$", name):
        return AgencyLevel.TOWNSHIP
    if name.startswith(("国家", "国务院", "中华人民共和国")):
        return AgencyLevel.STATE_COUNCIL_DEPARTMENT
    government = _GOVERNMENT.match(name)
    if government:
        place = government.group(1)
        if place.endswith(("省", "自治区")) or place in _MUNICIPALITIES:
            return AgencyLevel.PROVINCIAL_GOVERNMENT
        if place.endswith(("县", "区", "旗")) or _CITY_IN_A_CITY.search(place):
            return AgencyLevel.COUNTY_GOVERNMENT
        if place.endswith(("市", "州", "盟")):
            return AgencyLevel.CITY_GOVERNMENT
    if re.search(r"(?:局|委员会|委|办公室|厅|中心|署|办|院)$", name):
        return AgencyLevel.GOVERNMENT_DEPARTMENT
    return AgencyLevel.OTHER


def audit_figure(figure: StatedFigure) -> AuditFigure:
    return AuditFigure(
        name=figure.name,
        label=figure.label,
        value=figure.value,
        share_percent=figure.share_percent,
        share_of=figure.share_of,
        sentence=figure.sentence.text,
        location=figure.sentence.where,
        section=figure.sentence.printed
        or figure.sentence.section
        or None,  # the numeral on the page (round 47)
        confidence=figure.confidence,
    )


def audit_figures(figures: Iterable[StatedFigure]) -> tuple[AuditFigure, ...]:
    """The figures a result lists, in their order, each once (round 35).

    A list's part may also be read as a category figure of the same label, value and sentence (26 pages over every
    folder): the same figure twice says nothing more. Only figures alike in every field are merged.
    """
    return tuple(dict.fromkeys(audit_figure(figure) for figure in figures))


def quoted_place(sentence: Sentence) -> str:
    """A finding's location in the prose: where the sentence stands, then its words in quotes."""
    return f"{sentence.where}：“{sentence.text}”"


def sentence_place(figure: StatedFigure | StatedList) -> str:
    return quoted_place(figure.sentence)


def page_note(code: str, message: str) -> Finding:
    """A warning of the reader about the whole page (its year, its characters, what it could not read)."""
    return Finding(
        code=code, severity=Severity.WARNING, message=message, source=SOURCE_READER, location="全文"
    )
