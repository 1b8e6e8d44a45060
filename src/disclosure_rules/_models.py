"""Typed models of the annual report: the 2021 national format, the 2019 trial format, the legacy report.

The legacy report is the narrative report of 2008-2020. All models are frozen pydantic v2 models with strict types and no unknown fields. A table cell is a
non-negative integer or ``None``: ``None`` means *not filled* (a blank, "—" or "/" as published), which is
never the same as 0. Labels come from :mod:`disclosure_rules._labels`; the canonical export
(:meth:`AnnualReport2021.tables`) is the interchange form other systems read.
"""

from __future__ import annotations

import functools
import typing
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from disclosure_rules._api_guard import public_class
from disclosure_rules._day import Day
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
    report_field_label,
)
from disclosure_rules._limits import (
    AMOUNT_DECIMAL_PLACES,
    AMOUNT_MAX_DIGITS,
    MAX_AMOUNT,
    MAX_COUNT,
    MIN_CHANGE,
)
from disclosure_rules._parsing import ParseError, first_error, load_json, validation_summary_zh
from disclosure_rules._sources import FIRST_REPORT_YEAR, LAST_REPORT_YEAR, default_report_title
from disclosure_rules._text import label_key, normalise_label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

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
Amount10kYuan = Annotated[
    BoundedDecimal,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d+(\.\d+)?$",
            "description": '万元, as a decimal string ("12.56"): exact, the same in every JSON the library writes',
        }
    ),
]
"""An amount in units of 10,000 yuan (万元), as table 二 reports 行政事业性收费.

In JSON it is one type everywhere: a decimal string (``"12.56"``) in the report's JSON, in ``tables("json")``,
in ``check --format json`` and in the JSON Schema. Python callers get a ``Decimal``; a number is accepted on
input. Bounded in digits and exponent like every amount (see ``_limits``).
"""
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

    @classmethod
    def parse(cls, text: str) -> AgencyLevel | None:
        """The level ``text`` names, or ``None``.

        Accepted: the Chinese value (县级政府), a common Chinese name (县人民政府, 街道办事处) or the English name
        (``county_government``).
        """
        return _LEVEL_BY_WORD.get(normalise_label(text))

    @staticmethod
    def ambiguity(text: str) -> str | None:
        """Why ``text`` names no single level (``市人民政府``: a 设区的市 or a 县级市), or ``None``."""
        return AMBIGUOUS_LEVEL_WORDS.get(normalise_label(text))


# Other names staff type for a level (the value and the English name are accepted as well).
_LEVEL_ALIASES: Final = {
    AgencyLevel.STATE_COUNCIL_DEPARTMENT: ("国务院各部门", "国务院部委"),
    AgencyLevel.PROVINCIAL_GOVERNMENT: (
        "省政府",
        "省级人民政府",
        "省人民政府",
        "省",
        "自治区人民政府",
        "自治区政府",
        "直辖市人民政府",
    ),
    AgencyLevel.CITY_GOVERNMENT: (
        "市级人民政府",
        "设区的市级人民政府",
        "设区的市人民政府",
        "地级市人民政府",
        "地级市政府",
        "自治州人民政府",
    ),
    # A 市辖区 and a 县级市 are county-level governments (so are a 自治县 and a 旗).
    AgencyLevel.COUNTY_GOVERNMENT: (
        "县政府",
        "县级人民政府",
        "县人民政府",
        "区人民政府",
        "区政府",
        "县级市人民政府",
        "县级市政府",
        "自治县人民政府",
        "旗人民政府",
        "县",
    ),
    AgencyLevel.TOWNSHIP: (
        "乡镇",
        "街道",
        "乡镇人民政府",
        "乡镇政府",
        "镇人民政府",
        "镇政府",
        "乡人民政府",
        "乡政府",
        "街道办事处",
        "街道办",
        "乡镇街道",
        "镇",
        "乡",
    ),
    AgencyLevel.GOVERNMENT_DEPARTMENT: ("部门", "县级以上人民政府部门"),
    AgencyLevel.OTHER: (),
}
# Words that name two levels in law, so a deadline read from either could be wrong: the 397 县级市 are
# county-level governments (第四十九条: their chain of reports closes by 20 February), a 设区的市 is a city-level
# one (10 March). Such a word is refused with what to write instead, never guessed.
_CITY_OR_COUNTY: Final = "可能是设区的市，也可能是县级市：设区的市请写“设区的市级人民政府”（市级政府），县级市请写“县级市人民政府”（县级政府）"
AMBIGUOUS_LEVEL_WORDS: Final = {
    normalise_label(word): _CITY_OR_COUNTY for word in ("市", "市政府", "市人民政府")
}
_LEVEL_BY_WORD: Final = {
    normalise_label(word): level
    for level, aliases in _LEVEL_ALIASES.items()
    for word in (level.value, level.name, *aliases)
}


def _level_from_text(value: object) -> object:
    if isinstance(value, str) and not isinstance(value, AgencyLevel):
        if (why := AgencyLevel.ambiguity(value)) is not None:
            raise ValueError(f"“{value}”{why}")
        return AgencyLevel.parse(value) or value
    return value


class Agency(_Model):
    """The body whose report it is."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    level: Annotated[AgencyLevel, BeforeValidator(_level_from_text)]
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
    published_on: Day | None = None


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


Change2019 = Annotated[int, Field(ge=MIN_CHANGE, le=MAX_COUNT)] | None
"""本年增/减 of the 2019 trial format: signed ("+4", "-2")."""


class ItemCounts2019(_Model):
    """2019 trial format, 第二十条第（五）（六）项 rows: items last year, change, decisions."""

    previous_year_items: Cell = None
    change: Change2019 = None
    decisions: Cell = None


class FeeItemCounts2019(_Model):
    """2019 trial format, 第二十条第（八）项 row (行政事业性收费): items last year and change, no decisions column.

    Versions before this one gave the row a ``decisions`` field that no cell of the format holds; a JSON file they
    wrote carries ``"decisions": null`` there, which is still read (and dropped). A figure in it is refused.
    """

    previous_year_items: Cell = None
    change: Change2019 = None

    @model_validator(mode="before")
    @classmethod
    def _drop_the_old_blank_decisions(cls, data: object) -> object:
        if isinstance(data, dict) and "decisions" in data and data["decisions"] is None:
            return {key: value for key, value in data.items() if key != "decisions"}
        return data


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
    administrative_fees: FeeItemCounts2019 = FeeItemCounts2019()
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


@functools.cache  # two tables of cells exist (one per format)
def _table2_names(specs: tuple[Table2Cell, ...]) -> tuple[dict[str, Table2Cell], dict[str, Table2Cell]]:
    """The cells by normalised name, and by each name as written (what its normalised form finds), built once.

    A cell is named by its canonical key (行政事业性收费.本年收费金额(万元)) or by its official row and column
    labels verbatim (行政事业性收费.本年收费金额（单位：万元）); both are compared in the normalised label form. The
    names as written answer a caller that uses them (the auditor gives every key) without normalising each again:
    ``label_key``'s cache is cleared between pages in the bench, as a long-running process's would turn over.
    """
    named = [(name, spec) for spec in specs for name in (spec.key, f"{spec.row_label}.{spec.column_label}")]
    by_name = {label_key(name): spec for name, spec in named}
    as_written = {name: by_name[label_key(name)] for name, _ in named}
    return by_name, as_written


def _table2_build(model: type[_TableT], specs: tuple[Table2Cell, ...], values: Mapping[str, Any]) -> _TableT:
    by_name, as_written = _table2_names(specs)
    rows: dict[str, dict[str, Any]] = {}
    given: dict[str, str] = {}
    for name, value in values.items():
        cell = as_written.get(name) or by_name.get(label_key(name))
        if cell is None:
            raise InputError(
                f"table 二 has no cell {name!r}",
                code="input.unknown_cell",
                message_zh=f"表二没有单元格“{name}”（应写作“行.列”，如“规章.本年制发件数”）",
            )
        if cell.key in given:
            raise InputError(
                f"table 二 cell {cell.key!r} is given twice ({given[cell.key]!r} and {name!r})",
                code="input.duplicate_cell",
                message_zh=f"表二单元格“{cell.key}”填了两次（“{given[cell.key]}”和“{name}”）",
            )
        given[cell.key] = name
        rows.setdefault(cell.field_path[0], {})[cell.field_path[1]] = value
    return model.model_validate(rows, strict=False)


# --------------------------------------------------------------------------------------------------
# Table 三 (section 三, requests)
# --------------------------------------------------------------------------------------------------

COLUMN_CODES: tuple[str, ...] = tuple(column.code for column in TABLE3_COLUMNS)
# The row codes of table 三 by format, in official order (``CanonicalTables.table3_cell``'s row index).
_TABLE3_ROW_CODES: Final = {
    report_format: tuple(row.code for row in rows)
    for report_format, rows in (("2021", TABLE3_ROWS_2021), ("2019", TABLE3_ROWS_2019))
}


# The seven cells of a table 三 row in official column order, as one getter (``ApplicantCounts.values``).
_ROW_CELLS: Final = attrgetter(*COLUMN_CODES)


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
        # one C call, not a generator (validate reads each row often)
        cells: tuple[Cell, ...] = _ROW_CELLS(self)
        return cells

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
                f"a table 三 row has {len(COLUMN_CODES)} columns, got {len(values)}",
                code="input.row_length",
                message_zh=f"表三每行应有{len(COLUMN_CODES)}列，实有{len(values)}列",
            )
        return cls.model_validate(dict(zip(COLUMN_CODES, values, strict=True)))

    @classmethod
    def zeros(cls) -> ApplicantCounts:
        """A row filled with 0 in every column."""
        return cls.from_values([0] * len(COLUMN_CODES))


@functools.cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    """A model class's field names, looked up once (``model_fields`` builds its answer through a descriptor)."""
    return frozenset(model.model_fields)


class _Table3Base(_Model):
    """Shared behaviour of the two table 三 layouts."""

    @classmethod
    def row_specs(cls) -> tuple[Table3Row, ...]:
        """The official data rows of this layout, in order."""
        raise NotImplementedError

    def row(self, code: str) -> ApplicantCounts:
        """A data row by its code (see :mod:`disclosure_rules._labels`)."""
        if code not in _field_names(type(self)):
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
                message_zh=f"此格式的表三应有{len(specs)}行数据，实有{len(matrix)}行",
            )
        if all(len(row) == len(COLUMN_CODES) for row in matrix):
            # every row as the dict its model is validated from, in one call: a model per row built first and then
            # checked again by the table's costs a second pass (0.06 → 0.03 ms); a refused cell is reported row by
            # row below, as before (tests/audit/test_audit_speed10.py compares the two)
            try:
                return cls.model_validate(
                    {
                        spec.code: dict(zip(COLUMN_CODES, row, strict=True))
                        for spec, row in zip(specs, matrix, strict=True)
                    }
                )
            except ValidationError:
                pass
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
            raise InputError(
                f"table 四 has 15 numbers, got {len(values)}",
                code="input.row_length",
                message_zh=f"表四应有15个数，实有{len(values)}个",
            )
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


@public_class
class CanonicalTables(dict[str, Any]):
    """The canonical export: ``{"format", "table2": {key: value}, "table3": rows × 7, "table4": 15 numbers}``.

    A plain ``dict`` for ``json.dumps`` and positional use (``tables["table3"][23][6]``), with named, typed
    access: ``tables.table3_cell("granted", "natural_person")``, ``tables.table4_cell("administrative_review",
    "corrected")``, ``tables.table2_cell("规章.本年制发件数")``. Row, column and group codes are those of
    ``_labels`` (the report's format decides the rows of table 三).
    """

    @property
    def report_format(self) -> Literal["2021", "2019"]:
        """The format the tables are in."""
        value: Literal["2021", "2019"] = self["format"]
        return value

    def table2_cell(self, key: str) -> int | Decimal | str | None:
        """A table 二 cell by its canonical key (``"规章.本年制发件数"``); ``KeyError`` names unknown keys."""
        table2: dict[str, int | Decimal | str | None] = self["table2"]
        if key not in table2:
            raise KeyError(f"table 二 of the {self.report_format} format has no cell {key!r}")
        return table2[key]

    def table3_cell(self, row: str, column: str = "total") -> int | None:
        """A table 三 cell by row code (``granted``, ``new_received`` …) and column code (``natural_person`` …)."""
        row_codes = _TABLE3_ROW_CODES[self.report_format]
        if row not in row_codes:
            raise KeyError(f"table 三 of the {self.report_format} format has no row {row!r}")
        if column not in COLUMN_CODES:
            raise KeyError(f"table 三 has no column {column!r} (columns: {', '.join(COLUMN_CODES)})")
        value: int | None = self["table3"][row_codes.index(row)][COLUMN_CODES.index(column)]
        return value

    def table4_cell(self, group: str, result: str = "total") -> int | None:
        """A table 四 cell by group (``administrative_review`` …) and result (``upheld`` … ``total``)."""
        if group not in TABLE4_GROUP_CODES or result not in TABLE4_RESULT_CODES:
            raise KeyError(f"table 四 has no cell {group!r}/{result!r}")
        row_start = TABLE4_GROUP_CODES.index(group) * len(TABLE4_RESULT_CODES)
        position = row_start + TABLE4_RESULT_CODES.index(result)
        value: int | None = self["table4"][position]
        return value


Year = Annotated[int, Field(ge=FIRST_REPORT_YEAR, le=LAST_REPORT_YEAR)]


class _StandardReport(_Model):
    agency: Agency
    year: Year
    title: str | None = None  # default: ``default_report_title`` (「<agency>YYYY年政府信息公开工作年度报告」)
    preamble: str | None = None  # default text is generated by the renderer from ``publication``
    publication: PublicationInfo = PublicationInfo()
    overview: Overview = Overview()
    problems_and_improvements: str = ""  # section 五
    other_matters: str = ""  # section 六

    @property
    def display_title(self) -> str:
        """The report's title as published."""
        return self.title or default_report_title(self.agency.name, self.year)


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
        return CanonicalTables(
            format=self.report_format,
            table2=_table2_export(self.proactive_disclosure, TABLE2_CELLS_2021, mode),
            table3=self.requests.matrix(),
            table4=self.review_litigation.values(),
        )

    @staticmethod
    def table2_from_mapping(values: Mapping[str, Any]) -> ProactiveDisclosureTable2021:
        """Build table 二 from a mapping of ``"row.column"`` to value.

        A cell is named by its canonical key (``"规章.本年制发件数"``) or by the official labels verbatim
        (``"行政事业性收费.本年收费金额（单位：万元）"``).
        """
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
        return CanonicalTables(
            format=self.report_format,
            table2=_table2_export(self.proactive_disclosure, TABLE2_CELLS_2019, mode),
            table3=self.requests.matrix(),
            table4=self.review_litigation.values(),
        )

    @staticmethod
    def table2_from_mapping(values: Mapping[str, Any]) -> ProactiveDisclosureTable2019:
        """Build table 二 from its canonical mapping (``"行政许可.本年增/减"`` → value)."""
        return _table2_build(ProactiveDisclosureTable2019, TABLE2_CELLS_2019, values)


# --------------------------------------------------------------------------------------------------
# Legacy narrative report (2008-2020)
# --------------------------------------------------------------------------------------------------


class StatisticsPeriod(_Model):
    """The period a report's statistics cover (both ends included)."""

    start: Day
    end: Day

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
    signed_on: Day | None = None
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


_REPORT_TAGS: Final = frozenset({"2021", "2019", "legacy"})


def _report_label(loc: tuple[str | int, ...]) -> str | None:
    """The label of a report field by pydantic's location in the report union (its first part the format)."""
    match loc:
        case ("2021" | "2019" | "legacy" as report_format, *path):
            return report_field_label(tuple(path), report_format)
        case _:
            return None


def _describe_validation_error(error: ValidationError, source: str) -> str:
    first = error.errors()[0]
    if first["type"] == "json_invalid":
        return f"{source}: not valid JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    # The union's tag is not a field the user wrote.
    location, message = first_error(error, skip=_REPORT_TAGS)
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{source}: field {location or '(top level)'}: {message}{tail}"


def report_from_json(text: str | bytes, *, source: str = "<input>") -> AnyReport:
    """Parse a report from its JSON form; any problem is an ``InputError`` naming the field path.

    ``report_format`` picks the model. ``source`` (a file name) prefixes the message. The text is parsed once
    (by the model's own JSON validator); a key given twice in one object is ``input.duplicate_key``.
    """
    try:
        report = _REPORT_ADAPTER.validate_json(text)
    except ValidationError as exc:
        raise InputError(
            _describe_validation_error(exc, source),
            code="input.invalid_report",
            message_zh=f"{source}：{validation_summary_zh(exc, skip=_REPORT_TAGS, labels=_report_label)}",
        ) from None
    if not _keys_all_distinct(text, report):
        _refuse_duplicate_keys(text, source)
    return report


def _keys_all_distinct(text: str | bytes, report: BaseModel) -> bool:
    """True when the text certainly has no key twice in one object, told without parsing it again.

    Every key of the text is followed by exactly one colon (whatever the whitespace), and only a string can hold
    more (a ``://`` is always inside a string: no value starts with ``/``). So the text's colons, less its
    ``://``, are at least its keys; the model records the distinct keys it was given (``model_fields_set``,
    summed over its nested models). When the two are equal, the keys are all distinct. Otherwise (a colon in a
    string, a mapping field, a repeated key) the full check parses the text again and decides.
    """
    raw = text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else text
    # Byte counts (memchr-fast) rather than counts in a Chinese str, several times slower.
    colons, keys = raw.count(b":"), _keys_given(report)
    return colons == keys or colons - raw.count(b"://") == keys


_FIELDS_SET: Final = attrgetter("__pydantic_fields_set__")


def _keys_given(model: BaseModel) -> int:
    """The keys a model was validated from, over its nested models; -1 (never a count) if it holds a mapping."""
    every_nested = _fixed_nesting(type(model))
    if every_nested is not None:  # a report of the 2021 or 2019 format: every nested model fetched at once
        return len(model.__pydantic_fields_set__) + sum(map(len, map(_FIELDS_SET, every_nested(model))))
    return _keys_walked(model)


def _keys_walked(model: BaseModel) -> int:
    """:func:`_keys_given`, field by field: models in tuples, optional models, mappings (which answer -1)."""
    leaves, others = _key_plan(type(model))
    count = len(model.__pydantic_fields_set__)
    if leaves is not None:  # rows of a table: models of plain values, counted without a Python loop
        count += sum(map(len, map(_FIELDS_SET, leaves(model))))
    values = model.__dict__
    for name in others:
        value = values[name]
        for item in value if type(value) is tuple or type(value) is list else (value,):
            if isinstance(item, BaseModel):
                nested = _keys_given(item)
                if nested < 0:
                    return -1
                count += nested
            elif isinstance(item, dict):
                return -1
    return count


@functools.cache
def _key_plan(
    model: type[BaseModel],
) -> tuple[Callable[[BaseModel], tuple[BaseModel, ...]] | None, tuple[str, ...]]:
    """A model's nested fields: a getter for those that always hold a model of plain values, and the others."""
    nested = _nested_fields(model)
    leaves = tuple(name for name in nested if _is_leaf_model(model.model_fields[name].annotation))
    others = tuple(name for name in nested if name not in leaves)
    if not leaves:
        return None, others
    if len(leaves) == 1:
        return (lambda item: (getattr(item, leaves[0]),)), others
    getter: Callable[[BaseModel], tuple[BaseModel, ...]] = attrgetter(*leaves)
    return getter, others


@functools.cache
def _fixed_nesting(model: type[BaseModel]) -> Callable[[BaseModel], tuple[BaseModel, ...]] | None:
    """A getter of every model nested in ``model`` at any depth, when each nested field holds exactly one model.

    ``None`` when a nested field may be empty, hold several models or a mapping (the legacy report's sections and
    figures), or when fewer than two models are nested: :func:`_keys_given` then walks the fields one by one.
    """
    paths = _fixed_paths(model)
    if paths is None or len(paths) < 2:  # noqa: PLR2004 - attrgetter of one path gives no tuple
        return None
    getter: Callable[[BaseModel], tuple[BaseModel, ...]] = attrgetter(*paths)
    return getter


def _fixed_paths(model: type[BaseModel]) -> tuple[str, ...] | None:
    paths: list[str] = []
    for name in _nested_fields(model):
        annotation = model.model_fields[name].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        inner = _fixed_paths(annotation)
        if inner is None:
            return None
        paths += (name, *(f"{name}.{path}" for path in inner))
    return tuple(paths)


def _is_leaf_model(annotation: Any) -> bool:  # noqa: ANN401 - any type annotation
    return (
        isinstance(annotation, type) and issubclass(annotation, BaseModel) and not _nested_fields(annotation)
    )


@functools.cache
def _nested_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model that can hold models or mappings (the others hold plain values)."""
    return tuple(name for name, info in model.model_fields.items() if _may_nest(info.annotation))


def _may_nest(annotation: Any) -> bool:  # noqa: ANN401 - any type annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | dict):
        return True
    if typing.get_origin(annotation) is dict:
        return True
    return any(_may_nest(argument) for argument in typing.get_args(annotation))


def _refuse_duplicate_keys(text: str | bytes, source: str) -> None:
    """A key given twice in one object: JSON parsers keep the last one, so a figure would be silently lost."""
    try:
        load_json(text)
    except ParseError as exc:
        raise InputError(
            f"{source}: {exc} (which value is meant?)",
            code="input.duplicate_key",
            message_zh=f"{source}：{exc.message_zh}",
        ) from None


def report_to_json(report: AnyReport, *, indent: int | None = 2) -> str:
    """Serialise a report to JSON (lossless: ``report_from_json`` gives back an equal report)."""
    return report.model_dump_json(indent=indent) + ("\n" if indent is not None else "")
