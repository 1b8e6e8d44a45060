"""Issue 14, round 35: blind33's reply and applicant misses as classes (development data).

A document a secrecy authority classified (确认为机密级) is a state secret (第十四条) even beside the generic 不得对外提供
of the secrecy law; a denial of the class keeps the prohibition. A draft still being revised and withheld (尚在修改…不宜公开)
is process information (第十六条第二款); a draft given is not. A request with the same content as one answered (内容相同…
答复过) is the repeated row (第三十六条第（六）项); a copy to be stamped is not. A stated 并非行政机关的政府信息 is 其他
(第二条) over a referral (可向); 不属于本机关的政府信息 with a referral stays not held. Applicants: a 社团 registered with
民政 and a stated 社会团体 are 社会公益组织, an unregistered producers' union 其他, village committees signing jointly
其他 (villagers signing jointly stay 自然人), and a 法援中心 法律服务机构 (one of its lawyers in their own name a person).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_applicant, classify_outcome
from disclosure_rules._labels import ApplicantType

_REPORT = st.sampled_from(["核查报告", "评估报告", "勘测成果", "调查材料", "专项规划图"])
_AUTHORITY = st.sampled_from(["县保密局", "市国家保密局", "省保密局", "本机关定密责任人"])
_LEVEL = st.sampled_from(["机密级", "绝密级", "秘密级"])
_CLASSIFY = st.sampled_from(["确认为", "确定为", "定为"])
_PROHIBITION = st.sampled_from(["不得对外提供", "不得公开", "不得对外公开", "不得提供"])
_DRAFT = st.sampled_from(["城区排水专项规划", "旧城改造实施方案", "产业发展规划", "河道整治方案"])
_REVISING = st.sampled_from(["尚在修改", "正在修改", "仍在修改完善中,尚未定稿", "尚在修改,未报批定稿"])
_WITHHOLD = st.sampled_from(["现阶段不宜公开", "暂不公开", "暂不予提供", "待批准后将在网站发布"])
_MATTER = st.sampled_from(["安置补偿标准", "征地批复", "拆迁许可证", "项目环评报告"])
_WHEN = st.sampled_from(["去年11月", "今年3月", "2025年6月", "上月"])
_ANSWERED = st.sampled_from(["本局已依法答复过", "本机关已答复过你", "本局已作答复", "本机关已依法答复"])
_NOT_AGAIN = st.sampled_from(["故对本次申请不再另作处理", "此次不再另行处理", "本次不再处理"])
_RECORDS = st.sampled_from(["村集体收支账目", "村民小组会议记录", "村级财务凭证", "村集体资产台账"])
_KEEPER = st.sampled_from(["村委会自行记账保管", "村民委员会自行保存", "村集体经济组织自行管理"])
_REFERRAL = st.sampled_from(["你可向村里直接了解", "可向村委会了解", "你可向该村咨询"])
_PLACE = st.sampled_from(["滇池", "洱海", "青溪", "南山", "东江"])
_CITY = st.sampled_from(["昆明", "大理", "赣州", "韶关"])
_CROP = st.sampled_from(["脐橙", "茶叶", "山核桃", "蜜柚"])
_GROWERS = st.sampled_from(["果农联合组织", "农民联合组织", "种植户联合组织", "茶农联合组织"])
_VILLAGE = st.sampled_from(["老庙", "东风", "寺前", "大坪", "新河"])
_COUNT = st.sampled_from(["两个", "三个", "四个", "五个"])
_COMMITTEE = st.sampled_from(["村委会", "村民委员会"])
_DISTRICT = st.sampled_from(["红山区", "松山区", "元宝山区", "东城区"])


@settings(deadline=None)
@given(_REPORT, _AUTHORITY, _CLASSIFY, _LEVEL, _PROHIBITION)
def test_a_classified_document_beside_a_prohibition_is_a_state_secret(
    report: str, authority: str, classify: str, level: str, prohibition: str
) -> None:
    result = classify_outcome(
        f"那份{report}已由{authority}{classify}{level}，按保密法规定{prohibition}，所以本机关无法向你公开。"
    )
    assert result.category == "withheld_state_secret"


@settings(deadline=None)
@given(_REPORT, st.sampled_from(["不属于国家秘密", "不涉密", "已解密"]), _PROHIBITION)
def test_a_denied_class_keeps_the_prohibition(report: str, denial: str, prohibition: str) -> None:
    result = classify_outcome(f"该{report}经审查{denial}，但依照《测绘法》有关规定{prohibition}。")
    assert result.category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(_DRAFT, _REVISING, _WITHHOLD)
def test_a_draft_in_revision_withheld_is_process_information(
    draft: str, revising: str, withhold: str
) -> None:
    result = classify_outcome(f"{draft}{revising}，属讨论中的材料，{withhold}。")
    assert result.category == "withheld_process_information"


@settings(deadline=None)
@given(_DRAFT, st.sampled_from(["现提供给你", "随函附送", "现予以公开"]))
def test_a_final_draft_given_is_no_process_information(draft: str, given_words: str) -> None:
    result = classify_outcome(f"{draft}已定稿并印发，此前尚在修改的是另一文件，{given_words}。")
    assert result.category == "granted"


@settings(deadline=None)
@given(
    _DRAFT,
    st.sampled_from(["该方案尚未定稿,正式文件不存在", "该规划尚在修改,本机关未制作正式文本"]),
    _WITHHOLD,
)
def test_a_draft_said_not_to_exist_is_not_held(draft: str, missing: str, withhold: str) -> None:
    result = classify_outcome(f"你申请的{draft}，{missing}，{withhold}。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(_MATTER, _WHEN, st.sampled_from(["内容相同", "内容一致", "内容完全相同"]), _ANSWERED, _NOT_AGAIN)
def test_a_request_like_one_answered_is_repeated(
    matter: str, when: str, same: str, answered: str, not_again: str
) -> None:
    result = classify_outcome(
        f"关于{matter}的这项申请，你在{when}提交过{same}的一份，{answered}，{not_again}。"
    )
    assert result.category == "not_processed_repeated"


@settings(deadline=None)
@given(st.sampled_from(["土地证", "房屋所有权证", "营业执照"]), _ANSWERED)
def test_a_copy_to_stamp_like_its_original_is_not_repeated(paper: str, answered: str) -> None:
    result = classify_outcome(f"你申请复印的{paper}与原件内容相同，需加盖公章，{answered}。")
    assert result.category != "not_processed_repeated"


@settings(deadline=None)
@given(_RECORDS, _KEEPER, st.sampled_from(["并非行政机关的政府信息", "不是行政机关的政府信息"]), _REFERRAL)
def test_a_stated_no_government_information_is_other_over_a_referral(
    records: str, keeper: str, statement: str, referral: str
) -> None:
    result = classify_outcome(f"{records}由{keeper}，{statement}，{referral}。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(["村集体收支账目", "村级财务凭证", "村集体资产台账"]),
    st.sampled_from(["县财政局", "镇人民政府", "区农业农村局"]),
)
def test_not_this_organs_information_with_a_referral_stays_not_held(records: str, organ: str) -> None:
    result = classify_outcome(f"你申请的{records}不属于本机关的政府信息，请向{organ}申请。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(_PLACE, _CITY, st.sampled_from(["环保社团", "公益社团", "社团", "社会团体"]))
def test_a_society_registered_with_civil_affairs_is_a_public_interest_organisation(
    place: str, city: str, kind: str
) -> None:
    result = classify_applicant(
        f"{place}守护（{city}一家在民政部门注册的{kind}，申请公开沿湖企业排污口监测数据）"
    )
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(_PLACE, _CROP, _GROWERS)
def test_an_unregistered_producers_union_is_other(place: str, crop: str, growers: str) -> None:
    result = classify_applicant(
        f"{place}{crop}产销联合体（未登记的{growers}，由牵头人代为申请公开果业补贴政策）"
    )
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(_PLACE, _CROP)
def test_a_producers_union_registered_as_a_society_keeps_its_stated_form(place: str, crop: str) -> None:
    result = classify_applicant(f"{place}{crop}产销联合体（在民政局登记的社会团体）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(_VILLAGE, _COUNT, _COMMITTEE)
def test_village_committees_signing_jointly_are_other(village: str, count: str, committee: str) -> None:
    result = classify_applicant(
        f"{village}村民委员会等{count}{committee}联名（申请公开镇级水利项目资金拨付情况）"
    )
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(["张某", "王某某", "李红"]), st.sampled_from(["村民", "居民", "业主"]))
def test_villagers_signing_jointly_stay_persons(first: str, title: str) -> None:
    result = classify_applicant(f"{first}、赵某等{title}联名（申请公开征地补偿方案）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(_DISTRICT, st.sampled_from(["法援中心", "法律援助中心", "法援工作站"]))
def test_a_legal_aid_centre_is_a_legal_service(district: str, centre: str) -> None:
    result = classify_applicant(f"{district}{centre}（为受援的外卖骑手申请公开工伤认定档案）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


@settings(deadline=None)
@given(_DISTRICT, st.sampled_from(["以个人名义申请", "以本人名义申请"]))
def test_a_legal_aid_lawyer_in_their_own_name_is_a_person(district: str, own_name: str) -> None:
    result = classify_applicant(f"王某（{district}法援中心律师，{own_name}）")
    assert result.category is ApplicantType.NATURAL_PERSON
