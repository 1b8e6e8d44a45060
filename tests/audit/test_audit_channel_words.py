"""Issue 12, round 34: one table of channel words (``CHANNEL_WORDS``), the channel patterns built from it.

A tidy: no answer may change. Each pattern built from the table is compared with the literal pattern it replaced (the
round-33 text, kept here as the specification) on strings made of channel words and the words around them, by every
way the auditor uses it (``search``, ``match``, ``fullmatch``: the same match, the same span and groups). The word
order inside an alternation changes nothing: the patterns are yes/no tests or anchored, and no channel word extends
another by a character that may follow it.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import _narrative as narrative
from tests.audit.messy import SETTINGS

# The patterns as written before the tidy (round 33's, with this round's 服务平台 in ``_CHANNEL_NAME``), word for word.
BEFORE: dict[str, str] = {
    "_CHANNEL_SUBJECT": r"(?:网站|网|微信|微博|公众号|新媒体|客户端|宣传栏|公开栏|公告栏|公示栏|政务栏|显示屏|电子屏|报刊|报纸|电视|广播"
    r"|平台|门户|APP|App|app|头条号|抖音号?)(?:上|中|内)?(?:共|累计|共计)?$",
    "_A_CHANNEL": r"网站|网|平台|门户|微信|微博|公众号|新媒体|客户端|抖音|头条|公开栏|宣传栏",
    "_CHANNEL_NAME": r"^(?:[\u4e00-\u9fff]{0,6}?(?:网站|网|微信(?:订阅号|服务号|公众平台)?|微博|公众号|新媒体|客户端|抖音|头条号?"
    r"|公开栏|宣传栏|公示栏|电子屏|显示屏|学习强国|APP|app)|[\u4e00-\u9fff]{2,14}?服务平台)(?:主动公开|公开发布|发布|公开|推送)?"
    r"(?:(?:政府|政务)?信息)?(?:共|为)?(?:\d+期)?\d+条$",
    "_CHANNEL_COUNT_PART": r"^(?:通过|在)?(?P<name>[^,，;；。、\d]{0,16}?(?:网站|网|微信公众号|公众号|微信|微博|客户端|抖音|头条号?"
    r"|视频号|新媒体|公开栏|宣传栏|公示栏|电子屏|显示屏)[”\"]?)(?:上)?(?:公开|发布|转发|推送|公布)(?:了)?(?:政府|政务)?信息"
    r"(?:数|数量)?(?:为|共)?(?P<count>\d+)条$",
    "_CHANNEL_KIND": r"网站|网络|公众号|微信|微博|抖音|快手|视频号|头条|客户端|新媒体|公示栏|公开栏|宣传栏|电子屏|显示屏|信函|当面|传真"
    r"|其他(?:方式|渠道|途径|形式)",
    "_OTHER_CHANNEL": r"^(?:通过)?其他(?:方式|渠道|途径|形式)(?:公开|发布|公布)?[^,，;；。\d]{0,12}?\d+条$",
}
TABLE_WORDS = sorted({word for words in narrative.CHANNEL_WORDS.values() for word in words})
OTHER_WORDS = [
    "头条号", "抖音号", "微信订阅号", "微信服务号", "微信公众平台", "微信公众号", "学习强国", "视频号", "快手", "网络", "信函",
    "当面", "传真", "服务平台", "门户网站", "网上", "网格", "其他方式", "其他载体", "其他形式", "公告", "屏",
]  # fmt: skip
FILLER = [
    "某县",
    "“某某”",
    "”",
    "上",
    "共",
    "累计",
    "发布",
    "公开",
    "推送",
    "信息",
    "政府",
    "12",
    "条",
    "5期",
    "中",
    "类",
    "通过",
]
PIECES = st.lists(st.sampled_from(TABLE_WORDS + OTHER_WORDS + FILLER), min_size=1, max_size=6).map("".join)


def _same(before: re.Pattern[str], after: re.Pattern[str], text: str) -> None:
    for way in ("search", "match", "fullmatch"):
        old, new = getattr(before, way)(text), getattr(after, way)(text)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), (way, text)


@SETTINGS
@given(text=PIECES, name=st.sampled_from(sorted(BEFORE)))
def test_each_pattern_built_from_the_table_matches_as_before(text: str, name: str) -> None:
    _same(re.compile(BEFORE[name]), getattr(narrative, name), text)


@SETTINGS
@given(word=st.sampled_from(TABLE_WORDS + OTHER_WORDS), name=st.sampled_from(sorted(BEFORE)))
def test_every_word_in_its_frames_matches_as_before(word: str, name: str) -> None:
    for frame in (
        "{w}",
        "某局{w}共",
        "县{w}发布信息12条",
        "{w}12条",
        "“某某”{w}”上公开信息5条",
        "某{w}类",
        "其他{w}3条",
    ):
        _same(re.compile(BEFORE[name]), getattr(narrative, name), frame.format(w=word))


def test_the_word_lists_are_the_table_s() -> None:
    assert narrative._LIST_BREAKERS == (
        "其中",
        "总",
        "通过",
        "采用",
        "利用",
        "微博",
        "微信",
        "访问",
        "复议",
        "诉讼",
    )
    assert narrative._CHANNEL_WORDS == (
        "通过",
        "利用",
        "采用",
        "依托",
        "网站",
        "平台",
        "微信",
        "微博",
        "公众号",
        "新媒体",
    )
    assert set(narrative._CHANNEL_WORDS) - set(narrative._CHANNEL_VERBS) <= set(TABLE_WORDS)
    # every kind's words are a channel to the list patterns' kinds test, or said otherwise in its comment
    kind = narrative._CHANNEL_KIND
    assert all(kind.search(word) for word in narrative.CHANNEL_WORDS["new_media"])
    assert not any(kind.search(word) for word in narrative.CHANNEL_WORDS["press"])
