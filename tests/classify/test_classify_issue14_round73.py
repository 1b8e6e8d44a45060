"""Issue 14, round 73: blind 68's misses as classes built from the law's and the format's vocabulary (development data).

第二十三条 names the 政府公报 among the channels of proactive disclosure: a requested document printed in a gazette
is 第三十六条第（一）项's (予以公开: tell where to get it), while a request for the gazette itself stays 第三十九条第二款's
公开出版物. The property tests fail on round 72's code and schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType, classify_content
from disclosure_rules._classify import classify_applicant, classify_outcome

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


# Class 1(b): several outcomes in one reply, whatever the narrator — a part handed over or left to fetch beside a part
# never made, a part a trade secret, a part not ours.
_NARRATOR = st.sampled_from(["被申请人答复称：", "被告在答复中称：", "", "经查，"])
_HANDED = st.sampled_from(
    [
        "施工许可证存根已当面交付申请人并由其签收",
        "第一份（水价调整听证报告）已放在服务大厅，你来了就能拿",
        "会议纪要复印件已放在一楼窗口，你直接来取",
    ]
)
_NEVER_MADE = st.sampled_from(
    [
        "所称“项目验收会议录音”，本机关从未录制，无从提供",
        "第二份（现场照片）我们从来没有拍摄过这类照片，也就没有这份材料",
        "另一份验收记录本机关从未形成",
        "第二份（成本监审底稿）含有企业的商业秘密，企业不同意，不能给",
    ]
)


@settings(max_examples=80, deadline=None)
@given(_NARRATOR, _HANDED, _NEVER_MADE)
def test_a_part_handed_over_beside_a_part_not_given_is_a_partial_grant(
    narrator: str, handed: str, never_made: str
) -> None:
    text = f"{narrator}{handed}；{never_made}。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


# Class 1(c): refused now, published later, whatever the order of the two clauses.
_LATER = st.sampled_from(
    [
        "待县政府与中标企业正式签订特许经营协议并完成备案后，协议主要内容将在县政府网站公开",
        "协议完成备案后，本局将在门户网站公布主要内容",
        "合同签订并备案以后，我们会在政府网站上公开",
    ]
)
_NOW = st.sampled_from(
    [
        "目前协议文本尚在谈判之中，属于过程性信息，故不予提供",
        "现阶段双方仍在协商条款，属于过程性信息，暂不予公开",
    ]
)


@settings(max_examples=60, deadline=None)
@given(_LATER, _NOW, st.booleans())
def test_a_refusal_of_now_with_a_later_posting_is_process_information_in_either_order(
    later: str, now: str, later_first: bool
) -> None:
    text = f"{later}；{now}。" if later_first else f"{now}；{later}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


# Class 2 (absence): 第三十六条第（四）项's 不存在 in the offices' ways — never made, no trace, no evidence, not able to
# hold, made before the body existed, not found.
_ABSENT = st.sampled_from(
    [
        "本局档案中未见您所述{record}的任何记载，亦无证据表明该{record}曾经形成",
        "本中心成立于2022年，您要的{record}形成于本中心成立之前，本中心无从保有",
        "我们把当年所有档案都翻过了，这份{record}都找不到",
        "经查，本机关从未编制过您所称的{record}",
        "本局没有任何记录显示曾经制作该{record}",
    ]
)
_RECORD = st.sampled_from(["检测台账", "补充协议", "会议纪要", "验收报告", "文件"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["已在县政府网站主动公开", "已在本局官网公开"]),
    st.sampled_from(["如找不到可致电本局", "网上查不到的话可到政务大厅查阅", "若没找到请联系我们"]),
)
def test_guard_a_search_word_as_a_condition_keeps_the_grant(published: str, condition: str) -> None:
    """找不到 in a condition (如找不到…) says nothing is missing: the publication's 予以公开 stands."""
    text = f"你申请的文件{published}，{condition}。"
    assert classify_outcome(text).category == "granted", text


@settings(max_examples=80, deadline=None)
@given(_ABSENT, _RECORD)
def test_absence_in_the_offices_words_is_not_held(absent: str, record: str) -> None:
    text = absent.format(record=record) + "。"
    found = classify_outcome(text)
    assert found.category == "unavailable_not_held", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["全县历年低保退出人数", "各村十年来土地流转面积对比表"]),
    st.sampled_from(["本局从未统计", "本机关从未制作，要形成这份表需重新统计比对"]),
)
def test_guard_a_record_to_be_made_anew_stays_needs_creation(subject: str, said: str) -> None:
    """第三十八条: a count never made that would have to be worked out is 需要另行制作, not 不存在."""
    text = f"{subject}{said}，若要得到需另行制作。"
    found = classify_outcome(text)
    assert found.category == "unavailable_needs_creation", (text, found.rule_id, found.matched)


# Class 2 (hand-over): a copy handed to the applicant in person is a grant, stamped or not.
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["工作人员在接待室", "经办人员在政务服务大厅", "我局工作人员"]),
    st.sampled_from(["加盖“信息公开专用章”的复制件三份", "申请的批复复印件", "会议纪要一份"]),
    st.sampled_from(["当面交给了你", "交由你本人", "交到你手上", "送交你"]),
    st.sampled_from(["，你在送达回证上签了字", "，并由你签收", ""]),
)
def test_a_copy_handed_to_the_applicant_in_person_is_a_grant(
    who: str, copy: str, handed: str, signed: str
) -> None:
    text = f"按照你约定的时间，{who}把{copy}{handed}{signed}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["属于个人隐私，不予公开", "属于过程性信息，不予公开"]),
    st.sampled_from(["本告知书已当面交给了你", "本告知书由你在送达回证上签收"]),
)
def test_guard_the_reply_letter_handed_over_gives_nothing(refusal: str, served: str) -> None:
    """A refusal served in person (the letter handed over, 送达回证) keeps the refusal's row: no part is given."""
    text = f"你申请的征收补偿明细{refusal}。{served}。"
    alone = classify_outcome(f"你申请的征收补偿明细{refusal}。").category
    assert classify_outcome(text).category == alone, text


# Class 2 (咨询): a question about a policy answered by telephone, not handled as a request (round 14's convention:
# 咨询 → 不予处理 1 信访举报投诉类申请).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["退伍军人能不能享受两次创业补贴", "新生入学的划片政策如何执行", "灵活就业人员能否享受社保补贴"]
    ),
    st.sampled_from(["这是在问政策怎么理解，不是要某份文件", "属于对政策的理解问题，不是要文件"]),
    st.sampled_from(["我们已经安排业务科室打电话给你讲清楚了", "业务科室已通过电话向你作了解答"]),
)
def test_a_question_about_policy_answered_by_telephone_is_the_consultation_row(
    question: str, named: str, answered: str
) -> None:
    text = f"你问的是“{question}”，{named}；{answered}，这件事不按信息公开申请处理。"
    found = classify_outcome(text)
    assert found.category == "not_processed_petition", (text, found.rule_id, found.matched)


# Class 3 (titles): a call for the providers of works, goods or services is a procurement (第二十条第（九）项).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区经济发展局", "某县文化和旅游局", "市会展中心"]),
    st.sampled_from(["征集", "公开征集", "比选", "公开遴选", "招募"]),
    st.sampled_from(
        ["项目成果交易会展馆设计与布展单位", "政务大厅物业服务商", "办公设备供应商", "景区运营单位"]
    ),
    st.sampled_from(["的通告", "的公告", "公告"]),
)
def test_a_call_for_providers_is_a_procurement(issuer: str, call: str, provider: str, form: str) -> None:
    title = f"{issuer}关于{call}{provider}{form}"
    found = classify_content(title, level="政府部门")
    assert (found.item.category, found.item.confidence.value) == ("A20.09", "clear"), (title, found.item)


# Class 3: a government's leaders' division of work and the units they oversee (第二十条第（二）项: 负责人姓名 with their
# duties, as 领导分工 is).
@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["施秉县人民政府", "某市人民政府", "某镇人民政府"]),
    st.sampled_from(["县长、副县长", "市长、副市长", "镇长、副镇长", "领导班子成员"]),
    st.sampled_from(["分管工作及联系单位", "分管工作", "分管领域及联系单位", "分工及联系单位"]),
)
def test_leaders_division_of_work_is_item_two(government: str, leaders: str, work: str) -> None:
    title = f"{government}{leaders}{work}"
    found = classify_content(title, level="县级政府")
    assert (found.item.category, found.item.confidence.value) == ("A20.02", "clear"), (title, found.item)


# Class 3: a Party committee's plan alone is no government information (第二条; G5), whatever field it names.
@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["中共武宁县委", "中共某市委", "中共某区委"]),
    st.sampled_from(
        ["关于开展党纪学习教育的实施方案", "关于深化全面从严治党教育的行动方案", "关于开展主题教育的实施方案"]
    ),
)
def test_a_party_committees_plan_has_no_item(committee: str, plan: str) -> None:
    title = f"{committee}{plan}"
    assert classify_content(title).item.category is None, title


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["中共某县委 某县人民政府", "某市发展和改革委员会 中共某市委社会工作部 某市住房和城乡建设局"]
    ),
    st.sampled_from(
        ["关于印发某县乡村振兴行动方案的通知", "关于印发城市社区嵌入式服务设施建设工程实施方案的通知"]
    ),
)
def test_guard_a_plan_issued_with_a_government_keeps_an_item(issuers: str, plan: str) -> None:
    """A joint issue with a government or a department is the administrative organ's document too."""
    title = f"{issuers}{plan}"
    assert classify_content(title).item.category is not None, title


# Class 4 (applicants): a registration stated beside a misleading name decides over the name's own form word.
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["广西某民族医药研究院", "黄姚古镇旅游服务中心", "某某检测中心", "某生态农业研究所"]),
    st.sampled_from(["名称为研究院，", "名称带“中心”，", ""]),
    st.sampled_from(
        [
            "实为在市场监管部门登记的有限责任公司",
            "实为某旅游开发有限公司设立的分公司",
            "系在工商部门注册的股份有限公司",
            "实际为一家有限公司",
        ]
    ),
)
def test_a_stated_registration_decides_over_the_names_form_word(
    name: str, said: str, registered: str
) -> None:
    text = f"{name}（{said}{registered}，申请公开景区门票价格批复）"
    found = classify_applicant(text)
    assert found.category is ApplicantType.COMMERCIAL_ENTERPRISE, (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["张伟", "李某"]),
    st.sampled_from(["实为某有限公司员工", "系某有限责任公司职工"]),
)
def test_guard_a_job_after_the_identity_word_keeps_the_person(name: str, job: str) -> None:
    text = f"{name}（{job}，申请公开本人社保缴费记录）"
    assert classify_applicant(text).category is ApplicantType.NATURAL_PERSON, text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["曙光环境研究院", "绿色家园服务中心"]))
def test_guard_a_registered_ngo_stays_an_ngo(name: str) -> None:
    text = f"{name}（实为民政部门登记的民办非企业单位，申请公开排污许可信息）"
    assert classify_applicant(text).category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION, text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["中共某县委组织部", "中共某市委组织部"]),
    st.sampled_from(["2026年考试录用公务员实施方案", "关于公开遴选公务员的实施方案"]),
)
def test_guard_a_party_organs_civil_service_plan_keeps_item_fourteen(organ: str, plan: str) -> None:
    """An organisation department's recruitment or selection of civil servants stays (十四) first."""
    title = f"{organ}{plan}"
    assert classify_content(title).item.category == "A20.14", title
