"""Reply classifier: a request corrected (补正) or still unclear after correction, and which row its reply takes.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_outcome


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("申请人的申请不明确", "你申请的内容不明确", "你提交的材料不符合政府信息公开的申请要求")),
    st.sampled_from(("本机关不再作出答复", "不再按照上述规定作出答复", "本机关无法提供")),
)
def test_a_final_unclear_reply_is_the_unclear_row_but_not_sure(unclear: str, ending: str) -> None:
    """Without 补正 in the text the row is the likely one (第三十条 allows it only after a correction): never clear."""
    result = classify_outcome(f"{unclear}，{ending}。")
    assert result.category == "unavailable_unclear_after_correction"
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("经补正，", "虽经本机关告知补正，但", "你补正后，")),
    st.sampled_from(
        (
            "你提交的内容仍未能说明所需信息的名称",
            "申请内容仍不具体，本机关无法定位所需信息",
            "补正内容与原申请基本相同",
        )
    ),
)
def test_more_wordings_of_a_corrected_request_that_is_still_unclear(opening: str, wording: str) -> None:
    """The wordings agencies use when the corrected request still cannot be located: the unclear row."""
    assert classify_outcome(f"{opening}{wording}。").category == "unavailable_unclear_after_correction"


def test_a_corrected_request_for_information_that_does_not_exist_is_not_held() -> None:
    assert classify_outcome("经补正，你申请的信息本机关未制作。").category == "unavailable_not_held"


# Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("因你逾期", "由于申请人逾期", "你")),
    st.sampled_from(("未按照补正告知书的要求", "未按补正告知书要求")),
    st.sampled_from(("补充所需信息的内容描述", "补充材料", "说明")),
)
def test_a_correction_not_made_as_asked_is_no_correction(who: str, what: str, detail: str) -> None:
    result = classify_outcome(f"{who}{what}{detail}，本申请不再处理。")
    assert result.category == "other_no_correction"


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(
        ("仍不能据此确定具体的政府信息", "仍无法据此确定所需信息", "仍不能确定具体的政府信息名称")
    ),
)
def test_a_correction_still_unclear_in_new_wording(words: str) -> None:
    reply = f"你在补正中将申请内容改为“某村规划相关的一切材料”，{words}，本机关无法提供。"
    assert classify_outcome(reply).category == "unavailable_unclear_after_correction"


def test_a_correction_that_is_still_a_question_stays_unclear() -> None:
    reply = "您补正的内容仍属于咨询性质的表述，未能特定化所需信息，本机关无法检索。"
    assert classify_outcome(reply).category == "unavailable_unclear_after_correction"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("未予补正", "未补正", "逾期未补正")), st.sampled_from(("本申请视为放弃", "视为放弃申请"))
)
def test_a_correction_not_made_after_notice_is_no_correction(missing: str, dropped: str) -> None:
    text = f"你的申请未载明所需信息的名称、文号，经本机关告知补正后，你在规定期限内{missing}，{dropped}。"
    assert classify_outcome(text).category == "other_no_correction"
    # A correction made that is still unclear keeps its own row.
    still = "经本机关告知补正后，你补正后的申请内容仍不明确，无法确定具体的政府信息。"
    assert classify_outcome(still).category == "unavailable_unclear_after_correction"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["未指向特定的政府信息", "仍未能指向特定政府信息"]))
def test_a_correction_that_still_points_to_nothing(words: str) -> None:
    result = classify_outcome(f"你在补正中仍是要求本机关作出解释说明，{words}，本机关无法提供。")
    assert result.category == "unavailable_unclear_after_correction"


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
def test_the_negated_grant_after_a_correction_is_the_correction_row() -> None:
    """blind19's shape: a correction that still names no specific information, ending 无法…予以提供."""
    result = classify_outcome(
        "你补正后的申请为“某局办过的所有许可是否合法”，仍属于要求本机关作出判断，未指向具体的政府信息，"
        "本机关无法按政府信息公开申请予以提供。"
    )
    assert result.category == "unavailable_unclear_after_correction"
