"""The rules a correctly filled-in report obeys, and ``validate`` which checks them.

Three kinds of rule, one module each: the mandatory identities of tables 三 and 四 (errors, ``_identities``), the
plausibility checks (warnings, ``_plausibility``) and the rules of legacy narrative reports (``_legacy``).
``validate`` composes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_rules._findings import CellRef, Finding, Severity, has_errors
from disclosure_rules._models import LegacyReport
from disclosure_rules._shares import fitting_bases, share_fits
from disclosure_rules._validation._common import (
    SOURCE_LEGACY,
    SOURCE_PLAUSIBILITY,
    SOURCE_TABLE3_NOTE,
    SOURCE_TOTAL_BY_CONSTRUCTION,
)
from disclosure_rules._validation._identities import check_table3, check_table4
from disclosure_rules._validation._legacy import check_legacy
from disclosure_rules._validation._plausibility import (
    OVERVIEW_MAX_CHARACTERS,
    PLAUSIBILITY_CHECKS,
    PlausibilityCheck,
    not_filled,
)

if TYPE_CHECKING:
    from disclosure_rules._models import AnyReport

__all__ = [
    "OVERVIEW_MAX_CHARACTERS",
    "PLAUSIBILITY_CHECKS",
    "SOURCE_LEGACY",
    "SOURCE_PLAUSIBILITY",
    "SOURCE_TABLE3_NOTE",
    "SOURCE_TOTAL_BY_CONSTRUCTION",
    "CellRef",
    "Finding",
    "PlausibilityCheck",
    "Severity",
    "fitting_bases",
    "has_errors",
    "share_fits",
    "validate",
]


def validate(report: AnyReport, previous: AnyReport | None = None) -> list[Finding]:
    """Check a report against the rules of its format and return every finding, errors first.

    ``previous`` is the same agency's report for the year before; with it, the year-to-year checks run
    (carry-over continuity, stock of normative documents). An empty list means the report is clean.
    """
    if isinstance(report, LegacyReport):
        findings = check_legacy(report)
    else:
        findings = [*check_table3(report), *check_table4(report), *not_filled(report)]
        for check in PLAUSIBILITY_CHECKS:
            findings.extend(check(report, previous))
    return sorted(findings, key=lambda finding: finding.severity is not Severity.ERROR)
