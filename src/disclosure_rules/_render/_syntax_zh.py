"""Why Jinja refused a template, in Chinese: one sentence per class of Jinja's syntax (and undefined-name) errors.

Jinja words a syntax error for programmers (``Encountered unknown tag 'endif'. Jinja was looking for the
following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.``). The clerk or web
editor who changed a template reads what is wrong in Chinese, with the tags written as they are typed
(``{% endfor %}``), beside the template's file and line. A message of a class not in the table gets no sentence
here (``None``): the caller keeps Jinja's words, in brackets.

Each row: a pattern of Jinja 3.1's message (``jinja2/parser.py``, ``lexer.py``, ``compiler.py``) and its
sentence, whose ``{…}`` are filled from the pattern's groups (tokens and tags rewritten by :func:`_token`).
"""

from __future__ import annotations

import re
from typing import Final

# Jinja's names of its own tokens (``lexer.describe_token_expr``), as they are typed in a template.
_TOKENS_ZH: Final = {
    "end of print statement": "“}}”",
    "begin of print statement": "“{{”",
    "end of statement block": "“%}”",
    "begin of statement block": "“{%”",
    "end of comment": "“#}”",
    "begin of comment": "“{#”",
    "end of template": "模板结尾",
    "name": "名称",
    "integer": "整数",
    "float": "数字",
    "string": "字符串",
}

# What Jinja adds when a block is open: the tags it expected, and the block.
_INNERMOST: Final = (
    r" Jinja was looking for the following tags: (?P<wanted>.+)\. "
    r"The innermost block that needs to be closed is '(?P<block>[^']+)'\."
)
# (pattern of Jinja's message, the sentence); the first row that matches the whole message is used.
_SENTENCES: Final = (
    (
        r"Encountered unknown tag '(?P<tag>[^']+)'\." + _INNERMOST,
        "标签 {tag} 放错了位置：最内层的“{block}”块还没有结束，此处应为 {wanted}（多半是标签嵌套写错了）",
    ),
    (
        r"Encountered unknown tag '(?P<tag>[^']+)'\.(?: .*)?",
        "未知的标签 {tag}（名称写错了，或是没有对应开始标签的结束标签）",
    ),
    (
        r"Unexpected end of template\." + _INNERMOST,
        "模板意外结束：“{block}”块没有结束，缺少 {wanted}",
    ),
    (r"unexpected end of template, expected '(?P<want>[^']+)'\.?", "模板意外结束，缺少 {want}"),
    (r"Unexpected end of template\.?(?: .*)?", "模板意外结束（有块没有结束）"),
    (r"Missing end of comment tag", "注释没有结束，缺少“#}}”"),
    (r"Missing end of raw directive", "raw 块没有结束，缺少“{{% endraw %}}”"),
    (r"tag name expected", "“{{%”之后缺少标签名"),
    (r"Expected an expression, got '(?P<got>[^']+)'", "此处缺少表达式（遇到了 {got}）"),
    (r"expected token '(?P<want>[^']+)', got '(?P<got>[^']+)'", "此处应为 {want}，却是 {got}"),
    (
        r"unexpected '(?P<got>[^']+)', expected '(?P<want>[^']+)'",
        "此处应为 {want}，却是 {got}（括号或引号没有配对？）",
    ),
    (r"unexpected '(?P<got>[^']+)'", "此处不应出现 {got}"),
    (
        r"unexpected char (?P<char>'.'|\".\") at \d+",
        "无法识别的字符 {char}（引号没有配对，或用了模板不支持的符号）",
    ),
    (r"No filter named '(?P<name>[^']+)'(?: found)?\.?", "没有名为“{name}”的过滤器（“|”之后的名称写错了？）"),
    (r"No test named '(?P<name>[^']+)'(?: found)?\.?", "没有名为“{name}”的测试（“is”之后的名称写错了？）"),
    (r"block '(?P<name>[^']+)' defined twice", "块“{name}”定义了两次"),
    (r"can't assign to '(?P<what>[^']+)'", "赋值号左边应是变量名"),
    (
        r"non-default argument follows default argument",
        "宏的参数中，没有默认值的参数写在了有默认值的参数之后",
    ),
    (
        r"invalid syntax for function call expression",
        "函数或宏调用的写法有误（位置参数应写在“名称=值”参数之前）",
    ),
)
_COMPILED: Final = tuple((re.compile(pattern, re.DOTALL), sentence) for pattern, sentence in _SENTENCES)

# A template that reads a name or field the view does not have (StrictUndefined): Jinja's words, then ours.
_UNDEFINED: Final = (
    (r"'(?P<name>[^']+)' is undefined", "名称“{name}”未定义（模板能用的是 report 及其字段；名称写错了？）"),
    (
        r"'(?P<object>[^']+) object' has no attribute '(?P<name>[^']+)'",
        "{object} 没有字段“{name}”（名称写错了？）",
    ),
    (r"(?P<object>\w+) object has no element (?P<index>.+)", "{object} 中没有第 {index} 项（下标超出范围）"),
)
_UNDEFINED_COMPILED: Final = tuple(
    (re.compile(pattern, re.DOTALL), sentence) for pattern, sentence in _UNDEFINED
)
# A tag in "Jinja was looking for the following tags: 'endfor' or 'else'" or in a tag group.
_QUOTED: Final = re.compile(r"'([^']+)'")


def _token(value: str) -> str:
    """A token as typed: Jinja's description of it, else the text in quotation marks."""
    return _TOKENS_ZH.get(value, f"“{value}”")


def _tag(name: str) -> str:
    return f"“{{% {name} %}}”"


def syntax_reason_zh(message: str) -> str | None:
    """Jinja's syntax error ``message`` in Chinese, or ``None`` for a message of a class not in the table."""
    return _reason(message, _COMPILED)


def undefined_reason_zh(message: str) -> str | None:
    """Jinja's ``UndefinedError`` message in Chinese (a name or field the view has not), or ``None``."""
    return _reason(message, _UNDEFINED_COMPILED)


def _reason(message: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, sentence in table:
        found = pattern.fullmatch(message.strip())
        if found is None:
            continue
        filled: dict[str, str] = {}
        for key, value in found.groupdict().items():
            if key == "wanted":
                filled[key] = " 或 ".join(_tag(tag) for tag in _QUOTED.findall(value))
            elif key == "tag":
                filled[key] = _tag(value)
            elif key in {"want", "got"}:
                filled[key] = _token(value)
            elif key == "object":
                filled[key] = value.rpartition(".")[
                    2
                ]  # disclosure_rules._render._views.ReportView → ReportView
            else:
                filled[key] = value
        return sentence.format(**filled)
    return None
