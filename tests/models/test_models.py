"""The report models: strict types, blank ≠ 0, lossless JSON, the canonical export."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given

from disclosure_rules import (
    AnnualReport2019,
    AnnualReport2021,
    ApplicantCounts,
    InputError,
    LegacyReport,
    report_from_json,
    report_to_json,
)
from disclosure_rules._labels import TABLE2_CELLS_2021, TABLE3_ROWS_2019, TABLE3_ROWS_2021
from disclosure_rules._sources import REPORT_NAME, default_report_title
from tests.strategies import consistent_reports_2019, consistent_reports_2021

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MINIMAL = '{"report_format": "2021", "agency": {"name": "某镇人民政府", "level": "乡镇/街道"}, "year": 2022'


class TestJsonRoundTrip:
    """JSON round-trip is lossless: report_from_json(report_to_json(r)) == r."""

    @given(consistent_reports_2021())
    def test_2021(self, report: AnnualReport2021) -> None:
        assert report_from_json(report_to_json(report)) == report

    @given(consistent_reports_2019())
    def test_2019(self, report: AnnualReport2019) -> None:
        assert report_from_json(report_to_json(report)) == report

    @pytest.mark.parametrize("name", ["wanlong_2017_legacy.json", "qingshan_natural_resources_2022.json"])
    def test_examples(self, name: str) -> None:
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        report = report_from_json(text)
        assert report_to_json(report) == text


def test_format_picks_the_model() -> None:
    assert isinstance(report_from_json(MINIMAL + "}"), AnnualReport2021)
    assert isinstance(report_from_json(MINIMAL.replace('"2021"', '"2019"') + "}"), AnnualReport2019)
    legacy = (EXAMPLES / "wanlong_2017_legacy.json").read_text(encoding="utf-8")
    assert isinstance(report_from_json(legacy), LegacyReport)


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        (', "requests": {"granted": {"total": -1}}', "requests.granted.total"),
        (', "requests": {"granted": {"total": true}}', "requests.granted.total"),
        (', "requests": {"granted": {"total": "3"}}', "requests.granted.total"),
        (', "requests": {"grantd": {}}', "requests.grantd"),
        (', "level_of_detail": 1', "level_of_detail"),
    ],
)
def test_bad_input_names_the_field(patch: str, field: str) -> None:
    """Strict types: no negative counts, no booleans or strings for numbers, no unknown rows."""
    text = MINIMAL + patch + "}"
    with pytest.raises(InputError) as caught:
        report_from_json(text, source="r.json")
    assert caught.value.code == "input.invalid_report"
    assert f"r.json: field {field}" in str(caught.value)


def test_blank_is_distinct_from_zero() -> None:
    row = ApplicantCounts.from_values([0, None, 0, 0, 0, 0, 0])
    assert row.natural_person == 0
    assert row.commercial_enterprise is None
    assert json.loads(row.model_dump_json())["commercial_enterprise"] is None


def test_canonical_export_shapes_and_labels() -> None:
    report = report_from_json((EXAMPLES / "qingshan_natural_resources_2022.json").read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    tables = report.tables()
    assert tables["format"] == "2021"
    assert list(tables["table2"]) == [spec.key for spec in TABLE2_CELLS_2021]
    assert tables["table2"]["行政规范性文件.现行有效件数"] == 18
    assert tables["table2"]["行政事业性收费.本年收费金额(万元)"] == Decimal("12.56")
    assert len(tables["table3"]) == len(TABLE3_ROWS_2021) == 25
    assert all(len(row) == 7 for row in tables["table3"])
    assert tables["table3"][0] == [38, 5, 0, 1, 2, 1, 47]
    assert len(tables["table4"]) == 15
    assert AnnualReport2021.table2_from_mapping(tables["table2"]) == report.proactive_disclosure


def test_2019_export_has_23_rows_and_single_other_row() -> None:
    report = AnnualReport2019.model_validate_json(MINIMAL.replace('"2021"', '"2019"') + "}")
    assert len(report.tables()["table3"]) == len(TABLE3_ROWS_2019) == 23
    assert [row.canonical_label for row in TABLE3_ROWS_2019][20] == "三、（六）其他处理"


def test_year_out_of_range_is_rejected() -> None:
    with pytest.raises(InputError, match="field year"):
        report_from_json(MINIMAL.replace("2022", "1999") + "}")


def test_models_are_frozen() -> None:
    report = report_from_json(MINIMAL + "}")
    with pytest.raises(ValueError, match="frozen"):
        report.year = 2023


def test_from_matrix_rejects_wrong_shape() -> None:
    with pytest.raises(InputError) as caught:
        ApplicantCounts.from_values([1, 2, 3])
    assert caught.value.code == "input.row_length"


def test_table3_fields_follow_the_official_row_order() -> None:
    """The model's fields are the official data rows, in the official order (the JSON form relies on it)."""
    from disclosure_rules import RequestsTable2019, RequestsTable2021  # noqa: PLC0415 - local to this check

    assert list(RequestsTable2021.model_fields) == [row.code for row in TABLE3_ROWS_2021]
    assert list(RequestsTable2019.model_fields) == [row.code for row in TABLE3_ROWS_2019]


class TestDefaultTitle:
    """A report given no title is named 「<agency><year>年政府信息公开工作年度报告」, in every format, as before."""

    @given(consistent_reports_2021())
    def test_2021(self, report: AnnualReport2021) -> None:
        assert report.title is None
        assert report.display_title == f"{report.agency.name}{report.year}年政府信息公开工作年度报告"

    @given(consistent_reports_2019())
    def test_2019(self, report: AnnualReport2019) -> None:
        assert report.display_title == default_report_title(report.agency.name, report.year)
        assert report.display_title.endswith(REPORT_NAME)

    @given(consistent_reports_2021())
    def test_a_given_title_wins(self, report: AnnualReport2021) -> None:
        titled = report.model_copy(update={"title": "青山县2022年政务公开工作年度报告"})
        assert titled.display_title == "青山县2022年政务公开工作年度报告"
