"""A legacy report's two recurring names have one home, the label table (``_labels.py``): the share's default base
(全部公开信息) a roll-up writes and a share finding names, and the proactive total's label (主动公开信息总数) a
wrong share is matched against and a part above it is said to exceed."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._aggregate._legacy import breakdown
from disclosure_rules._labels import LEGACY_PROACTIVE_TOTAL_LABEL, LEGACY_SHARE_OF_ALL
from disclosure_rules._models import LegacyFigures
from disclosure_rules._validation._legacy import _legacy_candidates, _share_finding, _StatedShare
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page

COUNTS = st.dictionaries(
    st.sampled_from(["文件类", "工作动态类", "通知公告类"]), st.integers(1, 300), min_size=1
)


@SETTINGS
@given(counts=COUNTS, extra=st.integers(0, 50), exhaustive=st.booleans())
def test_a_rolled_up_share_is_of_the_label_tables_base(
    counts: dict[str, int], extra: int, exhaustive: bool
) -> None:
    made = breakdown("按内容分类", counts, total=sum(counts.values()) + extra, exhaustive=exhaustive)
    assert {figure.share_of for figure in made.figures} == {LEGACY_SHARE_OF_ALL}


@SETTINGS
@given(total=st.integers(0, 5000))
def test_the_proactive_total_is_a_candidate_base_under_the_label_tables_name(total: int) -> None:
    assert _legacy_candidates(LegacyFigures(proactive_total=total)) == [(LEGACY_PROACTIVE_TOTAL_LABEL, total)]


@SETTINGS
@given(count=st.integers(1, 100), base=st.integers(101, 400), share=st.integers(1, 99))
def test_a_share_naming_no_base_is_said_to_be_of_the_label_tables_base(
    count: int, base: int, share: int
) -> None:
    stated = _StatedShare("按内容分类", "文件类", count, base, Decimal(share), None)
    finding = _share_finding(stated, ())
    assert f"{LEGACY_SHARE_OF_ALL}（{base}条）" in finding.message


@SETTINGS
@given(
    year=LEGACY_YEARS,
    total=st.integers(1, 999),
    more=st.integers(1, 999),
    category=st.sampled_from(["政策法规类", "业务动态类", "财政资金类"]),
)
def test_a_part_above_the_total_is_said_to_exceed_the_label_tables_total(
    year: int, total: int, more: int, category: str
) -> None:
    page = legacy_page(year, f"{year}年,我街道主动公开信息{total}条,其中{category}信息{total + more}条。")
    messages = [
        finding.message for finding in audited(page).findings if finding.code == "legacy.count_mismatch"
    ]
    assert messages == [
        f"“{category}”{total + more}条，多于报告所述{LEGACY_PROACTIVE_TOTAL_LABEL}{total}条。"
    ]
