"""Outcome classifier: the one row of table 三 a handled request is counted in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    ClassifyError,
    Confidence,
    OutcomeClassifier,
    classify_outcome,
    classify_outcome_decision,
    load_scheme,
    parse_ground,
)
from disclosure_rules._labels import TABLE3_ROWS_2019, TABLE3_ROWS_2021, RowKind

_ROWS_2021 = {row.code for row in TABLE3_ROWS_2021 if row.kind is RowKind.OUTCOME}
_ROWS_2019 = {row.code for row in TABLE3_ROWS_2019 if row.kind is RowKind.OUTCOME}
_PHRASES = sorted(
    {
        phrase
        for category in load_scheme("outcome_2021").axes[0].categories
        for rule in category.rules
        for phrase in rule.phrases
    }
)
_PARTIAL = [
    p
    for c in load_scheme("outcome_2021").axes[0].categories
    if c.code == "partially_granted"
    for r in c.rules
    if not r.requires and not r.requires_all  # phrases that mean 部分公开 on their own
    for p in r.phrases
]
_FILLER = st.text(st.sampled_from("经本机关检索您申请的信息现答复如下，。"), max_size=8)
_REASONS = st.lists(st.one_of(st.sampled_from(_PHRASES), _FILLER), min_size=1, max_size=6).map("".join)

SMOKE = [
    ("经检索，本机关未制作、获取该信息", "unavailable_not_held"),
    ("您申请的信息不属于本机关负责公开，建议您向市自然资源局咨询", "unavailable_not_held"),
    ("您申请公开的信息属于国家秘密，决定不予公开", "withheld_state_secret"),
    ("该信息涉及第三方商业秘密，第三方不同意公开", "withheld_third_party_rights"),
    ("您申请的会议纪要属于内部讨论记录，为过程性信息", "withheld_process_information"),
    ("您申请的信息需要对现有数据进行汇总、分析后另行制作", "unavailable_needs_creation"),
    ("您的申请实为信访投诉事项，请通过信访渠道反映", "not_processed_petition"),
    ("您已就同一内容提出过申请，本机关已作出答复，属于重复申请", "not_processed_repeated"),
    ("您申请的内容已刊登于政府公报，属于公开出版物", "not_processed_publication"),
    ("申请人逾期未补正，视为放弃申请", "other_no_correction"),
    ("申请人逾期未缴纳信息处理费", "other_fee_unpaid"),
    ("申请人主动撤回申请", "other_other"),
    ("您申请的信息已主动公开，可通过本机关门户网站获取", "granted"),
    ("经审查，部分内容涉及个人隐私，作区分处理后部分公开", "partially_granted"),
]


class TestReasons:
    @pytest.mark.parametrize(("reason", "expected"), SMOKE)
    def test_smoke_reasons(self, reason: str, expected: str) -> None:
        result = classify_outcome(reason)
        assert result.category == expected, result
        assert result.label is not None
        assert result.label.startswith("三、")
        assert result.rule_id is not None

    def test_the_issue_example(self) -> None:
        """ "经检索，本机关未制作、获取该信息" → 无法提供 1 (第三十六条第（四）、（五）项)."""
        result = classify_outcome("经检索，本机关未制作、获取该信息")
        assert result.label == "三、（四）1.本机关不掌握相关政府信息"
        assert result.article == "第三十六条第（四）、（五）项"
        assert result.confidence is Confidence.CLEAR

    def test_no_reason_words_is_no_row(self) -> None:
        result = classify_outcome("您好")
        assert result.category is None
        assert result.code == "classify.no_match"

    @settings(max_examples=150)
    @given(_REASONS, st.sampled_from(["2021", "2019"]))
    def test_each_input_lands_in_at_most_one_row_of_its_format(self, reason: str, report_format: str) -> None:
        """Each request counts in exactly one row: 三（七）总计 = the sum of the result rows (M2)."""
        result = classify_outcome(reason, report_format=report_format)  # type: ignore[arg-type]
        rows = _ROWS_2021 if report_format == "2021" else _ROWS_2019
        if result.category is None:
            assert result.confidence is Confidence.NONE
        else:
            assert result.category in rows
            assert result.runner_up is None or result.runner_up.category != result.category

    @settings(max_examples=150)
    @given(_REASONS, st.sampled_from(_PARTIAL), _REASONS)
    def test_partial_disclosure_takes_precedence(self, before: str, partial: str, after: str) -> None:
        """部分公开（区分处理的，只计这一情形，不计其他情形）: any text with 部分公开 lands there, clearly."""
        result = classify_outcome(before + partial + after)
        assert result.category == "partially_granted"
        assert result.confidence is Confidence.CLEAR

    @pytest.mark.parametrize(
        "reason",
        [
            "对可以公开的部分向您提供，其余信息本机关未制作",
            "现将予以公开的信息提供给您；您申请的另一项信息不存在",
        ],
    )
    def test_a_reply_that_grants_and_refuses_is_partial(self, reason: str) -> None:
        """第三十七条: gives part and withholds or lacks the rest → 部分公开, and only there."""
        assert classify_outcome(reason).category == "partially_granted"

    def test_negated_grant_words_do_not_grant(self) -> None:
        assert classify_outcome("本机关无法向您提供").category != "granted"
        third_party = classify_outcome("该信息涉及商业秘密，第三方不同意公开，本机关不予公开")
        assert third_party.category == "withheld_third_party_rights"

    def test_2019_format_folds_the_other_rows(self) -> None:
        """The 2019 trial format has one undivided （六）其他处理 row."""
        for reason in ("申请人逾期未补正", "逾期未缴纳信息处理费", "申请人撤回申请"):
            result = classify_outcome(reason, report_format="2019")
            assert result.category == "other_handling"
            assert result.label == "三、（六）其他处理"


class TestStructured:
    @pytest.mark.parametrize(
        ("decision", "ground", "expected"),
        [
            ("withheld", "第十五条", "withheld_third_party_rights"),
            ("不予公开", "第十六条第一款", "withheld_internal_affairs"),
            ("unavailable", "第三十六条第（四）项", "unavailable_not_held"),
            ("unavailable", "第38条", "unavailable_needs_creation"),
            ("not_processed", "第三十九条第二款", "not_processed_publication"),
            ("not_processed", "35", "not_processed_excessive"),
            ("other_handling", "第三十条", "other_no_correction"),
            ("granted", None, "granted"),
            ("unavailable_needs_creation", None, "unavailable_needs_creation"),
        ],
    )
    def test_decision_and_ground(self, decision: str, ground: str | None, expected: str) -> None:
        result = classify_outcome_decision(decision, ground=ground)
        assert result.category == expected
        assert result.confidence is Confidence.CLEAR

    def test_a_ground_shared_by_rows_uses_the_reason(self) -> None:
        """第十四条 stands behind three 不予公开 rows; the reason picks one."""
        vague = classify_outcome_decision("withheld", ground="第十四条")
        assert vague.confidence is Confidence.AMBIGUOUS
        assert vague.runner_up is not None
        precise = classify_outcome_decision("withheld", ground="第十四条", reason="属于国家秘密")
        assert precise.category == "withheld_state_secret"

    @settings(max_examples=60)
    @given(st.sampled_from(sorted(_ROWS_2021)), st.sampled_from(_PARTIAL))
    def test_a_row_code_is_taken_as_given(self, code: str, reason: str) -> None:
        assert classify_outcome_decision(code, reason=reason).category == code

    def test_unknown_decision_has_a_code(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            classify_outcome_decision("maybe")
        assert caught.value.code == "classify.unknown_decision"

    def test_parse_ground(self) -> None:
        assert parse_ground("第三十六条第（四）、（五）项") == (36, None, frozenset({4, 5}))
        assert parse_ground("第十六条第二款") == (16, 2, frozenset())
        assert parse_ground("42") == (42, None, frozenset())

    def test_unknown_report_format(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            OutcomeClassifier(report_format="2007")  # type: ignore[arg-type]
        assert caught.value.code == "classify.invalid_input"
