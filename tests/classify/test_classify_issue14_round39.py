"""Issue 14, round 39: blind37's misses as classes and the reviewer's scheme findings (development data).

Titles: the name of a 制度/办法/规定 that holds 年度报告 is a rule about the report, (一) first and never a clear (十五).
Replies: a proposal's reply already published in full with its place given (第三十六条第（一）项) and a reply listing
the documents it provides (提供如下:1、…) are 予以公开; a refusal said 不予以公开 beside the sabotage harm is 第十四条's
row (the grant word no longer matches inside its negation). Applicants: organs signing jointly (…委员会、…委员会联名)
are organisations. Scheme: A20.05.named's guard keeps step with A20.11.assistance's phrases.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._classify._scheme import read_bundled_scheme
from disclosure_rules._labels import ApplicantType
from tests.scripts import load_script

_BODY = st.sampled_from(["山西省人民政府办公厅", "某市人民政府", "某县生态环境局", "某区人民政府办公室"])
_REPORT = st.sampled_from(["政府信息公开年度报告", "政府信息公开工作年度报告", "政务公开工作年度报告"])
_RULE_FORM = st.sampled_from(["制度(试行)", "制度", "办法", "编制规定", "管理规定", "实施细则"])
_YEAR = st.sampled_from(["2022年", "2023年", "2024年"])
_PROPOSAL = st.sampled_from(
    ["县政协十一届三次会议第27号提案的答复", "市人大代表第118号建议的办理答复", "第5号提案的答复"]
)
_POSTED = st.sampled_from(
    [
        "已在本局官网“建议提案”栏目登载全文，附链接供你查看",
        "已将答复全文挂在门户网站，现随本告知书附上打印件一份",
    ]
)
_DOCS = st.sampled_from(
    ["1、关于某批次建设用地的批复;2、建设用地呈报说明书", "1.征收土地方案;2.补充耕地方案"]
)
_SUBJECT = st.sampled_from(["某地块的征地审批情况", "该项目的审批文件", "你申请的信息"])
_HARM = st.sampled_from(["该水库的监测数据公开后存在被蓄意破坏的风险", "该设施位置公开后可能遭到破坏"])
_ORGAN = st.sampled_from(
    ["某县发展和改革委员会", "某县卫生健康委员会", "某市住房和城乡建设委员会", "某区教育委员会"]
)


@settings(deadline=None)
@given(_BODY, _REPORT, _RULE_FORM)
def test_a_rule_about_the_annual_report_is_never_a_clear_report(body: str, report: str, form: str) -> None:
    result = classify_content(f"{body}{report}{form}")
    assert (result.category, result.confidence) == ("A20.01", Confidence.AMBIGUOUS)
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.15"


@settings(deadline=None)
@given(_BODY, _YEAR, _REPORT)
def test_the_annual_report_itself_stays_clear(body: str, year: str, report: str) -> None:
    result = classify_content(f"{body}{year}{report}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(deadline=None)
@given(_PROPOSAL, _POSTED)
def test_a_reply_already_published_in_full_with_its_place_is_granted(proposal: str, posted: str) -> None:
    result = classify_outcome(f"{proposal}按规定属于应当公开的办理结果，{posted}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(deadline=None)
@given(_PROPOSAL, st.sampled_from(["尚未登载全文", "未挂在门户网站"]))
def test_a_publication_negated_is_no_grant(proposal: str, negated: str) -> None:
    result = classify_outcome(f"{proposal}{negated}，本机关不予提供。")
    assert result.category != "granted"


@settings(deadline=None)
@given(_SUBJECT, _DOCS)
def test_a_reply_listing_the_documents_it_provides_is_granted(subject: str, docs: str) -> None:
    result = classify_outcome(f"经审查,现就您要求获取的{subject}提供如下:{docs}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(deadline=None)
@given(_SUBJECT, _DOCS)
def test_a_listed_reply_that_withholds_the_rest_is_no_plain_grant(subject: str, docs: str) -> None:
    result = classify_outcome(f"现就您要求获取的{subject}提供如下:{docs}。其余信息不存在。")
    assert result.rule_id != "outcome.granted.listed_documents"


@settings(deadline=None)
@given(_HARM, st.sampled_from(["本机关决定不予以公开", "本机关不予以公开", "决定不予公开"]))
def test_the_sabotage_harm_with_a_refusal_said_in_full_is_the_security_row(harm: str, refusal: str) -> None:
    result = classify_outcome(f"{harm}，{refusal}。")
    assert (result.category, result.rule_id) == (
        "withheld_security_stability",
        "outcome.withheld_security_stability.sabotage_threat",
    )


@settings(deadline=None)
@given(_HARM)
def test_the_sabotage_words_beside_a_grant_are_no_refusal(harm: str) -> None:
    result = classify_outcome(f"{harm}，但经审查现予以提供。")
    assert result.category != "withheld_security_stability"


@settings(deadline=None)
@given(_ORGAN, _ORGAN, st.sampled_from(["联名", "联名申请"]))
def test_organs_signing_jointly_are_organisations(first: str, second: str, joint: str) -> None:
    result = classify_applicant(f"{first}、{second}{joint}")
    assert result.category == ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(["张某", "李某", "王某"]), st.sampled_from(["政协委员", "县政协委员"]))
def test_members_signing_jointly_stay_persons(name: str, title: str) -> None:
    result = classify_applicant(f"某县{title}{name}、赵某联名")
    assert result.category == ApplicantType.NATURAL_PERSON


def _rule(scheme: str, rule_id: str) -> dict[str, list[str]]:
    return next(
        rule
        for axis in read_bundled_scheme(scheme)["axes"]
        for category in axis["categories"]
        for rule in category["rules"]
        if rule["id"] == rule_id
    )


def test_the_licence_guard_keeps_step_with_the_assistance_targets() -> None:
    assert set(_rule("art20_21_2019", "A20.11.assistance")["phrases"]) <= set(
        _rule("art20_21_2019", "A20.05.named")["unless"]
    )


def test_no_unless_word_is_blocked_by_a_shorter_one_of_its_list() -> None:
    """A word of a rule's ``unless`` that holds a shorter word of the same list can never change an answer."""
    for scheme in ("art20_21_2019", "outcome_2021", "applicant"):
        for rule in (
            rule
            for axis in read_bundled_scheme(scheme)["axes"]
            for category in axis["categories"]
            for rule in category["rules"]
            if rule["id"]
            in {
                "none.not_government.company_own_purchase",
                "none.not_government.company_project_office",
                "applicant.other_organization.state_owned_farm",
                "outcome.withheld_security_stability.sabotage_threat",
            }
        ):
            words = rule.get("unless", [])
            assert [(w, s) for w in words for s in words if s != w and s in w] == [], rule["id"]


def test_no_grant_word_of_the_sabotage_guard_sits_inside_its_refusal() -> None:
    rule = _rule("outcome_2021", "outcome.withheld_security_stability.sabotage_threat")
    assert [(g, r) for g in rule["unless"] for r in rule["requires"] if g in r] == []


# The phrase-hiding lint (brief item 4): a phrase that contains a shorter voting phrase of another category hides it
# (round 38 lost answers twice so). Every such pair is listed, read and kept in tests/data/classify/nested_phrases/.


def test_every_hiding_phrase_of_every_bundled_scheme_has_been_read() -> None:
    module = load_script("classify_nested_phrases")
    for name in module.SCHEMES:
        current, kept = module.nested(read_bundled_scheme(name)), module.reviewed(name)
        new = sorted(set(current) - set(kept))
        gone = sorted(set(kept) - set(current))
        assert (new, gone) == ([], []), (
            f"{name}: read the new hides (scripts/classify_nested_phrases.py {name}); when each is intended, "
            "rewrite the lists with --write-reviewed"
        )
        assert current == kept


def test_the_lint_finds_a_grant_word_guard_that_would_hide_the_grant() -> None:
    """The round's first draft: 现予以公开 in the sabotage rule's ``unless`` would hide outcome.granted's 予以公开."""
    module = load_script("classify_nested_phrases")
    scheme = read_bundled_scheme("outcome_2021")
    for category in scheme["axes"][0]["categories"]:
        for rule in category["rules"]:
            if rule["id"] == "outcome.withheld_security_stability.sabotage_threat":
                rule["unless"] = [*rule["unless"], "现予以公开"]
    new = set(module.nested(scheme)) - set(module.reviewed("outcome_2021"))
    assert (
        "unless '现予以公开' (outcome.withheld_security_stability.sabotage_threat) silences '予以公开' (outcome.granted)"
        in new
    )
