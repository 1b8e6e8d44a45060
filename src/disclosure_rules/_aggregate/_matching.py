"""Matching what case-management exports write to the official row and column codes of table 三.

Exports name an outcome by its row code (``granted``), by its printed label (``（一）予以公开``,
``1.属于国家秘密``), by its canonical label (``三、（三）1.属于国家秘密``) or with its group in front
(``不予公开-属于国家秘密``); applicant types by their label (``自然人``), code (``natural_person``) or with the
organisation header in front (``法人或其他组织-商业企业``). Labels come from :mod:`disclosure_rules._labels`
and are compared after one normalisation (full/half width, 、/，, quotes, spaces). Dates are ISO
(``2022-03-04``) or what spreadsheets write (``2022/3/4``, ``2022年3月4日``, with or without a time).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from disclosure_rules._labels import (
    APPLICANT_TYPE_BY_COLUMN_CODE,
    TABLE3_APPLICANT_COLUMNS,
    TABLE3_ORGANISATION_HEADER,
    TABLE3_ROWS_2021,
    RowKind,
    Table3Row,
)
from disclosure_rules._text import label_key, strip_numbering

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

# Exports also join a group and its row with a dash ("不予公开—属于国家秘密"); label_key keeps dashes.
_DASHES: Final = str.maketrans({"—": "-", "－": "-", "–": "-"})
_SEPARATORS: Final = "-:/|·"


def normalise_label(text: str) -> str:
    """The comparison form of a label (:func:`disclosure_rules._text.label_key`, dashes unified)."""
    return label_key(text.translate(_DASHES))


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


def _build_applicant_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for position, code in enumerate(APPLICANT_CODES):
        label = APPLICANT_TYPE_BY_COLUMN_CODE[code].value
        for key in (code, normalise_label(label), normalise_label(APPLICANT_TYPE_BY_COLUMN_CODE[code].name)):
            index[key] = position
    index[normalise_label("其他组织")] = APPLICANT_CODES.index("other_organization")
    return index


_APPLICANT_INDEX: Final = _build_applicant_index()
_ORGANISATION_HEADER: Final = normalise_label(TABLE3_ORGANISATION_HEADER)


def applicant_index(text: str) -> int | None:
    """The applicant column (0-5, official order) ``text`` names, or ``None``."""
    key = normalise_label(text)
    found = _APPLICANT_INDEX.get(key)
    if found is None and key.startswith(_ORGANISATION_HEADER) and len(key) > len(_ORGANISATION_HEADER):
        found = _APPLICANT_INDEX.get(key.removeprefix(_ORGANISATION_HEADER).lstrip(_SEPARATORS))
    return found


_DATE_FORMS: Final = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?"
)


def parse_date(text: str) -> dt.date:
    """A calendar date from ISO or spreadsheet text; ``ValueError`` when it is not one."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DATE_FORMS.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD)")
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        dt.time(hour, minute, second)  # a time of day after the date must be one: 25:61:99 is not
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date ({exc})") from None
