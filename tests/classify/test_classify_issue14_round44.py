"""Issue 14, round 44: blind41's misses as classes, by classifier (development data).

Replies: a party committee's or party group's own document (…属于党委的文件，不属于本政府制作或获取的政府信息) is no
government information (第二条) → 其他; an applicant who says the information is no longer wanted (不再需要) withdrew the
request → 其他. Titles: a company that names itself before 关于 and calls for tenders for its own work (…有限公司关于…
劳务分包招标的公告) is no organ buying (政府采购法 第二条): no item, while a procurement agent's notice for an organ keeps (九).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_PARTY_DOC = st.sampled_from(
    [
        "县委常委会议纪要属于党委的文件",
        "市委常委会会议纪要属于党委的文件",
        "镇党委会议纪要属于党委文件",
        "局党组会议纪要属于党组的文件",
        "区委常委会研究干部任用的纪要",
    ]
)
_DENIAL = st.sampled_from(
    [
        "不属于本政府制作或获取的政府信息",
        "不属于本机关制作或者获取的政府信息",
        "不是本局履职中制作的信息",
        "并非行政机关的信息",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["你要求公开的", "您申请的", "申请人所要的"]), _PARTY_DOC, _DENIAL)
def test_a_party_bodys_document_denied_is_other(lead: str, document: str, denial: str) -> None:
    """党委/党组 documents with a denial: no government information (第二条) → 其他, decided."""
    result = classify_outcome(f"{lead}{document}，{denial}。")
    assert (result.category, result.confidence) == ("other_other", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(_PARTY_DOC, st.sampled_from(["请向县委办公室申请", "建议你向县委办公室咨询"]))
def test_a_party_document_referred_to_the_party_body_is_not_this_rule(document: str, referral: str) -> None:
    """A referral to the party body that holds it is left to the other rows (as round 29's 纪委 rule)."""
    result = classify_outcome(f"你申请的{document}，不属于本机关制作的信息，{referral}。")
    assert result.rule_id != "outcome.other_other.party_document"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["局党组会议纪要", "党委会议纪要"]))
def test_a_party_groups_minutes_withheld_as_internal_keep_their_row(minutes: str) -> None:
    """No denial: the minutes withheld as internal affairs keep that row (blind33's class)."""
    result = classify_outcome(
        f"{minutes}记录的是本局内部研究人事安排的情况，属于内部管理范畴，依法可以不公开。"
    )
    assert result.category == "withheld_internal_affairs"


_WHEN = st.sampled_from(["在答复期限届满前", "于受理后", "于10月8日", "在本机关作出答复前"])
_HOW = st.sampled_from(["来函", "来电", "书面", "通过政务服务平台留言"])
_END = st.sampled_from(
    ["本机关对这件申请不再继续办理", "本机关不再继续办理", "本机关不再作出答复", "本件办结"]
)


@settings(max_examples=40, deadline=None)
@given(_WHEN, _HOW, _END)
def test_information_no_longer_wanted_is_a_withdrawal(when: str, how: str, end: str) -> None:
    """(申请人…表示不再需要该信息): a withdrawal in other words → 其他, decided."""
    result = classify_outcome(f"申请人{when}{how}表示不再需要该信息，{end}。")
    assert (result.category, result.rule_id, result.confidence) == (
        "other_other",
        "outcome.other_other.withdrawn",
        Confidence.CLEAR,
    )


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["逾期未补正", "期限届满未补正也未说明理由"]))
def test_a_correction_not_made_stays_its_row_beside_no_longer_wanted(missed: str) -> None:
    """补正 asked and not made: the no-correction row, never the withdrawal."""
    result = classify_outcome(f"你{missed}，视为不再需要该信息，本申请视为撤回。")
    assert result.category == "other_no_correction"


_COMPANY = st.sampled_from(
    ["某建设集团有限公司", "某路桥工程有限公司", "某建筑股份公司", "某能源集团", "某城建集团公司"]
)
_WORK = st.sampled_from(["城区供热管网改造工程", "厂区道路硬化项目", "住宅小区二期工程"])
_TENDER = st.sampled_from(["劳务分包招标的公告", "专业分包招标公告", "材料采购招标公告", "施工队伍比选公告"])


@settings(max_examples=40, deadline=None)
@given(_COMPANY, _WORK, _TENDER)
def test_a_companys_own_call_for_tenders_is_no_item(company: str, work: str, tender: str) -> None:
    """X有限公司关于…招标的公告 with no organ named: the company buys, no item (never (九))."""
    result = classify_content(f"{company}关于{work}{tender}")
    assert result.item.category is None
    assert result.item.rule_id == "none.not_government.company_tender"


_AGENT = st.sampled_from(
    ["某招标代理有限公司", "某工程咨询有限公司", "某项目管理有限公司", "国信招标集团股份有限公司"]
)
_BUYER = st.sampled_from(["某县人民医院", "某市教育局", "某区政务服务中心", "某县人民政府"])


@settings(max_examples=40, deadline=None)
@given(_AGENT, _BUYER, st.sampled_from(["设备采购项目中标结果公告", "物业服务招标公告"]))
def test_an_agents_notice_for_an_organ_keeps_item_nine(agent: str, buyer: str, notice: str) -> None:
    """A procurement agent's notice naming a public buyer: (九) stays first (company_purchase may doubt it)."""
    result = classify_content(f"{agent}关于{buyer}{notice}")
    assert result.item.category == "A20.09"


@settings(max_examples=20, deadline=None)
@given(_COMPANY, _BUYER)
def test_a_company_naming_an_organ_as_buyer_is_never_decided_none(company: str, buyer: str) -> None:
    """A company issuer that names an organ's project (an agent without 代理 in its name): (九) stays first."""
    result = classify_content(f"{company}关于{buyer}办公设备采购项目招标公告")
    assert result.item.rule_id != "none.not_government.company_tender"
