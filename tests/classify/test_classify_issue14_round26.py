"""Issue 14, round 26: the classes blind24 missed (development data since its one measurement).

Titles: the 应急预案 of a named enterprise or facility (an airport, a company, a group, a hospital) with no organ and no
region's government named is never a clear item (十二), whose plans are the governments' (突发事件应对法); a project's
规划选址意见 is the site licence of item (五), not a plan of item (三). Replies: a refusal naming an article of a law
that protects the information (依据《…法》第N条，…依法受到保护) is 第十四条's prohibition; a repeated request told in the
reply's own words (…完全一致，…已就此答复过你，此次不再另行答复) is 第三十六条（六）. Applicants: a consulting, appraisal or
accounting firm stated beside a short name decides over the bare name's shape.

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

_FACILITIES = st.sampled_from(
    ["上海虹桥国际机场", "白云国际机场", "某航空有限公司", "某能源集团", "协和医院", "某港务有限公司"]
)
_HAZARDS = st.sampled_from(["突发事件", "火灾事故", "突发公共卫生事件", "防汛防台", "大面积停电事件"])
_GOVERNMENTS = st.sampled_from(["上海市人民政府", "某县人民政府办公室", "某市应急管理局", "某区人民政府"])


# Titles (scheme 2019.28).
@settings(deadline=None)
@given(
    _FACILITIES,
    _HAZARDS,
    st.sampled_from(["关于印发{}的通知", "{}", "关于修订{}的通知"]),
)
def test_an_enterprise_s_own_emergency_plan_is_never_clear(facility: str, hazard: str, frame: str) -> None:
    """关于印发…国际机场突发事件应急预案的通知 with no organ named: item (十二) is never clear."""
    result = classify_content(frame.format(f"{facility}{hazard}应急预案"))
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(_GOVERNMENTS, _FACILITIES, _HAZARDS)
def test_a_government_s_plan_for_a_facility_keeps_item_twelve(
    government: str, facility: str, hazard: str
) -> None:
    """An organ named as the issuer: the enterprise rule stays silent and the plan is (十二)."""
    result = classify_content(f"{government}关于印发{facility}{hazard}应急预案的通知")
    assert result.category == "A20.12"
    assert result.runner_up is None or result.runner_up.rule_id != "none.not_government.enterprise_plan"


@settings(deadline=None)
@given(
    st.sampled_from(["某县自然资源局", "某市自然资源和规划局", "某区规划分局"]),
    st.sampled_from(["文化旅游康养城疗养", "物流园", "污水处理厂", "220千伏输变电工程"]),
)
def test_a_project_s_site_opinion_is_a_licence(organ: str, project: str) -> None:
    """…关于…项目的规划选址意见: the site opinion of one project is (五), not a plan (三)."""
    result = classify_content(f"{organ}关于{project}项目的规划选址意见")
    assert result.category == "A20.05"


# Replies (scheme 2021.23).
@settings(deadline=None)
@given(
    st.sampled_from(
        [
            "《中华人民共和国药品管理法》第二十九条",
            "《中华人民共和国种子法》第十三条",
            "《中华人民共和国数据安全法》第三十八条",
        ]
    ),
    st.sampled_from(["未披露试验数据", "申报数据", "检测数据"]),
    st.sampled_from(["依法受到保护", "依法受保护"]),
    st.sampled_from(["本局不予公开", "本机关不予公开"]),
)
def test_a_refusal_citing_a_law_s_protection_is_prohibited_by_law(
    law: str, data: str, protected: str, refusal: str
) -> None:
    """依据《…法》第N条，该类数据依法受到保护，不予公开: 第十四条 (法律、行政法规禁止公开)."""
    result = classify_outcome(f"你申请公开的{data}，依据{law}，该类数据{protected}，{refusal}。")
    assert result.category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["已就此答复过你", "已就此答复过您", "已答复过你"]),
    st.sampled_from(["此次不再另行答复", "此次不另行答复", "本次不再另行答复"]),
)
def test_a_repeated_request_told_in_its_own_words(month: int, day: int, answered: str, closing: str) -> None:
    """…申请所列信息完全一致，本局…已就此答复过你，此次不再另行答复: 第三十六条（六）."""
    text = f"你本月提交的申请，与{month}月{day}日那份申请所列信息完全一致，本局{answered}，{closing}。"
    assert classify_outcome(text).category == "not_processed_repeated"


# Applicants (scheme 2021.27, 2021.28).
@settings(deadline=None)
@given(
    st.sampled_from(["中宏", "信达", "恒信", "正衡", "天健"]),
    st.sampled_from(["造价咨询机构", "资产评估机构", "工程咨询公司", "会计师事务所", "评估机构"]),
    st.sampled_from(["，以机构名义申请公开项目批复", "，以公司名义申请公开初步设计批复", ""]),
)
def test_a_service_firm_stated_beside_a_short_name_is_an_enterprise(
    name: str, kind: str, request: str
) -> None:
    """中宏（…的造价咨询机构，以机构名义申请…）: the stated kind decides over a bare name's shape."""
    result = classify_applicant(f"{name}（出具某项目竣工结算审核报告的{kind}{request}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(["张伟", "李娜", "王建国"]),
    st.sampled_from(["造价咨询机构员工", "会计师事务所职员", "资产评估机构员工"]),
)
def test_a_firm_s_employee_in_own_name_stays_a_person(name: str, role: str) -> None:
    """张伟（造价咨询机构员工，以个人名义申请）: a person's own request stays 自然人."""
    result = classify_applicant(f"{name}（{role}，以个人名义申请）")
    assert result.category is ApplicantType.NATURAL_PERSON


# Applicants (scheme 2021.28): round 25's "not done".
@settings(deadline=None)
@given(
    st.sampled_from(["佐藤健一", "铃木一郎", "金敏浩"]),
    st.sampled_from(["投资人", "业主", "股东"]),
    st.sampled_from(["", "，委托北京某咨询公司职员代为邮寄申请", "，申请公开项目批复"]),
)
def test_a_person_s_role_noun_beside_an_unread_name_is_a_person(name: str, role: str, rest: str) -> None:
    """佐藤健一（投资人，…）: the role noun is a person's; the 投资 inside it names no trade."""
    result = classify_applicant(f"{name}（{role}{rest}）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(["佐藤健一", "铃木一郎"]),
    st.sampled_from(["某有限公司", "某集团公司"]),
)
def test_a_role_with_its_organisation_is_left_to_the_organisation(name: str, organisation: str) -> None:
    """佐藤健一（某有限公司股东）: the role's holder organisation is read as before, not the role noun."""
    result = classify_applicant(f"{name}（{organisation}股东）")
    assert result.rule_id != "applicant.capacity.person_role"
