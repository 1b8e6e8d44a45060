"""``render.template_syntax`` says in Chinese what is wrong with a user's template, naming its file and line.

Each template below is rendered for real (Jinja raises its own error, the library words it), so a change of
Jinja's words shows here as a sentence missing; only a message of a class not in the table keeps Jinja's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._messages import is_chinese
from disclosure_rules._render import RenderError, render
from disclosure_rules._render._syntax_zh import syntax_reason_zh, undefined_reason_zh
from tests.render.helpers import EXAMPLE_2021, load

if TYPE_CHECKING:
    from pathlib import Path

NAME = "html/standard.html"
# Jinja's English that must not reach a clerk once the class is known.
JINJA_WORDS = ("Jinja", "Encountered", "expected", "unexpected", "Unexpected", "Missing", "named", "token")


def _error(tmp_path: Path, text: str) -> RenderError:
    path = tmp_path / NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_2021), "html", tmp_path)
    return caught.value


CASES = {
    "unknown tag": (
        "第一行\n{% foo %}",
        2,
        "未知的标签 “{% foo %}”（名称写错了，或是没有对应开始标签的结束标签）",
    ),
    "end tag without start": (
        "{% endfor %}",
        1,
        "未知的标签 “{% endfor %}”（名称写错了，或是没有对应开始标签的结束标签）",
    ),
    "nesting": (
        "{% for x in report.tables %}\n{% endif %}",
        2,
        (
            "标签 “{% endif %}” 放错了位置：最内层的“for”块还没有结束，此处应为 “{% endfor %}” 或 “{% else %}”"
            "（多半是标签嵌套写错了）"
        ),
    ),
    "unclosed for": (
        "{% for x in report.tables %}\n{{ x }}",
        2,
        "模板意外结束：“for”块没有结束，缺少 “{% endfor %}” 或 “{% else %}”",
    ),
    "unclosed if": (
        "{% if report %}\nx",
        2,
        "模板意外结束：“if”块没有结束，缺少 “{% elif %}” 或 “{% else %}” 或 “{% endif %}”",
    ),
    "unclosed print": ("{{ report.title ", 1, "模板意外结束，缺少 “}}”"),
    "unclosed comment": ("{# 注释", 1, "注释没有结束，缺少“#}”"),
    "unclosed raw": ("{% raw %} x", 1, "raw 块没有结束，缺少“{% endraw %}”"),
    "no tag name": ("{% %}", 1, "“{%”之后缺少标签名"),
    "no expression": ("第一行\n{% if %}\n", 2, "此处缺少表达式（遇到了 “%}”）"),
    "expected token": ("{{ report title }}", 1, "此处应为 “}}”，却是 “title”"),
    "unclosed bracket": ("{{ (report }}", 1, "此处应为 “)”，却是 “}”（括号或引号没有配对？）"),
    "stray token": ("{{ report) }}", 1, "此处不应出现 “)”"),
    "unknown character": (
        "{{ report $ 1 }}",
        1,
        "无法识别的字符 '$'（引号没有配对，或用了模板不支持的符号）",
    ),
    "undefined filter": ("{{ report.title|shout }}", 1, "没有名为“shout”的过滤器（“|”之后的名称写错了？）"),
    "undefined test": ("{{ report is shouting }}", 1, "没有名为“shouting”的测试（“is”之后的名称写错了？）"),
    "block twice": ("{% block a %}{% endblock %}{% block a %}{% endblock %}", 1, "块“a”定义了两次"),
    "assign to a constant": ("{% set 1 = 2 %}", 1, "赋值号左边应是变量名"),
    "macro arguments": (
        "{% macro f(a=1, b) %}{% endmacro %}",
        1,
        "宏的参数中，没有默认值的参数写在了有默认值的参数之后",
    ),
    "call arguments": (
        "{{ report.get(a=1, 2) }}",
        1,
        "函数或宏调用的写法有误（位置参数应写在“名称=值”参数之前）",
    ),
}


@pytest.mark.parametrize(("text", "line", "reason"), CASES.values(), ids=CASES.keys())
def test_each_class_of_syntax_error_is_said_in_chinese(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    error = _error(tmp_path, text)
    assert error.code == "render.template_syntax"
    # The template's name in the folder (or, for what Jinja's lexer finds, its whole path), its line, the reason.
    assert error.message_zh.startswith("模板 ")
    assert error.message_zh.endswith(f"{NAME} 第 {line} 行有语法错误：{reason}")
    assert not any(word in error.message_zh for word in JINJA_WORDS), error.message_zh


def test_a_filter_named_only_in_a_branch_is_said_in_chinese_when_the_branch_runs(tmp_path: Path) -> None:
    # Jinja looks a filter inside {% if %} up only when the branch runs: a template error, same sentence.
    error = _error(tmp_path, "{% if report %}\n{{ report.title|shout }}{% endif %}")
    assert error.code == "render.template_error"
    assert error.message_zh.endswith("：没有名为“shout”的过滤器（“|”之后的名称写错了？）")
    assert error.message_zh.startswith(f"模板 {NAME}")


def test_an_unknown_class_keeps_jinja_words_in_brackets() -> None:
    assert syntax_reason_zh("a message Jinja may add in a later version") is None
    # The bracketed form the renderer then prints is built from it (see _api._syntax_error).
    from jinja2 import TemplateSyntaxError  # noqa: PLC0415 - only this test builds one by hand

    from disclosure_rules._render._api import _syntax_error  # noqa: PLC0415 - the private builder under test

    error = _syntax_error(NAME, TemplateSyntaxError("something new", 7, NAME))
    assert error.code == "render.template_syntax"
    assert error.message_zh == f"模板 {NAME} 第 7 行有语法错误（something new）"


NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,11}", fullmatch=True)
INNERMOST = " Jinja was looking for the following tags: '{b}' or 'else'. The innermost block that needs to be closed is '{c}'."
TEMPLATES = (
    "Encountered unknown tag '{a}'.",
    "Encountered unknown tag '{a}'." + INNERMOST,
    "Unexpected end of template." + INNERMOST,
    "expected token '{a}', got '{b}'",
    "unexpected '{a}'",
    "No filter named '{a}'.",
    "No filter named '{a}' found.",
    "No test named '{a}'.",
    "block '{a}' defined twice",
)


@given(template=st.sampled_from(TEMPLATES), a=NAMES, b=NAMES, c=NAMES)
def test_every_known_class_reads_in_chinese_whatever_the_names(template: str, a: str, b: str, c: str) -> None:
    reason = syntax_reason_zh(template.format(a=a, b=b, c=c))
    assert reason is not None
    assert is_chinese(reason), reason
    assert not any(word in reason for word in JINJA_WORDS), reason
    assert a in reason or b in reason


@given(
    template=st.sampled_from(TEMPLATES),
    a=NAMES,
    b=NAMES,
    c=NAMES,
    before=st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True),
)
def test_a_known_message_inside_other_words_gets_no_sentence(
    template: str, a: str, b: str, c: str, before: str
) -> None:
    # Never an invented reason: a row must match the whole message, not a known sentence somewhere inside it.
    assert syntax_reason_zh(f"{before} {template.format(a=a, b=b, c=c)}") is None


UNDEFINED = {
    "a name": (
        "{% if agency_name %}x{% endif %}",
        "名称“agency_name”未定义（模板能用的是 report 及其字段；名称写错了？）",
    ),
    "a field": (
        "<p>ok</p>\n{{ report.no_such_field }}\n",
        "ReportView 没有字段“no_such_field”（名称写错了？）",
    ),
}


@pytest.mark.parametrize(("text", "reason"), UNDEFINED.values(), ids=UNDEFINED.keys())
def test_an_undefined_name_or_field_is_said_in_chinese(tmp_path: Path, text: str, reason: str) -> None:
    error = _error(tmp_path, text)
    assert error.code == "render.template_undefined"
    assert error.message_zh.startswith(f"模板 {NAME}")
    assert error.message_zh.endswith(f"：{reason}")
    assert "undefined" not in error.message_zh


@given(name=NAMES, owner=st.sampled_from(["dict", "disclosure_rules._render._views.TableView"]))
def test_every_undefined_class_reads_in_chinese(name: str, owner: str) -> None:
    for message in (f"'{name}' is undefined", f"'{owner} object' has no attribute '{name}'"):
        reason = undefined_reason_zh(message)
        assert reason is not None
        assert name in reason
        assert is_chinese(reason), reason
    assert undefined_reason_zh("list object has no element 5") == "list 中没有第 5 项（下标超出范围）"
    assert undefined_reason_zh(f"something else about {name}") is None
