"""Issue 14, twentieth round: the classes of the seventeenth and eighteenth blind sets' misses.

Titles: an annual legislative work plan is item (十五), never decided; a party organ's rules issued alone are no
government information (第二条), jointly with a government's office they keep item (一). Applicants: bodies whose
names carry no organisation word (学区, 检验院, 导刊, 煤矿, …销售部), a site applying in the site's name, a company's
Latin trade word, a committee acting for a person. Replies: a part withheld for now, the harm of 第十四条 in the
reply's own words, 第三十五条's reason asked, a correction that still points to nothing, a record a law seals.
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

# Titles (scheme 2019.22).

_YEARS = st.integers(min_value=2015, max_value=2030)
_PLAN_ISSUERS = st.sampled_from(
    ["国务院", "某省人民政府", "某市人民政府", "某市司法局", "国家市场监督管理总局"]
)
_PLANS = st.sampled_from(["年度立法工作计划", "年立法工作计划", "年度规章制定工作计划", "年度立法计划"])


@settings(max_examples=80, deadline=None)
@given(_PLAN_ISSUERS, _YEARS, _PLANS)
def test_a_legislative_work_plan_is_item_fifteen_and_never_decided(issuer: str, year: int, plan: str) -> None:
    """国务院2026年度立法工作计划: published because the rules on making rules require it — (十五), never clear (一)."""
    result = classify_content(f"{issuer}{year}{plan}")
    assert result.confidence is not Confidence.CLEAR
    assert result.category in {"A20.15", None}


_PARTY_ISSUERS = st.sampled_from(
    [
        "中共中央办公厅印发",
        "中共中央印发",
        "中共某某省委办公厅印发",
        "中共某某市委办公室关于印发",
        "某某党工委关于印发",
    ]
)
_GOVERNMENT_ISSUERS = st.sampled_from(
    ["国务院办公厅", "某某省人民政府办公厅", "某某市人民政府办公室", "某某县人民政府", "某某市财政局"]
)
_RULE_NAMES = st.sampled_from(
    ["中国共产党发展党员工作细则", "干部选拔任用工作条例", "某某考核办法", "某某工作规定", "某某实施意见"]
)


@settings(max_examples=100, deadline=None)
@given(_PARTY_ISSUERS, _RULE_NAMES)
def test_a_party_organs_rules_alone_are_never_a_clear_item_one(issuer: str, rule: str) -> None:
    """中共中央办公厅印发《…工作细则》: a party organ alone is no administrative organ (第二条) — no item."""
    result = classify_content(f"{issuer}《{rule}》")
    assert result.category is None
    assert result.confidence is Confidence.NONE
    assert result.rule_id == "none.not_government.party_rules"


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


# Applicants (scheme 2021.21).

_PLACES = st.sampled_from(["康家集乡", "临洮县", "宁武县某", "西吉县兴军", "贵州省产品质量监督", "中国经贸"])


@settings(max_examples=100, deadline=None)
@given(
    _PLACES,
    st.sampled_from(
        [
            ("学区", ApplicantType.OTHER),
            ("检验院", ApplicantType.OTHER),
            ("检测院", ApplicantType.OTHER),
            ("导刊", ApplicantType.OTHER),
            ("煤矿", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("化肥销售部", ApplicantType.COMMERCIAL_ENTERPRISE),
        ]
    ),
)
def test_a_body_named_by_its_kind_without_an_org_word(place: str, case: tuple[str, ApplicantType]) -> None:
    word, column = case
    assert classify_applicant(f"{place}{word}").category is column


_SITE_NAMES = st.sampled_from(["洛阳网", "中国食品安全网", "大河网", "张家网", "中国质量新闻网"])


@settings(max_examples=60, deadline=None)
@given(_SITE_NAMES, st.sampled_from(["记者以网站名义申请公开", "以网站名义申请公开", "编辑以网站名义申请"]))
def test_a_site_applying_in_the_sites_name_is_a_news_site(name: str, context: str) -> None:
    """洛阳网（记者以网站名义…）: a 新闻单位 (其他), whatever the words of its name (a surname, a trade)."""
    result = classify_applicant(f"{name}（{context}某某名单）")
    assert result.category is ApplicantType.OTHER


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Adama", "Syngenta Crop", "Bayer Crop", "Zhang Wei"]),
    st.sampled_from(["Solutions", "Technologies", "Industries", "Enterprises", "Pharmaceuticals"]),
)
def test_a_latin_name_with_a_companys_trade_word_is_no_person(head: str, trade: str) -> None:
    assert classify_applicant(f"{head} {trade}").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["明光镇某社区居民委员会", "某村村民委员会", "某某律师事务所"]),
    st.sampled_from(["低保申请人", "救助申请人", "申请人"]),
)
def test_an_organisation_acting_for_an_applicant_takes_the_persons_column(agent: str, principal: str) -> None:
    """受低保申请人委托，代其申请: the principal (a person named by the request they made) is the applicant."""
    result = classify_applicant(f"{agent}（受{principal}委托，代其申请公开某某结果）")
    assert result.category is ApplicantType.NATURAL_PERSON


# Replies (scheme 2021.17).

_GRANTS = st.sampled_from(["随本答复提供", "现予提供", "予以公开"])
_LATER = st.sampled_from(["暂不提供", "暂不公开", "暂不予公开"])


@settings(max_examples=60, deadline=None)
@given(_GRANTS, _LATER, st.sampled_from(["过程性信息", "尚在调查中的案卷", "内部事务信息"]))
def test_a_grant_with_a_part_withheld_for_now_is_a_partial_grant(grant: str, later: str, why: str) -> None:
    result = classify_outcome(f"其中48项的情况{grant}；另有2项属于{why}，{later}。")
    assert result.category == "partially_granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["系统安全", "资金安全", "供水设施安全", "防洪工程安全"]),
    st.sampled_from(["可能危及", "将危及", "会危及"]),
)
def test_a_harm_named_under_article_fourteen_is_the_security_row(harm: str, verb: str) -> None:
    result = classify_outcome(f"你申请的点位分布图，公开后{verb}{harm}，根据《条例》第十四条不予公开。")
    assert result.category == "withheld_security_stability"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["可能危及", "将危及"]))
def test_a_state_secret_under_article_fourteen_keeps_its_row(verb: str) -> None:
    result = classify_outcome(f"该信息属于国家秘密，公开后{verb}国家安全，根据《条例》第十四条不予公开。")
    assert result.category == "withheld_state_secret"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["二百余件", "三百余件", "一千余件", "数百件", "上千件"]))
def test_excessive_requests_counted_in_words(count: str) -> None:
    result = classify_outcome(
        f"你在一年内提出政府信息公开申请{count}，经要求你说明理由，你未能说明，本局不予处理。"
    )
    assert result.category == "not_processed_excessive"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["未指向特定的政府信息", "仍未能指向特定政府信息"]))
def test_a_correction_that_still_points_to_nothing(words: str) -> None:
    result = classify_outcome(f"你在补正中仍是要求本机关作出解释说明，{words}，本机关无法提供。")
    assert result.category == "unavailable_unclear_after_correction"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["予以封存", "应当封存", "封存"]))
def test_a_record_sealed_by_the_public_order_law(sealed: str) -> None:
    result = classify_outcome(
        f"依照《中华人民共和国治安管理处罚法》关于违反治安管理记录{sealed}、不得向他人提供的规定，本机关不予公开。"
    )
    assert result.category == "withheld_prohibited_by_law"


def test_a_penalty_under_the_public_order_law_is_no_sealed_record() -> None:
    result = classify_outcome("你申请的依据《治安管理处罚法》作出的处罚案卷属于行政执法案卷，不予公开。")
    assert result.rule_id != "outcome.withheld_prohibited_by_law.sealed_record"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["郑州市金水区教体局", "某县教育局", "关于"]),
    st.sampled_from(["某某幼儿园", "某某职业培训学校", "某某民办小学"]),
)
def test_a_grant_to_found_a_school_is_no_work_news(issuer: str, school: str) -> None:
    """…准予举办…幼儿园的决定: 准予 is a grant's word; 举办 beside it is no event (item (五) first, never news)."""
    result = classify_content(f"{issuer}准予举办{school}的决定")
    assert result.rule_id != "news.work"
    assert result.category == "A20.05"
