"""Record readers: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030), JSON Lines and ``.xlsx``, streamed row by row.

Readers take an open *binary* stream and a name for messages (the CLI opens the files; the core does no file
I/O of its own). Headers are matched to fields through a table of English field names and the Chinese column
titles case systems export (``收到日期``, ``办理结果`` …). Encoding: a byte-order mark decides; otherwise the
bytes are checked as UTF-8 up to the first non-ASCII chunk and, failing that, as GB18030 (the superset of GBK
that Excel and WPS write on Chinese Windows). A file that is neither fails with ``aggregate.encoding`` naming
the byte, line and encodings tried.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import importlib
import io
import json
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Final, Literal

from disclosure_rules._aggregate._counting import RequestColumns, RequestCounter
from disclosure_rules._aggregate._errors import AggregateError, BadRow, BadRowError, EncodingError
from disclosure_rules._aggregate._items import ItemColumns, ItemCounter
from disclosure_rules._limits import CSV_FIELD_CHARS, XLSX_EMPTY_ROWS, LimitError, part_too_large
from disclosure_rules._parsing import ParseError, load_json, parser_reason_zh
from disclosure_rules._text import normalise_label
from disclosure_rules._xlsx_reasons import NO_SHEET, xlsx_failure_zh

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from disclosure_rules._aggregate._tally import ItemTally, RequestTally
    from disclosure_rules._aggregate._timeliness import Deadlines

FileFormat = Literal["csv", "jsonl", "xlsx"]

_SNIFF_BYTES: Final = 1 << 16
_UTF8_BOM: Final = codecs.BOM_UTF8
_UTF16_BOMS: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Header aliases: English field names and the Chinese column titles seen in case-system exports.
REQUEST_HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "id": ("id", "编号", "申请编号", "受理编号", "流水号", "登记号"),
    "received": ("received", "收到日期", "收到申请日期", "受理日期", "申请日期", "登记日期", "收件日期"),
    "applicant_type": ("applicant_type", "申请人类型", "申请人类别", "申请人情况"),
    "applicant_name": ("applicant_name", "申请人", "申请人名称", "申请人姓名"),
    "outcome": ("outcome", "办理结果", "答复结果", "处理结果", "答复类型"),
    "closed": ("closed", "办结日期", "答复日期", "结案日期", "办结时间"),
    "channel": ("channel", "申请方式", "提交方式", "申请渠道", "渠道"),
    "confirmed": ("confirmed", "确认日期", "双方确认日期"),
    "events": ("events", "事件", "办理过程"),
}
ITEM_HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "id": ("id", "编号", "信息编号", "索引号"),
    "title": ("title", "标题", "信息名称", "名称", "文件名称"),
    "formed": ("formed", "形成日期", "成文日期", "生成日期", "制发日期"),
    "changed": ("changed", "变更日期", "修订日期"),
    "published": ("published", "公开日期", "发布日期", "公开时间"),
    "category": ("category", "类别", "分类", "信息类别", "主题分类"),
    "channels": ("channels", "channel", "公开渠道", "公开方式", "公开形式"),
    "document_number": ("document_number", "文号", "发文字号"),
    "agency": ("agency", "发布机构", "公开主体"),
}
_REQUIRED_REQUEST: Final = ("id", "received", "outcome", "closed")
_REQUIRED_ITEM: Final = ("id", "title", "formed")


def detect_format(name: str) -> FileFormat:
    """The record format a file name says (``.csv``/``.tsv``/``.txt``, ``.jsonl``/``.ndjson``, ``.xlsx``)."""
    lowered = name.lower()
    if lowered.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lowered.endswith((".xlsx", ".xlsm")):
        return "xlsx"
    if lowered.endswith(".xls"):
        raise AggregateError(
            f"{name}: .xls (Excel 97-2003) cannot be read; save it as .xlsx or CSV UTF-8",
            code="aggregate.format",
            message_zh=f"“{name}”是 .xls 格式（Excel 97-2003），无法读取；请另存为 .xlsx 或“CSV UTF-8”",
        )
    return "csv"


# --------------------------------------------------------------------------------------------------
# Encoding
# --------------------------------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _first_error(
    stream: IO[bytes], encoding: str, *, stop_after_non_ascii: bool = False
) -> tuple[int, int, str] | None:
    """Offset, line and byte of the first undecodable byte of the rest of ``stream``, or ``None``.

    With ``stop_after_non_ascii`` the check ends after the first chunk that holds a non-ASCII byte: text whose
    first Chinese characters decode as UTF-8 is UTF-8 (GBK text almost never does), and a stray bad byte later
    fails when it is read, naming its line.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    lines = 0
    while True:
        chunk = stream.read(1 << 20)
        final = not chunk
        if chunk.isascii() and not final:
            offset += len(chunk)
            lines += chunk.count(b"\n")
            continue
        try:
            decoder.decode(chunk, final=final)
        except UnicodeDecodeError as exc:
            # The error position is relative to the decoder's pending bytes plus this chunk.
            pending = len(exc.object) - len(chunk)
            position = max(exc.start - pending, 0)
            line = lines + _line_of(chunk, position)
            return offset + position, line, f"0x{exc.object[exc.start]:02X}"
        if final or stop_after_non_ascii:
            return None
        offset += len(chunk)
        lines += chunk.count(b"\n")


def detect_encoding(stream: IO[bytes], source: str) -> str:
    """The encoding of a text stream: ``utf-8-sig`` (with or without BOM) or ``gb18030``.

    A seekable stream is read up to its first non-ASCII chunk (to its end for GBK) and rewound; a pipe is
    judged on its first 64 KiB. Either way a later bad byte fails when it is read, naming the line.
    """
    head = stream.read(_SNIFF_BYTES) if not stream.seekable() else stream.read(4)
    if head.startswith(_UTF8_BOM):
        if stream.seekable():
            stream.seek(0)
        return "utf-8-sig"
    if head.startswith(_UTF16_BOMS):
        raise EncodingError(
            f"{source}: UTF-16 text (Excel's 'Unicode text'); save it as 'CSV UTF-8' or CSV (GBK) instead",
            message_zh=(
                f"“{source}”是 UTF-16 编码的文本（Excel 的“Unicode 文本”），无法读取；"
                "请另存为“CSV UTF-8”或 GBK 编码的 CSV 文件"
            ),
        )
    if not stream.seekable():
        return _judge_head(head, source)
    stream.seek(0)
    utf8_problem = _first_error(stream, "utf-8", stop_after_non_ascii=True)
    stream.seek(0)
    if utf8_problem is None:
        return "utf-8-sig"
    gbk_problem = _first_error(stream, "gb18030")
    stream.seek(0)
    if gbk_problem is None:
        return "gb18030"
    offset, line, byte = utf8_problem
    g_offset, g_line, g_byte = gbk_problem
    raise EncodingError(
        f"{source}: the text is neither UTF-8 (byte {byte} at offset {offset}, line {line}) nor GBK/GB18030 "
        f"(byte {g_byte} at offset {g_offset}, line {g_line}); save it as 'CSV UTF-8'",
        message_zh=(
            f"“{source}”既不是 UTF-8 文本（第{line}行有无法识别的字节）也不是 GBK/GB18030 文本"
            f"（第{g_line}行有无法识别的字节）；请另存为“CSV UTF-8”"
        ),
    )


def _decodes(head: bytes, encoding: str) -> UnicodeDecodeError | None:
    """Whether a sample decodes (a character cut at the end of the sample is not an error)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError as exc:
        return exc
    return None


def _judge_head(head: bytes, source: str) -> str:
    utf8_problem = _decodes(head, "utf-8")
    if utf8_problem is None:
        return "utf-8-sig"
    if _decodes(head, "gb18030") is None:
        return "gb18030"
    start = utf8_problem.start
    raise EncodingError(
        f"{source}: the text is neither UTF-8 nor GBK/GB18030 (byte 0x{head[start]:02X} at offset {start}, "
        f"line {_line_of(head, start)}); save it as 'CSV UTF-8'",
        message_zh=(
            f"“{source}”既不是 UTF-8 文本也不是 GBK/GB18030 文本（第{_line_of(head, start)}行有无法识别的字节）；"
            "请另存为“CSV UTF-8”"
        ),
    )


class _PrefixedStream(io.RawIOBase):
    """A non-seekable stream with the bytes already read for sniffing put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # noqa: ANN401 - the buffer protocol has no precise type here
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def open_text(stream: IO[bytes], source: str, encoding: str | None = None) -> tuple[IO[str], str]:
    """Wrap a binary stream as text in its detected (or the given) encoding; returns the text and the encoding."""
    if encoding is None:
        if stream.seekable():
            encoding = detect_encoding(stream, source)
        else:
            head = stream.read(_SNIFF_BYTES)
            if head.startswith(_UTF16_BOMS):
                detect_encoding(io.BytesIO(head), source)  # raises the UTF-16 message
            encoding = "utf-8-sig" if head.startswith(_UTF8_BOM) else _judge_head(head, source)
            stream = io.BufferedReader(_PrefixedStream(head, stream))
    elif encoding.replace("-", "").replace("_", "").lower() in {"gbk", "gb2312", "cp936"}:
        encoding = "gb18030"  # a superset: GBK text decodes the same
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise EncodingError(
            f"{source}: unknown encoding {encoding!r}",
            message_zh=f"“{source}”：不认识所指定的编码“{encoding}”",
        ) from None
    try:
        return io.TextIOWrapper(stream, encoding=encoding, newline=""), encoding
    except LookupError:  # a codec such as rot13 or base64 that does not turn bytes into text
        raise EncodingError(
            f"{source}: {encoding!r} is not a text encoding",
            message_zh=f"“{source}”：所指定的“{encoding}”不是文本编码",
        ) from None


# --------------------------------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------------------------------


def _alias_index(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise_label(alias): field for field, names in aliases.items() for alias in names}


_REQUEST_ALIASES: Final = _alias_index(REQUEST_HEADERS)
_ITEM_ALIASES: Final = _alias_index(ITEM_HEADERS)


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Which field each column of a header is, and the columns no field claimed."""

    positions: dict[str, int]
    names: tuple[str, ...]
    ignored: tuple[str, ...]


def match_header(
    header: Sequence[str], aliases: Mapping[str, str], required: Sequence[str], *, source: str, kind: str
) -> HeaderMatch:
    """Map a header row to field positions; a missing required column or a repeated field is an error."""
    positions: dict[str, int] = {}
    ignored: list[str] = []
    names = tuple(str(cell).strip().lstrip("\ufeff") if cell is not None else "" for cell in header)
    for index, name in enumerate(names):
        field = aliases.get(normalise_label(name))
        if field is None:
            if name:
                ignored.append(name)
            continue
        if field in positions:
            raise AggregateError(
                f"{source}: columns {names[positions[field]]!r} and {name!r} both give the {kind} field {field!r}",
                code="aggregate.duplicate_column",
                message_zh=f"“{source}”的表头中“{names[positions[field]]}”和“{name}”两列都是字段 {field}，请删去一列",
            )
        positions[field] = index
    missing = [field for field in required if field not in positions]
    if missing:
        raise AggregateError(
            f"{source}: no column for the {kind} field{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(header: {', '.join(repr(n) for n in names) or 'empty'})",
            code="aggregate.missing_column",
            message_zh=(
                f"“{source}”的表头缺少字段 {'、'.join(missing)} 所在的列"
                f"（现有表头：{'、'.join(names) or '空'}）"
            ),
        )
    return HeaderMatch(positions, names, tuple(ignored))


# --------------------------------------------------------------------------------------------------
# Row sources
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RowSource:
    """A header, the rows after it (sequences of strings) and the line of the current row.

    ``translate`` turns a decoding or syntax error raised while iterating ``rows`` into an error that names the
    file and line (the rows are the bare ``csv.reader`` for speed, so the caller catches and translates).
    """

    header: Sequence[str]
    rows: Iterator[Sequence[str]]
    line: Callable[[], int]
    encoding: str | None = None
    translate: Callable[[Exception], Exception] | None = None
    ignored: set[str] = field(default_factory=set)
    release: Callable[[], None] | None = None

    def close(self) -> None:
        """Let go of the caller's stream (it stays open: whoever opened it closes it)."""
        if self.release is not None:
            self.release()
            self.release = None


def _detacher(text: IO[str]) -> Callable[[], None]:
    def release() -> None:
        if isinstance(text, io.TextIOWrapper):
            text.detach()

    return release


# UnicodeError, not only UnicodeDecodeError: a UTF-16 decoder given no BOM raises the bare base class.
_READ_ERRORS: Final = (UnicodeError, csv.Error)


def csv_rows(stream: IO[bytes], source: str, *, encoding: str | None = None) -> RowSource:
    """Rows of a CSV (or tab-separated) file; the delimiter is the one the header line uses."""
    csv.field_size_limit(CSV_FIELD_CHARS.value)
    text, chosen = open_text(stream, source, encoding)
    try:
        first = text.readline()
    except UnicodeError as exc:
        _detacher(text)()
        raise _decode_problem(source, chosen, 1, exc) from None
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    header_rows = list(csv.reader([first], delimiter=delimiter))
    header = header_rows[0] if header_rows else []
    reader = csv.reader(text, delimiter=delimiter)

    def translate(exc: Exception) -> Exception:
        if isinstance(exc, UnicodeError):
            return _decode_problem(source, chosen, reader.line_num + 2, exc)
        return AggregateError(
            f"{source}:{reader.line_num + 1}: not valid CSV ({exc})",
            code="aggregate.bad_csv",
            message_zh=f"“{source}”第{reader.line_num + 1}行不是有效的 CSV（{parser_reason_zh(str(exc))}）",
        )

    width = len(header)

    def rows() -> Iterator[Sequence[str]]:
        for row in reader:
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                # More cells than the header names: the extra cells would be lost without a word.
                message = (
                    f"“{source}”第{reader.line_num + 1}行：该行有{len(row)}个单元格，表头只有{width}列"
                    f"（多出：{row[width][:40]!r}）"
                )
                raise AggregateError(
                    f"{source}: line {reader.line_num + 1}: {len(row)} cells, but the header names {width} columns"
                    f" (extra: {row[width][:40]!r})",
                    code="aggregate.extra_cells",
                    message_zh=message,
                )
            yield row

    return RowSource(header, rows(), lambda: reader.line_num + 1, chosen, translate, release=_detacher(text))


def _decode_problem(source: str, encoding: str, line: int, exc: UnicodeError) -> EncodingError:
    named = "GBK/GB18030" if encoding == "gb18030" else encoding.upper().replace("-SIG", "")
    if not isinstance(exc, UnicodeDecodeError):  # e.g. UTF-16 without a byte-order mark
        return EncodingError(
            f"{source}: near line {line}: cannot be read as {named} ({exc})",
            message_zh=f"“{source}”第{line}行附近无法按 {named} 编码读取",
        )
    byte = f"0x{exc.object[exc.start]:02X}" if exc.start < len(exc.object) else "end of file"
    return EncodingError(
        f"{source}: near line {line}: byte {byte} is not {named} (mixed encodings?); "
        "save the file as 'CSV UTF-8' or pass the encoding",
        message_zh=(
            f"“{source}”第{line}行附近的字节 {byte} 不是 {named} 编码（文件中混有不同编码？）；"
            "请另存为“CSV UTF-8”或指定编码"
        ),
    )


class _JsonLayout:
    """Places the values of JSON objects in row order, matching keys like CSV headers (memoised per key)."""

    def __init__(self, fields: Sequence[str]) -> None:
        self._aliases = _REQUEST_ALIASES if "outcome" in fields else _ITEM_ALIASES
        self._slots = {name: index for index, name in enumerate(fields)}
        self._width = len(fields)
        self._key_slots: dict[str, int | None] = {}
        self.ignored: set[str] = set()

    def _slot(self, key: str) -> int | None:
        if key not in self._key_slots:
            field_name = self._aliases.get(normalise_label(key))
            slot = self._slots.get(field_name) if field_name is not None else None
            self._key_slots[key] = slot
            if slot is None:
                self.ignored.add(key)
        return self._key_slots[key]

    def row(self, record: Mapping[str, object]) -> list[str]:
        row = [""] * self._width
        for key, value in record.items():
            index = self._slot(key)
            if index is not None:
                row[index] = _json_cell(value)
        return row


def jsonl_rows(
    stream: IO[bytes],
    source: str,
    fields: Sequence[str],
    *,
    encoding: str | None = None,
    reject: Callable[[BadRow], None] | None = None,
) -> RowSource:
    """Records of a JSON Lines file laid out as rows in ``fields`` order (blank lines are not records).

    Keys are matched like CSV headers (``received`` or ``收到日期``). A line that is not a JSON object goes to
    ``reject`` (which raises unless bad rows are skipped).
    """
    text, chosen = open_text(stream, source, encoding)
    state = {"line": 0}
    layout = _JsonLayout(fields)

    def bad(row: BadRow) -> None:
        if reject is None:
            raise BadRowError(row, message_zh=row.describe_zh())
        reject(row)

    def rows() -> Iterator[Sequence[str]]:
        for number, raw in enumerate(text, start=1):
            state["line"] = number
            if not raw.strip():
                continue
            try:
                record = load_json(raw)
            except ParseError as exc:
                bad(BadRow(source, number, None, "json", str(exc), message_zh=exc.message_zh))
                continue
            if not isinstance(record, dict):
                bad(
                    BadRow(
                        source,
                        number,
                        None,
                        "json",
                        "a line must hold one JSON object",
                        message_zh="每行应为一个 JSON 对象（{…}）",
                    )
                )
                continue
            yield layout.row(record)

    def translate(exc: Exception) -> Exception:
        if isinstance(exc, UnicodeError):
            return _decode_problem(source, chosen, state["line"] + 1, exc)
        return exc

    return RowSource(
        list(fields),
        rows(),
        lambda: state["line"],
        chosen,
        translate,
        layout.ignored,
        release=_detacher(text),
    )


def _json_cell(value: object) -> str:
    if value is None or (isinstance(value, (list, dict)) and not value):
        return ""  # no value, or an empty event history
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def xlsx_rows(stream: IO[bytes], source: str, *, sheet: str | None = None) -> RowSource:
    """Rows of the first (or the named) worksheet of an ``.xlsx`` workbook; needs the ``xlsx`` extra."""
    try:
        # Optional dependency (the ``xlsx`` extra), imported only for .xlsx input; it ships no type stubs.
        openpyxl = importlib.import_module("openpyxl")
    except ImportError:
        raise AggregateError(
            f"{source}: reading .xlsx needs openpyxl: pip install 'disclosure-rules[xlsx]'",
            code="aggregate.xlsx_unavailable",
            message_zh=(
                f"读取 .xlsx 文件“{source}”需要先安装可选组件 openpyxl（命令：pip install 'disclosure-rules[xlsx]'）；"
                "也可把台账另存为 CSV 文件后再汇总"
            ),
        ) from None
    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many unrelated types for a bad workbook
        raise bad_xlsx(source, exc, stream) from None
    try:
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
    except (KeyError, IndexError):
        workbook.close()
        missing = f"中没有名为“{sheet}”的工作表" if sheet is not None else f"：{NO_SHEET}"
        raise AggregateError(
            f"{source}: no worksheet {sheet!r}", code="aggregate.bad_xlsx", message_zh=f"“{source}”{missing}"
        ) from None
    state = {"line": 1}
    values = worksheet.iter_rows(values_only=True)
    try:
        header = [_xlsx_cell(cell) for cell in next(values, ())]
    except Exception as exc:  # noqa: BLE001 - a damaged sheet part fails inside openpyxl's parser or zipfile
        workbook.close()
        raise bad_xlsx(source, exc, None, line=1) from None

    def rows() -> Iterator[Sequence[str]]:
        try:
            yield from _xlsx_records(values, state, source)
        except (AggregateError, LimitError):
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet part fails inside openpyxl's parser or zipfile
            raise bad_xlsx(source, exc, None, line=state["line"]) from None
        finally:
            workbook.close()

    return RowSource(header, rows(), lambda: state["line"], None, release=workbook.close)


def bad_xlsx(
    source: str, exc: Exception, stream: IO[bytes] | None, *, line: int | None = None
) -> AggregateError:
    """``aggregate.bad_xlsx`` for a workbook openpyxl could not read: the reason in Chinese where its class is known.

    A failure of an unknown class keeps openpyxl's words in brackets after the Chinese sentence.
    """
    reason = xlsx_failure_zh(exc, stream)
    detail = f"{type(exc).__name__}: {exc}"
    where = f"“{source}”第{line}行附近" if line is not None else f"“{source}”"
    why = f"（{detail}）" if reason is None else f"：{reason}"
    near = f" near row {line}" if line is not None else ""
    return AggregateError(
        f"{source}{near}: not a readable .xlsx workbook ({detail})",
        code="aggregate.bad_xlsx",
        message_zh=f"{where}无法作为 .xlsx 工作簿读取{why}",
    )


def _xlsx_records(
    values: Iterator[tuple[object, ...]], state: dict[str, int], source: str
) -> Iterator[list[str]]:
    """The non-empty rows after the header, as text; a long run of empty rows is refused (``limits``)."""
    empty = 0
    for number, row in enumerate(values, start=2):
        state["line"] = number
        cells = [_xlsx_cell(cell) for cell in row]
        if any(cells):
            empty = 0
            yield cells
            continue
        empty += 1
        if empty > XLSX_EMPTY_ROWS.value:
            # A sheet declaring millions of empty rows would be read for minutes: refused, not cut
            # silently (records after the gap would be lost).
            raise part_too_large(
                source,
                f"第{number}行之前的连续空行",
                f"empty rows in a row before row {number}",
                XLSX_EMPTY_ROWS,
            )


def _xlsx_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def row_source(  # noqa: PLR0913 - keyword-only reading options
    stream: IO[bytes],
    source: str,
    fields: Sequence[str],
    *,
    file_format: FileFormat | None = None,
    encoding: str | None = None,
    reject: Callable[[BadRow], None] | None = None,
) -> RowSource:
    """The rows of a file of any supported format (from its name unless ``file_format`` is given)."""
    chosen = file_format or detect_format(source)
    if chosen == "jsonl":
        return jsonl_rows(stream, source, fields, encoding=encoding, reject=reject)
    if chosen == "xlsx":
        return xlsx_rows(stream, source)
    return csv_rows(stream, source, encoding=encoding)


# --------------------------------------------------------------------------------------------------
# Whole files → tallies
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadInfo:
    """What a reader found besides the rows: the encoding and the columns it did not use."""

    source: str
    encoding: str | None
    ignored_columns: tuple[str, ...]


def tally_requests(  # noqa: PLR0913 - keyword-only reading options
    stream: IO[bytes],
    source: str,
    year: int,
    *,
    file_format: FileFormat | None = None,
    encoding: str | None = None,
    skip_bad_rows: bool = False,
    classify_free_text: bool = False,
    deadlines: Deadlines | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[RequestTally, ReadInfo]:
    """Stream a request file into the partial table of ``year`` (bounded memory, no model per row)."""
    counter = RequestCounter(
        year, deadlines=deadlines, skip_bad_rows=skip_bad_rows, classify_free_text=classify_free_text
    )
    info = count_request_stream(
        counter, stream, source, file_format=file_format, encoding=encoding, progress=progress
    )
    return counter.tally(), info


def count_request_stream(  # noqa: PLR0913 - keyword-only reading options
    counter: RequestCounter,
    stream: IO[bytes],
    source: str,
    *,
    file_format: FileFormat | None = None,
    encoding: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReadInfo:
    """Count one request file into an existing counter (several files can share one)."""
    fields = tuple(REQUEST_HEADERS)
    rows = row_source(
        stream, source, fields, file_format=file_format, encoding=encoding, reject=counter.reject
    )
    required = _REQUIRED_REQUEST if counter.classifies else (*_REQUIRED_REQUEST, "applicant_type")

    def count(match: HeaderMatch) -> None:
        position = match.positions.get
        columns = RequestColumns(
            id=match.positions["id"],
            received=match.positions["received"],
            outcome=match.positions["outcome"],
            closed=match.positions["closed"],
            applicant_type=position("applicant_type"),
            applicant_name=position("applicant_name"),
            channel=position("channel"),
            confirmed=position("confirmed"),
            events=position("events"),
            names=match.names,
        )
        if columns.applicant_type is None and columns.applicant_name is None:
            raise AggregateError(
                f"{source}: no column for the request field applicant_type (nor applicant_name to classify)",
                code="aggregate.missing_column",
                message_zh=f"“{source}”的表头缺少申请人类型（applicant_type）列，也没有可供分类的申请人名称列",
            )
        counter.count_rows(rows.rows, columns, source=source, line=rows.line, progress=progress)

    return _read_file(rows, source, count, aliases=_REQUEST_ALIASES, required=required, kind="request")


def tally_items(  # noqa: PLR0913 - keyword-only reading options
    stream: IO[bytes],
    source: str,
    year: int,
    *,
    file_format: FileFormat | None = None,
    encoding: str | None = None,
    skip_bad_rows: bool = False,
    deadlines: Deadlines | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[ItemTally, ReadInfo]:
    """Stream an item file into the partial counts of ``year``."""
    counter = ItemCounter(year, deadlines=deadlines, skip_bad_rows=skip_bad_rows)
    rows = row_source(
        stream, source, tuple(ITEM_HEADERS), file_format=file_format, encoding=encoding, reject=counter.reject
    )

    def count(match: HeaderMatch) -> None:
        position = match.positions.get
        columns = ItemColumns(
            id=match.positions["id"],
            title=match.positions["title"],
            formed=match.positions["formed"],
            changed=position("changed"),
            published=position("published"),
            category=position("category"),
            channels=position("channels"),
            document_number=position("document_number"),
            agency=position("agency"),
            names=match.names,
        )
        counter.count_rows(rows.rows, columns, source=source, line=rows.line, progress=progress)

    info = _read_file(rows, source, count, aliases=_ITEM_ALIASES, required=_REQUIRED_ITEM, kind="item")
    return counter.tally(), info


def _read_file(  # noqa: PLR0913 - the rows, what counts them, and how to read their header
    rows: RowSource,
    source: str,
    count: Callable[[HeaderMatch], None],
    *,
    aliases: Mapping[str, str],
    required: Sequence[str],
    kind: str,
) -> ReadInfo:
    """Match the header of ``rows``, let ``count`` read every row, and say what was read; the rows are closed.

    A decoding or CSV syntax error met while counting is turned into one that names the file and line.
    """
    try:
        match = match_header(rows.header, aliases, required, source=source, kind=kind)
        try:
            count(match)
        except _READ_ERRORS as exc:
            if rows.translate is None:
                raise
            raise rows.translate(exc) from None
        return ReadInfo(source, rows.encoding, (*match.ignored, *sorted(rows.ignored)))
    finally:
        rows.close()
