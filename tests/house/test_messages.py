"""Every error has a Chinese message for staff and its stable code; the messages are defined in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from disclosure_rules import DeadlineError, DisclosureRulesError, InputError
from disclosure_rules._messages import ERROR_MESSAGES_ZH, FAMILY_MESSAGES_ZH, chinese_message, is_chinese

SRC = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"


def _raised_codes() -> set[str]:
    """The codes given to error classes in ``src``: ``SomethingError(…, code="x.y")`` and ``code = "x.y"``."""
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name.endswith("Error"):
                    codes.update(
                        keyword.value.value
                        for keyword in node.keywords
                        if keyword.arg == "code"
                        and isinstance(keyword.value, ast.Constant)
                        and isinstance(keyword.value.value, str)
                    )
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", "").endswith("Error") for base in node.bases
            ):
                for statement in node.body:
                    target: ast.expr | None = (
                        statement.target if isinstance(statement, ast.AnnAssign) else None
                    )
                    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                        target = statement.targets[0]
                    value = getattr(statement, "value", None)
                    if getattr(target, "id", "") == "code" and isinstance(value, ast.Constant):
                        codes.add(str(value.value))
    return codes


def test_every_error_code_in_src_has_a_chinese_message() -> None:
    codes = _raised_codes()
    assert len(codes) > 60  # the walk finds the raise sites (a broken walk would find none)
    assert sorted(codes - ERROR_MESSAGES_ZH.keys()) == []


@pytest.mark.parametrize("code", sorted(ERROR_MESSAGES_ZH))
def test_every_catalogued_code_reads_in_chinese(code: str) -> None:
    """Each code's sentence is Chinese, and is what a clerk reads first when the error's detail is English."""
    sentence = ERROR_MESSAGES_ZH[code]
    assert sentence
    assert sentence == sentence.strip()
    assert is_chinese(sentence), sentence
    assert (
        DisclosureRulesError("x.json: line 3: bad", code=code).message_zh
        == f"{sentence}（x.json: line 3: bad）"
    )


def test_every_family_of_the_catalogue_has_its_sentence() -> None:
    """A new code of a known family, not yet listed, still reads in that family's Chinese words."""
    families = {code.split(".", 1)[0] for code in ERROR_MESSAGES_ZH} - {"disclosure_rules"}
    assert sorted(families - FAMILY_MESSAGES_ZH.keys()) == []
    assert all(is_chinese(sentence) for sentence in FAMILY_MESSAGES_ZH.values())


def _looked_up_codes() -> set[str]:
    """Codes read from the catalogue by name: ``ERROR_MESSAGES_ZH["x.y"]`` and the CLI's ``_catalogue_line("x.y", …)``."""
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            key: ast.expr | None = None
            if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "ERROR_MESSAGES_ZH":
                key = node.slice
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_catalogue_line" and node.args:
                key = node.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                codes.add(key.value)
    return codes


def test_codes_the_cli_prints_by_itself_are_catalogued() -> None:
    """The last nets of the CLI (Ctrl-C, a fault in the program, the file system) print catalogued codes."""
    codes = _looked_up_codes()
    assert {"cli.interrupted", "internal.error", "input.os_error", "limits.exhausted"} <= codes
    assert sorted(codes - ERROR_MESSAGES_ZH.keys()) == []


def test_english_detail_follows_the_chinese_sentence() -> None:
    error = InputError(
        "report.json: field year: Input should be greater than 2008", code="input.invalid_report"
    )
    assert (
        error.message_zh == "年度报告数据有误（report.json: field year: Input should be greater than 2008）"
    )
    assert error.code == "input.invalid_report"


def test_a_chinese_message_given_at_the_raise_site_wins() -> None:
    error = DeadlineError("x", code="deadline.confirmation_missing", message_zh="申请1：请填写确认日期")
    assert error.message_zh == "申请1：请填写确认日期"


def test_a_message_already_in_chinese_is_kept() -> None:
    assert chinese_message("audit.no_year", "输入：找到了年度报告表格，但没有找到报告年度。") == (
        "输入：找到了年度报告表格，但没有找到报告年度。"
    )


def test_unknown_code_falls_back_to_its_family() -> None:
    assert DisclosureRulesError("boom", code="deadline.something_new").message_zh.startswith(
        "办理期限计算出错"
    )
    assert DisclosureRulesError("boom", code="zzz.new").message_zh == "处理出错（boom）"


@pytest.mark.parametrize("code", sorted(ERROR_MESSAGES_ZH))
def test_codes_are_dotted(code: str) -> None:
    family, _, name = code.partition(".")
    assert family
    assert name
    assert code == code.lower()
