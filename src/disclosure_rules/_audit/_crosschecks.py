"""Cross-checks: the figures stated in the prose against the tables, and against the parts listed after them."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._audit._narrative import (
    CHANNEL_WORDS,
    HANDLED_REQUESTS_LABEL,
    ITEM_UNITS,
    MIN_LIST_ITEMS,
    RECEIVED_REQUESTS_LABEL,
    reads_partial,
)
from disclosure_rules._audit._result import (
    CLASS_COUNT_CONFIDENCE,
    OTHER_PARAGRAPH_CONFIDENCE,
    OTHER_UNIT_CONFIDENCE,
    OVERLAP_CONFIDENCE,
    PART_ABOVE_ALL_BEFORE_CONFIDENCE,
    PARTIAL_CONFIDENCE,
    SAME_COLUMN_CONFIDENCE,
    SOURCE_TEXT,
    quoted_place,
    sentence_place,
)
from disclosure_rules._audit._tables import CONFIDENCE_UNAMBIGUOUS
from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._formatting import share_percent
from disclosure_rules._labels import (
    OUTCOME_HEADINGS,
    SECTION_HEADINGS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    TABLE_NAMES,
)
from disclosure_rules._messages import page_states_proactive_zh
from disclosure_rules._shares import one_unit_slip, share_consistent
from disclosure_rules._text import DIGIT, chinese_small_number

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from disclosure_rules._audit._narrative import Prose, Sentence, StatedFigure, StatedList
    from disclosure_rules._labels import Table2Cell, Table3Row
    from disclosure_rules._models import AnnualReport2019, AnnualReport2021

# Said of a list whose parts make under half its total and name no remainder (reads_partial).
PARTIAL_NOTE: Final = (
    "（所列各项合计不足总数的一半，且未列“其他”，可能只列举了部分类别，不一定是错误，请核对）。"
)
# Said of channels under 其中 adding up to less than their total (round 34, blind 31's ``yongde_wlj_2020``: 27 + 109 +
# 138 + 8 = 282 against 283): an item on several channels only makes their sum larger, so overlap does not explain it; a
# channel left unnamed may. A warning at ``OVERLAP_CONFIDENCE``, as every channel finding, never an error.
CHANNELS_SHORT_NOTE: Final = "（各渠道合计少于总数，渠道间重复计数不能解释差额，可能有渠道未列出，请核对）。"
# Said of a share one unit of its last printed place off the rounded share (one_unit_slip, round 16).
ONE_UNIT_NOTE: Final = "（所写比例与四舍五入值只差末位一个单位，可能是作者的舍入差错，请核对）。"
_OUTCOME_GROUPS: Final = {title: (code,) for title, code in OUTCOME_HEADINGS.items()}


def _row_total(values: Sequence[int | None]) -> int | None:
    if values[-1] is not None:
        return values[-1]
    filled = [value for value in values[:-1] if value is not None]
    return sum(filled) if filled else None


def _row_totals(report: AnnualReport2021 | AnnualReport2019) -> list[tuple[Table3Row, int | None]]:
    """Each row of table 三 with its total (``_row_total``): one walk of the table for every outcome figure."""
    return [(spec, _row_total(counts.values())) for spec, counts in report.requests.iter_rows()]


def _outcome_total(row_totals: Sequence[tuple[Table3Row, int | None]], words: str) -> int | None:
    keys = [key for word, codes in _OUTCOME_GROUPS.items() if word in words for key in codes]
    total = 0
    seen = False
    for spec, value in row_totals:
        in_group = spec.group is not None and spec.group.code in keys
        if (spec.code in keys or in_group) and value is not None:
            total += value
            seen = True
    return total if seen else None


# The table 四 总计 cells a prose count of reviews or lawsuits is compared with: the finding is as sure as they are.
_TABLE4: Final = TABLE_NAMES["review_litigation"]
_TABLE2: Final = TABLE_NAMES["proactive_disclosure"]
_TABLE4_TOTAL: Final = dict(TABLE4_RESULT_COLUMNS)["total"]
_REVIEW_TOTAL: Final = (CellRef(table=_TABLE4, row=TABLE4_GROUPS[0].label, column=_TABLE4_TOTAL),)
_LAWSUIT_TOTALS: Final = tuple(
    CellRef(table=_TABLE4, row=group.label, column=_TABLE4_TOTAL) for group in TABLE4_GROUPS[1:]
)
# How the two compared totals are named in a message: 表四行政复议总计, 表四行政诉讼总计.
_REVIEW_TOTAL_NAME: Final = f"{_TABLE4}{TABLE4_GROUPS[0].label}{_TABLE4_TOTAL}"
_LAWSUIT_TOTAL_NAME: Final = f"{_TABLE4}{TABLE4_GROUPS[1].parent_label}{_TABLE4_TOTAL}"


def _text_finding(
    figure: StatedFigure, table_value: int, what: str, cells: tuple[CellRef, ...] = ()
) -> Finding:
    return Finding(
        code="text.table_mismatch",
        severity=Severity.WARNING,
        message=f"正文称{figure.label}{figure.value}件，但表格中{what}为{table_value}件。",
        cells=cells,
        expected=table_value,
        actual=int(figure.value),
        source=SOURCE_TEXT,
        location=sentence_place(figure),
    )


def _received_against_table(
    figure: StatedFigure, report: AnnualReport2021 | AnnualReport2019, new: int, carried: int | None
) -> list[Finding]:
    """The prose's count of requests received (or handled) against table 三's rows 一 and 二."""
    if figure.label == HANDLED_REQUESTS_LABEL:
        return _handled_against_table(figure, report, new, carried)
    accepted = {new} if figure.label == RECEIVED_REQUESTS_LABEL else {new, new + (carried or 0)}
    if int(figure.value) in accepted:
        return []
    return [_text_finding(figure, new, "“本年新收政府信息公开申请数量”")]


def _handled_against_table(
    figure: StatedFigure, report: AnnualReport2021 | AnnualReport2019, new: int, carried: int | None
) -> list[Finding]:
    """The requests the prose says were handled against table 三's 总计 column (round 26, ``pingtan_lyy_2025``).

    They may be counted as new (一), with those carried over (一 + 二) or as handled (（七）总计); none of them
    equal to the prose's count is a warning. When row 一's applicant columns add up to the prose's count and not to
    its own 总计 cell, the warning says which figure the prose matches.
    """
    value = int(figure.value)
    handled = _row_total(report.requests.total.values())
    accepted = {new, new + (carried or 0)} | ({handled} if handled is not None else set())
    if value in accepted:
        return []
    applicants = [count for count in list(report.requests.new_received.values())[:-1] if count is not None]
    message = f"正文称{figure.label}{value}件，但表格中“本年新收政府信息公开申请数量”总计栏为{new}件"
    if handled is not None and handled != new:
        message += f"，“（七）总计”为{handled}件"
    if applicants and sum(applicants) == value:
        message += f"；正文之数与该行自然人及各类法人或其他组织之和{value}件相符，是表内总计栏与之不符"
    return [
        Finding(
            code="text.table_mismatch",
            severity=Severity.WARNING,
            message=message + "。",
            expected=new,
            actual=value,
            source=SOURCE_TEXT,
            location=sentence_place(figure),
        )
    ]


def _count_mismatch(  # noqa: PLR0913 - a count finding's parts that differ from check to check
    stated: StatedList,
    actual: int | None,
    message: str,
    prefix: str = "text",
    *,
    severity: Severity = Severity.WARNING,
    confidence: float | None = None,
) -> Finding:
    """A list's parts that do not add up to its stated total (the shape every count check below shares)."""
    return Finding(
        code=f"{prefix}.count_mismatch",
        severity=severity,
        message=message,
        expected=stated.total,
        actual=actual,
        source=SOURCE_TEXT,
        location=sentence_place(stated),
        confidence=confidence,
    )


def text_vs_tables(figures: list[StatedFigure], report: AnnualReport2021 | AnnualReport2019) -> list[Finding]:
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
    row_totals: list[tuple[Table3Row, int | None]] | None = None  # walked once, at the first outcome figure
    for figure in figures:
        value = int(figure.value)
        if figure.name == "requests_received" and new is not None:
            findings.extend(_received_against_table(figure, report, new, carried))
        elif figure.name == "administrative_reviews" and review_total is not None and value != review_total:
            findings.append(_text_finding(figure, review_total, _REVIEW_TOTAL_NAME, _REVIEW_TOTAL))
        elif figure.name == "lawsuits" and lawsuit_total is not None and value != lawsuit_total:
            findings.append(_text_finding(figure, lawsuit_total, _LAWSUIT_TOTAL_NAME, _LAWSUIT_TOTALS))
        elif figure.name.startswith("outcome:"):
            if row_totals is None:
                row_totals = _row_totals(report)
            stated = _outcome_total(row_totals, figure.label)
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
                        location=sentence_place(figure),
                    )
                )
    return findings


# Round 55 (blind 51's ``huairou_fgw_2010``, development data: "…形势分析类20条(同时撤销2条),工作动态类156条" under 174):
# a part followed by a bracket naming another count of its unit with a word that adjusts it (withdrawn, deleted, counted
# twice, included, excluded, of which) may be counted before or after that adjustment, so the parts' sum is not read
# without ambiguity (issue 12, class 8): silent where the adjustment makes the sum agree, a warning otherwise.
_ADJUSTING_WORDS: Final = ("撤销", "删除", "撤回", "重复", "不含", "含", "其中")
_BRACKET_AFTER_COUNT: Final = re.compile(r"(?<![\d.])(\d+)([条件篇项])[(（]([^()（）]{1,60})[)）]")
_ADJUSTED_NOTE: Final = (
    "（某项后的括号注明了撤销、重复、含或不含等调整的条数，各项之和按哪种口径计算不能确定，请核对）。"
)
_BRACKETED_COUNT: Final = re.compile(r"(?<![\d.])(\d+)([条件篇项])")


def _bracketed_adjustments(stated: StatedList) -> list[int]:
    """The counts the brackets right after the list's parts name with an adjusting word, in the part's unit."""
    if not any(bracket in part.sentence.norm for part in stated.parts for bracket in "(（"):
        return []
    adjustments: list[int] = []
    for part in stated.parts:
        norm = part.sentence.norm
        at = norm.find(part.label)
        if at < 0:
            continue
        found = _BRACKET_AFTER_COUNT.search(norm, at + len(part.label))
        if (
            found is None
            or int(found.group(1)) != int(part.value)
            or re.search(r"\d", norm[at + len(part.label) : found.start()]) is not None
            or not any(word in found.group(3) for word in _ADJUSTING_WORDS)
        ):
            continue
        adjustments.extend(
            int(count) for count, unit in _BRACKETED_COUNT.findall(found.group(3)) if unit == found.group(2)
        )
    return adjustments


def list_findings(lists: Sequence[StatedList], prefix: str, severity: Severity) -> list[Finding]:
    """A stated total must equal the sum of the parts listed after it, and each stated share must fit."""
    findings = [_other_unit(stated, prefix) for stated in lists if stated.other_unit]
    findings.extend(
        _mixed_units_mismatch(stated, prefix) for stated in lists if _mixed_units_miss_total(stated)
    )
    findings.extend(
        _items_in_mixed_units_above(stated, prefix)
        for stated in lists
        if _items_in_mixed_units_above_total(stated)
    )
    for stated in (stated for stated in lists if not stated.other_unit):
        parts = stated.parts_sum
        # Only a part counting what the total counts can exceed it: 67项 (approvals) under 53条 (items) is no part
        # of them (round 23, ``pingtan_zrz_2012``).
        too_big = [
            part
            for part in stated.parts
            if _counts_items_as_total(part, stated) and int(part.value) > stated.total + stated.tolerance
        ]
        # A list cut off by the end of the page says nothing by its sum; a part above the total still does.
        # A total in 万 is rounded: the sum fits it within half its last digit's unit.
        off = abs(parts - stated.total) > stated.tolerance
        # Parts counted in the total's unit already above it, some items uncounted: a part cannot exceed its whole
        # (categories, not channels that may overlap). A warning: the list is not read whole.
        above = (
            stated.counted_sum is not None
            and not stated.overlapping
            and stated.counted_sum > stated.total + stated.tolerance
        )
        if above and not too_big and not (stated.comparable and stated.complete):
            findings.append(_above(stated, prefix))
        elif stated.overlapping and not too_big:
            if (stated.comparable and stated.complete and off) or _channels_above(stated):
                findings.append(_overlap(stated, parts, prefix))
        elif (stated.comparable and stated.complete and off and not stated.overlapping) or too_big:
            adjustments = [] if too_big else _bracketed_adjustments(stated)
            if not any(
                abs(parts + sign * count - stated.total) <= stated.tolerance
                for count in adjustments
                for sign in (1, -1)
            ):
                mismatch = _sum_mismatch(
                    stated, prefix, Severity.WARNING if adjustments else severity, too_big=bool(too_big)
                )
                if adjustments:
                    mismatch = mismatch.model_copy(
                        update={"message": mismatch.message.removesuffix("。") + _ADJUSTED_NOTE}
                    )
                findings.append(mismatch)
        findings.extend(
            _share_mismatch(
                part, stated.total, prefix, Severity.WARNING if _unsure_list(stated) else severity
            )
            for part in stated.parts
            if part.share_percent is not None
            and not stated.tolerance  # a rounded total (万) is no base to check a share against
            and not share_consistent(int(part.value), stated.total, part.share_percent)
        )
        findings.extend(
            _share_mismatch(part, stated.total, prefix, Severity.WARNING)
            for part in stated.later_shares
            if part.share_percent is not None
            and not stated.tolerance
            and not share_consistent(int(part.value), stated.total, part.share_percent)
        )
    return findings


def _sum_mismatch(stated: StatedList, prefix: str, severity: Severity, *, too_big: bool) -> Finding:
    """A list's parts that do not make its total (or a part above it), said as the list was read."""
    parts = stated.parts_sum
    written = stated.written_total
    listed, summed = _listed_and_summed(stated)
    message = f"正文称共{written}，其中{listed}，合计{summed}，与总数不符。"
    if stated.following:
        message = f"正文称共{written}，随后列出{listed}，合计{summed}，与总数不符"
        if stated.tolerance and "万" in written and written.startswith(f"{parts}万"):
            message += "（各项之和恰为“万”前的数字，疑为单位误写）"
        message += "；该句未写“其中”，按其措辞视为全部构成，请核对。"
    elif stated.loose:
        message = message.removesuffix("。") + "（总数与所列各项不在同一句，或某项未写单位，请核对）。"
    # Parts under half the total, no remainder named: likely a selection, not a slip (round 10). A total
    # in 万 whose parts make the number before 万 is a unit slip, said as such.
    partial = (
        not too_big
        and not stated.tolerance
        and reads_partial(parts, stated.total, (part.label for part in stated.parts))
    )
    if partial:
        message = message.removesuffix("。") + PARTIAL_NOTE
    short_channels = stated.channels and parts < stated.total
    if short_channels and not partial:
        message = message.removesuffix("。") + CHANNELS_SHORT_NOTE
    return _count_mismatch(
        stated,
        parts,
        message,
        prefix,
        severity=Severity.WARNING
        if stated.following or stated.loose or partial or short_channels or _unsure_list(stated)
        else severity,
        confidence=PARTIAL_CONFIDENCE
        if partial or stated.stray
        else (OVERLAP_CONFIDENCE if short_channels else None),
    )


def _total_unit(stated: StatedList) -> str:
    """The unit a list's total is written in (件, 篇 or 份; 条 when the text ends in none)."""
    written = stated.written_total
    return written[-1] if written.endswith(("件", "篇", "份")) else "条"


def _listed_and_summed(stated: StatedList) -> tuple[str, str]:
    """A list's parts as a message quotes them (each in its own unit) and their sum.

    The sum takes the total's unit only when every part is counted in it: parts in other units add up to a bare
    number (round 23), never to a count the page does not state.
    """
    unit = _total_unit(stated)
    listed = "、".join(
        f"{part.label}{part.value}{unit if part.unit is None else part.unit}" for part in stated.parts
    )
    parts = stated.parts_sum
    return listed, f"{parts}{unit}" if _all_in_total_unit(stated) else f"{parts}"


def _all_in_total_unit(stated: StatedList) -> bool:
    """Whether every part of a list is counted in its total's unit."""
    return all(_in_total_unit(part, stated) for part in stated.parts)


def _in_total_unit(part: StatedFigure, stated: StatedList) -> bool:
    """Whether a list's part is counted in its total's unit (no unit of its own, or the total's written again)."""
    return part.unit is None or part.unit == stated.written_total[-1]


def _counts_items_as_total(part: StatedFigure, stated: StatedList) -> bool:
    """Whether a part counts what its total counts: its unit, or 条 and 篇 (both items of information; round 22)."""
    return _in_total_unit(part, stated) or {part.unit, stated.written_total[-1]} <= set(ITEM_UNITS)


def _unsure_list(stated: StatedList) -> bool:
    """Whether a list is too loosely read for an error (round 23).

    A part in another unit than the total, or an item holding another quantity (次, 宗, 公顷, 万元): the list may run
    past its breakdown into the year's other work. A total hedged as approximate (约500条, round 33) is no exact base.
    """
    return stated.foreign or stated.stray or stated.approximate or not _all_in_total_unit(stated)


def named_shares(lists: Sequence[StatedList]) -> list[Finding]:
    """A later clause's share of one part of a whole breakdown, against the breakdown's total (round 23).

    The parts make the total exactly, so it is their base; the share is read from another clause than its part's
    (``named_share_lists``): a warning.
    """
    return [
        _share_mismatch(part, stated.total, "text", Severity.WARNING)
        for stated in lists
        for part in stated.parts
        if part.share_percent is not None
        and not share_consistent(int(part.value), stated.total, part.share_percent)
    ]


def categories_above_total(lists: Sequence[StatedList], prefix: str = "text") -> list[Finding]:
    """Category lists with no total of their own that add up to more than the year's total (round 14).

    Every category is named (the list ends in 其他) and a part cannot exceed its whole. A warning (the total is
    another sentence's, and an item may be counted under two kinds); a sum below the total says nothing (the list
    may be one channel's). ``prefix``: the code's, ``legacy`` on a legacy page (round 45).
    """
    findings: list[Finding] = []
    for stated in lists:
        parts = stated.parts_sum
        if parts <= stated.total:
            continue
        listed = "、".join(f"{part.label}{part.value}条" for part in stated.parts)
        message = (
            f"{page_states_proactive_zh(f'{stated.total}条')}，另一处列出{listed}（以“其他”结尾，视为全部类别），"
            f"合计{parts}条，多于总数；部分不能大于总数，请核对。"
        )
        findings.append(_count_mismatch(stated, parts, message, prefix, confidence=OTHER_UNIT_CONFIDENCE))
    return findings


def channels_above_total(lists: Sequence[StatedList], prefix: str) -> list[Finding]:
    """Channels listed after the year's total that add up to more than it (round 26): a low-confidence hint.

    The rule for every channel list (``list_findings``): one item may go out on several channels, so channels above
    their total may overlap — a warning at ``OVERLAP_CONFIDENCE``, never an error; a sum at or below it, nothing.
    """
    return _channels_over(lists, prefix, where="另一段")


def channels_listed_above_total(lists: Sequence[StatedList], prefix: str) -> list[Finding]:
    """Channels the total's own 其中 lists, cut at ；, that add up to more than it (round 42): a low-confidence hint.

    As ``channels_above_total``: one item may go out on several channels — a warning at ``OVERLAP_CONFIDENCE``.
    """
    return _channels_over(lists, prefix, where="其中")


def _channels_over(lists: Sequence[StatedList], prefix: str, *, where: str) -> list[Finding]:
    """The overlap warning for channels above their total; ``where`` says where the page lists them."""
    findings: list[Finding] = []
    for stated in lists:
        parts = stated.parts_sum
        if parts <= stated.total:
            continue
        listed, summed = _listed_and_summed(stated)
        message = (
            f"正文称主动公开政府信息{stated.written_total}，{where}按渠道列出{listed}，各渠道合计{summed}，多于总数；"
            "同一条信息可能在多个渠道发布，各渠道之间可能重复计数，不一定是错误，请核对。"
        )
        findings.append(_count_mismatch(stated, parts, message, prefix, confidence=OVERLAP_CONFIDENCE))
    return findings


def _remainder_list_findings(
    lists: Sequence[StatedList], where: Callable[[StatedList], str], closing: str
) -> list[Finding]:
    """A list in another paragraph, ending in its remainder (其他…), whose parts do not make the total: a warning.

    ``where`` names the list's paragraph in the message and ``closing`` ends it. The parts name every item, but they
    stand in another paragraph than the total, so the confidence is ``OTHER_PARAGRAPH_CONFIDENCE``.
    """
    findings: list[Finding] = []
    for stated in lists:
        parts = stated.parts_sum
        if parts == stated.total:
            continue
        listed = "、".join(f"{part.label}{part.value}条" for part in stated.parts)
        message = (
            f"{page_states_proactive_zh(stated.written_total)}，{where(stated)}列出{listed}"
            f"（以“其他”结尾，视为全部内容），合计{parts}条，与总数不符{closing}"
        )
        findings.append(_count_mismatch(stated, parts, message, confidence=OTHER_PARAGRAPH_CONFIDENCE))
    return findings


def viewpoint_findings(lists: Sequence[StatedList]) -> list[Finding]:
    """A paragraph counting the year's items by content (一是… to 其他…) whose parts do not make the total (round 22).

    The page may count the parts on one channel only, which the message says.
    """
    return _remainder_list_findings(
        lists,
        lambda stated: f"另一段“{stated.sentence.norm.split('看', 1)[0]}看”按内容",
        "；各项也可能只计某一渠道，请核对。",
    )


def detailed_findings(lists: Sequence[StatedList]) -> list[Finding]:
    """The paragraph after the total, 具体包括… to 其他…, whose parts do not make the total (round 36).

    具体包括 does not say "all", and the list stands in another paragraph than the total.
    """
    return _remainder_list_findings(lists, lambda _stated: "下一段“具体包括”", "，请核对。")


def column_twice(pairs: Sequence[tuple[StatedFigure, StatedFigure]]) -> list[Finding]:
    """One column counted twice with two counts (``column_counts``): a low-confidence warning (round 22)."""
    return [
        Finding(
            code="text.count_mismatch",
            severity=Severity.WARNING,
            message=(
                f"正文一处称通过“{first.label}”公开信息{first.value}条，另一处（{second.sentence.where}）称通过"
                f"“{second.label}”公开信息{second.value}条；同一栏目的数量前后不一，请核对。"
            ),
            expected=int(first.value),
            actual=int(second.value),
            source=SOURCE_TEXT,
            location=sentence_place(first),
            confidence=SAME_COLUMN_CONFIDENCE,
        )
        for first, second in pairs
    ]


def _above(stated: StatedList, prefix: str) -> Finding:
    """Parts counted in the total's unit that add up to more than the total, other items left uncounted."""
    written = stated.written_total
    unit = _total_unit(stated)
    listed = "、".join(f"{part.label}{part.value}" for part in stated.parts)
    message = (
        f"正文称共{written}，其中{listed}，按{unit}计的各项之和{stated.counted_sum}{unit}已多于总数"
        "（另有未写数量或单位不同的项目）；部分不能大于总数，请核对。"
    )
    return _count_mismatch(stated, stated.counted_sum, message, prefix)


def _other_unit(stated: StatedList, prefix: str) -> Finding:
    """Parts counted in 份 under a total in 条 or 篇 that add up to more than it (round 11)."""
    written = stated.written_total
    parts = stated.parts_sum
    listed = "、".join(f"{part.label}{part.value}{part.unit}" for part in stated.parts)
    message = (
        f"正文称共{written}，其中{listed}，各项之和{parts}{stated.parts[0].unit}已多于总数；部分不能大于总数，"
        "但各项与总数的计量单位不同，请核对。"
    )
    return _count_mismatch(stated, parts, message, prefix, confidence=OTHER_UNIT_CONFIDENCE)


def _above_said_elsewhere(stated: StatedList) -> bool:
    """Whether another check already says this list is above its total (the mixed-unit checks then stay silent)."""
    total = stated.total + stated.tolerance
    if any(int(part.value) > total for part in stated.parts):
        return True  # a part above the total: list_findings says so
    # the parts in the total's unit already above it: _above says so
    return stated.counted_sum is not None and stated.counted_sum > total


def _mixed_units_miss_total(stated: StatedList) -> bool:
    """Whether a whole list counted in 条 and 篇 mixed misses its total, no other check saying so (round 22)."""
    if not stated.mixed_units or not stated.complete:
        return False
    if _above_said_elsewhere(stated):
        return False
    parts = stated.parts_sum
    return abs(parts - stated.total) > stated.tolerance and not reads_partial(
        parts, stated.total, (part.label for part in stated.parts)
    )


# Round 60 (blind 55's ``huzhou_zwb_2024``: "主动公开政府信息11855条。其中,…发布信息397条,党务公开信息42条,…栏目发布信息
# 68件,公共资源交易全过程信息发布11386" — 11893): every part of a whole list counted as items, in 条, 件 or with its unit
# dropped, and together above the total. A part cannot exceed its whole; the units differ, so by the existing rule
# (round 22) a low-confidence warning, never an error.
_ITEM_UNITS_OR_NONE: Final = frozenset({None, "", "条", "件", "篇"})
# A part in 件 is items only when its label puts information out (信息, 发布, 公开) and is no request's: a list that runs
# on into letters, hotline calls or requests handled (…信箱信件47件, …热线7件, 办理依申请19件) has left its breakdown.
_ITEMS_PUT_OUT: Final = re.compile(r"^(?!.*申请).*(?:信息|发布|公开)")


def _items_in_mixed_units_above_total(stated: StatedList) -> bool:
    """Whether a whole list of items in mixed units (条/件/none) adds up to more than its total, no other check saying so."""
    if (
        stated.comparable
        or not stated.complete
        or stated.other_unit
        or stated.mixed_units
        or stated.overlapping
        or stated.channels
        or stated.stray
        or stated.approximate
        or len(stated.parts) < 2  # noqa: PLR2004 - a list names two parts at least
        or any(part.unit not in _ITEM_UNITS_OR_NONE for part in stated.parts)
        or _all_in_total_unit(stated)
        or not any(part.unit == "件" for part in stated.parts)
        or not all(_ITEMS_PUT_OUT.search(part.label) for part in stated.parts if part.unit == "件")
    ):
        return False
    return not _above_said_elsewhere(stated) and stated.parts_sum > stated.total + stated.tolerance


def _items_in_mixed_units_above(stated: StatedList, prefix: str) -> Finding:
    """Items in 条, 件 or with no unit that add up to more than their total: a low-confidence warning (round 60)."""
    unit = _total_unit(stated)
    parts = stated.parts_sum
    listed = "、".join(
        f"{part.label}{part.value}{unit if part.unit is None else part.unit}" for part in stated.parts
    )
    message = (
        f"正文称共{stated.written_total}，其中{listed}，合计{parts}，已多于总数；部分不能大于总数，"
        "但各项的计量单位不尽相同（或未写单位），请核对。"
    )
    return _count_mismatch(stated, parts, message, prefix, confidence=OTHER_UNIT_CONFIDENCE)


def _mixed_units_mismatch(stated: StatedList, prefix: str) -> Finding:
    """Parts counted in 条 and 篇 that do not make their total: a low-confidence warning (round 22)."""
    parts = stated.parts_sum
    listed = "、".join(
        f"{part.label}{part.value}{unit}" for part, unit in zip(stated.parts, stated.mixed_units, strict=True)
    )
    units = "、".join(dict.fromkeys(unit for unit in (*stated.mixed_units, stated.written_total[-1]) if unit))
    message = (
        f"正文称共{stated.written_total}，其中{listed}，合计{parts}，与总数不符；"
        f"各项与总数的计量单位（{units}）不尽相同，请核对。"
    )
    return _count_mismatch(stated, parts, message, prefix, confidence=OTHER_UNIT_CONFIDENCE)


def _channels_above(stated: StatedList) -> bool:
    """Channels counted in the total's unit already adding up to more than it (round 27).

    An item after them counted another way ("…微信订阅号发布信息54期97条") or left unread only adds to the sum: the
    hint that the channels overlap (or the total is short) holds whether or not the list is read whole.
    """
    counted = sum(int(part.value) for part in stated.parts if part.unit is None)
    return counted > stated.total + stated.tolerance


def _overlap(stated: StatedList, parts: int, prefix: str) -> Finding:
    """Channels adding up to more than their total: a hint to look, as the channels may overlap."""
    written = stated.written_total
    listed, summed = _listed_and_summed(stated)
    message = (
        f"正文称共{written}，其中{listed}，各渠道合计{summed}，多于总数；同一条信息可能在多个渠道发布，"
        "各渠道之间可能重复计数，不一定是错误，请核对。"
    )
    return _count_mismatch(stated, parts, message, prefix, confidence=OVERLAP_CONFIDENCE)


def _share_mismatch(part: StatedFigure, base: int, prefix: str, severity: Severity) -> Finding:
    """A printed share that is neither the part's share of its base rounded nor cut at its precision.

    The callers pass only shares ``share_consistent`` rejects (round 24: a share cut at its precision, 2/57 =
    3.5088% printed 3.50%, is consistent, as the legacy checks always held). One unit of the last printed place
    off the rounded share is a slip of the author's: a warning that says so, never an error.
    """
    assert part.share_percent is not None  # noqa: S101 - only stated shares reach here
    computed = share_percent(int(part.value), base, 2)
    message = f"正文称“{part.label}”{part.value}，占{part.share_percent}%；以{base}为基数应为{computed}%。"
    if one_unit_slip(int(part.value), base, part.share_percent):
        severity = Severity.WARNING
        message = message.removesuffix("。") + ONE_UNIT_NOTE
    return Finding(
        code=f"{prefix}.share_mismatch",
        severity=severity,
        message=message,
        expected=f"{computed}%",
        actual=f"{part.share_percent}%",
        source=SOURCE_TEXT,
        location=sentence_place(part),
    )


def outcome_shares(
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
        and not share_consistent(int(figure.value), handled, figure.share_percent)
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
                    location=sentence_place(outcomes[0]),
                )
            )
    return findings


def outcomes_above(lists: Sequence[StatedList], prefix: str) -> list[Finding]:
    """Outcomes of the answered requests adding up to more than the number answered (round 11).

    Each request answered has one outcome, so their sum cannot exceed the requests answered; the outcomes are read
    one sentence each (``answered_outcome_lists``), so the finding is a warning.
    """
    findings: list[Finding] = []
    for stated in lists:
        parts = stated.parts_sum
        if parts <= stated.total:
            continue
        listed = "、".join(f"{part.label}{part.value}件" for part in stated.parts)
        message = (
            f"正文称已答复申请{stated.total}件，随后所列办理结果{listed}，合计{parts}件，"
            "多于已答复的件数；每件申请只有一种办理结果，请核对。"
        )
        findings.append(_count_mismatch(stated, parts, message, prefix))
    return findings


# A table 二 cell named in the prose by its row and its column, side by side, with a count (round 19): "规章对外公开总数量
# 1件", "行政许可处理决定数量776件". The row and column words are the format's own labels (the prose may drop 行政 from
# 行政规范性文件, or 本年 from the one-column rows' 本年处理决定数量); nothing else may stand between them but 事项/的.
_ROW_IN_PROSE: Final = {"行政规范性文件": "(?:行政)?规范性文件", "规范性文件": "(?:行政)?规范性文件"}
_COLUMN_IN_PROSE: Final = {"本年处理决定数量": "(?:本年)?处理决定数量"}
_CELL_COUNT: Final = r"(?:事项)?(?:的)?{column}(?:为|是|共|共计|达)?(\d+)(?:件|项|个|条)?(?![\d.%万])"


@cache
def _cell_patterns(cells: tuple[Table2Cell, ...]) -> tuple[tuple[Table2Cell, re.Pattern[str]], ...]:
    """The count cells of table 二 with the pattern a sentence names each by (built once per format)."""
    return tuple(
        (
            spec,
            re.compile(
                _ROW_IN_PROSE.get(spec.row_label, re.escape(spec.row_label))
                + _CELL_COUNT.format(
                    column=_COLUMN_IN_PROSE.get(spec.column_label, re.escape(spec.column_label))
                )
            ),
        )
        for spec in cells
        if spec.value_kind == "count"
    )


def prose_vs_table2(
    sentences: Sequence[Sentence],
    table2: Mapping[str, Any],
    cells: tuple[Table2Cell, ...],
    confidence: Mapping[tuple[str, str, str | None], float],
) -> list[Finding]:
    """Counts the prose states for a table 二 cell, by its row and column, against the cell (``text.table_mismatch``).

    ``huitong_lyj_2020`` (blind set 16): "规章对外公开总数量1件" against the table's 规章 对外公开总数量 0. Only count cells
    read without ambiguity (``CONFIDENCE_UNAMBIGUOUS`` or more, docs/audit.md "Confidence"); a warning (the prose
    is read by a pattern), once per cell.
    """
    # every column label ends in 数量 or 件数: other sentences name no cell
    naming = [s for s in sentences if ("数量" in s.norm or "件数" in s.norm) and DIGIT.search(s.norm)]
    findings: list[Finding] = []
    for spec, pattern in _cell_patterns(cells) if naming else ():
        value = table2.get(spec.key)
        sure = confidence.get((_TABLE2, spec.row_label, spec.column_label), 1.0)
        if not isinstance(value, int) or sure < CONFIDENCE_UNAMBIGUOUS:
            continue
        for sentence in naming:
            found = pattern.search(sentence.norm)
            if found is None:
                continue
            stated = int(found.group(1))
            if stated != value:
                findings.append(
                    Finding(
                        code="text.table_mismatch",
                        severity=Severity.WARNING,
                        message=(
                            f"正文称{spec.row_label}{spec.column_label}{stated}件，但表二“{spec.row_label}”行"
                            f"“{spec.column_label}”为{value}件。"
                        ),
                        cells=(CellRef(table=_TABLE2, row=spec.row_label, column=spec.column_label),),
                        expected=value,
                        actual=stated,
                        source=SOURCE_TEXT,
                        location=quoted_place(sentence),
                    )
                )
            break  # the first sentence naming the cell, once per cell
    return findings


# A stated number of classes or parts, then the names (round 32): "主动公开类别有七类,分别是机构职能、…、安全生产应急管理等
# 政府信息" (on the normalised sentence: NFKC turns ，and ： into , and :). The number is in words or digits; the list
# runs to the sentence's end or its first ;.
_CLASS_COUNT: Final = re.compile(
    r"(?:有|共|分为|包括|涉及)(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})大?(?P<kind>类|个部分|个方面)"
    r",?(?:分别是|分别为|依次是|依次为|即):?(?P<names>[^。;]+)"
)
# A character each ``_CLASS_COUNT`` kind holds (类, 个部分, 个方面): a sentence with neither states no such count.
_CLASS_WORD: Final = "类"
_COUNTER_WORD: Final = "个"
# The list's closing words: 等 (the list may leave some out) and what the names are of.
_CLASS_LIST_END: Final = re.compile(
    r"(?P<etc>等)?(?:方面|部分|类别|类)?(?:的)?(?:政府)?(?:信息|内容|工作)?[。.]?$"
)
# Words that join names without a 、 ("A、B和C"), a count or a bracket inside the list: the number of names is unsure
# (on the normalised sentence, whose ，and （） are , and ()).
_UNSURE_NAMES: Final = re.compile(r"[,和及与或()\d]")
_NAME_LONGEST: Final = 24  # a class's name; anything longer is a clause, not a name


# A stated number of classes whose list gives each class its own count (round 38, blind 27's ``jingxian_huangcun_2014``:
# "共计十一大类条(其中政府领导231条、…、抢险救灾、优抚、救济60条、其他3条)", thirteen counts). Counted by their counts,
# not by 、, so a name holding a 、 does not add; the list stops at the first bracket or sentence end (a part's own
# breakdown is not read). Only MORE counts than stated is said: 其中 need not list every class.
_CLASSES_WITH_COUNTS: Final = re.compile(
    r"(?:有|共|共计|分为|包括|涉及)(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})大?类(?:信息)?条?"
    r",?\(?(?:其中|分别为|分别是|包括)[:,]?(?P<body>[^()。;]+)"
)
# A count in 条 as written, never 第N条 (an article) nor a count in 万条/亿条. (``_narrative``'s ``_ITEMS_IN_TIAO`` is
# another test: one count, not a decimal nor a share.)
_COUNT_IN_TIAO_NOT_AN_ARTICLE: Final = re.compile(r"(?<![\d.第])\d+条")


def _more_counts_than_classes(sentence: Sentence) -> Iterable[tuple[int, int, str]]:
    """The stated number of classes, the counts listed and the number as written, where more counts than classes."""
    for match in _CLASSES_WITH_COUNTS.finditer(sentence.norm):
        stated = chinese_small_number(match.group("n"))
        counts = len(_COUNT_IN_TIAO_NOT_AN_ARTICLE.findall(match.group("body")))
        if stated is not None and counts > stated and counts >= MIN_LIST_ITEMS:
            yield stated, counts, match.group("n") + ("大类" if "大类" in match.group(0) else "类")


def _class_names(words: str) -> tuple[list[str], bool] | None:
    """The names after a stated number of classes, and whether the list ends with 等; None when unsure."""
    end = _CLASS_LIST_END.search(words)
    etc = end is not None and end.group("etc") is not None
    listed = words[: end.start()] if end is not None else words
    if not listed or _UNSURE_NAMES.search(listed):
        return None
    names = listed.split("、")
    if any(not name or len(name) > _NAME_LONGEST for name in names):
        return None
    return names, etc


# The names first, then their number of aspects (round 34, blind 31's ``xixiang_wlj_2019_tw``: "涉及工作职责、领导分工、内设
# 科室、政务信息公开年度报告5个方面", four names). The report's own outline is written so too ("包括总体概述、…、政府信息
# 公开行政复议、行政诉讼情况、…等六个方面"), its parts holding a 、: counted by 、, such names only add. So only FEWER
# names than stated is said, and only with no 等 before the number; 个部分 (the outline's usual word) is not read.
_NAMES_THEN_COUNT: Final = re.compile(
    r"(?:涉及|包括|涵盖)(?P<names>[^,，。;；:：\d]{2,200}?)(?P<etc>等)?"
    r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})个方面"
)
_ASPECTS_WORD: Final = "个方面"  # the words every ``_NAMES_THEN_COUNT`` match ends in


def _fewer_names_than_said(sentence: Sentence) -> Iterable[tuple[int, list[str], str]]:
    """The stated number, the names and the number as written of ``_NAMES_THEN_COUNT`` lists naming fewer, no 等."""
    for match in _NAMES_THEN_COUNT.finditer(sentence.norm):
        stated = chinese_small_number(match.group("n"))
        names = match.group("names").split("、")
        if (
            stated is None
            or match.group("etc")
            or _UNSURE_NAMES.search(match.group("names"))
            or any(not name or len(name) > _NAME_LONGEST for name in names)
            or not MIN_LIST_ITEMS <= len(names) < stated
        ):
            continue
        yield stated, names, match.group("n")


# The report's own outline, its parts named first and then counted (round 35, blind 32's ``yaozhou_lyj_2021``: "报告内容由
# 总体情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况存在的主要问题及改进情况,其他需要报告的事项六个
# 部分组成", five parts). Round 34 left 个部分 unread: an outline's names hold 、 and are joined by commas or by nothing.
# Read only when certain: every word between 由/包括 and the count is one of the standard outline's six part names
# (国办公开办函〔2019〕60号 and 〔2021〕30号: the label table's ``SECTION_HEADINGS``, each in the wordings prose gives it
# below) or a separator, each part named once, no 等.
_OUTLINE_PART_WORDINGS: Final = {
    "overview": r"总体情况",
    "proactive_disclosure": r"主动公开政府信息(?:的)?情况",
    "requests": r"收到和处理政府信息公开申请(?:的)?情况",
    "review_litigation": r"(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议、(?:提起)?行政诉讼(?:的)?情况",
    "problems": r"(?:政府信息公开工作)?存在的主要问题及改进情况",
    "other_matters": r"其他需要报告的事项",
}
OUTLINE_PART_NAMES: Final = tuple(_OUTLINE_PART_WORDINGS[heading.code] for heading in SECTION_HEADINGS)
_OUTLINE_PART: Final = re.compile(
    "|".join(f"(?P<p{index}>{name})" for index, name in enumerate(OUTLINE_PART_NAMES))
)
_OUTLINE_COUNT: Final = re.compile(
    r"(?:由|包括)(?P<names>[^。;；:：\d]{8,200}?)(?P<etc>等)?(?P<n>[一二两三四五六七八九十]|\d)个?部分(?:组成|构成)?"
)
_OUTLINE_SEPARATORS: Final = re.compile(r"[,，、和及与\s]")


def _outline_named_otherwise(sentence: Sentence) -> Iterable[tuple[int, list[str], str]]:
    """The stated number, the names and the number as written of an outline naming other than its count of parts."""
    for match in _OUTLINE_COUNT.finditer(sentence.norm):
        stated = chinese_small_number(match.group("n"))
        words = match.group("names")
        found = list(_OUTLINE_PART.finditer(words))
        kinds = {next(key for key, value in part.groupdict().items() if value is not None) for part in found}
        if (
            stated is None
            or match.group("etc")
            or len(kinds) != len(found)  # a part named twice: not an outline
            or len(found) < MIN_LIST_ITEMS
            or len(found) == stated
            or _OUTLINE_SEPARATORS.sub("", _OUTLINE_PART.sub("", words))
        ):
            continue
        yield stated, [part.group(0) for part in found], match.group("n")


# A number of aspects, then its items numbered (round 34): "从三个方面做好…:一是…;二是…;三是…" · "两个方面的工作:(一)…
# (二)…". The items are followed, each after the one before, in the sentences of the same section (an item may be a
# heading of its own line): only FEWER items than stated, at least two, is said — more may be a later list's
# items, or items nested under the first ones ("三个方面:(一)加强机制建设 一是…").
_COUNT_THEN_ITEMS: Final = re.compile(
    r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})个方面[^。;；:：\d]{0,12}?[:：]?\s*(?:(?P<first>一是|[(]一[)])|$)"
)
_FIRST_ITEM: Final = re.compile(r"\s*(一是|[(]一[)])")
_ORDINALS: Final = "一二三四五六七八九十"
_ITEMS_WINDOW: Final = 3000  # characters after the count its items are followed in


def _items_numbered(text: str, first: str) -> int:
    """How many items numbered from 一 follow each other in ``text`` (一是, 二是 … or (一), (二) …)."""
    at, found = 0, 0
    for ordinal in _ORDINALS:
        marker = f"{ordinal}是" if first == "一是" else f"({ordinal})"
        at = text.find(marker, at)
        if at < 0:
            break
        found += 1
    return found


def _fewer_items_than_said(sentences: Sequence[Sentence], index: int) -> Iterable[tuple[int, int, str]]:
    """The stated number, the items found and the number as written, where fewer items follow sentence ``index``."""
    sentence = sentences[index]
    for match in _COUNT_THEN_ITEMS.finditer(sentence.norm):
        stated = chinese_small_number(match.group("n"))
        following = "".join(
            later.norm for later in sentences[index + 1 :] if later.section == sentence.section
        )
        # the first item in the sentence, or opening the next one (a heading of its own line)
        text = (sentence.norm[match.end() :] + following)[:_ITEMS_WINDOW]
        opening = _FIRST_ITEM.match(text)
        marker = match.group("first") or (opening.group(1) if opening else None)
        if marker is None:
            continue
        found = _items_numbered(match.group(0) + text, marker)
        if stated is not None and MIN_LIST_ITEMS <= found < stated:
            yield stated, found, match.group("n")


def _item_count_finding(prefix: str, message: str, stated: int, actual: int, sentence: Sentence) -> Finding:
    """A stated number of classes, parts or aspects against the items the page lists (the shape of every such check)."""
    return Finding(
        code=f"{prefix}.count_mismatch",
        severity=Severity.WARNING,
        message=message,
        expected=stated,
        actual=actual,
        source=SOURCE_TEXT,
        location=quoted_place(sentence),
        confidence=CLASS_COUNT_CONFIDENCE,
    )


def class_count_findings(prose: Prose, prefix: str) -> list[Finding]:
    """A stated number of classes or parts with another number of names listed after it (round 32): a warning.

    More names than stated is a slip whatever 等 says; fewer is one only when the list does not end with 等 (it may name
    some). The names are counted by their 、, and a name may hold one, so never an error, at ``CLASS_COUNT_CONFIDENCE``.
    """
    # The four readings are made in one walk of the sentences and their findings kept in the order of four walks (the
    # classes or aspects named, the outline's parts, the counts after 类, the aspects numbered after): a walk of a
    # text-heavy page's sentences costs about 0.07 ms of attribute reads and gates (tests/audit/test_audit_speed16.py
    # compares it with the four walks). Each pattern is tried only on the sentences holding the words it needs
    # (tests/audit/test_audit_speed7.py): a test in C instead of an engine entry and a generator per sentence.
    findings: list[Finding] = []
    outlined: list[Finding] = []
    classed: list[Finding] = []
    numbered: list[Finding] = []
    sentences = prose.sentences
    for index, sentence in enumerate(sentences):
        norm = sentence.norm
        if "部分" in norm:
            outlined.extend(
                _item_count_finding(
                    prefix,
                    f"正文称报告由{written}个部分组成，但列出的是标准提纲中的{len(names)}个部分"
                    f"（{''.join(f'“{name}”' for name in names)}），部分数与所称不符；请核对是否漏列。",
                    stated,
                    len(names),
                    sentence,
                )
                for stated, names, written in _outline_named_otherwise(sentence)
            )
        if _CLASS_WORD not in norm and _COUNTER_WORD not in norm:
            continue
        for match in _CLASS_COUNT.finditer(norm):
            stated = chinese_small_number(match.group("n"))
            read = _class_names(match.group("names"))
            if stated is None or read is None:
                continue
            names, etc = read
            if len(names) == stated or (etc and len(names) < stated) or len(names) < MIN_LIST_ITEMS:
                continue
            message = (
                f"正文称有{match.group('n')}{match.group('kind')}，随后列出{len(names)}项（{'、'.join(names)}），"
                "项数与所称不符；按顿号计数，名称本身可能含顿号，请核对。"
            )
            findings.append(_item_count_finding(prefix, message, stated, len(names), sentence))
        if _CLASS_WORD in norm:
            classed.extend(
                _item_count_finding(
                    prefix,
                    f"正文称共{written}，随后逐类列出{counts}个数量，类数与所称不符；请核对。",
                    stated,
                    counts,
                    sentence,
                )
                for stated, counts, written in _more_counts_than_classes(sentence)
            )
        if _ASPECTS_WORD not in norm:
            continue
        findings.extend(
            _item_count_finding(
                prefix,
                f"正文列出{len(names)}项（{'、'.join(names)}），随后称共{written}个方面，未写“等”，项数少于所称；请核对是否漏列。",
                stated,
                len(names),
                sentence,
            )
            for stated, names, written in _fewer_names_than_said(sentence)
        )
        numbered.extend(
            _item_count_finding(
                prefix,
                f"正文称有{written}个方面，随后只依次列出{found}项，项数少于所称；请核对是否漏列。",
                stated,
                found,
                sentence,
            )
            for stated, found, written in _fewer_items_than_said(sentences, index)
        )
    return [*findings, *outlined, *classed, *numbered]


# A sentence opening with 其中 (round 38, blind 32's ``linxia_gaj_2023``: "…通过政府网站公开政府信息754条,通过政务新媒体公开
# 政府信息2808条,通过其他方式公开政府信息54条。其中,…微信公众号发布信息1205条、微博12984条、…").
_BREAKDOWN_OPENING: Final = re.compile(r"^\s*其中[,:]?")
# A count in 万条/亿条 (``_COUNT_IN_TIAO_NOT_AN_ARTICLE`` does not read it) makes the base unsure: the sentence is left.
_ITEMS_IN_UNITS: Final = re.compile(r"\d[万亿]条")
# The last count of the sentence the 其中 follows, in any unit: the 其中 breaks down a count in 条 only when that is 条
# (blind 4's ``pingtan_ptzhsyq_2018``: "共开设新媒体数量70个。其中微博29个,共发布信息1992条" breaks down accounts).
_COUNT_UNIT: Final = re.compile(r"\d+([条个件篇项份次家])")


def _run_before(before: list[Sentence]) -> str:
    """The sentence a 其中 follows, with the sentences before it cut at ; (one run of counts, round 37)."""
    run = [before[-1].norm]
    for earlier in reversed(before[:-1]):
        if not earlier.norm.rstrip().endswith(";"):
            break
        run.append(earlier.norm)
    return "".join(reversed(run))


def _parts_in_tiao(norm: str) -> list[int]:
    """The counts in 条 of a 其中 sentence, leaving a clause that says 主动公开 or 共 again (a figure of its own)."""
    return [
        int(found[:-1])
        for clause in norm.split(",")
        if "主动公开" not in clause and "共" not in clause
        for found in _COUNT_IN_TIAO_NOT_AN_ARTICLE.findall(clause)
    ]


def parts_above_all_before(prose: Prose, prefix: str, found: Sequence[Finding]) -> list[Finding]:
    """A part under a sentence-opening 其中 larger than all the counts in 条 of the sentence before it (round 38).

    Whichever count of that sentence (or of its run of sentences cut at ;) the 其中 breaks down, a part cannot exceed
    their sum; the sum is the widest base the sentence offers, so the check fires only where no reading of the 其中
    makes the page consistent. The part may still count other things than the items (posts, a whole system's bodies):
    a warning, never an error. A clause that says 主动公开 or 共 again states a figure of its own (a channel, blind 10's
    ``aershan_wjw_2025``: "…在…微信公众号上主动公开各类信息115条" under a 其中 of a total of 70), not a part, and is not
    read; nor is a 其中 after a sentence whose last count is not in 条. A list another check already reports (a finding
    of the same code quoting the 其中 sentence or the one before it, in ``found``) is not reported twice.
    A 其中 after a sentence that holds its own 其中 (a total and its whole list) breaks down no count of it (round 24,
    blind 7's ``zhangping_szfb_2021``: "…其他类信息9条。其中主动公开政府信息17条,作为依申请公开信息数28条"): not read.
    """
    reported = _reported_places(found, prefix)
    findings: list[Finding] = []
    before: list[Sentence] = []
    paragraph = None
    for sentence in prose.sentences:
        if sentence.paragraph != paragraph:
            before, paragraph = [], sentence.paragraph
        if before and _BREAKDOWN_OPENING.match(sentence.norm):
            text = _run_before(before)
            units = _COUNT_UNIT.findall(text)
            base = [int(found[:-1]) for found in _COUNT_IN_TIAO_NOT_AN_ARTICLE.findall(text)]
            largest = max(_parts_in_tiao(sentence.norm), default=0)
            if (
                base
                and units[-1] == "条"
                and "其中" not in text
                and not _ITEMS_IN_UNITS.search(text)
                and largest > sum(base)
                and not any(sentence.text in place or before[-1].text in place for place in reported)
            ):
                findings.append(_part_above_all_before(prefix, sentence, base, largest))
        before.append(sentence)
    return findings


def _part_above_all_before(prefix: str, sentence: Sentence, base: list[int], largest: int) -> Finding:
    written = "、".join(f"{count}条" for count in base)
    return Finding(
        code=f"{prefix}.count_mismatch",
        severity=Severity.WARNING,
        message=(
            f"正文先称{written}，随后“其中”一句所列的{largest}条已多于前述各数之和{sum(base)}条；"
            "部分不能大于总数，该项也可能另有计数口径，请核对。"
        ),
        expected=f"≤{sum(base)}",
        actual=largest,
        source=SOURCE_TEXT,
        location=quoted_place(sentence),
        confidence=PART_ABOVE_ALL_BEFORE_CONFIDENCE,
    )


# A total with 共/共计/合计/总计 and its parts in the very next clause, joined by 、 only, with no 其中 (round 38, blind
# 28's ``ewenke_qi_2025``: "旗政府门户网站发布信息共计8204条,信息公开目录更新6015条、政务动态信息更新2148条", 8163). The clause
# must end the list (a comma, a full stop or the sentence's end), each part a name without digits and a count in 条.
_TOTAL_THEN_PARTS: Final = re.compile(
    r"(?:信息(?:共计|合计|总计|共)|(?:共计|合计|总计|共)(?:发布|公开)?(?:政府|政务)?信息)(?P<total>\d+)条,"
    r"(?!其中)(?P<parts>[^,。;\d、()]{2,30}?\d+条(?:、[^,。;\d、()]{2,30}?\d+条)+)(?=[,。;]|$)"
)
# The total's unit and the comma after it: every ``_TOTAL_THEN_PARTS`` match holds them.
_TOTAL_THEN_COMMA: Final = "条,"
_NAMED_PART: Final = re.compile(r"(?P<name>[^\d、]+?)(?P<count>\d+)条")
_UNINTRODUCED_MESSAGE: Final = "正文称共{total}条，紧接着列出{listed}，各项之和{summed}条与总数不符；未写“其中”，所列也可能不是全部，请核对。"


def unintroduced_parts_findings(prose: Prose, prefix: str) -> list[Finding]:
    """Parts right after their total, joined by 、 with no 其中, whose sum is not the total (round 38): a warning.

    No 其中 says the parts are a breakdown, and a list without a remainder may name only some kinds, so never an
    error; a list under half its total with no remainder (``reads_partial``) is read as a selection and left.
    """
    findings: list[Finding] = []
    for sentence in prose.sentences:
        # (the second test is a literal every match holds: one search in C instead of an engine entry)
        if "信息" not in sentence.norm or _TOTAL_THEN_COMMA not in sentence.norm:
            continue
        for match in _TOTAL_THEN_PARTS.finditer(sentence.norm):
            total = int(match.group("total"))
            parts = [
                (found.group("name"), int(found.group("count")))
                for found in _NAMED_PART.finditer(match.group("parts"))
            ]
            findings.extend(_unmade_total(prefix, sentence, total, parts, _UNINTRODUCED_MESSAGE))
    return findings


def _unmade_total(
    prefix: str, sentence: Sentence, total: int, parts: list[tuple[str, int]], message: str
) -> list[Finding]:
    """A warning that the named ``parts`` in 条 do not make ``total`` (``message`` with its fields filled in).

    None where they do, or where they fall under half of it with no remainder (a selection: ``reads_partial``).
    """
    summed = sum(count for _, count in parts)
    if summed == total or reads_partial(summed, total, (name for name, _ in parts)):
        return []
    listed = "、".join(f"{name}{count}条" for name, count in parts)
    return [
        Finding(
            code=f"{prefix}.count_mismatch",
            severity=Severity.WARNING,
            message=message.format(total=total, listed=listed, summed=summed),
            expected=total,
            actual=summed,
            source=SOURCE_TEXT,
            location=quoted_place(sentence),
            confidence=PARTIAL_CONFIDENCE,
        )
    ]


def _reported_places(found: Sequence[Finding], prefix: str) -> list[str]:
    """Where the count findings already made quote (a list one check reports is not reported again by another)."""
    return [finding.location or "" for finding in found if finding.code == f"{prefix}.count_mismatch"]


# A part larger than every count in its unit before its 其中 in the sentence (round 39, blind 35's ``xifeng_tjj_2020``:
# "…门户网站236条,发布统计信息127篇,其中统计分析、资料40余篇,各类统计信息164篇"). Whichever of those counts the 其中 breaks
# down, a part cannot exceed their sum (round 38's reasoning, there for 条 across sentences), whatever the unit (条, 件,
# 篇, 项, 个). The counts must be exact: not hedged before (约, 近, 逾, 超过), not 余, 多 or 万 after; an approximate part is
# skipped, no bar to an exact one after it. The list runs to the clause's ; or the sentence's end and stops at a nested
# 其中 or at a clause that states a figure of its own: 主动公开, 共, 累计 … again (round 38), a channel's verb or name
# (blind 8's ``xishan_yunlin_2019``: "…主动公开政府信息172条,其中工作动态信息91条,…,云林新韵微信公众号发布信息224条"; the
# seed page ``xizang_gzw_2020``: "…发布信息95条,其中发布规范性文件2件,利用电子屏发布信息108条"). Blind 27's
# ``pingtan_jtj_2017`` ("信函3件、网络申请1件,其中,项目竣工验收备案信息4件") is why every count before is the base.
_QIZHONG_AFTER_A_COUNT: Final = re.compile(
    r"(?<![\d.])(?P<total>\d+)(?P<unit>[条件篇项个])(?![\d余多万]),?其中[:,]?"
)
_EXACT_COUNT: Final = re.compile(r"(?<![\d.])(\d+)([条件篇项个])(?![\d余多万])")
_EXACT_PART: Final = re.compile(r"^(?P<name>[^\d]{1,30}?)(?P<count>\d+)(?P<unit>[条件篇项个])等?$")
# "…全年公开政府信息2条,其中发布工作动态1条、通知(公告)1条,公开财政信息3条" (``test_audit_list_parts_settled.py``, round
# 33's joined run): a later clause opening with a publishing verb states a figure of its own, never a part.
_OWN_VERB_OPENING: Final = re.compile(r"^(?:发布|公开|公布|推送|更新)")
_HEDGED: Final = re.compile(r"(?:约|近|逾|超过|超|余|多|万)$")
_OWN_FIGURE_WORDS: Final = (
    "主动公开", "共", "累计", "合计", "总", "另", "此外", "同时", "复议", "诉讼", "通过", "利用", "采用", "依托",
    *(word for words in CHANNEL_WORDS.values() for word in words),
)  # fmt: skip


def _parts_above(body: str, base: int, unit: str) -> list[tuple[str, int]]:
    """The exact parts of a 其中 body in ``unit`` above ``base``, up to a clause stating a figure of its own."""
    above: list[tuple[str, int]] = []
    for index, item in enumerate(body.split(",")):
        if "其中" in item or any(word in item for word in _OWN_FIGURE_WORDS):
            break
        if index and _OWN_VERB_OPENING.match(item):
            break  # a clause opening with its own verb after the first is a statement of its own (round 25)
        found = _EXACT_PART.match(item)
        if found is None or found.group("unit") != unit or _HEDGED.search(found.group("name")):
            continue  # an approximate part (40余篇) or another quantity is no bar to the exact one after it
        if int(found.group("count")) > base:
            above.append((found.group("name"), int(found.group("count"))))
    return above


def part_above_own_total_findings(prose: Prose, prefix: str, found: Sequence[Finding]) -> list[Finding]:
    """An exact part under 其中 above every count in its unit before the 其中 in its sentence (round 39): a warning.

    A part cannot exceed its own whole, whatever it counts; the lists ``list_findings`` reads already say so (a part
    too big). This reads the lists they leave: one item not read as a count (40余篇) leaves a single part. Any count
    before that is hedged makes the base unsure: not read. A sentence another count finding quotes is not reported twice.
    """
    reported = _reported_places(found, prefix)
    findings: list[Finding] = []
    for sentence in prose.sentences:
        norm = sentence.norm
        if "其中" not in norm or any(sentence.text in place for place in reported):
            continue
        for match in _QIZHONG_AFTER_A_COUNT.finditer(norm):
            unit = match.group("unit")
            before = norm[: match.start("unit") + 1]
            base = [int(count) for count, its in _EXACT_COUNT.findall(before) if its == unit]
            hedged = [
                counted for counted in re.finditer(rf"(\d+)(?:余|多|万)?{unit}", before)
                if _HEDGED.search(before, 0, counted.start()) or not _EXACT_COUNT.fullmatch(counted.group(0))
            ]  # fmt: skip
            if hedged or not base:
                continue
            body = re.split(r"[。;]", norm[match.end() :], maxsplit=1)[0]
            above = _parts_above(body, sum(base), unit)
            if not above:
                continue
            name, count = max(above, key=lambda part: part[1])
            written = "、".join(f"{each}{unit}" for each in base)
            findings.append(
                Finding(
                    code=f"{prefix}.count_mismatch",
                    severity=Severity.WARNING,
                    message=(
                        f"正文称{written}，其中{name}{count}{unit}，单项已多于前述总数{sum(base)}{unit}；"
                        "部分不能大于总数，请核对。"
                    ),
                    expected=f"≤{sum(base)}",
                    actual=count,
                    source=SOURCE_TEXT,
                    location=quoted_place(sentence),
                )
            )
            break
    return findings


# A total of items right before a colon and a list of kinds, each a name and a count in 条, closed by the sentence's end
# (round 39, blind 35's ``pingdu_ybj_2020``: "政府信息123条:机构信息1条,公文法规3条,…,工作报告1条。", 93). No 其中 or 分别为 says
# the list is whole, and no 等 says it is not: a sum other than the total is a warning at ``PARTIAL_CONFIDENCE``.
_COLON_LIST: Final = re.compile(
    r"信息(?P<total>\d+)条:(?P<parts>(?:[^,;。:\d]{1,20}?\d+条[,、;])+[^,;。:\d]{1,20}?\d+条)。?$"
)
_COLON_PART: Final = re.compile(r"(?P<name>[^,;\d]+?)(?P<count>\d+)条")
_COLON_MESSAGE: Final = (
    "正文称信息{total}条，冒号后列出{listed}，各项之和{summed}条与总数不符；"
    "未写“其中”或“分别为”，所列也可能不是全部，请核对。"
)


def colon_list_findings(prose: Prose, prefix: str, found: Sequence[Finding]) -> list[Finding]:
    """Kinds listed after ``…信息N条:`` to the sentence's end whose counts do not make N (round 39): a warning.

    A list under half the total with no remainder (``reads_partial``) is a selection, silent.
    """
    reported = _reported_places(found, prefix)
    findings: list[Finding] = []
    for sentence in prose.sentences:
        if ":" not in sentence.norm:
            continue
        match = _COLON_LIST.search(sentence.norm)
        if match is None or any(sentence.text in place for place in reported):
            continue
        total = int(match.group("total"))
        parts = [
            (part.group("name").lstrip("、"), int(part.group("count")))
            for part in _COLON_PART.finditer(match.group("parts"))
        ]
        findings.extend(_unmade_total(prefix, sentence, total, parts, _COLON_MESSAGE))
    return findings


def closing_findings(prose: Prose, prefix: str, found: Sequence[Finding]) -> list[Finding]:
    """The checks both formats run after every other one, in order, each seeing what the ones before it found.

    Parts above everything before them (round 38), a part above its own total and kinds after a colon that do not
    make its count (round 39); ``prefix`` is the format's code prefix ("text" or "legacy"). One home for the three
    calls ``_standard`` and ``_legacy`` ended with (round 43).
    """
    findings = list(found)
    for check in (parts_above_all_before, part_above_own_total_findings, colon_list_findings):
        findings.extend(check(prose, prefix, findings))
    return findings[len(found) :]
