"""Issue 12, round 26: the requests a report says it handled against table 三's 总计 column (docs/audit.md, round 26).

Blind 24's ``pingtan_lyy_2025``: ``全年办理政府信息公开申请1件`` was not read (办理 was no verb of the requests' count),
so nothing compared it with table 三, whose 总计 column says 0 (its 自然人 column 1). Requests handled are counted as new
(一), with those carried over (一 + 二) or as handled (（七）总计): none equal to the prose's count is a warning; when
row 一's applicant columns add up to the prose's count and not to its own 总计 cell, the warning says so. The properties
fail on the round-25 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2021
from tests.audit.messy import SETTINGS
from tests.audit.pages import Layout, report_html
from tests.strategies import consistent_reports_2021

AGENCY = Agency(name="青山县文化和旅游局", level=AgencyLevel.GOVERNMENT_DEPARTMENT)


def _mismatches(report: AnnualReport2021, handled: int) -> list[str]:
    page = report_html(report, Layout(), overview=f"全年办理政府信息公开申请{handled}件。")
    return [f.message for f in audit(page, source="p").findings if f.code == "text.table_mismatch"]


def _accepted(report: AnnualReport2021) -> set[int]:
    requests = report.requests
    new = requests.new_received.total or 0
    return {new, new + (requests.carried_over.total or 0), requests.total.total or 0}


class TestRequestsHandled:
    @SETTINGS
    @given(report=consistent_reports_2021(), delta=st.integers(1, 9))
    def test_a_count_the_table_never_gives_is_a_warning(self, report: AnnualReport2021, delta: int) -> None:
        report = report.model_copy(update={"agency": AGENCY})
        handled = max(_accepted(report)) + delta
        found = _mismatches(report, handled)
        assert len(found) == 1
        assert f"{handled}件" in found[0]

    @SETTINGS
    @given(report=consistent_reports_2021(), data=st.data())
    def test_guard_a_count_the_table_gives_is_silent(
        self, report: AnnualReport2021, data: st.DataObject
    ) -> None:
        report = report.model_copy(update={"agency": AGENCY})
        handled = data.draw(st.sampled_from(sorted(_accepted(report))))
        assert _mismatches(report, handled) == []

    @SETTINGS
    @given(report=consistent_reports_2021(), person=st.integers(1, 9))
    def test_the_warning_names_the_figure_the_prose_matches(
        self, report: AnnualReport2021, person: int
    ) -> None:
        """Row 一's 总计 0 under an applicant column of ``person``: the prose's count is the applicants' sum."""
        report = report.model_copy(update={"agency": AGENCY})
        requests = report.requests
        new = requests.new_received.model_copy(
            update={
                "natural_person": person,
                "commercial_enterprise": 0,
                "research_institution": 0,
                "public_interest_organization": 0,
                "legal_service_organization": 0,
                "other_organization": 0,
                "total": 0,
            }
        )
        report = report.model_copy(update={"requests": requests.model_copy(update={"new_received": new})})
        assume(person not in _accepted(report))
        found = _mismatches(report, person)
        assert len(found) == 1
        assert "相符" in found[0]
