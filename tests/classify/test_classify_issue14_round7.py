"""Issue 14, seventh round: the classes the sixth blind set showed, fixed as classes of the law and the format.

Applicants: an NGO registered as a 环境研究所 or 生态中心 (weak: the name cannot prove the legal form); a description
of what the organisation is in the parenthesis after its name (民间环保组织); a masked name with a court's index
(王某1) or masked completely (**); persons named after a title as principals (受村民孙某、李某委托); a kind word in
"以学校名义" naming the applicant itself; a job or a party role before a person's name; trade words of a company
whose name has no company word. Replies: more not-held wordings (没有掌握, 未保留); 请向 inside "申请向你提供"; the
part that is proactively disclosed beside a part withheld; 第八条 with 第十四条 of the 2007 Regulations. Titles:
reports of what a meeting did, of a passed acceptance, slogan headlines and questions about work done are news; an
appointment notice is (二) but never decided on the word alone; documents of associations, courts and procuratorates
are never a confident item; a leaders' list is (二); a 经办规程 is (一); 危房改造 is (十一); a ministry before a
colon is the news form.

Each property varies the words around the phrase that decides; the titles, replies and names are made up, none is a
line of a blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

PLACES = ("某市", "某县", "某区", "平安县", "临江市", "东城区")
SURNAMES = ("张", "王", "李", "赵", "陈")
GIVEN = ("某", "某某", "**")


def _runner_up(result: object) -> str | None:
    runner_up = getattr(result, "runner_up", None)
    return runner_up.category if runner_up is not None else None


# ---------------------------------------------------------------------------------------------- applicants


@settings(deadline=None)
@given(
    st.sampled_from(("北京市朝阳区", "某市", "平安县", "")),
    st.sampled_from(("绿源", "清水", "山野之友", "蓝天守望")),
    st.sampled_from(("环境研究所", "环境研究中心", "生态中心", "环保中心", "生态研究所")),
)
def test_an_ngo_named_as_a_field_centre_is_a_public_interest_organisation_but_not_sure(
    place: str, brand: str, kind: str
) -> None:
    """A 民办非企业单位 is named 行政区划 + 字号 + 行业 + 研究所/中心: 社会公益组织, weak (the form is not written)."""
    result = classify_applicant(f"{place}{brand}{kind}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("中国科学院", "某大学", "某学院")),
    st.sampled_from(("生态环境研究中心", "环境研究所", "生态研究所")),
)
def test_a_research_institute_of_the_state_system_stays_research(parent: str, kind: str) -> None:
    """A 科学院's or a university's institute is a research institution, whatever field it studies."""
    result = classify_applicant(f"{parent}{kind}")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("自然大学", "某某学院", "某某研究所", "山野之友")),
    st.sampled_from(("民间环保组织", "环保组织", "民间组织", "非营利组织", "公益组织")),
)
def test_a_stated_kind_of_organisation_decides(name: str, kind: str) -> None:
    """What the organisation is, written beside its name, outweighs a word the name contains (大学, 研究所)."""
    result = classify_applicant(f"{name}（{kind}）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.rule_id == "applicant.capacity.stated_form"


@settings(deadline=None)
@given(
    st.sampled_from(SURNAMES), st.sampled_from(("某", "某某", "**")), st.integers(min_value=1, max_value=12)
)
def test_a_masked_name_with_a_court_index_is_a_person(surname: str, mask: str, index: int) -> None:
    """Courts number parties whose masked names coincide (王某1, 王某2): the index is no part of the name."""
    result = classify_applicant(f"{surname}{mask}{index}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("", "原告", "上诉人", "第三人")),
    st.sampled_from(("**", "***", "某某")),
    st.sampled_from(("", "（某某大学学生）", "（某公司职工）")),
)
def test_a_fully_masked_name_is_a_person_but_not_sure(role: str, mask: str, context: str) -> None:
    """A name masked completely is a person's (courts mask persons only), weak: the mask hides everything."""
    result = classify_applicant(f"{role}{mask}{context}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("村民", "居民", "业主", "职工")),
    st.lists(st.sampled_from(("孙某", "孙某某", "李某", "王**")), min_size=1, max_size=3),
    st.sampled_from(("律师", "执业律师", "某律师事务所律师")),
)
def test_persons_named_after_a_title_as_principals_are_natural_persons(
    title: str, names: list[str], agent: str
) -> None:
    """受村民孙某、孙某某委托: the principals are persons (村 in 村民 is no village committee)."""
    result = classify_applicant(f"吴某（{agent}，受{title}{'、'.join(names)}委托申请）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.agent_for_principal"


def test_a_village_committee_as_principal_stays_other() -> None:
    """受某村民委员会委托: the principal is the committee (村民 opens its name, no person follows)."""
    result = classify_applicant("张某（律师，受某村民委员会委托）")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            ("某某传媒大学", ApplicantType.RESEARCH_INSTITUTION),
            ("某某科技有限公司", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("某某环境保护协会", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
        )
    ),
    st.sampled_from(("学校", "公司", "单位", "协会", "机构")),
)
def test_a_kind_word_in_the_name_clause_names_the_applicant_itself(
    named: tuple[str, ApplicantType], kind: str
) -> None:
    """以学校名义, 以公司名义: a bare kind word is the applicant itself, whose own name decides."""
    name, column = named
    assert classify_applicant(f"{name}（以{kind}名义申请）").category is column


@settings(deadline=None)
@given(
    st.sampled_from(("村民", "居民", "业主", "记者", "被执行人", "举报人", "投诉人")),
    st.sampled_from(SURNAMES),
    st.sampled_from(GIVEN),
)
def test_a_job_or_role_before_a_name_is_no_capacity(title: str, surname: str, given_name: str) -> None:
    """村民王某某, 业主张某, 被执行人李某: the person applies; 村 in 村民 is no village committee."""
    result = classify_applicant(f"{title}{surname}{given_name}")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(st.sampled_from(("华远", "恒兴", "东泰")), st.sampled_from(("股份", "控股", "物流", "药业", "投资")))
def test_a_company_named_by_its_trade_or_capital_is_an_enterprise(brand: str, word: str) -> None:
    """A name with no company word but a trade or capital word (股份, 控股, 物流) is a business."""
    assert classify_applicant(f"{brand}{word}").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("投资促进局", "股份经济合作社", "投资促进中心")))
def test_a_public_body_with_a_trade_word_stays_other(place: str, body: str) -> None:
    """投资 in an investment-promotion bureau, 股份 in a village's 股份经济合作社: the public body decides."""
    assert classify_applicant(f"{place}{body}").category is ApplicantType.OTHER


# ---------------------------------------------------------------------------------------------- replies


@settings(deadline=None)
@given(
    st.sampled_from(("经查，", "经检索，", "")),
    st.sampled_from(
        ("本机关没有掌握该信息", "本局未掌握你申请的信息", "相关部门未保留该材料", "本单位没有保留该文件")
    ),
)
def test_more_not_held_wordings(opening: str, wording: str) -> None:
    """没有掌握, 未保留: the agency does not hold the information (第三十六条第（四）项)."""
    assert classify_outcome(f"{opening}{wording}。").category == "unavailable_not_held"


@settings(deadline=None)
@given(
    st.sampled_from(("根据申请向你提供", "根据你的申请向你提供", "现根据申请向您提供")),
    st.sampled_from(("该文件（见附件）", "相关材料复印件", "该信息")),
)
def test_a_grant_made_on_the_application_is_no_referral(grant: str, what: str) -> None:
    """请向 inside "根据申请向你提供" is no referral to another agency: the grant row."""
    assert classify_outcome(f"本机关已受理你的申请，{grant}{what}。").category == "granted"


@settings(deadline=None)
@given(
    st.sampled_from(("第1、2项", "第一项", "其余事项")),
    st.sampled_from(("属于内部工作资料，不予公开", "属于过程性信息，不予公开")),
    st.sampled_from(("第3项属于主动公开内容", "第四项属于本机关主动公开内容，可到服务大厅领取")),
)
def test_a_proactively_disclosed_part_beside_a_withheld_part_is_partial(
    withheld: str, reason: str, granted: str
) -> None:
    """One part withheld, another named as proactively disclosed content: 部分公开 (区分处理的，只计这一情形)."""
    assert classify_outcome(f"你申请的{withheld}{reason}；{granted}。").category == "partially_granted"


def test_proactively_disclosed_content_alone_is_granted() -> None:
    """主动公开内容 without a refusal is the already-published reading of the grant row."""
    result = classify_outcome("你申请的信息属于主动公开内容，可在本机关网站查阅。")
    assert result.category == "granted"


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


# ---------------------------------------------------------------------------------------------- titles


@settings(deadline=None)
@given(
    st.sampled_from(("国务院常务会议", "县政府常务会议", "区委常委会会议")),
    st.sampled_from(("研究", "部署", "审议", "听取")),
    st.sampled_from(("推进新型工业化有关工作", "2025年部门预算编制工作", "防汛应急预案修订工作")),
)
def test_a_report_of_what_a_meeting_did_is_news(meeting: str, verb: str, subject: str) -> None:
    """常务会议研究…: news of the meeting, whatever item its subject belongs to."""
    result = classify_content(f"{meeting}{verb}{subject}")
    assert result.category is None
    assert result.rule_id == "news.meeting_report"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("高标准农田建设项目", "污水处理厂建设项目", "乡村道路工程")),
    st.sampled_from(("通过竣工验收", "通过完工验收", "完成县级验收", "顺利完成验收")),
)
def test_a_report_of_a_passed_acceptance_is_news(place: str, project: str, passed: str) -> None:
    """…项目通过竣工验收: news of the project; the acceptance's own publication keeps item (十)."""
    assert classify_content(f"{place}2024年{project}{passed}").category is None


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("竣工验收情况公示", "竣工验收结果公示")))
def test_the_publication_of_an_acceptance_is_no_news(place: str, publication: str) -> None:
    """The acceptance published by the agency (…验收情况公示) is not a news report: the acceptance rule stays out."""
    result = classify_content(f"{place}污水处理厂建设项目通过{publication}")
    assert result.rule_id != "news.acceptance"


@settings(deadline=None)
@given(
    st.sampled_from(("强化监管", "优化服务", "创新机制")),
    st.sampled_from(("促进养老服务高质量发展", "打造宜居环境", "助力就业创业", "实现稳中提质")),
)
def test_a_slogan_headline_is_news(first: str, second: str) -> None:
    """A headline built of slogans with no document word is news."""
    assert classify_content(f"{first} {second}").category is None


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("若干措施", "实施意见", "奖励办法")))
def test_a_document_with_a_slogan_keeps_its_item(place: str, document: str) -> None:
    """《…促进制造业高质量发展若干措施》 is the document (一), not a headline."""
    result = classify_content(f"关于印发《{place}促进制造业高质量发展{document}》的通知")
    assert result.category == "A20.01"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("安全生产监督检查计划", "防汛应急预案", "部门预算")),
    st.sampled_from(("采取了哪些措施?", "做了什么？", "取得了哪些成效？")),
)
def test_a_question_about_work_done_is_news(place: str, subject: str, question: str) -> None:
    """…计划中采取了哪些措施?: a question about what was done, not the plan."""
    result = classify_content(f"{place}政府在{subject}中{question}")
    assert result.category is None
    assert result.rule_id == "news.question_done"


@settings(deadline=None)
@given(
    st.sampled_from(("张某某", "王某等同志", "李某某、赵某某同志")),
    st.sampled_from(("职务任免", "任免", "免职")),
)
def test_an_appointment_notice_is_item_two_but_not_sure(who: str, act: str) -> None:
    """An appointment may concern anyone on the payroll: item (二), never decided on the word alone."""
    result = classify_content(f"关于{who}{act}的通知")
    assert result.category == "A20.02"
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("某省资产评估协会", "某市律师协会", "最高人民法院", "某省人民检察院")),
    st.sampled_from(("收费标准", "行政处罚", "部门预算")),
)
def test_a_document_of_an_association_or_a_court_is_never_a_confident_item(issuer: str, subject: str) -> None:
    """Associations and judicial organs are not administrative agencies (第二条): never a confident item."""
    result = classify_content(f"{issuer}关于{subject}有关问题的通知")
    assert result.confidence is not Confidence.CLEAR or result.category is None


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("水务局", "财政局", "人民政府")))
def test_a_leaders_list_is_item_two(place: str, agency: str) -> None:
    """领导成员名单: the agency's 负责人, item (二)."""
    result = classify_content(f"{place}{agency}党政领导成员名单")
    assert (result.category, result.confidence) == ("A20.02", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("城乡居民基本养老保险", "工伤保险", "住房公积金归集")),
    st.sampled_from(("经办规程", "业务规程")),
)
def test_a_handling_rule_of_a_benefit_is_a_normative_document(scheme: str, form: str) -> None:
    """经办规程 sets how a benefit is handled for everyone: item (一), outranking the benefit's field (十一)."""
    result = classify_content(f"{scheme}{form}")
    assert result.category == "A20.01"
    # round 10: a form alone is item (一)'s subject, not a sign of who issued it: decided only with an organ
    assert result.code == "classify.no_document_evidence"
    assert (
        classify_content(f"某市人力资源和社会保障局关于印发{scheme}{form}的通知").confidence
        is Confidence.CLEAR
    )


@settings(deadline=None)
@given(st.sampled_from(("农村危房改造", "危房改造")), st.sampled_from(("政策", "补助对象", "实施情况")))
def test_rebuilding_the_dilapidated_houses_of_the_poor_is_item_eleven(subject: str, tail: str) -> None:
    """危房改造 secures the housing of poor households (脱贫攻坚: 住房安全有保障): item (十一)."""
    assert classify_content(f"{subject}{tail}").category == "A20.11"


@settings(deadline=None)
@given(
    st.sampled_from(("农业农村部", "商务部", "交通运输部")),
    st.sampled_from(("今年农机购置补贴实施进度远超往年", "一季度外贸进出口稳中向好")),
)
def test_a_ministry_before_a_colon_is_the_news_form(ministry: str, what: str) -> None:
    """某部：…: the news form "Agency: what happened", like 某局：…."""
    result = classify_content(f"{ministry}:{what}")
    assert result.category is None
    assert result.rule_id == "news.headline.colon"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("征地房屋拆迁补偿安置办法", "征地拆迁补偿标准", "征地涉及房屋补偿方案")),
)
def test_houses_demolished_with_expropriated_land_are_the_land_area(place: str, title: str) -> None:
    """征地 is collective land; its houses are compensated within it (土地管理法 第四十八条): 土地征收."""
    result = classify_content(f"{place}{title}", level="county")
    assert result.area is not None
    assert result.area.category == "A21.land_expropriation"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("国有土地上房屋征收补偿方案", "房屋征收决定", "棚户区改造房屋拆迁公告")),
)
def test_houses_on_state_land_stay_the_housing_area(place: str, title: str) -> None:
    """Without 征地, a house expropriated or demolished is the 房屋征收 area."""
    result = classify_content(f"{place}{title}", level="county")
    assert result.area is not None
    assert result.area.category == "A21.housing_expropriation"


@settings(deadline=None)
@given(
    st.sampled_from(("某省教育厅", "某县人民政府办公室", "某市民政局")),
    st.sampled_from(("庆祝2025年教师节", "庆祝三八国际妇女节", "全国科普日纪念日")),
)
def test_organising_a_celebration_is_no_item(issuer: str, occasion: str) -> None:
    """关于做好庆祝…节有关工作的通知: an event, whatever field word (教师, 妇女) it names."""
    result = classify_content(f"{issuer}关于做好{occasion}有关工作的通知")
    assert result.category is None
    assert result.rule_id == "news.event"


@settings(deadline=None)
@given(st.sampled_from(("自然", "地球", "绿色", "山野")))
def test_a_friends_of_name_is_a_public_interest_organisation_but_not_sure(subject: str) -> None:
    """某某之友 (Friends of …) is how NGOs name themselves: 社会公益组织, weak (no legal form is written)."""
    result = classify_applicant(f"{subject}之友")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("某某大学", "某政法大学", "某某学院")), st.sampled_from(("法律诊所", "弱者权利保护中心"))
)
def test_a_universitys_legal_clinic_is_a_legal_service(university: str, clinic: str) -> None:
    """A legal clinic or rights-protection centre gives legal aid: 法律服务机构, not the university's column."""
    result = classify_applicant(f"{university}{clinic}")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


@settings(deadline=None)
@given(
    st.sampled_from(("你应当向", "请你向", "可直接向")),
    st.sampled_from(("当时签订协议的某村", "某村村民委员会", "所在社区居委会")),
)
def test_a_reply_sending_the_applicant_to_a_village_is_other_handling(sending: str, village: str) -> None:
    """A village or residents' committee is self-governing, not an agency: 其他处理, like 村务."""
    reason = f"该协议由村具体操作，{sending}{village}申请信息公开。"
    assert classify_outcome(reason).category == "other_other"
