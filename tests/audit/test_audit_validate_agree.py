"""`validate` and `audit` apply one rule set: on a 2019-format pair of years they report the same stock finding.

The 2019 trial format's 对外公开总数量 of 规章 / 规范性文件 is last year's plus this year's 本年新公开数量
(the library's plausibility rule P2 for the 2019 format; 国办公开办函〔2019〕60号 table 二).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import AuditError, audit, validate
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    DocumentPublicationCounts2019,
    ProactiveDisclosureTable2019,
)
from tests.audit.pages import Layout, report_html
from tests.strategies import consistent_reports_2019

AGENCY = Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT)
CODE = "table2.in_force_continuity"


def _with_documents(report: AnnualReport2019, year: int, new: int, total: int) -> AnnualReport2019:
    counts = DocumentPublicationCounts2019(newly_made=new, newly_published=new, total_published=total)
    table = ProactiveDisclosureTable2019(rules=counts, normative_documents=counts)
    return report.model_copy(update={"agency": AGENCY, "year": year, "proactive_disclosure": table})


@settings(max_examples=10, deadline=None)
@given(
    report=consistent_reports_2019(),
    before=st.integers(0, 50),
    new=st.integers(0, 20),
    off_by=st.integers(-3, 3),
)
def test_validate_and_audit_agree_on_the_2019_stock(
    report: AnnualReport2019, before: int, new: int, off_by: int
) -> None:
    earlier = _with_documents(report, 2019, 0, before)
    later = _with_documents(report, 2020, new, max(before + new + off_by, 0))
    expected = [(f.expected, f.actual) for f in validate(later, earlier) if f.code == CODE]
    audited = audit(report_html(later, Layout()), previous=[earlier])
    assert audited.format == "2019"
    assert [(f.expected, f.actual) for f in audited.findings if f.code == CODE] == expected
    assert bool(expected) == (later.proactive_disclosure.rules.total_published != before + new)


def test_the_rule_fires_in_validate_on_a_2019_pair() -> None:
    base = AnnualReport2019(agency=AGENCY, year=2019)
    earlier = _with_documents(base, 2019, 0, 10)
    findings = [f for f in validate(_with_documents(base, 2020, 2, 11), earlier) if f.code == CODE]
    assert [(f.expected, f.actual, f.cells[0].row) for f in findings] == [
        (12, 11, "规章"),
        (12, 11, "规范性文件"),
    ]


class TestAuditTakesBytes:
    """A library caller passes the page's bytes as saved; the auditor decodes them as ``check`` does."""

    def test_gbk_bytes_read_like_the_text(self) -> None:
        report = _with_documents(AnnualReport2019(agency=AGENCY, year=2019), 2019, 1, 5)
        page = report_html(report, Layout())
        from_text = audit(page, source="p.html")
        from_bytes = audit(page.encode("gb18030"), source="p.html")
        assert from_bytes.tables == from_text.tables
        assert [f.code for f in from_bytes.findings] == [f.code for f in from_text.findings]

    def test_bytes_in_no_chinese_charset_are_an_audit_error(self) -> None:
        with pytest.raises(AuditError) as caught:
            audit(b"\xff\xfe\x00\xd8" * 50, source="bad.html")
        assert caught.value.code in {"audit.undecodable", "audit.unrecognised_format"}
