"""Pages in traditional characters: mirror sites (big5 or zh-TW converted copies) of simplified reports.

A report is published in simplified characters; mirrors and wiki copies serve it converted to traditional
characters, sometimes by a converter that also swaps words (zh-TW ``檔案`` for ``文件``). Converting the
page back with a character table is enough for every official label and for the prose patterns: only the
characters of the labels and of the sentences the auditor reads need to come back exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from disclosure_rules._classify._normalize import traditional_map

# Traditional → simplified pairs that the classifier's table does not hold, for characters that occur in
# annual reports (情況, 內容, 編制, 執行, 訴訟, 欄目, 製作, 簽發 …). Characters that are also used in simplified
# text with another meaning (著, 乾, 瞭 …) are left out on purpose.
_EXTRA_PAIRS: Final = (
    "儘尽內内冊册則则勁劲勸劝叢丛喪丧嗎吗嘗尝噸吨執执堅坚塗涂墊垫壇坛壯壮夠够娛娱孫孙屍尸峽峡崗岗帥帅帳帐"
    "帶带幹干幾几庫库廈厦彌弥彎弯彥彦憂忧憑凭懇恳掛挂揮挥損损搶抢摻掺擋挡擺摆攔拦暢畅暫暂朧胧榮荣欄栏沒没"
    "沖冲況况涼凉澇涝濫滥瀏浏煩烦熱热爾尔牽牵犧牺猶犹獄狱瑪玛甦苏盜盗盧卢礙碍祕秘禪禅穀谷穎颖穫获窩窝"
    "窯窑竊窃筍笋簽签籃篮籌筹糾纠紋纹紡纺紮扎綁绑綢绸綫线綱纲緝缉締缔編编緩缓緬缅縫缝繞绕繼继纖纤缽钵"
    "罈坛罷罢習习聲声脫脱腳脚膚肤膽胆臺台舊旧艦舰艱艰茲兹莊庄莖茎華华蔣蒋薦荐薩萨藍蓝虧亏蝦虾蠶蚕製制"
    "襲袭訟讼詢询誌志誕诞語语諮咨諾诺謠谣謹谨譜谱譽誉豎竖豐丰貓猫賢贤賴赖蹤踪躍跃軀躯軌轨軸轴輯辑迴回"
    "遊游遞递郵邮醜丑醞酝釀酿針针鈔钞鉛铅銷销鋒锋錦锦錶表鍋锅鍵键鍾钟鏡镜閃闪闊阔闖闯闡阐陝陕陣阵"
    "隸隶隻只雞鸡靈灵韻韵頂顶頌颂頤颐頸颈顆颗颱台餅饼骯肮麼么黴霉"
    # 佔 (占, "佔總數的8.42%"): the zh-TW converters write it where the report prints 占 (round 56)
    "佔占"
)
# Words a zh-TW converter substitutes, put back only on a page that was converted: 文件 → 檔案 turns
# 规范性文件 into 规范性檔案 (the labels of table 二 and the 其他主动公开文件 row of the Hubei variant).
_CONVERTER_WORDS: Final = re.compile(r"(规范性|公开|政策性|其他)档案")
# 信息 → 資訊 (round 56): the same converters swap the word in 政府信息 ("我委2011年共主動公開政府資訊606條",
# beijing.gov.cn's big5 gateway, hainan_msa's zh-TW copy) — every wording of the proactive total names 信息, so
# the year's total went unread. On a converted page every 资讯 is put back: the original says 信息 there.
_CONVERTED_INFORMATION: Final = "资讯"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    mapping = traditional_map()
    pairs = _EXTRA_PAIRS
    for index in range(0, len(pairs), 2):
        mapping.setdefault(pairs[index], pairs[index + 1])
    mapping = {key: value for key, value in mapping.items() if key != value}
    table = {ord(key): value for key, value in mapping.items()}
    finder = re.compile("[" + "".join(re.escape(key) for key in mapping) + "]")
    return table, finder


# A page with fewer traditional characters than this is a simplified page quoting a name or two.
MIN_TRADITIONAL: Final = 8


# From this length on, the traditional characters are counted among the page's non-ASCII characters alone (every
# one of them is non-ASCII): a large page is mostly markup, and dropping its ASCII bytes in C costs less than the
# character-class scan over all of it (2.1 → 0.9 ms on the 358 KB corpus page); a small page is scanned whole.
_COUNT_BEYOND_ASCII_FROM: Final = 32_768
_ASCII_BYTES: Final = bytes(range(128))
# ...unless the page is mostly text: dropping its few ASCII bytes keeps nearly all of it, and costs more than the
# scan (a text-heavy 200 KB page, 85 % of its characters beyond ASCII: 0.45 → 0.21 ms). Every _SAMPLE_STRIDE-th
# character tells which (either way the same characters are counted: the choice is of speed only).
_SAMPLE_STRIDE: Final = 97


def beyond_ascii(text: str) -> str:
    """The characters of ``text`` that are not ASCII, in order (a lone surrogate too)."""
    return (
        text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    )


def _mostly_ascii(text: str) -> bool:
    """Whether most of a sample of ``text``'s characters (every ``_SAMPLE_STRIDE``-th) are ASCII."""
    sample = text[::_SAMPLE_STRIDE]
    return 2 * len(beyond_ascii(sample)) < len(sample)


def _counted_characters(text: str) -> str:
    """The characters of the page among which its traditional ones are counted: all, or the non-ASCII ones."""
    return beyond_ascii(text) if len(text) >= _COUNT_BEYOND_ASCII_FROM and _mostly_ascii(text) else text


def simplify(text: str) -> tuple[str, bool]:
    """The page in simplified characters, and whether it was written in traditional characters."""
    table, finder = _table()
    found = 0
    counted = _counted_characters(text)
    for _ in finder.finditer(counted):
        found += 1
        if found >= MIN_TRADITIONAL:
            break
    if found < MIN_TRADITIONAL:
        return text, False
    # Only the traditional characters are visited (the regex engine skips the rest in C): time grows with what
    # is traditional, where str.translate would look up every character of the page in the table.
    converted = finder.sub(lambda match: table[ord(match.group())], text)
    converted = converted.replace(_CONVERTED_INFORMATION, "信息")
    return _CONVERTER_WORDS.sub(r"\1文件", converted), True


# Mirrors of PDF reports sometimes print the pinyin after a character ("報(bào)告", "濟(jì)南"): the annotation
# breaks every word it falls in (本报告, 公开, 申请). A syllable in brackets right after a Chinese character, with
# a tone mark, is such an annotation; a page with a few of them has them removed (a page quoting one or two
# pronunciations is left alone).
_TONE_MARKS: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN: Final = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONE_MARKS}][a-zü]{{0,5}}[)）]")
MIN_PINYIN: Final = 3
_PINYIN_SPAN: Final = 20_000  # the annotations are counted in the page's opening


def without_pinyin(text: str) -> tuple[str, bool]:
    """The page without pinyin annotations after its characters, and whether it had them."""
    # A tone mark is rare on a report page: looking for one first spares the annotation pattern's scan. Each mark
    # is looked for alone (``in``: a fast search in C), three times faster than a class of the 24 tested character
    # by character (0.030 → 0.009 ms on the 21 KB page; the same answer, tests/audit/test_audit_speed15.py).
    if (
        not any(map(text[:_PINYIN_SPAN].__contains__, _TONE_MARKS))
        or len(_PINYIN.findall(text, 0, _PINYIN_SPAN)) < MIN_PINYIN
    ):
        return text, False
    return _PINYIN.sub("", text), True
