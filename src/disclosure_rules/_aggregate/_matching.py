"""Matching what case-management exports write to the official row and column codes of table 三.

Exports name an outcome by its row code (``granted``), by its printed label (``（一）予以公开``,
``1.属于国家秘密``), by its canonical label (``三、（三）1.属于国家秘密``) or with its group in front
(``不予公开-属于国家秘密``); applicant types by their label (``自然人``), code (``natural_person``) or with the
organisation header in front (``法人或其他组织-商业企业``). Labels come from :mod:`disclosure_rules._labels`
and are compared after one normalisation (full/half width, 、/，, quotes, spaces).
Dates are read by :func:`disclosure_rules._parsing.parse_date`.
"""

from __future__ import annotations

from typing import Final

from disclosure_rules._labels import (
    COLUMN_CODE_BY_APPLICANT_TYPE,
    TABLE3_APPLICANT_COLUMNS,
    TABLE3_ROWS_2021,
    ApplicantType,
    RowKind,
    Table3Row,
)
from disclosure_rules._text import normalise_label, strip_numbering

#: The 22 outcome rows of table 三 in the 2021 format (国办公开办函〔2021〕30号), in official order; a closed
#: request is counted in exactly one of them (the 部分公开 label: "只计这一情形，不计其他情形").
OUTCOME_ROWS: Final[tuple[Table3Row, ...]] = tuple(
    row for row in TABLE3_ROWS_2021 if row.kind is RowKind.OUTCOME
)
OUTCOME_CODES: Final[tuple[str, ...]] = tuple(row.code for row in OUTCOME_ROWS)
#: The six applicant columns (the 总计 column is derived), in official order.
APPLICANT_CODES: Final[tuple[str, ...]] = tuple(column.code for column in TABLE3_APPLICANT_COLUMNS)

# The 2019 trial format's single （六）其他处理 row has no place in the 2021 table: it must be split into
# （六）1/2/3, which the export has to say.
_UNDIVIDED_OTHER: Final = "other_handling"

_SEPARATORS: Final = "-:/|·"


def _outcome_keys(row: Table3Row) -> set[str]:
    title = normalise_label(row.title)
    keys = {row.code, title, normalise_label(row.label), normalise_label(row.canonical_label)}
    short = title.split("(", 1)[0]  # 部分公开（区分处理的…） is written 部分公开
    keys.add(short)
    if short.startswith("属于"):
        keys.add(short.removeprefix("属于"))  # 属于国家秘密 is often written 国家秘密
    return keys


def _build_outcome_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for position, row in enumerate(OUTCOME_ROWS):
        for key in _outcome_keys(row):
            index[key] = position
    return index


_OUTCOME_INDEX: Final = _build_outcome_index()
_GROUP_TITLES: Final = tuple(
    normalise_label(group.title) for group in {row.group for row in OUTCOME_ROWS if row.group is not None}
)


def outcome_index(text: str) -> int | None:
    """The position in :data:`OUTCOME_ROWS` of the outcome ``text`` names, or ``None`` if it names none."""
    key = normalise_label(text)
    found = _OUTCOME_INDEX.get(key)
    if found is not None:
        return found
    # "三、（三）不予公开1.属于国家秘密", "不予公开-属于国家秘密": drop the numbering and the group title.
    key = strip_numbering(key.removeprefix("三,").removeprefix("三."))
    for group in _GROUP_TITLES:
        if key.startswith(group) and len(key) > len(group):
            key = key.removeprefix(group).lstrip(_SEPARATORS)
            break
    key = strip_numbering(key)
    found = _OUTCOME_INDEX.get(key)
    if found is None and key.startswith("属于"):
        found = _OUTCOME_INDEX.get(key.removeprefix("属于"))
    return found


def is_undivided_other(text: str) -> bool:
    """Whether ``text`` is the 2019 format's single （六）其他处理 row, which 2021 splits in three."""
    key = strip_numbering(normalise_label(text))
    return key in {_UNDIVIDED_OTHER, normalise_label("其他处理")}


def applicant_index(text: str) -> int | None:
    """The applicant column (0-5, official order) ``text`` names, or ``None`` (see ``ApplicantType.parse``)."""
    kind = ApplicantType.parse(text)
    return None if kind is None else APPLICANT_CODES.index(COLUMN_CODE_BY_APPLICANT_TYPE[kind])
