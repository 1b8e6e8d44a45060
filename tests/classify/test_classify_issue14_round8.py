"""Issue 14, eighth round: the classes the seventh blind set showed, fixed as classes of the law and the format.

Titles: a rule (办法, 规定) about penalties or civil-service exams is item (一) first with the act's item as runner-up;
heritage lists a law makes a government announce are item (十五); an interpretation (解读) is never a decided item; a
key project needs a construction word to be item (十)'s own name; a project start, an enforcement-campaign slogan, a
headline of what will happen and "Agency publishes X" are news; a 须知 for applicants is a service guide (五); the
designation of named organisations is (五). Replies: grant verbs such as 现予提供 beside a part not held; 应当向 sends
the applicant to the responsible agency; 不是…所指政府信息; a classified matter or the 国家秘密标志 is a state secret;
the closed period of archives. Applicants: the principal named after 委托人/当事人 or before 的代理人; the employer
written before a job with 以公司名义; an NGO's volunteer is a person; NGOs named after the part of nature they work
for; a 事务所 of a government function; English NGO words (weak).

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


def _runner_up(result: object) -> str | None:
    runner_up = getattr(result, "runner_up", None)
    return runner_up.category if runner_up is not None else None


# ---------------------------------------------------------------------------------------------- titles


@settings(deadline=None)
@given(
    st.sampled_from(("市场监督管理", "档案", "价格", "交通运输", "某省生态环境")),
    st.sampled_from(("行政处罚信息公示规定", "行政处罚程序规定", "行政处罚实施办法", "行政处罚案卷管理规定")),
)
def test_a_rule_about_penalties_is_item_one_first_with_penalties_as_runner_up(field: str, rule: str) -> None:
    """G1: the form of a 规章 decides (一); it also states the penalties' 依据 and procedure (六): never sure."""
    result = classify_content(f"{field}{rule}")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.AMBIGUOUS
    assert _runner_up(result) == "A20.06"


@settings(deadline=None)
@given(
    st.sampled_from(("违纪违规行为处理办法", "考察工作规定", "体检实施细则")),
    st.sampled_from(("", "（部令）")),
)
def test_a_rule_about_civil_service_exams_is_item_one_first(rule: str, tail: str) -> None:
    """A 办法 about 公务员考试录用 is (一) by its form, (十四) the runner-up."""
    result = classify_content(f"公务员考试录用{rule}{tail}")
    assert result.category == "A20.01"
    assert _runner_up(result) == "A20.14"


def test_a_penalty_decision_without_a_rule_form_stays_item_six() -> None:
    """Without a form word the penalty itself is item (六), decided."""
    result = classify_content("某县市场监督管理局行政处罚决定书")
    assert result.category == "A20.06"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("第一批", "第三批", "第四批")),
    st.sampled_from(
        ("历史建筑名录", "历史建筑保护名单", "市级文物保护单位", "县级文物保护单位", "历史文化街区")
    ),
    st.sampled_from(("关于公布{}{}{}的通知", "关于{}{}{}的公示", "{}人民政府关于核定公布{}{}的通知")),
)
def test_a_heritage_list_a_law_makes_a_government_announce_is_item_fifteen(
    place: str, batch: str, kind: str, frame: str
) -> None:
    """文物保护法 第十三条、第十四条 and the 历史文化名城名镇名村保护条例: the announced list is item (十五)."""
    title = frame.format(place, batch, kind) if frame.count("{}") == 3 else frame.format(place, batch + kind)
    result = classify_content(title)
    assert result.category == "A20.15"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("历史文化街区保护规划", "历史文化名城保护规划")))
def test_a_heritage_protection_plan_is_not_the_list(place: str, plan: str) -> None:
    """A 保护规划 put to public notice is a plan (三), not the list."""
    result = classify_content(f"关于{place}{plan}的公示")
    assert result.category == "A20.03"


def test_a_place_added_to_the_heritage_list_is_not_the_list() -> None:
    """News that a place was added (新增) is not the announced list."""
    assert classify_content("武汉市新增6处省级文物保护单位公布").category != "A20.15"


@settings(deadline=None)
@given(
    st.sampled_from(("部门预算", "统计公报", "应急预案", "规划纲要", "实施意见", "收费标准的通知")),
    st.sampled_from(("《{}》解读", "{}政策解读", "关于{}的解读", "图文解读：{}")),
)
def test_an_interpretation_is_never_a_decided_item(document: str, frame: str) -> None:
    """An interpretation is published beside the document but is not the document: the item is never decided."""
    result = classify_content(frame.format(document))
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(("某文件解读", "通知解读", "政策解读")))
def test_an_interpretation_alone_names_no_item(title: str) -> None:
    """With no item of its own, an interpretation is no item."""
    result = classify_content(title)
    assert result.category is None


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("教育振兴", "医疗卫生", "就业帮扶")))
def test_a_key_project_of_a_programme_is_not_a_decided_construction_project(place: str, field: str) -> None:
    """重点项目 names a key task of any kind: beside a field of another item the answer is not sure."""
    result = classify_content(f"{place}乡村{field}重点项目任务清单")
    assert result.confidence is not Confidence.CLEAR or result.category != "A20.10"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES), st.sampled_from(("重点项目建设进展情况", "重大项目开工情况", "重点项目投资计划"))
)
def test_a_key_project_with_its_construction_is_item_ten(place: str, tail: str) -> None:
    """With a construction or investment word the key project is a 重大建设项目 (十)."""
    result = classify_content(f"{place}2024年{tail}")
    assert result.category == "A20.10"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("某社区老旧小区改造", "某路改造工程", "某县污水处理厂项目", "全市重点项目")),
    st.sampled_from(("正式开工", "顺利开工", "集中开工", "开工仪式举行", "破土动工")),
)
def test_a_project_start_reported_as_an_event_is_news(project: str, start: str) -> None:
    """G4: 项目…启动/开工 is news of the project."""
    assert classify_content(f"{project}{start}").category is None


def test_a_construction_permit_keeps_its_item() -> None:
    """A document about the start (施工许可, 开工备案) is no news."""
    assert classify_content("某某小区改造项目正式开工备案公示").category is not None


@settings(deadline=None)
@given(
    st.sampled_from(("考场舞弊", "违规收费", "电信诈骗", "食品安全违法")),
    st.sampled_from(("严查", "严打", "重拳出击", "零容忍")),
)
def test_an_enforcement_campaign_slogan_is_news(subject: str, slogan: str) -> None:
    """Publicity of a campaign (严查…, 重拳出击) is news, whatever field it names."""
    assert classify_content(f"{subject}监测，{slogan}违法行为").category is None


@settings(deadline=None)
@given(
    st.sampled_from(("幼儿园", "某景区", "市区公交", "城区道路")),
    st.sampled_from(("将于下月起按天收费", "将实施交通管制", "将迎来调价", "将全面开放")),
)
def test_a_headline_of_what_will_happen_is_news(subject: str, future: str) -> None:
    """A headline that tells what will happen reports work to come: news."""
    assert classify_content(f"{subject}{future}").category is None


@settings(deadline=None)
@given(st.sampled_from(("通告", "通知", "公告")))
def test_a_document_of_what_will_happen_keeps_its_item(form: str) -> None:
    """The same future said in a document's own form is that document's."""
    result = classify_content(f"关于某路段将实施交通管制的{form}")
    assert result.rule_id != "news.headline.future"


@settings(deadline=None)
@given(
    st.sampled_from(("省食药监局", "市统计局", "县应急管理局")),
    st.sampled_from(("食品抽检公告", "统计公报", "公告")),
)
def test_an_agency_publishing_a_document_is_news_or_not_sure(agency: str, document: str) -> None:
    """The form "Agency publishes X" reports the publication: news, or at most the document's item with news as runner-up."""
    result = classify_content(f"{agency}发布{document}")
    assert result.category is None or result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("职业技能鉴定", "社会体育指导员认定", "残疾人证办理", "职称评审")),
    st.sampled_from(("报名须知", "申报须知", "办事须知")),
)
def test_a_notice_for_applicants_is_a_service_guide(place: str, service: str, notice: str) -> None:
    """第二十条（五）: the conditions and procedure of a service, like a 办事指南."""
    result = classify_content(f"2024年{place}{service}{notice}")
    assert result.category == "A20.05"


def test_a_bidders_notice_is_no_service_guide() -> None:
    """A bidder's 须知 belongs to the tender documents."""
    assert classify_content("某项目投标申请须知").rule_id != "A20.05.guide"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("某某有限公司等三家企业为", "某某医院为", "某某合作社为")),
    st.sampled_from(("定点回收企业", "定点医疗机构", "示范社")),
)
def test_designating_named_organisations_is_item_five(place: str, who: str, what: str) -> None:
    """The designation of organisations is the 办理结果 of an external management service (五)."""
    result = classify_content(f"{place}农业农村局关于确定{who}{what}的函")
    assert result.category == "A20.05"


def test_a_county_named_gong_an_is_no_public_security_area() -> None:
    """公安县 is a county's name."""
    result = classify_content("关于公布公安县第二批历史建筑的通知", level="county")
    assert result.area is not None
    assert result.area.category is None


# ---------------------------------------------------------------------------------------------- replies


@settings(deadline=None)
@given(
    st.sampled_from(("现予提供", "现予以提供")),
    st.sampled_from(("经检索本机关未制作", "本机关不掌握", "信息不存在")),
)
def test_a_grant_verb_beside_a_part_not_held_is_partial(grant: str, missing: str) -> None:
    """部分公开: 区分处理的，只计这一情形."""
    reply = f"您申请的三份文件中，第一份{grant}，第二、三份{missing}。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(deadline=None)
@given(st.sampled_from(("应当向", "应向")), st.sampled_from(("某区人民政府", "某市自然资源局", "县住建局")))
def test_should_apply_to_another_agency_is_not_held(verb: str, agency: str) -> None:
    """第三十六条第（五）项: the agency that is responsible is named."""
    assert classify_outcome(f"你申请的征地补偿方案{verb}{agency}申请。").category == "unavailable_not_held"


def test_should_apply_to_a_village_stays_other() -> None:
    """A village committee is no agency: 其他处理 (round 7)."""
    assert classify_outcome("你申请的村务信息应当向某村村民委员会申请。").category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(("不是", "不属于", "并非")),
    st.sampled_from(("所指政府信息", "所指的政府信息", "所称的政府信息")),
)
def test_not_government_information_in_the_regulations_sense_is_other(negation: str, definition: str) -> None:
    """第二条: not government information → 其他处理."""
    reply = f"所提申请{negation}《中华人民共和国政府信息公开条例》{definition}。"
    assert classify_outcome(reply).category == "other_other"


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


@settings(deadline=None)
@given(st.sampled_from(("不予开放", "尚未开放", "仍在封闭期")))
def test_the_closed_period_of_archives_is_a_law_forbidding_disclosure(closed: str) -> None:
    """档案法 (2020): archives open to the public 25 years after they were made."""
    reply = f"该档案形成未满二十五年，依据《中华人民共和国档案法》{closed}。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


# ---------------------------------------------------------------------------------------------- applicants


@settings(deadline=None)
@given(
    st.sampled_from(("北京某律师事务所", "某某法律援助中心", "某律师")),
    st.sampled_from(("委托人：{}某", "为其当事人{}某申请", "代理申请人{}某")),
    st.sampled_from(SURNAMES),
)
def test_the_principal_named_beside_an_agent_is_the_applicant(agent: str, frame: str, surname: str) -> None:
    """The agent files for the principal, who is the applicant (第二十九条第二款第（一）项: 申请人的姓名或者名称)."""
    result = classify_applicant(f"{agent}（{frame.format(surname)}）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.agent_for_principal"


@settings(deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(("某律师事务所", "某法律服务所")))
def test_the_principal_before_de_dailiren_is_the_applicant(surname: str, agent: str) -> None:
    """X的代理人Y: X is the applicant."""
    result = classify_applicant(f"{surname}某的代理人{agent}")
    assert result.category is ApplicantType.NATURAL_PERSON
    in_parenthesis = classify_applicant(f"{agent}（{surname}某的委托代理人）")
    assert in_parenthesis.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(("某某科技有限公司", "某某建设集团")),
    st.sampled_from(("员工", "经理", "工作人员")),
    st.sampled_from(SURNAMES),
)
def test_an_employer_before_the_job_with_the_company_name_clause_is_the_applicant(
    employer: str, job: str, surname: str
) -> None:
    """以公司名义: the request is the employer's, written before the person's job."""
    result = classify_applicant(f"{employer}{job}{surname}某（以公司名义）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("某某基金会", "某某环保协会", "绿家园")),
    st.sampled_from(("志愿者", "义工")),
    st.sampled_from(SURNAMES),
)
def test_an_ngos_volunteer_is_a_person(ngo: str, title: str, surname: str) -> None:
    """A volunteer named after the NGO applies as a person."""
    result = classify_applicant(f"{ngo}{title}{surname}某")
    assert result.category is ApplicantType.NATURAL_PERSON


def test_an_ngo_named_volunteers_keeps_its_column() -> None:
    """An NGO whose name ends in 志愿者 with no person after it is the NGO."""
    assert classify_applicant("绿家园志愿者").category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(
    st.sampled_from(("莆田", "某市", "")),
    st.sampled_from(("绿萌", "清水", "山野")),
    st.sampled_from(("湿地研究中心", "自然研究中心", "河流研究中心", "湿地中心")),
)
def test_an_ngo_named_after_the_part_of_nature_it_works_for_is_public_interest_but_not_sure(
    place: str, brand: str, kind: str
) -> None:
    """A 民办非企业单位 named 字号 + 湿地/自然/河流 + 研究中心: 社会公益组织, weak."""
    result = classify_applicant(f"{place}{brand}{kind}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


def test_a_wetland_institute_of_the_academy_stays_research() -> None:
    """A 科学院's institute is a research institution whatever field it studies."""
    result = classify_applicant("中国科学院某湿地研究中心")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)
@given(
    st.sampled_from(("上海市闵行区", "某区", "某县")),
    st.sampled_from(("建设用地事务所", "土地事务所", "房屋征收事务所", "房地产登记事务所")),
)
def test_an_office_of_a_government_function_is_other(place: str, office: str) -> None:
    """A 事务所 that names a function of government is a public institution: 其他."""
    assert classify_applicant(f"{place}{office}").category is ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(("某某律师事务所", "某某会计师事务所", "某某税务师事务所")))
def test_a_firms_office_keeps_its_column(firm: str) -> None:
    """A firm's 事务所 names its profession."""
    assert classify_applicant(firm).category is not ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(("Green Earth", "Blue River", "China Dialogue", "Clean Air")),
    st.sampled_from(("Volunteers", "Trust", "Foundation", "Watch", "Coalition")),
)
def test_an_english_ngo_name_is_public_interest_but_not_sure(first: str, second: str) -> None:
    """Words English-named NGOs use, without a Latin legal form: weak 社会公益组织."""
    result = classify_applicant(f"{first} {second}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


def test_an_english_ngo_word_beside_a_legal_form_is_a_company() -> None:
    """A Latin legal form decides first (Trust Bank Ltd is a company)."""
    assert classify_applicant("Trust Bank Ltd").category is ApplicantType.COMMERCIAL_ENTERPRISE


def test_an_english_personal_name_stays_a_person() -> None:
    """Zhang Wei has no organisation word."""
    assert classify_applicant("Zhang Wei").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(("冀科政规", "川发改价格规", "某府规", "某办规")),
    st.integers(min_value=2018, max_value=2025),
    st.integers(min_value=1, max_value=99),
)
def test_a_normative_document_number_names_item_one(prefix: str, year: int, number: int) -> None:
    """A 规 number is given to a registered 行政规范性文件 (国办发〔2018〕37号 统一编号): item (一)."""
    result = classify_content(f"{prefix}〔{year}〕{number}号")
    assert result.category == "A20.01"
    # round 10: a number with no title names no subject: item (一) first, not decided; with its title, decided
    assert result.code == "classify.no_document_evidence"
    titled = classify_content(f"关于印发某某管理办法的通知 {prefix}〔{year}〕{number}号")
    assert (titled.category, titled.confidence) == ("A20.01", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("城乡居民最低生活保障标准", "特困人员救助供养标准", "伤残抚恤金标准")),
    st.sampled_from(("调整", "提高")),
)
def test_the_benefit_level_convention(place: str, benefit: str, verb: str) -> None:
    """Convention: a benefit level is (十一) first, (一) the runner-up; with a 规 number (一) first. Never decided."""
    plain = classify_content(f"{place}人民政府关于{verb}{benefit}的通知")
    assert (plain.category, _runner_up(plain), plain.confidence) == ("A20.11", "A20.01", Confidence.AMBIGUOUS)
    numbered = classify_content(f"{place}人民政府关于{verb}{benefit}的通知（某政规〔2024〕1号）")
    assert (numbered.category, _runner_up(numbered)) == ("A20.01", "A20.11")
    assert numbered.confidence is Confidence.AMBIGUOUS
