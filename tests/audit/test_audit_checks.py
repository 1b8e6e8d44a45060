"""What the auditor finds: validate's rules on what was read, prose against tables, and year-to-year continuity."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from disclosure_rules._audit import AuditResult, audit
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2021, report_from_json
from disclosure_rules._validation import validate
from tests.audit.pages import Layout, report_html
from tests.strategies import consistent_reports_2021

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "wanlong_2017_seed.txt"
SEED_MODEL = ROOT / "examples" / "wanlong_2017_legacy.json"
CORPUS = ROOT / "tests" / "data" / "published"
AGENCY = Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT)
SETTINGS = settings(max_examples=15, deadline=None)


def _page(report: AnnualReport2021, overview: str = "") -> str:
    return report_html(report, Layout(), overview=overview)


class TestSeed:
    """The raw seed report: its figures contradict each other (issue 8's acceptance test)."""

    def test_same_codes_as_validate_on_the_transcribed_model(self) -> None:
        """Legacy rule: the parts add up to the total, and each share is its part over the total."""
        result = audit(SEED.read_text(encoding="utf-8"), source=SEED.name)
        expected = {f.code for f in validate(report_from_json(SEED_MODEL.read_text(encoding="utf-8")))}
        found = {f.code for f in result.findings}
        assert expected == {"legacy.count_mismatch", "legacy.share_mismatch", "legacy.period_incomplete"}
        assert expected <= found
        assert result.format == "legacy"

    def test_count_and_share_findings_name_their_sentence(self) -> None:
        result = audit(SEED.read_text(encoding="utf-8"))
        count = next(f for f in result.findings if f.code == "legacy.count_mismatch")
        assert count.expected == 17
        assert count.actual == 16
        assert count.location is not None
        assert "规划计划和完成情况类信息数为15条" in count.location
        share = next(f for f in result.findings if f.code == "legacy.share_mismatch" and "94%" in f.message)
        assert "16" in share.message
        period = next(f for f in result.findings if f.code == "legacy.period_incomplete")
        assert period.location is not None
        assert "2017年11月25日" in period.location

    def test_figures_carry_their_sentences(self) -> None:
        result = audit(SEED.read_text(encoding="utf-8"))
        figures = {f.name: f for f in result.figures}
        assert figures["proactive_total"].value == 17
        assert "累计主动公开政府信息17条" in figures["proactive_total"].sentence
        assert figures["requests_received"].value == 0
        assert figures["fees_charged_yuan"].value == 0


class TestTextAgainstTables:
    """P9: figures stated in sections 一 and 六 must agree with the tables (text.table_mismatch)."""

    @SETTINGS
    @given(report=consistent_reports_2021(), delta=st.integers(1, 9))
    def test_requests_received(self, report: AnnualReport2021, delta: int) -> None:
        """ "收到…申请N件" is row 一 (本年新收), 总计 column."""
        report = report.model_copy(update={"agency": AGENCY})
        new = report.requests.new_received.total
        assert new is not None
        good = audit(_page(report, f"全年共收到政府信息公开申请{new}件。"))
        assert "text.table_mismatch" not in {f.code for f in good.findings}
        bad = audit(_page(report, f"全年共收到政府信息公开申请{new + delta}件。"))
        mismatch = [f for f in bad.findings if f.code == "text.table_mismatch"]
        assert len(mismatch) == 1
        assert mismatch[0].expected == new
        assert mismatch[0].location is not None
        assert f"{new + delta}件" in mismatch[0].location

    @SETTINGS
    @given(report=consistent_reports_2021(), delta=st.integers(1, 9))
    def test_reviews_and_lawsuits(self, report: AnnualReport2021, delta: int) -> None:
        """行政复议 N件 is table 四's 复议 总计; 行政诉讼 N件 the two litigation 总计 together."""
        report = report.model_copy(update={"agency": AGENCY})
        reviews = report.review_litigation.administrative_review.total
        assert reviews is not None
        result = audit(_page(report, f"本年度发生政府信息公开行政复议案件{reviews + delta}件。"))
        assert "text.table_mismatch" in {f.code for f in result.findings}

    @SETTINGS
    @given(report=consistent_reports_2021())
    def test_all_upheld_against_pending_cases(self, report: AnnualReport2021) -> None:
        """ "均获维持" contradicts any 结果纠正, 其他结果 or 尚未审结 in table 四."""
        report = report.model_copy(update={"agency": AGENCY})
        table4 = report.review_litigation.values()
        pending_or_corrected = sum(v or 0 for i, v in enumerate(table4) if i % 5 in {1, 2, 3})
        result = audit(_page(report, "行政复议、行政诉讼案件均获维持。"))
        found = "text.table_mismatch" in {f.code for f in result.findings}
        assert found == (pending_or_corrected > 0)


class TestContinuity:
    """P1/P2: this year's 上年结转 = last year's 结转下年度; 现行有效 = last year's + 制发 - 废止."""

    @SETTINGS
    @given(report=consistent_reports_2021(), bump=st.integers(1, 5))
    def test_carry_over_mismatch(self, report: AnnualReport2021, bump: int) -> None:
        """P1, every column: 二、上年结转 (this year) = 四、结转下年度继续办理 (last year)."""
        report = report.model_copy(update={"agency": AGENCY, "year": 2023})
        matrix = report.requests.matrix()
        earlier_matrix = [list(row) for row in matrix]
        forwarded = earlier_matrix[-1]
        forwarded[0] = (forwarded[0] or 0) + bump
        forwarded[6] = (forwarded[6] or 0) + bump
        earlier = report.model_copy(
            update={"year": 2022, "requests": type(report.requests).from_matrix(earlier_matrix)}
        )
        carried = report.requests.carried_over.values()
        result = audit(_page(report), previous=[earlier])
        codes = [f.code for f in result.findings]
        expected = (
            (carried[0] != forwarded[0])
            + (carried[6] != forwarded[6])
            + sum(carried[i] != earlier.requests.carried_forward.values()[i] for i in range(1, 6))
        )
        assert codes.count("table3.carry_over_mismatch") == expected
        assert all(f.location for f in result.findings if f.code == "table3.carry_over_mismatch")

    @SETTINGS
    @given(report=consistent_reports_2021())
    def test_previous_year_of_another_year_is_ignored(self, report: AnnualReport2021) -> None:
        """Continuity compares consecutive years only."""
        report = report.model_copy(update={"agency": AGENCY, "year": 2023})
        older = report.model_copy(update={"year": 2020})
        result = audit(_page(report), previous=[older])
        assert "table3.carry_over_mismatch" not in {f.code for f in result.findings}

    def test_document_stock_on_real_pages(self) -> None:
        """P2 on the corpus: 平潭财政金融局 2024 reports 1 in force after 8 + 0 − 2."""
        earlier = (CORPUS / "pingtan_czj_2023.txt").read_text(encoding="utf-8")
        result = audit((CORPUS / "pingtan_czj_2024.txt").read_text(encoding="utf-8"), previous=[earlier])
        stock = [f for f in result.findings if f.code == "table2.in_force_continuity"]
        assert len(stock) == 1
        assert stock[0].expected == 6
        assert stock[0].actual == 1

    def test_continuous_years_are_quiet(self) -> None:
        earlier = audit((CORPUS / "pingtan_2021.html").read_text(encoding="utf-8"))
        result = audit((CORPUS / "pingtan_ptzhsyq_2022.txt").read_text(encoding="utf-8"), previous=[earlier])
        codes = {f.code for f in result.findings}
        assert "table3.carry_over_mismatch" not in codes
        assert "table2.in_force_continuity" not in codes


class TestResult:
    @settings(max_examples=3, deadline=None)
    @given(report=consistent_reports_2021())
    def test_result_is_frozen_and_exports_json(self, report: AnnualReport2021) -> None:
        report = report.model_copy(update={"agency": AGENCY})
        result = audit(_page(report), source="page.html")
        assert isinstance(result, AuditResult)
        with pytest.raises(ValidationError):
            result.file = "other"  # type: ignore[misc]
        data = result.to_json_dict()
        assert set(data) == {
            "file",
            "format",
            "confidence",
            "year",
            "year_evidence",
            "tables",
            "cell_confidence",
            "figures",
            "findings",
        }
        assert len(data["tables"]["table3"]) == 25
        assert len(data["tables"]["table4"]) == 15
        assert 0.5 <= data["confidence"] <= 1.0
        assert result.report == result.report.model_validate(result.report.model_dump())

    def test_every_finding_has_a_location(self) -> None:
        result = audit(SEED.read_text(encoding="utf-8"))
        assert all(f.location for f in result.findings)
