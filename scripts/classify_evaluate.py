"""Accuracy of the three classifiers on the labelled development set, per class and per split.

    .venv/bin/python scripts/classify_evaluate.py              # print the tables (Markdown)
    .venv/bin/python scripts/classify_evaluate.py --errors dev # also list the wrong answers of one split
    .venv/bin/python scripts/classify_evaluate.py --update-docs   # rewrite the tables in docs/classifiers.md
    .venv/bin/python scripts/classify_evaluate.py --dump DIR      # every answer as JSON lines, to compare two codes

Data: tests/data/classify/{titles,reasons,applicants}.jsonl, each line with a "split" of "dev" (used while
writing rules) or "holdout" (never looked at while writing rules), fresh_{titles,reasons,applicants}.jsonl
(split "fresh": other provinces and levels, labelled before the classifier was run on them, never used to tune
a rule), blind_2026-12-06/{titles,reasons,applicants}.jsonl (split "blind": frozen before the rules of
issue 14 were changed; read after its one measurement, so it is development data since the second round) and
blind_2026-12-06b/ (split "blind2": the second round's blind set; read after its one measurement, so it is
development data since the third round), blind_2026-12-06c/ (split "blind3": the third round's blind set; read after
its one measurement, so it is development data since the fourth round) and blind_2026-12-06d/ (split "blind4": the
fourth round's blind set, frozen before its rule changes and measured once; read after that measurement, so it is
development data since the fifth round; see its README) and blind_2026-12-06e/ (split "blind5": the fifth round's
blind set, collected and labelled by an engineer who did not see that round's rule changes, frozen before them and
measured once at the end of the round; read after that measurement, so it is development data since the sixth
round; see its README) and blind_2026-12-06f/ (split "blind6": the sixth round's blind set, collected the same way and
measured once at the end of round 6; read after that measurement, so it is development data since the seventh round;
see its README) and blind_2026-12-06g/ (split "blind7": the seventh round's blind set, collected the same way and
measured once at the end of round 7; development data since the eighth round) and blind_2026-12-06h/ (split "blind8":
the eighth round's blind set, measured once at the end of round 8; development data since the ninth round) and
blind_2026-12-06i/ (split "blind9": the ninth round's blind set, measured once at the end of round 9; development data
since the tenth round) and blind_2026-12-06j/ (split "blind10": the tenth round's blind set, measured once at the end of
round 10; development data since the eleventh round, three applicant labels corrected in round 11, see its README)
and blind_2026-12-06k/ (split "blind11": the eleventh round's blind set, measured once at the end of round 11;
development data since the twelfth round), and so on to blind_2026-12-08b/ (split "blind70"): ``BLIND_SETS`` below
lists every folder and split, each set measured once at the end of its round and development data since the next
(see each folder's README); blind70 too was measured once (after round 74) and is development data now
(docs/classifiers.md). ``--splits`` leaves splits out: a new blind set, once added to ``BLIND_SETS``, is left out
while tuning and measured once with ``--splits <its split>``.
Rules:
- a *clear* title is right when the 第二十条 item equals ``expected_art20`` (None = no match) and, where the
  label names a 第二十一条 area, the area equals it;
- an *ambiguous* title (``clear: false``) is a confident error only when the classifier says ``clear`` and
  its item differs from the label; answering ``ambiguous`` or ``none`` is never a confident error.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
    load_scheme,
)
from disclosure_rules._labels import ApplicantType
from disclosure_rules._models import AgencyLevel

if TYPE_CHECKING:
    from collections.abc import Callable

    from disclosure_rules._classify import ApplicantResult, ContentResult, OutcomeResult

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "classify"
# The blind sets of issue 14, one row each (folder, split): labelled by hand before the rules were changed, measured
# once per change. Each was read after its measurement and is development data since the next round (blind4 since the
# fifth, blind5 since the sixth, ..., blind11 since the twelfth, ..., blind70 since round 74's measurement).
BLIND_SETS = (
    ("blind_2026-12-06", "blind"),
    ("blind_2026-12-06b", "blind2"),
    ("blind_2026-12-06c", "blind3"),
    ("blind_2026-12-06d", "blind4"),
    ("blind_2026-12-06e", "blind5"),
    ("blind_2026-12-06f", "blind6"),
    ("blind_2026-12-06g", "blind7"),
    ("blind_2026-12-06h", "blind8"),
    ("blind_2026-12-06i", "blind9"),
    ("blind_2026-12-06j", "blind10"),
    ("blind_2026-12-06k", "blind11"),
    ("blind_2026-12-06l", "blind12"),
    ("blind_2026-12-06m", "blind13"),
    ("blind_2026-12-06n", "blind14"),
    ("blind_2026-12-06o", "blind15"),
    ("blind_2026-12-06p", "blind16"),
    ("blind_2026-12-07a", "blind17"),
    ("blind_2026-12-07b", "blind18"),
    ("blind_2026-12-07c", "blind19"),
    ("blind_2026-12-07d", "blind20"),
    ("blind_2026-12-07e", "blind21"),
    ("blind_2026-12-07f", "blind22"),
    ("blind_2026-12-07g", "blind23"),
    ("blind_2026-12-07h", "blind24"),
    ("blind_2026-12-07i", "blind25"),
    ("blind_2026-12-07j", "blind26"),
    ("blind_2026-12-07k", "blind27"),
    ("blind_2026-12-07l", "blind28"),
    ("blind_2026-12-07m", "blind29"),
    ("blind_2026-12-07n", "blind30"),
    ("blind_2026-12-07o", "blind31"),
    ("blind_2026-12-07p", "blind32"),
    ("blind_2026-12-07q", "blind33"),
    ("blind_2026-12-07r", "blind34"),
    ("blind_2026-12-07s", "blind35"),
    ("blind_2026-12-07t", "blind36"),
    ("blind_2026-12-07u", "blind37"),
    ("blind_2026-12-07v", "blind38"),
    ("blind_2026-12-07w", "blind39"),
    ("blind_2026-12-07x", "blind40"),
    ("blind_2026-12-07y", "blind41"),
    ("blind_2026-12-07z", "blind42"),
    ("blind_2026-12-07za", "blind43"),
    ("blind_2026-12-07zb", "blind44"),
    ("blind_2026-12-07zc", "blind45"),
    ("blind_2026-12-07zd", "blind46"),
    ("blind_2026-12-07ze", "blind47"),
    ("blind_2026-12-07zf", "blind48"),
    ("blind_2026-12-07zg", "blind49"),
    ("blind_2026-12-07zh", "blind50"),
    ("blind_2026-12-07zi", "blind51"),
    ("blind_2026-12-07zj", "blind52"),
    ("blind_2026-12-07zk", "blind53"),
    ("blind_2026-12-07zl", "blind54"),
    ("blind_2026-12-07zm", "blind55"),
    ("blind_2026-12-07zn", "blind56"),
    ("blind_2026-12-07zo", "blind57"),
    ("blind_2026-12-07zp", "blind58"),
    ("blind_2026-12-07zq", "blind59"),
    ("blind_2026-12-07zr", "blind60"),
    ("blind_2026-12-07zs", "blind61"),
    ("blind_2026-12-07zt", "blind62"),
    ("blind_2026-12-07zu", "blind63"),
    ("blind_2026-12-07zv", "blind64"),
    ("blind_2026-12-07zw", "blind65"),
    ("blind_2026-12-07zx", "blind66"),
    ("blind_2026-12-07zy", "blind67"),
    ("blind_2026-12-07zz", "blind68"),
    ("blind_2026-12-08", "blind69"),
    ("blind_2026-12-08b", "blind70"),
)
ALL_SPLITS = ("dev", "holdout", "fresh", *(split for _, split in BLIND_SETS))
SPLITS: tuple[str, ...] = ALL_SPLITS  # the splits measured in this run (``--splits``)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "classifiers.md"
START, END = "<!-- accuracy:start (scripts/classify_evaluate.py --update-docs) -->", "<!-- accuracy:end -->"
# Issue 14, round 19: the applicant rules the code applies, a table generated from applicant.toml's [[code_rules]].
RULES_START = "<!-- applicant-code-rules:start (scripts/classify_evaluate.py --update-docs) -->"
RULES_END = "<!-- applicant-code-rules:end -->"


# The three kinds of labelled file (by the end of the file's name) and the field each holds its text in.
TEXT_FIELDS = {"titles.jsonl": "title", "reasons.jsonl": "text", "applicants.jsonl": "name"}


class LabelError(ValueError):
    """A labelled line with a field that holds no value of its file's schema; the message names the file and line."""


@functools.cache
def _schema() -> dict[str, dict[str, frozenset[Any]]]:
    """Issue 14, round 23: the values each field the evaluator reads may hold, per file kind (by the file's name).

    Item codes (第二十条) and area codes (第二十一条) are the title scheme's, outcome rows the outcome scheme's, levels
    the values of ``AgencyLevel``, applicant types those of ``ApplicantType``; ``None`` is JSON ``null``, never the
    string ``"null"`` (blind21's collector wrote that in 22 places, and the evaluator scored it silently).
    """
    content = load_scheme("art20_21_2019")
    items = frozenset(c.code for c in content.axes[0].categories if c.code.startswith("A20."))
    areas = frozenset(category.code for category in content.axes[1].categories)
    rows = frozenset(category.code for category in load_scheme("outcome_2021").axes[0].categories)
    types = frozenset(member.value for member in ApplicantType)
    return {
        "titles.jsonl": {
            "expected_art20": items | {None},
            "expected_art21": areas | {None},
            "agency_level": frozenset(level.value for level in AgencyLevel) | {None},
            "clear": frozenset({True, False}),
        },
        "reasons.jsonl": {"expected_row": rows, "format": frozenset({"2021"})},
        "applicants.jsonl": {"expected": types, "declared_type": types | {None}},
    }


def check_line(kind: str, row: object, where: str) -> None:
    """``LabelError`` naming ``where`` (file:line) when ``row`` is no object or a field holds no value of the schema."""
    if not isinstance(row, dict):
        raise LabelError(f"{where}: the line is no JSON object")
    text_field = TEXT_FIELDS[kind]
    if not isinstance(row.get(text_field), str) or not row[text_field].strip():
        raise LabelError(f"{where}: field {text_field!r} must be a non-empty string")
    if not isinstance(row.get("split", "dev"), str):
        raise LabelError(f"{where}: field 'split' must be a string")
    for field, allowed in _schema()[kind].items():
        if field not in row and None in allowed:
            continue
        value = row.get(field)
        # A number is no boolean (1 == True in Python), and a list or an object is no label.
        typed = isinstance(value, bool) == any(isinstance(choice, bool) for choice in allowed)
        if field not in row or isinstance(value, (list, dict)) or not typed or value not in allowed:
            shown = "missing" if field not in row else f"holds {json.dumps(value, ensure_ascii=False)}"
            hint = ' (write JSON null, not the string "null")' if value in ("null", "None", "") else ""
            raise LabelError(f"{where}: field {field!r} {shown}, which is no value of the schema{hint}")


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """The labelled lines of ``path`` (a titles, reasons or applicants file), each checked against the schema."""
    kind = next(kind for kind in TEXT_FIELDS if path.name.endswith(kind))
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{_shown_path(path)}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise LabelError(f"{where}: not JSON ({error.msg})") from error
        check_line(kind, row, where)
        rows.append(row)
    return rows


def _shown_path(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it, else as given."""
    root = DATA.parent.parent.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _load(name: str) -> list[dict[str, Any]]:
    """The lines of ``name``, of its ``fresh_`` companion and of the blind sets' files (of measured splits).

    Each line is checked against the schema first (round 23): an unknown label stops the run with ``LabelError``.
    """
    rows: list[dict[str, Any]] = []
    # A blind set's files are not even read unless its split is measured (so a tuning run cannot print its lines).
    blinds = (DATA / folder / name for folder, split in BLIND_SETS if split in SPLITS)
    for path in (DATA / name, DATA / f"fresh_{name}", *blinds):
        if path.is_file():
            rows += read_labelled(path)
    return rows


# How each file's line is classified: the one call the tables and ``--dump`` share.
def _classify_title(row: dict[str, Any]) -> ContentResult:
    return classify_content(row["title"], level=row.get("agency_level"))


def _classify_reason(row: dict[str, Any]) -> OutcomeResult:
    return classify_outcome(row["text"], report_format=row.get("format", "2021"))


def _classify_name(row: dict[str, Any]) -> ApplicantResult:
    return classify_applicant(row["name"], row.get("declared_type"))


def evaluate_titles(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per split: clear-title accuracy (item, area, both), per-class item accuracy, confident errors."""
    report: dict[str, Any] = {}
    for split in SPLITS:
        part = [row for row in rows if row.get("split", "dev") == split]
        per_class: dict[str, Counter[str]] = defaultdict(Counter)
        counts: Counter[str] = Counter()
        errors: list[str] = []
        for row in part:
            result = _classify_title(row)
            area = result.area.category if result.area is not None else None
            item_ok = result.category == row["expected_art20"]
            area_ok = row["expected_art21"] is None or area == row["expected_art21"]
            if row["clear"]:
                counts["clear"] += 1
                counts["clear_item_ok"] += item_ok
                counts["clear_area_ok"] += area_ok
                counts["clear_ok"] += item_ok and area_ok
                # Decided: a clear category, or "no category" (no rule, or an abstaining rule such as work
                # news) for a title labelled with none.
                decided = result.confidence is Confidence.CLEAR or (
                    result.category is None and row["expected_art20"] is None
                )
                counts["clear_confident_ok"] += item_ok and decided
                label = row["expected_art20"] or "(none)"
                per_class[label]["n"] += 1
                per_class[label]["ok"] += item_ok
                if not (item_ok and area_ok):
                    errors.append(
                        f"clear   {row['title']} | expected {row['expected_art20']}/{row['expected_art21']} "
                        f"got {result.category}/{area} [{result.confidence.value}] {result.rule_id} {result.matched}"
                    )
            else:
                counts["ambiguous"] += 1
                if result.confidence is Confidence.CLEAR and not item_ok:
                    counts["confident_wrong"] += 1
                    errors.append(
                        f"AMBIG   {row['title']} | expected {row['expected_art20']} got {result.category} "
                        f"[clear] {result.rule_id} {result.matched}"
                    )
                counts["ambiguous_item_ok"] += item_ok
        report[split] = {"counts": counts, "per_class": per_class, "errors": errors}
    return report


def evaluate_labels(rows: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    """Per split: accuracy per expected class for outcome rows or applicant types."""
    report: dict[str, Any] = {}
    for split in SPLITS:
        per_class: dict[str, Counter[str]] = defaultdict(Counter)
        errors: list[str] = []
        for row in (row for row in rows if row.get("split", "dev") == split):
            if kind == "outcome":
                outcome = _classify_reason(row)
                got, expected, shown = outcome.category, row["expected_row"], row["text"]
                detail = f"{outcome.rule_id} {outcome.matched}"
            else:
                applicant = _classify_name(row)
                got = applicant.category.value if applicant.category else None
                expected, shown = row["expected"], row["name"]
                detail = f"{applicant.rule_id} {applicant.matched}"
            per_class[expected]["n"] += 1
            per_class[expected]["ok"] += got == expected
            if got != expected:
                errors.append(f"{shown} | expected {expected} got {got} {detail}")
        report[split] = {"per_class": per_class, "errors": errors}
    return report


def render_code_rules() -> str:
    """The applicant scheme's ``code_rules`` table as Markdown (id, column, weak, basis, note)."""
    scheme = load_scheme("applicant")
    labels = {category.code: category.label for category in scheme.axes[0].categories}
    lines = [
        (
            f"The rules `applicant.toml` (version {scheme.version}) declares in `[[code_rules]]`: applied by the "
            "code, beside its phrase rules."
        ),
        "",
        "| rule | column | weak | article or convention | note |",
        "|---|---|---|---|---|",
    ]
    for rule in scheme.code_rules:
        column = labels.get(rule.column, "the column it reads")
        cells = (f"`{rule.id}`", column, "weak" if rule.weak else "", rule.basis, rule.note or "")
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def _replace_block(page: str, start: str, end: str, text: str) -> str:
    """``page`` with the text between the markers ``start`` and ``end`` replaced by ``text``."""
    head, _, rest = page.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{text}{end}{tail}"


def dump(directory: Path) -> None:
    """Every answer of every measured split, one JSON line each (input and full result), in ``directory``.

    Issue 14, round 19: run it with two codes and compare the files (``cmp``) to prove a change leaves the answers
    byte-identical, or list the lines it changes.
    """
    directory.mkdir(parents=True, exist_ok=True)
    readers: tuple[
        tuple[str, str, Callable[[dict[str, Any]], ContentResult | OutcomeResult | ApplicantResult]], ...
    ] = (
        ("titles.jsonl", "title", _classify_title),
        ("reasons.jsonl", "text", _classify_reason),
        ("applicants.jsonl", "name", _classify_name),
    )
    for name, key, classify in readers:
        lines = [
            json.dumps(
                {
                    "split": row.get("split", "dev"),
                    "in": row[key],
                    "out": json.loads(classify(row).model_dump_json()),
                },
                ensure_ascii=False,
            )
            for row in _load(name)
            if row.get("split", "dev") in SPLITS
        ]
        (directory / name).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def _pct(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / n:.1f}%)" if n else "-"


def render(titles: dict[str, Any], reasons: dict[str, Any], applicants: dict[str, Any]) -> str:
    """The accuracy tables as Markdown."""
    lines = ["### Content titles (第二十条 item, 第二十一条 area)", ""]
    header = "| {} | " + " | ".join(SPLITS) + " |"
    rule = "|---|" + "---|" * len(SPLITS)
    lines += [header.format("measure"), rule]

    def both(key_ok: str, key_n: str) -> str:
        return " | ".join(_pct(titles[s]["counts"][key_ok], titles[s]["counts"][key_n]) for s in SPLITS)

    lines.append(f"| clear titles right (item and area) | {both('clear_ok', 'clear')} |")
    lines.append(f"| clear titles, item right | {both('clear_item_ok', 'clear')} |")
    lines.append(f"| clear titles, area right where labelled | {both('clear_area_ok', 'clear')} |")
    lines.append(
        "| clear titles answered right *and* decided (confidence clear; for a no-category label, no category) | "
        f"{both('clear_confident_ok', 'clear')} |"
    )
    lines.append(
        "| confident wrong answers on ambiguous titles | "
        + " | ".join(
            f"{titles[s]['counts']['confident_wrong']} of {titles[s]['counts']['ambiguous']}" for s in SPLITS
        )
        + " |"
    )
    for title, report in (("Clear titles per item", titles), ("Outcome rows (table 三)", reasons)):
        lines += ["", f"### {title}", "", header.format("class"), rule]
        classes = sorted(set().union(*(report[s]["per_class"] for s in SPLITS)))
        for name in classes:
            cells = [
                _pct(report[s]["per_class"][name]["ok"], report[s]["per_class"][name]["n"]) for s in SPLITS
            ]
            lines.append(f"| {name} | {' | '.join(cells)} |")
        totals = [
            _pct(
                sum(c["ok"] for c in report[s]["per_class"].values()),
                sum(c["n"] for c in report[s]["per_class"].values()),
            )
            for s in SPLITS
        ]
        lines.append(f"| **all** | {' | '.join(totals)} |")
    lines += [
        "",
        "### Applicant types (table 三 columns)",
        "",
        header.format("class"),
        rule,
    ]
    classes = sorted(set().union(*(applicants[s]["per_class"] for s in SPLITS)))
    for name in classes:
        cells = [
            _pct(applicants[s]["per_class"][name]["ok"], applicants[s]["per_class"][name]["n"])
            for s in SPLITS
        ]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    totals = [
        _pct(
            sum(c["ok"] for c in applicants[s]["per_class"].values()),
            sum(c["n"] for c in applicants[s]["per_class"].values()),
        )
        for s in SPLITS
    ]
    lines.append(f"| **all** | {' | '.join(totals)} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print (or write) the accuracy tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=ALL_SPLITS, help="also list the wrong answers of this split")
    parser.add_argument(
        "--splits", nargs="+", choices=ALL_SPLITS, default=list(ALL_SPLITS), help="the splits to measure"
    )
    parser.add_argument("--write", metavar="FILE", help="write the Markdown tables to FILE")
    parser.add_argument("--dump", metavar="DIR", help="write every answer as JSON lines to DIR, then stop")
    parser.add_argument(
        "--update-docs", action="store_true", help=f"replace the tables between the markers in {DOCS.name}"
    )
    args = parser.parse_args()
    global SPLITS  # noqa: PLW0603 - the module-level choice the table helpers read
    SPLITS = tuple(split for split in ALL_SPLITS if split in args.splits)
    try:
        if args.dump:
            dump(Path(args.dump))
            print(f"wrote {args.dump}")
            return 0
        titles = evaluate_titles(_load("titles.jsonl"))
        reasons = evaluate_labels(_load("reasons.jsonl"), "outcome")
        applicants = evaluate_labels(_load("applicants.jsonl"), "applicant")
    except LabelError as error:
        print(f"classify_evaluate: {error}", file=sys.stderr)
        return 2
    text = render(titles, reasons, applicants)
    if args.update_docs:
        page = _replace_block(DOCS.read_text(encoding="utf-8"), START, END, text)
        DOCS.write_text(_replace_block(page, RULES_START, RULES_END, render_code_rules()), encoding="utf-8")
        print(f"updated {DOCS}")
    elif args.write:
        Path(args.write).write_text(text, encoding="utf-8")
        print(f"wrote {args.write}")
    else:
        sys.stdout.write(text)
    if args.errors:
        print(f"\n## Errors ({args.errors})\n")
        for report in (titles, reasons, applicants):
            for line in report[args.errors]["errors"]:
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
