"""Issue 12, twenty-first round: prose figures blind set 20 read wrong, as classes (docs/audit.md, "Twenty-first round").

(a) 各类 before the proactive total's words (``全年通过各类平台主动公开政府信息共计102条``) is every kind, not a category:
the count is the total, not a part of the breakdown after it, and a 主动公开 count no wording reads leaves the total unread
rather than a part of its breakdown; (b) a count carried over (``办结上年度结转依申请公开事项4件``)
is never the year's requests, the 新收 count after it is; (c) a count of requests handled whose part is the year's new
requests (``…121件(其中本年度新收申请数112件,…``) gives the new ones; (d) a channel's count before the 合计 of every
channel (``网上申请105件,快递17件,合计122件``) is never the year's requests: the 合计 is, when the parts add up to it,
else nothing is read; (e) items made, broken down into a part named 主动公开 and others (``共制作发布政府信息114条，其中通过
…平台主动公开信息数为54条，利用…其他形式公开60条``), state no certain total: unread. Each property of a new rule fails on
the round-20 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 300)


class TestEveryKindIsNoCategory:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=st.lists(COUNTS, min_size=2, max_size=4), inner=COUNTS)
    def test_the_total_before_its_breakdown_is_read(self, year: int, parts: list[int], inner: int) -> None:
        total = sum(parts)
        items = "\n".join(
            f"第{index + 1}方面公开({count}条):围绕财政预决算、重大项目建设等领域公开信息{inner}条。"
            for index, count in enumerate(parts)
        )
        page = opening(year) + f"全年通过各类平台主动公开政府信息共计{total}条,主要包括:\n{items}\n"
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, part=COUNTS)
    def test_a_category_part_is_still_no_total(self, year: int, part: int) -> None:
        # guard: a count after a category's name (…动态类信息N条) stays a part, 各类 or not
        page = opening(year) + f"其中公开各类政务动态类信息{part}条。\n"
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, total=COUNTS, heading=COUNTS, inner=COUNTS)
    def test_a_part_below_an_unread_total_is_never_read(
        self, year: int, total: int, heading: int, inner: int
    ) -> None:
        # a 主动公开 count no wording of the total reads (文件, no 信息): the breakdown after it is its parts
        assume(inner != total)
        page = opening(year) + (
            f"全年主动公开政策文件、通知公告共{total}条,主要包括:\n"
            f"第一方面公开({heading}条):围绕财政预决算、重大项目建设等领域公开信息{inner}条。\n"
        )
        assert value_of(page, "proactive_total") in {None, total}


class TestCarriedOverIsNoRequests:
    @SETTINGS
    @given(year=STANDARD_YEARS, carried=COUNTS, new=COUNTS)
    def test_the_new_count_after_the_carried_one_is_read(self, year: int, carried: int, new: int) -> None:
        assume(carried != new)
        page = opening(year) + (
            f"{year}年,办结上年度结转依申请公开事项{carried}件,新收依申请公开事项{new}件,均已按要求按时办结答复。\n"
        )
        assert value_of(page, "requests_received") == new

    @SETTINGS
    @given(year=STANDARD_YEARS, total=COUNTS, carried=COUNTS)
    def test_the_carried_part_after_the_count_is_taken_off(self, year: int, total: int, carried: int) -> None:
        # guard: "共受理申请N件，其中上年结转C件" (round 10's rule) still gives N - C
        assume(carried <= total)
        page = opening(year) + f"{year}年共受理政府信息公开申请{total}件，其中上年结转{carried}件。\n"
        assert value_of(page, "requests_received") == total - carried


class TestTheNewPartOfRequestsHandled:
    @SETTINGS
    @given(year=STANDARD_YEARS, new=COUNTS, carried=st.integers(1, 50))
    def test_the_new_requests_are_read(self, year: int, new: int, carried: int) -> None:
        page = opening(year) + (
            f"{year}年共受理政府信息依申请公开{new + carried}件(其中本年度新收申请数{new}件,上年结转申请数{carried}件),"
            f"已答复{new}件。\n"
        )
        assert value_of(page, "requests_received") == new


class TestChannelsBeforeTheirTotal:
    @SETTINGS
    @given(year=STANDARD_YEARS, online=COUNTS, post=COUNTS, carried=COUNTS)
    def test_the_total_of_the_channels_is_read(self, year: int, online: int, post: int, carried: int) -> None:
        page = opening(year) + (
            f"全年依申请公开共收到群众网上申请{online}件,快递{post}件,合计{online + post}件,上年结转{carried}件。\n"
        )
        assert value_of(page, "requests_received") == online + post

    @SETTINGS
    @given(year=STANDARD_YEARS, online=COUNTS, post=COUNTS, off=st.integers(1, 20))
    def test_channels_that_miss_their_total_leave_it_unread(
        self, year: int, online: int, post: int, off: int
    ) -> None:
        page = (
            opening(year) + f"全年共收到群众网上申请{online}件,快递{post}件,合计{online + post + off}件。\n"
        )
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, received=COUNTS, answered=COUNTS)
    def test_a_count_followed_by_other_statements_is_read(
        self, year: int, received: int, answered: int
    ) -> None:
        # guard: a count of requests then what became of them (no 合计) is the count
        page = opening(year) + f"全年共收到政府信息公开申请{received}件,已答复{answered}件。\n"
        assert value_of(page, "requests_received") == received


class TestItemsMadeWithAProactivePart:
    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNTS, other=COUNTS)
    def test_no_total_is_read(self, year: int, proactive: int, other: int) -> None:
        page = opening(year) + (
            f"{year}年,共制作发布政府信息{proactive + other}条,其中通过政府信息公开平台主动公开信息数为{proactive}条,"
            f"利用LED、公开栏等其他形式公开{other}条。\n"
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNTS, requested=COUNTS)
    def test_the_proactive_part_of_items_made_stays_the_total(
        self, year: int, proactive: int, requested: int
    ) -> None:
        # guard: round 14's convention, "共制作信息N条，其中主动公开信息数P条" gives P
        page = opening(year) + (
            f"{year}年共制作信息{proactive + requested}条，其中主动公开信息数{proactive}条，依申请公开信息{requested}条。\n"
        )
        assert value_of(page, "proactive_total") == proactive
