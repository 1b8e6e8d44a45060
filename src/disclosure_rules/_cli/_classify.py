"""``classify {content|outcome|applicant}``: classify texts given as arguments or in a JSONL/CSV file.

One result per input, with category, rule and matched words, as text lines or JSON. Input records:

    content    title (or text), optional body, agency, level (or agency_level), document_number
    outcome    text (or reason), or decision with optional ground and reason
    applicant  name, optional declared (or declared_type)
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

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
from disclosure_rules._cli._common import CliError, read_text, unique_object, write_output
from disclosure_rules._limits import CSV_FIELD_CHARS

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

Result = ContentResult | OutcomeResult | ApplicantResult
_DEFAULT_SCHEMES = {"content": "art20_21_2019", "outcome": "outcome_2021", "applicant": "applicant"}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``classify`` subcommand."""
    parser = subparsers.add_parser(
        "classify",
        help="classify item titles, reply reasons or applicant names, explaining each decision",
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
    parser.add_argument("--output", metavar="FILE", help="write here instead of stdout (atomically)")
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
    """Classify every input and write one result per input."""
    if args.texts and args.input:
        raise CliError("give TEXT arguments or --input FILE, not both")
    if not args.texts and not args.input:
        raise CliError("nothing to classify: give TEXT arguments or --input FILE")
    scheme = _scheme(args.scheme or _DEFAULT_SCHEMES[args.kind])
    records = (
        _records(args.input)
        if args.input
        else [_record_for_text(args.kind, text, args) for text in args.texts]
    )
    classify = _classifier(args.kind, scheme, args.report_format)
    pairs = [(record, classify(record, args, where)) for where, record in records]
    write_output(args.output, _render(pairs, args.format))
    return 0


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
    return "argument", record


def _csv_records(path: str, text: str) -> list[tuple[str, dict[str, Any]]]:
    """Records of a CSV file; a field over the size limit or a row with more cells than the header is an error."""
    csv.field_size_limit(CSV_FIELD_CHARS.value)
    reader = csv.DictReader(io.StringIO(text))
    rows: list[tuple[str, dict[str, Any]]] = []
    try:
        for row in reader:
            where = f"{path}:{reader.line_num}"
            extra = row.pop(None, None)  # DictReader's restkey
            if extra and any(cell.strip() for cell in extra):
                msg = f"{where}：该行的单元格比表头多（多出：{extra[0][:40]!r}）"
                raise CliError(msg)
            rows.append((where, {key: value for key, value in row.items() if value}))
    except csv.Error as exc:
        raise CliError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None
    if reader.fieldnames is None:
        raise CliError(f"{path}: empty CSV file (no header row)")
    return rows


def _records(path: str) -> list[tuple[str, dict[str, Any]]]:
    text = read_text(path)
    if path.lower().endswith(".csv"):
        return _csv_records(path, text)
    records: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line, object_pairs_hook=unique_object)
        except json.JSONDecodeError as exc:
            raise CliError(f"{path}:{number}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        except RecursionError:
            raise CliError(f"{path}:{number}: not valid JSON (nested too deeply)") from None
        except ValueError as exc:  # a repeated key
            raise CliError(f"{path}:{number}: {exc}") from None
        if not isinstance(value, dict):
            raise CliError(f"{path}:{number}: each line must be a JSON object, not {type(value).__name__}")
        records.append((f"{path}:{number}", value))
    return records


def _field(record: dict[str, Any], names: tuple[str, ...], where: str, *, required: bool) -> str | None:
    for name in names:
        value = record.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise CliError(f"{where}: field {name!r} must be a string, not {type(value).__name__}")
        return value
    if required:
        raise CliError(f"{where}: missing field {' or '.join(repr(name) for name in names)}")
    return None


def _classifier(
    kind: str, scheme: Scheme | str, report_format: Literal["2021", "2019"]
) -> Callable[[dict[str, Any], argparse.Namespace, str], Result]:
    if kind == "content":
        content = ContentClassifier(scheme)

        def classify_content(record: dict[str, Any], args: argparse.Namespace, where: str) -> Result:
            return content.classify(
                _field(record, ("title", "text"), where, required=True) or "",
                body=_field(record, ("body",), where, required=False),
                agency=_field(record, ("agency",), where, required=False),
                document_number=_field(record, ("document_number",), where, required=False),
                level=_field(record, ("level", "agency_level"), where, required=False) or args.level,
            )

        return classify_content
    if kind == "outcome":
        outcome = OutcomeClassifier(scheme, report_format=report_format)

        def classify_outcome(record: dict[str, Any], args: argparse.Namespace, where: str) -> Result:
            del args
            decision = _field(record, ("decision",), where, required=False)
            if decision is not None:
                return outcome.classify_decision(
                    decision,
                    ground=_field(record, ("ground",), where, required=False),
                    reason=_field(record, ("reason", "text"), where, required=False),
                )
            return outcome.classify(_field(record, ("text", "reason"), where, required=True) or "")

        return classify_outcome
    applicant = ApplicantClassifier(scheme)

    def classify_applicant(record: dict[str, Any], args: argparse.Namespace, where: str) -> Result:
        del args
        return applicant.classify(
            _field(record, ("name",), where, required=True) or "",
            _field(record, ("declared", "declared_type"), where, required=False),
        )

    return classify_applicant


def _input_text(record: dict[str, Any]) -> str:
    for name in ("title", "text", "reason", "decision", "name"):
        value = record.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def _render(pairs: list[tuple[dict[str, Any], Result]], output_format: str) -> str:
    if output_format in {"json", "jsonl"}:
        objects = [
            {"input": _input_text(record), "result": result.model_dump(mode="json")}
            for record, result in pairs
        ]
        if output_format == "json":
            return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
        return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in objects)
    lines = []
    for record, result in pairs:
        category = "(no match)"
        if result.category is not None:
            category = (
                result.category if result.label == result.category else f"{result.category} {result.label}"
            )
        line = f"{_input_text(record)}\t{category}\t[{result.confidence.value}]"
        if result.rule_id:
            line += f"\trule={result.rule_id}\tmatched={'、'.join(result.matched)}"
        if result.runner_up is not None:
            line += f"\trunner_up={result.runner_up.category}"
        if isinstance(result, ContentResult) and result.area is not None and result.area.category:
            line += f"\tarea={result.area.category} {result.area.label} [{result.area.confidence.value}]"
            if result.area.note:
                line += f"\tnote={result.area.note}"
        lines.append(line)
    return "\n".join(lines) + "\n"
