# Round 60
"""A count of one field's items, closed by 等信息N条, is not the year's proactive total (round 60).

Blind 55's ``yucheng_szf_2024`` read its proactive total as 56 (confidence 0.6) from the one count in 条 under its
主动公开 sub-heading, "做好市政府常务会议公开,公开会议议定事项、议题解读、新闻报道等信息56条": the clause before the count
sets one field's disclosure as a task (a meeting's), and the kinds closed by 等信息 are that field's; the reading records no
total. Over the development texts the shape (a task clause 做好/加强/强化 … 公开, then a 公开/发布 count closed by 等信息N条
with no year, 全年 or 共 of its own) stands on two pages, and neither reading takes it as the total. The property (that
shape alone under the sub-heading) fails on the round-59 code, which read N; the guards (the same kinds counted with
全年 or 共, or with no task clause before them) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_section_page, value_of

COUNT = st.integers(2, 900)
TASK = st.sampled_from(
    ["做好市政府常务会议公开", "加强重点领域信息公开", "强化财政资金信息公开", "深化重大项目公开"]
)
KINDS = st.sampled_from(
    ["会议议定事项、议题解读、新闻报道", "医疗救助、医疗保险主要指标", "预算、决算、专项资金使用情况"]
)
VERB = st.sampled_from(["公开", "发布", "每月定期发布"])
HEADING = "(一)主动公开"


class TestOneFieldSCountIsNoTotal:
    @SETTINGS
    @given(year=STANDARD_YEARS, task=TASK, verb=VERB, kinds=KINDS, n=COUNT)
    def test_a_field_s_count_is_never_the_total(
        self, year: int, task: str, verb: str, kinds: str, n: int
    ) -> None:
        page = proactive_section_page(year, HEADING, f"{task},{verb}{kinds}等信息{n}条。")
        assert value_of(page, "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, task=TASK, kinds=KINDS, n=COUNT, whole=st.sampled_from(["全年共", "全年", "共"])
    )
    def test_guard_the_same_kinds_counted_for_the_year_read(
        self, year: int, task: str, kinds: str, n: int, whole: str
    ) -> None:
        page = proactive_section_page(
            year, HEADING, f"{task},{whole.format(year=year)}公开{kinds}等信息{n}条。"
        )
        assert value_of(page, "proactive_total") == n

    @SETTINGS
    @given(year=STANDARD_YEARS, kinds=KINDS, n=COUNT)
    def test_guard_kinds_with_no_task_clause_read(self, year: int, kinds: str, n: int) -> None:
        page = proactive_section_page(year, HEADING, f"本单位公开{kinds}等信息{n}条。")
        assert value_of(page, "proactive_total") == n
