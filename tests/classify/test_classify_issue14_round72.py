"""Issue 14, round 72: blind 67's misses as classes built from the law's and the format's vocabulary (development data).

A copy collected at the body — at its window, office or hall, in person or on showing an identity card — is handed
over (第三十六条第（二）项, 第四十条), whatever seal it bears; a request to certify or reissue a copy the applicant
collected earlier stays 第三十九条第二款's row. The property tests fail on round 71's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType, classify_content
from disclosure_rules._classify import classify_applicant, classify_outcome

# Class 1: a copy handed over at the window is a grant.
_DOCUMENT = st.sampled_from(["《河道采砂许可证》复印件", "会议纪要复印件", "征收补偿方案", "项目批复文件"])
_STAMPED = st.sampled_from(["已加盖“与原件一致”印章", "已盖章装袋", "经核对无误并加盖本局公章", "已复印盖章"])
_WHERE = st.sampled_from(
    ["当面", "现场", "凭身份证", "凭身份证随时", "到本局政务服务窗口", "到一楼大厅", "前来"]
)
_FETCH = st.sampled_from(["领取", "来取", "自取", "来拿"])


@settings(max_examples=60, deadline=None)
@given(_DOCUMENT, _STAMPED, _WHERE, _FETCH)
def test_a_stamped_copy_collected_at_the_body_is_a_grant(
    document: str, stamped: str, where: str, fetch: str
) -> None:
    text = f"你申请的{document}{stamped}，请于五个工作日内{where}{fetch}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(_DOCUMENT, st.sampled_from(["当面", "现场", "到本中心窗口"]), st.sampled_from(["领取了", "领取"]))
def test_a_collection_told_in_a_clerks_record_is_a_grant(document: str, where: str, fetch: str) -> None:
    text = f"申请人于本月九日{where}{fetch}经核对无误、加盖“与原件一致”印章的{document}一份，并签名。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["要求本局对你", "请求本局为你", "申请本机关对你"]),
    st.sampled_from(["现场领取的", "在窗口领取的", "已领取的", "当面领取的", "凭身份证领取的"]),
    st.sampled_from(["批复复印件", "许可证复印件"]),
    st.sampled_from(
        ["重新出具一份与原件一致的证明", "加盖公章，属于要求确认已获取的信息", "盖章证明与原件一致"]
    ),
)
def test_guard_a_request_to_certify_a_copy_collected_earlier_keeps_its_row(
    asker: str, collected: str, copy: str, request: str
) -> None:
    """第三十九条第二款: the collection names what the applicant's copy is, not a hand-over now."""
    text = f"你{asker}{collected}{copy}{request}，本机关不予处理。"
    found = classify_outcome(text)
    assert found.category == "not_processed_confirm_or_reissue", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["每户领取各类补贴的总额", "领取人员姓名及银行账号"]),
    st.sampled_from(["属于个人隐私，不予公开", "本机关未以该形式保存，需要重新汇总加工才能形成，不予提供"]),
)
def test_guard_a_bare_collection_word_gives_nothing(subject: str, refusal: str) -> None:
    """领取 naming what a list records (领取补贴, 领取人员) is no hand-over."""
    text = f"你申请的{subject}，{refusal}。"
    assert classify_outcome(text).category != "granted", text


# Class 2: the body's own spending and assets (第十六条第一款 内部管理) in the format's words, whoever issues the rule.
_OWN_SPENDING = st.sampled_from(
    [
        "公务车辆派遣和维修",
        "公务车辆使用",
        "公车改革",
        "办公车辆",
        "办公用房",
        "因公出国（境）",
        "因公临时出国",
        "公务卡",
        "公务接待",
    ]
)
_OWN_FORM = st.sampled_from(["管理规定", "管理办法", "管理制度", "实施细则"])
_OWN_SHAPE = st.sampled_from(
    [
        "关于印发《{}机关{}{}》的通知",
        "{}人民政府办公室关于印发《{}{}》的通知",
        "{}财政局{}{}",
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["策勒县", "某县", "某市"]), _OWN_SPENDING, _OWN_FORM, _OWN_SHAPE)
def test_a_rule_on_the_bodys_own_spending_or_assets_is_never_clear_item_one(
    place: str, subject: str, form: str, shape: str
) -> None:
    title = shape.format(place, subject, form)
    item = classify_content(title).item
    assert not (item.category == "A20.01" and item.confidence.value == "clear"), (title, item.rule_id)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县交通运输局", "某区教育系统", "某市自然资源局"]),
    st.sampled_from(["2024年1-10月", "2025年", "2023年1月至5月"]),
    st.sampled_from(["三公经费统计表", "三公经费"]),
)
def test_guard_a_count_of_the_three_public_expenses_stays_the_budgets_item(
    body: str, period: str, table: str
) -> None:
    """第二十条第（七）项: the 三公经费 figures are the budget's, not a housekeeping rule."""
    title = f"{body}{period}{table}"
    item = classify_content(title).item
    assert item.category == "A20.07", (title, item.rule_id)


# Class 3: refusals of now in plain speech, settling acts in the offices' verbs, published books, plain-speech parts.
_PENDING = st.sampled_from(["正在报请上级审批", "各方仍在磋商中", "尚在征求意见阶段", "须先经听证会论证"])
_PLAIN_REFUSAL = st.sampled_from(
    ["暂不予公开", "不能提供", "无法提供", "不宜公开", "不便公开", "现在不能给你"]
)
_SETTLING = st.sampled_from(
    ["方案获批后", "协议正式签订后", "形成正式方案后", "协议签署后", "听证结束并形成正式方案后"]
)
_LATER_BODY = st.sampled_from(["本局", "我局", "县政府"])
_LATER_POSTING = st.sampled_from(["将在门户网站发布", "会向社会公布", "将按规定在网站专栏公开"])


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(["该片区改造方案", "合作协议文本", "水价调整方案"]),
    _PENDING,
    _PLAIN_REFUSAL,
    _SETTLING,
    st.tuples(_LATER_BODY, _LATER_POSTING),
)
def test_a_plain_refusal_of_now_before_a_later_publication_is_process_information(
    matter: str, pending: str, refusal: str, settling: str, later: tuple[str, str]
) -> None:
    """第十六条第二款: refused now in plain speech, published once the matter is settled — never a grant."""
    body, posting = later
    text = f"{matter}{pending}，{refusal}；{settling}{body}{posting}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["《某县水文资料汇编（第三辑）》", "这本志书", "《某市年鉴》"]),
    st.sampled_from(["有书号、由出版社公开发行", "由出版社出版发行", "有刊号，公开发行"]),
    st.sampled_from(["图书馆和网上书店都能找到", "网上书店可以找到", "在网上能找到"]),
)
def test_a_published_book_pointed_to_online_is_the_publication_row(book: str, marks: str, where: str) -> None:
    """The 2021 format's 要求提供公开出版物: a place to buy the book is no pointer to published information."""
    text = f"那本{book}{marks}，本机关不再另行复制给你，{where}。"
    found = classify_outcome(text)
    assert found.category == "not_processed_publication", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["两份通知原件扫描件发你邮箱了", "通知扫描件已发到您的邮箱", "那份纪要给您复印了一份"]),
    st.sampled_from(["讲话稿我们没有形成书面稿", "验收单我们没有", "检查报告属于内部管理信息，不予公开"]),
)
def test_a_plain_speech_part_given_beside_a_part_refused_is_partial(given_part: str, other: str) -> None:
    text = f"能给的都给你了：{given_part}；{other}。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["纸质版给您复印了一份", "材料给你复印了，一并寄出", "当面交付了复印件"]),
)
def test_a_plain_speech_part_given_alone_is_a_grant(given_part: str) -> None:
    text = f"您要看我们局去年的年报，这个本来就该公开，{given_part}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["调查报告", "会议纪要", "验收材料"]),
    st.sampled_from(["从何而来呢", "又从何来呢", "哪来的呢", "怎么会有呢"]),
)
def test_absence_said_as_a_rhetorical_question_is_not_held(record: str, question: str) -> None:
    text = f"你要的是镇政府2017年的{record}，可当年镇里从来没有派人去过，这份{record}又{question}？"
    found = classify_outcome(text)
    assert found.category == "unavailable_not_held", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["属于内部管理信息，不宜公开", "属于过程性信息，不能提供", "涉及商业秘密，无法提供"]),
    st.sampled_from(["该方案", "这份请示", "投标文件"]),
)
def test_guard_a_plain_refusal_without_a_later_publication_keeps_its_ground(
    refusal: str, matter: str
) -> None:
    """No promise of a later publication: the refusal of now class takes no part."""
    text = f"你申请的{matter}{refusal}。"
    assert classify_outcome(text).category in {
        "withheld_internal_affairs",
        "withheld_process_information",
        "withheld_third_party_rights",
    }, text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["本局网站“政府信息公开年报”栏目", "县政府门户网站信息公开专栏"]))
def test_guard_a_website_pointer_without_a_books_marks_stays_a_grant(place: str) -> None:
    text = f"年报已在{place}发布，上网就能找到。"
    assert classify_outcome(text).category == "granted", text


# Class 4: applicants — the 甲方 acted-for check is exact; agents named by their role for the body.
_COMPANY = st.sampled_from(["某房地产开发有限公司", "某某建材有限公司", "洛浦县某纺织有限公司"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["甲方", "乙方", "委托方"]),
    st.sampled_from(["所售房屋的业主", "员工家属", "辖区村民"]),
    _COMPANY,
)
def test_acting_for_people_named_through_a_defined_party_is_no_request_of_that_party(
    party: str, people: str, company: str
) -> None:
    """代甲方所售房屋的业主申请 acts for the owners (natural persons), not for 甲方: the acted-for body must BE the party."""
    name = f"刘某（代{party}{people}申请；合同约定{party}为{company}）"
    found = classify_applicant(name)
    assert found.category == ApplicantType.NATURAL_PERSON, (name, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["甲方", "乙方"]), st.sampled_from(["", "提交", "提出"]), _COMPANY)
def test_guard_acting_for_the_defined_party_itself_takes_its_column(
    party: str, verb: str, company: str
) -> None:
    name = f"陈某（依协议代{party}{verb}申请；协议首部写明{party}为{company}）"
    found = classify_applicant(name)
    assert found.category == ApplicantType.COMMERCIAL_ENTERPRISE, (name, found.rule_id, found.matched)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["李某", "周某", "郑海"]),
    st.sampled_from(
        [
            ("某某房地产开发有限公司", "法定代表人", "为公司项目申请公开规划条件"),
            ("某会计师事务所", "合伙人", "受该所委托代为申请"),
            ("某建材有限公司", "负责人", "代该公司申请"),
            ("某会计师事务所（普通合伙）", "执行事务合伙人", "为事务所申请"),
        ]
    ),
)
def test_a_person_in_a_bodys_role_acting_for_it_files_the_bodys_request(
    person: str, case: tuple[str, str, str]
) -> None:
    """民法典 第六十一条, 第一百零五条; 合伙企业法 第二十六条: the role acts for the body named beside the name."""
    body, role, acting = case
    name = f"{person}（{body}{role}，{acting}）"
    found = classify_applicant(name)
    assert found.category == ApplicantType.COMMERCIAL_ENTERPRISE, (name, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["郑某某", "王某"]),
    st.sampled_from(["委托方即", "委托方亦即"]),
    _COMPANY,
    st.sampled_from(["员工", "工作人员", "职工"]),
)
def test_the_staff_of_a_principal_in_apposition_files_the_principals_request(
    person: str, marker: str, company: str, staff: str
) -> None:
    name = f"{person}（系{marker}{company}的{staff}，持公司出具的授权书）"
    found = classify_applicant(name)
    assert found.category == ApplicantType.COMMERCIAL_ENTERPRISE, (name, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["张某", "赵某"]),
    _COMPANY,
    st.sampled_from(["法定代表人", "负责人", "合伙人"]),
    st.sampled_from(["", "，为公司注销一事以个人名义申请", "，以个人名义申请"]),
)
def test_guard_a_person_in_a_role_without_acting_for_the_body_applies_as_themself(
    person: str, company: str, role: str, rest: str
) -> None:
    """blind4's convention: 张某（…有限公司法定代表人） is 自然人; 以个人名义 keeps the person's own request."""
    name = f"{person}（{company}{role}{rest}）"
    found = classify_applicant(name)
    assert found.category == ApplicantType.NATURAL_PERSON, (name, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_COMPANY, st.sampled_from(["员工", "职工"]))
def test_guard_a_principal_who_is_an_employee_stays_a_person(company: str, staff: str) -> None:
    """委托人为X的员工: 为 says the principal IS the employee (no apposition) — a natural person."""
    name = f"王某（委托人为{company}的{staff}）"
    assert classify_applicant(name).category == ApplicantType.NATURAL_PERSON, name


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["刘某", "王某某", "陈女士"]),
    st.sampled_from(["（下称“委托人”）", "（以下简称“委托人”）", "（下称甲方）"]),
    st.sampled_from(["孙某，律师，某律师事务所指派", "某律师事务所李律师"]),
)
def test_a_lawyer_for_a_defined_natural_person_files_the_persons_request(
    person: str, definition: str, agent: str
) -> None:
    """X的代理人 names the principal X, whatever definition stands in brackets between them."""
    name = f"{person}{definition}的代理人{agent}"
    found = classify_applicant(name)
    assert found.category == ApplicantType.NATURAL_PERSON, (name, found.rule_id, found.matched)
