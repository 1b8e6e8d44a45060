"""Every error's ``message`` is English (for developers and logs); the Chinese for staff is ``message_zh``.

The rule, checked on the text of every raise site whose message is written there (a literal, an f-string, or a
name the same function binds to one): once the computed parts (file names, values the user typed), the quoted
spans (“…”, "…", '…', 「…」: labels quoted from the format, examples to type) and the format's table names
(``table 三``) are set aside, no CJK character (ideographs, CJK punctuation, full-width forms) remains.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pkgutil
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules import DisclosureRulesError, WorkbookError, read_workbook
from disclosure_rules._cli import build_parser
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC
from disclosure_rules._messages import is_chinese

SRC = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"
BUILTIN_ERRORS = frozenset(name for name in dir(builtins) if name.endswith(("Error", "Exception")))
# What a raise site builds: exceptions by name (the ones not a ``DisclosureRulesError`` are in ``FOREIGN``).
BUILT = ("Error", "RowProblem", "BadRow")
# Built at raise sites but not a ``DisclosureRulesError``, so outside the rule (checked below): pydantic's error
# for a refused schedule (worded by its kind), argparse's usage complaint (the CLI prints it to staff as typed),
# and the internal exceptions whose text a caller sets inside its own Chinese sentence (a formula the reader
# cannot compute, a JSON/TOML parse failure, a counted row's problem and the bad row it becomes).
FOREIGN = frozenset(
    {
        "PydanticCustomError",
        "ArgumentTypeError",
        "FormulaError",
        "ParseError",
        "DuplicateKeyError",
        "RowProblem",
        "BadRow",
    }
)
# CJK: ideographs, CJK symbols and punctuation (、。「」), and full-width forms (（）：，).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|'[^']*'")
# The format's tables are named by their numeral (一 to 七), as the published reports print them.
TABLE = re.compile(r"\btables? [一二三四五六七]")
# A computed part of an f-string: a file name, a value the user typed, a label from the catalogue.
COMPUTED = "\x00"


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def _text(value: ast.expr | None) -> str | None:
    """A message's text with each computed part as ``COMPUTED``; None when the whole of it is computed."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    if isinstance(value, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else COMPUTED
            for part in value.values
        )
    return None


def leftover_cjk(text: str) -> str:
    """The CJK characters of a message outside computed parts, quotes and the format's table names."""
    return "".join(CJK.findall(TABLE.sub("", QUOTED.sub("", text.replace(COMPUTED, "")))))


def _messages() -> list[tuple[str, str]]:
    """(where, text) for every error built in ``src`` whose message text can be read from the source."""
    found: list[tuple[str, str]] = []
    for path in sorted(SRC.rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(SRC))
        functions = [
            node for node in ast.walk(module) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        for call in ast.walk(module):
            if not isinstance(call, ast.Call) or not _name(call).endswith(BUILT):
                continue
            if _name(call) in BUILTIN_ERRORS | FOREIGN:
                continue
            first = (
                call.args[0]
                if call.args
                else next((k.value for k in call.keywords if k.arg == "message"), None)
            )
            texts = [_text(first)]
            if isinstance(first, ast.Name):
                enclosing = [f for f in functions if f.lineno <= call.lineno <= (f.end_lineno or f.lineno)]
                scope = max(enclosing, key=lambda f: f.lineno) if enclosing else module
                texts = [
                    _text(node.value)
                    for node in ast.walk(scope)
                    if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == first.id for t in node.targets)
                ]
            found.extend((f"{where}:{call.lineno}", text) for text in texts if text is not None)
    return found


def _site(where: str, text: str) -> tuple[str, str]:
    return (where.partition(":")[0], text.replace(COMPUTED, "{}"))


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
    assert sorted(built - ours) == sorted(FOREIGN & built)


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
    assert len(messages) > 200  # a broken walk would find none
    assert any(COMPUTED in text for _, text in messages)  # f-strings are read, with their computed parts
    assert any(TABLE.search(text) for _, text in messages)


def test_every_english_message_is_english() -> None:
    chinese = sorted(_site(where, text) for where, text in _messages() if leftover_cjk(text))
    assert chinese == []


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
