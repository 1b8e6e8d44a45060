"""Issue 14, round 46: blind43's confident wrong answer and its replies, as classes (development data).

Titles: a short trigger word matched across the boundary of a longer common word — 开标 (bid opening) across
公开|标准 — does not count; a body's own 政务公开 standards (标准规范) are its rules about OGI work, (一) at most
ambiguous. Replies: excessive requests whose reasons were asked for and found wanting (第三十五条) without 过多 or
明显超过; a refusal because the record could be used to sabotage a facility (第十四条) without 危及…安全; a
published reply sent as a link (第三十六条第（一）项 → 予以公开); a part sent and a part withheld for a third party
who objected (第三十七条 outranks the third-party row).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome
from tests.scripts import load_script

_BODY = st.sampled_from(["高青县高城镇", "某县人民政府", "某市卫生健康委员会", "某区", "某乡人民政府"])


@settings(max_examples=60, deadline=None)
@given(
    _BODY,
    st.sampled_from(["政务公开标准", "政务公开标注", "基层政务公开标准", "政府信息公开标识"]),
    st.sampled_from(["规范", "化建设", "化工作推进会", "体系", "目录", "（2025年版）"]),
)
def test_bid_opening_across_public_and_standard_never_counts(body: str, middle: str, tail: str) -> None:
    """开标 straddling 公开|标准 (公开标注, 公开标识) is no bid opening: never item (九)."""
    item = classify_content(f"{body}{middle}{tail}").item
    assert item.category != "A20.09"
    assert "开标" not in item.matched


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县某某工程", "某中学智慧校园建设一期", "某镇道路硬化项目"]),
    st.sampled_from(["开标公示", "开标结果公示", "延期开标公告", "开标记录"]),
)
def test_a_real_bid_opening_is_still_a_procurement(project: str, notice: str) -> None:
    """开标 said on its own keeps item (九) (A20.09.bid_opening)."""
    item = classify_content(f"{project}{notice}").item
    assert item.category == "A20.09"
    assert item.rule_id == "A20.09.bid_opening"


@settings(max_examples=40, deadline=None)
@given(_BODY, st.sampled_from(["政务公开", "政府信息公开"]), st.sampled_from(["标准规范", "工作规范"]))
def test_a_bodys_own_open_government_standards_are_at_most_ambiguous(body: str, work: str, form: str) -> None:
    """A body's 政务公开标准规范 is its rules about its own OGI work: (一) first, never decided."""
    item = classify_content(f"{body}{work}{form}").item
    assert item.category == "A20.01"
    assert item.confidence is Confidence.AMBIGUOUS


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["在一个月内以相同格式", "在两周内以不同名义", "本季度以同一格式"]),
    st.sampled_from(["全县一百二十余个村的征地档案", "各村历年补贴发放表", "全镇各小区的物业合同"]),
    st.sampled_from(["经要求说明理由，你所述理由不能成立", "经要求说明理由，你所述理由不成立"]),
    st.sampled_from(["本机关依法不予处理", "本局不予处理"]),
)
def test_excessive_requests_with_reasons_found_wanting_are_not_processed(
    when: str, what: str, reasons: str, end: str
) -> None:
    """第三十五条 in its steps (reasons asked, found wanting, not processed) without 过多/明显超过."""
    result = classify_outcome(f"你{when}就{what}分别提出申请，{reasons}，{end}。")
    assert (result.category, result.confidence) == ("not_processed_excessive", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["经要求说明理由，你所述理由不能成立", "你所述理由不成立"]))
def test_reasons_found_wanting_need_a_refusal_to_process(reasons: str) -> None:
    """Without 不予处理 the words alone decide nothing about 第三十五条 (the rule's requires)."""
    result = classify_outcome(f"{reasons}，现将所申请信息提供给你。")
    assert result.rule_id != "outcome.not_processed_excessive.reason_asked"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["县城供水厂取水口的安防布置图", "水库大坝的监测点位图", "变电站的安保巡查路线"]),
    st.sampled_from(["可能被用于破坏", "可能被用来破坏", "有被利用于破坏"]),
    st.sampled_from(["供水设施", "大坝", "电力设施"]),
    st.sampled_from(["故不能向你提供", "本局决定不予公开", "不予提供"]),
)
def test_a_record_that_could_be_used_to_sabotage_is_security(
    record: str, used: str, facility: str, refusal: str
) -> None:
    """第十四条 said by the consequence (被用于破坏…) without 危及…安全: the row 危及“三安全一稳定”."""
    result = classify_outcome(f"{record}一旦对外提供，{used}{facility}，{refusal}。")
    assert result.category == "withheld_security_stability"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县政协十一届二次会议第45号提案的复文", "你所申请的建议答复", "该文件"]),
    st.sampled_from(["挂到了县政府网站上", "挂到政府网站", "挂到门户网站"]),
    st.sampled_from(["现把链接发给你", "链接发给您", "现将链接发给你，打开就能看到全文"]),
)
def test_a_published_reply_sent_as_a_link_is_granted(document: str, posted: str, link: str) -> None:
    """Already published and the link given: 第三十六条第（一）项, the 予以公开 row."""
    result = classify_outcome(f"{document}，我局早已{posted}，{link}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["尚未挂到县政府网站上", "没有挂到政府网站"]))
def test_a_reply_not_yet_posted_is_no_link_grant(posted: str) -> None:
    """A publication negated (未挂到, 没有挂到) gives nothing by the link rule."""
    result = classify_outcome(f"该提案的复文{posted}。")
    assert result.rule_id != "outcome.granted.full_text_posted"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["随函寄送该工程的立项批复和竣工验收意见", "现提供合同正文", "随函附送会议纪要"]),
    st.sampled_from(["中标单位的分项报价单", "供应商的报价明细", "投标人的财务报表"]),
    st.sampled_from(["这部分不能提供", "该部分不能公开", "此部分不能提供"]),
)
def test_a_part_sent_and_a_part_withheld_for_a_third_party_is_partial(
    sent: str, part: str, refused: str
) -> None:
    """The divided answer (第三十七条) outranks the third-party row: 部分公开."""
    text = f"{sent}；至于{part}，该单位书面回复不同意公开，本机关认为其属于商业秘密，{refused}。"
    result = classify_outcome(text)
    assert (result.category, result.confidence) == ("partially_granted", Confidence.CLEAR)


def test_the_straddle_script_lists_bid_opening_across_public_and_standard() -> None:
    """scripts/classify_straddles.py lists a phrase read only across two commoner words, and not one said alone."""
    module = load_script("classify_straddles")
    titles = [f"某县{n}号政务公开标准目录" for n in range(5)] + [f"某局{n}号公开工作标准" for n in range(5)]
    found = module.straddles([*titles, "某工程开标公示"], 3)
    assert any(line.startswith("公开|标准") for line in found["开标"])
    assert all("开标公示" not in line for line in found["开标"])
    assert "采购" not in found
