"""Row labels a PDF wrapped over several lines, put back together before the table is read.

In a PDF, table 三's label column is narrow: ``3.危及“三安全一稳定”`` is printed over two lines, and text
extraction gives the row's numbers on one of them with the rest of the label on the lines above or below::

    一、本年新收政府信息公开申请数       64    0 0  2   0    4   70
    量
              5.要求行政机关
              确认或重新出具    0     0  0  0  0     0  0
              已获取信息

The group column to the left (``（三）``, ``不予公``, ``开``) is cut into the same lines. A row is repaired only when
its pieces — the text just before its numbers, and the last piece of up to three label-only lines above and below
it — join into exactly one official row label, so a label is never made up: a line is left as it was unless the
join spells a label of the format in full.
"""

from __future__ import annotations

import re
from typing import Final

from disclosure_rules._labels import TABLE3_COLUMNS, table3_rows
from disclosure_rules._text import HAN, label_key

# Where the text of a line ends and its numbers begin: a run of numbers (with their gaps) to the end of the line.
_NUMBERS_AT_END: Final = re.compile(r"(?:[ \t\xa0\u3000]+\d[\d,]*)+[ \t\xa0\u3000]*$")
_GAP: Final = re.compile(r"[ \t\xa0\u3000]{2,}")
# Figures set apart by a single space somewhere and by a wider gap elsewhere in the same run.
_SINGLE_SPACE_AND_GAPS: Final = re.compile(r"(?=.*\d \d)(?=.*\d[ \t\xa0\u3000]{2,}\d)")
# A label is printed in at most this many lines above or below the line with its numbers.
MAX_WRAPPED_LINES: Final = 3
# The numbers of a table 三 row: one per column of the format (six applicant columns and the total).
TABLE3_ROW_VALUES: Final = len(TABLE3_COLUMNS)
# A printed table row is short; a longer line (a page saved as one line) is never a wrapped row, and is not
# searched (the search for trailing numbers would go over it once per start position).
MAX_ROW_CHARS: Final = 300


def _official_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for report_format in ("2021", "2019"):
        for spec in table3_rows(report_format):
            labels[label_key(spec.label)] = spec.label
    return labels


_LABELS: Final = _official_labels()


def _last_piece(text: str) -> str:
    """The rightmost gap-separated piece of a line: the label column, past the group column to its left."""
    pieces = [piece for piece in _GAP.split(text.strip()) if piece]
    return pieces[-1] if pieces else ""


def _is_fragment(line: str) -> bool:
    """A line holding only a piece of label text (no figure): a candidate for the rest of a wrapped label."""
    return len(line) <= MAX_ROW_CHARS and bool(HAN.search(_last_piece(line))) and _numbers_line(line) is None


def _numbers_line(line: str) -> tuple[str, str] | None:
    """``(text, numbers)`` for a line ending in a table 三 row's numbers, else None."""
    if len(line) > MAX_ROW_CHARS:
        return None
    match = _NUMBERS_AT_END.search(line)
    if match is None or len(match.group().split()) != TABLE3_ROW_VALUES:
        return None
    return line[: match.start()], match.group()


def _fragments(lines: list[str], start: int, step: int, taken: set[int]) -> list[int]:
    """Indexes of up to three label-only lines from ``start`` going ``step`` (blank lines skipped)."""
    found: list[int] = []
    index = start
    while 0 <= index < len(lines) and len(found) < MAX_WRAPPED_LINES:
        line = lines[index]
        if not line.strip():
            index += step
            continue
        if index in taken or not _is_fragment(line) or _numbers_line(line) is not None:
            break
        found.append(index)
        index += step
    return found


def repair_wrapped_labels(text: str) -> str:
    """``text`` with each table 三 row whose label was wrapped over several lines joined onto its numbers' line.

    Copied text of any origin goes through here (a clerk pastes PDF text too); a line is changed only when the
    pieces around it spell one official label, so text without wrapped rows comes back unchanged.
    """
    lines = text.split("\n")
    taken: set[int] = set()
    for index, line in enumerate(lines):
        parts = _numbers_line(line)
        if parts is None:
            continue
        label_text, numbers = parts
        if _SINGLE_SPACE_AND_GAPS.search(numbers):
            # Layout extraction sets two figures a single space apart where their columns are close, and the
            # others a gap apart: a gap would be read as the cell boundary and "0 0" as one cell. Seven figures
            # are the row's seven cells, so each gets the same gap.
            numbers = "  " + "  ".join(numbers.split())
            lines[index] = f"{label_text}{numbers}"
        own = _last_piece(label_text)
        if label_key(own) in _LABELS:
            continue
        above = _fragments(lines, index - 1, -1, taken)
        below = _fragments(lines, index + 1, 1, taken)
        found = _unique_join(lines, own, above, below)
        if found is None:
            continue
        label, used = found
        taken.update(used)
        lines[index] = f"{label}{numbers}"
    return "\n".join(line for number, line in enumerate(lines) if number not in taken)


def _unique_join(
    lines: list[str], own: str, above: list[int], below: list[int]
) -> tuple[str, set[int]] | None:
    """The one official label the row's pieces spell, and the lines used; None when none or several do."""
    matches: dict[str, set[int]] = {}
    for up in range(len(above) + 1):
        for down in range(len(below) + 1):
            if up == down == 0:
                continue
            used_above = list(reversed(above[:up]))
            used_below = below[:down]
            pieces = (
                [_last_piece(lines[i]) for i in used_above]
                + [own]
                + [_last_piece(lines[i]) for i in used_below]
            )
            key = label_key("".join(pieces))
            if key in _LABELS:
                matches.setdefault(_LABELS[key], set()).update({*used_above, *used_below})
    if len(matches) != 1:
        return None
    ((label, used),) = matches.items()
    return label, used
