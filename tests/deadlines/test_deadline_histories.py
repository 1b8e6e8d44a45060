"""Impossible or incomplete histories raise coded errors; breaches by the agency are findings, not errors."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_rules._calendar import WorkingDayCalendar
from disclosure_rules._deadlines import NATIONAL_RULES as RULES
from disclosure_rules._deadlines import (
    DeadlineError,
    DeadlineStatus,
    Regime,
    RuleSetError,
    clerk_note,
    request_deadline,
)
from disclosure_rules._records import (
    ConsultationAnswered,
    ConsultationSent,
    ConsultedParty,
    CorrectedRequestReceived,
    CorrectionPeriodLapsed,
    CorrectionRequested,
    ExtensionApproved,
    ExtensionNotified,
    FeeNoticeSent,
    FeePaid,
    FeePaymentLapsed,
    InformationRequest,
    Replied,
    RequestChannel,
)

CAL = WorkingDayCalendar.china()
D = dt.date
R = D(2023, 6, 1)  # a Thursday; the plain due date is 2023-06-30


def _request(*events: object, **extra: object) -> InformationRequest:
    return InformationRequest.model_validate({"id": "H1", "received": R, "events": events, **extra})


def _code(request: InformationRequest) -> tuple[str, str | None]:
    with pytest.raises(DeadlineError) as caught:
        request_deadline(request, calendar=CAL)
    return caught.value.code, caught.value.field


@pytest.mark.parametrize(
    ("request_", "code", "field"),
    [
        (_request(Replied(on=D(2023, 5, 31))), "deadline.reply_before_receipt", "events[0]"),
        (_request(closed=D(2023, 5, 1)), "deadline.reply_before_receipt", "closed"),
        (_request(ConsultationSent(on=D(2023, 5, 2))), "deadline.event_before_receipt", "events[0]"),
        (
            _request(ConsultationSent(on=D(2023, 6, 9)), ConsultationAnswered(on=D(2023, 6, 5))),
            "deadline.events_out_of_order",
            "events[1]",
        ),
        (
            _request(Replied(on=D(2023, 6, 9)), ConsultationSent(on=D(2023, 6, 12))),
            "deadline.event_after_close",
            "events[1]",
        ),
        (
            _request(ConsultationSent(on=D(2023, 6, 5)), Replied(on=D(2023, 6, 9))),
            "deadline.pause_never_ended",
            "events",
        ),
        (
            _request(CorrectionRequested(on=D(2023, 6, 2)), Replied(on=D(2023, 6, 9))),
            "deadline.pause_never_ended",
            "events",
        ),
        (
            _request(FeeNoticeSent(on=D(2023, 6, 5)), Replied(on=D(2023, 6, 9))),
            "deadline.pause_never_ended",
            "events",
        ),
        (_request(ExtensionNotified(on=D(2023, 6, 5))), "deadline.extension_without_approval", "events[0]"),
        (
            _request(
                ExtensionApproved(on=D(2023, 6, 5), working_days=21), ExtensionNotified(on=D(2023, 6, 5))
            ),
            "deadline.extension_over_limit",
            "events[1]",
        ),
        (
            _request(
                ExtensionApproved(on=D(2023, 6, 5), working_days=15),
                ExtensionNotified(on=D(2023, 6, 5)),
                ExtensionApproved(on=D(2023, 6, 6), working_days=6),
                ExtensionNotified(on=D(2023, 6, 6)),
            ),
            "deadline.extension_over_limit",
            "events[3]",
        ),
        (
            _request(CorrectedRequestReceived(on=D(2023, 6, 5))),
            "deadline.correction_without_request",
            "events[0]",
        ),
        (
            _request(CorrectionPeriodLapsed(on=D(2023, 6, 5))),
            "deadline.correction_without_request",
            "events[0]",
        ),
        (
            _request(
                CorrectionRequested(on=D(2023, 6, 2), period_end=D(2023, 6, 16)),
                CorrectionPeriodLapsed(on=D(2023, 6, 16)),
            ),
            "deadline.lapse_before_period_end",
            "events[1]",
        ),
        (
            _request(ConsultationAnswered(on=D(2023, 6, 5))),
            "deadline.answer_without_consultation",
            "events[0]",
        ),
        (
            _request(
                ConsultationSent(on=D(2023, 6, 5), party=ConsultedParty.AGENCY),
                ConsultationAnswered(on=D(2023, 6, 8)),
            ),
            "deadline.answer_without_consultation",
            "events[1]",
        ),
        (_request(FeePaid(on=D(2023, 6, 5))), "deadline.payment_without_notice", "events[0]"),
        (
            _request(FeeNoticeSent(on=D(2023, 6, 5)), FeePaymentLapsed(on=D(2023, 6, 20))),
            "deadline.lapse_before_period_end",
            "events[1]",
        ),
        (
            _request(FeeNoticeSent(on=D(2023, 6, 5)), FeeNoticeSent(on=D(2023, 6, 6))),
            "deadline.fee_notice_twice",
            "events[1]",
        ),
        (
            _request(FeeNoticeSent(on=D(2023, 6, 5), received_by_applicant=D(2023, 6, 4))),
            "deadline.event_before_receipt",
            "events[0].received_by_applicant",
        ),
        (_request(channel=RequestChannel.ONLINE), "deadline.confirmation_missing", "confirmed"),
        (
            _request(channel=RequestChannel.FAX, confirmed=D(2023, 5, 30)),
            "deadline.confirmed_before_received",
            "confirmed",
        ),
        (_request(confirmed=D(2023, 6, 2)), "deadline.confirmation_not_applicable", "confirmed"),
    ],
)
def test_impossible_histories_are_errors(request_: InformationRequest, code: str, field: str) -> None:
    assert _code(request_) == (code, field)


def test_fee_notice_before_the_fee_measures() -> None:
    request = InformationRequest(id="F", received=D(2020, 11, 2), events=(FeeNoticeSent(on=D(2020, 11, 10)),))
    assert _code(request) == ("deadline.fee_not_applicable", "events[0]")


def test_fee_notice_under_the_2007_regime() -> None:
    request = InformationRequest(id="F", received=D(2021, 3, 1), events=(FeeNoticeSent(on=D(2021, 3, 2)),))
    with pytest.raises(DeadlineError) as caught:
        request_deadline(request, calendar=CAL, regime="2007")
    assert caught.value.code == "deadline.fee_not_applicable"


def test_before_the_2007_regulation() -> None:
    request = InformationRequest(id="O", received=D(2008, 4, 30))
    assert _code(request) == ("deadline.before_regulation", "received")


def test_unknown_regime() -> None:
    with pytest.raises(DeadlineError) as caught:
        request_deadline(_request(), calendar=CAL, regime="2010")
    assert caught.value.code == "deadline.unknown_regime"


def test_late_correction_notice_is_a_finding_not_an_error() -> None:
    """第三十条: the notice is due within 7 working days of receipt (here 2023-06-12); 6-13 is one day late."""
    request = _request(
        CorrectionRequested(on=D(2023, 6, 13)),
        CorrectedRequestReceived(on=D(2023, 6, 19)),
        Replied(on=D(2023, 7, 3)),
    )
    result = request_deadline(request, calendar=CAL)
    assert [(item.code, item.working_days_late) for item in result.findings] == [
        ("deadline.correction_notice_late", 1)
    ]
    assert result.status is DeadlineStatus.ANSWERED_ON_TIME


def test_second_correction_is_not_one_time() -> None:
    """第三十条: 一次性告知 — asking again is a finding."""
    request = _request(
        CorrectionRequested(on=D(2023, 6, 2)),
        CorrectedRequestReceived(on=D(2023, 6, 5)),
        CorrectionRequested(on=D(2023, 6, 6)),
    )
    result = request_deadline(request, calendar=CAL)
    assert [item.code for item in result.findings] == ["deadline.correction_not_one_time"]
    assert result.status is DeadlineStatus.AWAITING_CORRECTION
    assert result.deadline is None


def test_extension_notified_after_the_deadline_does_not_count() -> None:
    """第三十三条第二款: the extension must be decided within the period; a late one leaves the date unchanged."""
    request = _request(
        ExtensionApproved(on=D(2023, 7, 3), working_days=10),
        ExtensionNotified(on=D(2023, 7, 3)),
        Replied(on=D(2023, 7, 5)),
    )
    result = request_deadline(request, calendar=CAL)
    assert result.deadline == D(2023, 6, 30)
    assert [item.code for item in result.findings] == [
        "deadline.extension_after_deadline",
        "deadline.reply_late",
    ]


def test_extension_approved_but_never_notified() -> None:
    request = _request(ExtensionApproved(on=D(2023, 6, 5), working_days=10), Replied(on=D(2023, 6, 9)))
    result = request_deadline(request, calendar=CAL)
    assert result.deadline == D(2023, 6, 30)
    assert [item.code for item in result.findings] == ["deadline.extension_not_notified"]


def test_fee_notice_after_the_deadline_is_a_finding() -> None:
    request = _request(FeeNoticeSent(on=D(2023, 7, 3)), FeePaid(on=D(2023, 7, 4)), Replied(on=D(2023, 7, 5)))
    result = request_deadline(request, calendar=CAL)
    assert "deadline.fee_notice_late" in [item.code for item in result.findings]


def test_fee_payment_may_count_by_rule_set_choice() -> None:
    """The fee measures leave the pause open; a rule set may count the payment period (and the trace says so)."""
    rules = RULES.extend("缴费计入", fee_payment_pauses=False)
    request = _request(
        FeeNoticeSent(on=D(2023, 6, 5)), FeePaid(on=D(2023, 6, 12)), Replied(on=D(2023, 6, 30))
    )
    counted = request_deadline(request, calendar=CAL, rules=rules)
    paused = request_deadline(request, calendar=CAL)
    assert counted.deadline == D(2023, 6, 30)
    assert paused.deadline == CAL.add_working_days(D(2023, 6, 30), 5)
    assert any("计入答复期限" in (entry.why or "") for entry in counted.trace)
    assert any("默认暂停" in (entry.why or "") for entry in paused.trace)


def test_open_consultation_is_paused_then_resumes_after_its_window() -> None:
    """第三十二条: the third party has 15 working days; after them the clock runs again without an answer."""
    request = _request(ConsultationSent(on=D(2023, 6, 5)))
    assert request_deadline(request, calendar=CAL, as_of=D(2023, 6, 9)).status is DeadlineStatus.PAUSED
    window_end = CAL.add_working_days(D(2023, 6, 5), 15)
    later = request_deadline(request, calendar=CAL, as_of=CAL.add_working_days(window_end, 1))
    assert later.status is DeadlineStatus.OPEN
    assert later.deadline == CAL.add_working_days(D(2023, 6, 30), 15)


def test_closed_date_stands_in_for_a_missing_reply() -> None:
    result = request_deadline(_request(closed=D(2023, 6, 9)), calendar=CAL)
    assert result.status is DeadlineStatus.ANSWERED_ON_TIME
    assert any(entry.step == "closed" for entry in result.trace)


def test_every_trace_entry_after_a_rule_names_an_article() -> None:
    request = _request(
        ConsultationSent(on=D(2023, 6, 5)),
        ConsultationAnswered(on=D(2023, 6, 12)),
        ExtensionApproved(on=D(2023, 6, 13), working_days=5),
        ExtensionNotified(on=D(2023, 6, 13)),
        Replied(on=D(2023, 7, 10)),
    )
    result = request_deadline(request, calendar=CAL)
    for entry in result.trace:
        if entry.step != "replied":
            assert entry.article, entry
    assert result.trace[0].step == "receipt"
    assert result.trace[-1].step == "result"
    assert sum(entry.days_skipped for entry in result.trace) == result.paused_working_days + 5


def test_rule_set_lookup_of_an_unknown_limit() -> None:
    with pytest.raises(RuleSetError) as caught:
        RULES.limit(Regime.R2019, "nope")
    assert caught.value.code == "rules.unknown_limit"


def test_provisional_calendar_marks_the_answer() -> None:
    """A year without a State Council notice is answered only provisionally, and the answer says so."""
    provisional = WorkingDayCalendar.china(provisional=True)
    beyond = D(provisional.last_year + 1, 3, 2)  # last_year is the last year with an official notice
    result = request_deadline(InformationRequest(id="P", received=beyond), calendar=provisional)
    assert result.provisional
    assert "临时计算" in clerk_note(result)
    assert not request_deadline(_request(), calendar=CAL).provisional
