"""Issue 14, round 58: blind 54's misses as classes.

Titles: an office's rule on its own housekeeping (公务用车, 考勤, 财务报销, 公文处理, 会议管理, 保密管理 …: the word class
organ_housekeeping) is internal management (第十六条第一款) as much as a normative document by its form (规定, 办法, 制度):
no category first, never the confident (一) of the form word alone — whoever issues it (…人民政府办公室, …局机关).
A rule on the public's matters keeps (一) clear; a village collective's 财务管理办法 keeps (一) clear.
The property tests fail on round 57's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content

_ISSUERS = ["会宁县人民政府办公室", "某县财政局", "某镇人民政府", "某区司法局", "某县", ""]

# Titles: an office's own housekeeping rule is never a confident (一).


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_ISSUERS),
    st.sampled_from(
        ["公务用车使用", "考勤", "财务报销", "公文处理", "会议管理", "保密管理", "差旅费", "公务接待"]
    ),
    st.sampled_from(["管理规定", "管理办法", "管理制度", "实施细则", "规定"]),
    st.booleans(),
)
def test_an_offices_housekeeping_rule_is_internal_first(
    issuer: str, subject: str, form: str, printed: bool
) -> None:
    """第十六条第一款: the office's own cars, attendance, claims, documents and meetings — no category first, never clear."""
    name = f"{issuer}{subject}{form}"
    title = f"关于印发《{name}》的通知" if printed else name
    result = classify_content(title)
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "某市", "某区"]),
    st.sampled_from(["城镇住房租赁补贴", "农村集体经济组织财务", "建筑垃圾", "户外广告设置"]),
    st.sampled_from(["管理办法", "管理规定", "实施细则"]),
)
def test_a_rule_on_the_publics_matters_stays_item_one(place: str, subject: str, form: str) -> None:
    """G1: a rule for the public, firms or a village collective is a normative document by its form, (一) clear."""
    result = classify_content(f"关于印发《{place}{subject}{form}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)
