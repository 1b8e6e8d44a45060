"""Every error the deadline package raises carries its own Chinese sentence, naming the field, flag or date."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from disclosure_rules._deadlines import (
    DeadlineError,
    RuleSet,
    RuleSetError,
    proactive_deadline,
    processing_fee,
    report_deadline,
    request_deadline,
)
from disclosure_rules._messages import ERROR_MESSAGES_ZH, is_chinese
from disclosure_rules._records import FeeNoticeSent, FeePaid, InformationRequest, ProactiveItem, Replied

if TYPE_CHECKING:
    from disclosure_rules._errors import DisclosureRulesError

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules" / "_deadlines"
_ERRORS = {"DeadlineError", "RuleSetError"}


def _error_calls() -> list[tuple[str, int, ast.Call]]:
    """Every ``DeadlineError(…)`` and ``RuleSetError(…)`` built in the package (raised, or returned to be raised)."""
    return [
        (path.name, node.lineno, node)
        for path in sorted(PACKAGE.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in _ERRORS
    ]


def test_every_error_in_the_deadline_package_gives_its_own_chinese_message() -> None:
    calls = _error_calls()
    assert len(calls) > 40  # the walk finds the raise sites (a broken walk would find none)
    missing = [
        f"{name}:{line}"
        for name, line, call in calls
        if not any(
            keyword.arg == "message_zh"
            and not (isinstance(keyword.value, ast.Constant) and keyword.value.value is None)
            for keyword in call.keywords
        )
    ]
    assert missing == []


D = dt.date


def _raised(call: object) -> DisclosureRulesError:
    assert callable(call)
    with pytest.raises((DeadlineError, RuleSetError)) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("call", "code", "words"),
    [
        (
            lambda: request_deadline(
                InformationRequest(id="A", received=D(2024, 9, 27)), as_of=D(2024, 9, 1)
            ),
            "deadline.as_of_before_receipt",
            ("申请A", "as_of", "2024年9月1日", "2024年9月27日"),
        ),
        (
            lambda: request_deadline(
                InformationRequest(
                    id="B",
                    received=D(2024, 9, 2),
                    events=(Replied(on=D(2024, 9, 10)), FeePaid(on=D(2024, 9, 11))),
                )
            ),
            "deadline.event_after_close",
            ("申请B第2条办理记录", "events[1]", "events[0]"),
        ),
        (
            lambda: request_deadline(
                InformationRequest(
                    id="C",
                    received=D(2024, 9, 2),
                    events=(FeeNoticeSent(on=D(2024, 9, 3)), FeeNoticeSent(on=D(2024, 9, 4))),
                )
            ),
            "deadline.fee_notice_twice",
            ("申请C第2条办理记录", "events[1]", "2024年9月3日"),
        ),
        (
            lambda: request_deadline(InformationRequest(id="E", received=D(2008, 4, 30))),
            "deadline.before_regulation",
            ("收到申请之日", "received", "2008年4月30日", "2008年5月1日"),
        ),
        (
            lambda: proactive_deadline(
                ProactiveItem(id="I", title="t", formed=D(2024, 9, 2), published=D(2024, 9, 1))
            ),
            "deadline.published_before_formed",
            ("信息I", "published", "2024年9月1日", "形成"),
        ),
        (
            lambda: processing_fee("per_request", -1),
            "fee.negative_quantity",
            ("quantity", "-1"),
        ),
        (
            lambda: report_deadline("村委会", 2023),
            "deadline.unknown_level",
            ("agency_level", "村委会"),
        ),
        (
            lambda: RuleSet.from_mapping({"name": "x", "count_receipt_day": "yes"}),
            "rules.malformed",
            ("规则集“x”", "count_receipt_day", "收到申请之日是否计入期限"),
        ),
        (
            lambda: RuleSet.from_json('{"name": "x", "limits": [{"name": "reply"}]}'),
            "rules.malformed",
            ("规则集“x”", "字段"),
        ),
    ],
)
def test_the_chinese_message_names_what_is_wrong(call: object, code: str, words: tuple[str, ...]) -> None:
    error = _raised(call)
    assert error.code == code
    message = error.message_zh
    assert is_chinese(message)
    assert not message.startswith(ERROR_MESSAGES_ZH[code])  # the raise site's own sentence, not the fallback
    for word in words:
        assert word in message
