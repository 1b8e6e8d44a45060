"""Typed models of the annual report: the 2021 national format, the 2019 trial format, the legacy report.

The legacy report is the narrative report of 2008-2020. All models are frozen pydantic v2 models with strict types and no unknown fields. A table cell is a
non-negative integer or ``None``: ``None`` means *not filled* (a blank, "—" or "/" as published), which is
never the same as 0. Labels come from :mod:`disclosure_rules._labels`; the canonical export
(:meth:`AnnualReport2021.tables`) is the interchange form other systems read.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from disclosure_rules._errors import InputError
from disclosure_rules._labels import (
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE3_COLUMNS,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    Table2Cell,
    Table3Row,
)
from disclosure_rules._limits import (
    AMOUNT_DECIMAL_PLACES,
    AMOUNT_MAX_DIGITS,
    MAX_AMOUNT,
    MAX_COUNT,
    MIN_CHANGE,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

_STRICT = ConfigDict(strict=True, frozen=True, extra="forbid", validate_default=True)

Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
"""A filled count cell (at most ``MAX_COUNT``, see ``_limits``)."""
Cell = Count | None
"""A count cell: a non-negative integer, or ``None`` when the published cell was left blank."""
# Amounts and percentages are bounded in digits and exponent ("1E+999999" is 12 bytes and a million digits).
BoundedDecimal = Annotated[
    Decimal,
    Field(
        ge=0,
        le=MAX_AMOUNT,
        max_digits=AMOUNT_MAX_DIGITS,
        decimal_places=AMOUNT_DECIMAL_PLACES,
        allow_inf_nan=False,
    ),
]
Amount10kYuan = BoundedDecimal
"""An amount in units of 10,000 yuan (万元), as table 二 reports 行政事业性收费."""
Percent = BoundedDecimal


class _Model(BaseModel):
    model_config = _STRICT


# --------------------------------------------------------------------------------------------------
# Agency
# --------------------------------------------------------------------------------------------------


class AgencyLevel(StrEnum):
    """The kind of body that publishes a report; it decides the publication deadline (第四十九条)."""

    STATE_COUNCIL_DEPARTMENT = "国务院部门"
    PROVINCIAL_GOVERNMENT = "省级政府"
    CITY_GOVERNMENT = "市级政府"
    COUNTY_GOVERNMENT = "县级政府"
    TOWNSHIP = "乡镇/街道"
    GOVERNMENT_DEPARTMENT = "政府部门"
    OTHER = "其他"


class Agency(_Model):
    """The body whose report it is."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    level: AgencyLevel
    # GB/T 2260 administrative division code (6 digits) or the 12-digit statistical division code.
    region_code: Annotated[str, Field(pattern=r"^\d{6}(\d{6})?$")] | None = None


class PublicationInfo(_Model):
    """Where and how the report is published: what the preamble of a report states."""

    website: str | None = None
    contact_office: str | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    published_on: date | None = None


# --------------------------------------------------------------------------------------------------
# Table 二 (section 二, proactive disclosure)
# --------------------------------------------------------------------------------------------------


class NormativeDocumentCounts(_Model):
    """2021 format, 第二十条第（一）项 rows: documents issued, repealed, in force."""

    issued: Cell = None
    repealed: Cell = None
    in_force: Cell = None


class DecisionCount(_Model):
    """2021 format, 第二十条第（五）（六）项 rows: decisions made in the year."""

    decisions: Cell = None


class FeeAmount(_Model):
    """2021 format, 第二十条第（八）项: administrative fees collected in the year, in 万元."""

    amount_10k_yuan: Amount10kYuan | None = None


class ProactiveDisclosureTable2021(_Model):
    """Table 二 of the 2021 format. Every figure is as of 31 December (30号)."""

    rules: NormativeDocumentCounts = NormativeDocumentCounts()
    normative_documents: NormativeDocumentCounts = NormativeDocumentCounts()
    administrative_licensing: DecisionCount = DecisionCount()
    administrative_penalty: DecisionCount = DecisionCount()
    administrative_coercion: DecisionCount = DecisionCount()
    administrative_fees: FeeAmount = FeeAmount()


class DocumentPublicationCounts2019(_Model):
    """2019 trial format, 第二十条第（一）项 rows."""

    newly_made: Cell = None
    newly_published: Cell = None
    total_published: Cell = None


class ItemCounts2019(_Model):
    """2019 trial format, 第二十条第（五）（六）（八）项 rows: items last year, change, decisions."""

    previous_year_items: Cell = None
    change: Annotated[int, Field(ge=MIN_CHANGE, le=MAX_COUNT)] | None = None  # 本年增/减, signed ("+4", "-2")
    decisions: Cell = None


class ProcurementCounts2019(_Model):
    """2019 trial format, 第二十条第（九）项: centralized procurement."""

    items: Cell = None
    # The trial format left the unit free ("251000元", "25.1万元"): kept as published.
    total_amount: str | None = None


class ProactiveDisclosureTable2019(_Model):
    """Table 二 of the 2019 trial format."""

    rules: DocumentPublicationCounts2019 = DocumentPublicationCounts2019()
    normative_documents: DocumentPublicationCounts2019 = DocumentPublicationCounts2019()
    administrative_licensing: ItemCounts2019 = ItemCounts2019()
    other_services: ItemCounts2019 = ItemCounts2019()
    administrative_penalty: ItemCounts2019 = ItemCounts2019()
    administrative_coercion: ItemCounts2019 = ItemCounts2019()
    administrative_fees: ItemCounts2019 = ItemCounts2019()
    centralized_procurement: ProcurementCounts2019 = ProcurementCounts2019()


Table2Value = int | Decimal | str | None
_TableT = TypeVar("_TableT", bound=BaseModel)


def table2_value(table: BaseModel, spec: Table2Cell) -> Table2Value:
    """The value of one table 二 cell of a table model (either format), by its spec from ``_labels``."""
    row = getattr(table, spec.field_path[0])
    value: Table2Value = getattr(row, spec.field_path[1])
    return value


def _table2_export(
    table: BaseModel, specs: tuple[Table2Cell, ...], mode: Literal["python", "json"]
) -> dict[str, Table2Value]:
    values = {spec.key: table2_value(table, spec) for spec in specs}
    if mode == "json":
        return {key: str(value) if isinstance(value, Decimal) else value for key, value in values.items()}
    return values


def _table2_build(model: type[_TableT], specs: tuple[Table2Cell, ...], values: Mapping[str, Any]) -> _TableT:
    unknown = set(values) - {spec.key for spec in specs}
    if unknown:
        raise InputError(f"table 二 has no cell {min(unknown)!r}", code="input.unknown_cell")
    rows: dict[str, dict[str, Any]] = {}
    for spec in specs:
        if spec.key in values:
            rows.setdefault(spec.field_path[0], {})[spec.field_path[1]] = values[spec.key]
    return model.model_validate(rows, strict=False)


# --------------------------------------------------------------------------------------------------
# Table 三 (section 三, requests)
# --------------------------------------------------------------------------------------------------

COLUMN_CODES: tuple[str, ...] = tuple(column.code for column in TABLE3_COLUMNS)


class ApplicantCounts(_Model):
    """One data row of table 三: the six applicant columns and 总计, in official order."""

    natural_person: Cell = None
    commercial_enterprise: Cell = None
    research_institution: Cell = None
    public_interest_organization: Cell = None
    legal_service_organization: Cell = None
    other_organization: Cell = None
    total: Cell = None

    def values(self) -> tuple[Cell, ...]:
        """The seven cells in official column order."""
        return tuple(getattr(self, code) for code in COLUMN_CODES)

    def get(self, column_code: str) -> Cell:
        """The cell of a column, by code (``natural_person`` … ``total``)."""
        if column_code not in COLUMN_CODES:
            raise KeyError(column_code)
        value: Cell = getattr(self, column_code)
        return value

    @classmethod
    def from_values(cls, values: Sequence[Cell]) -> ApplicantCounts:
        """Build a row from seven cells in official column order."""
        if len(values) != len(COLUMN_CODES):
            raise InputError(
                f"a table 三 row has {len(COLUMN_CODES)} columns, got {len(values)}", code="input.row_length"
            )
        return cls.model_validate(dict(zip(COLUMN_CODES, values, strict=True)))

    @classmethod
    def zeros(cls) -> ApplicantCounts:
        """A row filled with 0 in every column."""
        return cls.from_values([0] * len(COLUMN_CODES))


class _Table3Base(_Model):
    """Shared behaviour of the two table 三 layouts."""

    @classmethod
    def row_specs(cls) -> tuple[Table3Row, ...]:
        """The official data rows of this layout, in order."""
        raise NotImplementedError

    def row(self, code: str) -> ApplicantCounts:
        """A data row by its code (see :mod:`disclosure_rules._labels`)."""
        if code not in type(self).model_fields:
            raise KeyError(code)
        counts: ApplicantCounts = getattr(self, code)
        return counts

    def iter_rows(self) -> Iterator[tuple[Table3Row, ApplicantCounts]]:
        """Each official row spec with its counts, in official order."""
        for spec in self.row_specs():
            yield spec, self.row(spec.code)

    def matrix(self) -> list[list[Cell]]:
        """The table as rows × 7 columns in official order (the canonical export)."""
        return [list(counts.values()) for _, counts in self.iter_rows()]

    @classmethod
    def from_matrix(cls, matrix: Sequence[Sequence[Cell]]) -> Self:
        """Build the table from rows × 7 cells in official order."""
        specs = cls.row_specs()
        if len(matrix) != len(specs):
            raise InputError(
                f"table 三 of this format has {len(specs)} data rows, got {len(matrix)}",
                code="input.row_count",
            )
        return cls.model_validate(
            {spec.code: ApplicantCounts.from_values(row) for spec, row in zip(specs, matrix, strict=True)}
        )

    @classmethod
    def zeros(cls) -> Self:
        """A table with 0 in every cell (a report of an agency that received no request)."""
        return cls.model_validate({spec.code: ApplicantCounts.zeros() for spec in cls.row_specs()})


class _SharedRequestRows(_Table3Base):
    """The rows both layouts share, 一、本年新收 to （五）5, in official order (pydantic keeps base fields first)."""

    new_received: ApplicantCounts = ApplicantCounts()
    carried_over: ApplicantCounts = ApplicantCounts()
    granted: ApplicantCounts = ApplicantCounts()
    partially_granted: ApplicantCounts = ApplicantCounts()
    withheld_state_secret: ApplicantCounts = ApplicantCounts()
    withheld_prohibited_by_law: ApplicantCounts = ApplicantCounts()
    withheld_security_stability: ApplicantCounts = ApplicantCounts()
    withheld_third_party_rights: ApplicantCounts = ApplicantCounts()
    withheld_internal_affairs: ApplicantCounts = ApplicantCounts()
    withheld_process_information: ApplicantCounts = ApplicantCounts()
    withheld_enforcement_case_file: ApplicantCounts = ApplicantCounts()
    withheld_administrative_inquiry: ApplicantCounts = ApplicantCounts()
    unavailable_not_held: ApplicantCounts = ApplicantCounts()
    unavailable_needs_creation: ApplicantCounts = ApplicantCounts()
    unavailable_unclear_after_correction: ApplicantCounts = ApplicantCounts()
    not_processed_petition: ApplicantCounts = ApplicantCounts()
    not_processed_repeated: ApplicantCounts = ApplicantCounts()
    not_processed_publication: ApplicantCounts = ApplicantCounts()
    not_processed_excessive: ApplicantCounts = ApplicantCounts()
    not_processed_confirm_or_reissue: ApplicantCounts = ApplicantCounts()


class RequestsTable2021(_SharedRequestRows):
    """Table 三 of the 2021 format: 25 data rows × 7 columns, no derived rows stored."""

    other_no_correction: ApplicantCounts = ApplicantCounts()
    other_fee_unpaid: ApplicantCounts = ApplicantCounts()
    other_other: ApplicantCounts = ApplicantCounts()
    total: ApplicantCounts = ApplicantCounts()
    carried_forward: ApplicantCounts = ApplicantCounts()

    @classmethod
    def row_specs(cls) -> tuple[Table3Row, ...]:
        """The 25 official data rows of the 2021 format."""
        return TABLE3_ROWS_2021


class RequestsTable2019(_SharedRequestRows):
    """Table 三 of the 2019 trial format: 23 data rows (a single （六）其他处理 row) × 7 columns."""

    other_handling: ApplicantCounts = ApplicantCounts()
    total: ApplicantCounts = ApplicantCounts()
    carried_forward: ApplicantCounts = ApplicantCounts()

    @classmethod
    def row_specs(cls) -> tuple[Table3Row, ...]:
        """The 23 official data rows of the 2019 trial format."""
        return TABLE3_ROWS_2019


# --------------------------------------------------------------------------------------------------
# Table 四 (section 四, administrative review and litigation)
# --------------------------------------------------------------------------------------------------

TABLE4_RESULT_CODES: tuple[str, ...] = tuple(code for code, _ in TABLE4_RESULT_COLUMNS)
TABLE4_GROUP_CODES: tuple[str, ...] = tuple(group.code for group in TABLE4_GROUPS)


class CaseResults(_Model):
    """Five cells of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计."""

    upheld: Cell = None
    corrected: Cell = None
    other: Cell = None
    pending: Cell = None
    total: Cell = None

    def values(self) -> tuple[Cell, ...]:
        """The five cells in official order."""
        return tuple(getattr(self, code) for code in TABLE4_RESULT_CODES)


class ReviewLitigationTable(_Model):
    """Table 四 (same in the 2019 and 2021 formats): 15 numbers in three groups of five."""

    administrative_review: CaseResults = CaseResults()
    litigation_without_review: CaseResults = CaseResults()
    litigation_after_review: CaseResults = CaseResults()

    def values(self) -> list[Cell]:
        """The 15 numbers in official order (the canonical export)."""
        return [cell for code in TABLE4_GROUP_CODES for cell in getattr(self, code).values()]

    @classmethod
    def from_values(cls, values: Sequence[Cell]) -> ReviewLitigationTable:
        """Build the table from its 15 numbers in official order."""
        width = len(TABLE4_RESULT_CODES)
        if len(values) != width * len(TABLE4_GROUP_CODES):
            raise InputError(f"table 四 has 15 numbers, got {len(values)}", code="input.row_length")
        groups = {
            code: dict(zip(TABLE4_RESULT_CODES, values[i * width : (i + 1) * width], strict=True))
            for i, code in enumerate(TABLE4_GROUP_CODES)
        }
        return cls.model_validate(groups)

    @classmethod
    def zeros(cls) -> ReviewLitigationTable:
        """A table with 0 in every cell."""
        return cls.from_values([0] * (len(TABLE4_RESULT_CODES) * len(TABLE4_GROUP_CODES)))


# --------------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------------


class Overview(_Model):
    """Section 一 总体情况: free text, optionally under the five usual sub-headings."""

    text: str = ""
    proactive_disclosure: str | None = None
    requests: str | None = None
    information_management: str | None = None
    platforms: str | None = None
    supervision: str | None = None

    def full_text(self) -> str:
        """All the section's text, in order, for length checks and text searches."""
        parts = [
            self.text,
            self.proactive_disclosure,
            self.requests,
            self.information_management,
            self.platforms,
            self.supervision,
        ]
        return "\n".join(part for part in parts if part)


CanonicalTables = dict[str, Any]
"""The canonical export: ``{"format", "table2": {key: value}, "table3": rows × 7, "table4": 15 numbers}``."""

Year = Annotated[int, Field(ge=2008, le=2100)]


class _StandardReport(_Model):
    agency: Agency
    year: Year
    title: str | None = None  # default: 「<agency>YYYY年政府信息公开工作年度报告」
    preamble: str | None = None  # default text is generated by the renderer from ``publication``
    publication: PublicationInfo = PublicationInfo()
    overview: Overview = Overview()
    problems_and_improvements: str = ""  # section 五
    other_matters: str = ""  # section 六

    @property
    def display_title(self) -> str:
        """The report's title as published."""
        return self.title or f"{self.agency.name}{self.year}年政府信息公开工作年度报告"


class AnnualReport2021(_StandardReport):
    """The annual report in the national format of 国办公开办函〔2021〕30号 (reports for 2021 onward)."""

    report_format: Literal["2021"] = "2021"
    proactive_disclosure: ProactiveDisclosureTable2021 = ProactiveDisclosureTable2021()
    requests: RequestsTable2021 = RequestsTable2021()
    review_litigation: ReviewLitigationTable = ReviewLitigationTable()

    def tables(self, mode: Literal["python", "json"] = "python") -> CanonicalTables:
        """The canonical export: table 二 as a mapping, table 三 as 25 × 7, table 四 as 15 numbers.

        ``mode="json"`` gives only JSON types (the 万元 amount as a decimal string), ready for ``json.dumps``.
        """
        return {
            "format": self.report_format,
            "table2": _table2_export(self.proactive_disclosure, TABLE2_CELLS_2021, mode),
            "table3": self.requests.matrix(),
            "table4": self.review_litigation.values(),
        }

    @staticmethod
    def table2_from_mapping(values: Mapping[str, Any]) -> ProactiveDisclosureTable2021:
        """Build table 二 from its canonical mapping (``"规章.本年制发件数"`` → value)."""
        return _table2_build(ProactiveDisclosureTable2021, TABLE2_CELLS_2021, values)


class AnnualReport2019(_StandardReport):
    """The annual report in the trial format of 国办公开办函〔2019〕60号 (reports for 2019 and 2020)."""

    report_format: Literal["2019"] = "2019"
    proactive_disclosure: ProactiveDisclosureTable2019 = ProactiveDisclosureTable2019()
    requests: RequestsTable2019 = RequestsTable2019()
    review_litigation: ReviewLitigationTable = ReviewLitigationTable()

    def tables(self, mode: Literal["python", "json"] = "python") -> CanonicalTables:
        """The canonical export: table 二 as a mapping, table 三 as 23 × 7, table 四 as 15 numbers.

        ``mode="json"`` gives only JSON types, ready for ``json.dumps``.
        """
        return {
            "format": self.report_format,
            "table2": _table2_export(self.proactive_disclosure, TABLE2_CELLS_2019, mode),
            "table3": self.requests.matrix(),
            "table4": self.review_litigation.values(),
        }

    @staticmethod
    def table2_from_mapping(values: Mapping[str, Any]) -> ProactiveDisclosureTable2019:
        """Build table 二 from its canonical mapping (``"行政许可.本年增/减"`` → value)."""
        return _table2_build(ProactiveDisclosureTable2019, TABLE2_CELLS_2019, values)


# --------------------------------------------------------------------------------------------------
# Legacy narrative report (2008-2020)
# --------------------------------------------------------------------------------------------------


class StatisticsPeriod(_Model):
    """The period a report's statistics cover (both ends included)."""

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"statistics period ends ({self.end}) before it starts ({self.start})")
        return self


class NarrativeSection(_Model):
    """A free-text section of a narrative report, with optional numbered subsections."""

    heading: str
    text: str = ""
    subsections: tuple[NarrativeSection, ...] = ()


class LegacyFigure(_Model):
    """A count as a report states it, with the share published next to it (e.g. 15 条, 94%)."""

    label: str
    count: Count
    # The share as printed, in percent, with the printed precision (Decimal("94"), Decimal("93.8")).
    share_percent: Percent | None = None
    # The words naming what the share is "of" (全部公开信息), when the report says.
    share_of: str | None = None


class LegacyBreakdown(_Model):
    """Counts of proactively disclosed items split by category or by channel."""

    name: str  # e.g. 公开的内容 (按与群众密切关系角度划分)
    basis: str | None = None  # the grouping the report names
    # The total the shares and counts refer to; None means the report's ``proactive_total``.
    total: Count | None = None
    # Categories partition the items (their counts must add up); channels overlap (an item may be
    # published on the website and at a reading point), so their counts need not.
    exhaustive: bool = True
    figures: tuple[LegacyFigure, ...] = ()


class TimelinessFigure(_Model):
    """How many items reached a channel within a time limit (e.g. 16 within 20 working days, 100%)."""

    label: str
    limit_working_days: Annotated[int, Field(gt=0, le=MAX_COUNT)]
    # Where the limit comes from: 第十八条 of the 2007 regulation for publication; local rules otherwise.
    limit_source: str | None = None
    count: Count
    share_percent: Percent | None = None
    share_of: str | None = None
    total: Count | None = None  # the base the share refers to; None: the report's proactive_total


class LegacyFigures(_Model):
    """The figures narrative reports state. ``None`` means the report does not state that figure."""

    proactive_total: Count | None = None
    by_category: LegacyBreakdown | None = None
    by_channel: LegacyBreakdown | None = None
    website_visits: Count | None = None
    reading_points: Count | None = None
    reading_point_items: Count | None = None
    timeliness: tuple[TimelinessFigure, ...] = ()
    requests_received: Count | None = None
    requests_answered: Count | None = None
    requests_granted: Count | None = None
    requests_partially_granted: Count | None = None
    requests_refused: Count | None = None
    fees_charged_yuan: BoundedDecimal | None = None
    fees_waived_yuan: BoundedDecimal | None = None
    administrative_reviews: Count | None = None
    lawsuits: Count | None = None
    complaints: Count | None = None
    training_sessions: Count | None = None
    trainees: Count | None = None

    def base_for(self, stated_total: int | None) -> int | None:
        """The total a breakdown's or timeliness figure's shares refer to: its own, else ``proactive_total``."""
        return stated_total if stated_total is not None else self.proactive_total


class LegacyReport(_Model):
    """A narrative annual report under the 2007 regulation (2008-2020), like the seed's township report."""

    report_format: Literal["legacy"] = "legacy"
    agency: Agency
    year: Year
    title: str
    statistics_period: StatisticsPeriod
    preamble: str = ""  # the opening paragraphs before section 一
    sections: tuple[NarrativeSection, ...] = ()
    closing: str = ""  # the closing paragraph after the last section
    figures: LegacyFigures = LegacyFigures()
    signature: str | None = None
    signed_on: date | None = None
    source: str | None = None  # where the report was published (URL), for transcribed reports

    @property
    def display_title(self) -> str:
        """The report's title as published."""
        return self.title


Report = Annotated[AnnualReport2021 | AnnualReport2019 | LegacyReport, Field(discriminator="report_format")]
"""Any report model, told apart by its ``report_format`` field ("2021", "2019", "legacy")."""

AnyReport = AnnualReport2021 | AnnualReport2019 | LegacyReport
StandardReport = AnnualReport2021 | AnnualReport2019

_REPORT_ADAPTER: TypeAdapter[AnyReport] = TypeAdapter(Report)


def _describe_validation_error(error: ValidationError, source: str) -> str:
    first = error.errors()[0]
    if first["type"] == "json_invalid":
        return f"{source}: not valid JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    parts = [str(part) for part in first["loc"]]
    if parts and parts[0] in {"2021", "2019", "legacy"}:
        parts = parts[1:]  # the union's tag, not a field the user wrote
    location = ".".join(parts) or "(top level)"
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{source}: field {location}: {first['msg']}{tail}"


def report_from_json(text: str | bytes, *, source: str = "<input>") -> AnyReport:
    """Parse a report from its JSON form; any problem is an ``InputError`` naming the field path.

    ``report_format`` picks the model. ``source`` (a file name) prefixes the message.
    """
    try:
        report = _REPORT_ADAPTER.validate_json(text)
    except ValidationError as exc:
        raise InputError(_describe_validation_error(exc, source), code="input.invalid_report") from None
    _refuse_duplicate_keys(text, source)
    return report


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return mapping


def _refuse_duplicate_keys(text: str | bytes, source: str) -> None:
    """A key given twice in one object: JSON parsers keep the last one, so a figure would be silently lost."""
    try:
        json.loads(text, object_pairs_hook=_unique_object)
    except _DuplicateKeyError as exc:
        raise InputError(
            f"{source}: key {exc.key!r} appears twice in one object (which value is meant?)",
            code="input.duplicate_key",
        ) from None


def report_to_json(report: AnyReport, *, indent: int | None = 2) -> str:
    """Serialise a report to JSON (lossless: ``report_from_json`` gives back an equal report)."""
    return report.model_dump_json(indent=indent) + ("\n" if indent is not None else "")


def report_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of a model, as the ``schema`` subcommand prints it."""
    return model.model_json_schema(mode="validation")
