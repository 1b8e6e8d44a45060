"""Reply classifier: withheld information — state secrets, other laws' confidentiality clauses, third parties,
security and stability, process and internal information (第十四条 to 第十六条).

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome


def _named_laws() -> list[str]:
    text = (
        resources.files("disclosure_rules._classify").joinpath("schemes/outcome_2021.toml").read_text("utf-8")
    )
    for category in tomllib.loads(text)["axes"][0]["categories"]:
        for rule in category["rules"]:
            if rule["id"] == "outcome.withheld_prohibited_by_law.named_law":
                return list(rule["phrases"])
    return []  # pragma: no cover - the rule is bundled


# Replies (outcome 2021.16): a 规章 named …办法 is no law (第十四条: 法律、行政法规).
_RULE_NAMES = st.sampled_from(
    ["公务员录用考试违纪违规行为处理办法", "某市档案管理办法", "统计调查项目管理暂行办法"]
)


_LAW_NAMES = st.sampled_from(["兵役法", "测绘法", "某某条例"])


# Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).
@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("征信业管理条例", "全国污染源普查条例", "中华人民共和国网络安全法")),
    st.sampled_from(("不得向您提供", "应当保密，不予提供", "不得对外提供")),
)
def test_a_refusal_under_a_further_confidentiality_clause_is_the_other_law_row(law: str, words: str) -> None:
    """第十四条: a named regulation's confidentiality clause puts the refusal in 其他法律行政法规禁止公开."""
    result = classify_outcome(f"您申请的信息，依据《{law}》的规定{words}。")
    assert result.category == "withheld_prohibited_by_law"


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@pytest.mark.parametrize("law", _named_laws())
def test_every_named_law_with_a_word_of_confidentiality_withholds_under_article_14(law: str) -> None:
    """Each law or regulation with a confidentiality clause, named with a word of confidentiality, is 第十四条."""
    for reply in (
        f"你申请的信息，依照《中华人民共和国{law}》有关规定应当保密，不予提供。",
        f"根据《{law}》第八条的规定，该信息不得对外提供。",
    ):
        assert classify_outcome(reply).category == "withheld_prohibited_by_law", reply


@settings(deadline=None)
@given(
    st.sampled_from(("全国土地调查条例", "全国经济普查条例", "全国第三次国土调查条例", "全国水利普查条例")),
    st.sampled_from(("调查对象资料保密", "普查对象的资料应当保密", "单个调查对象的资料不得对外提供")),
)
def test_census_and_survey_regulations_protect_their_respondents(law: str, clause: str) -> None:
    """The census and survey regulations keep a single respondent's materials secret: 第十四条."""
    reply = f"你申请的原始调查数据，根据《{law}》关于{clause}的规定，本机关不予提供。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(
    st.sampled_from(("信访工作条例", "信访条例")),
    st.sampled_from(("不得透露给被举报人", "应当对举报人信息予以保密", "不得泄露举报人信息")),
)
def test_the_informant_clause_of_the_petition_regulations_is_article_14(law: str, clause: str) -> None:
    """Withholding an informant's materials under the petition regulations is 第十四条, not the petition row."""
    reply = f"你申请公开的举报材料，依照《{law}》{clause}的规定，本机关不予提供。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(
    st.sampled_from(("举报人的姓名", "检举人身份", "举报人信息")), st.sampled_from(("不予提供", "不予公开"))
)
def test_an_informants_identity_is_protected_by_law(what: str, refusal: str) -> None:
    """The identity of an informant is kept secret by law (信访工作条例, 监察法 …): 第十四条."""
    assert (
        classify_outcome(f"你申请的{what}依法应当保密，{refusal}。").category == "withheld_prohibited_by_law"
    )


@settings(deadline=None)
@given(
    st.sampled_from(("某有限公司", "某建设用地事务所", "第三方")),
    st.sampled_from(("逾期未提出意见，视为不同意公开", "在规定期限内未提出意见", "不同意向申请人公开")),
)
def test_a_third_party_that_refuses_or_stays_silent_is_article_15(party: str, answer: str) -> None:
    """第三十二条: the third party consulted refused or is deemed to refuse — the 第十五条 row."""
    reply = f"经书面征求意见，{party}{answer}，本机关决定不予公开。"
    assert classify_outcome(reply).category == "withheld_third_party_rights"


@settings(deadline=None)
@given(
    st.sampled_from(("民法典", "个人信息保护法")),
    st.sampled_from(("《中华人民共和国政府信息公开条例》第十五条", "《条例》第十五条")),
)
def test_a_cited_article_15_decides_over_a_privacy_law(law: str, article: str) -> None:
    """Only the third-party row stands on 第十五条: an agency that cites it says which row it means."""
    reply = f"你申请的信息涉及他人隐私，根据《{law}》及{article}的规定，不予公开。"
    assert classify_outcome(reply).category == "withheld_third_party_rights"


@settings(deadline=None)
@given(
    st.sampled_from(("社会稳定风险评估报告", "社会稳定风险评估")), st.sampled_from(("内部文件", "内部资料"))
)
def test_a_risk_assessment_named_as_an_internal_document_is_internal(document: str, internal: str) -> None:
    """社会稳定风险评估 is the name of a document, not the 三安全一稳定 ground; 内部文件 is the ground."""
    assert classify_outcome(f"{document}属{internal}，不予公开。").category == "withheld_internal_affairs"


def test_an_archive_transferred_to_the_archives_is_no_refusal_under_a_law() -> None:
    """档案法 named without a word of confidentiality decides nothing: the archive is held elsewhere now."""
    result = classify_outcome("根据《档案法》，该档案已移交县档案馆，请向县档案馆查询。")
    assert result.category != "withheld_prohibited_by_law"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("《中华人民共和国政府信息公开条例》", "《条例》", "条例")),
    st.sampled_from(("第八条、第十四条", "第八条和第十四条", "第十四条、第八条")),
)
def test_the_2007_stability_article_with_article_fourteen_is_the_stability_row(
    law: str, articles: str
) -> None:
    """2007 第八条 (三安全一稳定) cited with 第十四条 (报有关主管部门确定): the 三安全一稳定 row."""
    reason = f"经报请有关部门确定，依据{law}{articles}的规定，不予公开。"
    assert classify_outcome(reason).category == "withheld_security_stability"


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("属于秘密事项", "已定为机密级", "属于绝密级文件", "标注为秘密★5年", "标注为机密★10年")),
    st.sampled_from(("不予公开", "依法不予公开", "不予提供")),
)
def test_a_classified_matter_is_a_state_secret(secret: str, refusal: str) -> None:
    """保守国家秘密法 (2010) 第十条: 绝密、机密、秘密; the 国家秘密标志 密级★保密期限."""
    assert classify_outcome(f"你申请公开的文件{secret}，{refusal}。").category == "withheld_state_secret"


@settings(deadline=None)
@given(st.sampled_from(("商业秘密事项", "技术秘密", "工作秘密")))
def test_other_secrets_are_no_state_secret(secret: str) -> None:
    """A trade, technical or work secret is not classified information."""
    assert classify_outcome(f"你申请的信息涉及{secret}，不予公开。").category != "withheld_state_secret"


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("讨论、处理过程中的信息", "研究过程中的信息", "讨论过程中的信息")),
    st.sampled_from(("会议纪要", "内部意见", "会商记录")),
)
def test_the_information_of_a_stage_of_work_is_process_information(stage: str, thing: str) -> None:
    result = classify_outcome(f"你申请的“{thing}”属于行政机关{stage}，不予公开。")
    assert result.category == "withheld_process_information"


@settings(deadline=None)
@given(st.sampled_from(("正在调查处理", "尚在调查处理")), st.sampled_from(("案件", "投诉事项")))
def test_a_matter_under_investigation_is_process_information(words: str, matter: str) -> None:
    """第十六条第二款: information of a matter still being investigated."""
    result = classify_outcome(f"该信息涉及{words}的{matter}，公开后可能影响调查，不予公开。")
    assert result.category == "withheld_process_information"


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("兵役法", "某某管理条例", "慈善法")), st.sampled_from(("有关保密规定", "的保密条款")))
def test_a_named_laws_confidentiality_clause_is_the_other_laws_row(law: str, clause: str) -> None:
    """依照《X法》有关保密规定 … 不予公开: 其他法律行政法规禁止公开, for a law the named list lacks."""
    suffix = "" if law.endswith("条例") else "中华人民共和国"
    reply = f"你要求获取的资料，依照《{suffix}{law}》{clause}及《政府信息公开条例》第十四条，不予公开。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


def test_a_state_secret_keeps_its_row() -> None:
    reply = "该信息经依法确定为国家秘密，根据《中华人民共和国保守国家秘密法》有关保密规定，不予公开。"
    assert classify_outcome(reply).category == "withheld_state_secret"


@settings(deadline=None)
@given(st.sampled_from(("未成年人保护法", "个人信息保护法", "民法典")))
def test_the_third_partys_ground_stated_decides(law: str) -> None:
    """The reply withholds on 第十五条's ground in its words, whatever privacy law it names beside it."""
    reply = f"您申请的材料涉及他人个人信息，依据《中华人民共和国{law}》相关规定，公开会损害第三方合法权益，不予公开。"
    assert classify_outcome(reply).category == "withheld_third_party_rights"


# Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("中标企业", "该公司", "第三方")),
    st.sampled_from(("书面回复不同意公开", "回复不同意公开", "明确不同意公开")),
    st.sampled_from(("所以这部分材料不予提供。", "本机关不予公开。", "")),
)
def test_a_consulted_third_party_that_refuses_is_the_third_party_row(
    who: str, refusal: str, end: str
) -> None:
    result = classify_outcome(f"经征求意见，{who}{refusal}，{end}")
    assert result.category == "withheld_third_party_rights"


# Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("测绘法》第三十四条", "测绘法》第四十七条")), st.sampled_from(("涉密数据", "涉密信息"))
)
def test_classified_data_under_a_named_law_is_a_state_secret(law: str, kind: str) -> None:
    text = f"你申请公开的原始数据属于{kind}，根据《中华人民共和国{law}及有关保密规定，本机关不予公开。"
    assert classify_outcome(text).category == "withheld_state_secret"


@settings(deadline=None)
@given(
    st.sampled_from(("防洪设施", "供水设施", "电力设施")),
    st.sampled_from(("可能被利用破坏", "可能被不法分子利用破坏")),
)
def test_a_security_refusal_by_its_consequence(facility: str, risk: str) -> None:
    text = f"该闸门的控制程序一经公开，{risk}{facility}，依据条例第十四条本局不予公开。"
    assert classify_outcome(text).category == "withheld_security_stability"


@settings(deadline=None)
@given(st.sampled_from(("章程", "历次变更登记材料", "股东名册")))
def test_an_enterprise_registration_archive_is_an_inquiry(material: str) -> None:
    text = f"你要求提供某公司的{material}，系企业登记档案，请到市场监管部门登记档案窗口查询。"
    assert classify_outcome(text).category == "withheld_administrative_inquiry"


# Round 19 (formerly test_classify_issue14_round19.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(_RULE_NAMES, st.sampled_from(["有关保密规定", "及考试保密规定", "的保密条款"]))
def test_a_rule_named_banfa_states_no_laws_confidentiality_clause(rule: str, clause: str) -> None:
    result = classify_outcome(f"依据《{rule}》{clause}，该信息不予公开。")
    assert result.rule_id != "outcome.withheld_prohibited_by_law.named_clause"


@settings(max_examples=30, deadline=None)
@given(_LAW_NAMES, st.sampled_from(["有关保密规定", "的保密条款"]))
def test_a_laws_confidentiality_clause_keeps_its_row(law: str, clause: str) -> None:
    result = classify_outcome(f"依照《{law}》{clause}，该信息不予公开。")
    assert result.category == "withheld_prohibited_by_law"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["系统安全", "资金安全", "供水设施安全", "防洪工程安全"]),
    st.sampled_from(["可能危及", "将危及", "会危及"]),
)
def test_a_harm_named_under_article_fourteen_is_the_security_row(harm: str, verb: str) -> None:
    result = classify_outcome(f"你申请的点位分布图，公开后{verb}{harm}，根据《条例》第十四条不予公开。")
    assert result.category == "withheld_security_stability"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["可能危及", "将危及"]))
def test_a_state_secret_under_article_fourteen_keeps_its_row(verb: str) -> None:
    result = classify_outcome(f"该信息属于国家秘密，公开后{verb}国家安全，根据《条例》第十四条不予公开。")
    assert result.category == "withheld_state_secret"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["予以封存", "应当封存", "封存"]))
def test_a_record_sealed_by_the_public_order_law(sealed: str) -> None:
    result = classify_outcome(
        f"依照《中华人民共和国治安管理处罚法》关于违反治安管理记录{sealed}、不得向他人提供的规定，本机关不予公开。"
    )
    assert result.category == "withheld_prohibited_by_law"


def test_a_penalty_under_the_public_order_law_is_no_sealed_record() -> None:
    result = classify_outcome("你申请的依据《治安管理处罚法》作出的处罚案卷属于行政执法案卷，不予公开。")
    assert result.rule_id != "outcome.withheld_prohibited_by_law.sealed_record"
