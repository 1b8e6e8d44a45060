"""Statutory deadlines of 政府信息公开: rule tables per regulation, rule sets, the engine, fees and results."""

from __future__ import annotations

from disclosure_rules._deadlines._engine import proactive_deadline, request_deadline
from disclosure_rules._deadlines._errors import DeadlineError, RuleSetError
from disclosure_rules._deadlines._fees import (
    PER_REQUEST_SCHEDULE,
    PER_VOLUME_SCHEDULE,
    FeeBand,
    FeeLine,
    FeeMethod,
    FeeResult,
    FeeSchedule,
    processing_fee,
)
from disclosure_rules._deadlines._note import clerk_note
from disclosure_rules._deadlines._report import report_deadline
from disclosure_rules._deadlines._results import (
    DeadlineFinding,
    DeadlineResult,
    DeadlineStatus,
    ReportDeadline,
    ReportStep,
    TraceEntry,
)
from disclosure_rules._deadlines._rules import (
    NATIONAL_RULES,
    LocalLimit,
    ReportDate,
    RuleSet,
    example_local_rules,
)
from disclosure_rules._deadlines._tables import (
    REGIME_2019_FROM,
    REGULATION_2007,
    REGULATION_2019,
    PauseRule,
    Regime,
    RegimeTable,
    TimeLimit,
    regime_for,
)

__all__ = [
    "NATIONAL_RULES",
    "PER_REQUEST_SCHEDULE",
    "PER_VOLUME_SCHEDULE",
    "REGIME_2019_FROM",
    "REGULATION_2007",
    "REGULATION_2019",
    "DeadlineError",
    "DeadlineFinding",
    "DeadlineResult",
    "DeadlineStatus",
    "FeeBand",
    "FeeLine",
    "FeeMethod",
    "FeeResult",
    "FeeSchedule",
    "LocalLimit",
    "PauseRule",
    "Regime",
    "RegimeTable",
    "ReportDate",
    "ReportDeadline",
    "ReportStep",
    "RuleSet",
    "RuleSetError",
    "TimeLimit",
    "TraceEntry",
    "clerk_note",
    "example_local_rules",
    "proactive_deadline",
    "processing_fee",
    "regime_for",
    "report_deadline",
    "request_deadline",
]
