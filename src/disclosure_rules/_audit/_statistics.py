"""The statistics table a legacy report attaches, read as a table (round 18).

Pingtan's offices, among others, end their narrative reports with a 统计表 flattened into the text::

    指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 235 440 其中：1.政府网站公开数 条 235 440 …
    指标名称单位2016年度历年累计主动公开信息数条2071223其中：1.政府网站公开数条20712232.政府公报公开数条00 …
    指标名称 计量单位 年末统计 主动公开信息数 条 86 其中：1、网站公开 条 86 …

A row is its label, its unit and its cells: the year's count and the running total (历年累计), or the one
年末统计 count. Cells the page separates by spaces are read as they stand. Cells run together (``2071223``) are read
only when exactly one way of cutting the digits gives a year's count no larger than its running total — the one
identity every such table states by its columns — (``13`` = 1 | 3; ``03`` = 0 | 3); ``2071223`` (20 | 71223 or
207 | 1223) is left unread, never cut by position or by a guess at digit counts. The item number of the next row
run into a cell (``…条20712232.政府公报…``: the ``2.`` of the next row) is cut only where it is the number that
row must carry (the parts of a row are numbered 1, 2, … in order).

A table published as a table (HTML rows, copied text with tabs) is read from its rows, its cells kept apart.

What the table then makes certain is checked (``legacy.count_mismatch``): a year's count above its running total;
the kinds of request or of answer read adding up to more than their total (or, every part read and an 其他 part
making the list whole, to other than it); a channel of publication above the total. A row's year count that the prose states otherwise is
a warning naming both places (``text.table_mismatch``, as on a 2021-format page: the prose figure is read by a
pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from disclosure_rules._audit._narrative import Sentence, StatedFigure
from disclosure_rules._audit._result import LEGACY_ERROR_CONFIDENCE, SOURCE_TEXT
from disclosure_rules._findings import Finding, Severity
from disclosure_rules._text import nfkc

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._audit._document import Document
    from disclosure_rules._audit._narrative import Prose

# The header: 指标名称 (计量)单位, then the year's column and 历年累计, or the one column 年末统计.
# (``本年度 历年累计``: the report's year, as 年末统计 is; ``指标名称 单位 数量``, one column, is the year's too: round 25,
# ``pingtan_czj_2013``. ``指标名称 计量单位 2013年度`` with no 历年累计 is one column, the year's named: round 27,
# ``pingtan_jtj_2013``.)
_HEADER: Final = re.compile(
    r"指\s*标\s*名\s*称\s*(?:计\s*量\s*)?单\s*位\s*"
    r"(?:(?:((?:19|20)\d{2})|本)\s*年\s*度?\s*历\s*年\s*累\s*计|(年\s*末\s*统\s*计|数\s*量(?=\s*[\u4e00-\u9fff]))"
    r"|((?:19|20)\d{2})\s*年\s*度(?=\s*(?!历)[\u4e00-\u9fff]))"
)
# A row: its label (Chinese words) and its unit, followed by its first digit.
_ROW: Final = re.compile(r"([\u4e00-\u9fff、（）()]+?)\s*(条|件|元)\s*(?=\d)")
_SUBSET: Final = re.compile(r"其中\s*[:：]?")
# The cells of a row: digits and spaces, and the item number of the next row (``2.``) run into them.
_CELLS: Final = re.compile(r"[\d\s]*(?:[.、]\s*)?")
# What the review and lawsuit rows may open with: "受理政府信息公开工作行政复议数", "收到政府信息公开工作行政诉讼数" (round 25,
# ``pingtan_czj_2013``).
_CASES_RECEIVED: Final = r"(?:(?:受理|收到)(?:政府信息公开(?:工作)?)?)?"
# The channels a request came by, as the table's part rows name them (…申请数) and the prose counts them (round 45).
_REQUEST_CHANNELS: Final = r"当面|传真|电子邮件|网上|网络|信函"
# A label's row, by what the label says; a part names its total (``received.face`` counts toward ``received``).
# Whether the parts can add up to more than their total: kinds of request or of answer are disjoint, channels of
# publication are not (an item may be on the website and in the gazette).
_ROWS: Final = (
    ("proactive", re.compile(r"^主动公开(?:政府)?(?:信息|文件)数$")),
    ("proactive.web", re.compile(r"^(?:政府)?网站公开数?$")),
    ("proactive.gazette", re.compile(r"^政府公报公开数?$")),
    ("received", re.compile(r"^受理.*?总数$")),
    ("received.other", re.compile(r"^其[他它]形式申请数$")),
    ("received.part", re.compile(rf"^(?:{_REQUEST_CHANNELS}|信函、传真)申请数$")),
    ("answered", re.compile(r"^对申请的答复总?数$")),
    ("answered.partial", re.compile(r"^同意部分公开答复数$")),
    ("answered.granted", re.compile(r"^同意公开答复数$")),
    ("answered.refused", re.compile(r"^(?:不予|否决)公开答复总?数$")),
    ("answered.other", re.compile(r"^其[他它]类型答复数$")),
    ("administrative_reviews", re.compile(rf"^{_CASES_RECEIVED}行政复议数$")),
    ("lawsuits", re.compile(rf"^{_CASES_RECEIVED}行政诉讼数$")),
)
_DISJOINT_PARTS: Final = frozenset({"received", "answered"})
# The figure the prose states for a row's year count (the names stated_legacy_figures gives them).
_FIGURE_OF_ROW: Final = {
    "proactive": "proactive_total",
    "received": "requests_received",
    "answered": "requests_answered",
    "answered.granted": "requests_granted",
    "answered.partial": "requests_partially_granted",
    "answered.refused": "requests_refused",
    "administrative_reviews": "administrative_reviews",
    "lawsuits": "lawsuits",
}
# A cell cut out of digits run together is as sure as the one identity that cut it.
GLUED_CELL_CONFIDENCE: Final = LEGACY_ERROR_CONFIDENCE
_COLUMN_NAMES: Final = ("本年度", "历年累计")
_TWO_COLUMNS: Final = len(_COLUMN_NAMES)
_LONGEST_LABEL: Final = 24  # 受理政府信息依申请公开总数 and the like; a longer run of words is prose
_CELLS_WINDOW: Final = 80  # characters after a row's unit its cells stand in


@dataclass(frozen=True, slots=True)
class StatisticsRow:
    """One row of the table: its key (see ``_ROWS``), its label as printed, its cells (None: unread)."""

    key: str
    label: str
    cells: tuple[int | None, ...]
    glued: bool
    ambiguous: str | None = None  # digits run together that more than one cut fits: left unread


@dataclass(frozen=True, slots=True)
class StatisticsTable:
    """The table: the year its first column counts (None for 年末统计: the report's), its rows, its sentence."""

    year: int | None
    columns: int
    rows: tuple[StatisticsRow, ...]
    sentence: Sentence

    def row(self, key: str) -> StatisticsRow | None:
        found = [row for row in self.rows if row.key == key]
        return found[0] if len(found) == 1 else None

    def place(self) -> str:
        start = _HEADER.search(nfkc(self.sentence.text))
        text = nfkc(self.sentence.text)[start.start() if start else 0 :]
        return f"{self.sentence.where}：统计表“{text[:120]}…”"


def _key(label: str) -> str:
    """The row ``label`` names; "" for a row the checks do not use (收费减免金额, 接受行政申诉、举报数 …)."""
    label = _SUBSET.sub("", re.sub(r"\s+", "", label)).lstrip("、")
    for key, pattern in _ROWS:
        if pattern.search(label):
            return key
    return ""


def _every_cut(digits: str) -> list[tuple[int, int]]:
    """Every cut of ``digits`` into two cells with no leading zeros, whatever their order of size."""
    return [
        (int(digits[:cut]), int(digits[cut:]))
        for cut in range(1, len(digits))
        if (cut == 1 or digits[0] != "0") and (cut == len(digits) - 1 or digits[cut] != "0")
    ]


def _cuts(digits: str) -> list[tuple[int, int]]:
    """Every cut of ``digits`` into a year's count and a running total no smaller than it (no leading zeros)."""
    return [(year, running) for year, running in _every_cut(digits) if year <= running]


def _cuts_above(digits: str) -> list[tuple[int, int]]:
    """Every cut of ``digits`` when each puts the year above its running total (none keeps it within); else []."""
    every = _every_cut(digits)
    return [] if any(year <= running for year, running in every) else every


def _tokens(raw: str, next_number: int | None) -> list[str] | None:
    """The cells' digits of one row, the next row's item number cut off; None when that number is not there."""
    numbered = raw.rstrip().endswith((".", "、"))
    text = raw.rstrip().rstrip(".、").rstrip()
    if numbered:
        if next_number is None or not text.endswith(str(next_number)):
            return None
        text = text.removesuffix(str(next_number))
    return text.split()


def _cells(tokens: list[str], columns: int, *, spaced: bool) -> tuple[tuple[int | None, ...], bool]:
    unread: tuple[int | None, ...] = (None,) * columns
    if len(tokens) == columns:
        if any(len(token) > 1 and token.startswith("0") for token in tokens):
            return unread, False
        return tuple(int(token) for token in tokens), False
    if columns == _TWO_COLUMNS and len(tokens) == 1 and not spaced:
        cuts = _cuts(tokens[0])
        return (cuts[0], True) if len(cuts) == 1 else (unread, False)
    return unread, False


def _parse(text: str, header: re.Match[str]) -> tuple[list[tuple[str, str, list[str] | None]], int]:
    """The rows after ``header``: key, label and cell digits (None: not readable)."""
    found: list[tuple[str, str, str]] = []
    position = header.end()
    while (row := _ROW.search(text, position)) is not None:
        if len(row.group(1)) > _LONGEST_LABEL:
            break  # prose after the table
        key = _key(row.group(1))
        start = row.end()
        after = _SUBSET.sub("", text[start : start + _CELLS_WINDOW])
        cells = _CELLS.match(after)
        raw = cells.group(0) if cells else ""
        follows = after[len(raw) : len(raw) + 1]
        if follows in {"年", "月", "日", "%", "."}:
            raw = ""  # digits of a date or a share run into the cell: not the table's
        found.append((key, row.group(1).lstrip("、"), raw))
        position = start
    parsed: list[tuple[str, str, list[str] | None]] = []
    counters: dict[str, int] = {}
    for index, (key, label, raw) in enumerate(found):
        if "." in key:
            group = key.split(".")[0]
            counters[group] = counters.get(group, 0) + 1
        next_number = None
        if index + 1 < len(found) and "." in found[index + 1][0]:
            group = found[index + 1][0].split(".")[0]
            next_number = counters.get(group, 0) + 1
        parsed.append((key, label, _tokens(raw, next_number)))
    columns = 1 if header.group(2) or header.group(3) else 2
    return parsed, columns


def table_sentences(document: Document) -> list[Sentence]:
    """Each table of the page (a run of rows) whose text holds 指标名称, as one line of its cells joined by spaces.

    A statistics table published as a table (HTML, or copied text with tabs) never reaches the prose; read this way
    its cells are separated, as a flattened table's are when the page keeps spaces between them.
    """
    runs: list[list[str]] = []
    last = None
    for index, block in enumerate(document.blocks):
        if not block.cells:
            continue
        if last is None or index != last + 1 or (block.table and block.table != document.blocks[last].table):
            runs.append([])
        runs[-1].append(" ".join(cell.text.strip() for cell in block.cells if cell.text.strip()))
        last = index
    found = []
    for number, rows in enumerate(runs, start=1):
        text = " ".join(row for row in rows if row)
        if "指" in text and _HEADER.search(nfkc(text)):
            found.append(Sentence(text, "".join(nfkc(text).split()), f"第{number}个表格", ""))
    return found


def read_statistics_table(prose: Prose, tables: Sequence[Sentence] = ()) -> StatisticsTable | None:
    """The first statistics table in the prose (or among ``tables``), its cells read where certain, or None."""
    for sentence in (*prose.sentences, *tables):
        if "指" not in sentence.text:
            continue
        text = nfkc(sentence.text)
        header = _HEADER.search(text)
        if header is None:
            continue
        parsed, columns = _parse(text, header)
        spaced = any(tokens is not None and len(tokens) == columns > 1 for _, _, tokens in parsed)
        rows = []
        for key, label, tokens in parsed:
            cells, glued = (
                _cells(tokens, columns, spaced=spaced) if tokens is not None else ((None,) * columns, False)
            )
            glued_digits = (
                tokens[0]
                if tokens is not None and len(tokens) == 1 and columns == _TWO_COLUMNS and not spaced
                else None
            )
            ambiguous = glued_digits if glued_digits is not None and cells[0] is None else None
            rows.append(
                StatisticsRow(
                    key=key, label=re.sub(r"\s+", "", label), cells=cells, glued=glued, ambiguous=ambiguous
                )
            )
        named = header.group(1) or header.group(3)
        year = int(named) if named else None
        return StatisticsTable(year=year, columns=columns, rows=tuple(rows), sentence=sentence)
    return None


def _listed_whole(table: StatisticsTable, total_key: str) -> bool:
    """Whether every row between the total and the next row of another kind was recognised as one of its parts.

    A row the reader does not know (``4.信息不存在答复数``) may be a part: the parts read are then not the whole list.
    """
    keys = [row.key for row in table.rows]
    start = keys.index(total_key) + 1
    for key in keys[start:]:
        if key == "":
            return False
        if not key.startswith(total_key + "."):
            return True
    return True


def _mismatch(table: StatisticsTable, message: str, expected: str | int, actual: int) -> Finding:
    return Finding(
        code="legacy.count_mismatch",
        severity=Severity.ERROR,
        message=message,
        expected=expected,
        actual=actual,
        source=SOURCE_TEXT,
        location=table.place(),
    )


def _column_name(table: StatisticsTable, column: int) -> str:
    if table.columns == 1:
        return f"{table.year}年度" if table.year else "年末统计"
    return f"{table.year}年度" if column == 0 and table.year else _COLUMN_NAMES[column]


def _unread_runs(table: StatisticsTable) -> list[Finding]:
    """A note naming the rows whose digits run together were left unread: no cut, or more than one, fits."""
    many = [
        f"“{row.label}”{row.ambiguous}"
        for row in table.rows
        if row.ambiguous and len(_cuts(row.ambiguous)) > 1
    ]
    # a run no cut keeps within its running total is named by _runs_above's count mismatch, once (round 25)
    none = [
        f"“{row.label}”{row.ambiguous}"
        for row in table.rows
        if row.ambiguous and not _every_cut(row.ambiguous)
    ]
    reasons = []
    if many:
        reasons.append(f"{'、'.join(many)}有不止一种拆分都使本年度不大于历年累计")
    if none:
        reasons.append(f"{'、'.join(none)}没有一种拆分使本年度不大于历年累计")
    if not reasons:
        return []
    return [
        Finding(
            code="audit.ambiguous_digits",
            severity=Severity.WARNING,
            message=f"统计表：本年度与历年累计两格的数字连在一起，{'；'.join(reasons)}，无法唯一拆分；记为未读到，请核对原表。",
            source=SOURCE_TEXT,
            location=table.place(),
        )
    ]


def _runs_above(
    table: StatisticsTable, prose_cuts: Sequence[tuple[StatisticsRow, int, int]] = ()
) -> list[Finding]:
    """Rows whose digits run together and every cut of them puts the year above its running total (round 22).

    ``pingtan_nyn_2017`` (blind 19): ``受理政府信息公开申请总数条10`` can only be 1 | 0. However the digits are cut, the
    page disagrees with itself; one warning for the table (the cells are not printed apart). ``prose_cuts``: glued
    rows the prose's count cuts with the year above its running total (``主动公开文件数条10774``, the prose's 107 |
    74): the same inconsistency, named in the same warning, not in a second one (round 25).
    """
    rows = [(row, cuts) for row in table.rows if row.ambiguous and (cuts := _cuts_above(row.ambiguous))]
    if not rows:
        return []
    named = "；".join(
        [
            *(
                f"“{row.label}”{row.ambiguous}只能拆为{'或'.join(f'{year}和{running}' for year, running in cuts)}"
                for row, cuts in rows
            ),
            *(
                f"“{row.label}”{row.cells[0]}{row.cells[1]}按正文所述{stated}拆为{stated}和{rest}"
                f"（按本年度不大于历年累计拆为{row.cells[0]}和{row.cells[1]}，则与正文不符）"
                for row, stated, rest in prose_cuts
            ),
        ]
    )
    first_year, first_running = rows[0][1][0]
    return [
        Finding(
            code="legacy.count_mismatch",
            severity=Severity.WARNING,
            message=(
                f"统计表中本年度与历年累计两格的数字连在一起：{named}；无论哪种拆分，本年度都多于历年累计，"
                "而历年累计含本年度，不能少于它，请核对原表。"
            ),
            expected=f"≥{first_year}",
            actual=first_running,
            source=SOURCE_TEXT,
            location=table.place(),
        )
    ]


def _parts_against(
    table: StatisticsTable, total_row: StatisticsRow, parts: list[StatisticsRow], column: int, total: int
) -> list[Finding]:
    """One column's parts against their total: a channel above it; kinds adding to more (or, whole, to other)."""
    where = _column_name(table, column)
    read = [(row, row.cells[column]) for row in parts if row.cells[column] is not None]
    if total_row.key not in _DISJOINT_PARTS:
        return [
            _mismatch(
                table,
                f"统计表（{where}）“{row.label}”{value}条，多于“{total_row.label}”{total}条。",
                f"≤{total}",
                value,
            )
            for row, value in read
            if value is not None and value > total
        ]
    # Kinds are disjoint: the parts read already above the total is certain, whatever the unread parts hold
    added = sum(value or 0 for _, value in read)
    every = len(read) == len(parts)
    whole = every and any(row.key.endswith(".other") for row in parts) and _listed_whole(table, total_row.key)
    if added <= total and not (whole and added != total):
        return []
    named = "、".join(f"{row.label}{value}" for row, value in read)
    return [
        _mismatch(
            table,
            f"统计表（{where}）：{named}，合计{added}，与“{total_row.label}”{total}不符"
            f"{'' if whole else '（所列各项已多于总数）'}。",
            total,
            added,
        )
    ]


def table_findings(
    table: StatisticsTable, prose_cuts: Sequence[tuple[StatisticsRow, int, int]] = ()
) -> list[Finding]:
    """What the table makes certain: a year above its running total, parts against their total."""
    findings: list[Finding] = []
    findings.extend(_unread_runs(table))
    findings.extend(_runs_above(table, prose_cuts))
    if table.columns == _TWO_COLUMNS:
        for row in table.rows:
            year, running = row.cells
            if year is not None and running is not None and year > running:
                findings.append(
                    _mismatch(
                        table,
                        f"统计表“{row.label}”本年度{year}，多于其历年累计{running}；历年累计含本年度，不能少于它。",
                        f"≥{year}",
                        running,
                    )
                )
    for total_key in ("proactive", "received", "answered"):
        total_row = table.row(total_key)
        parts = [row for row in table.rows if row.key.startswith(total_key + ".")]
        if total_row is None or not parts:
            continue
        for column in range(table.columns):
            total = total_row.cells[column]
            if total is not None:
                findings.extend(_parts_against(table, total_row, parts, column, total))
    return findings


def _prose_cut_above(row: StatisticsRow, stated: int) -> int | None:
    """The running total a glued row keeps when the prose's count is its year's cut, when that puts the year above."""
    year_count, running = row.cells[0], row.cells[1] if len(row.cells) > 1 else None
    if not row.glued or year_count is None or running is None:
        return None
    digits = f"{year_count}{running}"
    rest = digits.removeprefix(str(stated)) if digits.startswith(str(stated)) else ""
    if rest == "" or (rest != "0" and rest.startswith("0")) or int(rest) >= stated:
        return None
    return int(rest)


def table_figures(
    table: StatisticsTable,
    year: int,
    stated: Sequence[StatedFigure],
    prose_cuts: list[tuple[StatisticsRow, int, int]] | None = None,
) -> tuple[list[StatedFigure], list[Finding]]:
    """The year's counts the prose does not state, as figures; the ones it states otherwise, as warnings.

    Only a table whose first column is the report's year (or its one 年末统计 column) speaks for the year.
    ``prose_cuts``: when given (the table has rows no cut keeps within their running total), a glued row the prose
    cuts with the year above its running total is put there instead of a warning of its own (round 25).
    """
    if table.year is not None and table.year != year:
        return [], []
    by_name: dict[str, StatedFigure] = {}
    for figure in stated:
        by_name.setdefault(figure.name, figure)
    figures: list[StatedFigure] = []
    findings: list[Finding] = []
    for row in table.rows:
        name = _FIGURE_OF_ROW.get(row.key)
        value = row.cells[0]
        if name is not None and value is None and row.ambiguous and name in by_name:
            findings.extend(_prose_against_every_cut(table, row, row.ambiguous, by_name[name]))
        if name is None or value is None:
            continue
        prose = by_name.get(name)
        if prose is None:
            figures.append(
                StatedFigure(
                    name=name,
                    label=row.label,
                    value=value,
                    sentence=table.sentence,
                    confidence=GLUED_CELL_CONFIDENCE if row.glued else 1.0,
                )
            )
        elif int(prose.value) != value:
            rest = _prose_cut_above(row, int(prose.value)) if prose_cuts is not None else None
            if prose_cuts is not None and rest is not None:
                prose_cuts.append((row, int(prose.value), rest))
            else:
                findings.append(_prose_against_row(table, row, prose))
    return figures, findings


def _prose_against_every_cut(
    table: StatisticsTable, row: StatisticsRow, digits: str, prose: StatedFigure
) -> list[Finding]:
    """The prose's count against a glued row left unread, when no cut of its digits gives that count (round 26).

    ``pingtan_cjj_2012``: the prose's 38 items against ``主动公开信息数条2626`` (2 | 626 or 26 | 26): whichever
    cut the table means, its year's count is not the prose's — the page disagrees with itself either way. A cut
    with the prose's count for the year (even one above its running total) makes no finding here.
    """
    stated = int(prose.value)
    cuts = _cuts(digits)
    if not cuts or any(year_count == stated for year_count, _ in _every_cut(digits)):
        return []
    column = _column_name(table, 0)
    readings = "或".join(f"{year_count}和{running}" for year_count, running in cuts)
    where = f"（正文：{prose.sentence.where}“{prose.sentence.text[:80]}”）"
    return [
        Finding(
            code="text.table_mismatch",
            severity=Severity.WARNING,
            message=(
                f"正文所述{stated}与统计表“{row.label}”不一致：表中数字“{digits}”连在一起，按{column}不大于历年累计"
                f"可拆为{readings}；正文所述之数不是任何一种拆分的{column}数，无论哪种读法，页面所述都不一致{where}。"
            ),
            expected=digits,
            actual=stated,
            source=SOURCE_TEXT,
            location=table.place(),
        )
    ]


def _prose_against_row(table: StatisticsTable, row: StatisticsRow, prose: StatedFigure) -> Finding:
    """The warning that the prose's count and the table's year column disagree, naming both places.

    A row whose digits run together was cut where the year's count stays within its running total; when the prose's
    count is another cut of the same digits, that cut puts the year above its running total — the page disagrees with
    itself either way, and the warning says so instead of stating the cut as what the table holds (blind 19,
    ``pingtan_nyn_2016``: ``740`` cut 7 | 40 against the prose's 74, which would be 74 | 0).
    """
    year_count, running = row.cells[0], row.cells[1] if len(row.cells) > 1 else None
    where = f"（正文：{prose.sentence.where}“{prose.sentence.text[:80]}”）"
    column = _column_name(table, 0)
    stated = int(prose.value)
    if row.glued and running is not None:
        digits = f"{year_count}{running}"
        rest = digits.removeprefix(str(stated)) if digits.startswith(str(stated)) else ""
        other_cut = rest != "" and (rest == "0" or not rest.startswith("0"))
        either_way = (
            f"按正文拆为{stated}和{rest}，则{column}多于历年累计；"
            if other_cut
            else "正文所述之数不是它的任何一种拆分；"
        )
        message = (
            f"正文所述{stated}与统计表“{row.label}”不一致：表中数字“{digits}”连在一起，按{column}不大于历年累计"
            f"只能拆为{year_count}和{running}；{either_way}无论哪种读法，页面所述都不一致{where}。"
        )
        expected: str | int = digits
    else:
        message = f"正文所述{stated}与统计表（{column}）“{row.label}”{year_count}不符{where}。"
        expected = year_count if year_count is not None else ""
    return Finding(
        code="text.table_mismatch",
        severity=Severity.WARNING,
        message=message,
        expected=expected,
        actual=stated,
        source=SOURCE_TEXT,
        location=table.place(),
    )


# The running total of items proactively disclosed, as the prose states it up to a day of the year's end (round 22):
# "截止2016年12月31日，我局在…门户网站累计主动公开政府信息1224条". 全年/本年/年度 before 累计 make it the year's own count.
_RUNNING_IN_PROSE: Final = re.compile(
    r"截[至止]((?:19|20)\d{2})年12月(?:31日|底)[^。；;]{0,40}?(?<!全年)(?<!本年)(?<!年度)累计主动公开(?:政府)?信息(\d+)条"
)


def _prose_running_total(
    table: StatisticsTable, prose: Prose, year: int, stated: Sequence[StatedFigure]
) -> list[Finding]:
    """The prose's running total of items disclosed against the table's 历年累计, as the prose's year count cuts it.

    ``pingtan_gaj_2016`` (blind 15): "截止2016年12月31日…累计主动公开政府信息1224条。其中2016年度…207条" against
    ``主动公开信息数条2071223``: no cut of the digits gives both 207 and 1224 (207 | 1223 is the one with the year's
    207). Only when the prose states the year's count apart from the running total, and the table counts the
    report's year; a warning (the prose is read by a pattern, the cells may run together).
    """
    row = table.row("proactive")
    year_count = next((int(figure.value) for figure in stated if figure.name == "proactive_total"), None)
    if row is None or year_count is None or table.columns != _TWO_COLUMNS or table.year not in {None, year}:
        return []
    if row.cells[0] is not None and row.cells[1] is not None:
        candidates = [(row.cells[0], row.cells[1])]
    elif row.ambiguous:
        candidates = _cuts(row.ambiguous)
    else:
        return []
    with_year = [(count, running) for count, running in candidates if count == year_count]
    for sentence in prose.sentences:
        found = _RUNNING_IN_PROSE.search(sentence.norm)
        if found is None or int(found.group(1)) != year:
            continue
        running = int(found.group(2))
        if running <= year_count or not with_year or any(total == running for _, total in with_year):
            return []
        table_running = with_year[0][1]
        digits = (
            f"（表中数字“{row.ambiguous}”连在一起，按正文的本年度{year_count}拆分）" if row.ambiguous else ""
        )
        return [
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.WARNING,
                message=(
                    f"正文称累计主动公开政府信息{running}条、本年度{year_count}条，但统计表“{row.label}”历年累计为"
                    f"{table_running}{digits}；两处的历年累计不一致（正文：{sentence.where}“{sentence.text[:60]}”），请核对。"
                ),
                expected=table_running,
                actual=running,
                source=SOURCE_TEXT,
                location=table.place(),
            )
        ]
    return []


# A channel of request the prose counts by the table's own row label (round 45, blind 41's ``pingtan_ptx_2013``: "共收到
# …申请7条，网上申请数3条，信函申请数4条" against ``4.网上申请数条44`` · ``5.信函申请数条00``): the count right after the
# label, in 条 or 件.
_PROSE_CHANNEL: Final = re.compile(rf"({_REQUEST_CHANNELS})申请数(?:为|共)?(\d+)(?:条|件)")


def _prose_channels(table: StatisticsTable, prose: Prose, year: int) -> list[Finding]:
    """Each channel of request the prose counts by a row label, against that row's year count (round 45).

    Only a row the table holds once under that label, its year cell read (a glued cell cut by the two-column rule
    too), and the table's first column the report's year; the prose's first count of each channel. A warning, as
    every prose-against-table check (``text.table_mismatch``): the prose is read by a pattern, the cells may be cut.
    """
    if table.year not in {None, year}:
        return []
    rows: dict[str, StatisticsRow] = {}
    for row in table.rows:
        if row.key == "received.part":
            rows[row.label] = (
                row if row.label not in rows else StatisticsRow(row.key, row.label, (None,), glued=False)
            )
    findings: list[Finding] = []
    seen: set[str] = set()
    for sentence in prose.sentences:
        if sentence is table.sentence or "申请数" not in sentence.norm:
            continue
        for found in _PROSE_CHANNEL.finditer(sentence.norm):
            label = f"{found.group(1)}申请数"
            channel = rows.get(label)
            if label in seen or channel is None:
                continue
            seen.add(label)
            stated = int(found.group(2))
            if channel.cells[0] is not None and channel.cells[0] != stated:
                figure = StatedFigure(name=label, label=label, value=stated, sentence=sentence)
                findings.append(_prose_against_row(table, channel, figure))
    return findings


def statistics_table(
    prose: Prose, year: int, stated: Sequence[StatedFigure], tables: Sequence[Sentence] = ()
) -> tuple[list[StatedFigure], list[Finding]]:
    """The figures a legacy report's statistics table adds to its prose, and what the table's checks found."""
    table = read_statistics_table(prose, tables)
    if table is None:
        return [], []
    # one finding per inconsistency (round 25): the prose's cut of a glued row that puts the year above its running
    # total joins the table's own warning on such rows, when it has one
    runs_above = any(row.ambiguous and _cuts_above(row.ambiguous) for row in table.rows)
    prose_cuts: list[tuple[StatisticsRow, int, int]] | None = [] if runs_above else None
    figures, findings = table_figures(table, year, stated, prose_cuts)
    return figures, [
        *table_findings(table, prose_cuts or ()),
        *findings,
        *_prose_running_total(table, prose, year, stated),
        *_prose_channels(table, prose, year),
    ]
