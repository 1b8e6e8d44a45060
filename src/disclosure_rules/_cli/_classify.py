"""``classify {content|outcome|applicant}``: classify texts given as arguments or in a JSONL/CSV file.

One result per input, with category, rule and matched words, as text lines or JSON. Input records:

    content    title (or text), optional body, agency, level (or agency_level), document_number
    outcome    text (or reason), or decision with optional ground and reason
    applicant  name, optional declared (or declared_type)
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from itertools import chain, repeat
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

from disclosure_rules._classify import (
    ApplicantClassifier,
    ApplicantResult,
    ContentClassifier,
    ContentResult,
    OutcomeClassifier,
    OutcomeResult,
    Scheme,
    load_scheme,
    parse_scheme,
)
from disclosure_rules._cli._common import (
    CliError,
    read_line_blocks,
    read_lines,
    read_text,
    read_text_blocks,
    streamed_bytes_output,
    syntax_code,
)
from disclosure_rules._limits import CSV_FIELD_CHARS
from disclosure_rules._parsing import ParseError, load_json, parser_reason_zh

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterable, Iterator

Result = ContentResult | OutcomeResult | ApplicantResult
# One input record: a content title alone (a JSON line ``{"title": "…"}`` with nothing to unescape), or a record
# with where it is (``file:line``, or ``argument``). A title alone cannot be refused, so it needs no place.
Record = tuple[str, dict[str, Any]]
Item = str | Record
_DEFAULT_SCHEMES = {"content": "art20_21_2019", "outcome": "outcome_2021", "applicant": "applicant"}
# Records read, classified and written together: big enough for the batch scan, small enough to hold.
_CHUNK = 20_000
# Records whose bytes are joined and written at once (about 1 MB of JSON Lines). A whole chunk's bytes (20 MB)
# would be a fresh allocation each time, page-faulted in and out by the kernel: 2.5-3 s of system time a GB
# written, against 0.3 s in pieces this size, which reuse the same memory.
_WRITE_RECORDS = 1_000
_ARGUMENT: Final = "argument"  # where a record from a TEXT argument is (not a file line)
_JSON_BLANKS: Final = " \t\n\r"  # the only blanks JSON allows between tokens
_KEY_END: Final = re.compile(f'"[{_JSON_BLANKS}]*:')
# A lone surrogate: JSON's \uD800-\uDFFF escape unpaired is no character (no text can be written with it).
_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# The line ``json.dumps({"title": t}, ensure_ascii=False)`` writes, when ``t`` needs no escape: no quote, no
# backslash, no control character (which JSON would refuse raw). Its value is the text between the quotes.
_PLAIN_TITLE_LINE: Final = re.compile('\\{"title": "([^"\\\\\x00-\x1f]*)"\\}')
# A run of such lines (titles not empty), each ended by a line feed (or a carriage return and a line feed, one line
# break too): a block of lines is read a run at a time, with no step per line in Python. No title of a run holds a
# quote or a line break (none of those str.splitlines knows, the ones in \x00-\x1f and \x85, \u2028, \u2029), so
# its titles are what lies between ``{"title": "`` and ``"}``. Each pattern with the end of its lines' titles.
_TITLE_START: Final = '{"title": "'
_PLAIN_TITLE_RUNS: Final = tuple(
    (re.compile(f'(?:\\{{"title": "[^"\\\\\x00-\x1f\x85\u2028\u2029]+"\\}}{line_end})*'), '"}' + line_end)
    for line_end in ("\n", "\r\n")
)
# The decoder's C scanner (set on every JSONDecoder, absent from the type stubs).
_SCAN: Final[Callable[[str, int], tuple[Any, int]]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
# One decoder for every line (json.loads with a hook builds a new one per call); a repeated key is refused.
# Distinct results whose output text is kept (results of equal decisions are one shared object).
_PARTS_KEPT = 100_000


def register(subparsers: argparse._SubParsersAction[Any], help_line: str) -> None:
    """Add the ``classify`` subcommand."""
    parser = subparsers.add_parser(
        "classify",
        help=help_line,
        description=(
            "Classify free text into report categories: content (第二十条 item / 第二十一条 area), outcome "
            "(table 三 row), applicant (table 三 column). Each result names the rule and the words that matched."
        ),
    )
    parser.add_argument("kind", choices=("content", "outcome", "applicant"), help="what to classify")
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="texts to classify (or use --input)")
    parser.add_argument(
        "--input", metavar="FILE", help="a .jsonl or .csv file of records (- for JSONL on stdin)"
    )
    parser.add_argument(
        "--scheme", metavar="NAME|FILE", help="a bundled scheme name or a .toml/.json scheme file"
    )
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (atomically)")
    parser.add_argument(
        "--level", help="content: agency level (national, provincial, city, county, township)"
    )
    parser.add_argument("--declared", help="applicant: the declared type for every TEXT given")
    parser.add_argument(
        "--report-format",
        choices=("2021", "2019"),
        default="2021",
        help="outcome: rows of which report format",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Classify every input and write one result per input, a chunk at a time (constant memory at any size)."""
    if args.texts and args.input:
        raise CliError(
            "give TEXT arguments or --input FILE, not both",
            code="cli.usage",
            message_zh="要分类的文字（TEXT）和 --input 文件只能给出其一",
        )
    if not args.texts and not args.input:
        raise CliError(
            "nothing to classify: give TEXT arguments or --input FILE",
            code="cli.usage",
            message_zh="没有要分类的内容：请给出要分类的文字（TEXT）或 --input 文件",
        )
    scheme = _scheme(args.scheme or _DEFAULT_SCHEMES[args.kind])
    records = (
        _records(args.input)
        if args.input
        else (_record_for_text(args.kind, text, args) for text in args.texts)
    )
    if args.kind == "content" and args.input and not args.input.lower().endswith(".csv"):
        chunks = _content_chunks(args.input)
    else:
        chunks = _chunks(records)
    classify = _classifier(args.kind, scheme, args.report_format, args.level)
    writer = _Writer(args.format)
    with streamed_bytes_output(args.output) as write:
        opening = writer.start()  # written with the first chunk: an error in it leaves stdout untouched
        for chunk in chunks:
            results = classify(chunk)
            inputs = _inputs(chunk)
            for start in range(0, len(chunk), _WRITE_RECORDS):
                end = start + _WRITE_RECORDS
                write(opening + writer.lines(inputs[start:end], results[start:end]))
                opening = b""
        write(opening + writer.end())
    return 0


def _chunks(records: Iterator[Record]) -> Iterator[list[Item]]:
    """Records ``_CHUNK`` at a time, each chunk read when the one before it has been written."""
    while chunk := list(itertools.islice(records, _CHUNK)):
        yield list[Item](chunk)


def _content_chunks(path: str) -> Iterator[list[Item]]:
    """Content records of a JSON Lines file, ``_CHUNK`` at a time: :func:`_chunks` of :func:`_records`, faster.

    The same records, errors and moments: a chunk is given as soon as it is full, before a line after it is read,
    so a bad line fails after the chunks before it were written, as when the records were read one at a time. A
    line ``{"title": "…"}`` whose title needs no unescaping is given as the title itself, a run of them at a time.
    """
    size = _CHUNK
    items: list[Item] = []
    number = 0  # the number of the last line read
    for text in read_text_blocks(path):
        start = 0
        while start < len(text):
            titles, end = _title_run(text, start)
            if titles:
                items += titles
                number += len(titles)
            else:  # the lines up to the next line feed, split as the whole file is (a line feed ends a line)
                end = text.find("\n", start) + 1 or len(text)
                for line in text[start:end].splitlines():
                    number += 1
                    if line.strip():
                        items.append(_title_or_record(line, f"{path}:{number}"))
                        if len(items) == size:
                            yield items
                            items = []
            start = end
            while len(items) >= size:
                yield items[:size]
                del items[:size]
    if items:
        yield items


def _title_run(text: str, start: int) -> tuple[list[str], int]:
    """The titles of the run of title lines of ``text`` at ``start`` (none if there is none), and where it ends."""
    for pattern, title_end in _PLAIN_TITLE_RUNS:
        run = pattern.match(text, start)
        end = run.end() if run is not None else start
        if end > start:
            return text[start + len(_TITLE_START) : end - len(title_end)].split(title_end + _TITLE_START), end
    return [], start


def _title_or_record(line: str, where: str) -> Item:
    """A content line: its title when it is a title alone, else the record and where it is."""
    plain = _PLAIN_TITLE_LINE.fullmatch(line)
    if plain is not None and plain.group(1):
        return plain.group(1)
    record = _json_record(line, where)
    title = record.get("title")
    if len(record) == 1 and type(title) is str and title:  # a title alone, written with escapes
        return title
    return where, record


def _inputs(chunk: list[Item]) -> list[str]:
    """The text of each input, as the output shows it."""
    if {str}.issuperset(map(type, chunk)):  # titles alone
        return cast("list[str]", chunk)
    return [item if type(item) is str else _input_text(cast("Record", item)[1]) for item in chunk]


def _scheme(value: str) -> Scheme | str:
    path = Path(value)
    if path.suffix.lower() in {".toml", ".json"}:
        syntax: Literal["toml", "json"] = "toml" if path.suffix.lower() == ".toml" else "json"
        return parse_scheme(read_text(value), syntax, source=value)
    load_scheme(value)  # fail early, with the list of bundled names
    return value


def _record_for_text(kind: str, text: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    field = {"content": "title", "outcome": "text", "applicant": "name"}[kind]
    record: dict[str, Any] = {field: text}
    if kind == "applicant" and args.declared:
        record["declared"] = args.declared
    return _ARGUMENT, record


def _records(path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The records of a JSONL or CSV file as they are read, each with where it is (``file:line``)."""
    if path.lower().endswith(".csv"):
        yield from _csv_records(path, read_lines(path))
        return
    number = 0
    # The line ends str.splitlines knows, as when the file was read whole.
    for lines in read_line_blocks(path):
        for line in lines:
            number += 1
            if not line.strip():
                continue
            where = f"{path}:{number}"
            yield where, _json_record(line, where)


def _json_record(line: str, where: str) -> dict[str, Any]:
    plain = _PLAIN_TITLE_LINE.fullmatch(line)
    if plain is not None:  # the commonest line of a big file, read without a JSON parser (same value)
        return {"title": plain.group(1)}
    # Fast path: the C scanner on the line as it is (no wrapper, no error handling: any doubt takes the full
    # path, which also words the errors). Every key of a JSON object is a string followed by optional blanks
    # and a colon, so a line with as many of those as its object has keys has no nested object and no repeated
    # key (a repeated key leaves fewer keys than colons). Any other line is parsed again with the checking hook.
    try:
        value, end = _SCAN(line, 0)
    except (StopIteration, ValueError, RecursionError):
        value, end = None, -1
    if not (
        isinstance(value, dict)
        and not line[end:].strip(_JSON_BLANKS)
        and len(_KEY_END.findall(line)) == len(value)
    ):
        try:
            value = load_json(line)
        except ParseError as exc:
            raise CliError(
                f"{where}: {exc}", code=syntax_code(exc), message_zh=f"{_where_zh(where)}：{exc.message_zh}"
            ) from None
        if not isinstance(value, dict):
            raise CliError(
                f"{where}: each line must be a JSON object, not {type(value).__name__}",
                code="cli.invalid_record",
                message_zh=f'{_where_zh(where)}：每行应是一个 JSON 对象（如 {{"title": "…"}}），'
                f"而这一行是{_JSON_KINDS_ZH.get(type(value), '其他值')}",
            )
    if "\\u" in line:  # only an escape can give a lone surrogate: the file itself was decoded as UTF-8
        _refuse_lone_surrogates(value, where)
    return value


def _refuse_lone_surrogates(record: dict[str, Any], where: str) -> None:
    for name, value in record.items():
        if isinstance(value, str) and (lone := _LONE_SURROGATE.search(value)) is not None:
            escape = f"\\u{ord(lone.group()):04x}"
            raise CliError(
                f"{where}: field {name!r} holds {escape}, half of a surrogate pair: no character",
                code="cli.invalid_record",
                message_zh=f"{_where_zh(where)}：字段“{name}”含有转义 {escape}，它只是代理对的一半，不代表任何字符"
                "（请检查生成此文件的程序）",
            )


# What a JSON line holds when it is not an object, as staff would say it.
_JSON_KINDS_ZH: Final[dict[type, str]] = {
    list: "列表",
    str: "字符串",
    int: "数字",
    float: "数字",
    bool: "真假值",
    type(None): "null",
}


def _where_zh(where: str) -> str:
    """Where a record is, in Chinese: ``path:line`` as “path”第 line 行; a TEXT argument as such."""
    if where == _ARGUMENT:
        return "命令行给出的文字"
    path, _, line = where.rpartition(":")
    return f"“{path}”第{line}行" if path and line.isdigit() else f"“{where}”"


def _csv_records(path: str, lines: Iterator[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Records of a CSV file; a field over the size limit or a row with more cells than the header is an error."""
    csv.field_size_limit(CSV_FIELD_CHARS.value)
    reader = csv.DictReader(lines)
    try:
        if reader.fieldnames is None:
            raise CliError(
                f"{path}: empty CSV file (no header row)",
                code="cli.invalid_record",
                message_zh=f"{path}：CSV 文件是空的（没有表头行）",
            )
        for row in reader:
            where = f"{path}:{reader.line_num}"
            extra = row.pop(None, None)  # DictReader's restkey
            if extra and any(cell.strip() for cell in extra):
                raise CliError(
                    f"{where}: the row has more cells than the header (extra: {extra[0][:40]!r})",
                    code="cli.invalid_record",
                    message_zh=f"{_where_zh(where)}：该行的单元格比表头多（多出：{extra[0][:40]!r}）",
                )
            yield where, {key: value for key, value in row.items() if value}
    except csv.Error as exc:
        # The line read last (the DictReader's count stops at the last good row).
        line = reader.reader.line_num
        raise CliError(
            f"{path}:{line}: not valid CSV ({exc})",
            code="cli.invalid_record",
            message_zh=f"“{path}”第{line}行：不是有效的 CSV（{parser_reason_zh(str(exc))}）",
        ) from None


def _field(record: dict[str, Any], names: tuple[str, ...], where: str, *, required: bool) -> str | None:
    for name in names:
        value = record.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise CliError(
                f"{where}: field {name!r} must be a string, not {type(value).__name__}",
                code="cli.invalid_record",
                message_zh=f"{_where_zh(where)}：字段“{name}”应是文字（字符串），"
                f"而这里是{_JSON_KINDS_ZH.get(type(value), '其他值')}",
            )
        return value
    if required:
        raise CliError(
            f"{where}: missing field {' or '.join(repr(name) for name in names)}",
            code="cli.invalid_record",
            message_zh=f"{_where_zh(where)}：缺少字段“{'”或“'.join(names)}”",
        )
    return None


def _classify_content(content: ContentClassifier, chunk: list[Item], level: str | None) -> list[Result]:
    """Content results of a chunk: records with only a title (and level) go through ``classify_many``."""
    if {str}.issuperset(map(type, chunk)):  # titles alone, the common chunk of a big file: one batch
        return list[Result](content.classify_many(cast("list[str]", chunk), level=level))
    results: list[Result | None] = [None] * len(chunk)
    by_level: dict[str | None, list[int]] = {}
    titles: list[str] = []
    for index, item in enumerate(chunk):
        if type(item) is str:
            titles.append(item)
            by_level.setdefault(level, []).append(index)
            continue
        where, record = cast("Record", item)
        title = record.get("title")
        if (
            len(record) == 1 and type(title) is str and title
        ):  # the common record, {"title": …}: no checks left
            titles.append(title)
            by_level.setdefault(level, []).append(index)
            continue
        title = _field(record, ("title", "text"), where, required=True) or ""
        body = _field(record, ("body",), where, required=False)
        agency = _field(record, ("agency",), where, required=False)
        _field(record, ("document_number",), where, required=False)  # checked; no rule reads it
        record_level = _field(record, ("level", "agency_level"), where, required=False) or level
        titles.append(title)
        if body is None and agency is None:  # the title alone decides: the batch path
            by_level.setdefault(record_level, []).append(index)
        else:
            results[index] = content.classify(title, body=body, agency=agency, level=record_level)
    for record_level, indices in by_level.items():
        batch = content.classify_many([titles[index] for index in indices], level=record_level)
        for index, result in zip(indices, batch, strict=True):
            results[index] = result
    return [result for result in results if result is not None]


def _classifier(
    kind: str, scheme: Scheme | str, report_format: Literal["2021", "2019"], level: str | None
) -> Callable[[list[Item]], list[Result]]:
    """A function classifying a chunk of records, through the classifiers' batch paths where a record allows."""
    if kind == "content":
        content = ContentClassifier(scheme)
        return lambda chunk: _classify_content(content, chunk, level)
    if kind == "outcome":
        outcome = OutcomeClassifier(scheme, report_format=report_format)

        def classify_outcome(record: dict[str, Any], where: str) -> Result:
            decision = _field(record, ("decision",), where, required=False)
            if decision is not None:
                return outcome.classify_decision(
                    decision,
                    ground=_field(record, ("ground",), where, required=False),
                    reason=_field(record, ("reason", "text"), where, required=False),
                )
            return outcome.classify(_field(record, ("text", "reason"), where, required=True) or "")

        # Outcome and applicant chunks are records only (titles alone are content's).
        return lambda chunk: [
            classify_outcome(record, where) for where, record in cast("list[Record]", chunk)
        ]
    applicant = ApplicantClassifier(scheme)

    def classify_applicant(record: dict[str, Any], where: str) -> Result:
        return applicant.classify(
            _field(record, ("name",), where, required=True) or "",
            _field(record, ("declared", "declared_type"), where, required=False),
        )

    return lambda chunk: [classify_applicant(record, where) for where, record in cast("list[Record]", chunk)]


def _input_text(record: dict[str, Any]) -> str:
    for name in ("title", "text", "reason", "decision", "name"):
        value = record.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


class _Writer:
    """The output of results as UTF-8 bytes, a piece at a time, with each distinct result's part encoded once.

    Results of equal decisions are shared objects, so the part of a line that depends on the result alone (what
    follows the input: its JSON, or its text columns, to the line's end) is kept, encoded, by object: no
    ``model_dump`` and no encoding of it per record.
    The bytes are those of one ``json.dumps`` of the whole list (``json``) or of each line (``jsonl``), encoded:
    the input, quoted as ``json.dumps`` quotes a string, between the fixed bytes of each format.
    """

    def __init__(self, output_format: str) -> None:
        self.output_format = output_format
        self._parts: dict[int, bytes] = {}
        self._kept: dict[int, Result] = {}  # the results of the parts kept, so that no id is reused meanwhile
        self._written = 0

    def start(self) -> bytes:
        """What comes before the first line."""
        return b"[" if self.output_format == "json" else b""

    def end(self) -> bytes:
        """What comes after the last line (as the whole-list writer wrote it, for no line too)."""
        if self.output_format == "json":
            return b"\n]\n" if self._written else b"]\n"
        return b"" if self._written or self.output_format == "jsonl" else b"\n"

    def lines(self, inputs: list[str], results: list[Result]) -> bytes:
        """The bytes of the lines of some inputs (their texts) and their results: head, input, result's tail."""
        tails = map(self._known_parts(results).__getitem__, map(id, results))
        # encode_basestring is what json.dumps(text, ensure_ascii=False) calls for a string: the same text.
        if self.output_format == "text":
            pieces: tuple[Iterable[bytes], ...] = (map(str.encode, inputs), tails)
        else:
            texts = map(str.encode, map(encode_basestring, inputs))
            if self.output_format == "jsonl":
                heads: Iterable[bytes] = repeat(b'{"input": ')
            else:
                first = b",\n  " if self._written else b"\n  "
                heads = chain([first + b'{\n    "input": '], repeat(b',\n  {\n    "input": '))
            pieces = (heads, texts, tails)
        self._written += len(inputs)
        return b"".join(chain.from_iterable(zip(*pieces, strict=False)))  # the heads repeat endlessly

    def _known_parts(self, results: list[Result]) -> dict[int, bytes]:
        """The parts kept, with those of ``results`` among them."""
        if self._parts.keys() >= set(map(id, results)):  # the common piece: every result seen before
            return self._parts
        by_id = dict(zip(map(id, results), results, strict=True))
        if len(self._parts) + len(by_id) > _PARTS_KEPT:
            self._parts.clear()
            self._kept.clear()
        for key in by_id.keys() - self._parts.keys():
            self._parts[key] = self._part(by_id[key])
            self._kept[key] = by_id[key]
        return self._parts

    def _part(self, result: Result) -> bytes:
        """What follows the input in a result's line, to the line's end."""
        if self.output_format == "json":
            text = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2).replace(
                "\n", "\n    "
            )
            return b',\n    "result": ' + text.encode() + b"\n  }"
        if self.output_format == "jsonl":
            text = json.dumps(result.model_dump(mode="json"), ensure_ascii=False)
            return b', "result": ' + text.encode() + b"}\n"
        return b"\t" + _text_columns(result).encode() + b"\n"


def _text_columns(result: Result) -> str:
    """The columns of a text line after the input: category, confidence, rule, runner-up, area."""
    category = "(no match)"
    if result.category is not None:
        category = result.category if result.label == result.category else f"{result.category} {result.label}"
    line = f"{category}\t[{result.confidence.value}]"
    if result.rule_id:
        line += f"\trule={result.rule_id}\tmatched={'、'.join(result.matched)}"
    if result.runner_up is not None:
        line += f"\trunner_up={result.runner_up.category}"
    if isinstance(result, ContentResult) and result.area is not None and result.area.category:
        line += f"\tarea={result.area.category} {result.area.label} [{result.area.confidence.value}]"
        if result.area.note:
            line += f"\tnote={result.area.note}"
    return line
