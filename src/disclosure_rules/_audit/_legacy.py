"""Legacy (narrative) reports, before 2019: the figures stated in the prose, the model built from them, its checks."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._audit._crosschecks import (
    ONE_UNIT_NOTE,
    PARTIAL_NOTE,
    categories_above_total,
    channels_above_total,
    channels_listed_above_total,
    class_count_findings,
    closing_findings,
    list_findings,
    outcomes_above,
    unintroduced_parts_findings,
)
from disclosure_rules._audit._narrative import (
    MIN_LIST_ITEMS,
    Prose,
    StatedFigure,
    answered_outcome_lists,
    channel_lists_after_total,
    channels_under_total,
    find_agency,
    find_agency_in_prose,
    find_period,
    kinds_of_each,
    of_another_year,
    reads_partial,
    stated_legacy_figures,
    stated_lists,
    unstated_total_lists,
)
from disclosure_rules._audit._result import (
    LEGACY_ERROR_CONFIDENCE,
    PARTIAL_CONFIDENCE,
    PROSE_CONFIDENCE,
    SOURCE_TEXT,
    UNKNOWN_AGENCY,
    AuditResult,
    audit_figures,
    guess_level,
    quoted_place,
    sentence_place,
)
from disclosure_rules._audit._statistics import statistics_table
from disclosure_rules._findings import Finding, Severity
from disclosure_rules._labels import LEGACY_BREAKDOWN_NAMES, LEGACY_PROACTIVE_TOTAL_LABEL
from disclosure_rules._messages import page_states_proactive_zh
from disclosure_rules._models import (
    Agency,
    LegacyBreakdown,
    LegacyFigure,
    LegacyFigures,
    LegacyReport,
    StatisticsPeriod,
    TimelinessFigure,
)
from disclosure_rules._shares import one_unit_slip, share_consistent
from disclosure_rules._sources import default_report_title
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from disclosure_rules._audit._narrative import Sentence

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


# The statistics table a legacy report attaches (指标名称 计量单位 2013年度 历年累计 …), flattened into the text: the
# year's column comes first, the running total (历年累计) second; only cells the page separates by spaces are read
# ("…总数条2121" may be 2/121 or 21/21). Round 16 (blind set 14's pingtan_gaj_2013).
_STATISTICS_HEADER: Final = re.compile(r"((?:19|20)\d{2})\s*年度\s+历年累计")
_STATISTICS_RECEIVED: Final = re.compile(
    r"受理(?:政府信息公开|依申请公开信息|政府信息依申请公开)(?:申请)?总数\s*条\s+(\d+)\s+(\d+)(?!\d)"
)
_STATISTICS_ANSWERED: Final = re.compile(r"对申请的答复总?数\s*条\s+(\d+)\s+(\d+)(?!\d)")


def _statistics_answers_above(prose: Prose, year: int) -> list[Finding]:
    """More answers than requests in the year's column of the attached statistics table: a warning.

    "受理政府信息公开申请总数 条 2 3 … 对申请的答复总数 条 3 3": three answers to the two requests of 2013. Not an
    error: an answer may be to a request of the year before, which a legacy table does not count apart.
    """
    for sentence in prose.sentences:
        header = _STATISTICS_HEADER.search(sentence.text)
        if header is None or int(header.group(1)) != year:
            continue
        received = _STATISTICS_RECEIVED.search(sentence.text, header.end())
        answered = _STATISTICS_ANSWERED.search(sentence.text, header.end())
        if received is None or answered is None or int(answered.group(1)) <= int(received.group(1)):
            continue
        return [
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.WARNING,
                message=(
                    f"统计数据（{year}年度）：对申请的答复总数{answered.group(1)}条，多于受理政府信息公开申请总数"
                    f"{received.group(1)}条；除非含上年未办结的申请，答复不能多于申请，请核对。"
                ),
                expected=f"≤{received.group(1)}",
                actual=int(answered.group(1)),
                source=SOURCE_TEXT,
                location=f"{sentence.where}：“{sentence.text[header.start() :][:200]}”",
            )
        ]
    return []


# A count in 条 that is not a share ("占20%") nor a percentage: every such count after the total, in a sentence that
# lists categories, is one of the list's parts (round 17).
_COUNT_IN_TIAO: Final = re.compile(r"(?<![\d.])(\d+)\s*条")


# Round 55 (blind 51's ``huairou_fgw_2010``, development data: "业务动态类信息174条,其中子目录中形势分析类20条…,工作动态类
# 156条"): a 其中 right after a kind's count opens that kind's own sub-list (issue 12, class 7). The kind and its sub-list
# are never one sum, so the kinds read are not a breakdown of the total: no count mismatch is said from them.
_OPENS_ITS_SUB_LIST: Final = re.compile(r"(?<![\d.])(\d+)条[,，]?其中")


def _a_part_opens_its_sub_list(categories: Sequence[StatedFigure]) -> bool:
    """Whether one kind read is followed by a 其中 whose list holds another kind read in the same sentence."""
    for part in categories:
        norm = part.sentence.norm
        at = norm.find(part.label)
        if at < 0:
            continue
        for opening in _OPENS_ITS_SUB_LIST.finditer(norm, at + len(part.label)):
            if int(opening.group(1)) != int(part.value) or "。" in norm[at : opening.start()]:
                continue
            ends = [found for found in (norm.find(mark, opening.end()) for mark in ";；。") if found >= 0]
            sub_list = norm[opening.end() : min(ends, default=len(norm))]
            if any(
                other is not part and other.sentence is part.sentence and other.label in sub_list
                for other in categories
            ):
                return True
            break
    return False


def _unread_parts(categories: Sequence[StatedFigure], total: StatedFigure | None, prose: Prose) -> bool:
    """Whether a list of categories has a ``…N条`` after its total that no figure read as a part.

    "主动公开信息506条,政策法规类13条,规范性文件22条,政府工作动态类471条" (xinfeng_xiniu_2015, round 17): the part
    ``规范性文件22条`` names no 类, so the categories read are not the whole list — never added up against the total.
    A list runs on over clauses ended by ；: "…应急管理类1条，占1.47%；…河长制专栏10条，占14.70%。" (blind 18,
    ``pingtan_nyn_2018``) has its untyped last part in a clause of its own, still the list's.
    """
    order = {id(sentence): index for index, sentence in enumerate(prose.sentences)}
    for span in _list_spans(categories, prose, order):
        read = sum(1 for f in categories if any(f.sentence is sentence for sentence in span))
        counts: list[int] = []
        for sentence in span:
            found = [int(match.group(1)) for match in _COUNT_IN_TIAO.finditer(sentence.norm)]
            if total is not None and total.sentence is sentence and int(total.value) in found:
                counts.clear()  # the parts are the counts after the total
                found = found[found.index(int(total.value)) + 1 :]
            counts.extend(found)
        if total is not None and counts[:1] == [int(total.value)] and read < len(counts):
            # "在公开的74条信息中，工作动态类信息12条，…" (blind 19, ``pingtan_nyn_2016``): the list opens by restating
            # its total, which is no part of it.
            counts = counts[1:]
        if len(counts) > read:
            return True
    return False


def _list_spans(
    categories: Sequence[StatedFigure], prose: Prose, order: dict[int, int]
) -> list[list[Sentence]]:
    """The runs of sentences a list of categories spans: from a sentence with a category on to the clause ending in 。.

    A clause that ends in ；(or ;) goes on in the next sentence of the same paragraph.
    """
    spans: list[list[Sentence]] = []
    covered: set[int] = set()
    for figure in sorted(categories, key=lambda f: order.get(id(f.sentence), -1)):
        start = order.get(id(figure.sentence))
        if start is None or start in covered:
            continue
        span = [prose.sentences[start]]
        index = start
        while (
            span[-1].text.rstrip().endswith(("；", ";"))
            and index + 1 < len(prose.sentences)
            and prose.sentences[index + 1].paragraph == span[-1].paragraph
            and prose.sentences[index + 1].section == span[-1].section
        ):
            index += 1
            span.append(prose.sentences[index])
        covered.update(range(start, index + 1))
        spans.append(span)
    return spans


# A breakdown of the year's total whose parts need not end in 类 (round 18, ``yuecheng_dongpu_2016``): after the
# total (in its sentence, or opening the next), an introducer that makes what follows the total's parts; then only
# ``label N条`` parts and their ``占…%`` shares, separated by 、，；. A part that names a subset or a channel (全文电子化,
# 通过…网站, 累计 …) or anything else in the list means it is not certainly a breakdown: not added up.
_BREAKDOWN_OPENER: Final = re.compile(r"^[^\d]{0,14}?(?:其中|分别为|包括|按内容分类?)[:：,，]?")
_UNTYPED_PART: Final = re.compile(r"([\u4e00-\u9fff()（）]{2,30}?)(\d+)条")
_PART_SHARE: Final = re.compile(r"占[^\d%]{0,12}\d+(?:\.\d+)?%")
_NOT_A_KIND: Final = re.compile(
    r"^共|电子化|通过|网站|网上|平台|微博|微信|公众号|公开栏|累计|其中|合计|总计|总数"
)
_LIST_BREAK: Final = re.compile(r"[、,，;；]")
_SELECTION: Final = re.compile(r"主要|重点|等")


def _untyped_parts(text: str) -> list[tuple[str, int]] | None:
    """The ``label N条`` parts of a list that holds nothing else (shares aside); None when it is not such a list."""
    opener = _BREAKDOWN_OPENER.match(text)
    if opener is None or not text.endswith(("。", ";", "；")):
        return None  # no introducer, or a list the page cuts off
    parts: list[tuple[str, int]] = []
    for item in _LIST_BREAK.split(text[opener.end() :].rstrip("。.")):
        if not item or _PART_SHARE.fullmatch(item):
            continue
        part = _UNTYPED_PART.fullmatch(item)
        # a stray 占 before a part's name (round 26, "占15%,占规范性文件6条"): the list is unsure, nothing is said
        if part is None or _NOT_A_KIND.search(part.group(1)) or part.group(1).startswith("占"):
            return None
        # "政策法规和规范性文件各2条" (round 28): a part of N for each kind; kinds of unsure number, no sure list
        each = kinds_of_each(part.group(1))
        if each is not None and not each[1]:
            return None
        parts.extend((kind, int(part.group(2))) for kind in (each[0] if each else [part.group(1)]))
    return parts


def _untyped_breakdown(prose: Prose, total: StatedFigure | None) -> list[Finding]:
    """A breakdown whose parts do not all end in 类, adding up to other than the total: a warning.

    Never an error: a part without 类 is read from the shape of the list, not from a word that makes it a kind.
    """
    if total is None:
        return []
    sentences = prose.sentences
    index = next((i for i, s in enumerate(sentences) if s is total.sentence), None)
    if index is None:
        return []
    norm = total.sentence.norm
    written = re.search(rf"(?<!\d){int(total.value)}条", norm)
    candidates = [norm[written.end() :].lstrip(",，")] if written else []
    if index + 1 < len(sentences) and sentences[index + 1].section == total.sentence.section:
        candidates.append(sentences[index + 1].norm)
    for text, sentence in zip(candidates, (total.sentence, *sentences[index + 1 : index + 2]), strict=False):
        parts = _untyped_parts(text)
        if not parts or len(parts) < MIN_LIST_ITEMS or all("类" in label for label, _ in parts):
            continue
        added = sum(value for _, value in parts)
        # 主要/重点/等 name a selection; parts under half the total, none a remainder, are likely one too
        if (
            added == int(total.value)
            or _SELECTION.search(text)
            or reads_partial(added, int(total.value), (label for label, _ in parts))
        ):
            return []
        listed = "、".join(f"{label}{value}条" for label, value in parts)
        return [
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.WARNING,
                message=(
                    f"{page_states_proactive_zh(f'{total.value}条')}，其中{listed}，合计{added}条，与总数不符"
                    "（所列各项并非都写明“类”，按句式视为全部构成，请核对）。"
                ),
                expected=int(total.value),
                actual=added,
                source=SOURCE_TEXT,
                location=quoted_place(sentence),
            )
        ]
    return []


def _one_part_above(categories: Sequence[StatedFigure], total: int | None) -> list[Finding]:
    """A lone category (a subset, "其中业务动态类信息386条") larger than its total: certain, an error."""
    if total is None or len(categories) != 1 or int(categories[0].value) <= total:
        return []
    return [_part_above_total(categories[0], total)]


def _part_above_total(part: StatedFigure, total: int) -> Finding:
    """A stated part (a category or a channel) larger than the year's proactive total: certain, an error."""
    return Finding(
        code="legacy.count_mismatch",
        severity=Severity.ERROR,
        message=f"“{part.label}”{part.value}条，多于报告所述{LEGACY_PROACTIVE_TOTAL_LABEL}{total}条。",
        expected=f"≤{total}",
        actual=int(part.value),
        source=SOURCE_TEXT,
        location=sentence_place(part),
    )


def _breakdown(
    name: str, figures: list[StatedFigure], *, exhaustive: bool, total: int | None = None
) -> LegacyBreakdown | None:
    if not figures:
        return None
    return LegacyBreakdown(
        name=name,
        exhaustive=exhaustive,
        total=total,
        figures=tuple(
            LegacyFigure(
                label=f.label, count=int(f.value), share_percent=f.share_percent, share_of=f.share_of
            )
            for f in figures
        ),
    )


# Round 42 (blind 38's ``pingtan_jsj_2013``: "2013年度我局共主动公开政府信息43条，…" in 二、（一）, "本局共主动公开政府信息33条"
# in 二、（三）, its 统计表 33): a page that states two different totals for the year in the same words states no certain
# one. Only the plain wording 共主动公开(各类)(政府)信息N条, in sentences naming no other year and no running total.
_PLAIN_TOTAL: Final = re.compile(r"(?<!累计)共主动公开(?:了)?(?:各类)?(?:政府|政务)?信息(\d+)条")
_NOT_ONE_YEARS: Final = ("累计", "历年", "以来", "截至", "截止", "同比", "上年", "去年")
_A_YEAR: Final = re.compile(r"(\d{4})年")


def _plain_totals(sentence: Sentence, year: int) -> list[int]:
    """The counts ``sentence`` states in the plain wording of the year's total, none when it may be another span's."""
    text = sentence.norm
    if any(word in text for word in _NOT_ONE_YEARS) or any(int(y) != year for y in _A_YEAR.findall(text)):
        return []
    return [int(found.group(1)) for found in _PLAIN_TOTAL.finditer(text)]


def _two_totals(prose: Prose, total: StatedFigure, year: int) -> tuple[int, int] | None:
    """The total read and another the prose states for the same year in the same plain words, when they differ."""
    if int(total.value) not in _plain_totals(total.sentence, year):
        return None
    for sentence in prose.sentences:
        for other in _plain_totals(sentence, year):
            if other != int(total.value):
                return int(total.value), other
    return None


def _own_total(categories: Sequence[StatedFigure], counts: tuple[int, int]) -> int | None:
    """The one of two stated totals the categories add up to: the total they break down (none when neither)."""
    parts = sum(int(f.value) for f in categories)
    return parts if categories and parts in counts else None


def _two_totals_finding(total: StatedFigure | None, counts: tuple[int, int]) -> Finding:
    """A warning: the prose states two different proactive totals for the year (which is the year's is not certain)."""
    return Finding(
        code="legacy.count_mismatch",
        severity=Severity.WARNING,
        message=(
            f"正文两处所述本年度主动公开政府信息总数不同：{counts[0]}条与{counts[1]}条；"
            "无法确定哪一个是本年度数（有统计表的，以表中与其一相同之数为准）。"
        ),
        expected=counts[0],
        actual=counts[1],
        source=SOURCE_TEXT,
        location=sentence_place(total) if total is not None else "全文",
    )


def _truncated_share(finding: Finding, stated: Sequence[StatedFigure], figures: LegacyFigures) -> bool:
    """A share validate rejects for rounding that is the truncated share (tolerated: ``share_consistent``)."""
    return _share_fits(finding, stated, figures, share_consistent)


def _slipped_share(finding: Finding, stated: Sequence[StatedFigure], figures: LegacyFigures) -> Finding:
    """A share one unit of its last printed place off the rounded share: a warning (``one_unit_slip``, round 16)."""
    if finding.code != "legacy.share_mismatch" or not _share_fits(finding, stated, figures, one_unit_slip):
        return finding
    return finding.model_copy(
        update={"severity": Severity.WARNING, "message": finding.message.removesuffix("。") + ONE_UNIT_NOTE}
    )


def _share_fits(
    finding: Finding,
    stated: Sequence[StatedFigure],
    figures: LegacyFigures,
    fits: Callable[[int, int, Decimal], bool],
) -> bool:
    label = finding.cells[0].row if finding.cells else None
    for figure in stated:
        if figure.label == label and figure.share_percent is not None:
            own = figures.by_category.total if figure.group == "category" and figures.by_category else None
            base = figures.base_for(own)
            if figure.group == "timeliness" or base is None:
                return False
            return fits(int(figure.value), base, figure.share_percent)
    return False


# Round 41 (blind 37's ``jilin_rfb_2014``: "政府公开网公开信息51条,其中…类信息15条,占公开信息的29%;…"): a share is of the
# count its own list opens with — the count right before 其中, in its sentence or in one before it that the list runs on
# from over sentences cut at ;, worded with the share's own base ("占公开信息的…" of "…公开信息51条").
_LIST_OPENING: Final = re.compile(r"(?<![\d.])(\d+)条[,，:：]?其中")
_LIST_SENTENCES: Final = 8  # the most sentences a list of shares runs on over


def _list_opening(figure: StatedFigure, prose: Prose) -> int | None:
    """The count the list holding ``figure`` opens with (``_LIST_OPENING``), when its words end in the share's base."""
    order = next(
        (index for index, sentence in enumerate(prose.sentences) if sentence is figure.sentence), None
    )
    if order is None or not figure.share_of:
        return None
    for sentence in reversed(prose.sentences[max(0, order - _LIST_SENTENCES) : order + 1]):
        text = sentence.norm
        if sentence is not figure.sentence and not text.rstrip().endswith((";", "；")):
            return None  # the list runs on over sentences cut at ; only
        if sentence is figure.sentence and figure.label in text:
            text = text[: text.index(figure.label)]
        openings = list(_LIST_OPENING.finditer(text)) if "其中" in text else []
        if openings:
            opening = openings[-1]
            return int(opening.group(1)) if text[: opening.start()].endswith(figure.share_of) else None
    return None


def _share_of_its_own_list(finding: Finding, stated: Sequence[StatedFigure], prose: Prose) -> bool:
    """Whether a share validate rejects against the page's total fits the count its own list opens with (round 41)."""
    label = finding.cells[0].row if finding.cells else None
    for figure in stated:
        if figure.label == label and figure.share_percent is not None and figure.group != "timeliness":
            base = _list_opening(figure, prose)
            return base is not None and share_consistent(int(figure.value), base, figure.share_percent)
    return False


def _share_of_a_distant_total(
    finding: Finding,
    stated: Sequence[StatedFigure],
    figures: LegacyFigures,
    total: StatedFigure | None,
    prose: Prose,
) -> Finding:
    """A share naming no base, checked against the year's total stated in another paragraph: a warning (round 44).

    Its reach: its own paragraph, the sentences before it that it runs on from over ``;`` (up to ``_LIST_SENTENCES``),
    and the sentence a run opening with 其中 breaks down. A share with no base in its words, its list's own total
    unstated, and the year's total outside that reach may be of another count: the base is not certain. In the
    total's own paragraph the share is the total's (round 41: ``pingtan_ptx_2012``'s "各乡镇…1503条,占37.8%" after the
    sentence stating 2026 is the page's slip, an error).
    """
    if finding.code != "legacy.share_mismatch" or not finding.is_error or total is None:
        return finding
    label = finding.cells[0].row if finding.cells else None
    figure = next(
        (f for f in stated if f.label == label and f.share_percent is not None and f.group != "timeliness"),
        None,
    )
    own = (
        figures.by_category.total
        if figure is not None and figure.group == "category" and figures.by_category
        else None
    )
    if figure is None or figure.share_of or own is not None:
        return finding
    order = next(
        (index for index, sentence in enumerate(prose.sentences) if sentence is figure.sentence), None
    )
    if order is None:
        return finding
    reach = [figure.sentence]
    for sentence in reversed(prose.sentences[max(0, order - _LIST_SENTENCES) : order]):
        if not sentence.norm.rstrip().endswith((";", "；")):
            if reach[-1].norm.lstrip().startswith("其中"):
                reach.append(sentence)  # the count a run opening with 其中 breaks down
            break
        reach.append(sentence)
    if total.sentence.paragraph == figure.sentence.paragraph or any(
        sentence is total.sentence for sentence in reach
    ):
        return finding
    return finding.model_copy(update={"severity": Severity.WARNING})


def _partial_categories(finding: Finding, categories: Sequence[StatedFigure]) -> Finding:
    """A few categories of a large total, no remainder named: a selection more likely than a slip (round 10)."""
    if (
        finding.code == "legacy.count_mismatch"
        and isinstance(finding.expected, int)
        and isinstance(finding.actual, int)
        and finding.cells
        and finding.cells[0].table == LEGACY_BREAKDOWN_NAMES["category"]
        and reads_partial(finding.actual, finding.expected, (f.label for f in categories))
    ):
        # a warning already says why the list is not the whole (round 55: its shares fall short of 100%)
        note = PARTIAL_NOTE if finding.severity is Severity.ERROR else "。"
        return finding.model_copy(
            update={
                "severity": Severity.WARNING,
                "confidence": PARTIAL_CONFIDENCE,
                "message": finding.message.removesuffix("。") + note,
            }
        )
    return finding


def audit_legacy(  # noqa: C901, PLR0912, PLR0915 - figures, model, then each check with its place
    prose: Prose, title: str | None, year: int, source: str | None, statistics: Sequence[Sentence] = ()
) -> AuditResult:
    stated = [f for f in stated_legacy_figures(prose) if not of_another_year(f, year)]  # round 49
    # Two different totals for the year in the prose (round 42): neither is read; the table's, when it is one of them.
    first_total = next((f for f in stated if f.name == "proactive_total"), None)
    two_totals = _two_totals(prose, first_total, year) if first_total is not None else None
    if two_totals is not None:
        stated = [f for f in stated if f.name != "proactive_total"]
    # The attached statistics table (round 18): the year's counts the prose does not state are read from it.
    from_table, table_notes = statistics_table(prose, year, stated, statistics)
    if two_totals is not None:
        from_table = [
            f
            for f in from_table
            if f.name != "proactive_total" or int(f.value) in (two_totals[0], two_totals[1])
        ]
        table_notes.append(_two_totals_finding(first_total, two_totals))
    stated.extend(from_table)
    by_name: dict[str, StatedFigure] = {}
    for figure in stated:
        by_name.setdefault(figure.name, figure)
    values: dict[str, Any] = {name: int(by_name[name].value) for name in _LEGACY_FIELDS if name in by_name}
    categories_stated = [f for f in stated if f.group == "category"]
    # "主要类别": the main categories only, not a partition of every item.
    main_only = any("主要" in f.sentence.text for f in categories_stated) or "主要类别" in prose.text
    all_lists = stated_lists(prose)
    stated_total = by_name.get("proactive_total")
    # A list of the total's parts with more parts than the categories read (a remainder such as
    # "工作进展动态和其他…信息12条" names no 类): the categories are not all of it; the list is checked instead.
    main_only = main_only or any(
        stated_total is not None
        and item.total == int(stated_total.value)
        and len(item.parts) > len(categories_stated)
        for item in all_lists
    )
    # "主动公开政府信息37条，其中全文电子化主动公开信息35条，包括…类25条、…类4条、…类6条" (round 16): a list attaches
    # to the nearest count before it — the categories break down the 其中 subset (35), not the total (37)
    category_values = sorted(int(f.value) for f in categories_stated)
    main_only = main_only or any(
        stated_total is not None
        and item.total is not None
        and item.total < int(stated_total.value)
        and sorted(int(p.value) for p in item.parts) == category_values
        for item in all_lists
    )
    # "主动公开信息569条,其中业务动态类信息386条,占总体的比例为67.84%" (round 17): one category named is a subset of
    # the total, never its breakdown; a list with a "…N条" not read as a part is not all of it (_unread_parts)
    main_only = (
        main_only
        or len(categories_stated) == 1
        or _unread_parts(categories_stated, stated_total, prose)
        or _a_part_opens_its_sub_list(categories_stated)
    )
    if "fees_charged_yuan" in by_name:
        values["fees_charged_yuan"] = Decimal(by_name["fees_charged_yuan"].value)
    if "proactive_total" in by_name:
        values["proactive_total"] = int(by_name["proactive_total"].value)
    figures = LegacyFigures(
        **values,
        by_category=_breakdown(
            "公开的内容",
            categories_stated,
            exhaustive=not main_only,
            total=_own_total(categories_stated, two_totals) if two_totals is not None else None,
        ),
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
        agency=Agency(name=(name or UNKNOWN_AGENCY)[:200], level=guess_level(name)),
        year=year,
        title=title or default_report_title(name or "", year),
        statistics_period=StatisticsPeriod(start=start, end=end),
        figures=figures,
    )
    places = {(f.group or f.name, f.label): f for f in stated}
    tables = {name: group for group, name in LEGACY_BREAKDOWN_NAMES.items()}
    findings: list[Finding] = []
    for finding in validate(report):
        if finding.code == "legacy.share_mismatch" and (
            _truncated_share(finding, stated, figures) or _share_of_its_own_list(finding, stated, prose)
        ):
            continue
        location = "全文"
        if finding.code.startswith("legacy.period"):
            location = quoted_place(period_sentence) if period_sentence else "全文（未写明统计期）"
        else:
            for ref in finding.cells:
                place = places.get((tables.get(ref.table, ""), ref.row))
                if place is not None:
                    location = sentence_place(place)
                    break
            else:
                stated_total = by_name.get("proactive_total")
                if stated_total is not None:
                    location = sentence_place(stated_total)
        sure = _share_of_a_distant_total(finding, stated, figures, by_name.get("proactive_total"), prose)
        findings.append(
            _slipped_share(_partial_categories(sure, categories_stated), stated, figures).model_copy(
                update={"location": location}
            )
        )
    categories = sorted(int(f.value) for f in stated if f.group == "category")
    # the categories' base: their own stated total where the prose states two (round 42), else the year's
    list_base = figures.base_for(figures.by_category.total if figures.by_category else None)
    lists = [
        item
        for item in all_lists
        if not (item.total == list_base and sorted(int(p.value) for p in item.parts) == categories)
    ]
    findings.extend(list_findings(lists, "legacy", Severity.ERROR))
    findings.extend(outcomes_above(answered_outcome_lists(prose), "legacy"))
    findings.extend(_statistics_answers_above(prose, year))
    findings.extend(table_notes)
    if not any(f.code == "legacy.count_mismatch" for f in findings):
        findings.extend(_untyped_breakdown(prose, by_name.get("proactive_total")))
    findings.extend(_one_part_above(categories_stated, list_base))
    findings.extend(class_count_findings(prose, "legacy"))  # round 32
    findings.extend(unintroduced_parts_findings(prose, "legacy"))  # round 38
    if (total_figure := by_name.get("proactive_total")) is not None:
        findings.extend(channels_above_total(channel_lists_after_total(prose, total_figure), "legacy"))
        findings.extend(channels_listed_above_total(channels_under_total(prose, total_figure), "legacy"))
        # a list of kinds closed by 其他, in another sentence than the total (round 45, as on 2021-format pages)
        findings.extend(categories_above_total(unstated_total_lists(prose, total_figure), "legacy"))
    if figures.proactive_total is not None and figures.by_channel is not None:
        total = figures.proactive_total
        findings.extend(
            _part_above_total(part, total)
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
            location=sentence_place(figure),
        )
        for figure in stated
        if figure.name == "completed_exceeds_received"
    )
    findings.extend(closing_findings(prose, "legacy", findings))  # rounds 38, 39: after every other check
    # Legacy checks rest on sentences read by patterns: an error is raised only on a complete, exhaustive
    # statement (see list_findings); its reading is as sure as prose gets.
    # A finding that carries its own (lower) confidence keeps it: channels that may overlap (list_findings).
    findings = [
        finding.model_copy(
            update={
                "confidence": min(
                    LEGACY_ERROR_CONFIDENCE if finding.is_error else PROSE_CONFIDENCE,
                    finding.confidence if finding.confidence is not None else 1.0,
                )
            }
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
        figures=audit_figures(stated),
        findings=tuple(findings),
        report=report,
    )
