"""Issue 14, round 69: blind 64's wrong rows and plain speech, as classes (development data).

A 除外 inside the rule a reply quotes (依照…关于…的除外的规定) is the law's exception, no part given; a clause naming a
settling act still to come and a future after it (定稿印发后，教育局会在…公布) promises a publication, whoever its
subject is, and gives no part now; an offer to apply to the organ itself again (如需其他材料，可向本局另行申请) refers
nothing elsewhere and refuses no part. The property tests fail on round 68's code and schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_content, classify_outcome

_RECORD = st.sampled_from(["全县医保参保人员名单及身份证号码", "低保对象的家庭住址", "病历及诊疗记录"])
_QUOTED_RULE = st.sampled_from(
    [
        "依照个人信息保护法关于不得公开其处理的个人信息、取得个人单独同意的除外的规定",
        "依照《个人信息保护法》第二十五条“个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外”的规定",
        "根据《个人信息保护法》关于“不得公开其处理的个人信息，取得个人单独同意的除外”之规定",
    ]
)
_REFUSAL = st.sampled_from(["不能向你公开", "不予公开", "本局不予提供"])


@settings(max_examples=40, deadline=None)
@given(_RECORD, _QUOTED_RULE, _REFUSAL)
def test_an_exception_inside_a_quoted_rule_is_no_part_given(record: str, rule: str, refusal: str) -> None:
    text = f"你申请的{record}，本局作为个人信息处理者，{rule}，{refusal}。"
    found = classify_outcome(text)
    assert found.category == "withheld_prohibited_by_law", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_RECORD, st.sampled_from(["涉及个人身份证号码的除外", "其中涉及他人隐私的部分除外"]))
def test_guard_an_exception_the_reply_makes_stays_partially_granted(record: str, exception: str) -> None:
    text = f"你申请的{record}中可以公开的部分予以公开，{exception}。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


_DRAFT = st.sampled_from(["学区划分方案", "城区供水价格调整方案", "停车泊位收费调整方案"])
_CONDITION = st.sampled_from(["定稿印发后", "方案批准后", "审定后", "正式印发以后", "县政府批复后"])
_SUBJECT = st.sampled_from(["教育局", "县政府", "本局", "我们", "发改局"])
_FUTURE = st.sampled_from(
    [
        "会在八月底以前在各校门口和局网站同时张贴公布",
        "会在政府网站上公布",
        "将在门户网站公开",
        "会及时向社会公开",
    ]
)


@settings(max_examples=60, deadline=None)
@given(_DRAFT, _CONDITION, _SUBJECT, _FUTURE)
def test_a_publication_promised_after_a_settling_act_is_no_part_given(
    draft: str, condition: str, subject: str, future: str
) -> None:
    text = (
        f"你所说的{draft}现在还是征求意见稿，依照条例第十六条第二款不予公开；{condition}，{subject}{future}。"
    )
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_DRAFT, st.sampled_from(["会议记录", "各部门反馈意见"]))
def test_guard_a_publication_made_after_printing_stays_a_part_given(draft: str, record: str) -> None:
    text = f"{draft}印发后已在县政府网站公开，可自行查阅；你申请的{record}属于过程性信息，不予公开。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


_SENT = st.sampled_from(
    ["已转为PDF文件发送到你预留的电子邮箱", "已通过电子邮件发送给你", "已复印盖章，通过EMS寄往你填写的地址"]
)
_OFFER = st.sampled_from(
    [
        "如需其他材料，可向本局另行申请",
        "如还需要其他信息，可以向本机关另行提出申请",
        "如需其他材料，可向本单位另行提出",
    ]
)


@settings(max_examples=40, deadline=None)
@given(_DRAFT, _SENT, _OFFER, st.sampled_from(["；", "。"]))
def test_an_offer_to_apply_again_to_the_organ_is_no_part_refused(
    draft: str, sent: str, offer: str, mark: str
) -> None:
    text = f"你申请的《{draft}》{sent}{mark}{offer}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_DRAFT, st.sampled_from(["县住房和城乡建设局", "市自然资源局"]))
def test_guard_a_part_referred_to_another_body_stays_partially_granted(draft: str, body: str) -> None:
    text = f"你申请的《{draft}》已转为PDF文件发送到你预留的电子邮箱；第二份材料由{body}负责办理和保存，请你另行向该局申请。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


# Class 2: several outcomes in plain speech or a review's narrative.
_GIVEN_DOC = st.sampled_from(["会议纪要", "规划许可证", "验收报告"])
_ABSENT_DOC = st.sampled_from(["验收单", "签到表", "现场照片"])
_REFUSED_DOC = st.sampled_from(["专家打分表", "评审意见书"])


@settings(max_examples=40, deadline=None)
@given(_GIVEN_DOC, _ABSENT_DOC, _REFUSED_DOC, st.sampled_from(["给你复印了", "给您复印了一份"]))
def test_a_copy_made_beside_a_record_we_do_not_have_is_partially_granted(
    given_doc: str, absent_doc: str, refused_doc: str, copied: str
) -> None:
    text = f"三样东西里，{given_doc}{copied}，{absent_doc}我们没有，当时就没做；{refused_doc}是评审专家个人的打分，按规定不给。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    _REFUSED_DOC,
    _GIVEN_DOC,
    st.sampled_from(["已经拍成照片发到你留的微信上了", "已经扫描后发到你的微信", "拍照后发你微信了"]),
)
def test_a_part_sent_to_the_applicants_messenger_beside_a_third_party_refusal_is_partially_granted(
    refused_doc: str, given_doc: str, sent: str
) -> None:
    text = f"{refused_doc}牵涉设计单位的技术秘密，对方明确不同意公开，这部分我们不能给；剩下的{given_doc}，{sent}。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(_GIVEN_DOC, _REFUSED_DOC, st.sampled_from(["同时告知", "另告知"]))
def test_a_review_narrative_of_a_grant_and_a_refusal_told_together_is_partially_granted(
    given_doc: str, refused_doc: str, joint: str
) -> None:
    text = (
        f"复议机关查明：被申请人于2026年5月8日作出答复，向申请人提供了《{given_doc}》，{joint}其申请的《{refused_doc}》"
        "涉及其他被征收户的个人信息，不予公开。"
    )
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_REFUSED_DOC)
def test_guard_a_third_party_refusal_alone_keeps_its_row(refused_doc: str) -> None:
    text = f"{refused_doc}牵涉设计单位的技术秘密，对方明确不同意公开，这部分我们不能给；请你理解。"
    found = classify_outcome(text)
    assert found.category == "withheld_third_party_rights", (text, found.rule_id, found.matched)


# Class 3: a refusal pending a procedure, and an absence, in plain speech.
_PLAN = st.sampled_from(["城区供水价格调整方案", "公交票价调整方案", "停车收费标准调整方案"])


@settings(max_examples=40, deadline=None)
@given(
    _PLAN,
    st.sampled_from(["目前还在走程序，下个月要先开价格听证会", "还要先开听证会", "目前还在走程序"]),
    st.sampled_from(["现在先不给", "目前先不给"]),
)
def test_a_plain_speech_refusal_pending_a_procedure_is_process_information(
    plan: str, procedure: str, refusal: str
) -> None:
    text = f"你问的{plan}，{procedure}，听证以后方案定下来会在发改局网站上公布，到时候你就能看到，{refusal}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["我们翻了2019年到现在的所有文件", "我们把档案柜都翻遍了", "局里找遍了所有发文"]),
    _PLAN,
    st.sampled_from(["局里从来没发过这份东西", "我们从没发过这个文件", ""]),
)
def test_a_plain_speech_search_that_found_nothing_is_not_held(search: str, plan: str, never: str) -> None:
    text = f"{search}，没有你说的那个“{plan}”" + (f"，{never}。" if never else "。")
    found = classify_outcome(text)
    assert found.category == "unavailable_not_held", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_PLAN)
def test_guard_a_hearing_held_and_a_plan_published_is_no_refusal(plan: str) -> None:
    text = f"你问的{plan}已经过价格听证，已在发改局网站公布，你可以自行查阅。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


# Class 4: a petition passed to the discipline commission; a list the organ posted on the boards.
@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["镇纪委和信访办", "县纪委监委", "乡纪委"]),
    st.sampled_from(["这是信访举报事项", "这属于信访事项", "此件实为举报"]),
)
def test_a_petition_passed_to_the_discipline_commission_is_a_petition(commission: str, kind: str) -> None:
    text = f"你来信是反映村干部在危房改造中优亲厚友、要求镇里查处，{kind}，不是申请公开政府信息，已转交{commission}按程序办理。"
    found = classify_outcome(text)
    assert found.category == "not_processed_petition", (text, found.rule_id, found.matched)


def test_guard_the_commissions_own_records_stay_other() -> None:
    text = "你要求公开的是县纪委监委的审查调查材料，不属于《中华人民共和国政府信息公开条例》调整的范围，本机关未能按该条例作出处理。"
    assert classify_outcome(text).category == "other_other"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["危房改造补助户名单", "低保户名单", "一事一议筹资方案"]),
    st.sampled_from(["村务公开栏和镇便民服务中心公示栏", "村务公开栏和镇政府公示栏"]),
)
def test_a_list_the_organ_posted_on_the_boards_is_granted(record: str, boards: str) -> None:
    text = f"经查，你所要求公开的本村{record}，已按规定在{boards}同时张贴公示七天，请你到上述地点查看。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["村集体土地承包费收支明细", "村集体收支账目"]))
def test_guard_the_villages_own_records_stay_other(record: str) -> None:
    text = f"你申请的{record}属于村务公开事项，由村民委员会负责公开，不属于政府信息，请向村委会查询。"
    found = classify_outcome(text)
    assert found.category == "other_other", (text, found.rule_id, found.matched)


# Class 4 (titles): an organ's office telephone (二); a list of older people in difficulty (十一).
@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区教育局", "县民政局", "区市场监督管理局"]),
    st.sampled_from(["对外公开办公室电话", "办公电话", "各科室办公电话"]),
)
def test_an_organs_office_telephone_is_item_2(organ: str, phone: str) -> None:
    title = f"{organ}{phone}"
    found = classify_content(title)
    assert found.category == "A20.02", (title, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["2021年度", "2025年", ""]),
    st.sampled_from(["困难老年人家庭适老化改造名单公示", "经济困难老年人养老服务补贴名单公示"]),
)
def test_a_list_of_older_people_in_difficulty_is_item_11(year: str, subject: str) -> None:
    title = f"{year}平潭综合实验区{subject}"
    found = classify_content(title)
    assert found.category == "A20.11", (title, found.rule_id, found.matched)


def test_guard_a_reporting_telephone_is_no_office_telephone() -> None:
    found = classify_content("关于平潭综合实验区政策性粮食购销违法违规行为举报电话的公告")
    assert found.rule_id is None or not found.rule_id.startswith("A20.02"), found.rule_id
