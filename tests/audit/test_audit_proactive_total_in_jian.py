# Round 50
"""The proactive total worded 主动公开政府信息N件 and ending its clause is the year's total (round 50).

Blind 33's ``sucheng_wgj_2019_tw`` states "我局全年共主動公開政府信息96件,主動公開率達到100%": 主动公开 and 政府/政务信息
say what is counted, whatever the unit, and no second count contests it. Round 14 read a count in 件 only when named
数量/总数, round 19 when its own 其中 breaks it down; the same total standing alone was unread. Not read: a clause naming
a channel (one site's count: the readings leave it), a part after 其中, a count followed by its share (占), and a count in
件 of documents (文件) or of requests. The properties fail on the round-49 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(1, 3000)
SUBJECT = st.sampled_from(["我局全年共", "本年度,我委", "全年", "本机关共", "我镇"])
INFORMATION = st.sampled_from(["政府信息", "政务信息", "各类政府信息"])
AFTER = st.sampled_from(["。", ",主动公开率达到100%。", ",无涉密信息泄露。", ";"])
CHANNEL = st.sampled_from(["通过政府网站", "在门户网站", "通过微信公众号", "在政府信息公开平台"])


class TestProactiveTotalInJian:
    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECT, information=INFORMATION, count=COUNT, after=AFTER)
    def test_the_total_in_jian_ending_its_clause_is_read(
        self, year: int, subject: str, information: str, count: int, after: str
    ) -> None:
        line = f"{subject}主动公开{information}{count}件{after}"
        assert value_of(standard_page(year, line), "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, channel=CHANNEL, count=COUNT, after=AFTER)
    def test_guard_one_channel_s_count_stays_unread(
        self, year: int, channel: str, count: int, after: str
    ) -> None:
        assert (
            value_of(standard_page(year, f"{channel}主动公开政府信息{count}件{after}"), "proactive_total")
            is None
        )

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, more=st.integers(1, 500))
    def test_guard_a_part_after_qizhong_stays_unread(self, year: int, count: int, more: int) -> None:
        line = f"全年共收到各类来文{count + more}件,其中主动公开政府信息{count}件。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, share=st.integers(1, 99))
    def test_guard_a_count_with_its_share_stays_unread(self, year: int, count: int, share: int) -> None:
        line = f"全年主动公开政府信息{count}件,占全部信息的{share}%。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, after=AFTER)
    def test_guard_documents_in_jian_stay_unread(self, year: int, count: int, after: str) -> None:
        # 文件 counts documents, not the year's items of information (blind 45's ``sanya_haitang_bgs_2020`` stays)
        assert value_of(standard_page(year, f"我办主动公开文件共{count}件{after}"), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, parts=st.integers(1, 50))
    def test_guard_the_total_its_qizhong_breaks_down_keeps_its_reading(
        self, year: int, count: int, parts: int
    ) -> None:
        line = f"主动公开政府信息{count + parts}件,其中行政许可类信息{parts}件,其他信息{count}件。"
        assert value_of(standard_page(year, line), "proactive_total") == count + parts

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_the_total_in_tiao_keeps_its_reading(self, year: int, count: int) -> None:
        assert value_of(standard_page(year, f"全年主动公开政府信息{count}条。"), "proactive_total") == count
