"""Issue 12, eighth round: the classes blind set 7 and the PDF/Word document evaluation showed.

(a) a part after 其中 is never the proactive total when the clause before 其中 states what was made public
(``累计公开186条信息，其中，行政网站信息主动公开42条，…``: 186, not 42).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _figure(page: str, name: str) -> int | None:
    figures = {figure.name: figure.value for figure in audit(page, source="p").figures}
    value = figures.get(name)
    return None if value is None else int(value)


_OPENING = "青山街道办事处2020年政府信息公开工作报告\n一、总体情况\n"


class TestPartAfterQizhongIsNoTotal:
    @SETTINGS
    @given(
        first=st.integers(1, 400),
        second=st.integers(1, 400),
        total_words=st.sampled_from(["累计公开{t}条信息", "共公开{t}条信息", "主动公开政府信息{t}条"]),
        part_words=st.sampled_from(["行政网站信息主动公开{n}条", "门户网站主动公开信息{n}条"]),
    )
    def test_the_total_before_qizhong_is_read(
        self, first: int, second: int, total_words: str, part_words: str
    ) -> None:
        total = first + second
        page = (
            _OPENING
            + "（一）主动公开。"
            + total_words.format(t=total)
            + "，其中，"
            + part_words.format(n=first)
            + f"，同时在政务微信平台公开政务信息{second}条。\n"
        )
        assert _figure(page, "proactive_total") == total

    @SETTINGS
    @given(made=st.integers(300, 900), public=st.integers(1, 299))
    def test_a_part_of_what_was_made_is_still_the_total(self, made: int, public: int) -> None:
        # 制作、获取 is no disclosure: its 其中 part states the year's proactive total
        page = (
            _OPENING + f"全年制作、获取政府信息总数{made}条，其中主动公开政府信息{public}条，"
            f"依申请公开信息数{made - public}条。\n"
        )
        assert _figure(page, "proactive_total") == public
