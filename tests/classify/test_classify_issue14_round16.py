"""Issue 14, sixteenth round: a clear item needs the item's own words at the title's head.

The calibration principle (scheme 2019.19): a title names what it is last (事由 then 文种; a catalogue line ends with
its record noun). A decision is clear only when a word that votes for the winning item stands at the head — the end of
the title once its tail (document number, brackets, file extension, year, punctuation) and a chain of record words
(公示, 公告, 名单, 批后公示 …) are cut away, or the end of a document the title names (《…》, 关于印发…的通知). Where the
item's words modify another head (…公益性岗位管理的通知, …规划编制基本技术指南, …笔试成绩已经公布), the winner stays
first and is not decided (``classify.item_not_title_head``). A document number names the document wherever it stands.
The property that matters as much: the head never changes the top answer, only its confidence.

Each property varies the words around the phrase that decides; the titles are made up, none is a line of a blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    ContentClassifier,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._classify._content import item_at_head
from disclosure_rules._labels import ApplicantType

PLACES = ("某镇人民政府", "某县", "某市", "某省", "平潭综合实验区")
YEARS = ("2022", "2024", "2027")
NOT_HEAD = "classify.item_not_title_head"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("公益性岗位", "城乡居民最低生活保障", "森林防火", "政府采购", "国土空间规划编制")),
    st.sampled_from(("管理工作", "基本技术指引", "业务培训安排", "宣传活动方案")),
)
def test_an_item_word_that_modifies_another_head_is_not_decided(place: str, item: str, head: str) -> None:
    """The item's word before a head of another kind: never clear, whatever it is."""
    result = classify_content(f"{place}关于严格规范{item}{head}的通知")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(YEARS),
    st.sampled_from(("森林火灾应急预案", "部门决算", "行政事业性收费目录清单", "国民经济和社会发展统计公报")),
    st.sampled_from(("", "（2024年修订）", "（某府办〔2024〕3号）", " ", "。")),
)
def test_the_items_own_document_at_the_head_stays_decided(
    place: str, year: str, item: str, tail: str
) -> None:
    """The item's own document named last, with any tail a catalogue adds, keeps its decision."""
    result = classify_content(f"{place}{year}年{item}{tail}")
    assert result.confidence is Confidence.CLEAR
    assert result.code != NOT_HEAD


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("建设工程规划许可证", "取水许可", "排污许可证")),
    st.sampled_from(("批后公示", "批后公布", "审批前公示", "核实结果公示", "受理公告")),
)
def test_record_words_after_the_items_document_are_cut(place: str, licence: str, record: str) -> None:
    """A chain of record words (公示, 批后, 结果 …) after the item's own words leaves them at the head."""
    assert item_at_head(f"{place}{licence}{record}", (licence,), ContentClassifier()._record_words, 3)


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("管理办法", "实施细则", "专项规划", "应急预案")),
    st.sampled_from(("关于印发{}的通知", "关于印发《{}》的通知", "转发《{}》的通知")),
)
def test_a_named_document_has_its_own_head(place: str, document: str, frame: str) -> None:
    """关于印发…的通知 and 《…》 name a document whose head is read as a title's."""
    inner = f"{place}住房保障{document}"
    result = classify_content(frame.format(inner))
    assert result.code != NOT_HEAD


@settings(deadline=None)
@given(
    st.sampled_from(("穗番环罚", "湛环罚字", "某市监罚")),
    st.sampled_from(YEARS),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(("某某有限公司", "张某", "某某商店")),
)
def test_a_document_number_names_the_document_wherever_it_stands(
    prefix: str, year: str, number: int, party: str
) -> None:
    """A penalty titled by its number and the party: the number names the decision, the party comes last."""
    result = classify_content(f"{prefix}〔{year}〕{number}号 {party}")
    assert (result.category, result.confidence) == ("A20.06", Confidence.CLEAR)


@settings(deadline=None, max_examples=200)
@given(
    st.text(
        alphabet="关于印发某县公益性岗位管理办法的通知规划编制技术指南已经公布笔试成绩〔2024〕3号（）《》 .pdf",
        max_size=40,
    )
)
def test_the_head_changes_confidence_never_the_answer(title: str) -> None:
    """With the head calibration off, the category, rule and words are the same; only a clear may become ambiguous."""
    classifier = ContentClassifier()
    without = ContentClassifier()
    without._head_window = None
    headed, plain = classifier.classify(title), without.classify(title)
    assert (headed.category, headed.rule_id, headed.matched) == (plain.category, plain.rule_id, plain.matched)
    if headed.confidence is not plain.confidence:
        assert (plain.confidence, headed.confidence, headed.code) == (
            Confidence.CLEAR,
            Confidence.AMBIGUOUS,
            NOT_HEAD,
        )


def test_many_titles_agree_with_one_at_a_time() -> None:
    """The batch paths apply the same head calibration as the one-title path."""
    titles = [
        "南华镇人民政府关于严格规范乡村公益性岗位管理的通知",
        "某县2024年森林火灾应急预案",
        "某省村庄规划编制基本技术指南（试行）",
        "某市建设工程规划许可证批后公示",
    ] * 300
    classifier = ContentClassifier()
    one = [classifier.classify(title) for title in titles]
    for vectorised in (False, True):
        many = classifier.classify_many(titles, vectorised=vectorised)
        assert [(r.category, r.confidence, r.code) for r in many] == [
            (r.category, r.confidence, r.code) for r in one
        ]
    assert one[0].code == NOT_HEAD
    assert one[1].confidence is Confidence.CLEAR


# Replies (outcome 2021.15) and applicants (applicant 2021.18): blind 15's misses, by class.


@settings(deadline=None)
@given(
    st.sampled_from(("第1项、第3项", "第2项中的会议纪要", "第4项")),
    st.sampled_from(("经检索不存在", "本机关未制作")),
    st.sampled_from(("随本答复书提供", "随答复书提供")),
)
def test_a_several_item_answer_that_gives_part_is_partial(items: str, lack: str, given_words: str) -> None:
    assert (
        classify_outcome(f"你申请的{items}信息{lack}；其余信息{given_words}。").category
        == "partially_granted"
    )


@settings(deadline=None)
@given(
    st.sampled_from(("测绘法》第三十四条", "测绘法》第四十七条")), st.sampled_from(("涉密数据", "涉密信息"))
)
def test_classified_data_under_a_named_law_is_a_state_secret(law: str, kind: str) -> None:
    text = f"你申请公开的原始数据属于{kind}，根据《中华人民共和国{law}及有关保密规定，本机关不予公开。"
    assert classify_outcome(text).category == "withheld_state_secret"


@settings(deadline=None)
@given(
    st.sampled_from(("防洪设施", "供水设施", "电力设施")),
    st.sampled_from(("可能被利用破坏", "可能被不法分子利用破坏")),
)
def test_a_security_refusal_by_its_consequence(facility: str, risk: str) -> None:
    text = f"该闸门的控制程序一经公开，{risk}{facility}，依据条例第十四条本局不予公开。"
    assert classify_outcome(text).category == "withheld_security_stability"


@settings(deadline=None)
@given(st.sampled_from(("章程", "历次变更登记材料", "股东名册")))
def test_an_enterprise_registration_archive_is_an_inquiry(material: str) -> None:
    text = f"你要求提供某公司的{material}，系企业登记档案，请到市场监管部门登记档案窗口查询。"
    assert classify_outcome(text).category == "withheld_administrative_inquiry"


@settings(deadline=None)
@given(st.sampled_from(("全部卷宗材料", "全部案卷材料", "全部执法文书")))
def test_article_35s_own_words_decide_over_the_records_named(records: str) -> None:
    text = f"你要求公开十年来的{records}，数量明显超过合理范围，你提出的理由不合理，本机关不予处理。"
    assert classify_outcome(text).category == "not_processed_excessive"


@settings(deadline=None)
@given(
    st.sampled_from(("行政处罚案卷信息", "执法案卷", "会议记录")), st.sampled_from(("书面撤回了", "撤回了"))
)
def test_a_withdrawn_request_is_other(what: str, withdrew: str) -> None:
    text = f"你于2025年5月12日{withdrew}对{what}的公开申请，本机关终止处理。"
    assert classify_outcome(text).category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("两委会议记录", "村集体账目", "村民会议记录")))
def test_village_records_are_not_government_information(record: str) -> None:
    text = f"某村{record}由村民委员会制作保存，属于村务公开的内容，请向村委会要求公开。"
    assert classify_outcome(text).category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("罚款金额排名", "历年执法次数统计", "各单位经费对比表")))
def test_information_to_be_generated_needs_creation(what: str) -> None:
    text = f"本局未制作过“{what}”这一信息，生成该信息需从各案卷中逐一摘录并加工排序，本局不予提供。"
    assert classify_outcome(text).category == "unavailable_needs_creation"


@settings(deadline=None)
@given(
    st.sampled_from(
        ("凉山州委组织部", "某县委宣传部", "某市委统战部", "中国兽医药品监察所", "水利部某某规划设计总院")
    ),
    st.sampled_from(("", "（以本机关名义函请公开编制数）", "（申请公开抽检结果）")),
)
def test_public_bodies_named_without_an_org_word_are_other(name: str, context: str) -> None:
    assert classify_applicant(f"{name}{context}").category is ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(("白沙农场管理区", "某某农场管理区")))
def test_a_farms_management_area_is_a_public_body(name: str) -> None:
    assert (
        classify_applicant(f"{name}（县农业农村局下属单位，申请公开项目资金）").category
        is ApplicantType.OTHER
    )


@settings(deadline=None)
@given(st.sampled_from(("成都某某教育", "某某学堂")))
def test_a_training_business_stated_as_such_is_an_enterprise(name: str) -> None:
    assert (
        classify_applicant(f"{name}（培训机构，申请公开收费标准文件）").category
        is ApplicantType.COMMERCIAL_ENTERPRISE
    )
