"""Every error's ``message`` is English (for developers and logs); the Chinese for staff is ``message_zh``.

The rule, checked on every text a raise site's message can take (``tests/house/message_sites.py`` follows a
message to its literals: through names, parameters, message tables and the functions that return it): once the
computed parts (file names, values the user typed), the quoted spans (“…”, "…", '…', 「…」: labels quoted from the
format, examples to type) and the format's table names (``table 三``) are set aside, no CJK character
(ideographs, CJK punctuation, full-width forms) remains. A message that is wholly computed (another library's
words, another error's message) is listed below with where its words come from.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import zipfile
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules import DisclosureRulesError, WorkbookError, read_workbook
from disclosure_rules._cli import build_parser
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC
from disclosure_rules._messages import is_chinese
from tests.house.message_sites import (
    BUILT,
    BUILTIN_ERRORS,
    COMPUTED,
    FOREIGN,
    PASSED,
    SRC,
    Source,
    literal_words,
    source,
)

if TYPE_CHECKING:
    from pathlib import Path

# CJK: ideographs, CJK symbols and punctuation (、。「」), and full-width forms (（）：，).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|'[^']*'")
# The format's tables are named by their numeral (一 to 七), as the published reports print them.
TABLE = re.compile(r"\btables? [一二三四五六七]")
# Built at raise sites, not a ``DisclosureRulesError``, and checked all the same: their message becomes one
# (a counted row's problem and the bad row it turns into; the reason a JSON or TOML text does not parse).
CARRIED = frozenset({"RowProblem", "BadRow", "ParseError"})
# Messages with no words of their own, by the function that builds them, and where their words come from.
WHOLLY_COMPUTED = {
    "_api_guard.py:as_library_error": "Python's own words for a wrong argument, after the function's name",
    "_aggregate/_counting.py:_history_due": "pydantic's words (validation_summary) for a refused history",
    "_aggregate/_errors.py:not_a_date": "Python's words for a date that is no date (date.fromisoformat)",
    "_aggregate/_items.py:_item": "pydantic's words (first_error) for a refused item",
    "_aggregate/_readers.py:rows": "a ParseError's words (checked where the ParseError is built)",
    "_calendar/_schedules.py:_read_schedule_file": "a ParseError's words after the file name",
    "_classify/_scheme.py:parse_scheme": "a ParseError's words after the scheme's name",
    "_classify/_scheme.py:scheme_from_mapping": "pydantic's words (validation_summary) after the scheme's name",
    "_cli/__init__.py:_run": "pydantic's words (validation_summary) for a refused command-line value",
    "_cli/_aggregate.py:_figures_error": "pydantic's words (validation_summary) after the file and table",
    "_cli/_check.py:refuse_if_nothing_read": "the English reason a page was skipped, kept with the page (PageCheck)",
    "_cli/_classify.py:_json_record": "a ParseError's words after the file and line",
    "_cli/_common.py:parse_json": "a ParseError's words after the file name",
    "_cli/_common.py:read_json_or_toml": "a ParseError's words after the file name",
    "_cli/_deadline.py:run_request": "pydantic's words (validation_summary) for a refused request",
    "_cli/_deadline.py:run_proactive": "pydantic's words (validation_summary) for a refused item",
    "_parsing.py:load_json": "a DuplicateKeyError's words (the key, repeated)",
    "_audit/_documents.py:_refused": "the English reason each caller gives (followed) after the file name",
}


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def leftover_cjk(text: str) -> str:
    """The CJK characters of a message outside computed parts, quotes and the format's table names."""
    plain = text.replace(COMPUTED, "").replace(PASSED, "")
    return "".join(CJK.findall(TABLE.sub("", QUOTED.sub("", plain))))


def _messages() -> list[tuple[str, str]]:
    """(where, text) for every text an error built in ``src`` can take as its English message."""
    return [(site.where, text) for site in source().sites() for text in site.english]


def _site(where: str, text: str) -> tuple[str, str]:
    return (where.partition(":")[0], text.replace(COMPUTED, "{}").replace(PASSED, "{message}"))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("x.xlsx: not an .xlsx workbook", ""),
        ("table 三 has no row “（一）申请人”", ""),
        ("label '结转下年度' not found in sheet \"表二\"", ""),
        (f"{COMPUTED}: 不是 .xlsx 工作簿", "不是工作簿"),
        (f"{COMPUTED}: file too large（{COMPUTED} bytes）", "（）"),
        ("row 四、结转下年度 is blank", "四、结转下年度"),
        ("table 二 and table 三 differ", ""),
    ],
)
def test_the_rule_sets_aside_quotes_computed_parts_and_table_names(text: str, left: str) -> None:
    assert leftover_cjk(text) == left


def _classes() -> dict[str, set[type]]:
    """Every class defined or imported in the library's modules, by name."""
    found: dict[str, set[type]] = {}
    for module_info in pkgutil.walk_packages(disclosure_rules.__path__, "disclosure_rules."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value):
                found.setdefault(name, set()).add(value)
    return found


def test_what_the_rule_covers_is_every_disclosure_rules_error() -> None:
    """Each name built at a raise site is a ``DisclosureRulesError`` unless it is listed in ``FOREIGN``."""
    classes = _classes()
    built = {
        _name(call)
        for path in SRC.rglob("*.py")
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(call, ast.Call) and _name(call).endswith(BUILT) and _name(call) not in BUILTIN_ERRORS
    }
    ours = {name for name in built if any(issubclass(c, DisclosureRulesError) for c in classes.get(name, ()))}
    assert len(ours) > 15
    assert sorted(built - ours) == sorted((FOREIGN | CARRIED) & built)
    checked = {site.built for site in source().sites()}
    assert sorted(ours - checked) == []
    assert sorted(CARRIED - checked) == []


_ENGLISH = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters="\"'"), max_size=30
)
_HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=8)


@given(
    st.lists(st.tuples(_ENGLISH, _HAN, st.sampled_from(["“”", "''", '""', "「」", "computed"])), max_size=5)
)
def test_chinese_set_aside_in_quotes_or_computed_parts_leaves_nothing(
    parts: list[tuple[str, str, str]],
) -> None:
    text = "".join(
        f"{english}{COMPUTED if how == 'computed' else how[0] + han + how[1]}" for english, han, how in parts
    )
    assert leftover_cjk(text) == ""


@given(_ENGLISH, _HAN, _ENGLISH)
def test_chinese_outside_quotes_is_found(before: str, han: str, after: str) -> None:
    assert leftover_cjk(f"{before}: {han} {after}") == han  # ": " so that it never reads "table 三"


def test_the_walk_finds_the_raise_sites() -> None:
    messages = _messages()
    assert len(messages) > 250  # a broken walk would find none
    assert any(COMPUTED in text for _, text in messages)  # f-strings are read, with their computed parts
    assert any(TABLE.search(text) for _, text in messages)


def test_every_english_message_is_english() -> None:
    chinese = sorted(_site(where, text) for where, text in _messages() if leftover_cjk(text))
    assert chinese == []


def test_a_message_without_words_of_its_own_says_where_they_come_from() -> None:
    """A message that is only computed parts (``f"{path}: {exc}"``) is listed, with its words' source."""
    wholly = {
        site.function
        for site in source().sites()
        for text in site.english
        if PASSED not in text and not re.search("[A-Za-z]", literal_words(text))
    }
    assert sorted(wholly - WHOLLY_COMPUTED.keys()) == []
    assert sorted(WHOLLY_COMPUTED.keys() - wholly) == []  # no entry outlives its site


def _english_and_chinese(error: DisclosureRulesError, *names: str) -> None:
    """The error's ``message`` is English once the file names in it are set aside; ``message_zh`` is Chinese."""
    message = error.message
    for name in names:
        message = message.replace(name, COMPUTED)
    assert leftover_cjk(message) == "", error.message
    chinese = error.message_zh
    for name in names:
        chinese = chinese.replace(name, COMPUTED)
    assert is_chinese(chinese.replace(COMPUTED, "")), error.message_zh


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not a workbook at all", "workbook.unreadable"),
        (OLE_MAGIC + b"\x00" * 100, "workbook.old_format"),
        (OLE_MAGIC + b"\x00" * 100 + ENCRYPTED_STREAM, "workbook.encrypted"),
        (b"PK\x03\x04" + b"\x00" * 200, "workbook.unreadable"),
        (None, "workbook.unreadable"),  # a sound zip openpyxl cannot open (``_damaged``)
    ],
)
def test_a_damaged_workbook_says_why_in_english_and_in_chinese(
    tmp_path: Path, content: bytes | None, code: str
) -> None:
    path = tmp_path / "报告.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("说明.txt", "不是工作簿")
    else:
        path.write_bytes(content)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert caught.value.code == code
    _english_and_chinese(caught.value, str(path), path.name)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("年报.html", None, "cli.not_found"),
        ("年报.html", "<html><body>放假通知</body></html>", None),
    ],
)
def test_check_of_one_skipped_file_raises_english_with_the_chinese_kept(
    tmp_path: Path, name: str, content: str | None, code: str | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    args = build_parser(["check", str(path)]).parse_args(["check", str(path)])
    with pytest.raises(DisclosureRulesError) as caught:
        args.func(args)
    if code is not None:
        assert caught.value.code == code
    _english_and_chinese(caught.value, str(path), path.name)
    assert caught.value.message_zh.startswith(str(path))


# --------------------------------------------------------------------------------------------------
# The walk itself, on a package written for it


_WIDGETS = {
    "_b.py": 'REASONS = {"x": "no such widget", "y": "没有部件"}\nHINT = "; see the manual"\n',
    "_a.py": """
from widgets._b import HINT, REASONS


class WidgetError(Exception):
    pass


def _refused(name, english, chinese):
    return WidgetError(f"{name}: {english}", message_zh=f"{name}：{chinese}")


def _reason(kind):
    return REASONS[kind]


def check(path, kind):
    if kind == "a":
        raise _refused(path, "bad input", "输入有误")
    message = _reason(kind) + HINT
    raise WidgetError(message)


def passed(exc):
    raise WidgetError(exc.message, message_zh=exc.message_zh)
""",
}


def test_the_walk_follows_parameters_tables_returns_and_imports(tmp_path: Path) -> None:
    package = tmp_path / "widgets"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for name, text in _WIDGETS.items():
        (package / name).write_text(text, encoding="utf-8")
    sites = {site.function: site for site in Source(package).sites()}
    assert sites["_a.py:_refused"].english == (
        f"{COMPUTED}: bad input",
    )  # the caller's own parameter: computed
    assert sites["_a.py:_refused"].chinese == (f"{COMPUTED}：输入有误",)
    assert sites["_a.py:check"].english == ("no such widget; see the manual", "没有部件; see the manual")
    assert not sites["_a.py:check"].has_chinese
    assert sites["_a.py:passed"].english == sites["_a.py:passed"].chinese == (PASSED,)
    assert [leftover_cjk(text) for text in sites["_a.py:check"].english] == ["", "没有部件"]
