"""Issue 14, round 32: blind30's misses as classes, and the decided rate (development data).

Replies: a document told as sent to the applicant (已通过你预留的电子邮箱发送给你, 已邮寄给你, 以挂号信寄出) is a grant;
a sending negated (无法发送给你) or the reply letter itself sent is not. Applicants: an individual business's 字号
written alone in the name box, beside a sole trader's words, is 商业企业; a 字号 denied or a request in the owner's own
name is not. Titles: an organ named with its own institutions (…局及派出机构、…信息) is item (二); a record's own period
(a plan's (2021—2035年), a statistics release's 1-9月 / 前三季度) lets the item its words name be decided, and never
makes an item out of nothing.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

# Han characters that name no organ, law, licence, refusal or grant (the subject of a document or a request).
_SUBJECT = st.text(alphabet="城区集中供热价格调整方案桥梁道路农村住房项目台账", min_size=2, max_size=10)
_REGION = st.sampled_from(["同仁市", "威宁自治县", "长春市", "某某县", "平远县"])


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["全文", "复印件", "电子版", ""]),
    st.sampled_from(
        [
            "已通过你预留的电子邮箱发送给你",
            "已通过您预留的电子邮箱发送给您",
            "已邮寄给你",
            "已通过快递寄送给您",
            "已以挂号信寄出",
            "已通过电子邮件发送至你预留的邮箱",
        ]
    ),
)
def test_a_document_sent_to_the_applicant_is_a_grant(subject: str, part: str, sent: str) -> None:
    result = classify_outcome(f"《{subject}》{part}{sent}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(
        ["因你未预留地址，无法发送给你", "因您未预留邮箱，无法发送给您", "未邮寄给你", "无法寄送给您"]
    ),
)
def test_a_sending_negated_is_no_grant(subject: str, negated: str) -> None:
    result = classify_outcome(f"《{subject}》{negated}。")
    assert result.category != "granted"


@settings(deadline=None)
@given(_SUBJECT, st.sampled_from(["本告知书已邮寄给你", "本答复书已发送给您", "本告知书已寄送给你"]))
def test_the_reply_letter_sent_beside_nothing_found_is_no_grant(subject: str, sent: str) -> None:
    result = classify_outcome(f"经检索，你申请的{subject}不存在。{sent}。")
    assert result.category not in {"granted", "partially_granted"}


@settings(deadline=None)
@given(
    st.sampled_from(["老枣树枣业", "清风茶社", "阿福小卖部", "红枣人家"]),
    st.sampled_from(["清涧县", "本县", "某镇", ""]),
    st.sampled_from(["个体工商户的字号", "个体户的字号", "店主在申请表“申请人名称”栏只写了字号"]),
)
def test_a_sole_traders_trade_name_alone_is_a_business(name: str, county: str, said: str) -> None:
    result = classify_applicant(f"{name}（{county}{said}，要查本县补贴名单）")
    assert (result.category, result.confidence) == (ApplicantType.COMMERCIAL_ENTERPRISE, Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(["老枣树枣业", "红枣人家"]),
    st.sampled_from(["店主说没有字号", "店主未起字号", "店主的字号，以个人名义申请"]),
)
def test_a_trade_name_denied_or_the_owners_own_name_is_no_business(name: str, said: str) -> None:
    # The 字号 denied or the owner's own name gives this round's reading no evidence (another rule may still read the
    # context: 店 describes a shop).
    result = classify_applicant(f"{name}（{said}，要查本县补贴名单）")
    assert result.rule_id != "applicant.commercial_enterprise.business_papers"


@settings(deadline=None)
@given(
    st.sampled_from(["县自然资源局", "市市场监督管理局", "区民政局", "某县水利局"]),
    st.sampled_from(["及派出机构", "及其派出机构", "及下属单位", "及直属事业单位", "及所属单位"]),
    st.sampled_from(["", "、公共服务机构"]),
)
def test_an_organ_with_its_own_institutions_is_item_two(organ: str, institutions: str, more: str) -> None:
    result = classify_content(f"{organ}{institutions}{more}信息")
    assert (result.category, result.confidence) == ("A20.02", Confidence.CLEAR)
    assert result.area is None or result.area.category != "A21.public_services"


@settings(deadline=None)
@given(
    st.sampled_from(["县教育局", "区民政局"]),
    st.sampled_from(["及直属单位", "及下属单位"]),
    st.sampled_from(["公开招聘工作人员公告", "2024年部门预算"]),
)
def test_another_items_act_about_the_institutions_keeps_its_item(
    organ: str, institutions: str, act: str
) -> None:
    joined = classify_content(f"{organ}{institutions}{act}")
    unjoined = classify_content(f"{organ}{institutions.removeprefix('及')}{act}")
    assert joined.rule_id != "A20.02.own_institutions"
    assert (joined.category, joined.confidence) == (unjoined.category, unjoined.confidence)


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(["国土空间总体规划", "给水工程专项规划", "村庄规划"]),
    st.sampled_from(["(2021-2035年)", "（2021—2035年）", "（2021-2035）", "（2026—2030年）"]),
)
def test_a_plan_with_its_period_is_decided(region: str, plan: str, period: str) -> None:
    result = classify_content(f"{region}{plan}{period}")
    assert (result.category, result.confidence) == ("A20.03", Confidence.CLEAR)


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(["2025年前三季度", "2025年1-9月", "上半年", "1—7月"]),
    st.sampled_from(["主要经济指标", "经济运行简况", "国民经济主要指标"]),
)
def test_a_statistics_release_with_its_period_is_decided(region: str, period: str, release: str) -> None:
    result = classify_content(f"{region}{period}{release}")
    assert (result.category, result.confidence) == ("A20.04", Confidence.CLEAR)


@settings(deadline=None)
@given(_REGION, st.sampled_from(["（2021—2035年）", "2025年1-9月", "上半年", "前三季度"]), _SUBJECT)
def test_a_period_alone_makes_no_item(region: str, period: str, subject: str) -> None:
    before = classify_content(f"{region}{subject}")
    after = classify_content(f"{region}{period}{subject}")
    assert after.category == before.category
    if before.category is None:
        assert after.confidence is Confidence.NONE


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(["2025年第三季度", "2025年10月", ""]),
    st.sampled_from(["城乡低保金", "城乡最低生活保障资金", "特困人员救助供养金", "农村低保资金"]),
    st.sampled_from(["发放花名册", "发放情况公示", "发放台账", "发放名单"]),
)
def test_a_record_of_assistance_paid_is_decided(region: str, period: str, benefit: str, record: str) -> None:
    result = classify_content(f"{region}{period}{benefit}{record}")
    assert (result.category, result.confidence) == ("A20.11", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["黑龙江", "某某县"]), st.sampled_from(["低保每月几号发放的", "低保资金如何发放"]))
def test_a_question_about_assistance_is_never_decided(region: str, question: str) -> None:
    assert classify_content(f"{region}{question}").confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(["城区污水处理厂提标改造工程", "县城供水扩建工程", "重点工程项目", "S208线改建工程"]),
    st.sampled_from(
        ["建设进展情况", "施工进度公示", "建设进度公示（2025年9月）", "2025年第三季度建设进展情况"]
    ),
)
def test_a_projects_progress_record_is_decided(region: str, project: str, record: str) -> None:
    result = classify_content(f"{region}{project}{record}")
    assert (result.category, result.confidence) == ("A20.10", Confidence.CLEAR)


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(["全力推进重点项目建设进展顺利", "加快推进重大工程建设进度", "重点项目工作进展情况报告"]),
)
def test_news_or_a_report_of_progress_is_not_a_progress_record(region: str, line: str) -> None:
    assert classify_content(f"{region}{line}").rule_id != "A20.10.progress_record"
