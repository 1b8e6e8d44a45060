"""Breakdowns of the year's proactive total the auditor left silent before, as classes (round 22, docs/audit.md).

(a) Units 条 and 篇 mixed in a 其中 list (``jinning_erjie_2023``: ``主动公开政府信息558条,其中,…门户网公开118篇、…发布356条,
…信息4条``): both count items of information, so parts missing the total are a low-confidence warning. (b) Channels
with a readership after one of them and a catch-all last (``nanlong_zhen_2023``: ``其中:通过…微信公众平台公开信息数为2464条,
年度阅读量为29.4万次,…,其他方式公开信息数为130条``) are a channel list: above the total, the overlap warning. (c) A
paragraph counting the items by content (``luzhou_gulin_czj_2021``: ``从公开内容来看,…一是…1条。…公开其他…31条。``) is
summed against the total: a warning. (d) One website column counted twice with two counts (``yangling_sjj_2022``):
a warning. Each property fails on the round-21 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Finding, Severity
from tests.audit.messy import SETTINGS, audited, opening

STANDARD_YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 300)


def _count_mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code == "text.count_mismatch"]


def _no_errors(page: str) -> bool:
    return not any(finding.is_error for finding in audited(page).findings if finding.code.startswith("text."))


def _mixed_page(year: int, total: int, web: int, media: int, other: int) -> str:
    return opening(year) + (
        f"{year}年,我镇主动公开政府信息{total}条,其中,区人民政府门户网公开{web}篇、“魅力小镇”发布{media}条,"
        f"重大工程公开招标信息{other}条。\n"
    )


class TestUnitsMixedInABreakdown:
    @SETTINGS
    @given(year=STANDARD_YEARS, web=COUNTS, media=COUNTS, other=COUNTS, missing=st.integers(1, 50))
    def test_parts_in_tiao_and_pian_short_of_the_total_are_a_warning(
        self, year: int, web: int, media: int, other: int, missing: int
    ) -> None:
        total = web + media + other + missing
        assume(2 * (web + media + other) >= total)  # not a selection (under half, reads_partial)
        page = _mixed_page(year, total, web, media, other)
        found = _count_mismatches(page)
        assert [(f.severity, f.confidence) for f in found] == [(Severity.WARNING, 0.5)]
        assert f"{web}篇" in found[0].message
        assert _no_errors(page)

    @SETTINGS
    @given(year=STANDARD_YEARS, web=COUNTS, media=COUNTS, other=COUNTS)
    def test_guard_mixed_parts_that_make_the_total_are_silent(
        self, year: int, web: int, media: int, other: int
    ) -> None:
        assert _count_mismatches(_mixed_page(year, web + media + other, web, media, other)) == []

    @SETTINGS
    @given(year=STANDARD_YEARS, extra=COUNTS, first=COUNTS, second=COUNTS)
    def test_guard_parts_all_in_another_unit_are_silent(
        self, year: int, extra: int, first: int, second: int
    ) -> None:
        # every part in 篇 under a total in 条: another total's parts, maybe (a count in 余篇 no rule reads)
        total = first + second + extra
        page = opening(year) + (
            f"通过政务新媒体公开政府信息{total}条,各级主流媒体刊发宣传报道{first + second + 9}余篇,"
            f"其中省级媒体报道{first}篇,市级媒体报道{second}篇。\n"
        )
        assert _count_mismatches(page) == []


def _channels_page(year: int, total: int, counts: tuple[int, int, int, int], reads: str) -> str:
    wechat, app, web, other = counts
    return opening(year) + (
        f"(一)信息主动公开方面:{year}年我镇主动公开数为{total}条。其中:通过镇微信公众平台公开信息数为{wechat}条,"
        f"年度阅读量为{reads}万次,通过智慧社区平台微信小程序公开信息数为{app}条,通过政府网站公开信息数为{web}条,"
        f"其他方式公开信息数为{other}条。\n"
    )


CHANNELS = st.tuples(COUNTS, COUNTS, COUNTS, COUNTS)
READS = st.decimals(1, 99, places=1).map(str)


class TestChannelsWithAReadership:
    @SETTINGS
    @given(year=STANDARD_YEARS, counts=CHANNELS, excess=st.integers(1, 100), reads=READS)
    def test_channels_above_the_total_are_the_overlap_warning(
        self, year: int, counts: tuple[int, int, int, int], excess: int, reads: str
    ) -> None:
        total = sum(counts) - excess
        assume(total > max(counts))
        found = _count_mismatches(_channels_page(year, total, counts, reads))
        assert [(f.severity, f.confidence) for f in found] == [(Severity.WARNING, 0.5)]
        assert f"合计{sum(counts)}条" in found[0].message
        assert "阅读" not in found[0].message.split("，其中", 1)[1]

    @SETTINGS
    @given(year=STANDARD_YEARS, counts=CHANNELS, reads=READS)
    def test_guard_channels_that_make_the_total_are_silent(
        self, year: int, counts: tuple[int, int, int, int], reads: str
    ) -> None:
        assert _count_mismatches(_channels_page(year, sum(counts), counts, reads)) == []


_ORDINALS = "一二三四五六"
_ASPECTS = ("疫情防控", "乡村振兴", "营商环境", "行政执法", "财政预决算")


def _content_page(  # noqa: PLR0913 - the page's figures and the wordings a test varies
    year: int,
    total: int,
    parts: list[int],
    other: int,
    *,
    closing: str = "公开其他工作动态类信息",
    stated_total: str = "累计公开政府信息{total}条",
) -> str:
    items = "".join(
        f"{_ORDINALS[index]}是公开{_ASPECTS[index]}方面信息{count}条。" for index, count in enumerate(parts)
    )
    return opening(year) + (
        f"1.信息发布情况。{year}年,{stated_total.format(total=total)}。\n"
        f"从公开渠道来看,政府网站公开信息{total}条。\n"
        f"从公开内容来看,我局结合全市{year}年政务公开工作要点,重点推进几个方面的信息公开。{items}"
        f"{_ORDINALS[len(parts)]}是{closing}{other}条。\n"
        "2.解读情况。本年度我局未出台规范性文件。\n"
    )


class TestABreakdownByContent:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        parts=st.lists(COUNTS, min_size=2, max_size=5),
        other=COUNTS,
        slip=st.integers(-30, 30),
    )
    def test_content_parts_that_miss_the_total_are_a_warning(
        self, year: int, parts: list[int], other: int, slip: int
    ) -> None:
        total = sum(parts) + other + slip
        assume(slip != 0 and total > 0)
        page = _content_page(year, total, parts, other)
        found = _count_mismatches(page)
        assert [(f.severity, f.confidence) for f in found] == [(Severity.WARNING, 0.5)]
        assert f"合计{sum(parts) + other}条" in found[0].message
        assert _no_errors(page)

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        parts=st.lists(COUNTS, min_size=2, max_size=5),
        other=COUNTS,
        slip=st.integers(1, 30),
    )
    def test_a_total_written_in_pian_is_quoted_in_pian(
        self, year: int, parts: list[int], other: int, slip: int
    ) -> None:
        # the message quotes the total with the page's own unit, never one the page does not write
        total = sum(parts) + other + slip
        page = _content_page(year, total, parts, other, stated_total="政府信息主动公开{total}篇")
        (found,) = _count_mismatches(page)
        assert f"主动公开信息{total}篇" in found.message
        assert f"{total}条" not in found.message

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        parts=st.lists(COUNTS, min_size=2, max_size=5),
        other=COUNTS,
        slip=st.integers(1, 30),
    )
    def test_a_content_paragraph_that_ends_the_page_is_read_too(
        self, year: int, parts: list[int], other: int, slip: int
    ) -> None:
        # an excerpt that stops after the breakdown: the last paragraph is within reach like any other
        page = _content_page(year, sum(parts) + other + slip, parts, other).split("2.解读情况", 1)[0]
        found = _count_mismatches(page)
        assert [(f.severity, f.confidence) for f in found] == [(Severity.WARNING, 0.5)]

    @SETTINGS
    @given(year=STANDARD_YEARS, parts=st.lists(COUNTS, min_size=2, max_size=5), other=COUNTS)
    def test_guard_content_parts_that_make_the_total_are_silent(
        self, year: int, parts: list[int], other: int
    ) -> None:
        assert _count_mismatches(_content_page(year, sum(parts) + other, parts, other)) == []

    @SETTINGS
    @given(year=STANDARD_YEARS, parts=st.lists(COUNTS, min_size=2, max_size=5), last=COUNTS, total=COUNTS)
    def test_guard_no_remainder_named_is_silent(
        self, year: int, parts: list[int], last: int, total: int
    ) -> None:
        # the last part names no remainder (其他…): the parts may be a selection
        page = _content_page(year, total, parts, last, closing="公开财政预决算信息")
        assert _count_mismatches(page) == []


def _column_page(year: int, first: int, second: int) -> str:
    return opening(year) + (
        f"{year}年,我局通过示范区管委会网站审计信息栏目公开信息{first}条。\n"
        f"本单位无部门网站。在管委会网站设置有审计信息专栏,全年通过审计信息专栏公开政府信息{second}条。\n"
    )


class TestOneColumnCountedTwice:
    @SETTINGS
    @given(year=STANDARD_YEARS, first=COUNTS, second=COUNTS)
    def test_two_counts_of_one_column_are_a_warning(self, year: int, first: int, second: int) -> None:
        assume(first != second)
        found = _count_mismatches(_column_page(year, first, second))
        assert [(f.severity, f.confidence) for f in found] == [(Severity.WARNING, 0.5)]
        assert (found[0].expected, found[0].actual) == (first, second)

    @SETTINGS
    @given(year=STANDARD_YEARS, first=COUNTS, second=COUNTS)
    def test_the_message_quotes_each_column_by_its_own_word(self, year: int, first: int, second: int) -> None:
        # the page writes 审计信息栏目 once and 审计信息专栏 once: the message quotes each as written
        assume(first != second)
        (found,) = _count_mismatches(_column_page(year, first, second))
        assert f"“示范区管委会网站审计信息栏目”公开信息{first}条" in found.message
        assert f"“审计信息专栏”公开信息{second}条" in found.message

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNTS)
    def test_guard_one_count_twice_is_silent(self, year: int, count: int) -> None:
        assert _count_mismatches(_column_page(year, count, count)) == []

    @SETTINGS
    @given(year=STANDARD_YEARS, first=COUNTS, second=COUNTS)
    def test_guard_two_columns_are_silent(self, year: int, first: int, second: int) -> None:
        page = opening(year) + (
            f"{year}年,我局通过网站审计信息栏目公开信息{first}条。\n全年通过政策解读专栏公开政府信息{second}条。\n"
        )
        assert _count_mismatches(page) == []
