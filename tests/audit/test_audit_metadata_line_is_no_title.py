# Round 67
"""A page's publication metadata is no title (round 67).

Blind 61's ``jiading_sthjj_2020`` opens with its site's information table, ``索引号: …/2021-00005 发布机构: 区生态环境局`` /
``发文日期: 2021年01月28日 主题分类: 政府信息公开年报``, and its title ``2020年度上海市嘉定区生态环境局 政府信息公开工作年度报告``
follows. The second line ends in 年报 and holds a year, so round 66 took it for the title: year 2021 with the evidence
标题 (the publication date's year, the year after the report's). Now a line with a field of the information table
(索引号, 发布机构, 发文日期, 成文日期, 发布日期, 发布时间, 主题分类, 文号, 关键词, 浏览次数, 来源, 信息来源, 字体) is never the
title. The first two properties fail on the round-66 code; the guard (a metadata block whose lines do not end like a
title, before a real title) passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, standard_page

# the other fields of an information table's line, beside the date and the subject
FIELDS = st.lists(
    st.sampled_from(
        [
            "发布机构: 区生态环境局",
            "文号: 无",
            "关键词:",
            "浏览次数: 128",
            "来源: 本局",
            "信息来源：办公室",
            "【字体: 大 中 小】",
        ]
    ),
    max_size=3,
    unique=True,
)
DATE_FIELDS = st.sampled_from(["发文日期", "成文日期", "发布日期", "发布时间"])
# a date written with its 年 (a date with - or / never read as a year in a title)
DATES = st.sampled_from(["{y}年{m:02d}月{d:02d}日", "{y}年{m}月{d}日", "{y} 年 {m} 月 {d} 日"])
SUBJECTS = st.sampled_from(
    ["主题分类: 政府信息公开年报", "主题分类：政府信息公开年度报告", "主题分类:年度报告"]
)
SEPARATORS = st.sampled_from([" ", "  ", "\t", "　"])
MONTHS = st.integers(1, 3)
DAYS = st.integers(1, 28)


Block = tuple[list[str], str, str, str, str, int, int]


def _metadata_block(published: int, block: Block) -> str:
    """An information table: an index line, then the line with the date, the other fields, and the subject last."""
    fields, date_field, date, subject, separator, month, day = block
    dated = f"{date_field}: " + date.format(y=published, m=month, d=day)
    line = separator.join([dated, *fields, subject])
    return f"索引号: 00001434-9/{published}-00005\n{line}\n"


BLOCKS = st.tuples(FIELDS, DATE_FIELDS, DATES, SUBJECTS, SEPARATORS, MONTHS, DAYS)


class TestMetadataLineIsNoTitle:
    @SETTINGS
    @given(year=STANDARD_YEARS, block=BLOCKS)
    def test_the_title_after_the_metadata_gives_the_year(self, year: int, block: Block) -> None:
        page = _metadata_block(year + 1, block) + "\n" + standard_page(year, "")
        result = audit(page)
        assert (result.year, result.year_evidence) == (year, "标题")

    @SETTINGS
    @given(year=STANDARD_YEARS, block=BLOCKS)
    def test_metadata_without_a_title_gives_no_title_year(self, year: int, block: Block) -> None:
        page = (
            _metadata_block(year + 1, block)
            + "\n"
            + opening(year)
            + "\n二、收到和处理政府信息公开申请情况\n全年未收到政府信息公开申请。\n"
        )
        result = audit(page)
        assert result.year_evidence != "标题"
        assert result.year == year


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, block=BLOCKS)
    def test_a_title_line_after_a_plain_metadata_block_stays_the_title(self, year: int, block: Block) -> None:
        fields, date_field, date, _subject, separator, month, day = block
        plain = _metadata_block(year + 1, (fields, date_field, date, "主题分类: 其他", separator, month, day))
        result = audit(plain + f"\n某市某局{year}年政府信息公开工作年度报告\n" + opening(year))
        assert (result.year, result.year_evidence) == (year, "标题")
