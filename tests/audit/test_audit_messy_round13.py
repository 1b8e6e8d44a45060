"""Issue 12, thirteenth round: prose figures left unread, and the classes behind them (docs/audit.md, "Thirteenth round").

(a) requests counted in 起/项/宗, or worded 收到申请公开…的要求 / 收到依申请公开 / 依申请公开…收到 / 依申请公开请求 /
发生依申请公开N次 / 依申请公开受理数量为N (no unit: a lower confidence), and in Chinese numerals (申请一条);
requests handled (办理/处理) stay unread; no request: 未接收到依申请公开, 申请:无.
(b) no lawsuit in a sentence that says nothing of reviews (未发生…行政诉讼, 无行政诉讼案件); 行政复议数量N件.
(c) proactive totals worded 主动公开政府信息的数N条 and 公开各类…等信息N条; one channel's total stays unread.
(d) a ``|`` inside a 《》 title is no cell border: the line stays prose.
(e) ``score_formats`` counts distinct labels: a label repeated is one piece of evidence.
(f) shares that fit their list's own sum and not the base the page names are real inconsistencies (errors).
Each property of a new rule fails on the round-12 code; each guard of an old reading passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._audit._auditor import _audit_page
from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._tables import score_formats, tokenize
from tests.audit.messy import SETTINGS, figure_of, opening, value_of

REQUEST_WORDINGS = [
    "收到政府信息公开申请{n}项，全部予以公开",
    "我局收到申请总数为{n}起",
    "共收到依申请公开信息申请{n}起",
    "收到申请人申请公开政府信息{n}起",
    "受理并按时回复政府信息依申请公开事项{n}项",
    "收到申请公开政府信息的要求{n}件，完成答复",
    "我局收到依申请公开{n}项，并在规定时间内办结",
    "政府信息依申请公开系统共收到{n}宗信息",
    "我镇依申请公开请求{n}件",
    "本单位发生依申请公开{n}次",
]


class TestRequestsInOtherUnitsAndWordings:
    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        requests=st.integers(1, 400),
        wording=st.sampled_from(REQUEST_WORDINGS),
    )
    def test_the_count_is_read_with_the_sentence_s_confidence(
        self, year: int, requests: int, wording: str
    ) -> None:
        page = opening(year) + f"（二）依申请公开情况。{year}年，{wording.format(n=requests)}。\n"
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert int(figure.value) == requests
        assert figure.confidence == 0.8

    @SETTINGS
    @given(year=st.integers(2021, 2025), requests=st.integers(1, 400))
    def test_a_count_with_no_unit_is_read_less_sure(self, year: int, requests: int) -> None:
        page = opening(year) + (
            f"（二）依申请公开情况。{year}年，我局收到公开政府信息的申请，依申请公开受理数量为{requests}，"
            "均按时答复。\n"
        )
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (int(figure.value), figure.confidence) == (requests, 0.6)

    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        requests=st.sampled_from([(1, "一"), (2, "两"), (3, "三"), (10, "十"), (12, "十二"), (45, "四十五")]),
        unit=st.sampled_from(["件", "条", "项"]),
    )
    def test_a_count_in_chinese_numerals(self, year: int, requests: tuple[int, str], unit: str) -> None:
        page = opening(year) + (
            f"（二）依申请公开。{year}年通过各类公开途径收到和处理政府信息公开申请{requests[1]}{unit}。\n"
        )
        assert value_of(page, "requests_received") == requests[0]

    @SETTINGS
    @given(year=st.integers(2021, 2025), handled=st.integers(1, 9999), carried=st.integers(0, 99))
    def test_requests_handled_are_no_requests_received(self, year: int, handled: int, carried: int) -> None:
        """Guard: 办理/处理 counts requests handled (those carried over too): unread, as before."""
        page = opening(year) + (
            f"各级行政机关累计办理政府信息公开申请{handled}件，结转下年度继续办理{carried}件。"
            f"全年处理政府信息公开申请{handled}条。\n"
        )
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=st.integers(2021, 2025), requests=st.integers(2, 400), part=st.integers(1, 400))
    def test_a_part_after_the_count_is_still_no_total(self, year: int, requests: int, part: int) -> None:
        """The new wording keeps the old rule: a count after 其中 is a part of the first count, never read instead."""
        page = opening(year) + (
            f"（二）依申请公开情况。{year}年，我镇依申请公开请求{requests}件，其中网络平台收到{part}件。\n"
        )
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        wording=st.sampled_from(
            ["未接收到依申请公开", "未接收到政府信息公开申请", "依申请受理信息公开申请:无"]
        ),
    )
    def test_no_request_stated_in_words_is_a_zero(self, year: int, wording: str) -> None:
        page = opening(year) + f"（二）依申请公开。{year}年我单位{wording}。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 99))
    def test_items_disclosed_on_request_are_no_requests(self, year: int, items: int) -> None:
        """Guard: 依申请公开信息数N条 counts items, not requests: unread."""
        page = opening(year) + (
            f"我局通过门户网站主动公开政府信息{items + 5}条，依申请公开信息数{items}条。\n"
        )
        assert value_of(page, "requests_received") is None


class TestNoLawsuitAndReviewCounts:
    @SETTINGS
    @given(
        year=st.integers(2021, 2025),
        wording=st.sampled_from(
            [
                "未发生因政府信息公开而引发的行政诉讼",
                "未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况",
                "全年未收到依申请公开事项，无行政诉讼案件",
            ]
        ),
    )
    def test_a_lawsuit_stated_not_to_have_happened_is_a_zero(self, year: int, wording: str) -> None:
        page = opening(year) + f"（四）{wording}。\n"
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=st.integers(2021, 2025), pending=st.integers(1, 20))
    def test_a_count_of_lawsuits_is_never_a_zero(self, year: int, pending: int) -> None:
        """Guard: a negation before a counted lawsuit (未审结的行政诉讼N件) is the count, never 0."""
        page = opening(year) + f"（四）本年度未审结的行政诉讼{pending}件。\n"
        assert value_of(page, "lawsuits") != 0

    @SETTINGS
    @given(year=st.integers(2020, 2025), reviews=st.integers(0, 50))
    def test_a_count_of_reviews_named_by_its_quantity(self, year: int, reviews: int) -> None:
        page = opening(year) + (
            f"（四）因政府信息公开申请行政复议、行政诉讼情况：{year}年政府信息公开行政复议数量{reviews}件。\n"
        )
        assert value_of(page, "administrative_reviews") == reviews


class TestProactiveTotals:
    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999))
    def test_the_count_of_items_with_a_de(self, year: int, items: int) -> None:
        page = (
            opening(year)
            + f"（一）主动公开政府信息情况。{year}年我局主动公开政府信息的数{items}条，主要包括应急管理。\n"
        )
        assert value_of(page, "proactive_total") == items

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999))
    def test_every_kind_listed_is_the_total(self, year: int, items: int) -> None:
        page = opening(year) + (
            f"（一）主动公开情况。强化重点工作信息公开，{year}年公开各类部门文件、工作计划总结、财政资金等信息{items}条。\n"
        )
        assert value_of(page, "proactive_total") == items

    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999), part=st.integers(1, 9999))
    def test_one_channel_s_count_stays_unread(self, year: int, items: int, part: int) -> None:
        """Guard: a total of one channel (通过网站…) is not the proactive total."""
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，通过政府网站公开各类部门文件、财政资金等信息{items}条，其中工作动态{part}条。\n"
        )
        assert value_of(page, "proactive_total") is None


class TestAPipeInATitle:
    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_a_report_on_one_line_keeps_its_prose(self, year: int, items: int, requests: int) -> None:
        line = (
            f"根据《中华人民共和国政府信息公开条例》编制本报告。一、总体情况{year}年，我局通过公众号发布《我为群众办实事|"
            f"快速检测结果天天报》系列文章。截至{year}年12月31日，主动公开政府信息{items}条。"
            f"{year}年共收到政府信息公开申请{requests}件，予以公开{requests}件。"
        )
        page = f"{year}年度政府信息公开工作年度报告\n{line}\n"
        assert not read_copied_text(page).blocks[1].cells
        assert value_of(page, "proactive_total") == items
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(cells=st.lists(st.integers(0, 99), min_size=2, max_size=7))
    def test_a_pipe_outside_a_title_still_separates_cells(self, cells: list[int]) -> None:
        """Guard: a row with pipes outside any title is a row of cells."""
        line = "《条例》第二十条 | " + " | ".join(str(cell) for cell in cells)
        assert [cell.text for cell in read_copied_text(f"标题\n{line}\n").blocks[1].cells][1:] == [
            str(cell) for cell in cells
        ]


class TestDistinctLabels:
    @SETTINGS
    @given(repeats=st.integers(2, 6), year=st.integers(2022, 2025))
    def test_one_label_repeated_is_one_piece_of_evidence(self, repeats: int, year: int) -> None:
        rows = "\n".join(["信息内容 | 本年新制作数量 | |"] * repeats)
        page = f"{year}年政府信息公开工作年度报告\n{rows}\n"
        score_2021, score_2019, distinct, tokens = score_formats(tokenize(read_copied_text(page)))
        assert (score_2021, score_2019, distinct) == (0, 1, 2)
        assert tokens == 2 * repeats  # every label token still scales the confidence of a full table

    @SETTINGS
    @given(year=st.integers(2022, 2025), repeats=st.integers(2, 4))
    def test_a_repeated_label_does_not_decide_an_incomplete_table_s_format(
        self, year: int, repeats: int
    ) -> None:
        rows = "\n".join(["信息内容 | 本年新制作数量 | |"] * repeats)
        page = opening(year) + f"二、主动公开政府信息情况\n第二十条第(一)项 | |||\n{rows}\n"
        result = _audit_page(page, previous=(), source="p", dropped=[])
        assert result.format == "2021"


class TestSharesOfTheirOwnSum:
    @SETTINGS
    @given(
        first=st.integers(200, 3000),
        second=st.integers(200, 3000),
        proactive=st.integers(50, 150),
    )
    def test_shares_against_the_named_base_are_errors(self, first: int, second: int, proactive: int) -> None:
        """Guard (pingtan_ptx_2012): the base the page names is the proactive total; the shares do not fit it."""
        made = first + second
        share_1 = round(100 * first / made, 1)
        share_2 = round(100 - share_1, 1)
        page = (
            "平潭县人民政府2012年政府信息公开工作年度报告\n本报告所列数据的统计期限自2012年1月1日起至2012年12月31日。\n"
            "一、概述\n我县认真贯彻《条例》。\n二、主动公开政府信息情况\n"
            f"2012年制作、获取政府信息总数{made}条，其中主动公开政府信息{proactive}条。"
            f"主动公开的政府信息，县直各单位主动公开政府信息{first}条，占{share_1}%。"
            f"各乡镇主动公开政府信息{second}条，占{share_2}%。\n"
        )
        findings = audit(page, source="p").findings
        assert {f.code for f in findings if f.is_error} >= {"legacy.share_mismatch", "legacy.count_mismatch"}
