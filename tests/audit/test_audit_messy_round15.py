"""Issue 12, fifteenth round: blind 13's two wrong legacy totals, as classes (docs/audit.md, "Fifteenth round").

(a) a count of items NOT disclosed (不予公开/免予公开/不公开/暂不公开/未公开…信息N条) is never the proactive total, and
the total's own wording 主动公开信息的有N条 is read; (b) a qualifier in brackets between the total's words and its
count (共主动公开政府信息(公文平台发文)113条) no longer hides the total, and after a 主动公开 count — read or not — a
channel named as the subject (政府网站公开信息数71条) is never taken for it; (c) 没有依申请公开 reads as 无依申请公开.
Each property of a new rule fails on the round-14 code; each guard of an old reading passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of

NEGATIONS = ["不予", "免予", "不", "暂不", "未", "依法不予"]
VERBS = ["有", "为", "共"]
QUALIFIERS = ["公文平台发文", "含转载", "不含重复发布", "公文类", "按文件计"]
CHANNELS = ["政府网站", "政务微信", "政务微博", "门户网站", "微信公众号", "政务新媒体", "信息公开栏"]


class TestWithheldCounts:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(0, 9999),
        withheld=st.integers(1, 9999),
        negation=st.sampled_from(NEGATIONS),
        verb=st.sampled_from(VERBS),
    )
    def test_the_total_is_read_and_the_withheld_count_never(
        self, year: int, total: int, withheld: int, negation: str, verb: str
    ) -> None:
        """``daoxian_wgxj_2013_mirror``: 主动公开信息的有5条 … 不予公开信息有10条 — the total is 5."""
        page = legacy_page(
            year,
            f"{year}年度主动公开信息的{verb}{total}条;",
            f"{year}年度没有依申请公开信息的情况。{negation}公开信息有{withheld}条,主要是人事安排的信息。",
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        withheld=st.integers(1, 9999),
        negation=st.sampled_from(NEGATIONS),
        proactive_word=st.sampled_from(["", "主动"]),
    )
    def test_a_withheld_count_alone_is_never_the_total(
        self, year: int, withheld: int, negation: str, proactive_word: str
    ) -> None:
        page = legacy_page(
            year,
            "本局按照要求做好政府信息公开工作。",
            f"本年度{negation}{proactive_word}公开信息有{withheld}条,主要是涉及个人隐私的信息。",
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 9999), verb=st.sampled_from(["", "共", "累计"]))
    def test_guard_a_plain_total_is_read_as_before(self, year: int, total: int, verb: str) -> None:
        """Guard: 公开信息N条 with no negation before it stays the total (no 主动公开 on the page)."""
        page = legacy_page(year, f"{year}年全年{verb}公开信息{total}条。")
        assert value_of(page, "proactive_total") == total


class TestBracketsAndChannels:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(1, 9999),
        qualifier=st.sampled_from(QUALIFIERS),
        bracket=st.sampled_from(["()", "（）"]),
        channels=st.lists(
            st.tuples(st.sampled_from(CHANNELS), st.integers(1, 9999)),
            min_size=0,
            max_size=2,
            unique_by=lambda c: c[0],
        ),
    )
    def test_a_bracketed_qualifier_before_the_count_is_read(
        self, year: int, total: int, qualifier: str, bracket: str, channels: list[tuple[str, int]]
    ) -> None:
        """``jinyun_sanxi_2018``: 共主动公开政府信息(公文平台发文)113条,政府网站公开信息数71条 — 113."""
        after = "".join(f",{channel}公开信息数{count}条" for channel, count in channels)
        page = legacy_page(
            year,
            f"(一)主动公开政府信息的数量:{year}年度我乡共主动公开政府信息{bracket[0]}{qualifier}{bracket[1]}"
            f"{total}条{after}。",
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(10, 9999),
        channel=st.sampled_from(CHANNELS),
        count=st.integers(1, 9999),
        joiner=st.sampled_from([",", "。"]),
    )
    def test_a_channel_after_an_unread_total_is_never_the_total(
        self, year: int, total: int, channel: str, count: int, joiner: str
    ) -> None:
        """A total the rules cannot read (a digit in its brackets): the channel's count after it is not taken."""
        page = legacy_page(
            year,
            f"{year}年度我乡共主动公开政府信息(含转载{total // 2}条){total}条{joiner}{channel}公开信息数{count}条。",
        )
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, channel=st.sampled_from(CHANNELS), count=st.integers(1, 9999))
    def test_guard_a_channel_s_count_alone_is_read_as_before(
        self, year: int, channel: str, count: int
    ) -> None:
        """Guard: a page whose only count is one channel's (市政府门户网站公开…共计3437条) keeps it as the total."""
        page = legacy_page(year, f"{year}年,{channel}公开信息{count}条。")
        assert value_of(page, "proactive_total") == count


class TestNoRequests:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 999))
    def test_no_on_request_disclosure_reads_as_no_request(self, year: int, total: int) -> None:
        """``daoxian_wgxj_2013_mirror``: 2013年度没有依申请公开信息的情况 — as 无依申请公开, requests 0."""
        page = legacy_page(year, f"全年主动公开政府信息{total}条。", f"{year}年度没有依申请公开信息的情况。")
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(0, 999))
    def test_guard_a_review_caused_by_a_request_says_nothing_of_requests(self, year: int, total: int) -> None:
        page = legacy_page(year, f"全年主动公开政府信息{total}条。", "本年度没有依申请公开引起的行政复议。")
        assert value_of(page, "requests_received") is None
