"""Issue 14, round 38: blind36's misses as classes, by the row, column and item (development data).

Replies: a part withheld (a 密级 fixed by the secrecy authority, a trade secret, 不予公开) beside the disclosable rest given
(将可公开的内容向你公开) is 第三十七条's divided answer, counted only as 部分公开; a negated disclosable part (没有可公开的内容)
gives nothing, and a grant of 可以公开的信息 stays a grant. The Shanghai template's enforcement box (与行政执法有关，公开后可能
会影响检查、调查、取证等执法活动…) with a refusal is the case-file row (第十六条第二款). Applicants: a volunteer organisation stated
beside a surname-shaped name (蓝丝带（…环保志愿组织…）) is 社会公益组织. Titles: the leaders and their duties said with 及
(领导及分工) are (二); a contractor's 项目部 buying for itself is no item, while an organ's stays (九).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_SUBJECT = st.sampled_from(["该项目的地理位置、面积等信息", "涉及军事设施的坐标", "某工程的选址论证材料"])
_SECRET = st.sampled_from(
    [
        "已经有关机关定密为“机密”",
        "已被确定为绝密级",
        "属于国家秘密",
        "涉及商业秘密，不予公开",
        "本机关不予公开",
    ]
)
_REST = st.sampled_from(["将可公开的内容向你公开", "对可公开的部分予以提供", "现将可予公开的内容提供给你"])
_GIVEN = st.sampled_from(["补偿标准按某市府〔2012〕26号文件执行", "安置办法见附件", "征收公告已张贴"])
_ENFORCEMENT = st.sampled_from(
    [
        "与行政执法有关，公开后可能会影响检查、调查、取证等执法活动",
        "与行政执法有关，公开后可能影响调查取证",
        "公开后可能会妨碍执法活动",
    ]
)
_REFUSE = st.sampled_from(["本机关不予公开", "对于您申请获取的政府信息，本机关不予公开", "本局决定不予提供"])
_VOLUNTEER = st.sampled_from(["海洋环保志愿组织", "环保志愿组织", "关爱老人的志愿组织"])
_SURNAME_NAME = st.sampled_from(["蓝丝带", "林间鸟", "江河清", "白鹭洲"])
_ORGAN = st.sampled_from(["区管委会", "某县人民政府", "市发展和改革委员会", "镇人民政府"])
_LEADERS = st.sampled_from(["领导及分工", "领导及其分工", "领导成员及分工", "领导及工作分工"])
_CONTRACTOR = st.sampled_from(
    ["海南某建设工程有限公司", "某路桥工程有限公司", "某建筑工程有限责任公司", "某市政工程股份有限公司"]
)
_GOODS = st.sampled_from(["办公设备", "办公家具", "施工人员工装", "打印耗材"])
_BUY = st.sampled_from(["询价公告", "采购询价公告", "采购比价公告"])


@settings(deadline=None)
@given(_SUBJECT, _SECRET, _REST, _GIVEN)
def test_a_part_withheld_beside_the_disclosable_rest_is_partially_granted(
    subject: str, secret: str, rest: str, given_part: str
) -> None:
    result = classify_outcome(f"你申请的信息中包含{subject}，以上信息{secret}。{rest}：{given_part}。")
    assert (result.category, result.confidence) == ("partially_granted", Confidence.CLEAR)


@settings(deadline=None)
@given(_SUBJECT, st.sampled_from(["没有可公开的内容", "无可公开的部分", "不存在可公开的内容"]))
def test_a_secret_with_no_disclosable_part_is_the_secret_row(subject: str, nothing: str) -> None:
    result = classify_outcome(f"你申请的{subject}已经有关机关定密为“机密”，{nothing}，本机关不予公开。")
    assert result.category == "withheld_state_secret"


@settings(deadline=None)
@given(_SUBJECT, st.sampled_from(["可以公开的信息", "可以公开的内容"]))
def test_information_that_can_be_disclosed_and_is_given_is_a_grant(subject: str, can: str) -> None:
    result = classify_outcome(f"经审查，你申请的{subject}属于{can}，现随本答复书提供。")
    assert result.category == "granted"


@settings(deadline=None)
@given(_ENFORCEMENT, st.sampled_from(["或者会威胁个人生命安全的", ""]), _REFUSE)
def test_the_enforcement_box_with_a_refusal_is_the_case_file_row(
    enforcement: str, threat: str, refuse: str
) -> None:
    result = classify_outcome(f"经查，您申请获取的政府信息：{enforcement}{threat}。{refuse}。")
    assert (result.category, result.confidence) == ("withheld_enforcement_case_file", Confidence.CLEAR)


@settings(deadline=None)
@given(_ENFORCEMENT, st.sampled_from(["现予公开", "现提供给你", "同意公开"]))
def test_the_enforcement_words_in_a_grant_are_no_refusal(enforcement: str, grant: str) -> None:
    result = classify_outcome(f"你申请的信息虽{enforcement}的顾虑已消除，经审查，{grant}。")
    assert result.category != "withheld_enforcement_case_file"


@settings(deadline=None)
@given(_SURNAME_NAME, _VOLUNTEER, st.sampled_from(["", "，以组织名义申请公开某海湾排污口监测数据"]))
def test_a_stated_volunteer_organisation_outranks_the_names_shape(name: str, kind: str, request: str) -> None:
    result = classify_applicant(f"{name}（{kind}{request}）")
    assert (result.category, result.confidence) == (
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
        Confidence.CLEAR,
    )


@settings(deadline=None)
@given(st.sampled_from(["蓝某某", "林某"]), _VOLUNTEER)
def test_a_member_applying_in_their_own_name_stays_a_person(name: str, kind: str) -> None:
    result = classify_applicant(f"{name}（{kind}志愿者，以个人名义申请）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(_ORGAN, _LEADERS, st.sampled_from(["", "（2024年）", "情况"]))
def test_leaders_and_their_duties_are_item_two(organ: str, leaders: str, tail: str) -> None:
    result = classify_content(f"{organ}{leaders}{tail}")
    assert (result.category, result.confidence) == ("A20.02", Confidence.CLEAR)


@settings(deadline=None)
@given(_CONTRACTOR, st.sampled_from(["昌江", "某某", "二标段"]), _GOODS, _BUY)
def test_a_contractors_project_office_buying_for_itself_is_no_item(
    company: str, place: str, goods: str, buy: str
) -> None:
    result = classify_content(f"{company}{place}项目部{goods}{buy}")
    assert result.category is None
    assert result.rule_id == "none.not_government.company_project_office"


@settings(deadline=None)
@given(st.sampled_from(["某县人民政府", "某市交通运输局", "某区住房和城乡建设局"]), _GOODS, _BUY)
def test_an_organs_project_office_stays_item_nine(organ: str, goods: str, buy: str) -> None:
    assert classify_content(f"{organ}某道路工程项目部{goods}{buy}").category == "A20.09"


_RECORDS = st.sampled_from(["病人住院病历", "某患者的门诊病历", "他人的诊疗记录"])
_ONLY_OWNER = st.sampled_from(
    ["只能由患者本人或其委托的人复制", "仅限患者本人或者其委托的人查阅复制", "只能由本人或其委托的人申请复制"]
)


@settings(deadline=None)
@given(_RECORDS, _ONLY_OWNER, st.sampled_from(["本委不能提供", "本机关不予提供", "本局无法提供"]))
def test_records_only_their_subject_may_obtain_refused_to_another_are_third_party(
    records: str, only_owner: str, refuse: str
) -> None:
    result = classify_outcome(
        f"你申请的{records}，依照有关病历管理的规定{only_owner}，你非患者本人，{refuse}。"
    )
    assert (result.category, result.confidence) == ("withheld_third_party_rights", Confidence.CLEAR)


@settings(deadline=None)
@given(_RECORDS, st.sampled_from(["精神卫生法", "《中华人民共和国精神卫生法》"]))
def test_a_named_laws_secrecy_clause_over_such_records_keeps_the_laws_row(records: str, law: str) -> None:
    result = classify_outcome(
        f"你申请的{records}，依据{law}第四条应当予以保密，只能由患者本人或其委托的人复制，本机关不予提供。"
    )
    assert result.category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(_RECORDS, st.sampled_from(["现提供复印件", "现予提供", "同意提供"]))
def test_the_patients_own_request_granted_is_no_refusal(records: str, grant: str) -> None:
    result = classify_outcome(
        f"你申请的{records}只能由患者本人或其委托的人复制，经核实你系患者本人，{grant}。"
    )
    assert result.category != "withheld_third_party_rights"
