"""Issue 12, round 27: the year's total published actively over every channel named, with no 共 (blind 25).

``longyou_mohuan_2023``: ``2023年,我乡通过政府信息公开网站、公开栏、“龙游通”等平台主动发布各类信息811条,其中…`` — the
channels end in 等平台 (all of them, round 14) and 主动 … 各类 say every item: the year's total, though no 共 says the count
is over them. One channel with no 等 (``通过政府网站主动发布各类信息N条``) stays a channel's posts (round 26). The property fails on
the round-26 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

COUNTS = st.integers(1, 5000)
CHANNELS = st.sampled_from(
    ("政府信息公开网站、公开栏、“龙游通”", "政府网站、微信公众号", "门户网站、政务新媒体、公示栏")
)
MEANS = st.sampled_from(("平台", "载体", "渠道", "方式"))
VERBS = st.sampled_from(("发布", "公开"))


@SETTINGS
@given(year=STANDARD_YEARS, channels=CHANNELS, means=MEANS, verb=VERBS, total=COUNTS)
def test_every_channel_named_then_every_item_actively_is_the_total(
    year: int, channels: str, means: str, verb: str, total: int
) -> None:
    page = (
        opening(year)
        + f"{year}年,我乡通过{channels}等{means}主动{verb}各类信息{total}条,内容涵盖政策解读等。\n"
    )
    assert value_of(page, "proactive_total") == total


@SETTINGS
@given(year=STANDARD_YEARS, total=COUNTS)
def test_guard_one_channel_s_posts_are_no_total(year: int, total: int) -> None:
    page = opening(year) + f"{year}年,我乡通过政府网站主动发布各类信息{total}条,点击量达9万次。\n"
    assert value_of(page, "proactive_total") is None
