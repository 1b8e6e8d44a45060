"""Every error the library raises carries its own Chinese sentence, naming file, row or field.

The catalogue in ``_messages`` is only the fallback; at these raise sites the sentence is written where the
facts are (the file, the line, the column, the date), so staff read where to look.
"""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from disclosure_rules import (
    AggregateError,
    CalendarRangeError,
    ClassifyError,
    RenderError,
    WorkbookError,
    WorkingDayCalendar,
    load_scheme,
    read_workbook,
    render,
    report_from_json,
    roll_up,
)
from disclosure_rules._aggregate._errors import BadRowError
from disclosure_rules._aggregate._readers import tally_requests
from disclosure_rules._calendar import CalendarChangeError, CalendarScheduleError
from disclosure_rules._cli._common import not_a_date_zh, not_a_level_zh
from disclosure_rules._messages import is_chinese
from disclosure_rules._parsing import VALIDATION_MESSAGES_ZH
from tests.house.message_sites import COMPUTED, PASSED, literal_words, source

SRC = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"
# Where every error built passes ``message_zh=`` (the calendar's and the aggregator's raise sites).
KEYWORD_MODULES = sorted([*SRC.glob("_calendar/*.py"), *SRC.glob("_aggregate/*.py")])
# Where an error either passes ``message_zh=`` or is raised with a message that is itself a Chinese literal
# (directly, or through a name the same function binds to one), which the catalogue then shows unchanged.
CHINESE_MODULES = sorted(
    [
        *SRC.glob("_render/*.py"),
        *SRC.glob("_classify/*.py"),
        *SRC.glob("_audit/*.py"),
        *SRC.glob("_workbook/*.py"),
        *SRC.glob("_supervise/*.py"),
        *SRC.glob("_cli/*.py"),
        SRC / "__main__.py",
        SRC / "_files.py",
        SRC / "_holiday_notice.py",
        SRC / "_models.py",
        SRC / "_records.py",
    ]
)
MODULES = sorted([*KEYWORD_MODULES, *CHINESE_MODULES])
BUILTIN_ERRORS = frozenset(name for name in dir(builtins) if name.endswith(("Error", "Exception")))
# What a raise site builds: the library's errors, and the row problems the counters turn into bad rows.
BUILT = ("Error", "RowProblem", "BadRow")
# pydantic's error for a refused schedule: its Chinese sentence is keyed by its kind (``VALIDATION_MESSAGES_ZH``).
KEYED_BY_KIND = frozenset({"PydanticCustomError"})
# Commands staff type are quoted as written (``pip install 'disclosure-rules[office]'``), not translated.
COMMAND = re.compile(r"pip install (?:'[^']*'|\"[^\"]*\")|apt-get install[\w.\- ]+")
# Jinja2's own "not found", which its loader protocol requires a loader to raise (the renderer words it).
FOREIGN = frozenset({"TemplateNotFound"})
# Control flow, not messages: the process's exit, and a signal turned into an exception (the CLI's
# ``terminate_cleanly`` prints its Chinese line).
CONTROL = frozenset({"SystemExit", "Terminated"})
# Builders whose every return is a Chinese sentence about the value given (checked below, by calling them).
CHINESE_BUILDERS = frozenset({"not_a_date_zh", "not_a_level_zh"})
# Punctuation around computed parts: an f-string with nothing else in it is computed text.
PUNCTUATION = "：“”（）， "


def _reads_chinese(text: str) -> bool:
    """Whether a message is Chinese, once the commands it quotes for staff to type are set aside."""
    return is_chinese(COMMAND.sub("", text))


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def _constructions(modules: list[Path] = MODULES) -> list[tuple[str, ast.Call]]:
    """Every call in the modules that builds an error or a bad row (not Python's own exceptions)."""
    return [
        (f"{path.relative_to(SRC)}:{node.lineno}", node)
        for path in modules
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and _name(node).endswith(BUILT)
        and _name(node) not in BUILTIN_ERRORS | KEYED_BY_KIND
    ]


def _literal_text(value: ast.expr) -> str | None:
    """The literal text of a message (the constant parts of an f-string); None when it is computed."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    if isinstance(value, ast.JoinedStr):
        return "".join(
            part.value
            for part in value.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def _bound_texts(module: ast.Module) -> dict[tuple[int, str], list[str | None]]:
    """For each function (by its first line) and name, the texts the function assigns to that name."""
    bound: dict[tuple[int, str], list[str | None]] = {}
    for function in ast.walk(module):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        bound.setdefault((function.lineno, target.id), []).append(_literal_text(node.value))
    return bound


def _chinese_without_keyword() -> list[str]:
    """The errors built in ``CHINESE_MODULES`` with neither ``message_zh=`` nor a Chinese literal message."""
    missing = []
    for path in CHINESE_MODULES:
        module = ast.parse(path.read_text(encoding="utf-8"))
        bound = _bound_texts(module)
        functions = [node for node in ast.walk(module) if isinstance(node, ast.FunctionDef)]
        for node in ast.walk(module):
            if not isinstance(node, ast.Call) or not _name(node).endswith(BUILT):
                continue
            if _name(node) in BUILTIN_ERRORS | KEYED_BY_KIND:
                continue
            if any(keyword.arg == "message_zh" for keyword in node.keywords):
                continue
            first = node.args[0] if node.args else None
            texts: list[str | None] = [None]
            if first is not None and _literal_text(first) is not None:
                texts = [_literal_text(first)]
            elif isinstance(first, ast.Call) and _name(first) in CHINESE_BUILDERS:
                continue
            elif isinstance(first, ast.Name):
                enclosing = [
                    function.lineno
                    for function in functions
                    if function.lineno <= node.lineno <= (function.end_lineno or function.lineno)
                ]
                texts = bound.get((max(enclosing, default=-1), first.id), [None])
            if not all(text is not None and _reads_chinese(text) for text in texts):
                missing.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return missing


@pytest.mark.parametrize("value", ["村委会", "市人民政府", "", "county", 5, None])
def test_the_chinese_builders_word_every_value_in_chinese(value: object) -> None:
    """What ``CHINESE_BUILDERS`` return is Chinese, for a wrong word, an ambiguous one, an empty one, a non-word."""
    builders = {"not_a_date_zh": not_a_date_zh, "not_a_level_zh": not_a_level_zh}
    assert sorted(builders) == sorted(CHINESE_BUILDERS)
    for builder in builders.values():
        assert is_chinese(builder(value)), builder(value)


def test_the_walk_finds_the_raise_sites() -> None:
    assert len(KEYWORD_MODULES) > 10
    assert len(CHINESE_MODULES) > 30
    assert len(_constructions(KEYWORD_MODULES)) > 40  # a broken walk would find none
    assert len(_constructions(CHINESE_MODULES)) > 100


def test_every_error_built_in_calendar_and_aggregate_passes_message_zh() -> None:
    missing = [
        where
        for where, call in _constructions(KEYWORD_MODULES)
        if not any(keyword.arg == "message_zh" for keyword in call.keywords)
    ]
    assert missing == []


def test_every_error_built_in_render_classify_audit_workbook_and_models_is_chinese() -> None:
    """Render, classify, audit, workbook, supervision, holiday notices, models and records: Chinese for staff."""
    assert _chinese_without_keyword() == []


def test_literal_messages_are_chinese() -> None:
    texts = [
        (where, _literal_text(keyword.value))
        for where, call in _constructions()
        for keyword in call.keywords
        if keyword.arg == "message_zh"
    ]
    assert len(texts) > 40
    not_chinese = [
        where
        for where, text in texts
        if text is not None and text.strip(PUNCTUATION) and not _reads_chinese(text)
    ]
    assert not_chinese == []


def test_every_raise_builds_its_error_here_or_calls_a_builder() -> None:
    """A raise either builds an error (checked above) or calls a function of these modules that does."""
    # Builders of these modules, the limits table's (``too_large`` words its message in Chinese), the parsing
    # helpers' (``refused`` keys a sentence of ``VALIDATION_MESSAGES_ZH``) and the API guard's (``as_library_error``
    # builds an ``ArgumentError``, worded in Chinese by its code's sentence in ``_messages``).
    defined = {
        node.name
        for path in (*MODULES, SRC / "_limits.py", SRC / "_parsing.py", SRC / "_api_guard.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    unchecked = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            if isinstance(node.exc, ast.Name) and node.exc.id in BUILTIN_ERRORS:
                continue  # Python's own (an unreachable ``raise AssertionError``)
            if isinstance(node.exc, ast.Name) and node.exc.id.islower():
                continue  # the error just caught, raised on (a codec's fallback that cannot help)
            if isinstance(node.exc, ast.Call):
                name = _name(node.exc)
                if name.endswith(BUILT) or name in defined or name in BUILTIN_ERRORS | FOREIGN | CONTROL:
                    continue
            unchecked.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert unchecked == []


# --------------------------------------------------------------------------------------------------
# What staff read, end to end


def test_beyond_the_published_years_names_the_day_in_chinese() -> None:
    calendar = WorkingDayCalendar.china()
    day = dt.date(calendar.last_year + 1, 6, 1)
    with pytest.raises(CalendarRangeError) as caught:
        calendar.add_working_days(day, 3)
    assert f"{day.year}年6月1日" in caught.value.message_zh
    assert f"{calendar.last_year + 1}年的放假安排" in caught.value.message_zh


def test_a_change_without_source_names_the_field() -> None:
    with pytest.raises(CalendarChangeError) as caught:
        WorkingDayCalendar.china().with_changes(days_off=[dt.date(2024, 3, 1)], source=" ")
    assert caught.value.message_zh.startswith("放假调整字段 source：")


def test_a_bad_schedule_object_names_the_field_in_chinese() -> None:
    with pytest.raises(CalendarScheduleError) as caught:
        WorkingDayCalendar.china().with_schedule({"year": 2024, "notices": []})
    message = caught.value.message_zh
    assert message.startswith("放假安排数据（程序传入）有误，字段 schedules.0.notices")
    assert is_chinese(message)


def test_a_refused_schedule_day_is_said_in_chinese() -> None:
    schedule = {
        "year": 2030,
        "notices": [{"number": "国办发明电〔2029〕1号"}],
        "working_days": ["2030-03-04"],
    }
    with pytest.raises(CalendarScheduleError) as caught:
        WorkingDayCalendar.china().with_schedule(schedule)
    assert "2030-03-04 is a weekday" in caught.value.message  # the English message is unchanged
    assert "2030年3月4日是周一至周五" in caught.value.message_zh


def test_every_schedule_refusal_has_its_chinese_sentence() -> None:
    source = (SRC / "_calendar" / "_schedules.py").read_text(encoding="utf-8")
    kinds = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _name(node) == "refused"
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert len(kinds) == 6
    assert sorted(kinds - VALIDATION_MESSAGES_ZH.keys()) == []


def test_a_missing_schedule_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "schedule-2030.json"
    with pytest.raises(CalendarScheduleError) as caught:
        WorkingDayCalendar.china().with_schedule(missing)
    assert caught.value.message_zh.startswith(f"放假安排文件“{missing}”无法读取")


def test_a_bad_row_names_file_line_and_column_in_chinese() -> None:
    data = "id,received,applicant_type,outcome,closed\n1,2022-03-01,自然人,予以公开,2022-02-01\n".encode()
    with pytest.raises(BadRowError) as caught:
        tally_requests(io.BytesIO(data), "台账.csv", 2022)
    assert (
        caught.value.message_zh
        == "“台账.csv”第2行“closed”列：办结日期2022年2月1日早于收到申请日期2022年3月1日"
    )
    assert caught.value.code == "aggregate.bad_row"


def test_a_missing_column_lists_the_header() -> None:
    data = "编号,收到日期\n1,2022-03-01\n".encode()
    with pytest.raises(AggregateError) as caught:
        tally_requests(io.BytesIO(data), "台账.csv", 2022)
    assert caught.value.code == "aggregate.missing_column"
    assert caught.value.message_zh.startswith("“台账.csv”的表头缺少字段")
    assert "现有表头：编号、收到日期" in caught.value.message_zh


def test_an_empty_roll_up_says_so_in_chinese() -> None:
    with pytest.raises(AggregateError) as caught:
        roll_up([])
    assert caught.value.message_zh == "没有给出要汇总的报告"


def test_an_unknown_render_format_is_said_in_chinese() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "wanlong_2017_legacy.json"
    report = report_from_json(example.read_text(encoding="utf-8"))
    with pytest.raises(RenderError) as caught:
        render(report, "rtf")  # type: ignore[call-overload]  # a format the renderer refuses
    assert caught.value.code == "render.unknown_format"
    assert caught.value.message_zh.startswith("未知的输出格式“rtf”；可选：html、")


def test_an_unknown_scheme_is_named_in_chinese() -> None:
    with pytest.raises(ClassifyError) as caught:
        load_scheme("no-such-scheme")
    assert caught.value.code == "classify.unknown_scheme"
    assert caught.value.message_zh.startswith("没有内置的分类方案“no-such-scheme”（内置方案：")


def test_a_folder_given_as_workbook_is_named_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(tmp_path)
    assert caught.value.code == "workbook.unreadable"
    assert caught.value.message_zh == f"工作簿“{tmp_path}”是文件夹，不是工作簿文件"


def test_every_aggregate_note_has_its_chinese_sentence() -> None:
    """The notes ``aggregate`` prints on stderr are read by staff: each is built with a Chinese ``message_zh``."""
    notes = [
        (f"{path.relative_to(SRC)}:{node.lineno}", node)
        for path in KEYWORD_MODULES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and _name(node) == "AggregateNote"
    ]
    assert len(notes) >= 8
    missing = [where for where, call in notes if not _reads_chinese(_note_zh(call))]
    assert missing == []


def _note_zh(call: ast.Call) -> str:
    """The literal Chinese an ``AggregateNote(code, message, message_zh)`` call gives, by position or keyword."""
    given = [keyword.value for keyword in call.keywords if keyword.arg == "message_zh"] + call.args[2:3]
    return next((text for value in given if (text := _literal_text(value)) is not None), "")


# --------------------------------------------------------------------------------------------------
# Every Chinese text, followed to its literals

# Names inside a Chinese sentence that are not words of it: a placeholder (<stdin>), a file or path (x.xlsx,
# word/document.xml), an environment variable (DISCLOSURE_RULES_MAX_INPUT_BYTES).
NAME_LIKE = re.compile(r"<[^<>\s]*>|[\w\-]*[./][\w./\-]*|\b[A-Z][A-Z0-9_]{2,}\b")
# A computed name (a file) followed by an ASCII colon and Chinese: the Chinese lines use the full-width ：.
ASCII_COLON = re.compile(f"{COMPUTED}: [\u4e00-\u9fff]")


def reads_chinese(text: str) -> bool:
    """Whether a Chinese text's own words are Chinese (commands to type and names set aside); none at all is fine."""
    words = NAME_LIKE.sub("", COMMAND.sub("", literal_words(text)))
    return is_chinese(words) or not re.search("[A-Za-z]", words)


@pytest.mark.parametrize(
    ("text", "chinese", "colon"),
    [
        (f"{COMPUTED}：文件过大（{COMPUTED}字节），不是年度报告工作簿", True, False),
        (
            f"{COMPUTED}: 文件过大（{COMPUTED}字节）",
            True,
            True,
        ),  # the workbook reader's lines before this change
        (f"<stdin>：{PASSED}", True, False),
        (f"{COMPUTED}（word/document.xml）：超过上限 {COMPUTED} {COMPUTED}", True, False),
        (
            "未安装 python-docx，无法生成 Word 文档；请安装可选依赖：pip install 'disclosure-rules[office]'",
            True,
            False,
        ),
        (f"{COMPUTED}: file too large ({COMPUTED} bytes)", False, False),
        (f"{COMPUTED}：数值有误（(top level): {COMPUTED} (and {COMPUTED} more)）", False, False),
    ],
)
def test_the_chinese_rule(text: str, chinese: bool, colon: bool) -> None:
    assert reads_chinese(text) is chinese
    assert bool(ASCII_COLON.search(text)) is colon


def test_every_chinese_text_followed_to_its_literals_reads_in_chinese() -> None:
    """Every ``message_zh`` (and a ``ParseError``'s ``reason_zh``), followed through names, parameters, message
    tables and the functions returning it (``tests/house/message_sites.py``), is Chinese, with ： after a name."""
    sites = [site for site in source().sites() if site.has_chinese]
    assert len(sites) > 250  # a broken walk would find none
    assert sorted({s.where for s in sites for text in s.chinese if not reads_chinese(text)}) == []
    assert sorted({s.where for s in sites for text in s.chinese if ASCII_COLON.search(text)}) == []
