"""Issue 14: the applicant's capacity, refusals under another law, corrected requests, mandated disclosures.

Each test names the class of the law or format it checks; the property tests vary the names and words around
the phrase that decides.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

PERSONS = ("张伟", "王芳", "李某", "陈某某", "欧阳晓明", "刘**")
COMPANIES = ("某某建设工程有限公司", "北京天坛股份有限公司", "某某科技研究院有限公司", "某某法律咨询有限公司")
JOBS = ("某某有限公司员工", "律师", "某某大学教授", "村民委员会主任", "美国籍", "某某律师事务所律师")


@given(st.sampled_from(PERSONS), st.sampled_from(JOBS))
def test_a_person_with_a_job_or_employer_beside_the_name_is_a_natural_person(person: str, job: str) -> None:
    result = classify_applicant(f"{person}（{job}）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@given(st.sampled_from(COMPANIES), st.sampled_from(PERSONS))
def test_an_agent_takes_the_principals_column(company: str, agent: str) -> None:
    result = classify_applicant(f"受{company}委托，{agent}律师代为申请")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.agent_for_principal"


@given(st.sampled_from(PERSONS), st.sampled_from(("某某律师事务所", "某某法律援助中心")))
def test_a_law_firm_acting_for_a_person_counts_the_person(person: str, firm: str) -> None:
    result = classify_applicant(f"{firm}受{person}委托代为申请")
    assert result.category is ApplicantType.NATURAL_PERSON


@given(st.sampled_from(("某某律师事务所律师", "某某公司总经理", "某研究院研究员")), st.sampled_from(PERSONS))
def test_own_name_is_a_natural_person_whatever_the_job(role: str, person: str) -> None:
    result = classify_applicant(f"{role}{person}以个人名义")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.own_name"


@given(st.lists(st.sampled_from(PERSONS), min_size=2, max_size=4), st.integers(2, 30))
def test_jointly_signed_requests_are_natural_persons(people: list[str], count: int) -> None:
    result = classify_applicant(f"{'、'.join(people)}等{count}人")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.joint"


def test_a_legal_representative_acts_for_the_company() -> None:
    assert (
        classify_applicant("某某建设工程有限公司法定代表人").category is ApplicantType.COMMERCIAL_ENTERPRISE
    )


def test_an_organisation_follows_what_it_is_not_the_words_in_its_name() -> None:
    assert classify_applicant("某某法律咨询有限公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


LAWS = (
    "统计法",
    "全国人口普查条例",
    "全国经济普查条例",
    "税收征收管理法",
    "未成年人保护法",
    "商业银行法",
    "社会保险法",
)
SECRECY = ("应当予以保密", "不得对外提供", "不得泄露", "不予公开")


@given(st.sampled_from(LAWS), st.sampled_from(SECRECY))
def test_a_named_laws_confidentiality_clause_is_prohibited_by_law(law: str, secrecy: str) -> None:
    result = classify_outcome(f"您申请的信息依照《中华人民共和国{law}》的规定{secrecy}。")
    assert result.category == "withheld_prohibited_by_law"


@pytest.mark.parametrize(
    "text",
    [
        "所申请资料属于能够识别单个统计调查对象身份的资料，不予提供。",
        "该信息属于纳税人涉税保密信息。",
        "相关犯罪记录已依法封存。",
    ],
)
def test_the_protected_classes_without_the_laws_name(text: str) -> None:
    assert classify_outcome(text).category == "withheld_prohibited_by_law"


def test_a_named_law_does_not_outrank_a_partial_grant() -> None:
    text = "部分公开：其余部分依照统计法不得对外提供。"
    assert classify_outcome(text).category == "partially_granted"


@given(
    st.sampled_from(("补正后", "经补正，", "您虽已补正，但")),
    st.sampled_from(("仍未能明确所需信息", "仍指向不明", "与原申请内容一致", "本机关无法据此检索")),
)
def test_corrected_requests_that_still_do_not_identify_the_information(before: str, after: str) -> None:
    assert classify_outcome(f"{before}{after}").category == "unavailable_unclear_after_correction"


def test_no_correction_stays_its_own_row() -> None:
    assert classify_outcome("申请人逾期未补正，视为放弃申请").category == "other_no_correction"


@pytest.mark.parametrize(
    "title",
    [
        "对县十六届人大一次会议第3号建议的答复",
        "关于市政协十届二次会议第15号提案的答复",
        "你在县第十七届人民代表大会第二次会议期间提出的建议的答复",
        "2023年人大代表建议和政协提案办理情况",
    ],
)
def test_replies_to_suggestions_and_proposals_are_item_15(title: str) -> None:
    result = classify_content(title, level="county")
    assert result.category == "A20.15"
    assert result.rule_id == "A20.15.suggestion_replies"


def test_the_annual_report_itself_is_item_15() -> None:
    assert classify_content("某镇2023年政府信息公开工作年度报告", level="township").category == "A20.15"


# One title per item that names the item's own subject under a generic 通知/印发/批复/公布.
# (Round 6: a 裁量基准 is as much a normative document (一) as item (六), and a notice fixing a benefit standard is
# (十一) with (一) as runner-up — both "not sure", tested in test_titles_confidence.py's round 6 block — so other titles of
# items (六) and (十一) stand here.)
NAMED = [
    ("关于印发某县人民政府规范性文件管理办法的通知", "A20.01"),
    ("关于调整某局领导班子成员分工的通知", "A20.02"),
    ("关于印发某县十四五交通运输发展专项规划的通知", "A20.03"),
    ("关于印发某县2023年国民经济和社会发展统计公报的通知", "A20.04"),
    ("关于某公司取水许可申请的批复", "A20.05"),
    ("关于印发某县行政强制措施实施程序的通知", "A20.06"),
    ("关于批复某局2023年部门决算的通知", "A20.07"),
    ("关于公布某县行政事业性收费目录清单的通知", "A20.08"),
    ("关于印发某县政府集中采购目录及限额标准的通知", "A20.09"),
    ("关于某县某重大建设项目可行性研究报告的批复", "A20.10"),
    ("关于公布某县2024年低保对象名单的通知", "A20.11"),
    ("关于印发某县森林火灾应急预案的通知", "A20.12"),
    ("关于印发某县食品安全监督抽检结果的通报", "A20.13"),
    ("关于印发某县2024年考试录用公务员职位表的通知", "A20.14"),
    ("关于某县政府信息公开工作年度报告的通知", "A20.15"),
]


# Round 16: where the item's words modify another head (…班子成员分工的通知, …强制措施实施程序的通知), the item still
# wins but is not decided (classify.item_not_title_head): the title is a notice *about* the item.
NOT_AT_HEAD = {"关于调整某局领导班子成员分工的通知", "关于印发某县行政强制措施实施程序的通知"}


@pytest.mark.parametrize(("title", "item"), NAMED)
def test_a_named_item_beats_the_generic_words_around_it(title: str, item: str) -> None:
    result = classify_content(title, level="county")
    if title in NOT_AT_HEAD:
        assert (result.category, result.code) == (item, "classify.item_not_title_head")
    else:
        assert (result.category, result.confidence) == (item, Confidence.CLEAR)
