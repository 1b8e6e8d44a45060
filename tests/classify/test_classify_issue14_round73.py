"""Issue 14, round 73: blind 68's misses as classes built from the law's and the format's vocabulary (development data).

第二十三条 names the 政府公报 among the channels of proactive disclosure: a requested document printed in a gazette
is 第三十六条第（一）项's (予以公开: tell where to get it), while a request for the gazette itself stays 第三十九条第二款's
公开出版物. The property tests fail on round 72's code and schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome

# Class 1(a): a document printed in the gazette is already disclosed.
_REQUESTED = st.sampled_from(
    [
        "《县人民政府关于调整城区出租车运价的通知》",
        "你要的那份规范性文件",
        "《市区停车收费管理办法》",
        "该批复",
    ]
)
_PRINTED = st.sampled_from(["刊载于", "刊载在", "登载于", "刊发于", "刊发在", "刊印于", "发表于", "发表在"])
_GAZETTE = st.sampled_from(["本县《政府公报》", "《市人民政府公报》", "区政府公报", "《泾源政报》"])
_WHERE_TO_GET = st.sampled_from(
    [
        "该期公报在各乡镇便民服务中心免费取阅",
        "可到县档案馆查阅",
        "纸质公报在政务大厅免费赠阅",
        "请自行取阅",
    ]
)


@settings(max_examples=80, deadline=None)
@given(_REQUESTED, _PRINTED, _GAZETTE, _WHERE_TO_GET)
def test_a_document_printed_in_the_gazette_is_already_disclosed(
    requested: str, printed: str, gazette: str, where: str
) -> None:
    text = f"您申请的{requested}{printed}{gazette}2026年第4期，{where}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["《某县政府公报》2015年至2025年合订本", "近三年政府公报纸质合订本", "刊载于公报的规章汇编本"]
    ),
    st.sampled_from(["系公开发行的出版物", "属于公开出版物", "可通过邮局订阅"]),
)
def test_guard_a_request_for_the_gazette_itself_stays_a_publication(asked: str, said: str) -> None:
    """第三十九条第二款: the gazette or a compilation asked for itself is a 公开出版物."""
    text = f"申请人要求提供{asked}，该{said}，可在档案馆阅览室查阅，不作为政府信息公开申请处理。"
    found = classify_outcome(text)
    assert found.category == "not_processed_publication", (text, found.rule_id, found.matched)
