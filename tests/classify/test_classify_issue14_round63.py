"""Issue 14, round 63: blind 59's misses as classes.

A reply of several outcomes is read clause by clause: each clause (cut at ；/。) takes the row the scheme's rules give it
alone, and a given part (sent, e-mailed, handed over, pointed to where it is published) beside a part withheld, not
held or otherwise handled counts only as 部分公开 — the scheme's ``clause_combination``, data with its reason. A promised
proactive publication (将主动公开) gives nothing now. A person acting for a body named only by a pointer (代本公司申请,
代表本所申请, 以本院名义申请) or by its kind (代表业主委员会申请) applies for that body; a pointer nothing resolves leaves no
column; a business named by its licence (营业执照载明为…经营部) is a 商业企业. The property tests fail on round 62's code
and schemes; the guards hold on both.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType
from disclosure_rules._classify import (
    ClassifyError,
    classify_applicant,
    classify_outcome,
    scheme_from_mapping,
)
from disclosure_rules._classify._scheme import read_bundled_scheme

_GIVEN = [
    "申请事项二即《林地征占用审核同意书》，本机关现将其扫描件发送至你预留的电子邮箱",
    "中标通知书复印件我们当场交给你了",
    "第二、第五份已在本局官网公布，已告知网址",
    "公示表已随本答复书一并邮寄",
]
_NOT_GIVEN = [
    "申请事项一涉及国家秘密（机密级），依法不予公开",
    "纳税明细系依据《中华人民共和国税收征收管理法》第八条由税务机关保密的纳税人信息，本局无权提供",
    "第一、第三份经检索未找到",
    "施工单位的工人工资表属于企业内部资料，不属于政府信息",
]
_PROMISE = ["方案正式出台后本机关将主动公开", "待正式批复后，我们会按规定主动公开", "定稿后将向社会公开"]
_PERSON = st.sampled_from(["李经理", "王某", "张国庆", "何某", "赵主任"])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_NOT_GIVEN), st.booleans())
def test_a_given_clause_beside_a_refused_clause_is_partial(
    given_part: str, refused: str, first: bool
) -> None:
    """Each clause read alone; one given and one withheld, absent or not government information: 部分公开."""
    parts = [given_part, refused] if first else [refused, given_part]
    text = "经审查，" + "；".join(parts) + "。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_PROMISE))
def test_a_promised_publication_gives_nothing_now(promise: str) -> None:
    """过程性信息 withheld with a promise to publish later: the ground's row, never 部分公开."""
    text = f"你申请的收费调整方案仍处于征求意见和内部研究阶段，属于过程性信息，不予公开；{promise}。"
    assert classify_outcome(text).category == "withheld_process_information"


@settings(max_examples=30, deadline=None)
@given(_PERSON, st.sampled_from(["代本公司申请", "代表本公司申请", "以本公司名义申请"]))
def test_a_company_named_by_its_pointer_is_a_business(person: str, acting: str) -> None:
    assert classify_applicant(f"{person}（凭本公司出具的授权委托书，{acting}公开用地出让公告）").category is (
        ApplicantType.COMMERCIAL_ENTERPRISE
    )


@settings(max_examples=30, deadline=None)
@given(_PERSON, st.sampled_from(["代表本所申请", "以本所名义申请", "代本所申请"]))
def test_a_law_firm_named_by_its_pointer_beside_a_lawyer(person: str, acting: str) -> None:
    found = classify_applicant(f"{person}（本所执业律师，持所函{acting}公开评估机构的选定程序）")
    assert found.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["孙副研究员", "钱研究员", "周某"]), st.sampled_from(["以本院名义申请", "代表本院申请"])
)
def test_an_institute_named_by_its_pointer_beside_a_researcher(person: str, acting: str) -> None:
    found = classify_applicant(f"{person}（经本院科研处盖章同意，{acting}公开湿地监测数据）")
    assert found.category is ApplicantType.RESEARCH_INSTITUTION


@settings(max_examples=20, deadline=None)
@given(_PERSON, st.sampled_from(["业主委员会", "村民委员会"]))
def test_a_committee_named_by_its_kind_is_the_applicant(person: str, committee: str) -> None:
    """以…主任身份，代表业主委员会申请: the committee applies (its own column), not the chair as a person."""
    found = classify_applicant(f"{person}（以阳光{committee}主任身份，代表{committee}申请公开规划变更批复）")
    assert found.category is ApplicantType.OTHER


@settings(max_examples=20, deadline=None)
@given(_PERSON)
def test_a_pointer_nothing_resolves_is_unanswered(person: str) -> None:
    """代表本单位申请 names no kind: no column, rather than 自然人 by the name's shape."""
    assert classify_applicant(f"{person}（代表本单位申请公开项目批复）").category is None


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["丰源", "金禾", "田园"]), st.sampled_from(["农资经营部", "五金店", "便利店"]))
def test_a_business_named_by_its_licence(name: str, shop: str) -> None:
    found = classify_applicant(f"{name}（申请人自填名称，营业执照载明为天峨县{name}{shop}，个体工商户）")
    assert found.category is ApplicantType.COMMERCIAL_ENTERPRISE


def _with_combination(combination: dict[str, Any]) -> dict[str, Any]:
    data = read_bundled_scheme("outcome_2021")
    data["clause_combination"] = combination
    return data


def test_a_combination_naming_an_unknown_row_is_refused() -> None:
    combination = dict(
        read_bundled_scheme("outcome_2021")["clause_combination"], given=["granted", "no_such_row"]
    )
    with pytest.raises(ClassifyError, match="no_such_row"):
        scheme_from_mapping(_with_combination(combination), source="test")


# Guards: hold on round 62's code and on this round's.


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_GIVEN))
def test_given_parts_only_stay_granted(first: str, second: str) -> None:
    assert classify_outcome(f"经审查，{first}；{second}。").category == "granted"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["请向市自然资源局申请", "建议你向区财政局咨询"]))
def test_a_referral_is_no_given_part(referral: str) -> None:
    text = f"经检索，本机关未制作该信息；{referral}。"
    assert classify_outcome(text).category != "partially_granted"


def test_a_case_file_beside_its_published_decision_keeps_its_ground() -> None:
    text = "你申请的询问笔录属于行政执法案卷信息，本局不予公开；处罚决定书已在本局网站公示。"
    assert classify_outcome(text).category == "withheld_enforcement_case_file"


def test_a_third_party_that_consented_stays_granted() -> None:
    text = "经审查，您要求获取的政府信息涉及商业秘密。经征求权利人意见，其同意公开，本机关予以公开。将通过邮寄方式予以提供。"
    assert classify_outcome(text).category == "granted"


@settings(max_examples=20, deadline=None)
@given(_PERSON)
def test_a_person_in_their_own_name_stays_a_person(person: str) -> None:
    assert (
        classify_applicant(f"{person}（以个人名义申请公开本人社保缴费记录）").category
        is ApplicantType.NATURAL_PERSON
    )


def test_an_agent_company_is_no_principal() -> None:
    """委托国内代理公司提交申请: the company is the agent; the person applies."""
    found = classify_applicant("田中浩（日本籍投资者，委托国内代理公司提交申请，申请人栏写本人姓名）")
    assert found.category is ApplicantType.NATURAL_PERSON
