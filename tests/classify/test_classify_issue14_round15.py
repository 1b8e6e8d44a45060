"""Issue 14, fifteenth round: headline shapes are never a confident item; titles, replies and applicants by class.

Titles: a line reporting that an item's document was issued (…招录公告发布, …面试公告發布), that something was put
into a plan (…列入下半年考试计划), that a report came out (…出爐), a figure as a percentage (合格率达98%), a document's
name followed by a colon and a second clause (…"三定"方案:副部级…), a question 如何解读 and an agency's bare name
(重庆市地震局) are at most ambiguous; an agency that 发布s a 航行通告 is the news form. A notice on a fee policy is (一),
never a confident (八); a government's 关于…的意见 is (一) whatever progress verb it names; a penalty numbered 罚字〔〕
and a 催告公告 naming a company are (六); a drug's 批准证明文件 is (五). Replies: a 特殊需要 refusal is 其他; referrals
to the archive or the 户籍 system are 行政查询事项; a publication refused is not a partial grant; a correction not made
after 告知补正后 is 逾期不补正; a local rule's 不适用 refusal is 信访举报投诉类. Applicants: an organisation's own name
before 以公司名义, a company's 项目部 in 以X名义, a stated 民办非企业单位, a 课题组, a magazine, a news site, a 指挥部.

Each property varies the words around the phrase that decides; the titles, names and replies are made up, none is a
line of a blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

PLACES = ("竹溪县", "山西省", "某市", "平潭综合实验区", "衡阳市")
YEARS = ("2022", "2024", "2027")


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(YEARS),
    st.sampled_from(("公务员招录", "事业单位招聘", "考试录用公务员面试", "教师招聘")),
    st.sampled_from(("公告发布", "公告發布", "公告出炉", "公告正式发布")),
    st.sampled_from(("", " 考生需关注这些关键细节", ",速看")),
)
def test_a_notice_reported_issued_is_news(place: str, year: str, what: str, verb: str, tail: str) -> None:
    result = classify_content(f"{place}{year}年{what}{verb}{tail}")
    assert result.category is None
    assert result.rule_id == "news.headline.issued"
    # The notice itself (its issuer's own title) keeps its item.
    assert classify_content(f"{place}{year}年{what}公告").category == "A20.14"


@settings(deadline=None)
@given(
    st.sampled_from(("笔试", "面试", "体检")), st.sampled_from(("下半年考试计划", "年度考试计划", "首批试点"))
)
def test_a_line_reporting_what_was_put_in_a_plan_is_news(stage: str, plan: str) -> None:
    result = classify_content(f"中央机关及其直属机构2027年度考试录用公务员{stage}列入{plan}")
    assert result.category is None
    assert result.rule_id == "news.headline.listed"
    assert classify_content(f"关于将某项目列入{plan}的通知").rule_id != "news.headline.listed"


@settings(deadline=None)
@given(
    st.sampled_from(("出爐", "出炉", "新鲜出炉")), st.sampled_from(("监测评价报告", "评估报告", "监测报告"))
)
def test_a_report_that_came_out_is_news(verb: str, report: str) -> None:
    result = classify_content(f"嘉兴市2023年重点污染源{report}{verb}")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("农产品质量安全总体合格率达", "食品抽检合格率达", "全市CPI同比上涨", "就业率为")),
    st.floats(min_value=0.1, max_value=99.9).map(lambda value: f"{value:.1f}"),
)
def test_a_figure_as_a_percentage_is_never_a_confident_item(line: str, figure: str) -> None:
    result = classify_content(f"2021年大同市{line}{figure}%")
    assert result.confidence is not Confidence.CLEAR
    assert result.category is None


@settings(deadline=None)
@given(
    st.sampled_from(("“三定”方案", "机构改革方案", "实施办法", "管理规定", "发展规划")),
    st.sampled_from(("副部级 设18个机构", "新增3项补贴", "明确5类情形")),
)
def test_a_documents_name_before_a_colon_and_a_clause_is_never_decided(document: str, clause: str) -> None:
    result = classify_content(f"09.12 国家林草局{document}:{clause}")
    assert result.confidence is not Confidence.CLEAR
    # The document's own title (no colon, no clause) is decided as before.
    assert classify_content("国家林业和草原局职能配置、内设机构和人员编制规定").confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(("CPI", "PPI", "GDP")), st.sampled_from(("国家统计局指出", "统计局发布")))
def test_a_question_how_to_read_a_figure_is_no_item(index: str, source: str) -> None:
    result = classify_content(f"{source} 9 月 {index} 同比上涨 2.8%,如何解读?")
    assert result.category is None


@settings(deadline=None)
@given(st.sampled_from(("重庆市", "重慶市", "四川省", "某县")), st.sampled_from(("地震局", "气象局")))
def test_an_agencys_bare_name_is_no_item(place: str, bureau: str) -> None:
    assert classify_content(f"{place}{bureau}").category is None
    # A document of the bureau on its field keeps its item.
    assert classify_content(f"{place}{bureau}关于印发地震应急预案的通知").category == "A20.12"


@settings(deadline=None)
@given(st.sampled_from(("巴彦淖尔市乌拉特前旗地方海事处", "某港海事处", "某县地方海事局")))
def test_an_agency_publishing_a_navigation_notice_is_the_news_form(agency: str) -> None:
    result = classify_content(f"{agency}发布航行通告")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("国家发展改革委 民政部 财政部", "省物价局省财政厅省教育厅", "市发展改革委")),
    st.sampled_from(("进一步完善殡葬服务", "明确义务教育学校", "规范幼儿园")),
    st.sampled_from(("收费政策", "价格政策")),
)
def test_a_fee_policy_notice_is_item_one_never_decided(issuer: str, subject: str, policy: str) -> None:
    result = classify_content(f"{issuer}关于{subject}{policy}的通知")
    assert result.category == "A20.01"
    assert result.confidence is not Confidence.CLEAR
    # The fee standard itself stays item (八).
    assert classify_content(f"{issuer}关于{subject}收费标准的通知").category == "A20.08"


@settings(deadline=None)
@given(
    st.sampled_from(("衡阳市人民政府", "国务院", "省人民政府办公厅", "某县人民政府")),
    st.sampled_from(("加快推进", "扎实推进", "全力推进")),
    st.sampled_from(("气象现代化", "养老服务体系建设", "城乡融合发展")),
)
def test_a_governments_opinion_is_item_one(issuer: str, verb: str, subject: str) -> None:
    result = classify_content(f"{issuer}关于{verb}{subject}的意见")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.CLEAR
    # Without the document's form the same words are news.
    assert classify_content(f"{issuer}{verb}{subject}").category is None


@settings(deadline=None)
@given(
    st.sampled_from(("湛環罰字", "湛环罚字", "穗环罚字", "市监罚字")),
    st.integers(min_value=2015, max_value=2026),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(("廉江市綠色東方新能源有限公司", "某某建材有限公司", "某某股份有限公司")),
)
def test_a_penalty_numbered_with_fa_zi_is_item_six(prefix: str, year: int, number: int, party: str) -> None:
    result = classify_content(f"{prefix}〔{year}〕{number}號 {party}")
    assert result.category == "A20.06"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("催告公告", "履行催告", "催告书")),
    st.sampled_from(("中山市港信駕駛員培訓服務有限公司", "某某物流有限公司", "某某集团")),
)
def test_an_enforcement_reminder_naming_a_company_is_item_six(notice: str, party: str) -> None:
    assert classify_content(f"{notice}（{party}）").category == "A20.06"


@settings(deadline=None)
@given(
    st.sampled_from(("2020年09月11日", "", "某省药监局")), st.sampled_from(("待领取信息发布", "领取通知", ""))
)
def test_a_drugs_approval_document_is_a_licence(prefix: str, tail: str) -> None:
    assert classify_content(f"{prefix}药品批准证明文件{tail}").category == "A20.05"


@settings(deadline=None)
@given(
    st.sampled_from(("生活", "生产、生活、科研等", "自身生活")),
    st.sampled_from(("本机关不予提供", "本机关决定不予公开")),
)
def test_a_refusal_for_no_special_need_is_other(need: str, refusal: str) -> None:
    result = classify_outcome(f"您补充的材料不足以证明您系根据{need}特殊需要申请获取该信息，{refusal}。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            "故查询建房用地审批资料必须依照上述规定到本局档案室办理。",
            "属于户籍管理资料，请依照户口登记管理的有关规定到公安机关户政窗口申请查询。",
            "请依照《户口登记条例》到户籍窗口查询。",
        )
    ),
)
def test_a_referral_to_another_system_is_an_administrative_inquiry(referral: str) -> None:
    assert classify_outcome(f"你申请的信息，{referral}").category == "withheld_administrative_inquiry"


def test_an_archive_not_yet_open_stays_prohibited_and_a_publication_stays_a_publication() -> None:
    closed = "根据《中华人民共和国档案法》及相关行政法规的规定，未到开放期限的档案不得对社会公开，您申请的信息不予公开。"
    assert classify_outcome(closed).category == "withheld_prohibited_by_law"
    library = "你要求获取的《某市志》属于公开出版物，请到市图书馆、档案馆查阅。"
    assert classify_outcome(library).category == "not_processed_publication"


@settings(deadline=None)
@given(
    st.sampled_from(("本机关", "本局")),
    st.sampled_from(("《某省社会团体登记管理办法》汇编本", "2024年度《某省人民政府公报》纸质本")),
)
def test_a_publication_refused_is_no_partial_grant(organ: str, publication: str) -> None:
    text = (
        f"你要求{organ}提供{publication}，属于公开出版物，可通过新华书店或公报发行渠道获取，{organ}不予提供。"
    )
    assert classify_outcome(text).category == "not_processed_publication"


@settings(deadline=None)
@given(
    st.sampled_from(("未予补正", "未补正", "逾期未补正")), st.sampled_from(("本申请视为放弃", "视为放弃申请"))
)
def test_a_correction_not_made_after_notice_is_no_correction(missing: str, dropped: str) -> None:
    text = f"你的申请未载明所需信息的名称、文号，经本机关告知补正后，你在规定期限内{missing}，{dropped}。"
    assert classify_outcome(text).category == "other_no_correction"
    # A correction made that is still unclear keeps its own row.
    still = "经本机关告知补正后，你补正后的申请内容仍不明确，无法确定具体的政府信息。"
    assert classify_outcome(still).category == "unavailable_unclear_after_correction"


@settings(deadline=None)
@given(st.sampled_from(("《上海市政府信息公开规定》", "《某市政府信息公开规定》")))
def test_a_local_rules_not_applicable_refusal_is_a_petition_class_request(rule: str) -> None:
    text = f"经审查，你提交的材料不符合{rule}规定的申请要求，不适用于{rule}，本机关不再按照该规定作出答复。"
    assert classify_outcome(text).category == "not_processed_petition"


@settings(deadline=None)
@given(
    st.sampled_from(("廉江市绿色东方新能源有限公司", "某某环保科技有限公司")),
    st.sampled_from(("被湛江市生态环境局处罚的垃圾焚烧企业", "某局监管的排污单位")),
)
def test_a_company_applying_in_its_own_name_beside_an_organs_name_is_a_business(
    company: str, words: str
) -> None:
    result = classify_applicant(f"{company}（{words}，以公司名义申请公开监测报告）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            ("中建八局", "中国建筑第八工程局有限公司"),
            ("中铁十局", "中铁十局集团有限公司"),
            ("某路桥局", "某路桥局有限公司"),
        )
    ),
    st.sampled_from(("连岛项目部", "三标项目部")),
)
def test_a_companys_project_office_applies_for_the_company(short_full: tuple[str, str], unit: str) -> None:
    short, full = short_full
    result = classify_applicant(f"{short}（{full}的简称，项目部以{short}{unit}名义申请公开规划批复）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(st.sampled_from(("曙光防盲和低视力康复研究院", "某某社会发展研究院", "某某环境研究所")))
def test_a_stated_private_non_enterprise_unit_is_an_ngo(name: str) -> None:
    result = classify_applicant(f"{name}（民政部登记的民办非企业单位，申请公开年检结论）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(st.sampled_from(("青海湖生态研究中心课题组", "湿地研究中心课题组", "某某环境研究所课题组")))
def test_a_research_group_is_research(name: str) -> None:
    result = classify_applicant(f"{name}（某高校下设研究中心，课题负责人持学校介绍信申请）")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)
@given(
    st.sampled_from(("萌芽杂志社", "某某期刊社", "中国质量新闻网", "某某编辑部", "木兰溪指挥部")),
    st.sampled_from(("", "（以单位名义申请公开某政策依据）")),
)
def test_magazines_news_sites_and_headquarters_are_other(name: str, context: str) -> None:
    assert classify_applicant(f"{name}{context}").category is ApplicantType.OTHER


def test_a_magazine_company_keeps_its_legal_form() -> None:
    assert classify_applicant("某某杂志社有限公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(
        ("山西省2022年省级机关考试录用公务员面试公告", "某县2024年部门预算", "某市国土空间总体规划")
    ),
)
def test_a_date_followed_by_a_comma_opens_a_news_lead(month: int, day: int, title: str) -> None:
    assert classify_content(f"2022年{month}月{day}日,{title}").confidence is not Confidence.CLEAR
    # A catalogue that dates its title in a parenthesis keeps its decision.
    dated = classify_content(f"{title}（更新于2022年{month}月{day}日）")
    assert dated.confidence is classify_content(title).confidence
