"""Title classifier: how a title is matched — the head of a title and of each document it names, tail cutting,
words inside other words, the order hint, the plans against the plain reference.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_content,
    normalize_text,
)
from disclosure_rules._classify._content import (
    _CLOSERS,
    _NAMED_DOCUMENT,
    _OPENERS,
    _TAIL_END,
    _TAIL_PIECES,
    ContentClassifier,
    _head,
    item_at_head,
)
from disclosure_rules._classify._results import NOT_TITLE_HEAD_CODE, ContentResult
from tests.classify.samples import (
    FIELDS,
    GOVERNMENTS,
    ITEM_SUBJECTS,
    NO_EVIDENCE,
    ORDER_RULE,
    ORDERS,
    PLACES,
    WITH,
    WITHOUT,
    YEARS,
    Shape,
    TitleShape,
    UnsureShape,
    shape_name,
)

if TYPE_CHECKING:
    from disclosure_rules._classify._scheme import HitKey


# Item subjects named without any form, organ or record word (weight 40-50 rules of different items).
BARE_SUBJECTS = (
    ("A20.12", "防汛应急响应"),
    ("A20.13", "食品抽检信息"),
    ("A20.14", "公务员招考"),
    ("A20.03", "旅游规划"),
)


PLACES_R16 = ("某镇人民政府", "某县", "某市", "某省", "平潭综合实验区")


NOT_HEAD = "classify.item_not_title_head"


CLASSIFIER = ContentClassifier()


def plain_head(text: str) -> str:
    """Round 16's tail cutting: a find per bracket."""
    while text:
        cut = text
        if text[-1] in _TAIL_END:
            for piece in _TAIL_PIECES:
                cut = piece.sub("", text)
                if cut and cut != text:
                    break
        if cut == text or not cut:
            opened = max(map(text.rfind, _OPENERS))
            if opened <= 0 or max(map(text.rfind, _CLOSERS)) > opened:
                return text
            cut = text[:opened]
        text = cut
    return text


def plain_without_records(head: str, record_words: tuple[str, ...]) -> str:
    """Round 16's record-word cutting, longest word first."""
    words = sorted(record_words, key=len, reverse=True)
    while head:
        for word in words:
            if head.endswith(word) and len(head) > len(word):
                head = head[: -len(word)]
                break
        else:
            return head
    return head


def plain_item_at_head(
    text: str,
    words: tuple[str, ...],
    record_words: tuple[str, ...],
    window: int,
    anywhere: tuple[str, ...] = (),
) -> bool:
    """Round 16's :func:`item_at_head`: every head looked at, word by word."""
    if any(marker in word for word in words for marker in anywhere):
        return True
    if any(word in text[-(max(map(len, words), default=0) + window) :] for word in words):
        return True
    heads = (text, *(quoted or issued for quoted, issued in _NAMED_DOCUMENT.findall(text)))
    for candidate in heads:
        head = plain_without_records(plain_head(candidate.strip()), record_words)
        if any(word in head[-(len(word) + window) :] for word in words):
            return True
    return False


def plain_headed(text: str, key: HitKey, result: ContentResult) -> ContentResult | str:
    """Round 16's decision for one title: ``result``, or the code of its ambiguous copy."""
    window = CLASSIFIER.scheme.axes[0].head_window
    if window is None or result.confidence is not Confidence.CLEAR:
        return result
    anywhere = CLASSIFIER._head_anywhere
    if any(marker in word for word in result.matched for marker in anywhere):
        return result
    if any(word in text[-(max(map(len, result.matched), default=0) + window) :] for word in result.matched):
        return result
    votes_for = CLASSIFIER._votes_for
    voting_ids = [phrase_id for phrase_id in key[0] if result.category in votes_for[phrase_id]]
    if any(phrase_id in CLASSIFIER._anywhere_ids for phrase_id in voting_ids):
        return result
    phrases = CLASSIFIER._compiled.automaton.phrases
    voting = tuple(dict.fromkeys((*result.matched, *(phrases[phrase_id] for phrase_id in voting_ids))))
    record_words = CLASSIFIER._record_words
    if plain_item_at_head(text, voting, record_words, window):
        return result
    return NOT_TITLE_HEAD_CODE


PHRASES = CLASSIFIER._compiled.automaton.phrases


RECORDS = CLASSIFIER._record_words


PIECES = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(RECORDS),
    st.sampled_from(
        ("某县", "关于", "印发", "转发", "的通知", "的公告", "的", "工作", "管理", "人员", "《", "》", "年")
    ),
    st.sampled_from(
        ("(2024)", "（第2批）", "〔2024〕5号", "某政发〔2023〕12号", ".pdf", "第3页", "2024年版", "-v2")
    ),
    st.sampled_from(
        ("(", "（", ")", "）", "【", "】", "〔", "〕", "<", ">", "[", "]", "，", "。", " ", "\n", "-")
    ),
    st.text(alphabet="0123456789abc号页年版订", max_size=4),
)


TITLES = st.lists(PIECES, min_size=1, max_size=9).map("".join)


# Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).
@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from(PLACES), st.sampled_from(("物流标准化试点", "冷链物流标准体系", "物流标准化示范企业")))
def test_liubiao_inside_logistics_is_not_procurement(place: str, subject: str) -> None:
    """流标 (a failed tender) is read only as a word, never inside 物流标准."""
    result = classify_content(f"关于公布{place}{subject}名单的通知")
    assert result.category != "A20.09"


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("事项清单", "制度改革方案", "服务指南")))
def test_political_review_is_not_read_inside_administrative_approval(place: str, rest: str) -> None:
    """政审 inside 行政审批 is no recruitment word."""
    result = classify_content(f"{place}行政审批{rest}")
    assert result.category != "A20.14"


@settings(deadline=None)
@given(st.sampled_from(PLACES))
def test_zhongzhao_inside_central_tender_is_not_school_entry(place: str) -> None:
    """中招 inside 集中招标 is no item (十一) word."""
    result = classify_content(f"{place}药品集中招标工作情况")
    assert result.category != "A20.11"


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("教师", "卫生专业技术人员", "会计人员")))
def test_tenure_inside_qualification_is_not_staffing(place: str, who: str) -> None:
    """任职 inside 任职资格 is no appointment (item 二)."""
    result = classify_content(f"{place}{who}任职资格评审结果公示")
    assert result.category != "A20.02"


@settings(deadline=None)
@given(st.sampled_from(("市政协", "市政府", "市政务服务中心")), st.sampled_from(("某市", "临江市")))
def test_shizheng_inside_cppcc_or_government_is_not_municipal_construction(body: str, city: str) -> None:
    """市政 inside 市政协, 市政府, 市政务 names no 市政建设 area."""
    result = classify_content(f"{city}{body}关于开展文明城市创建活动的公告", level="市级政府")
    assert result.area is None or result.area.category != "A21.municipal_construction"


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).


@settings(deadline=None)
@given(st.sampled_from(("扎实做好", "全力做好", "积极推进")), st.sampled_from(("通知", "实施方案", "意见")))
def test_a_document_with_a_headline_verb_keeps_its_item(verb: str, document: str) -> None:
    """关于扎实做好…预算编制工作的通知 is the document, not a headline: the news rule does not fire."""
    result = classify_content(f"关于{verb}2025年部门预算编制工作的{document}")
    assert result.rule_id != "news.headline"
    assert result.category is not None


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("冀科政规", "川发改价格规", "某府规", "某办规")),
    st.integers(min_value=2018, max_value=2025),
    st.integers(min_value=1, max_value=99),
)
def test_a_normative_document_number_names_item_one(prefix: str, year: int, number: int) -> None:
    """A 规 number is given to a registered 行政规范性文件 (国办发〔2018〕37号 统一编号): item (一)."""
    result = classify_content(f"{prefix}〔{year}〕{number}号")
    assert result.category == "A20.01"
    # round 10: a number with no title names no subject: item (一) first, not decided; with its title, decided
    assert result.code == "classify.no_document_evidence"
    titled = classify_content(f"关于印发某某管理办法的通知 {prefix}〔{year}〕{number}号")
    assert (titled.category, titled.confidence) == ("A20.01", Confidence.CLEAR)


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("中国某某股份", "某某集团公司", "某某有限公司")),
    st.integers(2000, 2030),
    st.integers(1, 300),
)
def test_a_companys_own_document_number_marks_the_issuer(prefix: str, year: int, number: int) -> None:
    """A company's document number (股份[2005]94号) is no organ's."""
    result = classify_content(f"{prefix}[{year}]{number}号关于印发《某某管理办法》的通知")
    assert result.category is None


@settings(deadline=None)
@given(st.integers(1, 300))
def test_a_document_number_with_wenjian_is_no_search_page(number: int) -> None:
    """号文件 is how a title cites a document; only the colloquial X号文 is a query."""
    result = classify_content(f"关于贯彻落实国发〔2024〕{number}号文件的实施意见")
    assert result.category == "A20.01"


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(BARE_SUBJECTS),
    st.sampled_from(("加强", "做好", "", "推进")),
    st.sampled_from(("工作", "")),
)
def test_an_item_word_in_a_line_of_other_shape_is_not_decided(
    subject: tuple[str, str], verb: str, tail: str
) -> None:
    """No form, organ or record shape: the item comes first, but the decision is not clear."""
    result = classify_content(f"{verb}{subject[1]}{tail}")
    assert result.confidence is not Confidence.CLEAR
    if result.category is not None and result.runner_up is None:
        assert result.code in {NO_EVIDENCE, "classify.weak_evidence"}


# Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R16),
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
    st.sampled_from(PLACES_R16),
    st.sampled_from(("建设工程规划许可证", "取水许可", "排污许可证")),
    st.sampled_from(("批后公示", "批后公布", "审批前公示", "核实结果公示", "受理公告")),
)
def test_record_words_after_the_items_document_are_cut(place: str, licence: str, record: str) -> None:
    """A chain of record words (公示, 批后, 结果 …) after the item's own words leaves them at the head."""
    assert item_at_head(f"{place}{licence}{record}", (licence,), ContentClassifier()._record_words, 3)


@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R16),
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


# Round 17 (formerly test_classify_issue14_round17.py; see ROUNDS.md).
@settings(deadline=None, max_examples=400)
@given(st.text(alphabet="某县办法(（)）[]【】〔〕<>《》0123456789号页年版订.pdfx-_/，。 \n", max_size=24))
def test_tail_cutting_is_round_16s(text: str) -> None:
    """One search for an unclosed group cuts exactly what a find per bracket cut (newlines included)."""
    assert _head(text) == plain_head(text)


@settings(deadline=None, max_examples=300)
@given(TITLES, st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3), st.integers(0, 4))
def test_item_at_head_is_round_16s(title: str, words: list[str], window: int) -> None:
    """The head of the title and of every document it names: the same answer as looking at each every time."""
    text = normalize_text(title)
    chosen = tuple(dict.fromkeys(words))
    assert item_at_head(text, chosen, RECORDS, window) == plain_item_at_head(text, chosen, RECORDS, window)


@settings(deadline=None, max_examples=300)
@given(st.lists(TITLES, min_size=1, max_size=12))
def test_the_classifier_answers_as_round_16(titles: list[str]) -> None:
    """Shared plans, one pattern per tuple of words: every title's answer is round 16's, on both scan paths."""
    fresh = ContentClassifier()
    vectorised = fresh.classify_many(titles, vectorised=True)
    scalar = fresh.classify_many(titles, vectorised=False)
    for title, fast, slow in zip(titles, vectorised, scalar, strict=True):
        text = normalize_text(title)
        key = CLASSIFIER._compiled.key(text, None)
        plain = CLASSIFIER._result_for(key)
        expected = plain_headed(text, key, plain)
        assert fast == slow == CLASSIFIER.classify(title)
        if expected == NOT_TITLE_HEAD_CODE:
            assert fast.code == NOT_TITLE_HEAD_CODE
            assert fast.confidence is Confidence.AMBIGUOUS
            assert fast.category == plain.category
        else:
            assert fast == expected


def test_the_oracle_sees_both_answers() -> None:
    """The properties compare both kinds of answer: a title whose item word modifies another head is unheaded."""
    for title, unheaded in (
        ("某县关于严格规范公益性岗位管理工作的通知", True),
        ("某县2024年部门决算", False),
    ):
        text = normalize_text(title)
        key = CLASSIFIER._compiled.key(text, None)
        expected = plain_headed(text, key, CLASSIFIER._result_for(key))
        assert (expected == NOT_TITLE_HEAD_CODE) is unheaded
        assert (CLASSIFIER.classify(title).code == NOT_TITLE_HEAD_CODE) is unheaded


# Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from((*GOVERNMENTS, "某县应急管理局", "某公司", "")),
    st.sampled_from((*FIELDS, "征收土地", "房屋征收", "行政许可事项", "政府采购", "部门预算")),
    st.sampled_from((*ORDERS, "的通告", "的决定", "通告", "公告", "的通知", "")),
    st.sampled_from(("", "关于")),
)
def test_the_order_hint_never_moves_an_answer_it_does_not_make(
    government: str, field: str, form: str, about: str
) -> None:
    """Where another item wins, the hint changes at most the confidence, never the category (a hint at 25)."""
    title = f"{government}{about}{field}{form}"
    before, after = WITHOUT.classify(title), WITH.classify(title)
    if after.rule_id != ORDER_RULE:
        assert after.category == before.category
        assert after.rule_id == before.rule_id
    else:
        # The hint wins only over words weaker than itself, which decided nothing before either.
        assert before.confidence is not Confidence.CLEAR
        assert after.confidence is not Confidence.CLEAR


MATCHING_SHAPES: Final[list[Shape]] = [
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    TitleShape(
        "a_headline_of_work_in_progress_is_news",
        "{place}财政局：{verb}{subject}工作",
        {
            "place": PLACES,
            "verb": ("扎实做好", "全力做好", "积极推进", "全面抓好", "多措并举推进", "纵深推进"),
            "subject": ITEM_SUBJECTS,
        },
        None,
        rule_id="news.headline",
        why="A headline that reports work in progress names an item's subject but is news: no item.",
    ),
    TitleShape(
        "a_colon_headline_is_news",
        "{agency}：{headline}",
        {
            "agency": ("某县财政局", "某镇", "某市监管局", "某水利公司"),
            "headline": ("今年新增高标准农田2万亩", "环保巡查守护一方碧水", "预算绩效管理见实效"),
        },
        None,
        why='"Agency: what happened" is the form of a news headline: no item.',
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    TitleShape(
        "a_slogan_headline_is_news",
        "{first} {second}",
        {
            "first": ("强化监管", "优化服务", "创新机制"),
            "second": ("促进养老服务高质量发展", "打造宜居环境", "助力就业创业", "实现稳中提质"),
        },
        None,
        why="A headline built of slogans with no document word is news.",
    ),
    # Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
    TitleShape(
        "a_headline_of_what_will_happen_is_news",
        "{subject}{future}",
        {
            "subject": ("幼儿园", "某景区", "市区公交", "城区道路"),
            "future": ("将于下月起按天收费", "将实施交通管制", "将迎来调价", "将全面开放"),
        },
        None,
        why="A headline that tells what will happen reports work to come: news.",
    ),
    # Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).
    UnsureShape(
        "an_item_word_that_modifies_another_head_is_not_decided",
        "{place}关于严格规范{item}{head}的通知",
        {
            "place": PLACES_R16,
            "item": ("公益性岗位", "城乡居民最低生活保障", "森林防火", "政府采购", "国土空间规划编制"),
            "head": ("管理工作", "基本技术指引", "业务培训安排", "宣传活动方案"),
        },
        why="The item's word before a head of another kind: never clear, whatever it is.",
    ),
    # Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
    TitleShape(
        "the_latest_plan_is_a_headline",
        "{publisher}最新{plan}",
        {
            "publisher": ("某县交通运输局", "某市", "某区自然资源局", ""),
            "plan": ("发展规划", "国土空间总体规划", "城市总体规划", "十四五规划"),
        },
        None,
        rule_id="news.headline.latest",
        why="…最新发展规划: news, no item (an organ titles its plan by its name and period).",
    ),
]


@pytest.mark.parametrize("shape", MATCHING_SHAPES, ids=shape_name)
def test_each_matching_shape_is_classified_as_its_row_says(shape: Shape) -> None:
    """Each row's titles, whatever words fill the template, are classified as the row says (never clear: `UnsureShape`)."""
    shape.check()
