"""Issue 14, round 57: blind 53's misses as classes.

Replies: a grant word (可以公开, 予以公开, 提供给你, 给你) after a negation of its own clause (不属于, 不属于依法, 不能, 无法, 不予,
不宜) refuses what it names — never a grant; beside a named law it is that law's refusal (第十四条). A reply that hands one
part over in plain speech (…文件给你) and withholds another on any ground (依据第十五条不予提供) is 部分公开 (第三十七条; the
format: 区分处理的，只计这一情形). A negation in another clause (经查，…不存在；其余信息予以公开) hides no grant.

Applicants: a residence (…区居民, …村村民) beside a name no rule reads, with the applicant's own matter (申请公开本人…), is
自然人, decided. Titles: the printed plan of a social-assistance programme (印发《…低保调整工作实施方案》) is (十一) by its
subject; a 办法 on the programme stays (一) (G1).
The property tests fail on round 56's code and schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome

_NAMED_LAWS = ["《居民身份证法》", "《中华人民共和国居民身份证法》", "《统计法》", "《社会保险法》"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["他人身份证登记信息", "某企业的统计调查资料", "他人的社会保险个人权益记录"]),
    st.sampled_from(_NAMED_LAWS),
    st.sampled_from(["第六条、第十三条", "第十三条", "第九条"]),
    st.sampled_from(["不属于可以公开的范围", "不属于依法可以公开的政府信息", "不属于予以公开的范围"]),
)
def test_a_negated_grant_beside_a_named_law_is_prohibited_by_law(
    record: str, law: str, article: str, negated: str
) -> None:
    """第十四条: the law protects it and the reply says it is not disclosable — never 予以公开."""
    result = classify_outcome(f"本行政机关认为，申请人所指的{record}受{law}{article}保护，{negated}。")
    assert result.category == "withheld_prohibited_by_law"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["你申请的信息", "该信息", "所申请的材料"]),
    st.sampled_from(
        ["不属于可以公开的范围", "不属于依法可以公开的信息", "不属于予以公开的范围", "不属于应当公开的范围"]
    ),
    st.sampled_from(["。", "，特此告知。"]),
)
def test_a_negated_grant_word_is_never_a_grant(subject: str, negated: str, tail: str) -> None:
    """A grant word after its clause's negation refuses: the reply is no 予以公开 and no 部分公开."""
    result = classify_outcome(f"{subject}{negated}{tail}")
    assert result.category not in {"granted", "partially_granted"}


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["拆迁补偿标准文件", "征地批复文件", "项目验收报告", "会议纪要"]),
    st.sampled_from(["给你", "给您", "提供给你", "附后"]),
    st.sampled_from(
        [
            "各户的补偿金额明细属于他人个人信息，依据第十五条不予提供",
            "其中的审批过程稿属于过程性信息，不予公开",
            "2015年的那份本机关未制作",
            "会签意见属于内部事务信息，不予提供",
        ]
    ),
)
def test_one_given_one_withheld_is_partial(document: str, given_word: str, withheld: str) -> None:
    """第三十七条: a part handed over in plain speech beside a part withheld on any ground is 部分公开."""
    result = classify_outcome(f"申请的事项里，{document}{given_word}；{withheld}。")
    assert result.category == "partially_granted"


# Guards: what must not change.


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["2019年会议纪要", "该项目的立项批复", "拆迁评估报告"]),
    st.sampled_from(["其余信息予以公开", "其余信息现予公开", "其余文件提供给你"]),
)
def test_a_negation_in_another_clause_hides_no_grant(record: str, rest: str) -> None:
    """经查，…不存在；其余…予以公开: the negation is the other clause's — the reply stays 部分公开."""
    result = classify_outcome(f"经查，你申请的{record}不存在；{rest}。")
    assert result.category == "partially_granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["你申请的文件", "该份会议纪要", "所申请信息"]),
    st.sampled_from(["不能给你", "无法给你", "不予提供给你", "不宜提供给你"]),
    st.sampled_from(["，因涉及他人隐私。", "，属于内部事务信息。"]),
)
def test_a_refused_handing_over_gives_nothing(subject: str, refused: str, ground: str) -> None:
    """不能给你 / 无法给你 refuse: neither 予以公开 nor 部分公开."""
    result = classify_outcome(f"{subject}{refused}{ground}")
    assert result.category not in {"granted", "partially_granted"}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["你申请的信息", "该批复"]),
    st.sampled_from(["属于可以公开的政府信息，现提供给你", "可以公开，现予公开", "予以公开，复印件附后"]),
)
def test_a_plain_grant_stays_granted(subject: str, grant: str) -> None:
    """A grant word with no negation before it keeps its row."""
    result = classify_outcome(f"{subject}{grant}。")
    assert result.category == "granted"


# Applicants: a resident asking about their own matter.


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["格桑卓玛", "次仁央宗", "阿依古丽", "扎西顿珠"]),
    st.sampled_from(["拉萨市城关区居民", "那曲市色尼区牧民", "某县某村村民", "喀什市市民"]),
    st.sampled_from(
        ["申请公开本人低保审核结果", "申请公开本户草原补奖发放情况", "申请公开其本人的宅基地审批材料"]
    ),
)
def test_a_resident_asking_about_their_own_matter_is_a_person(
    name: str, residence: str, request: str
) -> None:
    """A residence (…区居民, …村村民) and the applicant's own matter (本人, 本户): 自然人, decided."""
    result = classify_applicant(f"{name}（{residence}，{request}）")
    assert (result.category, result.confidence) == ("自然人", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["佐藤健一", "格桑卓玛"]),
    st.sampled_from(["投资人", "股东"]),
)
def test_a_role_without_residence_stays_weak(name: str, role: str) -> None:
    """Round 26's role reading is unchanged: a role noun alone is a weak 自然人."""
    result = classify_applicant(f"{name}（{role}，申请公开项目审批材料）")
    assert (result.category, result.confidence) == ("自然人", Confidence.AMBIGUOUS)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县某村村民委员会", "某社区居民委员会"]),
    st.sampled_from(["", "（申请公开本村低保名单）"]),
)
def test_a_residents_committee_stays_an_organisation(name: str, context: str) -> None:
    """村民委员会 / 居民委员会 hold 村民/居民 but are bodies, never a resident."""
    result = classify_applicant(name + context)
    assert result.category != "自然人"


# Titles: the printed plan of a social-assistance programme is (十一) by its subject.


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区管委会办公室", "某县人民政府办公室关于", "关于", "某县民政局关于"]),
    st.sampled_from(
        ["2016年度城乡低保调整", "农村最低生活保障提标", "特困人员救助供养", "临时救助", "社会救助兜底保障"]
    ),
    st.sampled_from(["工作实施方案", "实施方案", "调整方案"]),
)
def test_a_printed_social_assistance_plan_is_item_eleven(organ: str, programme: str, plan: str) -> None:
    """第二十条第（十一）项: a 实施方案 is no G1 form — the programme it carries out decides, (十一) clear."""
    result = classify_content(f"{organ}印发《{programme}{plan}》的通知")
    assert (result.category, result.confidence) == ("A20.11", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "某市"]),
    st.sampled_from(["最低生活保障", "临时救助", "特困人员救助供养"]),
    st.sampled_from(["实施办法", "实施细则", "管理办法"]),
)
def test_a_social_assistance_rule_stays_item_one(place: str, programme: str, form: str) -> None:
    """G1: a 办法 or 细则 on the programme is a normative document by its form, (一) clear as before."""
    result = classify_content(f"关于印发《{place}{programme}{form}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "某区"]),
    st.sampled_from(["推动大规模设备更新", "优化营商环境", "重点产业链链长工作机制"]),
)
def test_other_printed_plans_keep_their_reading(place: str, subject: str) -> None:
    """A printed 实施方案 outside social assistance stays round 5's (一) first, never clear."""
    result = classify_content(f"关于印发《{place}{subject}实施方案》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.AMBIGUOUS)
