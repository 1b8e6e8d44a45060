# Round 66
"""A documents' 依申请公开 attribute is no count of requests (round 66).

Blind 60's ``putuo_sthjj_2021``: ``全年行政发文共21件,主动公开18件,依申请公开3件。`` splits the documents issued by their
公开属性 (主动公开 / 依申请公开 / 不予公开); its requests are ``本年度共收到申请10件`` under (二)依申请公开. Round 65 read 3.
Now a verbless 依申请公开N件 after a documents' count (发文, 制发, 印发, 文件, 公文), beside 主动公开N or 不予公开N in the
same list, is not read, and the page's own count of requests stands. The properties fail on the round-65 code; the
guards (a received count beside the documents' list; 依申请公开政府信息N件 stated with no documents' count) pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, overview_page, value_of

DOCUMENTS = st.sampled_from(
    [
        "全年行政发文共{n}件",
        "全年制发文件{n}件",
        "本年度印发规范性文件共计{n}件",
        "全年制发公文{n}件",
        "全年发文{n}件,其中",
    ]
)
ORDERS = st.sampled_from(
    [
        ("主动公开", "依申请公开", "不予公开"),
        ("依申请公开", "主动公开", "不予公开"),
        ("主动公开", "不予公开", "依申请公开"),
        ("主动公开", "依申请公开"),
        ("依申请公开", "主动公开"),
        ("依申请公开", "不予公开"),
    ]
)
SEPARATORS = st.sampled_from([",", "，", "、"])
COUNTS = st.integers(0, 99)


def _documents_sentence(
    documents: str, order: tuple[str, ...], separator: str, counts: dict[str, int]
) -> str:
    total = sum(counts[attribute] for attribute in order)
    parts = separator.join(f"{attribute}{counts[attribute]}件" for attribute in order)
    opener = documents.format(n=total)
    return opener + ("" if opener.endswith("其中") else ",") + parts + "。"


ATTRIBUTE_COUNTS = st.fixed_dictionaries({"主动公开": COUNTS, "依申请公开": COUNTS, "不予公开": COUNTS})
# a documents' list: its opening, the order of its attributes, the mark between them
LISTS = st.tuples(DOCUMENTS, ORDERS, SEPARATORS)


class TestDocumentsAttributeIsNoRequest:
    @SETTINGS
    @given(year=STANDARD_YEARS, documents_list=LISTS, counts=ATTRIBUTE_COUNTS, requests=COUNTS)
    def test_the_page_s_own_requests_stand(
        self,
        year: int,
        documents_list: tuple[str, tuple[str, ...], str],
        counts: dict[str, int],
        requests: int,
    ) -> None:
        assume(requests != counts["依申请公开"])
        page = (
            opening(year)
            + _documents_sentence(*documents_list, counts)
            + f"\n(二)依申请公开情况\n本年度共收到申请{requests}件,作出答复{requests}件。\n"
        )
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(year=STANDARD_YEARS, documents_list=LISTS, counts=ATTRIBUTE_COUNTS)
    def test_with_no_request_sentence_the_requests_stay_unread(
        self, year: int, documents_list: tuple[str, tuple[str, ...], str], counts: dict[str, int]
    ) -> None:
        page = overview_page(year, _documents_sentence(*documents_list, counts))
        assert value_of(page, "requests_received") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, documents=DOCUMENTS, counts=ATTRIBUTE_COUNTS, requests=COUNTS)
    def test_guard_a_received_count_beside_the_documents_list_is_read(
        self, year: int, documents: str, counts: dict[str, int], requests: int
    ) -> None:
        sentence = _documents_sentence(documents, ("主动公开", "不予公开"), ",", counts)
        page = overview_page(year, sentence[:-1] + f";收到政府信息公开申请{requests}件。")
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNTS, requests=COUNTS)
    def test_guard_requests_named_with_no_documents_count_are_read_as_before(
        self, year: int, proactive: int, requests: int
    ) -> None:
        sentence = f"全年主动公开政府信息{proactive}条,依申请公开政府信息{requests}件。"
        assert value_of(overview_page(year, sentence), "requests_received") == requests
