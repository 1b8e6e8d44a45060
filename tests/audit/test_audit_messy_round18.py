"""Issue 12, eighteenth round: legacy statistics tables read as tables, and a confidence threshold.

(a) the statistics table a legacy report attaches (指标名称 计量单位 YYYY年度 历年累计, or 年末统计) is read row by row:
cells the page separates by spaces as they stand, cells run together only when exactly one cut gives a year's count
no larger than its running total; then the kinds of answer against their total, the year against its running total,
and the year's counts the prose does not state are figures (docs/audit.md, "Eighteenth round"). (b)
``AuditResult.at_least`` (``check --min-confidence``) keeps exactly what is sure enough. Each property of a new rule
fails on the round-17 code; each guard passes on both.
"""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, codes_of, legacy_page, value_of

NO_REVIEWS = "四、因信息公开申请行政复议、提起行政诉讼的情况\n本年度没有发生行政复议、行政诉讼的情况。\n"


def _cell(year: int, running: int, *, glued: bool) -> str:
    return f"{year}{running}" if glued else f" {year} {running} "


def statistics_table(  # noqa: PLR0913 - one cell pair per row the properties vary
    year: int,
    *,
    answered: tuple[int, int],
    outcomes: tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]],
    received: tuple[int, int] | None = None,
    reviews: tuple[int, int] = (0, 0),
    glued: bool = False,
) -> str:
    """A Pingtan-style 统计数据 table, spaced or with every row's two cells run together."""
    received = received or answered
    granted, partial, refused, other = outcomes
    sep = "" if glued else " "
    cell = _cell
    return (
        f"附件 统计数据 指{sep}标{sep}名{sep}称{sep}单位{sep}{year}年度{sep or ' '}历年累计"
        f"主动公开信息数{sep}条{cell(0, 0, glued=glued)}"
        f"受理政府信息公开申请总数{sep}条{cell(*received, glued=glued)}"
        f"对申请的答复总数{sep}条{cell(*answered, glued=glued)}"
        f"其中：1.同意公开答复数{sep}条{cell(*granted, glued=glued)}"
        f"2.同意部分公开答复数{sep}条{cell(*partial, glued=glued)}"
        f"3.不予公开答复数{sep}条{cell(*refused, glued=glued)}"
        f"4.其他类型答复数{sep}条{cell(*other, glued=glued)}"
        f"行政复议数{sep}件{cell(*reviews, glued=glued)}行政诉讼数{sep}件{cell(0, 0, glued=glued)}附件下载\n"
    )


def _page(year: int, table: str, requests: int = 0) -> str:
    later = f"{year}年，我局共收到政府信息公开申请{requests}条。" if requests else None
    page = legacy_page(year, f"{year}年，我局主动公开政府信息0条。", later, attached=table)
    return page.replace(NO_REVIEWS, "四、其他需要报告的事项\n无。\n")


def _fits(digits: str) -> int:
    """How many cuts of ``digits`` give a year's count no larger than its running total (no leading zeros)."""
    return sum(
        1
        for cut in range(1, len(digits))
        if (cut == 1 or digits[0] != "0")
        and (cut == len(digits) - 1 or digits[cut] != "0")
        and int(digits[:cut]) <= int(digits[cut:])
    )


def _pair(low: int = 0, high: int = 9) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(low, high), st.integers(0, high)).map(lambda p: (p[0], p[0] + p[1]))


class TestStatisticsTable:
    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), extra=st.integers(1, 9))
    def test_answers_adding_to_more_than_their_total_are_an_error(
        self, year: int, outcomes: tuple[tuple[int, int], ...], extra: int
    ) -> None:
        """``pingtan_gaj_2018``: 对申请的答复总数 0 | 0 against 同意公开答复数 1 | 3 — a certain mismatch."""
        parts = sum(p[0] for p in outcomes), sum(p[1] for p in outcomes)
        assume(parts[0] >= extra)
        answered = (parts[0] - extra, max(parts[0] - extra, parts[1] - extra))
        received = (
            answered[0],
            answered[1] + 5,
        )  # no answer above the requests: the older warning stays silent
        page = _page(year, statistics_table(year, answered=answered, outcomes=outcomes, received=received))  # type: ignore[arg-type]
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(1, 9), more=st.integers(0, 9))
    def test_two_digits_run_together_are_read_as_their_one_cut(
        self, year: int, granted: int, more: int
    ) -> None:
        """``…答复总数条00…同意公开答复数条13``: ``13`` can only be 1 | 3, ``00`` only 0 | 0 — the mismatch is certain."""
        running = min(9, granted + more)
        table = statistics_table(
            year,
            answered=(0, 0),
            outcomes=((granted, running), (0, 0), (0, 0), (0, 0)),
            received=(0, 0),
            glued=True,
        )
        assert "legacy.count_mismatch" in codes_of(_page(year, table), Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, reviews=_pair(0, 99))
    def test_a_count_the_prose_leaves_out_is_read_from_the_table(
        self, year: int, reviews: tuple[int, int]
    ) -> None:
        """``pingtan_gaj_2010``: no section on reviews; the table's 行政复议数 is the year's figure."""
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page(year, statistics_table(year, answered=(0, 0), outcomes=zero, reviews=reviews))
        assert value_of(page, "administrative_reviews") == reviews[0]
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, running=st.integers(0, 98), more=st.integers(1, 9))
    def test_a_year_above_its_running_total_is_an_error(self, year: int, running: int, more: int) -> None:
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page(
            year, statistics_table(year, answered=(0, 0), outcomes=zero, reviews=(running + more, running))
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), glued=st.booleans())
    def test_guard_a_table_that_adds_up_is_silent(
        self, year: int, outcomes: tuple[tuple[int, int], ...], *, glued: bool
    ) -> None:
        answered = (sum(p[0] for p in outcomes), sum(p[1] for p in outcomes))
        table = statistics_table(year, answered=answered, outcomes=outcomes, glued=glued)  # type: ignore[arg-type]
        page = _page(year, table, requests=answered[0])
        assert codes_of(page, Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(10, 99), running=st.integers(10, 99))
    def test_guard_digits_two_cuts_fit_are_never_read(self, year: int, granted: int, running: int) -> None:
        """``2071223`` (20 | 71223 or 207 | 1223): unread, so no figure and no finding rests on it."""
        digits = f"{granted}{granted + running * 10}"
        assume(_fits(digits) > 1)
        table = (
            f"指标名称单位{year}年度历年累计主动公开信息数条00对申请的答复总数条00"
            f"其中：1.同意公开答复数条{digits}2.同意部分公开答复数条00附件下载\n"
        )
        page = _page(year, table)
        assert value_of(page, "requests_granted") is None
        assert codes_of(page, Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, granted=st.integers(10, 99), running=st.integers(10, 99))
    def test_digits_left_unread_are_named_in_a_warning(self, year: int, granted: int, running: int) -> None:
        """The clerk is told which row was left unread and why (``audit.ambiguous_digits``, as for table 三)."""
        digits = f"{granted}{granted + running * 10}"
        assume(_fits(digits) > 1)
        table = (
            f"指标名称单位{year}年度历年累计主动公开信息数条00对申请的答复总数条00"
            f"其中：1.同意公开答复数条{digits}2.同意部分公开答复数条00附件下载\n"
        )
        notes = [f for f in audited(_page(year, table)).findings if f.code == "audit.ambiguous_digits"]
        assert len(notes) == 1
        assert f"“同意公开答复数”{digits}" in notes[0].message
        assert notes[0].severity is Severity.WARNING

    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.integers(1, 99), other=st.integers(1, 99), more=st.integers(0, 9))
    def test_a_year_count_the_prose_states_otherwise_is_a_warning_naming_both(
        self, year: int, stated: int, other: int, more: int
    ) -> None:
        """The prose's requests against the table's 受理…申请总数 of the year: a warning, both places named."""
        assume(stated != other)
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        table = statistics_table(year, answered=(0, 0), outcomes=zero, received=(other, other + more))
        result = audited(_page(year, table, requests=stated))
        found = [f for f in result.findings if f.code == "text.table_mismatch"]
        assert [f.severity for f in found] == [Severity.WARNING]
        assert "统计表" in (found[0].location or "")
        assert f"申请{stated}条" in found[0].message

    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.integers(1, 99), more=st.integers(0, 9))
    def test_guard_a_year_count_the_prose_agrees_with_is_silent(
        self, year: int, stated: int, more: int
    ) -> None:
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        table = statistics_table(year, answered=(0, 0), outcomes=zero, received=(stated, stated + more))
        result = audited(_page(year, table, requests=stated))
        assert not [f for f in result.findings if f.code == "text.table_mismatch"]

    @SETTINGS
    @given(year=LEGACY_YEARS, outcomes=st.tuples(_pair(), _pair(), _pair(), _pair()), unknown=_pair(1, 9))
    def test_guard_a_part_the_reader_does_not_know_leaves_the_list_open(
        self, year: int, outcomes: tuple[tuple[int, int], ...], unknown: tuple[int, int]
    ) -> None:
        """``4.信息不存在答复数`` among the answers: the parts read are not all of them, so less is no mismatch."""
        answered = (
            sum(p[0] for p in outcomes) + unknown[0],
            sum(p[1] for p in outcomes) + unknown[1],
        )
        table = statistics_table(year, answered=answered, outcomes=outcomes, received=answered)  # type: ignore[arg-type]
        table = table.replace(
            "4.其他类型答复数", f"4.信息不存在答复数 条 {unknown[0]} {unknown[1]} 5.其他类型答复数"
        )
        assert codes_of(_page(year, table, requests=answered[0]), Severity.ERROR) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, reviews=st.integers(1, 99))
    def test_guard_a_column_of_another_year_is_not_the_years(self, year: int, reviews: int) -> None:
        """``pingtan_gaj_2018``'s column headed 2017年度: its counts are not stated as the report's year's."""
        zero = ((0, 0), (0, 0), (0, 0), (0, 0))
        page = _page(
            year, statistics_table(year - 1, answered=(0, 0), outcomes=zero, reviews=(reviews, reviews))
        )
        assert value_of(page, "administrative_reviews") is None


TYPED = ["政策法规类信息", "机构职能类信息", "规划计划类信息", "公共资源交易类信息"]
UNTYPED = ["工作信息", "人事信息", "通知公告", "财政信息", "规范性文件", "工作动态信息"]
# Openers the round-17 lists did not read: words before the 其中/包括 of a sentence of its own, or 按内容分(类).
OPENERS = [
    "在主动公开的信息中,其中",
    "从内容上看,其中",
    "在主动公开的信息中,包括",
    "按内容分,",
    "按内容分类:",
]
# Openers the lists read before (an error on a mismatch, unchanged).
OLD_OPENERS = ["其中", "分别为"]


def _parts_strategy() -> st.SearchStrategy[list[tuple[str, int]]]:
    """Two to six parts, at least one without 类, each with its own label."""
    labels = st.lists(st.sampled_from(TYPED + UNTYPED), min_size=2, max_size=6, unique=True).filter(
        lambda names: any(name in UNTYPED for name in names)
    )
    return labels.flatmap(
        lambda names: st.lists(st.integers(1, 500), min_size=len(names), max_size=len(names)).map(
            lambda counts: list(zip(names, counts, strict=True))
        )
    )


def _listed(parts: list[tuple[str, int]], *, shares: bool, total: int) -> str:
    return ",".join(
        f"{label}{count}条" + (f",占总体的比例为{100 * count / total:.1f}%" if shares else "")
        for label, count in parts
    )


def _html_page(year: int, rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f"<html><body><p>某县某局{year}年度政府信息公开工作年度报告</p><p>一、主动公开政府信息的情况</p>"
        f"<p>{year}年，我局主动公开政府信息0条。</p><p>二、依申请公开信息的情况</p><p>{year}年共收到申请0条。</p>"
        f"<p>附件：统计数据</p><table>{cells}</table></body></html>"
    )


class TestStatisticsTableAsATable:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        granted=st.integers(1, 9),
        reviews=_pair(0, 9),
        blank=st.booleans(),
        html=st.booleans(),
    )
    def test_a_table_published_as_a_table_is_read_and_checked(
        self, year: int, granted: int, reviews: tuple[int, int], *, blank: bool, html: bool
    ) -> None:
        """An HTML 统计表 never reaches the prose: its rows are read with their cells apart, a blank cell unread."""
        rows = [
            ("指标名称", "计量单位", f"{year}年度", "历年累计"),
            ("对申请的答复总数", "条", "0", "9"),
            ("其中：1.同意公开答复数", "条", str(granted), "9"),
            ("2.同意部分公开答复数", "条", "0", "" if blank else "0"),
            ("行政复议数", "件", str(reviews[0]), str(reviews[1])),
        ]
        page = _html_page(year, rows)
        if not html:  # the same page copied as text, the table's cells separated by tabs
            page = re.sub(r"</td><td>", "\t", page)
            page = re.sub(r"<[^>]+>", "\n", page)
        result = audited(page)
        assert "legacy.count_mismatch" in [f.code for f in result.findings if f.severity is Severity.ERROR]
        assert [int(f.value) for f in result.figures if f.name == "administrative_reviews"] == [reviews[0]]
        assert all(f.name != "requests_partially_granted" for f in result.figures) or not blank


class TestUntypedParts:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=_parts_strategy(),
        off=st.integers(-9, 9).filter(bool),
        opener=st.sampled_from(OPENERS),
        shares=st.booleans(),
    )
    def test_a_breakdown_with_untyped_parts_is_added_up_as_a_warning(
        self, year: int, parts: list[tuple[str, int]], off: int, opener: str, *, shares: bool
    ) -> None:
        """``yuecheng_dongpu_2016``: the total, then a sentence listing six parts (four without 类) adding to 914
        against 915 — a warning, never an error (a list in the total's own sentence was read before, unchanged)."""
        total = sum(count for _, count in parts) + off
        assume(total > max(count for _, count in parts))
        assume(2 * sum(count for _, count in parts) >= total)  # under half: a selection (the guard below)
        listed = _listed(parts, shares=shares, total=total)
        page = legacy_page(year, f"{year}年，我镇主动公开政府信息{total}条。{opener}{listed}。")
        assert "legacy.count_mismatch" in codes_of(page, Severity.WARNING)
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=_parts_strategy(),
        off=st.integers(1, 9),
        opener=st.sampled_from(OLD_OPENERS),
        cut=st.sampled_from(["。", ","]),
    )
    def test_guard_a_list_read_before_keeps_its_reading(
        self, year: int, parts: list[tuple[str, int]], off: int, opener: str, cut: str
    ) -> None:
        """``…N条,其中…`` lists were read and added up before this round: still an error on a mismatch."""
        total = sum(count for _, count in parts) + off
        assume(
            2 * sum(count for _, count in parts) >= total
        )  # under half: a selection, a warning since round 10
        page = legacy_page(
            year,
            f"{year}年，我镇主动公开政府信息{total}条{cut}{opener}{_listed(parts, shares=False, total=total)}。",
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=_parts_strategy(),
        opener=st.sampled_from(OPENERS + OLD_OPENERS),
        shares=st.booleans(),
    )
    def test_guard_a_breakdown_that_adds_up_is_silent(
        self, year: int, parts: list[tuple[str, int]], opener: str, *, shares: bool
    ) -> None:
        total = sum(count for _, count in parts)
        page = legacy_page(
            year,
            f"{year}年，我镇主动公开政府信息{total}条,{opener}{_listed(parts, shares=shares, total=total)}。",
        )
        result = audited(page)
        assert not [f for f in result.findings if f.code == "legacy.count_mismatch"]

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=_parts_strategy(),
        off=st.integers(1, 9),
        subset=st.sampled_from(["全文电子化信息", "通过政府网站公开信息", "累计公开信息"]),
    )
    def test_guard_a_list_with_a_subset_part_is_not_added_up(
        self, year: int, parts: list[tuple[str, int]], off: int, subset: str
    ) -> None:
        """A 全文电子化 or channel count among the parts is a subset: the list is no breakdown, nothing is added."""
        total = sum(count for _, count in parts) + off
        listed = _listed([(subset, total - 1), *parts], shares=False, total=total)
        page = legacy_page(year, f"{year}年，我镇主动公开政府信息{total}条,其中{listed}。")
        assert "legacy.count_mismatch" not in codes_of(page, Severity.WARNING)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=_parts_strategy(),
        off=st.integers(1, 999),
        opener=st.sampled_from(["在主动公开的信息中,主要包括", "按内容分,重点有", "按内容分,"]),
    )
    def test_guard_a_selection_is_not_added_up(
        self, year: int, parts: list[tuple[str, int]], off: int, opener: str
    ) -> None:
        """主要/重点/等, or parts under half the total with no remainder: a selection, not a breakdown — silent."""
        added = sum(count for _, count in parts)
        total = added + off
        listed = _listed(parts, shares=False, total=total)
        if opener == "按内容分,":
            total = 2 * added + off  # under half: a selection
            listed += "等"
        page = legacy_page(year, f"{year}年，我镇主动公开政府信息{total}条。{opener}{listed}。")
        assert "legacy.count_mismatch" not in codes_of(page, Severity.WARNING)

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 9999))
    def test_the_years_own_period_is_no_running_total(self, year: int, total: int) -> None:
        """``我镇自2016年1月1日到12月31日累计主动公开政府信息915条``: the statistics period, so the year's 915."""
        page = legacy_page(
            year, f"我镇自{year}年1月1日到12月31日累计主动公开政府信息{total}条,电子化全文公开率达100%。"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 9999))
    def test_guard_a_start_year_is_still_a_running_total(self, year: int, total: int) -> None:
        page = legacy_page(year, f"我镇自{year - 3}年以来累计主动公开政府信息{total}条。")
        assert value_of(page, "proactive_total") is None


class TestConfidenceThreshold:
    @SETTINGS
    @given(threshold=st.floats(0, 1), year=LEGACY_YEARS, total=st.integers(2, 999))
    def test_what_is_kept_is_exactly_what_is_sure_enough(
        self, threshold: float, year: int, total: int
    ) -> None:
        """``check --min-confidence``: every finding and figure kept is at least that sure, every one left out less."""
        page = legacy_page(
            year, f"{year}年，我局主动公开政府信息{total}条，其中政策法规类{total - 1}条，占{50}%。"
        )
        result = audited(page)
        kept = result.at_least(threshold)

        def sure(confidence: float | None) -> float:
            return 1.0 if confidence is None else confidence

        assert list(kept.findings) == [f for f in result.findings if sure(f.confidence) >= threshold]
        assert list(kept.figures) == [f for f in result.figures if sure(f.confidence) >= threshold]
        assert kept.tables == result.tables
