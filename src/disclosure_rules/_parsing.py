"""Reading what people and other systems type: JSON and TOML text, dates, and pydantic's refusals in one line.

Each reader (rule sets, schedules, schemes, reports, the CLI's files, the aggregator's rows) wraps a
:class:`ParseError` in its own error type and prefixes the file or row it read; the wording of the problem
itself is the same everywhere: ``not valid JSON (line 3, column 7: Expecting value)``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import ValidationError

__all__ = [
    "CHINA_TIME",
    "DATE_PROBLEM_ZH",
    "SCHEDULE_BOTH_ZH",
    "VALIDATION_MESSAGES_ZH",
    "DuplicateKeyError",
    "ParseError",
    "as_china_date",
    "bad_byte_at",
    "coerce_date",
    "first_error",
    "first_error_zh",
    "load_json",
    "load_structured",
    "load_toml",
    "parse_date",
    "refused",
    "unique_object",
    "validation_summary",
    "validation_summary_zh",
]


class ParseError(ValueError):
    """Text that is not valid JSON or TOML; ``str()`` is the reason without the source (the caller adds it).

    ``kind`` is ``"syntax"`` (bad text or absurd nesting) or ``"duplicate_key"``; ``syntax`` is ``"JSON"`` or
    ``"TOML"``; ``line``/``column`` locate a syntax error when the parser says where (1-based).
    """

    def __init__(  # noqa: PLR0913 - the reason, in English and Chinese, and where the parser stopped
        self,
        reason: str,
        *,
        syntax: Literal["JSON", "TOML"],
        kind: Literal["syntax", "duplicate_key"] = "syntax",
        line: int | None = None,
        column: int | None = None,
        reason_zh: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.syntax = syntax
        self.kind = kind
        self.line = line
        self.column = column
        self.reason_zh = reason_zh

    @property
    def message_zh(self) -> str:
        """The problem in Chinese, for staff (the caller adds the file)."""
        reason = self.reason_zh or str(self)
        if self.kind == "duplicate_key":
            return f"同一对象中有重复的键（{reason}），无法判断以哪个值为准"
        where = f"（第{self.line}行第{self.column}列）" if self.line is not None else ""
        return f"不是有效的 {self.syntax}{where}：{reason}"


_TOO_DEEP_ZH: Final = "嵌套过深，超出读取上限"
_TOO_LONG_ZH: Final = "数字位数过多，超出读取上限"

# What Python's JSON, TOML and CSV readers and pydantic's JSON parser say, in the words staff read: each sentence
# once, with how each reader's complaint starts (Python's ``json`` and ``tomllib``, then pydantic's parser).
_PARSER_REASONS_ZH: Final[tuple[tuple[tuple[str, ...], str], ...]] = (
    (("Expecting value", "expected value"), "此处应有一个值"),
    (("EOF while parsing",), "内容在中途结束，不完整"),
    (
        ("Expecting property name enclosed in double quotes", "key must be a string"),
        "此处应是用双引号括起的键名",
    ),
    (("Expecting ',' delimiter",), "此处缺少逗号"),
    (("expected `,` or",), "此处缺少逗号或右括号"),
    (("Expecting ':' delimiter", "expected `:`"), "此处缺少冒号"),
    (("Extra data", "trailing characters"), "内容结束后还有多余的字符"),
    (("Unterminated string",), "字符串缺少结束的引号"),
    (("Invalid control character", "control character"), "字符串中有控制字符"),
    (("Invalid \\escape", "invalid escape"), "无效的转义符"),
    (("invalid number",), "数字无效"),
    (("recursion limit exceeded",), _TOO_DEEP_ZH),
    (("Invalid \\uXXXX escape",), "无效的 \\u 转义符"),
    (("Invalid value",), "值无效"),
    (("Invalid statement",), "语句无效"),
    (("Invalid date or datetime",), "日期或时间无效"),
    (("Invalid hex value",), "十六进制数无效"),
    (("Invalid initial character for a key part",), "键名的第一个字符不允许"),
    (("Expected '=' after a key",), "键后应有等号“=”"),
    (("Expected ']' at the end of a table declaration",), "表头缺少右方括号“]”"),
    (("Expected ']]' at the end of an array declaration",), "表数组的表头缺少“]]”"),
    (("Expected newline or end of document",), "一条语句之后应换行"),
    (("Expected",), "此处缺少应有的符号"),
    (("Cannot overwrite a value",), "同一个键给了两次"),
    (("Cannot declare",), "同一个表声明了两次"),
    (("Cannot mutate immutable namespace",), "不能再向已写完的表或数组中添加内容"),
    (("Cannot redefine namespace",), "同一个表定义了两次"),
    (("Duplicate inline table key",), "内联表中有重复的键"),
    (("Unclosed array",), "数组缺少右方括号"),
    (("Unclosed inline table",), "内联表缺少右花括号"),
    (("Illegal character", "Found invalid character"), "有不允许的字符"),
    (("Unescaped '\\' in a string",), "字符串中的反斜杠“\\”没有转义"),
    (("Escaped character is not a Unicode scalar value",), "转义字符不是有效的 Unicode 字符"),
    (("field larger than field limit",), "单元格过长，超出读取上限"),
)
_AT_LINE_COLUMN: Final = re.compile(r" at line (\d+),? column (\d+)$| \(at line (\d+), column (\d+)\)$")


def parser_reason_zh(reason: str) -> str:
    """A JSON or TOML parser's complaint in Chinese, its line and column kept; one not known is kept as it is."""
    line, column, reason = _position(reason)
    where = f"第{line}行第{column}列：" if line is not None else ""
    if reason.endswith(" (at end of document)"):
        where = "文件末尾："
        reason = reason.removesuffix(" (at end of document)")
    words = next((words for starts, words in _PARSER_REASONS_ZH if reason.startswith(starts)), reason)
    return f"{where}{words}"


def _position(reason: str) -> tuple[int | None, int | None, str]:
    """The line and column a parser's complaint ends with (``None`` when it names none), and the complaint before."""
    match = _AT_LINE_COLUMN.search(reason)
    if match is None:
        return None, None, reason
    line, column = (int(group) for group in match.groups() if group is not None)
    return line, column, reason[: match.start()]


class DuplicateKeyError(ValueError):
    """A key given twice in one JSON object (raised by :func:`unique_object`)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key {key!r} appears twice in one object")
        self.key = key


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for ``json.loads``: a key given twice in one object is a :class:`DuplicateKeyError`.

    JSON parsers silently keep the last value, so a figure typed twice would be lost without a word.
    """
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return mapping


def bad_byte_at(offset: int) -> tuple[str, str]:
    """Where a text stops decoding, in English and in Chinese: ``bad byte at offset 7``, ``第7字节无法解码``."""
    return f"bad byte at offset {offset}", f"第{offset}字节无法解码"


def load_json(text: str | bytes, *, unique_keys: bool = True) -> Any:  # noqa: ANN401 - untyped until validated
    """Parse JSON; a syntax error, absurd nesting or (with ``unique_keys``) a repeated key is a ParseError."""
    try:
        return json.loads(text, object_pairs_hook=unique_object if unique_keys else None)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            syntax="JSON",
            line=exc.lineno,
            column=exc.colno,
            reason_zh=parser_reason_zh(exc.msg),
        ) from None
    except RecursionError:
        raise ParseError(
            "not valid JSON (nested too deeply)", syntax="JSON", reason_zh=_TOO_DEEP_ZH
        ) from None
    except DuplicateKeyError as exc:
        raise ParseError(
            str(exc), syntax="JSON", kind="duplicate_key", reason_zh=f"键 {exc.key!r} 出现了两次"
        ) from None
    except UnicodeDecodeError as exc:
        where, where_zh = bad_byte_at(exc.start)
        raise ParseError(
            f"not UTF-8 text ({where})", syntax="JSON", reason_zh=f"不是 UTF-8 编码的文本（{where_zh}）"
        ) from None
    except ValueError as exc:  # a number of over 4,300 digits (Python's int conversion limit)
        raise ParseError(f"not valid JSON ({exc})", syntax="JSON", reason_zh=_TOO_LONG_ZH) from None


def load_toml(text: str) -> Any:  # noqa: ANN401 - untyped until validated
    """Parse TOML; a syntax error or absurd nesting is a :class:`ParseError`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Where it stopped goes beside "TOML", as for JSON: 不是有效的 TOML（第2行第1列）：值无效.
        line, column, reason = _position(str(exc))
        raise ParseError(
            f"not valid TOML ({exc})",
            syntax="TOML",
            line=line,
            column=column,
            reason_zh=parser_reason_zh(reason),
        ) from None
    except RecursionError:
        raise ParseError(
            "not valid TOML (nested too deeply)", syntax="TOML", reason_zh=_TOO_DEEP_ZH
        ) from None
    except ValueError as exc:  # a number of over 4,300 digits (Python's int conversion limit)
        raise ParseError(f"not valid TOML ({exc})", syntax="TOML", reason_zh=_TOO_LONG_ZH) from None


def load_structured(text: str, syntax: Literal["json", "toml"]) -> Any:  # noqa: ANN401 - untyped until validated
    """:func:`load_toml` for ``"toml"``, :func:`load_json` (repeated keys refused) for ``"json"``."""
    return load_toml(text) if syntax == "toml" else load_json(text)


def first_error(exc: ValidationError, *, skip: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Where pydantic's first complaint is (dotted field path, ``""`` at the top) and what it says.

    ``skip`` drops location parts that are not fields a user wrote (a tagged union's tag). pydantic's
    ``Value error, `` prefix is dropped: the message is the validator's own sentence.
    """
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if str(part) not in skip)
    return where, str(first["msg"]).removeprefix("Value error, ")


def validation_summary(exc: ValidationError, *, top: str = "(top level)", count: bool = True) -> str:
    """One line for a refused input: ``field.path: message`` and, with ``count``, ``(and N more)``."""
    where, message = first_error(exc)
    more = exc.error_count() - 1
    tail = f" (and {more} more)" if count and more else ""
    return f"{where or top}: {message}{tail}"


# --------------------------------------------------------------------------------------------------
# Dates as staff and spreadsheets write them
# --------------------------------------------------------------------------------------------------

#: China Standard Time (UTC+8, no daylight saving since 1991): the day an event happened is its day here.
CHINA_TIME: Final = dt.timezone(dt.timedelta(hours=8), "CST")

_DATE_FORMS: Final = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?"
)


def parse_date(text: str) -> dt.date:
    """A calendar date from what people type: ``2024-09-27``, ``2024/9/27``, ``2024年9月27日`` (a time may follow).

    ``ValueError`` (its message names the text) when it is not a date.
    """
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DATE_FORMS.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD or 2024年9月27日)")
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        dt.time(hour, minute, second)  # a time of day after the date must be one: 25:61:99 is not
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date ({exc})") from None


def as_china_date(value: dt.date) -> dt.date:
    """The calendar day of ``value`` in China: an aware datetime is converted to UTC+8 first.

    A naive datetime is taken as written (its own date); a date is returned as it is.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value.astimezone(CHINA_TIME).date()
        return value.date()
    return value


def coerce_date(value: object) -> object:
    """Pydantic ``before`` hook for a date field: Chinese date text and datetimes become dates; else unchanged."""
    if isinstance(value, dt.date):
        return as_china_date(value)
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
        try:
            return as_china_date(dt.datetime.fromisoformat(value.strip()))
        except ValueError:
            return value  # pydantic's own message says what is wrong
    return value


# --------------------------------------------------------------------------------------------------
# pydantic's complaints in Chinese, for staff
# --------------------------------------------------------------------------------------------------

#: What a text that is no date is told (a model field, a command-line date), with the two ways to write one.
DATE_PROBLEM_ZH: Final = "不是日期（应写作 2024-09-27 或 2024年9月27日）"
#: A day listed both as a rest day and as a make-up working day: a schedule file's refusal and a change set's.
SCHEDULE_BOTH_ZH: Final = "{day}同时列在放假日（days_off）和调休上班日（working_days）中，请只保留一处"
# pydantic error type → the Chinese sentence staff read ({name} fields come from the error's context).
VALIDATION_MESSAGES_ZH: Final[dict[str, str]] = {
    "missing": "缺少必填项",
    "extra_forbidden": "不是这里的字段（拼写有误？）",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "greater_than_equal": "应不小于{ge}",
    "less_than_equal": "应不大于{le}",
    "greater_than": "应大于{gt}",
    "less_than": "应小于{lt}",
    "string_type": "应为文字",
    "string_too_short": "至少{min_length}个字",
    "string_too_long": "最多{max_length}个字",
    "string_pattern_mismatch": "格式不对",
    "date_type": DATE_PROBLEM_ZH,
    "date_parsing": DATE_PROBLEM_ZH,
    "date_from_datetime_parsing": DATE_PROBLEM_ZH,
    "date_from_datetime_inexact": DATE_PROBLEM_ZH,
    "enum": "应为以下之一：{expected}",
    "literal_error": "应为以下之一：{expected}",
    "decimal_type": "应为数字",
    "decimal_parsing": "应为数字",
    "finite_number": "应为有限的数字",
    "decimal_max_digits": "最多{max_digits}位数字",
    "decimal_max_places": "最多{decimal_places}位小数",
    "decimal_whole_digits": "整数部分最多{whole_digits}位",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "model_type": "应为对象（{{…}}）",
    "model_attributes_type": "应为对象（{{…}}）",
    "dict_type": "应为对象（{{…}}）",
    "list_type": "应为列表（[…]）",
    "tuple_type": "应为列表（[…]）",
    "too_short": "至少{min_length}项",
    "too_long": "最多{max_length}项",
    "union_tag_invalid": "报告格式 report_format 应为以下之一：{expected_tags}",
    "union_tag_not_found": "缺少报告格式 report_format（2021、2019 或 legacy）",
    "json_invalid": "不是有效的 JSON（{error}）",
    "frozen_instance": "不能修改",
    # Holiday schedules (``_calendar._schedules``): the validators name these kinds, with these facts.
    "schedule_range_syntax": "第{number}项“{text}”不是日期范围（应写作 YYYY-MM-DD/YYYY-MM-DD）",
    "schedule_range_order": "第{number}项日期范围“{text}”的结束日期早于开始日期",
    "schedule_not_a_date": "第{number}项应为日期，实际是{given}",
    "schedule_outside_year": "{field}中的{day}不在{year}年内（只能在{first}至{last}之间）",
    "schedule_weekday": "{day}是周一至周五；调休上班日（working_days）只列调休上班的周六、周日",
    "schedule_both": SCHEDULE_BOTH_ZH,
    # Classification schemes (``_classify._scheme``).
    "scheme_phrase_empty": "短语“{phrase}”规范化（去掉空白）后为空，永远不会匹配",
    "scheme_requires_all_group_empty": "规则“{rule}”的 requires_all 中有一组没有任何词，永远无法满足",
    "scheme_rule_word_repeated": "规则“{rule}”的 {where} 中“{word}”重复出现（规范化后相同），会使该词在命中依据中重复计算",
    "scheme_word_class_word_repeated": "词类“{word_class}”中“{word}”重复出现（规范化后相同），引用该词类的规则会重复计算该词",
    "scheme_word_class_word_nested": "词类“{word_class}”中“{word}”包含在本词类的“{longer}”之内，较长的词不会多找到任何内容，只会重复计算；确需保留请列入 word_classes_nested_on_purpose",
    "scheme_word_product_invalid": "组合词表（word_products / word_stems）的字段 {where} 有误：{problem}",
    "scheme_word_class_nesting_unused": "词类“{word_class}”列在 word_classes_nested_on_purpose 中，但其中没有包含关系的词，请删去该项",
    "scheme_requires_all_never_met": "规则“{rule}”的 requires_all 中有一组的词全部列在其 unless 中，该规则永远不会命中",
    "scheme_clause_combination_unknown": "clause_combination 列出了第一个维度没有的类别：{codes}",
    "scheme_clause_combination_both": "clause_combination 把同一类别既列为已提供又列为未提供：{codes}",
    "scheme_codes_repeated": "维度“{axis}”的类别代码重复：{codes}",
    "scheme_category_outranks_unknown": "类别“{code}”的 outranks 列出了不存在的类别：{unknown}",
    "scheme_rule_outranks_unknown": "规则“{rule}”的 outranks 列出了不存在的类别：{unknown}",
    "scheme_maker_categories_unknown": "维度“{axis}”的 maker_categories 列出了不存在的类别：{unknown}",
    "scheme_maker_categories_without_maker": "维度“{axis}”设了 maker_categories，但没有列出任何 maker 短语，该检查不会起作用",
    "scheme_rule_ids_repeated": "规则编号重复：{ids}",
    "scheme_word_class_unknown": "规则“{rule}”（字段 {where}）引用了未定义的词类“{word_class}”",
    "scheme_first_axis_levels": "内容分类方案的第一个维度须适用于各级机关（不得设 levels）",
    "scheme_axis_names_repeated": "维度名称重复：{names}",
    "scheme_code_rule_column_unknown": "代码规则（code_rules）列出了第一个维度没有的类别：{columns}",
}


def refused(kind: str, message: str, **facts: object) -> PydanticCustomError:
    """A validator's refusal: ``message`` in English, ``kind`` the key of its Chinese sentence.

    The sentence is in :data:`VALIDATION_MESSAGES_ZH`, filled with ``facts``; schedules and schemes raise it the
    same way.
    """
    return PydanticCustomError(kind, "{message}", {"message": message, **facts})


def first_error_zh(exc: ValidationError, *, skip: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Like :func:`first_error`, the message in Chinese (pydantic's own words where no sentence is known)."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if str(part) not in skip)
    template = VALIDATION_MESSAGES_ZH.get(first["type"])
    message = str(first["msg"]).removeprefix("Value error, ")
    if template is not None:
        context = dict(first.get("ctx", {}))
        if first["type"] == "json_invalid" and "error" in context:
            context["error"] = parser_reason_zh(str(context["error"]))
        try:
            message = template.format(**context)
        except (KeyError, IndexError):
            message = template
    return where, message


def validation_summary_zh(
    exc: ValidationError,
    *,
    top: str = "（顶层）",
    skip: frozenset[str] = frozenset(),
    count: bool = True,
    labels: Callable[[tuple[str | int, ...]], str | None] | None = None,
) -> str:
    """One Chinese line for a refused input: ``字段 field.path：message`` and ``（另有 N 处问题）``.

    ``labels`` names the field as clerks see it (``表二“规章”行“本年制发件数”列``) from pydantic's whole location
    (``skip`` parts included); where it gives ``None`` the field is named by its dotted path.
    """
    where, message = first_error_zh(exc, skip=skip)
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return message  # the text is not JSON at all: there is no field to name
    more = exc.error_count() - 1
    tail = f"（另有{more}处问题）" if count and more else ""
    label = labels(tuple(first["loc"])) if labels is not None and where else None
    return f"{label or ('字段 ' + where if where else top)}：{message}{tail}"
