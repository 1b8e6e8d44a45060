"""disclosure_rules: China's Open Government Information (政府信息公开) rules as a typed library.

The public API is what ``__all__`` lists; every module whose name starts with an underscore is private.
"""

from __future__ import annotations

from disclosure_rules._errors import CalendarRangeError, DisclosureRulesError, InputError
from disclosure_rules._labels import ApplicantType
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    ApplicantCounts,
    CaseResults,
    LegacyBreakdown,
    LegacyFigure,
    LegacyFigures,
    LegacyReport,
    NarrativeSection,
    Overview,
    ProactiveDisclosureTable2019,
    ProactiveDisclosureTable2021,
    PublicationInfo,
    RequestsTable2019,
    RequestsTable2021,
    ReviewLitigationTable,
    StatisticsPeriod,
    TimelinessFigure,
    report_from_json,
    report_to_json,
)
from disclosure_rules._validation import CellRef, Finding, Severity, has_errors, validate

__all__ = [
    "Agency",
    "AgencyLevel",
    "AnnualReport2019",
    "AnnualReport2021",
    "AnyReport",
    "ApplicantCounts",
    "ApplicantType",
    "CalendarRangeError",
    "CaseResults",
    "CellRef",
    "DisclosureRulesError",
    "Finding",
    "InputError",
    "LegacyBreakdown",
    "LegacyFigure",
    "LegacyFigures",
    "LegacyReport",
    "NarrativeSection",
    "Overview",
    "ProactiveDisclosureTable2019",
    "ProactiveDisclosureTable2021",
    "PublicationInfo",
    "RequestsTable2019",
    "RequestsTable2021",
    "ReviewLitigationTable",
    "Severity",
    "StatisticsPeriod",
    "TimelinessFigure",
    "has_errors",
    "report_from_json",
    "report_to_json",
    "validate",
]

__version__ = "0.1.0"
