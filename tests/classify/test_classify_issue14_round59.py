"""Issue 14, round 59: blind 55's misses as classes.

Titles: a rule whose subject is a charge (word class charge: 收费, …费收取, …费征收, …费征缴) is a normative document by its
form (第二十条第（一）项) and the 依据、标准 of a fee (第二十条第（八）项): (一) first with (八) the runner-up, never the clear (一)
of the form word alone (blinds 54 and 55); a fee's own 收费标准 keeps (八) first. Of the other items' subject words beside a
form word (预算, 许可, 规划, 救助, 补贴 …) every confident (一) left in the splits is labelled (一) clear (G1), so they stay.
A 批复, 决定 or 通知 on a named person's appointment or removal (聘任, 任命, 任免, 免去 + 同志) is personnel management
(第十六条第一款), no category, never an approval of (五); a project's or a licence's 批复 keeps (五).
An inspection (巡查, 督查, 检查) of hospitals or medical institutions is (十三).
Replies: a grant evidenced by delivery (寄到您家里, 已随答复书附送一份) is 予以公开 even where the applicant confirms receipt
(确认已经收到) or the copies are sealed (盖章复印件); a request to certify a copy stays 不予重复处理. A plain refusal (不提供)
after a named law's article is 法律行政法规禁止.
Round 58's fund convention as a rule: a fund named by a (十一) field (乡村振兴, 低保, 特困 …) is (十一) first with (七) the
runner-up, never clear. The property tests fail on round 58's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

# Titles: a rule on a charge is never the clear (一) of its form word.

_CHARGES = [
    "农贸市场摊位费收取",
    "城乡生活垃圾处理费征收",
    "城市基础设施配套费征收",
    "水资源费征收使用",
    "机动车停放服务收费",
]
_FORMS = ["管理办法", "管理规定", "实施细则", "暂行办法", "规定"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["安顺市西秀区", "某县", "平潭综合实验区", "某市"]),
    st.sampled_from(_CHARGES),
    st.sampled_from(_FORMS),
    st.booleans(),
)
def test_a_rule_on_a_charge_is_never_a_clear_item_one(
    place: str, charge: str, form: str, printed: bool
) -> None:
    """第二十条第（一）项 by form and （八） by subject: (一) first, (八) the runner-up, never decided."""
    name = f"{place}{charge}{form}"
    title = f"关于印发《{name}》的通知" if printed else name
    result = classify_content(title)
    assert result.confidence is not Confidence.CLEAR
    assert result.category == "A20.01"
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.08"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["某县", "某市"]), st.sampled_from(["行政事业性收费标准", "收费项目和收费标准"]))
def test_a_fees_own_standard_keeps_item_eight(place: str, subject: str) -> None:
    """Guard: the fee's list and standard (A20.08.named) lead the item, as before."""
    assert classify_content(f"{place}{subject}").category == "A20.08"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "某市"]),
    st.sampled_from(["城镇住房租赁补贴", "城乡居民临时救助", "农村客运补贴资金"]),
    st.sampled_from(["管理办法", "实施办法"]),
)
def test_a_rule_on_a_subject_the_form_outranks_stays_clear(place: str, subject: str, form: str) -> None:
    """Guard (G1): a 办法 on assistance or subsidies is (一) clear; the charge rule does not touch it."""
    result = classify_content(f"关于印发《{place}{subject}{form}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


# Titles: an appointment is personnel, not an approval.


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["中共平潭综合实验区国有资产管理局委员会 ", "某县人民政府", "中共某县委员会", ""]),
    st.sampled_from(
        ["关于聘任谢崴同志", "关于任命张三同志为某局副局长", "关于免去李四同志职务", "关于王五等同志职务任免"]
    ),
    st.sampled_from(["的批复", "的通知", "的决定"]),
)
def test_an_appointment_of_a_named_person_is_no_category(organ: str, subject: str, act: str) -> None:
    """第十六条第一款: a named person's appointment or removal is personnel management, never (五) or (二)."""
    result = classify_content(f"{organ}{subject}{act}")
    assert result.category is None
    assert result.rule_id == "none.internal.appointment"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县发展和改革局", "某市人民政府", "某区行政审批局"]),
    st.sampled_from(["关于某某建设项目立项", "关于某某加油站建设项目核准", "关于某某公司取水许可申请"]),
)
def test_a_project_or_licence_approval_stays_item_five_or_ten(organ: str, subject: str) -> None:
    """Guard: a 批复 on a project or a licence names no 同志 and keeps its item."""
    result = classify_content(f"{organ}{subject}的批复")
    assert result.category in {"A20.05", "A20.10"}


# Titles: an inspection of hospitals is (十三).


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["2025年平潭综合实验区", "某市卫生健康委员会", "某县"]),
    st.sampled_from(["大型医院巡查", "医院巡查", "二级以上医院督查", "医疗机构巡查"]),
    st.sampled_from(["公告", "情况通报", "结果"]),
)
def test_an_inspection_of_hospitals_is_item_thirteen(organ: str, inspection: str, tail: str) -> None:
    """第二十条第（十三）项: the 监督检查情况 of 公共卫生, the inspected institutions named."""
    assert classify_content(f"{organ}{inspection}{tail}").category == "A20.13"


# Replies: a grant evidenced by delivery.


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["你申请的征地补偿安置方案的批复", "申请人要求获取的镇2025年财政决算表", "您要的补偿标准公告"]
    ),
    st.sampled_from(["都是盖章复印件，一共七页，", "盖章复印件一份，", ""]),
    st.sampled_from(["寄到您家里了。", "已随答复书附送一份。", "已寄到你家。"]),
    st.sampled_from(["", "申请人亦当庭确认已经收到。", "您已确认收到。"]),
)
def test_a_document_delivered_is_granted(record: str, copies: str, delivery: str, receipt: str) -> None:
    """第三十六条第（二）项: a document posted home or sent with the reply is given, sealed copies or not."""
    result = classify_outcome(f"{record}{copies}{delivery}{receipt}")
    assert result.category == "granted"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["你要求对已获取的", "申请人要求我局对"]),
    st.sampled_from(["复印件盖章确认", "文件重新出具并加盖公章"]),
)
def test_a_request_to_certify_stays_confirm_or_reissue(head: str, ask: str) -> None:
    """Guard (第三十九条第二款): asking for a seal on what was obtained is no request for information."""
    result = classify_outcome(f"{head}{ask}，不属于政府信息公开申请。")
    assert result.category == "not_processed_confirm_or_reissue"


# Replies: a plain refusal after a named law's article.


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["《居民身份证法》第六条第三款", "《档案法》第二十八条", "《统计法》第三十九条"]),
    st.sampled_from(["你所要的他人身份证申领登记表", "你申请的材料", "该信息"]),
    st.sampled_from(["本局不提供。", "不予以提供。"]),
)
def test_a_refusal_after_a_named_law_is_prohibited_by_law(law: str, record: str, refusal: str) -> None:
    """第十四条: a law named with its article and a refusal in plain words is 法律行政法规禁止."""
    result = classify_outcome(f"答复如下：{law}。{record}，{refusal}")
    assert result.category == "withheld_prohibited_by_law"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["你申请的信息本机关不掌握，", "经检索，本局未制作该信息，"]))
def test_a_not_held_reply_without_a_law_stays_not_held(head: str) -> None:
    """Guard: 不提供 without a named law does not make a not-held reply a prohibition."""
    result = classify_outcome(f"{head}无法提供。")
    assert result.category != "withheld_prohibited_by_law"


# Titles: round 58's fund convention as a rule — a (十一) field's fund is (十一) first, (七) second.


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某县", "平潭综合实验区", "宜黄县民政局关于"]),
    st.sampled_from(
        ["衔接推进乡村振兴补助资金", "城乡最低生活保障资金", "特困人员救助供养资金", "就业补助资金"]
    ),
    st.sampled_from(["使用情况的公示", "分配情况公示", "项目绩效目标的通知", "分配及使用情况的公告"]),
)
def test_a_social_measures_fund_is_item_eleven_with_item_seven_second(
    place: str, fund: str, tail: str
) -> None:
    """第二十条第（十一）项 first, the budget words of (七) the runner-up, never decided."""
    result = classify_content(f"{place}2026年{fund}{tail}")
    assert result.category == "A20.11"
    assert result.confidence is not Confidence.CLEAR
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.07"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["某县", "某市财政局"]),
    st.sampled_from(["城市维护建设资金", "中小企业发展专项资金", "文化产业发展专项资金"]),
    st.sampled_from(["使用情况的公示", "分配情况公示"]),
)
def test_another_funds_use_stays_item_seven(place: str, fund: str, tail: str) -> None:
    """Guard: a fund no (十一) field names stays (七) first (round 55)."""
    assert classify_content(f"{place}2026年{fund}{tail}").category == "A20.07"
