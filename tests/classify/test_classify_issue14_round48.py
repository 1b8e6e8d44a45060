"""Issue 14, round 48: the ``requires`` redundancy lint, and the rules it trimmed keep their answers.

A required word that holds a shorter required word of the same rule (人民政府关于 beside 政府关于, 信息处理费 beside
处理费) can never decide whether the rule fires: wherever it occurs, the shorter word occurs too. The lint
(``scripts/classify_requires_lint.py``) lists such words, duplicates, and lists that every phrase satisfies by
itself; the bundled schemes must list none. The guards hold on round 47's schemes and on this round's: the rules
whose longer required word was dropped still fire on texts that hold it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_outcome
from disclosure_rules._classify._scheme import read_bundled_scheme
from disclosure_rules._labels import ApplicantType
from tests.scripts import load_script

_WORD = st.text(alphabet="公开信息政府处理费不予民政部门", min_size=1, max_size=4)


def _scheme(rules: list[dict[str, Any]]) -> dict[str, Any]:
    return {"axes": [{"categories": [{"rules": rules}]}]}


def test_the_bundled_schemes_hold_no_redundant_required_word() -> None:
    """Every bundled scheme runs clean (round 47's listed 41 words: 人民政府关于, 信息处理费, 民政部门 …)."""
    lint = load_script("classify_requires_lint")
    for name in lint.SCHEMES:
        assert lint.redundant(read_bundled_scheme(name)) == [], name


@settings(max_examples=60, deadline=None)
@given(
    _WORD,
    st.text(alphabet="甲乙丙丁", min_size=1, max_size=3),
    st.text(alphabet="戊己庚", min_size=1, max_size=3),
)
def test_a_required_word_holding_another_is_listed(inner: str, before: str, after: str) -> None:
    """A longer required word around a shorter one of the same list is listed; the shorter one is not."""
    lint = load_script("classify_requires_lint")
    longer = f"{before}{inner}{after}"
    found = lint.redundant(_scheme([{"id": "r", "phrases": ["某某"], "requires": [inner, longer]}]))
    assert found == [f"r: contains {longer} (holds {inner})"]


@settings(max_examples=60, deadline=None)
@given(_WORD, st.text(alphabet="甲乙丙丁", min_size=1, max_size=3))
def test_a_duplicate_and_a_self_satisfied_list_are_listed(word: str, other: str) -> None:
    """The same word twice is listed; so is a list every phrase holds, and not one that restricts a phrase."""
    lint = load_script("classify_requires_lint")
    twice = lint.redundant(_scheme([{"id": "r", "phrases": ["某某"], "requires": [word, word]}]))
    assert twice == [f"r: duplicate {word}"]
    implied = _scheme([{"id": "r", "phrases": [f"{other}{word}"], "requires": [word]}])
    assert lint.redundant(implied) == ["r: implied (every phrase holds a required word)"]
    restricting = _scheme([{"id": "r", "phrases": [f"{other}{word}", "某某"], "requires": [word]}])
    assert lint.redundant(restricting) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["申请人", "你", "您"]),
    st.sampled_from(["逾期未缴纳", "未按要求缴纳", "未按期缴纳"]),
    st.sampled_from(["信息处理费", "处理费"]),
)
def test_an_unpaid_processing_fee_still_ends_the_request(who: str, unpaid: str, fee: str) -> None:
    """Guard: 信息处理费 left the list, 处理费 inside it still satisfies the rule."""
    result = classify_outcome(f"{who}{unpaid}{fee}，本机关不再处理该政府信息公开申请。")
    assert result.category == "other_fee_unpaid"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["山茶之友", "湖滨守望", "古村记忆"]),
    st.sampled_from(["民政部门", "市民政局", "县民政局"]),
    st.sampled_from(["登记", "注册"]),
)
def test_a_society_registered_with_civil_affairs_is_public_interest(
    name: str, office: str, registered: str
) -> None:
    """Guard: 民政部门 left the list, 民政部 inside it still satisfies the rule."""
    result = classify_applicant(f"{name}（一家在{office}{registered}的社团）")
    assert result.category == ApplicantType.PUBLIC_INTEREST_ORGANIZATION.value
    assert any(word.startswith("民政") for word in result.matched)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["暂不予公开", "暂不公开", "暂不予提供"]), st.sampled_from(["其余信息", "其余部分"]))
def test_a_part_granted_beside_a_part_held_back_is_still_partial(held_back: str, rest: str) -> None:
    """Guard: the divided answer's longer refusal words left the list, the shorter ones inside them still count."""
    result = classify_outcome(f"申请的第一项信息予以公开，{rest}尚在研究中，{held_back}。")
    assert result.category == "partially_granted"


_PLACE = st.sampled_from(
    ["县政府网站“财政预决算”栏目", "我局官网", "市政府门户网站", "本局微信公众号", "镇政务公开栏", "区政务网"]
)
_WAY = st.sampled_from(["能找到", "可以查到", "可以看到", "上网查看", "打开就能看到全文", "可以浏览"])
_DOCUMENT = st.sampled_from(["你申请的2023年部门预算", "该征地补偿方案", "所申请的会议纪要", "这份提案复文"])


@settings(max_examples=60, deadline=None)
@given(_DOCUMENT, _PLACE, st.sampled_from(["", "早在去年", "已经", "我们已"]), _WAY)
def test_the_place_and_the_way_in_plain_speech_is_granted(
    document: str, place: str, when: str, way: str
) -> None:
    """第三十六条第（一）、（二）项: the place it is published and the way to get it, in any words between, is 予以公开."""
    result = classify_outcome(f"{document}{when}在{place}发布过，你在{place}里{way}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    _DOCUMENT,
    st.sampled_from(["已交给你本人签收", "已当面交付申请人", "打印了一份，随信寄去", "已交给您，请核对"]),
)
def test_a_document_handed_over_is_granted(document: str, handed: str) -> None:
    """第三十六条第（二）项: the document handed or posted to the applicant in plain speech is 予以公开."""
    result = classify_outcome(f"{document}{handed}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    _PLACE,
    st.sampled_from(["未能找到", "查不到", "没有找到", "无法查到"]),
    st.sampled_from(["你所说的文件", "该会议纪要", "相关批复"]),
)
def test_a_search_of_the_website_that_found_nothing_is_no_grant(place: str, none: str, document: str) -> None:
    """Guard: the place with a search that found nothing is never a grant (the not-held row or no answer)."""
    result = classify_outcome(f"经在{place}和本局档案中检索，{none}{document}。")
    assert result.category != "granted"


@settings(max_examples=40, deadline=None)
@given(
    _PLACE,
    _WAY,
    st.sampled_from(
        ["其余信息属于内部事务信息，不予公开", "另一份文件本机关未制作", "其余部分涉及国家秘密，不予提供"]
    ),
)
def test_the_place_and_the_way_beside_a_part_refused_is_never_a_plain_grant(
    place: str, way: str, rest: str
) -> None:
    """Guard: a divided answer (第三十七条) is never answered 予以公开 with confidence."""
    result = classify_outcome(f"第一项信息在{place}{way}；{rest}。")
    assert not (result.category == "granted" and result.confidence is Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["已交给你本人签收", "随信寄去"]), st.sampled_from(["本机关未制作", "不予公开"]))
def test_a_part_handed_over_beside_a_part_refused_is_partial(handed: str, rest: str) -> None:
    """A part handed over and a part refused or not made is 部分公开 (第三十七条), not a grant."""
    result = classify_outcome(f"所申请的第一份文件{handed}；第二份文件{rest}。")
    assert result.category == "partially_granted"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["该方案尚在修改，", "该规划仍在征求意见，", ""]),
    st.sampled_from(["尚未在", "暂未在", "还未在"]),
    st.sampled_from(["县政府网站", "本局官网", "门户网站"]),
    st.sampled_from(["公开", "发布", "主动公开"]),
)
def test_a_publication_not_yet_made_at_a_place_is_no_grant(
    why: str, negated: str, place: str, verb: str
) -> None:
    """A publication negated with its place between (尚未在网站公开) gives nothing: never a confident grant."""
    result = classify_outcome(f"{why}{negated}{place}{verb}，定稿后你可以在{place}上看到。")
    assert not (result.category == "granted" and result.confidence is Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["县政府网站", "本局官网", "门户网站"]), st.sampled_from(["公开", "主动公开"]))
def test_a_publication_made_at_a_place_is_still_granted(place: str, verb: str) -> None:
    """Guard: 已在网站公开 stays 予以公开."""
    result = classify_outcome(f"该文件已在{place}{verb}，请自行查阅。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)
