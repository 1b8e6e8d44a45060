# Round 47
"""A terse zero under the requests' heading: 未收申请要求 (round 47).

Blind 43's ``wuyuan_lcj_2023``: "(二)依申请公开情况 / 2023年,我局未收申请要求。" left the requests unread: the zero named no
OGI word (政府信息公开/依申请公开), and 收 stood for 收到. Under the heading of the requests' part — 依申请公开(情况) in
section 一, or section 三's 收到和处理政府信息公开申请情况 — the heading says which requests; anywhere else 申请 may be
any application, never read. The properties fail on the round-46 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

REQUESTS_HEADINGS = st.sampled_from(
    [
        "（二）依申请公开情况",
        "（二）依申请公开",
        "(二)依申请公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
    ]
)
NEGATIONS = st.sampled_from(["未", "没有", "无"])
VERBS = st.sampled_from(["收", "收到", "接到", "受理"])
TAILS = st.sampled_from(["", "要求", "事项"])
SUBJECTS = st.sampled_from(["我局", "本机关", "我单位"])
PROACTIVE = "（一）主动公开情况\n2023年共发布信息35条。\n"


def _page(year: int, heading: str, body: str) -> str:
    return (
        opening(year) + PROACTIVE + f"{heading}\n{body}\n（三）政府信息管理\n我局健全了信息发布审核制度。\n"
    )


class TestTerseZeroUnderTheRequestsHeading:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, heading=REQUESTS_HEADINGS, wording=st.tuples(SUBJECTS, NEGATIONS, VERBS, TAILS)
    )
    def test_no_application_under_the_heading_is_no_request(
        self, year: int, heading: str, wording: tuple[str, str, str, str]
    ) -> None:
        who, negation, verb, tail = wording
        page = _page(year, heading, f"{year}年,{who}{negation}{verb}申请{tail}。")
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, negation=NEGATIONS, verb=VERBS, tail=TAILS)
    def test_guard_the_same_words_elsewhere_stay_unread(
        self, year: int, negation: str, verb: str, tail: str
    ) -> None:
        page = opening(year) + f"（一）主动公开情况\n2023年共发布信息35条,{negation}{verb}申请{tail}。\n"
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        heading=REQUESTS_HEADINGS,
        other=st.sampled_from(["行政复议申请", "信息处理费减免申请", "延期答复申请", "行政许可申请"]),
    )
    def test_guard_another_application_stays_unread(self, year: int, heading: str, other: str) -> None:
        page = _page(year, heading, f"{year}年,我局未收到{other}。")
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, heading=REQUESTS_HEADINGS, count=st.integers(1, 99))
    def test_guard_a_count_in_digits_is_read_as_before(self, year: int, heading: str, count: int) -> None:
        page = _page(year, heading, f"{year}年,我局收到政府信息公开申请{count}件,均已按时答复。")
        assert value_of(page, "requests_received") == count
