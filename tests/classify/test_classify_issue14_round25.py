"""Issue 14, round 25: the classes blind23 missed (development data since its one measurement).

Titles: a procurement notice whose buyer is named as a company or a land parcel's project, no organ, is never a clear
item (九) (政府采购法 第二条); a reply or a suggestion about a draft rule (…对审查意见的回复, …的修改建议) is never a clear
(一) by the rule's name inside it; choosing a provider of a service (公开遴选…咨询单位) is procurement (九), not item (十四)'s
遴选 of civil servants; the publicity of accepted applications (…申请受理情况公示) is item (五) over a project word.
Replies: a grant told with 你 (…提供给你) beside a refusal is a partial grant (第三十七条); a private body's own matter said
to be no government information (…内部经营事项…不是政府信息) is 其他 (第二条). Applicants: a nationality before a
person's role noun (日本籍投资人) is a person's; a full name read 其他 only by a generic 中心 leaves the short form's own
kind (…公益) standing.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._labels import ApplicantType
from tests.classify.samples import PLACES

_PLACES = st.sampled_from(PLACES)
_NOTICES = st.sampled_from(
    ["磋商公告", "竞争性磋商公告", "谈判公告", "询价公告", "采购公告", "招标公告", "中标结果公告"]
)
_SERVICES = st.sampled_from(["造价咨询服务", "工程监理", "勘察设计", "物业管理服务"])


# Titles (scheme 2019.27).
@settings(deadline=None)
@given(
    st.sampled_from(["正定新城", "临江新区", "东湖片区"]),
    st.integers(min_value=1, max_value=299),
    _SERVICES,
    _NOTICES,
)
def test_a_parcel_project_s_tender_is_never_a_clear_procurement(
    area: str, number: int, service: str, notice: str
) -> None:
    """正定新城91号地块…磋商公告: a development site names no organ as the buyer — (九) is never clear."""
    result = classify_content(f"{area}{number}号地块{service}项目{notice}")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["华油金地物业公司", "某建设集团有限公司", "某实业股份公司"]),
    _SERVICES,
    st.sampled_from(["磋商公告", "谈判公告", "询价公告", "招标结果", "流标公告"]),
)
def test_a_company_s_own_procurement_notice_is_never_clear(company: str, service: str, notice: str) -> None:
    """Every procurement-notice word brings the company rule, not only 采购 and the result words."""
    result = classify_content(f"{company}{service}项目{notice}")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["某县教育局", "某区人民政府", "某市自然资源和规划局", "某镇人民政府"]),
    st.integers(min_value=1, max_value=299),
    _SERVICES,
    st.sampled_from(["竞争性磋商公告", "询价公告", "中标结果公告"]),
)
def test_an_organ_s_parcel_tender_keeps_item_nine(organ: str, number: int, service: str, notice: str) -> None:
    """An organ named as the buyer: the parcel rule stays silent and the notice is (九)."""
    result = classify_content(f"{organ}{number}号地块{service}项目{notice}")
    assert result.category == "A20.09"
    assert result.runner_up is None or result.runner_up.rule_id != "none.not_government.parcel_project"


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["民政局", "人力资源和社会保障局", "住房和城乡建设局"]),
    st.sampled_from(["临时救助实施办法", "公共租赁住房管理办法", "就业补助资金管理规定"]),
    st.sampled_from(
        ["就《{}》对法制办审查意见的回复", "关于《{}》（征求意见稿）的修改建议", "对《{}》修改意见的复函"]
    ),
)
def test_a_reply_about_a_draft_rule_is_never_a_clear_rule(
    place: str, organ: str, rule: str, shape: str
) -> None:
    """…就《…办法》对法制办审查意见的回复: the title reports a reply about the rule (round 16's head), never clear (一)."""
    result = classify_content(f"{place}{organ}{shape.format(place + rule)}")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["农业农村局", "财政局", "交通运输局"]),
    st.sampled_from(["公开遴选", "遴选", "公开选取"]),
    st.sampled_from(["2026年度项目造价咨询单位", "全过程工程咨询机构", "第三方评估机构", "会计师事务所"]),
)
def test_choosing_a_service_provider_is_procurement(place: str, organ: str, verb: str, provider: str) -> None:
    """公开遴选…造价咨询单位的公告: a paid service is bought (政府采购法 第二条) — (九), not (十四)."""
    result = classify_content(f"{place}{organ}关于{verb}{provider}的公告")
    assert result.category == "A20.09"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["市直机关", "县直单位"]),
    st.sampled_from(["公开遴选公务员公告", "遴选公务员考察对象名单"]),
)
def test_selecting_civil_servants_stays_item_fourteen(place: str, body: str, what: str) -> None:
    """遴选 of civil servants names no provider: the selection rule stays silent."""
    result = classify_content(f"{place}2026年度{body}{what}")
    assert result.rule_id != "A20.09.service_selection"
    assert result.category != "A20.09"


@settings(deadline=None)
@given(
    st.dates().map(lambda day: f"{day.year}年{day.month}月{day.day}日"),
    st.sampled_from(["建设项目竣工环境保护验收", "建设项目环境影响评价文件审批", "排污许可"]),
    st.sampled_from(["申请受理情况公示", "受理情况公告", "申请受理情况一览"]),
)
def test_accepted_applications_publicity_is_item_five(day: str, matter: str, shape: str) -> None:
    """…竣工环境保护验收申请受理情况公示: the organ's handling of applications (五), over the project's (十)."""
    result = classify_content(f"{day}{matter}{shape}")
    assert result.category == "A20.05"
    assert result.confidence is Confidence.CLEAR


# Replies (scheme 2021.22).
@settings(deadline=None)
@given(
    st.sampled_from(["2019年预算公开表中的一般公共预算支出表", "该项目的环评批复", "2023年度部门决算"]),
    st.sampled_from(["提供给你", "发送给你", "邮寄给你"]),
    st.sampled_from(
        ["各股室办公经费明细属于内部管理信息", "会议纪要属于过程性信息", "举报人信息涉及个人隐私"]
    ),
    st.sampled_from(["不予提供", "不予公开"]),
)
def test_a_grant_and_a_refusal_to_you_is_a_partial_grant(
    granted: str, verb: str, refused: str, refusal: str
) -> None:
    """现将…提供给你；你同时申请的…不予提供: part given, part refused — 第三十七条, counted only as 部分公开."""
    result = classify_outcome(f"现将{granted}{verb}；你同时申请的{refused}，{refusal}。")
    assert result.category == "partially_granted"


@settings(deadline=None)
@given(
    st.sampled_from(["普查表是普查对象的原始资料", "该材料涉及国家秘密"]),
    st.sampled_from(["故不能提供给你", "无法提供给你"]),
)
def test_a_refusal_told_to_you_grants_nothing(reason: str, refusal: str) -> None:
    """故不能提供给你 refuses: the grant words inside it give nothing."""
    result = classify_outcome(f"{reason}，{refusal}，不予公开。")
    assert result.category != "partially_granted"


@settings(deadline=None)
@given(
    st.sampled_from(["合作社的分红方案", "企业的薪酬制度", "公司的股东会决议"]),
    st.sampled_from(["属于合作社内部经营事项", "属于企业自身经营事项", "属于公司内部经营管理事项"]),
    st.sampled_from(["既非本机关制作，也非本机关履职中获取，", "本机关未制作也未获取，", ""]),
    st.sampled_from(["不是政府信息", "并非政府信息", "不构成政府信息"]),
)
def test_a_private_body_s_own_matter_is_no_government_information(
    thing: str, matter: str, not_made: str, verdict: str
) -> None:
    """…内部经营事项…不是政府信息: answered on its content (第二条), 其他 — though the organ did not make it either."""
    result = classify_outcome(f"{thing}{matter}，{not_made}{verdict}，本机关无法提供。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(["查处某餐馆油烟扰民问题", "解释某政策的适用"]))
def test_no_ogi_request_is_not_read_as_no_government_information(matter: str) -> None:
    """不是政府信息公开申请 says the request is of another kind: the new rule stays silent."""
    result = classify_outcome(f"你要求{matter}，不是政府信息公开申请，已转相关部门办理。")
    assert result.rule_id != "outcome.other_other.not_government_information"


# Applicants (scheme 2021.26).
@settings(deadline=None)
@given(
    st.sampled_from(["佐藤健一", "金子美穗子", "渡边一郎"]),
    st.sampled_from(["日本籍投资人", "韩国籍投资者", "美国籍专家", "德国籍工程师"]),
    st.sampled_from(["委托北京某咨询公司职员代为邮寄申请", "委托某贸易公司员工代为递交申请"]),
)
def test_a_foreign_person_by_a_courier_is_a_natural_person(name: str, who: str, courier: str) -> None:
    """佐藤健一（日本籍投资人，委托…公司职员代为邮寄…）: only a person has a nationality; the courier's employer is no applicant."""
    result = classify_applicant(f"{name}（{who}，{courier}，申请公开其投资项目的环评批复）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(["一加一残障人公益", "彩虹公益", "晨光公益"]),
    st.sampled_from(["北京一加一残障人文化发展中心", "某市彩虹社会服务中心", "某县晨光文化交流中心"]),
)
def test_a_public_interest_short_form_of_a_generic_centre_is_an_ngo(short: str, full: str) -> None:
    """…公益（…文化发展中心的简称）: a bare 中心 says nothing of the kind; the short form's 公益 does (社会公益组织)."""
    result = classify_applicant(f"{short}（{full}的简称，以中心名义申请公开无障碍设施验收资料）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(
    st.sampled_from(["中建八局", "某某八局"]),
    st.sampled_from(["中国建筑第八工程局有限公司", "某某建设集团有限公司"]),
)
def test_a_full_name_read_by_its_own_word_still_decides(short: str, full: str) -> None:
    """Round 15 stands: a full name read by a word of its own (有限公司) decides over the short form's 局."""
    result = classify_applicant(f"{short}（{full}的简称）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
