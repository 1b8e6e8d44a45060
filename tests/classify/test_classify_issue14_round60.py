"""Issue 14, round 60: blind 56's misses as classes.

Titles: a plan (实施方案, 工作方案, 行动方案) whose subject is an item's own field is that item's measure, since a 方案 is
no G1 form (round 57 built social assistance only): employment and rural revitalisation (就业, 岗位开发, 乡村振兴, 脱贫) (十一),
flood, typhoon and fire prevention and drills (防汛, 防台, 防灭火, 演练) (十二), hazard clean-ups (隐患排查, 排查整治) (十三) —
first, never clear (a hint: the labels read some such plans as normative documents). A plan with no subject field keeps its
form's reading; a 办法 or 规定 on the field keeps (一); a social-assistance plan stays round 57's clear (十一).
A list of key works or major infrastructure projects (重点工程, 重大基础设施, 重点项目 …) published in batches is item (十)'s
projects, not a recognition's batch list of (五); recognised entities' lists keep (五) and housing applicants (十一).
The property tests fail on round 59's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType
from disclosure_rules._classify import Confidence, classify_applicant, classify_content

_PLACES = ["平潭综合实验区", "某县", "海坛片区", "某市", "三穗县"]
_PLANS = ["实施方案", "工作方案", "行动方案"]
_PLAN_RULES = {"A20.11.measure_scheme", "A20.12.emergency_scheme", "A20.13.hazard_scheme"}
_FIELD_SUBJECTS = [
    ("A20.11", "基层公共管理和社会服务岗位开发工作"),
    ("A20.11", "促进高质量充分就业"),
    ("A20.11", "乡村振兴重点帮扶村"),
    ("A20.11", "农业特色产业脱贫攻坚"),
    ("A20.11", "全民参保登记计划"),
    ("A20.12", "2024年防汛防台风"),
    ("A20.12", "森林防灭火演练"),
    ("A20.13", "城镇房屋安全隐患排查整治"),
    ("A20.13", "工贸行业重大事故隐患专项排查整治"),
]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(_FIELD_SUBJECTS), st.sampled_from(_PLANS), st.booleans())
def test_a_plan_named_by_an_items_field_takes_that_item_first(
    place: str, field: tuple[str, str], plan: str, printed: bool
) -> None:
    """The subject decides a 方案's item (no G1 form), first but never clear."""
    item, subject = field
    name = f"{place}{subject}{plan}"
    title = f"关于印发《{name}》的通知" if printed else name
    result = classify_content(title)
    assert result.category == item, (title, result.rule_id)
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PLACES), st.sampled_from(["推进新型工业化", "城市数智化转型", "建设新型能源算力枢纽"])
)
def test_a_plan_with_no_field_keeps_its_forms_reading(place: str, subject: str) -> None:
    """Guard: with no item's field the printed plan stays (一)/(三) by its form, never an item of the fields."""
    result = classify_content(f"关于印发《{place}{subject}实施方案》的通知")
    assert result.category in {"A20.01", "A20.03"}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PLACES),
    st.sampled_from(["就业", "乡村振兴", "防汛"]),
    st.sampled_from(["管理办法", "实施细则"]),
)
def test_a_rule_on_the_field_keeps_item_one(place: str, field: str, form: str) -> None:
    """Guard: a 办法 or 细则 on the field is a normative document (G1), not the field's plan."""
    for title in (f"关于印发《{place}{field}{form}》的通知", f"{place}{field}{form}"):
        assert classify_content(title).rule_id not in _PLAN_RULES, title


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(["城乡低保调整工作实施方案", "社会救助兜底保障实施方案"]))
def test_a_social_assistance_plan_stays_clear(place: str, subject: str) -> None:
    """Guard: round 57's social-assistance plan keeps its clear (十一)."""
    result = classify_content(f"关于印发《{place}{subject}》的通知")
    assert result.category == "A20.11"
    assert result.confidence is Confidence.CLEAR


# A list of key projects published in batches.

_KEY_PROJECTS = [
    "省级重点工程",
    "市级重点工程",
    "新开工重大基础设施项目",
    "省级重点工程(第一批)和新开工重大基础设施项目",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["山西省人民政府办公厅", "晋中市人民政府办公厅", "某省发展改革委"]),
    st.sampled_from(["2021年", "2024年"]),
    st.sampled_from(_KEY_PROJECTS),
    st.sampled_from(["(第一批)", "第二批", ""]),
)
def test_a_batch_list_of_key_projects_is_item_ten(agency: str, year: str, projects: str, batch: str) -> None:
    """Item (十)'s projects by their list's name, over the batch-list hint of (五)."""
    title = f"{agency}关于印发{year}{projects}{batch}名单的通知"
    assert classify_content(title).category == "A20.10", title


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["第一批", "第二批"]),
    st.sampled_from(["农业产业化龙头企业", "高新技术企业", "专精特新中小企业"]),
)
def test_a_recognised_entity_batch_list_keeps_item_five(batch: str, entity: str) -> None:
    """Guard: round 58's recognised entities listed in batches stay (五)."""
    assert classify_content(f"关于公布{batch}{entity}名单的通知").category == "A20.05"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["第一批", "第三批"]), st.sampled_from(["公共租赁住房", "保障性住房"]))
def test_a_housing_applicant_batch_list_keeps_item_eleven(batch: str, housing: str) -> None:
    """Guard: round 56's housing applicants listed in batches stay (十一)."""
    assert classify_content(f"某县{batch}{housing}申请人名单公示").category == "A20.11"


# Applicants: a stated registration decides the column over the name's words.

_NAMES_OF_ANOTHER_KIND = [
    "南宁某某信息咨询中心",
    "某某咨询中心",
    "某某服务中心",
    "某某环境研究中心",
    "某某公益服务中心",
]
_BUSINESS_REGISTRATIONS = [
    "营业执照登记为个体工商户",
    "营业执照登记为有限公司",
    "登记为有限责任公司",
    "注册为个人独资企业",
    "个体工商户营业执照",
]
_NGO_REGISTRATIONS = ["登记为民办非企业单位", "民办非企业单位登记", "社会团体登记证书", "登记类型为社会团体"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_NAMES_OF_ANOTHER_KIND), st.sampled_from(_BUSINESS_REGISTRATIONS))
def test_a_stated_business_registration_decides_over_the_name(name: str, registration: str) -> None:
    """A business registered as such (市场主体登记) is 商业企业 whatever its name's 咨询中心/服务中心 says."""
    result = classify_applicant(f"{name}（{registration}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某某科技", "某某信息咨询中心", "某某文化传播中心"]), st.sampled_from(_NGO_REGISTRATIONS)
)
def test_a_stated_social_organisation_registration_is_an_ngo(name: str, registration: str) -> None:
    """A 民办非企业单位 or 社会团体 registered as such is 社会公益组织."""
    result = classify_applicant(f"{name}（{registration}）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["张某", "李某某", "王建国"]),
    st.sampled_from([*_BUSINESS_REGISTRATIONS[:1], "个体工商户"]),
)
def test_a_persons_name_beside_a_sole_traders_registration_stays_a_person(
    name: str, registration: str
) -> None:
    """Guard: 民法典 第五十四条 — a 个体工商户 under a person's own name is that person (rounds 5, 13)."""
    assert classify_applicant(f"{name}（{registration}）").category is ApplicantType.NATURAL_PERSON


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["某某信息咨询中心", "某某公益服务中心"]),
    st.sampled_from(["", "（成立于2015年）", "（负责人：张某）"]),
)
def test_a_name_with_no_registration_keeps_its_reading(name: str, context: str) -> None:
    """Guard: with no registration stated, the name's 咨询中心/公益 reading stands."""
    assert classify_applicant(f"{name}{context}").category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


# Titles: a headline that work begins on a date is news before any field's rule (round 59's should-become-work).

_STARTED_WORK = ["房屋建筑工程质量巡查", "食品安全监督抽检", "安全生产大检查", "环境卫生整治"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["2020年下半年全省", "某市", "2024年全县"]),
    st.sampled_from(_STARTED_WORK),
    st.sampled_from(["9月1日", "3月15日", "10月8日"]),
    st.sampled_from(["开始", "启动", "正式启动"]),
)
def test_a_headline_that_work_begins_on_a_date_is_news(place: str, work: str, day: str, verb: str) -> None:
    """G4: the event of work starting is news, no item, over the inspection rule."""
    title = f"{place}{work}于{day}{verb}"
    result = classify_content(title)
    assert result.category is None, (title, result.rule_id)
    assert (result.rule_id or "").startswith("news."), (title, result.rule_id)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某市", "某县"]), st.sampled_from(["9月1日", "1月1日"]))
def test_a_notice_of_a_date_or_an_effective_date_keeps_its_reading(place: str, day: str) -> None:
    """Guard: a 公告 or 通知 stating the date and a rule in force from a date are no headline."""
    for title in (
        f"{place}关于食品安全监督抽检于{day}开始的公告",
        f"{place}行政事业性收费管理办法于{day}开始施行",
    ):
        assert classify_content(title).rule_id != "news.dated_start", title
