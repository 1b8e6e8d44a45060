"""Typed input records shared by the whole library: one request with its history, one proactively disclosed item.

The deadline engine reads the event history of an :class:`InformationRequest`; the aggregator counts requests
(``id``, ``received``, ``applicant_type``, ``outcome``, ``closed``) and items (``id``, ``title``, ``formed``,
``published``, ``category``, ``channels``) into the annual report. The records only check what a single field
can show (types, known row codes); whether a history is consistent is the deadline engine's question, answered
with coded errors (``deadline.*``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from disclosure_rules._day import Day
from disclosure_rules._labels import (
    CHANNEL_ALIASES,
    CHANNEL_LABELS,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    ApplicantType,
    RowKind,
)
from disclosure_rules._limits import MAX_COUNT
from disclosure_rules._text import normalise_label

__all__ = [
    "ConsultationAnswered",
    "ConsultationSent",
    "ConsultedParty",
    "CorrectedRequestReceived",
    "CorrectionPeriodLapsed",
    "CorrectionRequested",
    "ExtensionApproved",
    "ExtensionNotified",
    "FeeNoticeSent",
    "FeePaid",
    "FeePaymentLapsed",
    "InformationRequest",
    "ProactiveItem",
    "Replied",
    "RequestChannel",
    "RequestEvent",
]

# Every outcome row code of table 三 in either format (the outcome a closed request is counted in).
OUTCOME_ROW_CODES: frozenset[str] = frozenset(
    row.code for row in (*TABLE3_ROWS_2021, *TABLE3_ROWS_2019) if row.kind is RowKind.OUTCOME
)


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RequestChannel(StrEnum):
    """How a request reached the agency; the channel fixes which day counts as receipt (第三十一条)."""

    IN_PERSON = "in_person"  # 当面提交: the day of submission (第三十一条第（一）项)
    POST = "post"  # 邮寄 needing signature: the day the agency signs for it (第三十一条第（二）项)
    POST_UNSIGNED = "post_unsigned"  # 平常信函: the day the agency confirms with the applicant (同项)
    ONLINE = "online"  # 互联网渠道: the day both sides confirm (第三十一条第（三）项)
    FAX = "fax"  # 传真: the day both sides confirm (第三十一条第（三）项)
    ORAL = "oral"  # 口头提出, form filled in by the agency (第二十九条); treated as in person

    @property
    def label(self) -> str:
        """The channel's Chinese name as a trace prints it (当面提交, 互联网渠道 …)."""
        return CHANNEL_LABELS[self.value]

    @classmethod
    def parse(cls, text: str) -> RequestChannel | None:
        """The channel ``text`` names: its code (``online``) or a Chinese name (网上申请, 当面 …); else ``None``."""
        return _CHANNEL_BY_WORD.get(normalise_label(text))

    @property
    def needs_confirmation(self) -> bool:
        """Whether the receipt day is a confirmation day (``confirmed``) rather than the day it arrived."""
        return self in {RequestChannel.POST_UNSIGNED, RequestChannel.ONLINE, RequestChannel.FAX}


_CHANNEL_BY_WORD: Final = {
    normalise_label(word): RequestChannel(code)
    for code in CHANNEL_LABELS
    for word in (code, CHANNEL_LABELS[code], *CHANNEL_ALIASES[code])
}


class ConsultedParty(StrEnum):
    """Who a consultation letter went to: a third party (第三十二条) or another agency (第三十四条)."""

    THIRD_PARTY = "third_party"
    AGENCY = "agency"


class _Event(_Record):
    on: Day = Field(description="The day the event happened.")
    note: str | None = Field(default=None, description="Free text for the file; not used by the rules.")


class CorrectionRequested(_Event):
    """The agency told the applicant, once, what to correct (第三十条), with a correction period."""

    kind: Literal["correction_requested"] = "correction_requested"
    period_end: Day | None = Field(
        default=None,
        description="Last day of the correction period the agency gave (合理的补正期限), if fixed.",
    )


class CorrectedRequestReceived(_Event):
    """The corrected request reached the agency; the reply period runs again from this day (第三十条)."""

    kind: Literal["correction_received"] = "correction_received"


class CorrectionPeriodLapsed(_Event):
    """The correction period ended without a correction: the request is deemed abandoned (第三十条)."""

    kind: Literal["correction_lapsed"] = "correction_lapsed"


class ConsultationSent(_Event):
    """A written consultation went to a third party (第三十二条) or another agency (第三十四条)."""

    kind: Literal["consultation_sent"] = "consultation_sent"
    party: ConsultedParty = ConsultedParty.THIRD_PARTY
    ref: str | None = Field(
        default=None, description="Pairs the letter with its answer when several run at once."
    )
    received_by_party: Day | None = Field(
        default=None,
        description="The day the consulted party received the letter; its 15 working days run from it.",
    )


class ConsultationAnswered(_Event):
    """The consulted party's answer reached the agency (or the agency recorded that it did not answer in time)."""

    kind: Literal["consultation_answered"] = "consultation_answered"
    party: ConsultedParty = ConsultedParty.THIRD_PARTY
    ref: str | None = None


class ExtensionApproved(_Event):
    """The head of the OGI work unit approved an extension (第三十三条第二款; 2007: 第二十四条)."""

    kind: Literal["extension_approved"] = "extension_approved"
    working_days: int = Field(gt=0, description="Working days added to the reply period.")
    approver: str | None = None


class ExtensionNotified(_Event):
    """The applicant was told of the approved extension (第三十三条第二款)."""

    kind: Literal["extension_notified"] = "extension_notified"


class FeeNoticeSent(_Event):
    """A fee notice (收费通知) under 国办函〔2020〕109号 went to the applicant."""

    kind: Literal["fee_notice_sent"] = "fee_notice_sent"
    received_by_applicant: Day | None = Field(
        default=None,
        description="The day the applicant received it; the payment period runs from the next day.",
    )
    amount_yuan: int | None = Field(default=None, ge=0, le=MAX_COUNT)


class FeePaid(_Event):
    """The applicant paid the information-processing fee."""

    kind: Literal["fee_paid"] = "fee_paid"


class FeePaymentLapsed(_Event):
    """The payment period ended unpaid: the request is deemed abandoned (table 三 （六）2)."""

    kind: Literal["fee_lapsed"] = "fee_lapsed"


class Replied(_Event):
    """The agency replied to the applicant (答复)."""

    kind: Literal["replied"] = "replied"


RequestEvent = Annotated[
    CorrectionRequested
    | CorrectedRequestReceived
    | CorrectionPeriodLapsed
    | ConsultationSent
    | ConsultationAnswered
    | ExtensionApproved
    | ExtensionNotified
    | FeeNoticeSent
    | FeePaid
    | FeePaymentLapsed
    | Replied,
    Field(discriminator="kind"),
]
"""One step in a request's history, told apart by its ``kind``."""


class InformationRequest(_Record):
    """One request for government information (政府信息公开申请) and what has happened to it, in order."""

    id: str = Field(min_length=1)
    received: Day = Field(description="The day the request arrived (signed for, handed in, submitted).")
    channel: RequestChannel = RequestChannel.IN_PERSON
    confirmed: Day | None = Field(
        default=None,
        description="Confirmation day for unsigned post, online and fax requests: the legal receipt day (第三十一条).",
    )
    applicant_type: ApplicantType | None = None
    applicant_name: str | None = None
    outcome: str | None = Field(default=None, description="Table 三 outcome row code, e.g. ``granted``.")
    closed: Day | None = None
    events: tuple[RequestEvent, ...] = ()

    @field_validator("applicant_type", mode="before")
    @classmethod
    def _applicant_from_column_code(cls, value: object) -> object:
        # Case systems export the printed label (自然人), the column code (natural_person) or the label
        # under its header (法人或其他组织-商业企业).
        if isinstance(value, str) and not isinstance(value, ApplicantType):
            return ApplicantType.parse(value) or value
        return value

    @field_validator("channel", mode="before")
    @classmethod
    def _channel_from_text(cls, value: object) -> object:
        # Staff type the channel's Chinese name (网上申请, 当面) as often as its code (online).
        if isinstance(value, str) and not isinstance(value, RequestChannel):
            return RequestChannel.parse(value) or value
        return value

    @field_validator("outcome")
    @classmethod
    def _outcome_is_a_row(cls, value: str | None) -> str | None:
        if value is not None and value not in OUTCOME_ROW_CODES:
            known = ", ".join(sorted(OUTCOME_ROW_CODES))
            raise ValueError(f"{value!r} is not an outcome row code of table 三 (known: {known})")
        return value


class ProactiveItem(_Record):
    """One piece of information to be disclosed proactively (主动公开), from formation to publication."""

    id: str = Field(min_length=1)
    title: str
    formed: Day = Field(description="The day the information was formed (形成之日).")
    changed: Day | None = Field(default=None, description="The day it was last changed (变更之日), if any.")
    published: Day | None = None
    category: str | None = None
    channels: tuple[str, ...] = ()
    agency: str | None = None
    document_number: str | None = None
