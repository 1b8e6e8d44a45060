"""What the deadline engine answers: the due date, the status, the findings against the agency, and a trace."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from disclosure_rules._deadlines._tables import Regime
from disclosure_rules._models import AgencyLevel

__all__ = [
    "DeadlineFinding",
    "DeadlineResult",
    "DeadlineStatus",
    "ReportDeadline",
    "ReportStep",
    "TraceEntry",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DeadlineStatus(StrEnum):
    """Where a request or an item stands against its time limit."""

    OPEN = "open"  # not answered yet, due date not passed (or no as-of day given)
    PAUSED = "paused"  # the clock is stopped: a consultation or fee notice is outstanding
    AWAITING_CORRECTION = "awaiting_correction"  # 补正 requested; the reply period restarts on the correction
    OVERDUE = "overdue"  # not answered and the as-of day is past the due date
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"
    ABANDONED = "abandoned"  # 视为放弃申请: no correction (第三十条) or no payment (国办函〔2020〕109号)
    PUBLISHED_ON_TIME = "published_on_time"
    PUBLISHED_LATE = "published_late"

    @property
    def label(self) -> str:
        """The status as a clerk writes it."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DeadlineStatus.OPEN: "办理中",
    DeadlineStatus.PAUSED: "暂停计时",
    DeadlineStatus.AWAITING_CORRECTION: "等待申请人补正",
    DeadlineStatus.OVERDUE: "已逾期未答复",
    DeadlineStatus.ANSWERED_ON_TIME: "按期答复",
    DeadlineStatus.ANSWERED_LATE: "逾期答复",
    DeadlineStatus.ABANDONED: "视为放弃申请",
    DeadlineStatus.PUBLISHED_ON_TIME: "按期公开",
    DeadlineStatus.PUBLISHED_LATE: "逾期公开",
}


class TraceEntry(_Frozen):
    """One step of the computation: what happened, under which article, and the due date after it."""

    step: str = Field(description="Stable step code, e.g. ``receipt``, ``consultation_answered``.")
    on: dt.date | None = Field(
        description="The day of the event (None for steps that are rules, not events)."
    )
    what: str = Field(description="What happened, in Chinese.")
    article: str | None = Field(description="The provision applied, with its document.")
    days_skipped: int = Field(default=0, description="Working days added to the due date by this step.")
    why: str | None = Field(default=None, description="Why those days were skipped (or not).")
    due_after: dt.date | None = Field(description="The due date after this step (None while it cannot run).")


class DeadlineFinding(_Frozen):
    """A breach of a time limit by the agency (not an input error): reported, never raised."""

    code: str
    severity: Literal["violation"] = "violation"
    message: str
    article: str
    on: dt.date | None = None
    working_days_late: int | None = None


class DeadlineResult(_Frozen):
    """The answer for one request or item: regime, due date, status, working days, trace and findings."""

    kind: Literal["request", "proactive"]
    id: str | None
    regime: Regime
    regime_forced: bool = False
    rule_set: str
    limit: str = Field(description="Name of the main limit applied (``reply``, ``proactive``, …).")
    article: str = Field(description="Citation of the main limit.")
    start: dt.date | None = Field(
        description="The day counting starts after (receipt, correction, formation)."
    )
    deadline: dt.date | None = Field(
        description="The due date (a working day); None while it cannot be known."
    )
    status: DeadlineStatus
    working_days_allowed: int
    working_days_used: int | None = Field(
        description="Working days counted from start to the answer (or as-of day), paused days excluded."
    )
    working_days_late: int | None = None
    paused_working_days: int = 0
    extension_working_days: int = 0
    as_of: dt.date | None = None
    provisional: bool = Field(
        default=False,
        description="The answer used a year whose State Council holiday notice is not out yet (provisional calendar).",
    )
    provisional_assumption: str | None = Field(
        default=None,
        description="For a provisional answer: the years without a notice and the statutory rest days assumed.",
    )
    trace: tuple[TraceEntry, ...]
    findings: tuple[DeadlineFinding, ...] = ()

    @property
    def due(self) -> dt.date | None:
        """Alias of :attr:`deadline`."""
        return self.deadline


class ReportStep(_Frozen):
    """One date of the annual-report chain for a level, with where the date comes from."""

    deadline: dt.date
    duty: str
    article: str
    source: str
    basis: Literal["regulation", "notice", "configuration"]


class ReportDeadline(_Frozen):
    """When an agency of a given level must publish (or submit) its annual report on ``year``."""

    level: AgencyLevel
    year: int = Field(description="The year the report covers; the deadline falls in the next year.")
    regime: Regime
    rule_set: str
    deadline: dt.date
    duty: str
    article: str
    source: str
    basis: Literal["regulation", "notice", "configuration"]
    chain: tuple[ReportStep, ...] = Field(default=(), description="Other dates this level must keep.")
    note: str | None = None
