"""Issue 14, round 30: blind28's misses by the row of table 三 (development data).

Replies: a divided answer — one part given (邮寄给申请人, 提供给申请人) and the rest (其余) held elsewhere, or one part found
(…的政府信息存在) and another not (…的政府信息不存在) — is 部分公开 (第三十七条); a third party consulted that refused
(书面征求…意见，…不同意公开，…故不向你提供) is 第十五条's row, and 不向你提供 is a refusal, never a grant; a reply citing
第三十六条（二） gives the information (予以公开); a referral to ask another body (建议原告向…咨询、了解) is 本机关不掌握
(第三十六条（五）); a risk disclosure would bring to a facility's safety is 第十四条's 三安全一稳定; a correction that still
names nothing (补正后…依然无从判断) is 第三十条's row. Applicants: a name of a person's shape beside a business licence, or a
字号 filed in the form's 法人或者其他组织 box, is 商业企业. Titles: news that an organ completed its handling of deputies'
suggestions is no item.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

# Han characters that name no organ, law, refusal or grant (the subject of a request).
_SUBJECT = st.text(
    alphabet="桥梁道路测绘图纸立项批复出资明细监控方案水源地档案台账表册", min_size=2, max_size=10
)
_ORGAN = st.sampled_from(["县发展和改革局", "某镇人民政府", "市自然资源局", "区住房和城乡建设局"])


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["邮寄给申请人", "提供给申请人", "送达申请人"]),
    _SUBJECT,
    st.sampled_from(["不属于本行政机关负责公开", "由项目业主单位保存", "本机关未制作"]),
)
def test_one_part_given_and_the_rest_held_elsewhere_is_partially_granted(
    given_part: str, act: str, rest: str, lack: str
) -> None:
    """将《…》材料邮寄给申请人，并告知…其余资料不属于本行政机关负责公开: 部分公开, never 不掌握 for the whole."""
    result = classify_outcome(f"将《{given_part}》材料{act}，并告知申请人申请的{rest}等其余资料{lack}。")
    assert result.category == "partially_granted"


@settings(deadline=None)
@given(_SUBJECT, _SUBJECT, st.sampled_from(["的政府信息", "的信息"]))
def test_one_part_found_and_another_not_is_partially_granted(found: str, missing: str, word: str) -> None:
    """…的政府信息存在，…的政府信息不存在: a divided answer (第三十七条)."""
    result = classify_outcome(f"经查，你申请公开的{found}{word}存在，{missing}{word}不存在。")
    assert result.category == "partially_granted"


@settings(deadline=None)
@given(_SUBJECT, st.sampled_from(["均不存在", "全部不存在"]))
def test_nothing_found_stays_not_held(subject: str, nothing: str) -> None:
    """A reply that finds nothing (均不存在) is no divided answer."""
    result = classify_outcome(f"经检索，你申请的{subject}相关政府信息{nothing}。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["该园", "该企业", "该公司", "第三方"]),
    st.sampled_from(["书面征求了", "征求了", "书面征询了"]),
    st.sampled_from(["故不向你提供", "故不向您提供", "不向申请人提供"]),
)
def test_a_consulted_third_party_that_refused_is_third_party_rights(
    subject: str, party: str, consulted: str, refusal: str
) -> None:
    """书面征求…意见，…回复不同意公开，…不向你提供: 第十五条's row; 不向你提供 is no grant."""
    result = classify_outcome(
        f"你申请的{subject}涉及{party}商业秘密，本机关{consulted}{party}意见，{party}回复不同意公开，"
        f"本机关认为不公开不影响公共利益，{refusal}。"
    )
    assert result.category == "withheld_third_party_rights"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(_SUBJECT, st.sampled_from(["不向你提供", "不向您提供"]))
def test_a_negated_grant_never_votes_for_a_grant(subject: str, refusal: str) -> None:
    """不向你提供 hides the 向你提供 inside it: neither 予以公开 nor 部分公开."""
    result = classify_outcome(f"你申请的{subject}本机关决定不公开，{refusal}。")
    assert result.category not in {"granted", "partially_granted"}


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["第36条第(二)项", "第三十六条第（二）项", "第三十六条第二项"]),
    st.sampled_from(["提供给申请人", "向申请人提供"]),
)
def test_a_reply_citing_article_36_item_2_is_granted(subject: str, article: str, act: str) -> None:
    """已按《条例》第36条第(二)项的规定提供给申请人: 予以公开."""
    result = classify_outcome(
        f"《{subject}》系本机关保存的材料，已按《政府信息公开条例》{article}的规定{act}。"
    )
    assert result.category == "granted"


@settings(deadline=None)
@given(
    _ORGAN,
    st.sampled_from(["建议原告向", "建议申请人向", "建议你向"]),
    st.sampled_from(["咨询、了解", "咨询了解"]),
)
def test_a_referral_to_ask_another_body_is_not_held(organ: str, advice: str, ask: str) -> None:
    """组织实施主体是…，建议原告向…咨询、了解: 第三十六条（五）, 本机关不掌握."""
    result = classify_outcome(f"该项目的组织实施主体是{organ}，{advice}{organ}{ask}。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(_SUBJECT)
def test_a_question_turned_away_keeps_the_petition_row(subject: str) -> None:
    """属于政策咨询 (第三十九条第一款) is not read as a referral by 咨询、了解."""
    result = classify_outcome(f"你所提{subject}问题属于政策咨询，建议你向相关部门咨询、了解。")
    assert result.category == "not_processed_petition"


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["如对外公开将给", "公开后可能给", "若公开将给"]),
    st.sampled_from(["水源地安全防护", "供水设施安全", "电网运行安全"]),
    st.sampled_from(["带来风险", "带来安全隐患"]),
)
def test_a_risk_to_a_facilitys_safety_is_security_stability(
    subject: str, if_disclosed: str, safety: str, risk: str
) -> None:
    """如对外公开将给水源地安全防护带来风险，本机关决定不公开: 第十四条, 三安全一稳定."""
    result = classify_outcome(f"你申请的{subject}，{if_disclosed}{safety}{risk}，本机关决定不公开。")
    assert result.category == "withheld_security_stability"


@settings(deadline=None)
@given(_SUBJECT)
def test_a_risk_beside_a_state_secret_keeps_the_secret_row(subject: str) -> None:
    """A state secret said beside the risk keeps its own row."""
    result = classify_outcome(f"你申请的{subject}属于国家秘密，公开将给水源地安全防护带来风险，不予公开。")
    assert result.category != "withheld_security_stability"


@settings(deadline=None)
@given(
    _SUBJECT,
    st.sampled_from(["依然无从判断", "仍无从判断", "依旧无法判断", "依然无从确定"]),
    st.sampled_from(["无法向你提供", "无法提供"]),
)
def test_a_correction_that_still_names_nothing_is_unclear_after_correction(
    subject: str, still: str, refusal: str
) -> None:
    """补正后…依然无从判断你要的是哪一份政府信息: 第三十条."""
    result = classify_outcome(
        f"补正后你的申请仍只写“{subject}”，本机关{still}你要的是哪一份政府信息，{refusal}。"
    )
    assert result.category == "unavailable_unclear_after_correction"


@settings(deadline=None)
@given(
    st.text(alphabet="客家酿山泉茶香竹韵", min_size=2, max_size=3),
    st.sampled_from(["附营业执照", "附营业执照复印件", "字号，申请表“法人或者其他组织”栏填写"]),
)
def test_a_bare_name_beside_a_business_licence_is_a_business(name: str, papers: str) -> None:
    """客家酿（…附营业执照）: a business's papers outweigh the bare name's shape."""
    result = classify_applicant(f"{name}（{papers}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(["李明", "王芳", "张伟"]),
    st.sampled_from(["附营业执照", "申请表“法人或者其他组织”栏填写"]),
)
def test_a_personal_name_of_the_lexicon_keeps_its_reading(name: str, papers: str) -> None:
    """A surname of the lexicon is more than a shape: 李明（附营业执照） stays a person."""
    assert classify_applicant(f"{name}（{papers}）").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.text(alphabet="客家酿山泉茶香竹韵", min_size=2, max_size=3),
    st.sampled_from(["未附营业执照", "无营业执照"]),
)
def test_a_licence_denied_is_no_evidence(name: str, papers: str) -> None:
    """未附营业执照 is no business's papers: the bare name's weak reading stays."""
    assert classify_applicant(f"{name}（{papers}）").category is not ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(["易门县交通运输局", "某市生态环境局", "某区教育体育局"]),
    st.sampled_from(["2023年", "2024年", "今年"]),
    st.sampled_from(
        ["人大代表建议和政协委员提案办理回复工作", "政协委员提案办理工作", "人大代表建议答复工作"]
    ),
)
def test_news_of_completed_handling_is_no_item(organ: str, year: str, work: str) -> None:
    """…局完成…人大代表建议和政协委员提案办理回复工作: news, no item."""
    assert classify_content(f"{organ}完成{year}{work}").category is None


@settings(deadline=None)
@given(st.sampled_from(["易门县交通运输局", "某市生态环境局"]), st.sampled_from(["2023年", "2024年"]))
def test_the_handling_report_keeps_its_item(organ: str, year: str) -> None:
    """The handling's report (…完成…办理工作情况) keeps item (十五) first."""
    result = classify_content(f"{organ}{year}人大代表建议和政协委员提案办理工作完成情况")
    assert result.category == "A20.15"
