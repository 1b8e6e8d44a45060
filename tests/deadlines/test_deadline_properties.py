"""Property tests of the deadline engine: each class quotes the rule it checks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._calendar import WorkingDayCalendar
from disclosure_rules._deadlines import (
    NATIONAL_RULES,
    DeadlineError,
    DeadlineStatus,
    FeeMethod,
    LocalLimit,
    Regime,
    RuleSet,
    RuleSetError,
    TimeLimit,
    proactive_deadline,
    processing_fee,
    request_deadline,
)
from disclosure_rules._deadlines._tables import REGIME_2019_FROM, regime_for
from disclosure_rules._records import (
    ConsultationAnswered,
    ConsultationSent,
    ConsultedParty,
    CorrectedRequestReceived,
    CorrectionRequested,
    ExtensionApproved,
    ExtensionNotified,
    InformationRequest,
    ProactiveItem,
    Replied,
)

CAL = WorkingDayCalendar.china()
FAST = settings(max_examples=80, deadline=None)
# Requests late enough in the calendar's range that 40 working days plus pauses stay inside it.
receipts = st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2026, 6, 30))
regimes = st.sampled_from([None, Regime.R2007, Regime.R2019])


def _plain(received: dt.date, *events: object) -> InformationRequest:
    return InformationRequest.model_validate({"id": "P", "received": received, "events": events})


class TestDueDateIsAWorkingDay:
    """《民法典》第二百零三条 and the working-day periods of 第三十三条: a due date always falls on a working day."""

    @FAST
    @given(
        received=receipts,
        regime=regimes,
        gap=st.integers(0, 30),
        pause=st.integers(0, 20),
        extension=st.integers(0, 15),
    )
    def test_any_history(
        self, received: dt.date, regime: Regime | None, gap: int, pause: int, extension: int
    ) -> None:
        sent = received + dt.timedelta(days=gap)
        events: list[object] = [
            ConsultationSent(on=sent),
            ConsultationAnswered(on=sent + dt.timedelta(days=pause)),
        ]
        if extension:
            events += [
                ExtensionApproved(on=received, working_days=extension),
                ExtensionNotified(on=received),
            ]
            events.sort(key=lambda event: event.on)  # type: ignore[attr-defined]
        result = request_deadline(_plain(received, *events), calendar=CAL, regime=regime)
        assert result.deadline is not None
        assert CAL.is_working_day(result.deadline)

    @FAST
    @given(formed=receipts, regime=regimes)
    def test_proactive(self, formed: dt.date, regime: Regime | None) -> None:
        item = ProactiveItem(id="I", title="t", formed=formed)
        result = proactive_deadline(item, calendar=CAL, regime=regime)
        assert result.deadline is not None
        assert CAL.is_working_day(result.deadline)


class TestReceiptDayNotCounted:
    """第三十三条第二款 "自收到申请之日起20个工作日内" read with 《民法典》第二百零一条: counting starts the next day.

    A receipt on a rest day counts as made on the next working day (RuleSet.rest_day_receipt, default
    "next_working_day": practice, and the 2017 Sunday e-mail case); "as_received" keeps the rest day.
    """

    @FAST
    @given(received=receipts)
    def test_plain_request(self, received: dt.date) -> None:
        result = request_deadline(_plain(received), calendar=CAL)
        limit = 20 if received >= REGIME_2019_FROM else 15
        effective = CAL.next_working_day_on_or_after(received)
        assert result.deadline == CAL.add_working_days(effective, limit)
        assert CAL.working_days_between(effective, result.deadline) == limit

    @FAST
    @given(received=receipts)
    def test_as_received_reading_keeps_the_rest_day(self, received: dt.date) -> None:
        rules = NATIONAL_RULES.extend("rest day as received", rest_day_receipt="as_received")
        result = request_deadline(_plain(received), calendar=CAL, rules=rules)
        limit = 20 if received >= REGIME_2019_FROM else 15
        assert result.deadline == CAL.add_working_days(received, limit)
        default = request_deadline(_plain(received), calendar=CAL).deadline
        assert default is not None
        assert result.deadline == (
            default if CAL.is_working_day(received) else CAL.add_working_days(default, -1)
        )

    @FAST
    @given(received=receipts)
    def test_flag_counts_the_receipt_day(self, received: dt.date) -> None:
        rules = NATIONAL_RULES.extend("counts receipt day", count_receipt_day=True)
        counted = request_deadline(_plain(received), calendar=CAL, rules=rules).deadline
        default = request_deadline(_plain(received), calendar=CAL).deadline
        assert counted is not None
        assert default is not None
        # The (effective) receipt day is a working day, so counting it moves the due date one working day earlier.
        assert counted == CAL.add_working_days(default, -1)


class TestExtensionNeverShortens:
    """第三十三条第二款: an approved and notified extension adds at most 20 working days and never shortens."""

    @FAST
    @given(received=receipts, days=st.integers(1, 20), regime=regimes)
    def test_extension(self, received: dt.date, days: int, regime: Regime | None) -> None:
        chosen = Regime(regime) if regime else regime_for(received)
        days = min(days, 15 if chosen is Regime.R2007 else 20)
        base = request_deadline(_plain(received), calendar=CAL, regime=regime)
        extended = request_deadline(
            _plain(
                received, ExtensionApproved(on=received, working_days=days), ExtensionNotified(on=received)
            ),
            calendar=CAL,
            regime=regime,
        )
        assert base.deadline is not None
        assert extended.deadline is not None
        assert extended.deadline > base.deadline
        assert extended.deadline == CAL.add_working_days(base.deadline, days)
        assert extended.working_days_allowed == base.working_days_allowed + days


class TestPauseMovesByExactlyK:
    """第三十三条第三款 (2007: 第二十四条第三款): consultation time is not counted, so a pause of k working days
    moves the due date by exactly k working days."""

    @FAST
    @given(
        received=receipts,
        offset=st.integers(0, 19),
        length=st.integers(0, 15),
        party=st.sampled_from(list(ConsultedParty)),
        regime=st.sampled_from([Regime.R2007, Regime.R2019]),
    )
    def test_one_pause(
        self, received: dt.date, offset: int, length: int, party: ConsultedParty, regime: Regime
    ) -> None:
        base = request_deadline(_plain(received), calendar=CAL, regime=regime).deadline
        assert base is not None
        # Send on a day strictly before the due date, answer within the consulted party's 15 working days.
        sent = CAL.add_working_days(received, 0) if offset == 0 else CAL.add_working_days(received, offset)
        sent = min(sent, CAL.add_working_days(base, -1))
        answered = CAL.add_working_days(sent, length) if length else sent
        k = CAL.working_days_between(sent, answered)
        request = _plain(
            received,
            ConsultationSent(on=sent, party=party),
            ConsultationAnswered(on=answered, party=party),
            Replied(on=answered),
        )
        result = request_deadline(request, calendar=CAL, regime=regime)
        counted = not (regime is Regime.R2007 and party is ConsultedParty.AGENCY)  # 2007: third parties only
        expected = CAL.add_working_days(base, k) if counted and k else base
        assert result.deadline == expected
        assert result.paused_working_days == (k if counted else 0)

    @FAST
    @given(received=receipts, length=st.integers(1, 10))
    def test_pause_after_due_date_moves_nothing(self, received: dt.date, length: int) -> None:
        base = request_deadline(_plain(received), calendar=CAL).deadline
        assert base is not None
        answered = CAL.add_working_days(base, length)
        request = _plain(received, ConsultationSent(on=base), ConsultationAnswered(on=answered))
        assert request_deadline(request, calendar=CAL).deadline == base


class TestCorrectionRestarts:
    """第三十条: "答复期限自行政机关收到补正的申请之日起计算"."""

    @FAST
    @given(
        received=st.dates(min_value=REGIME_2019_FROM, max_value=dt.date(2026, 6, 1)), wait=st.integers(0, 30)
    )
    def test_restart(self, received: dt.date, wait: int) -> None:
        corrected = received + dt.timedelta(days=wait)
        request = _plain(received, CorrectionRequested(on=received), CorrectedRequestReceived(on=corrected))
        result = request_deadline(request, calendar=CAL)
        assert result.deadline == CAL.add_working_days(CAL.next_working_day_on_or_after(corrected), 20)
        assert result.findings == ()  # notice sent on the day of receipt is within 7 working days


class TestRegimeSwitch:
    """Decree No. 711: the 2019 text applies from 2019-05-15; requests received (items formed) before it keep the
    2007 limits (15 working days to reply, 第二十四条)."""

    @FAST
    @given(day=st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2026, 6, 30)))
    def test_switch(self, day: dt.date) -> None:
        result = request_deadline(_plain(day), calendar=CAL)
        item = proactive_deadline(ProactiveItem(id="I", title="t", formed=day), calendar=CAL)
        expected = Regime.R2019 if day >= dt.date(2019, 5, 15) else Regime.R2007
        assert result.regime is expected
        assert item.regime is expected
        assert result.working_days_allowed == (20 if expected is Regime.R2019 else 15)

    def test_the_exact_day(self) -> None:
        assert request_deadline(_plain(dt.date(2019, 5, 14)), calendar=CAL).regime is Regime.R2007
        assert request_deadline(_plain(dt.date(2019, 5, 15)), calendar=CAL).regime is Regime.R2019

    @FAST
    @given(
        day=st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2026, 6, 30)),
        forced=st.sampled_from(list(Regime)),
    )
    def test_caller_may_force(self, day: dt.date, forced: Regime) -> None:
        result = request_deadline(_plain(day), calendar=CAL, regime=forced)
        assert result.regime is forced
        assert result.regime_forced


class TestOnTimeMeansNotLater:
    """第三十三条第二款: a reply on or before the due date is on time; after it, late by the working days between."""

    @FAST
    @given(received=receipts, after=st.integers(0, 60))
    def test_status(self, received: dt.date, after: int) -> None:
        replied = received + dt.timedelta(days=after)
        result = request_deadline(_plain(received, Replied(on=replied)), calendar=CAL)
        assert result.deadline is not None
        late = CAL.working_days_between(result.deadline, replied)
        # 《民法典》第二百零三条第二款: the period ends at 24:00 of the due date, so a reply on the rest day after it
        # is late too (by 0 working days).
        if replied > result.deadline:
            assert result.status is DeadlineStatus.ANSWERED_LATE
            assert result.working_days_late == late
            assert [finding.code for finding in result.findings] == ["deadline.reply_late"]
        else:
            assert result.status is DeadlineStatus.ANSWERED_ON_TIME
            assert result.findings == ()


class TestFeesProgressive:
    """国办函〔2020〕109号第三条至第五条: progressive by excess — the fee of a batch equals the sum of its parts."""

    @FAST
    @given(prior=st.integers(0, 80), first=st.integers(0, 40), second=st.integers(0, 40))
    def test_per_request_additive(self, prior: int, first: int, second: int) -> None:
        whole = processing_fee(FeeMethod.PER_REQUEST, first + second, prior_requests_this_month=prior)
        head = processing_fee(FeeMethod.PER_REQUEST, first, prior_requests_this_month=prior)
        tail = processing_fee(FeeMethod.PER_REQUEST, second, prior_requests_this_month=prior + first)
        assert whole.amount_yuan == head.amount_yuan + tail.amount_yuan
        assert whole.amount_yuan == sum(line.subtotal_yuan for line in whole.breakdown)

    @FAST
    @given(pages=st.integers(0, 3000))
    def test_per_volume_monotonic(self, pages: int) -> None:
        fee = processing_fee(FeeMethod.PER_VOLUME, pages).amount_yuan
        more = processing_fee(FeeMethod.PER_VOLUME, pages + 1).amount_yuan
        assert more >= fee
        assert (fee == 0) == (pages <= 30)  # 第五条: 30页以下（含30页）免费

    @FAST
    @given(count=st.integers(0, 10))
    def test_first_ten_requests_free(self, count: int) -> None:
        """第四条: 同一申请人一个自然月内申请10件以下（含10件）的，不收费."""
        assert processing_fee(FeeMethod.PER_REQUEST, count).amount_yuan == 0


class TestRuleSetsOnlyTighten:
    """第三十三条第二款 sets a maximum: a local rule set may shorten the reply period but never lengthen it."""

    @FAST
    @given(
        days=st.integers(1, 40), received=st.dates(min_value=REGIME_2019_FROM, max_value=dt.date(2026, 6, 1))
    )
    def test_reply_limit(self, days: int, received: dt.date) -> None:
        limit = LocalLimit(
            limit=TimeLimit(
                name="reply",
                working_days=days,
                article="第十条",
                source="《某省办法》",
                label="答复期限",
                starts="自收到申请之日起",
            ),
            regimes=(Regime.R2019,),
        )
        if days > 20:
            with pytest.raises(RuleSetError) as caught:
                NATIONAL_RULES.extend("某省", limits=[limit])
            assert caught.value.code == "rules.loosens_statutory_limit"
            return
        local = NATIONAL_RULES.extend("某省", limits=[limit])
        national_due = request_deadline(_plain(received), calendar=CAL).deadline
        local_result = request_deadline(_plain(received), calendar=CAL, rules=local)
        assert national_due is not None
        assert local_result.deadline is not None
        assert local_result.deadline <= national_due
        assert local_result.rule_set == "某省"
        assert local_result.article == "《某省办法》第十条"

    def test_rule_set_built_in_code_is_named(self) -> None:
        assert RuleSet.national().name == "national"


_EVENT_KINDS = st.sampled_from(
    [
        "correction_requested",
        "correction_received",
        "correction_lapsed",
        "consultation_sent",
        "consultation_answered",
        "extension_approved",
        "extension_notified",
        "fee_notice_sent",
        "fee_paid",
        "fee_lapsed",
        "replied",
    ]
)


class TestAnyHistoryAnswersOrNamesItsError:
    """Inconsistent histories are errors with codes, never guesses and never crashes: any sequence of events either
    gets an answer or a ``DeadlineError`` with a ``deadline.*`` code naming the field."""

    @settings(max_examples=150, deadline=None)
    @given(
        received=st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2026, 3, 31)),
        steps=st.lists(st.tuples(_EVENT_KINDS, st.integers(0, 25), st.integers(1, 25)), max_size=8),
        as_of=st.none() | st.integers(0, 120),
    )
    def test_fuzz(self, received: dt.date, steps: list[tuple[str, int, int]], as_of: int | None) -> None:
        events = []
        day = received
        for kind, gap, number in steps:
            day += dt.timedelta(days=gap)
            event: dict[str, object] = {"kind": kind, "on": day.isoformat()}
            if kind == "extension_approved":
                event["working_days"] = number
            events.append(event)
        request = InformationRequest.model_validate({"id": "F", "received": received, "events": events})
        when = None if as_of is None else received + dt.timedelta(days=as_of)
        error: DeadlineError | None = None
        result = None
        try:
            result = request_deadline(request, calendar=CAL, as_of=when)
        except DeadlineError as exc:
            error = exc
        if result is None:
            assert error is not None
            assert error.code.startswith("deadline.")
            assert error.field
            return
        if result.deadline is not None:
            assert CAL.is_working_day(result.deadline)
        assert result.trace[0].step == "receipt"
        assert result.trace[-1].step == "result"
