"""Title classifier: which item of 第二十条 a title is — licences, procurement, plans, budgets, recruitment, normative
documents and the rest.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_content,
)
from disclosure_rules._classify._scheme import read_bundled_scheme
from tests.classify.samples import (
    _PARTY_ISSUERS,
    _RULE_NAMES,
    _YEARS,
    COMPANIES,
    FIELDS,
    GOVERNMENTS,
    NO_EVIDENCE,
    NOT_AN_ITEM,
    ORGANS,
    ORGANS_R12,
    PLACES,
    PLACES_R10,
    WITH,
    WITHOUT,
    Shape,
    TitleShape,
    UnsureShape,
    _runner_up,
    shape_name,
)
from tests.scripts import load_script

YEARS = ("2023年", "2024年", "2025年1-6月", "2024年11月", "")


YEARS_R3 = ("2023年", "2024年", "2025年度", "")


TOWNS = ("某镇", "平安镇", "临江镇", "东山乡")


def _named_rules() -> list[tuple[str, str, str]]:
    """(item, rule id, phrase with its first required word) for every decisive named rule of (一)–(十五)."""
    scheme = read_bundled_scheme("art20_21_2019")
    cases = []
    for category in scheme["axes"][0]["categories"]:
        if not category["code"].startswith("A20."):
            continue
        for rule in category["rules"]:
            if rule.get("hint") or rule["weight"] < 40:
                continue
            required = rule.get("requires", [""])[0]
            cases += [(category["code"], rule["id"], f"{phrase}{required}") for phrase in rule["phrases"]]
    return cases


# Ties the scheme keeps on purpose (docs/classifiers.md): a 条例 is a 行政法规 (一) or a 地方性法规 (十五); the 核准 of
# a construction project is a grant (五) and the 批准 of a project (十); since round 6 a 裁量基准 is a normative document
# (一) and the 依据 of penalties (六).
_DELIBERATE_TIES = {
    "A20.15.statute",
    "A20.10.approval",
    "A20.01.discretion_benchmark",
    # issue 14, round 9: an accident investigation report is (十二) and (十五) as strongly; a 权责清单 is (二) and
    # (五) as strongly
    "A20.02.power_list",
    "A20.12.accident_report",
    "A20.15.accident_report",
    # issue 14, round 10: a government's decision on powers (…事项的决定) is (一) and (五) as strongly
    "A20.01.government_decision",
    "A20.05.power_decision",
    # issue 14, round 12: a penalty-exemption list is (一) and (六) as strongly
    "A20.01.penalty_exemption_list",
    # issue 14, round 54: a feasibility study's reply is (十) first with (五) the runner-up, never clear
    "A20.05.feasibility_reply",
    # issue 14, round 59: a rule on a charge (…费收取管理办法) is (一) first with (八) the runner-up, never clear
    "A20.08.charge_rules",
}


_DELIBERATE_TIE_PHRASES = {
    "裁量基准",
    "裁量权基准",
    "处罚裁量",
    "权责清单",
    "权力清单",
    "责任清单",
    "权力和责任清单",
    "不予处罚事项清单",
    "不予行政处罚事项清单",
    "免罚事项清单",
    "免罚清单",
    "减轻处罚事项清单",
    "从轻处罚事项清单",
}


_GENERIC_FRAMES = (
    "关于印发《某市{}》的通知",
    "某市{}的公告",
    "关于{}的通知",
    "某县人民政府关于{}的批复",
    "某市{}公示",
)


def _never_a_confident_item(result: object, item: str) -> None:
    """The item is not decided: no category, or the item answered as ambiguous."""
    category = getattr(result, "category", None)
    confidence = getattr(result, "confidence", None)
    assert category is None or (category == item and confidence is Confidence.AMBIGUOUS), (
        category,
        confidence,
    )


FORMS = ("的通知", "的公告", "公示", "情况报告")


ORGANS_R14 = ("县农业农村局", "乡镇", "市发改委", "区教育局", "县政府")


YEARS_R14 = ("2023", "2024", "2025")


_GOVERNMENT_ISSUERS = st.sampled_from(
    ["国务院办公厅", "某某省人民政府办公厅", "某某市人民政府办公室", "某某县人民政府", "某某市财政局"]
)


# Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(YEARS),
    st.sampled_from(
        (
            "国民经济主要指标",
            "主要经济指标",
            "第三次国土调查主要数据公报",
            "国民经济和社会发展统计公报",
            "城镇非私营单位就业人员年平均工资",
            "主要数据公报",
        )
    ),
)
def test_a_statistical_product_is_item_four_whatever_it_measures(place: str, year: str, product: str) -> None:
    """第二十条（四）: a bulletin or table of indicators is statistical information, even about employment."""
    result = classify_content(f"{place}{year}{product}")
    assert result.category == "A20.04"
    # round 10: without a sign of the organ's record (公报, an organ), item (四) first but not decided
    assert result.confidence is Confidence.CLEAR or result.code == "classify.no_document_evidence"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("政务公开", "政府网站", "档案工作", "保密工作")),
    st.sampled_from(("检查情况的通报", "专项检查结果")),
)
def test_an_inspection_without_a_field_of_item_thirteen_is_not_item_thirteen(
    subject: str, inspection: str
) -> None:
    """第二十条（十三） is the 监督检查 of environment, health, safety, food, drugs and product quality."""
    result = classify_content(f"关于2024年{subject}{inspection}")
    assert result.category != "A20.13"


# Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("市人民政府办公室关于印发", "县委办公室 县政府办公室关于印发", "")),
    st.sampled_from(("市自然资源局", "县林业局", "区商务委员会", "市医疗保障局")),
    st.sampled_from(("主要职责内设机构和人员编制规定", "职能配置、内设机构和人员编制规定")),
)
def test_the_three_fixes_document_is_item_two(prefix: str, agency: str, name: str) -> None:
    """第二十条（二）: the 三定 document is the agency's functions and set-up; 规定 is part of its name."""
    result = classify_content(f"{prefix}{agency}{name}" + ("的通知" if prefix else ""))
    assert result.category == "A20.02"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from(PLACES), st.sampled_from(YEARS_R3), st.sampled_from(("局", "委员会", "人民政府")))
def test_an_ogi_report_is_not_read_as_starting_construction(place: str, year: str, body: str) -> None:
    """开工 across 信息公开|工作 is no word: the OGI report is item (十五)."""
    result = classify_content(f"{place}{body}{year}政府信息公开工作报告")
    assert result.category == "A20.15"
    assert "开工" not in result.matched


# Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("财政部", "交通运输部", "生态环境部", "国家市场监督管理总局")),
    st.sampled_from(("2019年第1号", "2021年第12号", "第3号")),
    st.sampled_from(("某某目录", "某某清单（2020年版）", "")),
)
def test_a_ministerial_decree_is_a_regulation(ministry: str, number: str, rest: str) -> None:
    """部令/总局令 is a 规章: item (一), clear, even without a form word."""
    result = classify_content(f"{ministry}令{number} {rest}", level="国务院部门")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("某某大学", "某某医学院", "某某市人民医院", "某某科技有限公司", "某某研究所")),
    st.sampled_from(("2024年拟录用人员名单公示", "公开招聘工作人员面试公告", "2025年拟聘用人员公示")),
)
def test_recruitment_outside_agencies_is_not_item_fourteen(employer: str, notice: str) -> None:
    """Item (十四) is the recruitment of civil servants; a university's, hospital's or company's is not."""
    result = classify_content(f"{employer}{notice}")
    assert result.category != "A20.14"


@settings(deadline=None)
@given(
    st.sampled_from(TOWNS),
    st.sampled_from(("农村村民住房建设管理办法", "农民住房建设审批规定", "农村住房建设管理实施细则")),
)
def test_rural_housing_rules_are_homestead_at_township_level(town: str, rest: str) -> None:
    """第二十一条 (乡镇): rules on villagers' housing are the 宅基地使用情况审核 area, not 农业农村政策."""
    result = classify_content(f"关于印发《{town}{rest}》的通知", level="乡镇/街道")
    assert result.area is not None
    assert result.area.category == "A21.homestead"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES + TOWNS),
    st.sampled_from(("农民房屋补偿安置实施意见", "村民住房补偿标准", "房屋补偿办法")),
)
def test_houses_on_collective_land_are_land_expropriation(place: str, rest: str) -> None:
    """Houses on expropriated collective land are compensated within land expropriation (土地管理法)."""
    result = classify_content(f"{place}关于征收集体所有土地{rest}", level="县级政府")
    assert result.area is not None
    assert result.area.category == "A21.land_expropriation"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES), st.sampled_from(("房票安置实施细则", "征收安置房源分配办法", "房票使用管理办法"))
)
def test_resettlement_by_housing_voucher_is_housing_expropriation(place: str, rest: str) -> None:
    """Resettlement of expropriated households (房票, 征收安置) is the 房屋征收 area."""
    result = classify_content(f"{place}{rest}", level="县级政府")
    assert result.area is not None
    assert result.area.category == "A21.housing_expropriation"


# Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("2024年度", "2025年度", "")),
    st.sampled_from(("部门预算", "部门决算", "政府信息", "财政预决算")),
    st.sampled_from(("公开情况的检查通报", "公开情况通报", "公开情况的督查", "公开情况抽查结果")),
)
def test_a_review_of_disclosure_is_not_the_disclosed_item(year: str, thing: str, review: str) -> None:
    """A report on how agencies disclosed their budgets is about the disclosure work, not the budget."""
    result = classify_content(f"关于{year}{thing}{review}")
    assert result.category is None
    assert result.rule_id is not None
    assert result.rule_id.startswith("news.disclosure_review")


@settings(deadline=None)
@given(
    st.sampled_from(("某区人民政府", "某县人民政府", "临江市人民政府")),
    st.sampled_from(
        (
            "关于确定本区国有土地上房屋征收与补偿相关标准的通知",
            "关于调整国有土地上居住房屋征收补偿标准的通知",
            "关于公布征地补偿标准的通知",
            "关于国有土地上非居住房屋搬迁奖励费标准的通知",
        )
    ),
)
def test_an_expropriation_compensation_standard_is_a_normative_document(body: str, rest: str) -> None:
    """A standard fixed for every expropriation in an area applies generally: item (一), clear."""
    result = classify_content(f"{body}{rest}", level="县级政府")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.CLEAR
    assert result.area is not None
    assert result.area.category in {"A21.housing_expropriation", "A21.land_expropriation"}


@settings(deadline=None)
@given(
    st.sampled_from(("某区人民政府", "临江市人民政府", "某县人民政府")),
    st.sampled_from(("东门街片区", "二号地块", "旧城区改建项目")),
    st.sampled_from(("房屋征收决定", "房屋征收的公告", "房屋征收补偿方案", "国有土地上房屋征收分户补偿情况")),
)
def test_the_notices_of_one_expropriation_are_item_fifteen(body: str, plot: str, notice: str) -> None:
    """Decisions, notices and schemes of one expropriation are published because other laws require them."""
    result = classify_content(f"{body}关于{plot}{notice}", level="县级政府")
    assert result.category == "A20.15"
    assert result.area is not None
    assert result.area.category == "A21.housing_expropriation"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("高标准农田建设项目", "道路改造工程", "污水管网建设项目")),
    st.sampled_from(("勘察设计", "施工", "监理")),
)
def test_a_construction_projects_tender_is_between_procurement_and_projects(
    place: str, project: str, phase: str
) -> None:
    """招标投标法 tenders of a construction project are item (十)'s 实施 as much as item (九): ambiguous."""
    result = classify_content(f"{place}2026年{project}{phase}招标公告")
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.runner_up is not None
    assert {result.category, result.runner_up.category} == {"A20.09", "A20.10"}


@settings(deadline=None)
@given(
    st.sampled_from(("某市中级人民法院", "某县人民法院", "某市人民检察院")),
    st.sampled_from(("公开招聘劳动合同制书记员拟聘人选公示", "公开招聘聘用制司法辅助人员公告")),
)
def test_a_courts_recruitment_is_not_item_fourteen(court: str, notice: str) -> None:
    """A court or procuratorate is not an administrative agency: its contract staff are no 公务员招考."""
    result = classify_content(f"{court}2026年{notice}")
    assert result.category != "A20.14"


@pytest.mark.parametrize(("item", "rule_id", "phrase"), _named_rules())
def test_no_generic_word_outranks_a_named_item(item: str, rule_id: str, phrase: str) -> None:
    """Every item's named rule (weight 40+, not a hint) keeps its item inside 通知, 印发, 公告, 批复, 公示."""
    for frame in _GENERIC_FRAMES:
        result = classify_content(frame.format(phrase))
        if rule_id in _DELIBERATE_TIES or phrase in _DELIBERATE_TIE_PHRASES:
            assert item in {result.category, result.runner_up.category if result.runner_up else None}
        else:
            assert result.category == item, (frame.format(phrase), result.rule_id)


@settings(deadline=None)
@given(
    st.sampled_from(("城镇土地使用税", "污水处理费", "水资源费", "残疾人就业保障金")),
    st.sampled_from(("征收范围", "征收决定", "征收的公告")),
)
def test_collecting_a_tax_or_fee_is_no_expropriation(levy: str, notice: str) -> None:
    """征收 of a tax or fee is no expropriation: not item (十五)'s expropriation notices."""
    result = classify_content(f"关于调整{levy}{notice}的通知", level="县级政府")
    assert result.category != "A20.15"


@settings(deadline=None)
@given(
    st.sampled_from(("政务公开", "政府信息公开")), st.sampled_from(("考核办法", "工作要点", "工作年度报告"))
)
def test_the_rules_and_reports_of_disclosure_keep_their_item(work: str, document: str) -> None:
    """The rules and the reports of disclosure are not a review of it: they keep an item."""
    result = classify_content(f"某市{work}{document}")
    assert result.category is not None


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("上半年", "前三季度", "10月份", "一季度", "2024年")),
    st.sampled_from(("国民经济恢复向好", "国民经济持续回升", "国民经济运行总体平稳", "国民经济稳中有进")),
    st.sampled_from(("", " 高质量发展稳步推进", " 发展质量稳步提升")),
)
def test_a_release_on_the_state_of_the_economy_is_statistics(period: str, release: str, tail: str) -> None:
    """The statistics office's release is titled by what its figures say: item (四), whatever slogan follows."""
    result = classify_content(f"{period}{release}{tail}")
    assert result.category == "A20.04"
    # round 10: a headline-shaped release shows no record shape or organ: item (四) first, not decided; round 32: its
    # period (上半年, 前三季度) is a record's evidence, so a slogan after it is held by the head check instead
    assert result.confidence is Confidence.CLEAR or result.code in {
        "classify.no_document_evidence",
        "classify.item_not_title_head",
    }


def test_the_plan_of_the_national_economy_stays_a_plan() -> None:
    """A 国民经济和社会发展计划 is item (三), not a statistics release."""
    assert classify_content("某县2025年国民经济和社会发展计划").category == "A20.03"


@settings(deadline=None)
@given(
    st.sampled_from(("年产5万吨饲料项目", "某污水处理厂扩建项目", "某医院住院楼建设项目")),
    st.sampled_from(("环境影响报告表", "环境影响报告书", "环境影响评价文件")),
    st.sampled_from(("关于{}的批复", "关于{}的审批意见", "关于退回{}的函", "{}受理公示")),
)
def test_an_environmental_impact_document_handled_by_an_agency_is_a_licence(
    project: str, document: str, frame: str
) -> None:
    """The approval, return or acceptance of an EIA document is a licence act (五), not the project (十)."""
    result = classify_content(frame.format(f"某公司{project}{document}"))
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(
        ("“双随机、一公开”抽查工作计划", "双随机抽查计划", "食品安全抽检计划", "特种设备监督检查计划")
    ),
)
def test_the_plan_of_inspections_is_item_thirteen(place: str, plan: str) -> None:
    """The plan of random inspections belongs to the inspection regime (十三), not to development plans (三)."""
    result = classify_content(f"{place}2025年{plan}")
    assert (result.category, result.confidence) == ("A20.13", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(
        ("个人所得税若干政策问题", "林业税收政策问题", "小微企业税收优惠政策", "研发费用税收政策")
    ),
    st.sampled_from(("的通知", "的公告", "的补充通知")),
)
def test_a_tax_policy_notice_is_a_normative_document(subject: str, document: str) -> None:
    """A ministry's 关于…政策问题的通知 binds everyone it names: item (一)."""
    result = classify_content(f"财政部 税务总局关于{subject}{document}")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


def test_tax_policy_words_without_a_document_decide_nothing() -> None:
    assert classify_content("某县落实税收优惠政策助企纾困").category != "A20.01"


@settings(deadline=None)
@given(
    st.sampled_from(("某路", "某大道非机动车道", "某街")),
    st.sampled_from(("封闭施工", "占道施工", "半幅施工")),
    st.sampled_from(("", "并实施交通管制", "期间交通管制的通告")),
)
def test_road_works_are_municipal_construction(road: str, works: str, control: str) -> None:
    """A traffic control announced for road works is a notice of the works: 市政建设, no item of 第二十条."""
    result = classify_content(f"关于{road}{works}{control}", level="county")
    assert result.area is not None
    assert result.area.category == "A21.municipal_construction"
    assert result.category is None


@settings(deadline=None)
@given(
    st.sampled_from(("某镇", "某乡")),
    st.sampled_from(("小农水项目建设", "小农水工程维修养护", "小农水设施管护")),
)
def test_small_farmland_water_works_are_the_township_area(place: str, subject: str) -> None:
    """小农水 is the common short name of 小型农田水利: the township area 农田水利工程建设运营."""
    result = classify_content(f"{place}2025年{subject}公示", level="township")
    assert result.area is not None
    assert result.area.category == "A21.farmland_water"


@settings(deadline=None)
@given(
    st.sampled_from(("用地用海保障", "用地保障", "要素保障")),
    st.sampled_from(("全部落实", "不断加强", "持续优化")),
)
def test_a_guarantee_of_land_and_sea_use_is_no_licence(guarantee: str, verb: str) -> None:
    """用地用海保障 is a resource policy, not the grant of a sea-use licence (五)."""
    assert classify_content(f"今年重点项目{guarantee}{verb}").category != "A20.05"


@settings(deadline=None)
@given(st.sampled_from(("学习贯彻", "宣传", "普法宣讲")), st.sampled_from(("民法典", "生物安全法")))
def test_learning_or_publicising_a_law_is_not_the_law(verb: str, law: str) -> None:
    assert classify_content(f"某县{verb}《中华人民共和国{law}》").rule_id != "none.national_law"


@settings(deadline=None)
@given(
    st.sampled_from(("某县财政局", "某镇")),
    st.sampled_from(("2025年部门预算", "关于2025年低保对象名单的公示", "行政处罚结果")),
)
def test_a_colon_line_that_names_a_document_keeps_its_item(agency: str, document: str) -> None:
    assert classify_content(f"{agency}：{document}").category is not None


@settings(deadline=None)
@given(
    st.sampled_from(("市政协十三届三次会议第0045号", "县十八届人大二次会议第12号", "区政协第5号")),
    st.sampled_from(("提案的办理意见", "提案复文", "建议的回复", "提案会办意见的函", "建议复文")),
)
def test_more_wordings_of_replies_to_suggestions_are_item_fifteen(meeting: str, reply: str) -> None:
    """Replies to deputies' suggestions and CPPCC proposals are published under national rules: item (十五)."""
    result = classify_content(f"关于{meeting}{reply}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("人大代表建议和政协委员提案", "政协提案", "人大代表建议")),
    st.sampled_from(("办理工作情况", "办理工作总结", "办理情况报告")),
)
def test_the_report_on_handling_suggestions_is_item_fifteen(what: str, report: str) -> None:
    result = classify_content(f"某县2025年{what}{report}")
    assert result.category == "A20.15"
    # round 10: a 工作总结 shows no record shape the calibration reads: item (十五) first, maybe not decided;
    # round 12: a 办理工作总结 is never decided (A20.15.suggestion_summary, a hint)
    if report == "办理工作总结":
        assert result.confidence is not Confidence.CLEAR
    else:
        assert result.confidence is Confidence.CLEAR or result.code == "classify.no_document_evidence"


def test_handling_other_matters_is_not_item_fifteen() -> None:
    assert classify_content("某县2025年信访事项办理工作情况").category != "A20.15"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("政府信息公开年度报告", "政务公开年报", "政府信息公开工作情况报告", "政务公开年度报告")),
)
def test_every_name_of_the_annual_report_is_item_fifteen(place: str, report: str) -> None:
    """第四十九条、第五十条: the annual report on open government information, whatever it is called."""
    result = classify_content(f"{place}2025年{report}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("春风行动", "招聘专项行动", "网络招聘活动", "专场招聘")),
    st.sampled_from(("关于开展2025年“{}”的通知", "关于举办2025年{}的通知")),
)
def test_a_recruitment_event_for_job_seekers_is_an_employment_measure(event: str, frame: str) -> None:
    """A job fair or a recruitment campaign for job seekers promotes employment (十一); it is no 公务员招考 (十四)."""
    result = classify_content(frame.format(event))
    assert result.category != "A20.14"


@settings(deadline=None)
@given(st.sampled_from(("评分细则", "评分标准", "评审细则")), st.sampled_from(("V2", "（修订）", "")))
def test_the_scoring_rules_of_a_tender_are_no_normative_document(rules: str, suffix: str) -> None:
    """A tender's scoring rules belong to its tender documents: never a confident item (一)."""
    result = classify_content(f"某医院医用设备维护服务项目{rules}{suffix}")
    assert not (result.category == "A20.01" and result.confidence is Confidence.CLEAR)


def test_the_nested_phrase_check_finds_a_requires_word_that_silences_a_voting_phrase() -> None:
    """scripts/classify_nested_phrases.py lists a phrase that silences a shorter voting phrase of another category."""
    module = load_script("classify_nested_phrases")
    scheme = {
        "axes": [
            {
                "categories": [
                    {"code": "five", "rules": [{"id": "five.act", "phrases": ["批复"]}]},
                    {
                        "code": "one",
                        "rules": [{"id": "one.notice", "phrases": ["政策"], "requires": ["的批复"]}],
                    },
                ]
            }
        ]
    }
    assert module.nested(scheme) == ["requires '的批复' (one.notice) silences '批复' (five.act)"]
    assert module.nested(scheme, before=scheme) == []


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("福利彩票公益金", "体彩公益金", "彩票公益金")))
def test_the_use_of_lottery_funds_is_a_mandated_disclosure(place: str, fund: str) -> None:
    """彩票管理条例: the use of lottery public-welfare funds is announced every year — item (十五), 公益事业."""
    result = classify_content(f"{place}2025年{fund}使用情况公告", level="county")
    assert result.category == "A20.15"
    assert result.area is not None
    assert result.area.category == "A21.public_welfare"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).


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


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
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
@given(st.sampled_from(PLACES), st.sampled_from(("教育振兴", "医疗卫生", "就业帮扶")))
def test_a_key_project_of_a_programme_is_not_a_decided_construction_project(place: str, field: str) -> None:
    """重点项目 names a key task of any kind: beside a field of another item the answer is not sure."""
    result = classify_content(f"{place}乡村{field}重点项目任务清单")
    assert result.confidence is not Confidence.CLEAR or result.category != "A20.10"


def test_a_construction_permit_keeps_its_item() -> None:
    """A document about the start (施工许可, 开工备案) is no news."""
    assert classify_content("某某小区改造项目正式开工备案公示").category is not None


@settings(deadline=None)
@given(st.sampled_from(("通告", "通知", "公告")))
def test_a_document_of_what_will_happen_keeps_its_item(form: str) -> None:
    """The same future said in a document's own form is that document's."""
    result = classify_content(f"关于某路段将实施交通管制的{form}")
    assert result.rule_id != "news.headline.future"


def test_a_bidders_notice_is_no_service_guide() -> None:
    """A bidder's 须知 belongs to the tender documents."""
    assert classify_content("某项目投标申请须知").rule_id != "A20.05.guide"


def test_a_county_named_gong_an_is_no_public_security_area() -> None:
    """公安县 is a county's name."""
    result = classify_content("关于公布公安县第二批历史建筑的通知", level="county")
    assert result.area is not None
    assert result.area.category is None


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


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(COMPANIES),
    st.sampled_from(
        ("关于印发《{}管理暂行办法》的通知", "关于下发《{}实施细则》的通知", "关于发布{}规定的通知")
    ),
    st.sampled_from(("固定资产投资", "员工考勤", "合同", "安全生产")),
)
def test_a_companys_own_document_is_no_item(company: str, frame: str, subject: str) -> None:
    """第二条: a company is no administrative organ; its 办法 is not item (一)."""
    result = classify_content(f"{company}{frame.format(subject)}")
    assert result.category is None
    assert result.rule_id == "none.not_government.company_issuer"


@settings(deadline=None)
@given(
    st.sampled_from(COMPANIES),
    st.sampled_from(("行政处罚决定书", "施工许可批前公示", "经营许可的批复")),
)
def test_an_organs_act_on_a_company_keeps_its_item(company: str, act: str) -> None:
    """A licence or a penalty about a company is the organ's act (五)/(六)."""
    result = classify_content(f"某县市场监督管理局关于{company}{act}")
    assert result.category in {"A20.05", "A20.06"}


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("某某协会", "某某学会")),
    st.sampled_from(("关于同意{}注销登记的批复", "关于准予{}变更登记的批复", "关于同意筹备成立{}的批复")),
)
def test_an_organs_act_on_a_society_keeps_item_five(place: str, society: str, frame: str) -> None:
    """An organ's grant about a society (注销登记, 变更登记, 筹备成立) is its act (五)."""
    result = classify_content(f"{place}民政局" + frame.format(f"{place}{society}"))
    assert result.category == "A20.05"
    assert result.confidence is Confidence.CLEAR


def test_an_organs_rule_on_lawyers_fees_keeps_its_item() -> None:
    assert classify_content("关于进一步规范律师服务收费的实施意见").category == "A20.01"


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("某市", "某县")))
def test_a_peoples_organisations_budget_stays_item_seven(place: str, level: str) -> None:
    """G5: a people's organisation's budget is item (七), whatever the 协会 in its name."""
    del place
    result = classify_content(f"{level}科学技术协会2024年部门预算")
    assert result.category == "A20.07"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("渔业法", "民法典", "安全生产法", "土地管理法", "数据安全法")),
    st.sampled_from(("", "（2013年修订）", "（2021年修正）")),
)
def test_a_national_laws_text_is_no_item(law: str, tail: str) -> None:
    """A law is made by the NPC; 第二十条（一） is the organ's own documents: no item, never a confident (一)."""
    result = classify_content(f"中华人民共和国{law}{tail}", level="政府部门")
    assert result.category is None
    assert result.rule_id == "none.national_law"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(
        (
            "{}2025年度部门整体支出绩效目标编报通知",
            "关于加强2026年度{}预算绩效目标管理的通知",
            "关于做好{}2025年部门预算编制工作的通知",
            "关于开展{}2024年度部门决算编审工作的通知",
        )
    ),
)
def test_a_notice_on_compiling_an_item_is_never_the_item(place: str, frame: str) -> None:
    result = classify_content(frame.format(place))
    _never_a_confident_item(result, "A20.07")


def test_a_buildings_completion_filing_stays_item_five() -> None:
    assert classify_content("某小区竣工验收备案公示").category == "A20.05"


@settings(deadline=None)
@given(st.sampled_from(("权责清单", "权力清单")), st.sampled_from(("", "某市行政执法机关", "某县人民政府")))
def test_a_power_list_is_two_and_five(word: str, owner: str) -> None:
    result = classify_content(f"{owner}{word}")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, _runner_up(result)} == {"A20.02", "A20.05"}


@settings(deadline=None)
@given(
    st.sampled_from(("北京某某律师事务所", "某某律所")),
    st.sampled_from(("收费标准", "服务收费标准（2025年）")),
)
def test_a_law_firms_own_fee_schedule_is_no_item(firm: str, fee: str) -> None:
    """A law firm sets its own (market) price: no item of 第二十条."""
    result = classify_content(f"{firm}{fee}")
    assert result.category is None
    assert result.rule_id is not None
    assert result.rule_id.startswith("none.not_government.")


@settings(deadline=None)
@given(
    st.sampled_from(("行政处罚决定书", "行政许可决定书")),
    st.sampled_from(("关于统一{}格式的通知", "关于印发{}格式文本的通知")),
)
def test_a_format_an_organ_sets_keeps_its_item(document: str, frame: str) -> None:
    """A format framed as the organ's document is no content-farm template."""
    result = classify_content(frame.format(document))
    assert result.category in {"A20.01", "A20.05", "A20.06"}


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(ORGANS), st.sampled_from(FORMS))
def test_an_organ_and_a_form_decide_a_named_item(organ: str, form: str) -> None:
    """The same item word framed as an organ's document is decided (the evidence is positive, not a phrase list)."""
    result = classify_content(f"{organ}关于2024年部门预算{form}")
    assert (result.category, result.confidence) == ("A20.07", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("城乡居民基本养老保险", "城市道路管理", "不动产登记资料查询", "农村低保审核审批")),
    st.sampled_from(("管理办法", "实施细则", "暂行规定", "经办规程")),
)
def test_a_form_alone_needs_an_issuer(subject: str, form: str) -> None:
    """Item (一) is defined by its form, so the form is its subject, not evidence of who made it."""
    bare = classify_content(f"{subject}{form}")
    assert bare.category == "A20.01"
    assert bare.code == NO_EVIDENCE
    issued = classify_content(f"某市人民政府办公室关于印发{subject}{form}的通知")
    assert (issued.category, issued.confidence) == ("A20.01", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("下放", "取消", "调整")),
    st.sampled_from(("一批行政许可事项", "部分行政权力事项", "行政审批事项")),
    st.sampled_from(("某省人民政府", "某市人民政府", "国务院")),
)
def test_a_governments_decision_on_powers_is_one_and_five(verb: str, powers: str, government: str) -> None:
    """A 决定 that moves powers binds everyone (一) and fixes who grants which licence (五): never decided."""
    result = classify_content(f"{government}关于{verb}{powers}的决定")
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.01", "A20.05"}
    assert result.confidence is Confidence.AMBIGUOUS


def test_a_refused_title_does_not_fall_back_to_the_body() -> None:
    """The title said something (its shape): the body is not read as if the title said nothing."""
    result = classify_content("应急预案是什么意思", body="某县人民政府关于印发某县防汛应急预案的通知")
    assert result.category is None
    assert result.code == NOT_AN_ITEM


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("市政府", "某市人民政府", "某省人民政府")),
    st.sampled_from(("关于公布", "关于调整", "关于印发")),
    st.sampled_from(("征地区片综合地价", "区片综合地价", "统一年产值标准")),
)
def test_a_land_compensation_standard_published_by_notice_is_item_one(
    government: str, frame: str, standard: str
) -> None:
    """A published compensation standard binds everyone whose land is taken: a normative document (一)."""
    result = classify_content(f"{government}{frame}某市{standard}执行标准的通知", level="city")
    assert result.category == "A20.01"


# Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(ORGANS_R12),
    st.sampled_from(("就业", "社会保障", "义务教育")),
)
def test_a_directive_notice_on_an_item_eleven_field_is_not_made_item_one(organ: str, field: str) -> None:
    result = classify_content(f"{organ}关于进一步加强{field}工作的通知")
    assert result.rule_id != "A20.01.directive_notice"


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("第一批", "第三批", "第十批")),
    st.sampled_from(("建筑节能材料（产品）", "省级众创空间", "优质中小企业服务机构", "普惠托育服务机构")),
    st.sampled_from(("关于公布某市2026年{}{}公示名单的通知", "关于{}{}名单的公示")),
)
def test_a_batch_list_hints_at_item_five_without_deciding(batch: str, subject: str, frame: str) -> None:
    result = classify_content(frame.format(batch, subject))
    assert result.category == "A20.05"
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(st.sampled_from(("第一批", "第四批")), st.sampled_from(("历史建筑保护名单", "拟录用公务员名单")))
def test_a_batch_list_never_outweighs_an_items_own_name(batch: str, subject: str) -> None:
    result = classify_content(f"某县人民政府关于公布{batch}{subject}的通知")
    assert result.category != "A20.05"


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(ORGANS_R14),
    st.sampled_from(YEARS_R14),
    st.sampled_from(("及", "暨", "和")),
    st.sampled_from(("工作计划", "工作思路", "工作安排", "工作打算")),
)
def test_a_work_summary_is_no_plan(organ: str, year: str, joint: str, plan: str) -> None:
    result = classify_content(f"{organ}{year}年工作总结{joint}{int(year) + 1}年{plan}")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


def test_an_organs_own_division_of_work_keeps_item_two() -> None:
    assert classify_content("某县人民政府关于县政府领导分工调整的通知").category == "A20.02"


@settings(deadline=None)
@given(
    st.sampled_from(("医疗机构设置公示", "设置医疗机构批准公示")),
    st.sampled_from(("体检中心", "口腔诊所", "中医门诊部")),
)
def test_a_medical_institutions_establishment_is_a_licence(words: str, clinic: str) -> None:
    result = classify_content(f"{words}（武汉洪山某某{clinic}）", level="city")
    assert result.category == "A20.05"
    assert result.area is not None
    assert result.area.category == "A21.public_services"


def test_an_organs_own_organisation_keeps_item_two() -> None:
    assert classify_content("某市卫生健康委员会机构设置").category == "A20.02"


@settings(deadline=None)
@given(
    st.sampled_from(("穗番环罚", "岳县环罚", "应急罚", "卫医罚", "市监罚")),
    st.integers(min_value=2015, max_value=2026),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(("中国石油天然气股份有限公司", "某某建材有限公司", "张某")),
)
def test_a_penalty_titled_by_its_number_is_item_six(prefix: str, year: int, number: int, party: str) -> None:
    result = classify_content(f"{prefix}〔{year}〕{number}号{party}")
    assert result.category == "A20.06"
    assert result.confidence is Confidence.CLEAR


def test_a_rule_on_budget_investment_stays_a_normative_document() -> None:
    assert classify_content("城市地下管网及设施中央预算内投资专项管理办法").category == "A20.01"


def test_a_civil_service_recruitment_keeps_item_fourteen() -> None:
    assert classify_content("某县2024年考试录用公务员公告").category == "A20.14"


@settings(deadline=None)
@given(st.sampled_from(("监督检查", "专项检查", "抽查")))
def test_an_inspection_report_on_infection_keeps_item_thirteen(inspection: str) -> None:
    result = classify_content(f"某区卫生健康局关于医院感染管理{inspection}情况的通报")
    assert result.rule_id != "A20.12.outbreak_report"


def test_a_procurements_evaluation_result_is_no_recognition() -> None:
    result = classify_content("某学校设备采购项目评审结果公示")
    assert result.category == "A20.09"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).


@settings(deadline=None)
@given(st.sampled_from(("重庆市", "重慶市", "四川省", "某县")), st.sampled_from(("地震局", "气象局")))
def test_an_agencys_bare_name_is_no_item(place: str, bureau: str) -> None:
    assert classify_content(f"{place}{bureau}").category is None
    # A document of the bureau on its field keeps its item.
    assert classify_content(f"{place}{bureau}关于印发地震应急预案的通知").category == "A20.12"


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


# Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(GOVERNMENTS),
    st.sampled_from(FIELDS),
    st.sampled_from(("关于印发{}应急预案的通知", "关于印发《{}应急预案》的通知")),
)
def test_a_government_issuing_a_named_plan_keeps_its_decision(
    government: str, field: str, frame: str
) -> None:
    """关于印发…应急预案的通知 is no order: the named plan decides as before."""
    title = f"{government}{frame.format(field)}"
    assert WITH.classify(title) == WITHOUT.classify(title)


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=100, deadline=None)
@given(_PARTY_ISSUERS, _GOVERNMENT_ISSUERS, _RULE_NAMES)
def test_a_joint_party_and_government_issue_keeps_its_item(party: str, government: str, rule: str) -> None:
    """中共中央办公厅 国务院办公厅印发《…办法》: the government's office makes it the administrative organ's document too."""
    issuer = party.removesuffix("关于印发").removesuffix("印发")
    result = classify_content(f"{issuer} {government}印发《{rule}》")
    assert result.rule_id != "none.not_government.party_rules"
    assert result.category == "A20.01"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["中共某某市委宣传部", "中共某某县委组织部"]), _YEARS)
def test_a_party_organs_budget_keeps_item_seven(issuer: str, year: int) -> None:
    """Only a rule's form is refused: a party organ's 部门决算 (预算法 binds every 部门) stays item (七)."""
    result = classify_content(f"{issuer}{year}年度部门决算")
    assert result.category == "A20.07"


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["燃气经营许可证", "取水许可证", "排污许可证"]))
def test_a_licence_granted_stays_item_five(licence: str) -> None:
    """The guard: 关于核发…许可证的公告 grants the licence — still (五)."""
    result = classify_content(f"关于核发{licence}的公告")
    assert result.category == "A20.05"


ITEMS_SHAPES: Final[list[Shape]] = [
    # Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
    TitleShape(
        "a_licence_document_is_item_five_without_the_word_licence",
        "{subject}{notice}",
        {
            "notice": (
                "用地预审与选址意见书公示",
                "建设项目用海公示",
                "建设工程规划许可批后公布",
                "审批前公示",
            ),
            "subject": ("某某公司", "某某风电场项目", "某路改建工程", ""),
        },
        "A20.05",
        why="第二十条（五）: the documents a licence issues name the licence (选址意见书, 用海, 批前/批后公示).",
    ),
    TitleShape(
        "a_procurement_notice_is_item_nine_whatever_the_buyer_inspects",
        "某市{buyer}{notice}",
        {
            "buyer": ("环境监测中心站", "疾病预防控制中心", "食品检验所", "安全生产服务中心"),
            "notice": ("关于征集委托检测报价的公示", "后勤服务项目采购方案公告", "设备项目更正公告"),
        },
        "A20.09",
        why="G3: a procurement notice is item (九) whatever the buyer's field (an inspection body, a hospital).",
    ),
    TitleShape(
        "civil_service_recruitment_is_item_fourteen",
        "某市2025年{phrase}",
        {"phrase": ("考试录用公务员公告", "公务员招录职位表", "公务员考试面试公告", "拟录用公务员名单")},
        "A20.14",
    ),
    TitleShape(
        "an_inspection_of_a_field_of_item_thirteen_is_item_thirteen",
        "关于2024年{field}{inspection}",
        {
            "field": ("食品安全", "安全生产", "生态环境", "特种设备"),
            "inspection": ("检查情况的通报", "专项检查结果"),
        },
        "A20.13",
    ),
    # Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).
    TitleShape(
        "the_level_of_a_benefit_is_item_eleven",
        "关于调整{place}{benefit}的通知",
        {
            "place": PLACES,
            "benefit": ("工伤职工伤残津贴", "优抚对象抚恤补助", "城乡低保标准", "特困人员救助供养标准"),
        },
        "A20.11",
        why="A benefit's level (津贴、抚恤、低保标准) is a (十一) measure, without the field's own name.",
    ),
    TitleShape(
        "hiring_by_an_agency_is_item_fourteen",
        "{place}{notice}",
        {
            "place": PLACES,
            "notice": (
                "考试录用公务员拟录用人员名单",
                "机关公开招聘参公人员公告",
                "公安机关招录人民警察拟录用人员公示",
            ),
        },
        "A20.14",
        confidence=Confidence.CLEAR,
        why="Recruitment with 公务员/参公/机关 context stays a clear item (十四).",
    ),
    TitleShape(
        "an_agency_profile_is_item_two",
        "{agency}{profile}",
        {"agency": ("某县水利局", "某市统计局", "某区商务委员会"), "profile": ("机关简介", "概况")},
        "A20.02",
        why="An agency's profile (机关简介, 某局概况) is item (二).",
    ),
    TitleShape(
        "a_normative_document_about_licensing_is_item_one",
        "{place}{document}",
        {
            "place": PLACES,
            "document": ("行政许可事项清单管理办法", "行政许可告知承诺制实施细则", "行政许可听证规定"),
        },
        "A20.01",
        why="G1: the form of a normative document decides, also when its subject is 行政许可.",
    ),
    TitleShape(
        "a_statistics_release_named_by_its_indicator_is_item_four",
        "{place}{year}{indicator}",
        {
            "place": PLACES,
            "year": YEARS_R3,
            "indicator": ("地区生产总值增加值初步核算", "制造业采购经理指数", "工业生产情况", "能源生产情况"),
        },
        "A20.04",
        why="第二十条（四）: a release named by its indicator; 采购 inside 采购经理指数 is no procurement.",
    ),
    TitleShape(
        "a_list_of_government_funds_is_item_eight",
        "{place}{name}",
        {"place": ("某省", "某市", "某县"), "name": ("政府性基金目录清单", "政府性基金项目目录")},
        "A20.08",
        why="The 政府性基金目录清单 is published with the fee lists: item (八), not a budget.",
    ),
    # Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).
    TitleShape(
        "a_failed_tender_is_still_procurement",
        "{place}{goods}采购项目流标公告",
        {"place": PLACES, "goods": ("办公设备", "物业服务", "印刷服务")},
        "A20.09",
        why="The split rule still decides a real 流标公告.",
    ),
    TitleShape(
        "rules_on_making_plans_are_item_one",
        "{place}{plan}{form}",
        {
            "place": PLACES,
            "plan": ("国土空间规划", "村庄规划", "详细规划", "专项规划"),
            "form": ("管理办法", "编制管理规定", "实施细则", "管理暂行规定"),
        },
        "A20.01",
        why="Rules on how plans are made or managed are a normative document, not the plan (item 三).",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    TitleShape(
        "a_budget_disclosure_itself_stays_item_seven",
        "{place}农业农村局{year}部门预算公开情况",
        {"place": PLACES, "year": ("2024年", "2025年")},
        "A20.07",
        why="The budget published (部门预算公开情况, without a review) is still item (七).",
    ),
    TitleShape(
        "extending_the_validity_of_a_rule_is_item_one",
        "{place}人民政府关于延长《{place}{rule}》有效期的通知",
        {"place": PLACES, "rule": ("住房租赁补贴标准", "非居住房屋按期搬迁奖励费标准", "城市绿化管理办法")},
        "A20.01",
        why="A notice that extends a rule's validity (有效期) is about a normative document.",
    ),
    TitleShape(
        "extending_a_licence_is_not_a_normative_document",
        "关于延长某公司{licence}有效期的公告",
        {"licence": ("取水许可证", "排污许可证", "道路运输经营许可证")},
        "A20.05",
        why="Extending a licence's validity is a licence act (item 五), not a normative document.",
    ),
    TitleShape(
        "a_document_marked_internal_has_no_item",
        "关于{subject}的通知{mark}",
        {"subject": ("干部任免", "人事调整", "机构编制调整"), "mark": ("（内部）", "(内部)", "（内部文件）")},
        None,
        why="第十六条: a document its agency marks as internal is not proactive-disclosure content.",
    ),
    TitleShape(
        "the_reply_to_a_suggestion_is_still_item_fifteen",
        "关于对{rest}",
        {"rest": ("市政协十四届二次会议第12号提案的答复", "县人大十八届三次会议第5号建议的答复")},
        "A20.15",
        confidence=Confidence.CLEAR,
        why="The reply (建议提案办理复文) keeps its clear item (十五).",
    ),
    TitleShape(
        "a_review_of_disclosure_work_has_no_item",
        "关于2025年全区{work}{review}",
        {
            "work": ("政务公开", "政府网站与政务新媒体", "政府信息公开"),
            "review": ("工作检查情况的通报", "第三季度抽查情况通报", "工作督查结果"),
        },
        None,
        why="An inspection of disclosure, websites or new media is about the disclosure work: no item.",
    ),
    TitleShape(
        "school_fees_are_fees",
        "关于调整某省{school}{fee}的通知",
        {"school": ("普通高中", "公办幼儿园", "高职院校"), "fee": ("学费标准", "住宿费标准", "保育教育费")},
        "A20.08",
        confidence=Confidence.CLEAR,
        why="Tuition and boarding fees of public schools are 行政事业性收费: item (八), not an education measure.",
    ),
    TitleShape(
        "an_invitation_to_tender_is_procurement",
        "{place}机关事务管理局办公设备{notice}",
        {"place": PLACES, "notice": ("邀标结果公告", "邀请招标公告")},
        "A20.09",
        why="邀请招标 is a procurement method of 政府采购法 第二十六条: item (九).",
    ),
    TitleShape(
        "the_materials_of_a_service_are_item_five",
        "{service}{materials}",
        {"service": ("营业执照变更登记", "证书补发", "户口迁移"), "materials": ("申请材料", "所需材料")},
        "A20.05",
        why="The materials to submit for a service are its 条件: item (五).",
    ),
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    TitleShape(
        "internal_control_is_internal_affairs",
        "{place}财政局{subject}",
        {"place": PLACES, "subject": ("内部控制管理制度", "内控工作总结", "健全内控机制")},
        None,
        why="Internal control is an agency's internal management (第十六条): no item.",
    ),
    TitleShape(
        "a_national_law_is_no_item_of_the_organ",
        "中华人民共和国{law}",
        {"law": ("生物安全法", "乡村振兴促进法", "长江保护法", "数据安全法")},
        None,
        rule_id="none.national_law",
        why="A 法律 is made by the NPC, not by the organ that re-posts it: no item (convention of round 9, which replaced round 6's reading with item (一); docs/classifiers.md).",
    ),
    TitleShape(
        "an_output_or_population_statistic_is_item_four",
        "{place}2025年{statistic}",
        {"place": PLACES, "statistic": ("粮食产量数据", "人口变动情况抽样调查", "粮食产量公告")},
        "A20.04",
    ),
    TitleShape(
        "an_exclamation_or_a_question_marks_publicity",
        "2025年{subject}{call}",
        {
            "subject": ("征兵", "防汛", "部门预算", "食品安全抽检"),
            "call": ("号角已吹响，快来报名！", "你准备好了吗？", "等你来！"),
        },
        None,
        why="A document title is never an exclamation or a question: such a line is publicity or news, no item.",
    ),
    TitleShape(
        "an_approved_change_of_registered_particulars_is_item_five",
        "关于某某民办学校{change}情况{document}",
        {"change": ("名称和法人变更", "举办者变更", "法人变更", "地址变更"), "document": ("公示", "的批复")},
        "A20.05",
        why="A school's or an institution's change of name, legal representative or founder is approved: item (五).",
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    TitleShape(
        "a_document_with_a_slogan_keeps_its_item",
        "关于印发《{place}促进制造业高质量发展{document}》的通知",
        {"place": PLACES, "document": ("若干措施", "实施意见", "奖励办法")},
        "A20.01",
        why="《…促进制造业高质量发展若干措施》 is the document (一), not a headline.",
    ),
    TitleShape(
        "rebuilding_the_dilapidated_houses_of_the_poor_is_item_eleven",
        "{subject}{tail}",
        {"subject": ("农村危房改造", "危房改造"), "tail": ("政策", "补助对象", "实施情况")},
        "A20.11",
        why="危房改造 secures the housing of poor households (脱贫攻坚: 住房安全有保障): item (十一).",
    ),
    TitleShape(
        "organising_a_celebration_is_no_item",
        "{issuer}关于做好{occasion}有关工作的通知",
        {
            "issuer": ("某省教育厅", "某县人民政府办公室", "某市民政局"),
            "occasion": ("庆祝2025年教师节", "庆祝三八国际妇女节", "全国科普日纪念日"),
        },
        None,
        rule_id="news.event",
        why="关于做好庆祝…节有关工作的通知: an event, whatever field word (教师, 妇女) it names.",
    ),
    # Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
    TitleShape(
        "a_heritage_protection_plan_is_not_the_list",
        "关于{place}{plan}的公示",
        {"place": PLACES, "plan": ("历史文化街区保护规划", "历史文化名城保护规划")},
        "A20.03",
        why="A 保护规划 put to public notice is a plan (三), not the list.",
    ),
    TitleShape(
        "an_interpretation_alone_names_no_item",
        "{title}",
        {"title": ("某文件解读", "通知解读", "政策解读")},
        None,
        why="With no item of its own, an interpretation is no item.",
    ),
    TitleShape(
        "a_key_project_with_its_construction_is_item_ten",
        "{place}2024年{tail}",
        {"place": PLACES, "tail": ("重点项目建设进展情况", "重大项目开工情况", "重点项目投资计划")},
        "A20.10",
        confidence=Confidence.CLEAR,
        why="With a construction or investment word the key project is a 重大建设项目 (十).",
    ),
    TitleShape(
        "a_notice_for_applicants_is_a_service_guide",
        "2024年{place}{service}{notice}",
        {
            "place": PLACES,
            "service": ("职业技能鉴定", "社会体育指导员认定", "残疾人证办理", "职称评审"),
            "notice": ("报名须知", "申报须知", "办事须知"),
        },
        "A20.05",
        why="第二十条（五）: the conditions and procedure of a service, like a 办事指南.",
    ),
    TitleShape(
        "designating_named_organisations_is_item_five",
        "{place}农业农村局关于确定{who}{what}的函",
        {
            "place": PLACES,
            "who": ("某某有限公司等三家企业为", "某某医院为", "某某合作社为"),
            "what": ("定点回收企业", "定点医疗机构", "示范社"),
        },
        "A20.05",
        why="The designation of organisations is the 办理结果 of an external management service (五).",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    TitleShape(
        "a_law_firms_fee_schedule_is_no_fee_item",
        "{fee}{tail}",
        {"tail": ("", "（2025 年）", "（2024年版）"), "fee": ("律师服务收费标准", "律师服务费")},
        None,
        why="A law firm sets its own 律师服务费标准 (filed with the bar association): not 行政事业性收费 (八).",
    ),
    TitleShape(
        "a_laws_implementing_regulation_is_still_item_one",
        "中华人民共和国{regulation}",
        {"regulation": ("道路交通安全法实施条例", "土地管理法实施条例")},
        "A20.01",
        why="A 实施条例 is a 行政法规 (一).",
    ),
    TitleShape(
        "a_rule_on_compiling_keeps_item_one",
        "{place}预算编制工作管理办法",
        {"place": PLACES},
        "A20.01",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "a_search_query_page_is_no_item",
        "{prefix}{query}",
        {
            "query": (
                "公平竞争抽查办法最新消息2024年公告",
                "发改299号文收费标准",
                "低保标准最新规定",
                "提案答复函格式",
            ),
            "prefix": ("", "县", "市"),
        },
        None,
        why="Content-farm pages stack a query's words (最新消息, X号文, 格式): no organ publishes them.",
    ),
    TitleShape(
        "a_figure_named_by_its_measure_is_statistics",
        "某省{measure}{tail}",
        {
            "measure": (
                "季度生产总值",
                "主要农作物产量状况",
                "各时段旅游接待人数",
                "港口货物吞吐量",
                "全社会用电量",
            ),
            "tail": ("目录", "目录（2个）", "", "情况"),
        },
        "A20.04",
    ),
    TitleShape(
        "the_completion_of_key_projects_is_item_ten",
        "{project}竣工验收{tail}",
        {"project": ("重点项目", "重大项目", "重点建设项目"), "tail": ("情况目录", "情况公示", "情况")},
        "A20.10",
    ),
    TitleShape(
        "bid_opening_is_procurement",
        "{buyer}智慧校园建设项目{notice}",
        {
            "buyer": ("某某中学", "某某医院", "某县第二中学"),
            "notice": ("延期开标说明", "开标记录", "开标公示"),
        },
        "A20.09",
    ),
    TitleShape(
        "a_document_that_says_wo_keeps_its_item",
        "关于明确{voice}{subject}的通知",
        {"voice": ("我省", "我市"), "subject": ("专接本学生学费标准", "水土保持补偿费收费标准")},
        "A20.08",
        why="关于明确我省…的通知 is framed as a document: its item stays.",
    ),
    TitleShape(
        "the_catalogue_of_major_decisions_is_item_fifteen",
        "{owner}{catalogue}",
        {
            "owner": ("某省", "某市2025年度", "某县人民政府2024年度"),
            "catalogue": ("重大行政决策事项目录", "重大决策事项目录"),
        },
        "A20.15",
        why="重大行政决策程序暂行条例: the 决策事项目录 is announced to the public (十五).",
    ),
    TitleShape(
        "expropriation_compensation_information_is_item_fifteen",
        "{thing}{words}目录",
        {"thing": ("国有土地上房屋", "某片区房屋"), "words": ("征收补偿信息", "征收补偿情况")},
        "A20.15",
        why="国有土地上房屋征收与补偿条例 第二十九条: the compensation is announced (十五).",
    ),
    TitleShape(
        "a_citizens_message_is_no_item",
        "{message}{tail}",
        {
            "message": ("关于某小区物业收费标准过高的投诉", "询问某镇低保标准是多少", "能否公布某县部门预算"),
            "tail": ("", "（网友留言）"),
        },
        None,
        why="A message on a message board asks the organ something: no item.",
    ),
    TitleShape(
        "a_courts_budget_stays_item_seven",
        "{court}2025年部门预算",
        {"court": ("某县人民法院", "某市人民检察院")},
        "A20.07",
        confidence=Confidence.CLEAR,
        why="G5: a budget is item (七) whoever publishes it.",
    ),
    UnsureShape(
        "the_name_of_a_law_is_not_the_item_it_names",
        "某市人民政府关于贯彻实施《中华人民共和国{law}》的通知",
        {"law": ("行政许可法", "行政处罚法", "政府采购法", "预算法")},
        why="关于贯彻实施《中华人民共和国行政许可法》的通知 is no licence, purchase or budget.",
    ),
    # Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
    TitleShape(
        "a_rule_on_audit_rectification_is_item_one",
        "某省人民政府关于印发某省{rule}的通知",
        {"rule": ("审计整改结果公告办法", "审计查出问题整改管理规定")},
        "A20.01",
        why="A 办法 on announcing audit results is (一) by its form (G1).",
    ),
    TitleShape(
        "a_subsidy_level_of_item_elevens_fields_is_item_eleven",
        "{place}民政局关于公布2024年{subsidy}的公告",
        {
            "place": PLACES_R10,
            "subsidy": ("农村义务教育学生营养餐补助标准", "特困人员救助补助标准", "残疾人两项补贴标准"),
        },
        "A20.11",
        why="The level of a social-security, assistance or education subsidy is a (十一) measure.",
    ),
    # Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
    TitleShape(
        "the_record_of_an_act_keeps_its_item",
        "{organ}关于集中发放排污许可证的{shape}",
        {"organ": ("某市生态环境局", "某县行政审批局"), "shape": ("公告", "公示", "名单")},
        "A20.05",
        why="The record itself (关于…的公告, a 公示, a 名单) stays item (五), whatever verb of issuing it carries.",
    ),
    # Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
    UnsureShape(
        "a_rule_on_compiling_the_catalogue_is_item_one_first",
        "{place}{title}",
        {
            "place": ("某县", "某市某区", ""),
            "title": ("政府信息公开目录编制规范", "政府信息公开指南编制规则", "主动公开目录编制办法"),
        },
        items=frozenset({"A20.01"}),
    ),
    # Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
    TitleShape(
        "the_approval_bureaus_annual_report_is_item_fifteen",
        "{place}{bureau}{report}",
        {
            "place": ("盂县", "某市", ""),
            "bureau": ("行政审批服务管理局", "行政审批管理局", "审批服务管理局"),
            "report": ("2025年政府信息公开工作年度报告", "2024年度政府信息公开工作年度报告"),
        },
        "A20.15",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "a_hospitals_procurement_notice_is_item_nine",
        "{buyer}{goods}{notice}",
        {
            "buyer": ("张家口市传染病医院", "某县人民医院", "某市疾病预防控制中心", "某县妇幼保健院"),
            "goods": ("购电子胃镜", "关于灭菌器等", "消毒设备"),
            "notice": ("废标公告", "流标公告", "标前技术参数征集的公告", "技术参数征集公告"),
        },
        "A20.09",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "a_logging_notice_is_item_five",
        "{place}{batch}{notice}",
        {
            "place": ("師宗縣五龍壯族鄉", "某县某镇", ""),
            "batch": ("2021年度人工商品林集體(第二批)", "2024年度集体", ""),
            "notice": ("林木采伐公示", "林木採伐公示", "采伐许可公示"),
        },
        "A20.05",
    ),
    TitleShape(
        "an_allocated_investment_plan_is_item_ten_first",
        "{organ}关于下达{fund}投资计划的通知",
        {
            "organ": ("广东省发展改革委", "某市发展和改革委员会", "某县发改局"),
            "fund": ("区域协调发展战略专项资金（基建投资及配套）", "中央预算内", "2025年第二批"),
        },
        "A20.10",
    ),
    TitleShape(
        "projects_in_preparation_are_item_ten",
        "{place}2025年{projects}{form}",
        {
            "place": ("松阳县", "某市", ""),
            "projects": ("重点及重大前期项目", "重大前期项目", "重点前期项目"),
            "form": ("计划安排表", "计划安排表.xls", "清单"),
        },
        "A20.10",
    ),
    UnsureShape(
        "a_placeholder_issuer_marks_a_template",
        "{placeholder}{title}",
        {
            "placeholder": ("XX县", "xx市", "××区", "XX镇"),
            "title": ("防汛抗旱应急预案", "农村贫困群众住房安全情况动态监测方案", "2025年部门预算"),
        },
        items=frozenset({None}),
    ),
    # Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
    TitleShape(
        "a_companys_internal_notice_is_no_government_information",
        "{number}关于瑞金{unit}{matter}的通知",
        {
            "number": ("中电信瑞金〔2016〕82号", "中移动某市〔2020〕5号", ""),
            "unit": ("分公司", "子公司"),
            "matter": ("领导分工调整", "领导班子调整", "内设机构调整"),
        },
        None,
        rule_id="none.not_government.company_internal",
    ),
    TitleShape(
        "a_works_procurement_notice_is_procurement",
        "福建省泉州{subject}{works}{notice}",
        {
            "subject": ("体育运动学校运动员公寓及校园配套", "县人民医院门诊楼", "某中学教学楼"),
            "works": ("修缮", "装修", "维修", "改建"),
            "notice": ("终止公告", "更正公告", "结果公告"),
        },
        "A20.09",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "investment_within_the_budget_is_no_budget",
        "{prefix}{plan}",
        {
            "plan": ("以工代赈中央预算内投资计划公告", "中央预算内投资计划公示", "预算内基建投资计划"),
            "prefix": ("**县2025年第四批", "某县2024年", ""),
        },
        "A20.10",
    ),
    TitleShape(
        "a_public_welfare_post_is_employment_not_civil_service",
        "{place}{kind}公益性岗位招聘公告",
        {"place": ("麻江县2022年", "某镇", ""), "kind": ("乡村", "城镇", "")},
        "A20.11",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "an_outbreak_report_is_the_response_of_item_twelve",
        "武汉市卫生健康委员会关于{disease}{form}",
        {
            "disease": ("不明原因的病毒性肺炎", "当前我市肺炎疫情", "诺如病毒感染聚集性疫情", "手足口病病例"),
            "form": ("情况通报", "的通报"),
        },
        "A20.12",
        confidence=Confidence.CLEAR,
    ),
    TitleShape(
        "a_plans_post_approval_notice_is_the_plan",
        "某镇某村{plan}{notice}",
        {
            "plan": ("村庄规划优化提升(2023-2035)", "国土空间专项规划", "控制性详细规划"),
            "notice": ("批后公告", "批后公示"),
        },
        "A20.03",
    ),
    TitleShape(
        "a_building_permits_post_approval_notice_stays_a_licence",
        "{project}建设工程规划许可证{notice}",
        {"notice": ("批后公示", "批后公布"), "project": ("某小区", "某幼儿园", "某物流园")},
        "A20.05",
    ),
    TitleShape(
        "the_result_of_a_designation_is_a_recognition",
        "市卫生健康委关于2019年{subject}{result_words}",
        {
            "subject": ("十三五中医重点专科（专病）", "省级重点实验室", "市级示范基地"),
            "result_words": ("评审结果公示", "评审结果的公示"),
        },
        "A20.05",
        rule_id="A20.05.evaluation_result",
    ),
    # Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
    TitleShape(
        "a_question_how_to_read_a_figure_is_no_item",
        "{source} 9 月 {index} 同比上涨 2.8%,如何解读?",
        {"index": ("CPI", "PPI", "GDP"), "source": ("国家统计局指出", "统计局发布")},
        None,
    ),
    TitleShape(
        "an_enforcement_reminder_naming_a_company_is_item_six",
        "{notice}（{party}）",
        {
            "notice": ("催告公告", "履行催告", "催告书"),
            "party": ("中山市港信駕駛員培訓服務有限公司", "某某物流有限公司", "某某集团"),
        },
        "A20.06",
    ),
    TitleShape(
        "a_drugs_approval_document_is_a_licence",
        "{prefix}药品批准证明文件{tail}",
        {"prefix": ("2020年09月11日", "", "某省药监局"), "tail": ("待领取信息发布", "领取通知", "")},
        "A20.05",
    ),
]


@pytest.mark.parametrize("shape", ITEMS_SHAPES, ids=shape_name)
def test_each_items_shape_is_classified_as_its_row_says(shape: Shape) -> None:
    """Each row's titles, whatever words fill the template, are classified as the row says (never clear: `UnsureShape`)."""
    shape.check()
