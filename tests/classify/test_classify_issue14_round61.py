"""Issue 14, round 61: blind 57's reply and applicant misses as classes.

A reply of several outcomes — one part pointed to where it is published (已在官网, 已在本局网站) and another withheld on any
ground or not held (不提供, 未保存) — counts only as 部分公开; a link to where to apply is no part given, and a
第十六条第二款 record withheld beside its published result (处罚决定书已在…公示) keeps the ground's row. A refusal of "this part"
(对这部分不予公开) with no part given is the ground's row, not 部分公开. A copy handed over on the spot (当场复印一份交申请人签收)
is 予以公开, with round 59's delivery words as one word class (``delivered``). A unit applying in its own name
(以中心名义) under its parent's seal (加盖学校公章) is the unit. The property tests fail on round 60's code and schemes; the
guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType
from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome

_POINTERS = [
    "已在官网公布，给了链接",
    "已在本局网站公开",
    "已在门户网站发布，链接如下：http://example.gov.cn/1",
]
_REFUSALS = [
    "检测原始记录属于第三方的商业秘密，对方不同意公开，不提供",
    "会议记录属于内部事务信息，不予公开",
    "2015年以前的报告本局未保存",
    "其中的合同文本本机关未制作",
]
_DOCS = ["水质检测月报", "年度预算", "招标公告"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_DOCS), st.sampled_from(_POINTERS), st.sampled_from(_REFUSALS), st.booleans())
def test_a_published_part_beside_a_refused_part_is_partial(
    doc: str, pointer: str, refusal: str, first: bool
) -> None:
    """A pointed-to part and a withheld or absent part: 部分公开 whatever the other part's ground."""
    parts = [f"{doc}{pointer}", refusal]
    text = "申请人要的几件事：" + "；".join(parts if first else parts[::-1]) + "。"
    assert classify_outcome(text).category == "partially_granted", text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["市生态环境局", "区住建局", "县政府办"]))
def test_a_link_to_where_to_apply_is_no_part_given(holder: str) -> None:
    """Guard: not ours with the address of the place to apply is the not-held row, never 部分公开."""
    text = f"该文件不属于本机关制作，请向{holder}申请，申请网址如下：http://example.gov.cn/apply。"
    assert classify_outcome(text).category == "unavailable_not_held"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["处罚决定书已在本局网站公示", "行政处罚决定书已在本局网站公开"]))
def test_a_case_file_beside_its_published_decision_keeps_the_ground(pointer: str) -> None:
    """Guard: case-file records withheld beside the decision published keep 行政执法案卷 (dev blind8, blind15)."""
    text = f"你申请的询问笔录、现场检查笔录属于行政执法案卷信息，依据条例第十六条第二款，本局不予公开；{pointer}。"
    assert classify_outcome(text).category == "withheld_enforcement_case_file"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["这", "此"]), st.sampled_from(["", "信息", "内容"]))
def test_this_part_refused_alone_is_the_grounds_row(this: str, noun: str) -> None:
    """对这部分不予公开 with no part given: the ground's row (第三方权益), not 部分公开."""
    text = (
        "该厂申请材料中的生产工艺属于企业商业秘密，本局书面征求该厂意见，该厂明确不同意公开，"
        f"故对{this}部分{noun}不予公开。"
    )
    assert classify_outcome(text).category == "withheld_third_party_rights", text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["这部分不予公开", "其余部分予以公开", "部分公开"]))
def test_a_real_partial_grant_stays_partial(tail: str) -> None:
    """Guard: a part given beside 这部分不予公开, 其余部分予以公开 and 部分公开 stay 部分公开."""
    text = f"你申请的合同文本予以公开；其中报价明细属于商业秘密，{tail}。"
    assert classify_outcome(text).category == "partially_granted", text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["经核该答复已经对外公开，", "经核属于可公开信息，", ""]),
    st.sampled_from(["当场复印一份交申请人签收", "复印一份交申请人", "当场提供给申请人，由申请人签收"]),
)
def test_a_copy_handed_over_is_granted(check: str, handover: str) -> None:
    """A clerk's record of a copy handed over on the spot is 予以公开."""
    text = f"经办记录：申请人要求获取第18号建议的办理答复，{check}{handover}。"
    assert classify_outcome(text).category == "granted", text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["提交申请人身份证明", "提交申请人签名的申请表"]))
def test_what_the_applicant_submits_is_no_handover(submitted: str) -> None:
    """Guard: 提交申请人… (what the applicant must submit) hands nothing over."""
    text = f"你的申请缺少必要材料，请在15个工作日内{submitted}，逾期未补正的视为放弃申请。"
    assert classify_outcome(text).category != "granted", text


_UNITS = [
    ("西部发展研究中心", "中心", ApplicantType.RESEARCH_INSTITUTION),
    ("生物技术研究所", "研究所", ApplicantType.RESEARCH_INSTITUTION),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某大学", "某师范学院", "某省农业科学院"]),
    st.sampled_from(_UNITS),
    st.sampled_from(["学校公章", "学院公章", "学校印章"]),
)
def test_a_unit_in_its_own_name_under_its_parents_seal_is_the_unit(
    parent: str, unit: tuple[str, str, ApplicantType], seal: str
) -> None:
    """以中心名义 naming the applicant itself decides over the parent's seal (加盖学校公章)."""
    name, ending, column = unit
    result = classify_applicant(f"{parent}{name}（以{ending}名义申请，加盖{seal}）")
    assert result.category == column, (parent, name, result.rule_id)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["张某", "王某某"]), st.sampled_from(["某建材有限公司", "某物流有限公司"]))
def test_a_seal_of_the_principal_named_keeps_the_principal(person: str, company: str) -> None:
    """Guard: a person applying in a company's name under its seal is the company's (商业企业)."""
    result = classify_applicant(f"{person}（以{company}名义申请，加盖{company}公章）")
    assert result.category == ApplicantType.COMMERCIAL_ENTERPRISE, result.rule_id


_TAXES = ["印花税", "增值税", "企业所得税", "契税", "土地增值税"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区财政金融局转发", "某市财政局关于转发", ""]),
    st.sampled_from(["企业改制重组有关", "支持小微企业发展", "支持文化企业发展"]),
    st.sampled_from(_TAXES),
    st.sampled_from(["政策的公告", "优惠政策的通知"]),
)
def test_a_named_taxs_policy_notice_is_item_one(prefix: str, subject: str, tax: str, tail: str) -> None:
    """A notice or announcement on a named tax's policy (印花税政策的公告), forwarded or not, is (一) clear."""
    title = f"{prefix}关于{subject}{tax}{tail}"
    result = classify_content(title)
    assert result.category == "A20.01", (title, result.rule_id)
    assert result.confidence is Confidence.CLEAR, (title, result.rule_id)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["呼和浩特市人民政府", "某县人民政府"]),
    st.sampled_from(["行政许可法", "行政处罚法", "政府信息公开条例"]),
)
def test_a_forwarded_notice_on_implementing_a_law_is_item_one_first(government: str, law: str) -> None:
    """转发…关于贯彻实施《…》的通知: (一) first, never clear (a hint)."""
    title = f"{government}转发自治区人民政府转发国务院关于贯彻实施《中华人民共和国{law}》的通知"
    result = classify_content(title)
    assert result.category == "A20.01", (title, result.rule_id)
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["公文报送", "公文处理", "会议管理"]))
def test_forwarding_an_offices_housekeeping_is_no_item(subject: str) -> None:
    """Guard: a forwarded notice on an office's own housekeeping (公文报送) gets no item from 转发 alone."""
    title = f"平潭综合实验区国有资产管理局关于转发《关于进一步规范{subject}工作的通知》 的通知"
    assert classify_content(title).category != "A20.01", title


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["减税降费政策落实情况", "税收政策宣传月活动启动"]))
def test_tax_policy_news_is_no_item_one(headline: str) -> None:
    """Guard: tax-policy words in a headline with no notice or announcement decide nothing of (一)."""
    assert classify_content(f"某县税务局{headline}").rule_id != "A20.01.policy_notice"
