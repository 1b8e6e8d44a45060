"""Issue 14, tenth round: confidence calibration, shapes that are never an organ's item, replies stated by the act,
applicants read from the seal.

Titles: a decision is clear only when the title shows it is an organ's own document or record (a document form, an
issuing organ, the formal 关于 shape, a record shape) — an item's word in a line of other shape leaves the item first
but not decided; a form of item (一) or a plan's bare word needs another sign beside it; questions, drafts, samples,
comparisons, file names and pages of Taiwanese county and city governments are never decided. Replies: the act of
disclosure, a part sent beside a part refused, not-exists in the article's words, a named law's confidentiality
clause, the third party's ground stated, an objection to the reply. Applicants: the seal on the request, a seal
refused, persons named by a title as principals, religious venues, representative offices of foreign NGOs.

Each property varies the words around the phrase that decides; the titles, replies and names are made up, none is a
line of a blind set.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
    load_scheme,
    parse_scheme,
)
from disclosure_rules._classify._content import ContentClassifier
from disclosure_rules._labels import ApplicantType

NO_EVIDENCE = "classify.no_document_evidence"
NOT_AN_ITEM = "classify.not_an_item_shape"
PLACES = ("某市", "某县", "某区", "平安县", "临江市")
# Item subjects named without any form, organ or record word (weight 40-50 rules of different items).
BARE_SUBJECTS = (
    ("A20.12", "防汛应急响应"),
    ("A20.13", "食品抽检信息"),
    ("A20.14", "公务员招考"),
    ("A20.03", "旅游规划"),
)
ORGANS = ("某市人民政府", "某县财政局", "某区人民政府办公室", "某省应急管理厅")
FORMS = ("的通知", "的公告", "公示", "情况报告")


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


@settings(deadline=None)
@given(st.sampled_from(ORGANS), st.sampled_from(FORMS))
def test_an_organ_and_a_form_decide_a_named_item(organ: str, form: str) -> None:
    """The same item word framed as an organ's document is decided (the evidence is positive, not a phrase list)."""
    result = classify_content(f"{organ}关于2024年部门预算{form}")
    assert (result.category, result.confidence) == ("A20.07", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("城乡居民基本养老保险", "城市道路管理", "不动产登记资料查询", "农村低保审核审批")),
    st.sampled_from(("管理办法", "实施细则", "暂行规定", "经办规程")),
)
def test_a_form_alone_needs_an_issuer(subject: str, form: str) -> None:
    """Item (一) is defined by its form, so the form is its subject, not evidence of who made it."""
    bare = classify_content(f"{subject}{form}")
    assert bare.category == "A20.01"
    assert bare.code == NO_EVIDENCE
    issued = classify_content(f"某市人民政府办公室关于印发{subject}{form}的通知")
    assert (issued.category, issued.confidence) == ("A20.01", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("防汛应急预案", "部门预算", "国民经济和社会发展统计公报", "行政处罚决定书")),
    st.sampled_from(
        (
            "是什么意思",
            "是多少?",
            "怎么规定的",
            "如何查询",
            "有哪些",
            "吗",
            "思路样本",
            "(第三方建议稿)",
            ".docx",
            ".pdf",
        )
    ),
)
def test_questions_drafts_samples_and_file_names_are_never_decided(
    place: str, subject: str, shape: str
) -> None:
    """A question asks; a draft, a sample or a bare file name is not the organ's document: never a clear item."""
    result = classify_content(f"{place}{subject}{shape}")
    assert result.confidence is not Confidence.CLEAR
    if result.category is not None and result.runner_up is None:
        assert result.code in {NOT_AN_ITEM, "classify.weak_evidence"}


@settings(deadline=None)
@given(
    st.sampled_from(("台中市政府", "高雄市政府", "金門縣政府", "台北市政府", "新竹縣政府")),
    st.sampled_from(("停车场收费标准", "采购投标须知", "防汛应急预案", "违章建筑处理办法")),
)
def test_a_taiwanese_county_or_city_government_page_is_never_decided(government: str, subject: str) -> None:
    """The Regulations bind the mainland's administrative organs; a Taiwanese government's page is none of theirs."""
    assert classify_content(f"{government}{subject}").confidence is not Confidence.CLEAR


def test_traditional_characters_alone_are_no_sign() -> None:
    """Mainland counties publish in traditional characters too: the script does not cast doubt."""
    result = classify_content("某縣人民政府關於印發某縣防汛抗旱應急預案的通知")
    assert (result.category, result.confidence) == ("A20.12", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(("?", "吗", "什么", "模板", ".xlsx")), st.sampled_from(ORGANS))
def test_a_doubt_marker_outweighs_the_evidence(shape: str, organ: str) -> None:
    """An organ's name in a question (某县财政局部门预算是什么) does not make the question the organ's record."""
    result = classify_content(f"{organ}2024年部门预算{shape}")
    assert result.confidence is not Confidence.CLEAR


def _scheme_with(evidence: list[str], doubt: list[str]) -> ContentClassifier:
    markers = "\n".join(
        (
            f"evidence = {evidence!r}".replace("'", '"'),
            f"doubt = {doubt!r}".replace("'", '"'),
        )
    )
    text = f"""
name = "t"
version = "1"
kind = "content"
title = "t"
source = "t"
[[axes]]
name = "item"
title = "item"
{markers}
[[axes.categories]]
code = "tea"
label = "茶"
[[axes.categories.rules]]
id = "tea.named"
phrases = ["茶园"]
weight = 50
[[axes.categories.rules]]
id = "tea.form"
phrases = ["茶规"]
weight = 50
form = true
"""
    return ContentClassifier(parse_scheme(text, "toml"))


@settings(deadline=None)
@given(
    st.text(alphabet="甲乙丙丁通知", max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_the_calibration_on_a_scheme_of_ones_own(noise: str, with_evidence: bool, with_doubt: bool) -> None:
    """A scheme's own markers: clear only with an evidence word and no doubt word; the category never changes."""
    classifier = _scheme_with(["公告"], ["问"])
    title = f"{noise}茶园{'公告' if with_evidence else ''}{'问' if with_doubt else ''}"
    result = classifier.classify(title)
    assert result.category == "tea"
    evidenced = with_evidence
    assert (result.confidence is Confidence.CLEAR) == (evidenced and not with_doubt)
    if with_doubt:
        assert result.code == NOT_AN_ITEM
    elif not evidenced:
        assert result.code == NO_EVIDENCE


@settings(deadline=None)
@given(st.text(alphabet="甲乙丙丁", max_size=4))
def test_a_form_rule_needs_evidence_beyond_its_own_words(noise: str) -> None:
    """With ``form = true`` the rule's own words (茶规 holds 规) are no evidence; another evidence word is."""
    classifier = _scheme_with(["规", "公告"], [])
    assert classifier.classify(f"{noise}茶规").code == NO_EVIDENCE
    assert classifier.classify(f"{noise}茶园规").confidence is Confidence.CLEAR
    assert classifier.classify(f"{noise}茶规公告").confidence is Confidence.CLEAR


def test_markers_neither_vote_nor_mask() -> None:
    """An evidence word that holds a voting phrase (茶园公告 holds 茶园) does not hide it."""
    classifier = _scheme_with(["茶园公告"], [])
    result = classifier.classify("茶园公告")
    assert (result.category, result.confidence) == ("tea", Confidence.CLEAR)


def test_the_bundled_markers_are_data() -> None:
    """The evidence and doubt markers live in the scheme (a county can change them), on the item axis only."""
    scheme = load_scheme("art20_21_2019")
    item, area = scheme.axes
    assert "关于" in item.evidence
    assert "?" in item.doubt
    assert not area.evidence
    assert not area.doubt


def test_an_empty_marker_is_refused() -> None:
    with pytest.raises(Exception, match="empty once normalised"):
        _scheme_with([" "], [])


@settings(deadline=None)
@given(
    st.sampled_from(("下放", "取消", "调整")),
    st.sampled_from(("一批行政许可事项", "部分行政权力事项", "行政审批事项")),
    st.sampled_from(("某省人民政府", "某市人民政府", "国务院")),
)
def test_a_governments_decision_on_powers_is_one_and_five(verb: str, powers: str, government: str) -> None:
    """A 决定 that moves powers binds everyone (一) and fixes who grants which licence (五): never decided."""
    result = classify_content(f"{government}关于{verb}{powers}的决定")
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.01", "A20.05"}
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("省级", "市本级", "县级")),
    st.sampled_from(("审计查出问题整改情况", "审计发现问题整改情况")),
)
def test_an_audit_rectification_report_is_never_a_confident_budget(level: str, subject: str) -> None:
    """The report goes with the audit work report (十五); the budget words it names (七) tie with it."""
    result = classify_content(f"关于2024年度{level}预算执行和其他财政收支{subject}的报告")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.07", "A20.15"}


@settings(deadline=None)
@given(st.sampled_from(("审计整改结果公告办法", "审计查出问题整改管理规定")))
def test_a_rule_on_audit_rectification_is_item_one(rule: str) -> None:
    """A 办法 on announcing audit results is (一) by its form (G1)."""
    assert classify_content(f"某省人民政府关于印发某省{rule}的通知").category == "A20.01"


@settings(deadline=None)
@given(
    st.sampled_from(("市政府门户网站", "本局网站", "县发改委网站")),
    st.sampled_from(("进行了公开", "上进行公开")),
)
def test_the_act_of_disclosure_is_a_grant(site: str, act: str) -> None:
    """已在…网站上进行了公开: 第三十六条第（一）项 (already disclosed → tell how to obtain it): 予以公开."""
    assert classify_outcome(f"你申请的信息，我委已在{site}{act}，请自行查询。").category == "granted"


@settings(deadline=None)
@given(st.sampled_from(("批复文件的正文部分", "合同的主体部分")), st.sampled_from(("商业秘密", "个人隐私")))
def test_a_part_sent_beside_a_part_refused_is_a_partial_grant(part: str, secret: str) -> None:
    """部分公开: 区分处理的，只计这一情形."""
    reply = f"本机关向您寄送所申请{part}；附件中涉及{secret}，该部分决定不予公开。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(deadline=None)
@given(st.sampled_from(("会议记录", "请示", "讨论稿")), st.sampled_from(("该政府信息不存在", "该信息不存在")))
def test_not_exists_in_the_articles_words_decides_over_the_kind_named(kind: str, words: str) -> None:
    """第三十六条第（四）项: a record that does not exist is not withheld as process information."""
    reply = f"经检索，本机关未制作或获取您所描述的“某村土地调整{kind}”，{words}。"
    assert classify_outcome(reply).category == "unavailable_not_held"


@settings(deadline=None)
@given(st.sampled_from(("兵役法", "某某管理条例", "慈善法")), st.sampled_from(("有关保密规定", "的保密条款")))
def test_a_named_laws_confidentiality_clause_is_the_other_laws_row(law: str, clause: str) -> None:
    """依照《X法》有关保密规定 … 不予公开: 其他法律行政法规禁止公开, for a law the named list lacks."""
    suffix = "" if law.endswith("条例") else "中华人民共和国"
    reply = f"你要求获取的资料，依照《{suffix}{law}》{clause}及《政府信息公开条例》第十四条，不予公开。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


def test_a_state_secret_keeps_its_row() -> None:
    reply = "该信息经依法确定为国家秘密，根据《中华人民共和国保守国家秘密法》有关保密规定，不予公开。"
    assert classify_outcome(reply).category == "withheld_state_secret"


@settings(deadline=None)
@given(st.sampled_from(("未成年人保护法", "个人信息保护法", "民法典")))
def test_the_third_partys_ground_stated_decides(law: str) -> None:
    """The reply withholds on 第十五条's ground in its words, whatever privacy law it names beside it."""
    reply = f"您申请的材料涉及他人个人信息，依据《中华人民共和国{law}》相关规定，公开会损害第三方合法权益，不予公开。"
    assert classify_outcome(reply).category == "withheld_third_party_rights"


@settings(deadline=None)
@given(st.sampled_from(("答复书提出异议", "答复提出异议")), st.sampled_from(("行政复议", "行政诉讼")))
def test_an_objection_to_the_reply_is_other_handling(objection: str, remedy: str) -> None:
    """An objection to the agency's own reply goes to review or litigation (第五十一条): 其他, not 信访."""
    reply = f"您对本机关作出的{objection}并要求重新答复，该诉求不属于新的申请，请通过{remedy}途径主张。"
    assert classify_outcome(reply).category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(("云南白药", "某某集团", "老字号")),
    st.sampled_from(("某某医药集团股份有限公司", "某某科技有限公司", "某某商贸有限责任公司")),
    st.sampled_from(("加盖", "盖有")),
)
def test_the_seal_on_the_request_decides(short: str, company: str, verb: str) -> None:
    """A short form or a brand with a company's seal on the request: the company applies."""
    result = classify_applicant(f"{short}（申请书{verb}{company}公章）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.stamp"


@settings(deadline=None)
@given(
    st.sampled_from(("张某", "王某某", "李明")),
    st.sampled_from(("村民委员会", "居民委员会", "某某协会")),
    st.sampled_from(("村委会未盖章", "仅有本人签名", "未加盖公章")),
)
def test_a_person_invoking_a_body_without_its_seal_is_a_person(person: str, body: str, unsealed: str) -> None:
    """The body did not make the request; the person who signed it did."""
    result = classify_applicant(f"{person}（以{body}名义递交申请，{unsealed}）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(st.sampled_from(("村民", "业主", "居民")), st.sampled_from(("某镇", "某村", "某小区")))
def test_a_lawyer_filing_for_persons_named_by_a_title_is_a_person(title: str, place: str) -> None:
    """The principal's column: 村民 are persons, not a village committee."""
    result = classify_applicant(f"某律师事务所律师杨某（代理{place}{title}申请，申请书以{title}名义提交）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(st.sampled_from(("某寺", "某某寺院", "某清真寺", "某天主堂", "某道观")))
def test_a_religious_venue_is_other(venue: str) -> None:
    """Neither a company nor a social organisation nor a research body: 其他."""
    assert classify_applicant(venue).category is ApplicantType.OTHER


def test_a_company_named_after_a_temple_keeps_its_form() -> None:
    assert classify_applicant("某寺文化旅游有限公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(st.sampled_from(("某某基金会北京代表处", "Green Earth北京代表处", "某某协会上海代表处")))
def test_a_representative_office_of_a_foreign_ngo_is_public_interest(office: str) -> None:
    """境外非政府组织代表机构: a non-profit, non-governmental social organisation."""
    result = classify_applicant(f"{office}（境外非政府组织代表机构）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("耕地地力保护补贴标准", "农机购置补贴标准", "乡镇工作补贴标准")),
    st.sampled_from(("公示", "的通知", "")),
)
def test_a_subsidy_level_of_another_field_is_never_a_confident_item_eleven(
    place: str, subsidy: str, form: str
) -> None:
    """Item (十一) names 扶贫、教育、医疗、社会保障、促进就业; a farm subsidy's level is none of them."""
    assert classify_content(f"{place}2024年{subsidy}{form}").confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("农村义务教育学生营养餐补助标准", "特困人员救助补助标准", "残疾人两项补贴标准")),
)
def test_a_subsidy_level_of_item_elevens_fields_is_item_eleven(place: str, subsidy: str) -> None:
    """The level of a social-security, assistance or education subsidy is a (十一) measure."""
    result = classify_content(f"{place}民政局关于公布2024年{subsidy}的公告")
    assert result.category == "A20.11"


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("防汛应急响应", "停车收费标准", "公务员招考")),
    st.sampled_from(("是什么意思", "是多少", "分别代表什么", "怎么规定的", "思路样本", "对比")),
)
def test_a_question_or_a_sample_has_no_item_and_names_the_item_as_runner_up(
    place: str, subject: str, shape: str
) -> None:
    """``refuse`` markers: no category; the item the words name is the runner-up, the marker the matched word."""
    result = classify_content(f"{place}{subject}{shape}")
    assert result.category is None
    if (
        result.rule_id is not None
    ):  # a citizen's message (news.message, round 9) abstains first: no item either
        assert result.rule_id == "news.message"
        return
    assert result.code == NOT_AN_ITEM
    assert result.runner_up is not None
    assert any(word in shape for word in result.matched)


def test_a_refused_title_does_not_fall_back_to_the_body() -> None:
    """The title said something (its shape): the body is not read as if the title said nothing."""
    result = classify_content("应急预案是什么意思", body="某县人民政府关于印发某县防汛应急预案的通知")
    assert result.category is None
    assert result.code == NOT_AN_ITEM
