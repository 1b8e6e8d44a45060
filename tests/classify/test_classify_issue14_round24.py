"""Issue 14, round 24: the classes blind22 missed (development data since its one measurement).

Titles: a headline that reports that something happened — in the passive (…被查封), as money that reached the
households (…兑付到户), as a sum paid (为…发放…资金N万元), as a court's judgment (…一审判决驳回) or as a count of the
parties an act struck (吊销6家…) — is news, not the item's document; the document's own form beside the same words keeps
the item. Replies: information not made or kept by this organ (不由本机关制作或保存) is 本机关不掌握 (第三十六条（四）);
materials not handed in after a correction notice (逾期未提交补充材料，该申请按放弃处理) is 第三十条's no correction.
Applicants: a short form stated before the request (以项目公司简称申请…) is read by the kind word before 简称.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._labels import ApplicantType
from tests.classify.samples import PLACES

_PLACES = st.sampled_from(PLACES)
_NEWS = "news.headline."


# Titles (scheme 2019.26).
@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["两家保健食品企业", "一批无证小作坊", "3家加油站", "某化工厂"]),
    st.sampled_from(["未按法定许可要求经营", "违法排污", "无证经营", ""]),
    st.sampled_from(["被查封", "被吊销许可证", "被罚款", "被责令停产", "被立案调查"]),
)
def test_a_passive_act_headline_is_news(place: str, party: str, cause: str, act: str) -> None:
    """兰州两家保健食品企业…被查封: what befell a party, told in the passive, is news of the act, no item."""
    result = classify_content(f"{place}{party}{cause}{act}")
    assert result.category is None
    assert (result.rule_id or "").startswith(_NEWS)


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["2015年第一批农机具购置补贴资金", "耕地地力保护补贴", "稳岗补贴资金", "生态护林员补助"]),
    st.sampled_from(["兑付到户", "发放到户", "兑现到户", "发放到位", "拨付到位"]),
)
def test_money_that_reached_the_households_is_news(place: str, funds: str, paid: str) -> None:
    """甘肃徽县…补贴资金兑付到户: the payment happened — news of it, not the organ's record of it."""
    result = classify_content(f"{place}{funds}{paid}")
    assert result.category is None
    assert result.rule_id == "news.headline.paid_out"


_TOTALS = st.builds(
    "{}{}".format, st.integers(min_value=1, max_value=9999), st.sampled_from(["万元", "亿元"])
)


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["为1000名残疾人", "为困难群众", "向受灾农户", ""]),
    st.sampled_from(["发放", "兑付", "拨付"]),
    st.sampled_from(["“两补”资金", "临时救助金", "种粮补贴"]),
    _TOTALS,
)
def test_a_sum_paid_out_is_news(place: str, whom: str, verb: str, funds: str, total: str) -> None:
    """酒泉肃州区为1000名残疾人发放“两补”资金264万元: a place, the act and its total — a news sentence."""
    result = classify_content(f"{place}{whom}{verb}{funds}{total}")
    assert result.category is None
    assert result.rule_id == "news.headline.sum_paid"


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["补贴资金发放", "临时救助金发放", "残疾人两项补贴发放"]),
    st.sampled_from(["情况公示", "明细表", "台账", "花名册", "到户情况"]),
)
def test_the_organ_s_record_of_a_payment_keeps_its_item(place: str, funds: str, record: str) -> None:
    """…发放情况公示, 发放台账, 花名册: the organ's own record of the payment is no news sentence."""
    result = classify_content(f"{place}2025年{funds}{record}")
    assert not (result.rule_id or "").startswith(_NEWS)


@settings(deadline=None)
@given(
    st.sampled_from(["周某", "某公司", "村民李某"]),
    st.sampled_from(["诉某市政府", "诉某县人民政府", "诉某区住建局"]),
    st.sampled_from(["政府信息公开七案", "征收补偿案", "行政处罚案", ""]),
    st.sampled_from([" 中院一审判决驳回", " 一审驳回", "二审维持原判", " 区政府败诉"]),
)
def test_a_court_s_judgment_reported_is_news(party: str, suit: str, case: str, outcome: str) -> None:
    """周筱赟诉毕节市政府…一审判决驳回: a court decided a case — news, whatever field the case concerns."""
    result = classify_content(f"{party}{suit}{case}{outcome}")
    assert result.category is None
    assert result.rule_id == "news.headline.court"


@settings(deadline=None)
@given(
    st.sampled_from(["北京", "某市", "全省"]),
    st.sampled_from(["吊銷", "吊销", "取締", "查封"]),
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["家違法網吧許可證", "家违法加油站", "家无证诊所"]),
)
def test_a_count_of_parties_struck_is_news(place: str, act: str, count: int, parties: str) -> None:
    """北京吊銷6家違法網吧許可證: the campaign's count of parties is news; the traditional 銷 and 締 read as 销 and 缔."""
    result = classify_content(f"{place}{act}{count}{parties}")
    assert result.category is None
    assert result.rule_id is not None
    assert result.rule_id.startswith(_NEWS)


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["市场监督管理局", "生态环境局"]),
    st.sampled_from(["关于对3家企业", "关于某公司被查封财产", "关于2家企业被罚款"]),
    st.sampled_from(["行政处罚决定的公告", "的公示", "的通知"]),
)
def test_a_document_about_the_same_act_keeps_its_form(
    place: str, organ: str, subject: str, form: str
) -> None:
    """关于…的公告: the organ's document names itself by its form — the news rules stay silent."""
    result = classify_content(f"{place}{organ}{subject}{form}")
    assert not (result.rule_id or "").startswith(_NEWS)


# Replies (scheme 2021.21).
@settings(deadline=None)
@given(
    st.sampled_from(["您所申请的反倾销调查申请书", "你申请的会议纪要", "该文件"]),
    st.sampled_from(["不由", "并非由", "非由", "不是由"]),
    st.sampled_from(["本机关", "本局", "本单位", "我局"]),
    st.sampled_from(["制作或保存", "制作或者获取", "制作", "保存"]),
    st.sampled_from(["，本机关无法向您提供。", "，建议向商务部贸易救济调查局提出申请。", "。"]),
)
def test_information_not_made_or_kept_here_is_not_held(
    subject: str, negation: str, organ: str, verb: str, tail: str
) -> None:
    """…不由本机关制作或保存: 第三十六条（四） — 本机关不掌握相关政府信息."""
    result = classify_outcome(f"{subject}{negation}{organ}{verb}{tail}")
    assert result.category == "unavailable_not_held"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["需要二次加工、分析", "需要汇总统计"]),
    st.sampled_from(["不是本机关已制作或者获取的信息", "并非由本机关已制作或者获取的信息"]),
)
def test_no_ready_record_is_no_not_held(work: str, record: str) -> None:
    """…需要二次加工，不是本机关已制作…的信息: no ready record (第三十八条), which the not-held rule leaves alone."""
    result = classify_outcome(f"你申请的信息{work}，{record}。")
    assert result.rule_id != "outcome.unavailable_not_held.not_made_here"


@settings(deadline=None)
@given(st.sampled_from(["并非不由本机关制作", "不是不由本局制作或保存"]))
def test_a_double_negation_is_no_not_held_statement(double: str) -> None:
    """并非不由本机关制作: the organ made it — the not-held rule stays silent."""
    result = classify_outcome(f"该信息{double}，现予公开。")
    assert result.rule_id != "outcome.unavailable_not_held.not_made_here"


@settings(deadline=None)
@given(
    st.sampled_from(["补正告知书已于5月12日送达，", "本机关于3月5日告知您补正，", ""]),
    st.sampled_from(["你逾期未提交补充材料", "您未按要求补正", "你未按要求补充"]),
    st.sampled_from(["，该申请按放弃处理", "，视作放弃", "，作放弃处理"]),
    st.sampled_from(["，本局不再办理。", "。"]),
)
def test_materials_not_handed_in_is_no_correction(notice: str, missing: str, lapse: str, end: str) -> None:
    """补正告知书…逾期未提交补充材料，该申请按放弃处理: 第三十条 — 视为放弃申请."""
    result = classify_outcome(f"{notice}{missing}{lapse}{end}")
    assert result.category == "other_no_correction"
    assert result.confidence is Confidence.CLEAR


# Applicants (scheme 2021.25).
@settings(deadline=None)
@given(
    st.sampled_from(["康桥驿轨道", "云栖置地", "临港新城"]),
    st.sampled_from(["项目公司", "公司", "企业"]),
    st.sampled_from(["申请公开TOD地块的规划条件", "要求公开环评批复", "申请公开某公司的用地批复"]),
)
def test_a_short_form_stated_before_the_request_reads_its_kind(name: str, kind: str, request: str) -> None:
    """康桥驿轨道（以项目公司简称申请…）: the kind word before 简称 says what the applicant is."""
    result = classify_applicant(f"{name}（以{kind}简称{request}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["王某", "李**", "张某某"]),
    st.sampled_from(["申请公开某公司简称的由来", "申请公开某企业简称的登记情况"]),
)
def test_a_short_form_inside_the_request_reads_nothing(name: str, request: str) -> None:
    """A 简称 after the request word is what is asked for, never the applicant: a person stays a person."""
    assert classify_applicant(f"{name}（{request}）").category is ApplicantType.NATURAL_PERSON


# The remaining misses of blind17 where the law decides (scheme 2019.26).
@settings(deadline=None)
@given(
    st.sampled_from(["浙江省", "山西省文物局", "某市交通运输局"]),
    st.sampled_from(["农药违法行为", "文物", "道路运输"]),
    st.sampled_from(["行政处罚裁量基准", "行政处罚自由裁量权基准", "行政处罚裁量权基准(试行)"]),
)
def test_a_discretion_benchmark_issued_by_a_notice_is_item_one_first(
    issuer: str, field: str, benchmark: str
) -> None:
    """关于印发《…行政处罚裁量基准》的通知: 国办发〔2022〕27号 — a 规范性文件, so (一) first; (六) is never confident."""
    result = classify_content(f"{issuer}关于印发《{issuer}{field}{benchmark}》的通知")
    assert result.category == "A20.01"


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["住房公积金管理中心", "医疗保障局", "教育局"]),
    st.sampled_from(["党组", "党委", "党支部"]),
    st.sampled_from(["公开承诺", "党员承诺书", "承诺践诺"]),
)
def test_a_party_group_s_pledge_is_no_item(place: str, organ: str, party: str, pledge: str) -> None:
    """中共…党组公开承诺: party work, no information an organ makes as an administrative organ (第二条)."""
    result = classify_content(f"中共{place}{organ}{party}{pledge}")
    assert result.category is None


@settings(deadline=None)
@given(_PLACES, st.sampled_from(["行政审批局", "市场监督管理局"]), st.sampled_from(["告知承诺", "信用承诺"]))
def test_an_organ_s_procedural_pledge_keeps_its_reading(place: str, organ: str, pledge: str) -> None:
    """告知承诺 is a licensing procedure (item 五): the pledge rule needs a party word and stays silent here."""
    result = classify_content(f"{place}{organ}关于实行{pledge}制的公告")
    assert result.rule_id != "none.not_government.party_pledge"
