"""The shared input records: frozen, strict about unknown fields, and lossless through JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from disclosure_rules._labels import ApplicantType
from disclosure_rules._records import (
    ConsultationAnswered,
    ConsultationSent,
    ConsultedParty,
    ExtensionApproved,
    FeeNoticeSent,
    InformationRequest,
    ProactiveItem,
    Replied,
    RequestChannel,
)


def test_events_are_told_apart_by_kind() -> None:
    request = InformationRequest.model_validate(
        {
            "id": "R1",
            "received": "2023-06-01",
            "events": [
                {"kind": "consultation_sent", "on": "2023-06-05", "party": "agency", "ref": "A"},
                {"kind": "consultation_answered", "on": "2023-06-08", "party": "agency", "ref": "A"},
                {"kind": "replied", "on": "2023-06-20"},
            ],
        }
    )
    assert [type(event) for event in request.events] == [ConsultationSent, ConsultationAnswered, Replied]
    assert request.events[0].party is ConsultedParty.AGENCY  # type: ignore[union-attr]


def test_unknown_event_kind_and_unknown_field_are_rejected() -> None:
    with pytest.raises(ValidationError):
        InformationRequest.model_validate(
            {"id": "R", "received": "2023-06-01", "events": [{"kind": "x", "on": "2023-06-02"}]}
        )
    with pytest.raises(ValidationError):
        InformationRequest.model_validate({"id": "R", "received": "2023-06-01", "applicant": "张三"})


def test_applicant_type_accepts_label_or_column_code() -> None:
    by_label = InformationRequest(
        id="R", received=dt.date(2023, 6, 1), applicant_type=ApplicantType("商业企业")
    )
    by_code = InformationRequest.model_validate(
        {"id": "R", "received": "2023-06-01", "applicant_type": "commercial_enterprise"}
    )
    assert by_label.applicant_type is by_code.applicant_type is ApplicantType.COMMERCIAL_ENTERPRISE


def test_outcome_must_be_a_table3_outcome_row() -> None:
    assert (
        InformationRequest(id="R", received=dt.date(2023, 6, 1), outcome="other_fee_unpaid").outcome
        == "other_fee_unpaid"
    )
    assert (
        InformationRequest(id="R", received=dt.date(2019, 6, 1), outcome="other_handling").outcome
        == "other_handling"
    )
    with pytest.raises(ValidationError, match="not an outcome row code"):
        InformationRequest(id="R", received=dt.date(2023, 6, 1), outcome="new_received")


def test_records_are_frozen() -> None:
    item = ProactiveItem(id="I", title="t", formed=dt.date(2023, 1, 1))
    with pytest.raises(ValidationError):
        item.title = "u"  # type: ignore[misc]


def test_extension_and_fee_fields_are_checked() -> None:
    with pytest.raises(ValidationError):
        ExtensionApproved(on=dt.date(2023, 6, 1), working_days=0)
    with pytest.raises(ValidationError):
        FeeNoticeSent(on=dt.date(2023, 6, 1), amount_yuan=-1)


def test_channels_that_need_confirmation() -> None:
    """第三十一条: unsigned post, online and fax requests are received on the day they are confirmed."""
    assert {channel for channel in RequestChannel if channel.needs_confirmation} == {
        RequestChannel.POST_UNSIGNED,
        RequestChannel.ONLINE,
        RequestChannel.FAX,
    }


days = st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2026, 12, 31))


@settings(max_examples=50, deadline=None)
@given(
    received=days,
    answered=days,
    channel=st.sampled_from(list(RequestChannel)),
    applicant=st.none() | st.sampled_from(list(ApplicantType)),
)
def test_json_round_trip(
    received: dt.date, answered: dt.date, channel: RequestChannel, applicant: ApplicantType | None
) -> None:
    request = InformationRequest(
        id="R",
        received=received,
        channel=channel,
        applicant_type=applicant,
        events=(
            ConsultationSent(on=received, ref="1"),
            ConsultationAnswered(on=answered, ref="1"),
            Replied(on=answered),
        ),
    )
    assert InformationRequest.model_validate_json(request.model_dump_json()) == request
