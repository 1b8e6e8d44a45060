# Round 45
"""Applications to an approval or service hall are not requests for government information (round 45).

Blind 41's ``pingtan_ptzhsyq_2014``/``_2015``: "区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件" was read as
the year's requests (the pages state 1 and 0). 条例 第二十七条's requests are requests for government information: a
count of 申请 whose own clause names no disclosure (信息公开, 依申请公开, 公开申请 …) is another service's when its
sentence names that service (审批, 政务服务, 行政服务中心, 窗口, 入驻, 办件, 便民服务, 12345, 热线); it is never read, and a
later sentence may state the requests. The properties fail on the round-44 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, opening, value_of

SERVICES = st.sampled_from(
    (
        "区县已入驻审批服务部门和单位{n}个，开设窗口{m}个，",
        "建立窗口服务大厅，政务服务中心开设窗口{m}个，",
        "行政服务中心入驻单位{n}个，",
        "12345热线平台运行良好，便民服务中心全年",
    )
)
VERBS = st.sampled_from(("共受理申请", "受理申请", "共收到申请"))
# A hall's sentence, as both properties write it: the service, the verb, two counts of units and windows, the applications.
HALL_SENTENCE = {
    "service": SERVICES,
    "verb": VERBS,
    "n": st.integers(2, 60),
    "m": st.integers(2, 60),
    "count": st.integers(100, 200000),
}


def _service_sentence(service: str, verb: str, n: int, m: int, count: int) -> str:
    return service.format(n=n, m=m) + f"{verb}{count}件。"


class TestAnotherServicesApplications:
    @SETTINGS
    @given(year=LEGACY_YEARS, requests=st.integers(0, 40), **HALL_SENTENCE)
    def test_legacy_a_halls_applications_are_not_the_requests(  # noqa: PLR0913 - the wording's parts
        self, year: int, *, service: str, verb: str, n: int, m: int, count: int, requests: int
    ) -> None:
        proactive = f"全年主动公开政府信息500条。{_service_sentence(service, verb, n, m, count)}"
        page = legacy_page(year, proactive, f"全年收到政府信息公开申请{requests}件。")
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(year=STANDARD_YEARS, **HALL_SENTENCE)
    def test_standard_a_halls_applications_are_unread(  # noqa: PLR0913 - the wording's parts
        self, year: int, *, service: str, verb: str, n: int, m: int, count: int
    ) -> None:
        page = opening(year) + _service_sentence(service, verb, n, m, count) + "\n"
        assert value_of(page, "requests_received") is None

    def test_the_blind_41_pages(self) -> None:
        for name, stated in (("pingtan_ptzhsyq_2014", 1), ("pingtan_ptzhsyq_2015", 0)):
            page = (DATA / "published_blind_41" / f"{name}.txt").read_text(encoding="utf-8")
            assert value_of(page, "requests_received") == stated


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, count=st.integers(0, 5000), window=st.sampled_from(("窗口", "行政服务中心窗口"))
    )
    def test_guard_a_disclosure_request_at_a_window_is_read(self, year: int, count: int, window: str) -> None:
        page = opening(year) + f"全年通过{window}受理政府信息公开申请{count}件。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(0, 5000), other=st.integers(2, 60))
    def test_guard_the_requests_clause_of_its_own_is_read(self, year: int, count: int, other: int) -> None:
        page = opening(year) + f"全年共受理政府信息公开申请{count}件，其他事项在审批窗口办理{other}项。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(0, 5000))
    def test_guard_a_plain_request_count_is_read(self, year: int, count: int) -> None:
        page = legacy_page(year, "全年主动公开政府信息500条。", f"全年共受理申请{count}件。")
        assert value_of(page, "requests_received") == count
