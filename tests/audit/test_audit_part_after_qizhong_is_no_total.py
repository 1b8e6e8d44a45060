# Round 61
"""A channel's count after the 其中 of an unread 共 count is never the total (round 61).

Blind 56's ``liupanshui_yjj_2024`` read its proactive total as 424 from "通过局门户网站和微信公众号共公开与单位及行业领域
相关的安全生产、防灾减灾救灾等各类非涉密信息1057条,其中局门户网站公开信息633条,涉及…;局微信公众号(凉都应急管理)公开
信息424条": the 共 count went unread (its long qualifier before 信息 is no wording of the total) and, the sentence split at
the semicolon, the second channel's count was the first count left standing. A count in 条 under 共 whose 其中 breaks it
into parts put out (公开/发布 … N条) makes every later count a part, read or not: the property (no part is ever the total)
fails on the round-60 code; the guards (the same list under a readable total reads the total; a channel's count with no
共 count before it reads) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_section_page, value_of

HEADING = "(一)主动公开"
QUALIFIER = st.sampled_from(
    [
        "与单位及行业领域相关的安全生产、防灾减灾救灾等各类非涉密信息",
        "涉及本部门职能的政策文件、工作动态、通知公告等各类非涉密信息",
        "与群众生产生活密切相关的各类非涉密信息",
    ]
)
ABOUT = st.sampled_from(
    ["涉及机关简介、权责清单、重点领域、人事信息、计划总结、统计信息", "涉及工作动态、宣传教育、政策法规等"]
)
SEPARATOR = st.sampled_from([";", "。"])


class TestPartAfterQizhongIsNoTotal:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        qualifier=QUALIFIER,
        about=ABOUT,
        separator=SEPARATOR,
        counts=st.tuples(st.integers(2, 900), st.integers(2, 900)),
    )
    def test_no_channel_s_count_is_the_total(
        self, year: int, qualifier: str, about: str, separator: str, counts: tuple[int, int]
    ) -> None:
        first, second = counts
        total = first + second
        text = (
            f"{year}年,本局通过局门户网站和微信公众号共公开{qualifier}{total}条,其中局门户网站公开信息{first}条,"
            f"{about}{separator}局微信公众号(本局发布)公开信息{second}条,{about}。"
        )
        read = value_of(proactive_section_page(year, HEADING, text), "proactive_total")
        assert read in (None, total)


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        about=ABOUT,
        separator=SEPARATOR,
        first=st.integers(2, 900),
        second=st.integers(2, 900),
    )
    def test_guard_a_readable_total_reads(
        self, year: int, about: str, separator: str, first: int, second: int
    ) -> None:
        total = first + second
        text = (
            f"{year}年,本局共主动公开政府信息{total}条,其中局门户网站公开信息{first}条,"
            f"{about}{separator}局微信公众号公开信息{second}条,{about}。"
        )
        assert value_of(proactive_section_page(year, HEADING, text), "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(2, 900))
    def test_guard_one_count_with_no_total_before_it_reads(self, year: int, count: int) -> None:
        text = f"{year}年,本局在门户网站公开政府信息{count}条。"
        assert value_of(proactive_section_page(year, HEADING, text), "proactive_total") == count
