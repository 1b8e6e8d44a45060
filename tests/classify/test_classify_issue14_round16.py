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

from disclosure_rules._classify import Confidence, ContentClassifier, classify_content
from disclosure_rules._classify._content import item_at_head

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
