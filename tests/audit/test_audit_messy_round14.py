"""Issue 12, fourteenth round: prose figures left unread, by class (docs/audit.md, "Fourteenth round").

(a) a proactive total over every channel the sentence names (通过A、B、C等载体/方式…共…N条) is read; one channel's
count (通过网站公开信息N条) and a part after 其中 stay unread.
(b) a count of requests with its unit dropped right before 申请 (共受理4申请公开政府信息) is read, less sure.
(c) the opening before the first heading states the proactive total when sections 一 and 二 state none.
(d) a collapsed table 三 row of two equal numbers, not 0, reads its 总计 alone; 0 | 0 and three numbers stay unread.
(e) the unitless proactive part of a list in 条 (其中主动公开信息数169); an exhaustive category list (ending in 其他)
with no total of its own above the year's total is a warning, at or below it nothing.
(f) the total named as such in 件 (主动公开的各类政府信息数量66件); (g) guard: a label glued to the next row's label.
Each property of a new rule fails on the round-13 code; each guard of an old reading passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from tests.audit.messy import SETTINGS, figure_of, opening, value_of

CHANNELS = ["官方网站", "政务新媒体", "公告栏", "单位电子显示屏", "微信公众号", "政府网站", "宣传栏", "微博"]
MEANS = ["载体", "方式", "渠道", "平台", "途径"]


class TestAllChannels:
    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        channels=st.lists(st.sampled_from(CHANNELS), min_size=2, max_size=4, unique=True),
        means=st.sampled_from(MEANS),
        total=st.integers(1, 9999),
        wording=st.sampled_from(
            [
                "通过{channels}等{means}，共累计发布信息{n}条",
                "通过{channels}等{means}，及时公开政策法规、业务工作、办事指南等政府信息共{n}条",
                "通过{channels}等{means}共公开信息{n}条",
            ]
        ),
        comma=st.sampled_from(["、", "，"]),
    )
    def test_a_total_over_every_channel_named_is_read(  # noqa: PLR0913, PLR0917 - one strategy per feature of the wording
        self, year: int, channels: list[str], means: str, total: int, wording: str, comma: str
    ) -> None:
        sentence = wording.format(channels=comma.join(channels), means=means, n=total)
        page = (
            opening(year)
            + f"（一）主动公开情况。{year}年，我局{sentence}，其中工作动态{max(total - 1, 0)}条。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (total, 0.8)

    @SETTINGS
    @given(year=st.integers(2019, 2025), channel=st.sampled_from(CHANNELS), count=st.integers(1, 9999))
    def test_one_channel_s_count_stays_unread(self, year: int, channel: str, count: int) -> None:
        """Guard: one channel, no 等 — not the total (as before)."""
        page = (
            opening(year)
            + f"（一）主动公开情况。{year}年，我局通过{channel}发布信息{count}条，内容包括工作动态。\n"
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        channels=st.lists(st.sampled_from(CHANNELS), min_size=2, max_size=3, unique=True),
        total=st.integers(50, 9999),
        part=st.integers(1, 49),
    )
    def test_a_part_after_qizhong_is_no_total(
        self, year: int, channels: list[str], total: int, part: int
    ) -> None:
        """Guard: the channels after 其中 are a part of the total stated before them."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，我局主动公开政府信息{total}条，其中通过{'、'.join(channels)}等渠道"
            f"共发布信息{part}条。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        channels=st.lists(st.sampled_from(CHANNELS), min_size=2, max_size=3, unique=True),
        count=st.integers(1, 999),
        share=st.integers(1, 99),
    )
    def test_a_count_with_its_share_is_no_total(
        self, year: int, channels: list[str], count: int, share: int
    ) -> None:
        """Guard: a count followed by 占 is a part of something larger."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，通过{'、'.join(channels)}等方式共发布信息{count}条，占全部信息的{share}%。\n"
        )
        assert value_of(page, "proactive_total") is None


class TestRequestsWithTheUnitDropped:
    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        requests=st.integers(0, 999),
        verb=st.sampled_from(["受理", "收到", "接到"]),
        what=st.sampled_from(["申请公开政府信息", "政府信息公开申请", "公开申请"]),
    )
    def test_the_count_is_read_less_sure(self, year: int, requests: int, verb: str, what: str) -> None:
        page = opening(year) + f"（二）依申请公开情况。{year}年共{verb}{requests}{what}，均为当面申请。\n"
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (requests, 0.6)

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 999))
    def test_a_count_of_applicants_is_no_request_count(self, year: int, count: int) -> None:
        """Guard: 接待N申请人 / 收到N申请人的… is not the new wording (申请人 is a person)."""
        page = opening(year) + f"（二）依申请公开情况。{year}年共收到{count}申请人来电咨询。\n"
        assert value_of(page, "requests_received") is None


class TestTheOpeningStatesTheTotal:
    @SETTINGS
    @given(year=st.integers(2019, 2025), total=st.integers(1, 9999), kind=st.sampled_from(["各类", ""]))
    def test_the_opening_s_total_is_read(self, year: int, total: int, kind: str) -> None:
        page = (
            f"{year}年，我局认真贯彻《中华人民共和国政府信息公开条例》。一年来，我局主动公开了{kind}信息{total}条，"
            f"内容涵盖了重大项目、机构职能等各类信息。现将我局{year}年度政府信息公开工作报告如下:\n"
            "一、总体情况\n（一）组织领导情况。成立了政务公开领导小组。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=st.integers(2019, 2025), opening=st.integers(1, 9999), total=st.integers(1, 9999))
    def test_section_one_s_total_comes_first(self, year: int, opening: int, total: int) -> None:
        """Guard: a total in section 一 is read, whatever the opening says."""
        page = (
            f"{year}年，我局主动公开了各类信息{opening}条。现将我局{year}年度政府信息公开工作报告如下:\n"
            f"一、总体情况\n（一）主动公开情况。{year}年，我局主动公开政府信息{total}条。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 9999))
    def test_the_opening_s_channel_count_stays_unread(self, year: int, count: int) -> None:
        """Guard: only the preferred wordings (主动公开) are read from the opening; a channel's posts are not."""
        page = (
            f"{year}年，我局在政府网站共发布信息{count}条。现将我局{year}年度政府信息公开工作报告如下:\n"
            "一、总体情况\n（一）组织领导情况。成立了政务公开领导小组。\n"
        )
        assert value_of(page, "proactive_total") is None


def _collapsed_page(year: int, row_one: list[int]) -> str:
    """Table 三 one cell a line, the empty cells dropped: row 一 shows ``row_one``, row 二 is whole."""
    cells = "\n".join(str(value) for value in row_one)
    return (
        f"青山镇{year}年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人\n总计\n"
        f"一、本年新收政府信息公开申请数量\n{cells}\n二、上年结转政府信息公开申请数量\n"
        + "0\n" * 7
        + "五、存在的主要问题及改进情况\n"
    )


class TestACollapsedRowsTotal:
    @SETTINGS
    @given(year=st.integers(2021, 2025), count=st.integers(1, 9999))
    def test_two_equal_numbers_read_the_total_alone(self, year: int, count: int) -> None:
        result = audit(_collapsed_page(year, [count, count]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 6 + [count]
        placed = [f for f in result.findings if f.code == "audit.total_placed_by_sum"]
        assert len(placed) == 1
        assert not placed[0].is_error
        assert placed[0].confidence == 0.6
        assert set(result.cell_confidence.values()) >= {0.6}

    @SETTINGS
    @given(year=st.integers(2021, 2025))
    def test_two_zeros_stay_unread(self, year: int) -> None:
        """Guard: "0 | 0" fits a blank 总计 too (two applicant zeros): nothing is placed."""
        result = audit(_collapsed_page(year, [0, 0]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7
        assert "audit.short_row" in {f.code for f in result.findings}

    @SETTINGS
    @given(year=st.integers(2021, 2025), first=st.integers(0, 500), second=st.integers(1, 500))
    def test_three_numbers_stay_unread(self, year: int, first: int, second: int) -> None:
        """Guard: "a | b | a+b" may be three applicant columns with 总计 left blank: the row stays unread."""
        result = audit(_collapsed_page(year, [first, second, first + second]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7

    @SETTINGS
    @given(year=st.integers(2021, 2025), first=st.integers(1, 500), second=st.integers(0, 500))
    def test_two_unequal_numbers_stay_unread(self, year: int, first: int, second: int) -> None:
        """Guard: no placement fits (one applicant column and 总计 must be equal)."""
        if first == second:
            second += 1
        result = audit(_collapsed_page(year, [first, second]), source="p.txt")
        assert result.tables["table3"][0] == [None] * 7


CATEGORIES = ["政策文件类信息", "民政扶贫类信息", "科教卫健类信息", "安全生产类信息", "工作动态类信息"]


def _documents_page(year: int, proactive: int, on_request: int, categories: list[int], other: int) -> str:
    listed = "，".join(f"{label}{count}条" for label, count in zip(CATEGORIES, categories, strict=False))
    return opening(year) + (
        f"（一）主动公开情况。全年印发公文类政府信息共{proactive + on_request}条，其中主动公开信息数{proactive}，"
        f"依申请公开信息数{on_request}条；全年通过政府门户网站主动公开{listed}，其他应主动公开的政府信息{other}条，"
        "解读政策性文件8条。\n"
    )


class TestTheUnitlessProactivePart:
    @SETTINGS
    @given(year=st.integers(2021, 2025), proactive=st.integers(1, 999), on_request=st.integers(1, 999))
    def test_the_part_is_read_less_sure(self, year: int, proactive: int, on_request: int) -> None:
        page = _documents_page(year, proactive, on_request, [proactive], 0)
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (proactive, 0.6)

    @SETTINGS
    @given(year=st.integers(2021, 2025), proactive=st.integers(1, 999), other=st.integers(1, 999))
    def test_a_unitless_count_outside_a_list_of_items_stays_unread(
        self, year: int, proactive: int, other: int
    ) -> None:
        """Guard: the neighbours must be counts in 条; "其中主动公开信息数N" beside a count in 件 is not read."""
        page = opening(year) + (
            f"（一）主动公开情况。全年办理事项共{proactive + other}件，其中主动公开信息数{proactive}，其他{other}件。\n"
        )
        assert value_of(page, "proactive_total") is None


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int) else None


def _count_findings(page: str) -> list[tuple[str, bool, int | None, int | None]]:
    return [
        (f.code, f.is_error, _int(f.expected), _int(f.actual))
        for f in audit(page, source="p").findings
        if f.code == "text.count_mismatch"
    ]


class TestACategoryListWithNoTotal:
    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        categories=st.lists(st.integers(0, 300), min_size=2, max_size=5),
        other=st.integers(0, 50),
        excess=st.integers(1, 30),
        on_request=st.integers(1, 999),
    )
    def test_categories_above_the_total_are_a_warning(
        self, year: int, categories: list[int], other: int, excess: int, on_request: int
    ) -> None:
        parts = sum(categories) + other
        total = parts - excess
        assume(total >= 1)
        found = _count_findings(_documents_page(year, total, on_request, categories, other))
        assert found == [("text.count_mismatch", False, total, parts)]

    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        categories=st.lists(st.integers(0, 300), min_size=2, max_size=5),
        other=st.integers(0, 50),
        short=st.integers(0, 300),
        on_request=st.integers(1, 999),
    )
    def test_categories_at_or_below_the_total_say_nothing(
        self, year: int, categories: list[int], other: int, short: int, on_request: int
    ) -> None:
        """Guard: a sum below the total may be one channel's categories; equal is consistent."""
        total = sum(categories) + other + short
        assume(total >= 1)
        assert _count_findings(_documents_page(year, total, on_request, categories, other)) == []

    @SETTINGS
    @given(year=st.integers(2021, 2025), categories=st.lists(st.integers(1, 300), min_size=3, max_size=5))
    def test_a_list_not_ending_in_other_is_no_breakdown(self, year: int, categories: list[int]) -> None:
        """Guard: without 其他 the list may name some categories only: nothing is compared."""
        total = sum(categories) - 1
        listed = "，".join(f"{label}{count}条" for label, count in zip(CATEGORIES, categories, strict=False))
        page = opening(year) + (
            f"（一）主动公开情况。全年主动公开政府信息{total}条。全年通过政府门户网站主动公开{listed}。\n"
        )
        assert _count_findings(page) == []


class TestTheTotalNamedInJian:
    @SETTINGS
    @given(
        year=st.integers(2019, 2025),
        total=st.integers(1, 9999),
        wording=st.sampled_from(
            ["主动公开的各类政府信息数量{n}件", "主动公开政府信息总数为{n}件", "主动公开政务信息数{n}件"]
        ),
    )
    def test_the_named_total_is_read(self, year: int, total: int, wording: str) -> None:
        page = opening(year) + f"（一）主动公开情况。{year}年{wording.format(n=total)}。\n"
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (total, 0.8)

    @SETTINGS
    @given(year=st.integers(2019, 2025), count=st.integers(1, 9999))
    def test_documents_in_jian_stay_unread(self, year: int, count: int) -> None:
        """Guard: other counts in 件 are documents or requests, not the total."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年主动公开文件{count}件，主动公开规范性文件{count}件。\n"
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=st.integers(2019, 2025), made=st.integers(100, 9999), part=st.integers(1, 99))
    def test_a_part_after_qizhong_is_no_total(self, year: int, made: int, part: int) -> None:
        """Guard: a part of an earlier count in 件 is not the year's total by this rule."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年共制发文件{made}件，其中主动公开的政府信息数量{part}件。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is None or int(figure.value) != part


class TestALabelGluedToTheNextRowsLabel:
    @SETTINGS
    @given(year=st.integers(2021, 2025), penalties=st.integers(0, 999), coercions=st.integers(0, 999))
    def test_each_count_stays_with_its_label(self, year: int, penalties: int, coercions: int) -> None:
        """Guard (class 5, already read before this round): PDF text that glues a row's label to the number before it."""
        page = (
            f"青山镇{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "信息内容   本年制发件数   本年废止件数   现行有效件数\n规章   0   0   0\n行政规范性文件   2   1   5\n"
            "第二十条第(五)项\n信息内容   本年处理决定数量\n行政许可   52\n第二十条第(六)项\n信息内容   本年处理决定数量\n"
            f"行政处罚   {penalties}行政强制  {coercions}\n第二十条第(八)项\n信息内容   本年收费金额(单位:万元)\n"
            "行政事业性收费   0\n三、收到和处理政府信息公开申请情况\n"
        )
        table2 = audit(page, source="p.txt").tables["table2"]
        assert table2["行政处罚.本年处理决定数量"] == penalties
        assert table2["行政强制.本年处理决定数量"] == coercions
