"""Rule-based classifiers whose every decision explains itself: content category, outcome row, applicant type.

    classify_content(title, …)            第二十条 item and 第二十一条 area of a proactively disclosed item
    classify_outcome(reason, …)           the table 三 row of a handled request, from the reply's reason
    classify_outcome_decision(type, …)    the same from structured decision data (type + legal ground)
    classify_applicant(name, declared)    the table 三 applicant column

Rules are data (``schemes/*.toml``), versioned and replaceable: see :func:`load_scheme`,
:func:`parse_scheme` and ``docs/classifiers.md``.
"""

from __future__ import annotations

from disclosure_rules._classify._applicant import (
    ApplicantClassifier,
    classify_applicant,
    declared_applicant_type,
)
from disclosure_rules._classify._content import ContentClassifier, agency_level, classify_content
from disclosure_rules._classify._errors import ClassifyError
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._outcome import (
    OutcomeClassifier,
    classify_outcome,
    classify_outcome_decision,
    parse_ground,
)
from disclosure_rules._classify._results import (
    ApplicantResult,
    Candidate,
    Confidence,
    ContentResult,
    Decision,
    OutcomeResult,
)
from disclosure_rules._classify._scheme import (
    Axis,
    Category,
    CodeRule,
    Rule,
    Scheme,
    bundled_schemes,
    load_scheme,
    parse_scheme,
    scheme_from_mapping,
)

__all__ = [
    "ApplicantClassifier",
    "ApplicantResult",
    "Axis",
    "Candidate",
    "Category",
    "ClassifyError",
    "CodeRule",
    "Confidence",
    "ContentClassifier",
    "ContentResult",
    "Decision",
    "OutcomeClassifier",
    "OutcomeResult",
    "Rule",
    "Scheme",
    "agency_level",
    "bundled_schemes",
    "classify_applicant",
    "classify_content",
    "classify_outcome",
    "classify_outcome_decision",
    "declared_applicant_type",
    "load_scheme",
    "normalize_text",
    "parse_ground",
    "parse_scheme",
    "scheme_from_mapping",
]
