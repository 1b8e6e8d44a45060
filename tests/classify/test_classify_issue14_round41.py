"""Issue 14, round 41: blind39's confident wrong answers and misses (development data).

Titles: the rules a body makes about its own government-information work (政府信息公开 with 制度, 办法, 规定, 细则 …)
are never a clear (一); a works project's pre-approval notice (…工程批前公示) is (五) first with (十) beside it, never
decided, while a notice naming its licence (…规划许可证批前公示) keeps (五).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_ISSUER = st.sampled_from(["市政府办公厅", "某县人民政府办公室", "天津市人民政府办公厅", "某区"])
_ISSUE = st.sampled_from(["关于印发", "印发", "关于发布"])
_PLACE = st.sampled_from(["天津市", "某县", "某区", ""])
_FORM = st.sampled_from(["相关配套制度", "配套制度", "工作规定", "工作实施细则", "申请办理办法", "暂行规定"])
_WORKS = st.sampled_from(["污水处理厂三期工程", "某某路改造工程", "某小学扩建项目", "某供水管网改造项目"])
_NOTICE = st.sampled_from(["批前公示", "审批前公示"])
_LICENCE = st.sampled_from(["建设工程规划许可证", "施工许可阶段", "项目总平面图"])


@settings(max_examples=40, deadline=None)
@given(_ISSUER, _ISSUE, _PLACE, _FORM)
def test_a_bodys_rules_about_its_own_disclosure_work_are_never_a_clear_item_one(
    issuer: str, issue: str, place: str, form: str
) -> None:
    """政府信息公开 with a form word: (一) first at most, never decided (blind39's 配套制度, blind37's class)."""
    result = classify_content(f"{issuer}{issue}{place}政府信息公开{form}的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.AMBIGUOUS)
    assert result.rule_id == "A20.01.rules_about_ogi"


@settings(max_examples=20, deadline=None)
@given(_ISSUER, _ISSUE, st.sampled_from(["工作制度及处理文书汇编", "工作规定及文书汇编"]))
def test_a_compilation_of_disclosure_rules_is_not_read_as_a_rule(issuer: str, issue: str, form: str) -> None:
    """汇编 blocks the rule: the compilation is (十五) first, never a clear answer."""
    result = classify_content(f"{issuer}{issue}政府信息公开{form}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.AMBIGUOUS)
    assert result.rule_id == "A20.15.ogi_compilation"


@settings(max_examples=20, deadline=None)
@given(_ISSUE, st.sampled_from(["公共资源交易管理办法", "行政事业性收费管理规定", "城市绿化管理实施细则"]))
def test_a_form_word_without_disclosure_work_keeps_its_reading(issue: str, document: str) -> None:
    """Without 政府信息公开 the new rule is silent: a 管理办法 keeps (一)."""
    result = classify_content(f"某市人民政府{issue}某市{document}的通知")
    assert result.category == "A20.01"
    assert result.rule_id != "A20.01.rules_about_ogi"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["滨海新区", "某县", "中新生态城", ""]), _WORKS, _NOTICE)
def test_a_works_projects_pre_approval_notice_is_never_decided(place: str, works: str, notice: str) -> None:
    """…工程批前公示: (五) first, (十) the runner-up, never clear."""
    result = classify_content(f"{place}{works}{notice}")
    assert (result.category, result.confidence) == ("A20.05", Confidence.AMBIGUOUS)
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.10"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["某某小区", "某中学", "某工业园"]), _LICENCE, _NOTICE)
def test_a_notice_naming_its_licence_keeps_item_five(place: str, licence: str, notice: str) -> None:
    """…规划许可证批前公示: the licence's own words keep (五), decided."""
    result = classify_content(f"{place}{licence}{notice}")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


_HOLDER = st.sampled_from(["本街道办事处", "本机关", "本镇人民政府", "本局"])
_REGISTRAR = st.sampled_from(["区市场监督管理局", "县市场监督管理局", "市场监管部门"])


@settings(max_examples=40, deadline=None)
@given(_HOLDER, st.sampled_from(["制作或保存", "制作或者保存", "制作或获取"]), _REGISTRAR)
def test_a_registration_archive_the_organ_does_not_hold_is_not_held(
    holder: str, made: str, registrar: str
) -> None:
    """不由本…制作或保存 + a referral: 第三十六条第（五）项, not the archive's own query row."""
    holder = holder.removeprefix("本")
    result = classify_outcome(f"你所申请的企业登记档案，不由本{holder}{made}，请向{registrar}申请。")
    assert (result.category, result.confidence) == ("unavailable_not_held", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(_REGISTRAR)
def test_a_registration_archive_the_organ_holds_keeps_its_query_row(registrar: str) -> None:
    """The archive's own rule still answers a registrar's reply pointing to the archive query."""
    result = classify_outcome(f"你申请的企业登记档案，请按照企业登记档案查询规定到{registrar}档案窗口查询。")
    assert result.category == "withheld_administrative_inquiry"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["入学政策", "落户政策", "社保缴费政策"]),
    st.sampled_from(["我们已电话向你说明", "本机关已电话向您说明", "我们已电话说明"]),
)
def test_a_policy_question_answered_by_telephone_is_a_consultation(topic: str, answered: str) -> None:
    """…是在咨询…政策，已电话说明: 第三十九条's row (not an OGI request)."""
    result = classify_outcome(f"你问的问题是在咨询{topic}，{answered}，不按政府信息公开申请办理。")
    assert (result.category, result.confidence) == ("not_processed_petition", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["你", "您", "申请人"]),
    st.sampled_from(["放弃了该申请", "放弃申请", "放弃本次申请"]),
    st.sampled_from(["截至期限届满你未作任何补充", "期限届满后仍无回复", "逾期无回复"]),
)
def test_a_correction_not_made_is_deemed_given_up(who: str, given_up: str, lapse: str) -> None:
    """视为你放弃…: 第三十条 (逾期未补正的，视为放弃申请)."""
    result = classify_outcome(f"本机关于10月9日发出补正通知，{lapse}，按规定视为{who}{given_up}。")
    assert (result.category, result.confidence) == ("other_no_correction", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["津城家园物业公司", "某某物业服务有限公司", "某小区物业服务中心"]),
    st.sampled_from(["致业主", "致全体业主", "致广大业主"]),
    st.sampled_from(["2027年起月租车位价格上调的告知", "关于调整停车收费价格的通知", "关于电梯维修的通知"]),
)
def test_a_property_companys_letter_to_its_owners_is_no_item(company: str, to: str, what: str) -> None:
    """A property company's notice to the owners is no organ's information (第二条): no item."""
    result = classify_content(f"{company}{to}：{what}")
    assert result.category is None
    assert result.rule_id == "none.not_government.property_company"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["某街道办事处", "某区住房和城乡建设委员会", "某区房管局"]))
def test_an_organs_letter_to_owners_is_not_read_as_a_companys(organ: str) -> None:
    """An organ writing to the owners about property matters: the rule is silent."""
    result = classify_content(f"{organ}致全体业主：关于物业服务企业退出的告知")
    assert result.rule_id != "none.not_government.property_company"
