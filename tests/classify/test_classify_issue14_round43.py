"""Issue 14, round 43: blind40's misses as classes, by classifier (development data).

Applicants: a relative named as the principal is a person, whatever the information asked for names (保险); 以X自身名义
is the applicant's own name; what the parenthesis says a shape-read name really is (实为…有限公司) outranks the shape.
Replies: disclosure that may endanger a named kind of safety (危及城市供水安全) is the 三安全一稳定 row; a referral to a
village or residents' committee to look its own records up (请向村委会查询) is 其他. Titles: a railway's or motorway's
progress record is item (十); a headline reporting batches found failing (…检出N批次不合格…) is news.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._labels import ApplicantType

_AGENT = st.sampled_from(["王某", "李某某", "陈小明"])
_KIN = st.sampled_from(["母亲", "父亲", "配偶", "年迈的母亲", "其父亲", "妻子"])
_ASKED = st.sampled_from(
    ["养老保险缴费记录", "医疗保险报销材料", "银行代发的补贴明细", "征收补偿协议", "公司登记信息"]
)
_BUSINESS_PRINCIPAL = st.sampled_from(["某保险公司", "某某贸易有限公司", "宏远实业股份有限公司"])


@settings(max_examples=40, deadline=None)
@given(_AGENT, _KIN, _ASKED)
def test_a_relative_as_the_principal_is_a_person_whatever_is_asked(agent: str, kin: str, asked: str) -> None:
    """(代X申请…) with X a relative: 自然人, never the kind a word of the information names."""
    result = classify_applicant(
        f"{agent}（代{kin}申请公开{kin.removeprefix('其')}的{asked}，委托书载明以其名义申请）"
    )
    assert (result.category, result.rule_id) == (
        ApplicantType.NATURAL_PERSON,
        "applicant.capacity.agent_for_principal",
    )


@settings(max_examples=20, deadline=None)
@given(_AGENT, _BUSINESS_PRINCIPAL)
def test_an_organisation_as_the_principal_keeps_its_column(agent: str, principal: str) -> None:
    """(代某保险公司申请): the principal is a business, read from its name."""
    result = classify_applicant(f"{agent}（代{principal}申请）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


_PLACE = st.sampled_from(["清江浦", "鼓楼区", "海门市", "江宁"])
_SELF = st.sampled_from(["自身", "本身"])
_ASK = st.sampled_from(["申请公开全区法律援助经费使用情况", "申请公开案件指派记录", "申请"])


@settings(max_examples=40, deadline=None)
@given(_PLACE, _SELF, _ASK)
def test_a_legal_aid_centre_in_its_own_name_is_a_legal_service_body(place: str, own: str, ask: str) -> None:
    """以中心自身名义: the centre itself applies; 法援中心 is a 法律服务机构 (法律援助法 第十二条)."""
    result = classify_applicant(f"{place}法援中心（以中心{own}名义{ask}）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


_BRAND = st.sampled_from(["苏果", "华联", "金鹰", "大润"])
_IDENTITY = st.sampled_from(["实为", "实际为", "其实是", "实际上是"])
_COMPANY = st.sampled_from(["一家超市有限公司", "连锁超市有限公司", "一家商贸有限公司", "某零售股份有限公司"])
_JOB = st.sampled_from(["某公司员工", "某超市有限公司职工", "某公司股东"])


@settings(max_examples=40, deadline=None)
@given(_BRAND, _IDENTITY, _COMPANY)
def test_the_stated_identity_outranks_a_names_shape(brand: str, identity: str, company: str) -> None:
    """A brand read as a name by its shape, said to be a company (实为…有限公司): 商业企业."""
    result = classify_applicant(f"{brand}（申请表单位栏只填了品牌，{identity}{company}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["张伟", "李强", "王芳"]), _IDENTITY, _JOB)
def test_a_job_stated_beside_a_person_keeps_the_person(name: str, identity: str, job: str) -> None:
    """张伟（实为某公司员工）: the job names the employer, never what the applicant is."""
    result = classify_applicant(f"{name}（{identity}{job}）")
    assert result.category is ApplicantType.NATURAL_PERSON


_HARM = st.sampled_from(["可能危及", "将危及", "会危及", "可能会危及"])
_SAFETY = st.sampled_from(["城市供水安全", "生产安全", "电网运行安全", "水源地安全", "交通运输安全"])
_REFUSE = st.sampled_from(["本局不予公开", "不予公开", "本机关决定不予提供"])
_ASKED_FACILITY = st.sampled_from(
    ["水厂取水口的精确坐标和安防布控图", "变电站的安保部署", "隧道的应急通道图"]
)


@settings(max_examples=40, deadline=None)
@given(_ASKED_FACILITY, _HARM, _SAFETY, _REFUSE)
def test_endangering_a_named_safety_is_the_stability_row(
    asked: str, harm: str, safety: str, refuse: str
) -> None:
    """公开后可能危及X安全 with a refusal: 危及“三安全一稳定”, decided, whatever the safety named."""
    result = classify_outcome(f"你要的{asked}，公开后{harm}{safety}，{refuse}。")
    assert (result.category, result.confidence) == ("withheld_security_stability", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(_HARM, _SAFETY, st.sampled_from(["属于国家秘密", "涉及商业秘密", "涉及个人隐私"]))
def test_a_named_secret_keeps_its_row_beside_the_harm(harm: str, safety: str, secret: str) -> None:
    """A secret or another's privacy named beside the harm keeps its own row."""
    result = classify_outcome(f"该信息{secret}，公开后{harm}{safety}，不予公开。")
    assert result.category != "withheld_security_stability"


_COMMITTEE = st.sampled_from(["村委会", "居委会", "村民委员会", "居民委员会"])
_RECORDS = st.sampled_from(["村集体2025年的账目收支明细", "小区公共收益账目", "集体资产台账"])


@settings(max_examples=40, deadline=None)
@given(_RECORDS, _COMMITTEE)
def test_a_committees_own_records_sent_to_the_committee_are_other(records: str, committee: str) -> None:
    """请向村委会查询 after 不是政府机关制作: 村务, not government information (第二条) → 其他."""
    result = classify_outcome(
        f"你要的{records}是{committee}自己的账，不是政府机关制作或保存的信息，请向{committee}查询。"
    )
    assert result.category == "other_other"


_PROJECT = st.sampled_from(
    [
        "宿迁至淮安铁路宿豫段",
        "南沿江城际铁路常州段",
        "京沪高速公路新沂段",
        "城市轨道交通3号线",
        "某某机场改扩建",
    ]
)
_PROGRESS = st.sampled_from(
    ["建设实施进展情况", "征地拆迁及建设实施进展情况", "建设进度公示", "建设进展情况"]
)


@settings(max_examples=40, deadline=None)
@given(_PROJECT, _PROGRESS)
def test_a_named_infrastructure_projects_progress_is_item_ten(project: str, progress: str) -> None:
    """A railway's, motorway's or airport's progress record: (十) 重大建设项目的实施情况, decided."""
    result = classify_content(f"{project}{progress}")
    assert (result.item.category, result.item.confidence) == ("A20.10", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(_PROJECT, st.sampled_from(["加快推进", "稳步推进", "进展顺利"]))
def test_a_news_line_on_a_railway_is_no_progress_record(project: str, verb: str) -> None:
    """进展顺利, 加快推进 (news verbs) keep a news line out of the progress record."""
    result = classify_content(f"{project}建设{verb}")
    assert result.item.rule_id != "A20.10.progress_record"


_REGION = st.sampled_from(["广东", "浙江", "某市", "四川"])
_BATCHES = st.integers(min_value=2, max_value=200)
_GOODS = st.sampled_from(["不合格食品", "不合格化妆品", "不合格电线电缆"])


@settings(max_examples=40, deadline=None)
@given(_REGION, _BATCHES, _GOODS)
def test_a_headline_on_batches_found_failing_is_news(region: str, batches: int, goods: str) -> None:
    """…检出N批次不合格…，有…等: a report on another body's inspection, no item (G4)."""
    result = classify_content(f"{region}检出{batches}批次{goods}，有牛肉粒、甘草芒果等")
    assert result.item.category is None


@settings(max_examples=40, deadline=None)
@given(_REGION, _BATCHES, st.sampled_from(["通告", "信息公告", "情况的通告"]))
def test_the_regulators_notice_of_batches_found_keeps_item_thirteen(
    region: str, batches: int, form: str
) -> None:
    """关于…检出N批次不合格食品的通告: the organ's own sampling notice stays (十三)."""
    result = classify_content(f"{region}市场监督管理局关于抽检检出{batches}批次不合格食品的{form}")
    assert result.item.category == "A20.13"
