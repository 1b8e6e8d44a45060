"""Sentences staff read, written once: every site that says one of them takes it from its one home (round s13c).

Each test builds the sentence from its home and checks that every site raising or writing it says exactly that —
and, against the words the sites typed before, that the sentence itself did not change.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pypdf import PdfWriter

from disclosure_rules import WorkingDayCalendar
from disclosure_rules._audit._documents import page_text
from disclosure_rules._audit._result import AuditError
from disclosure_rules._calendar._schedules import CalendarScheduleError, parse_schedules
from disclosure_rules._calendar._working_days import CalendarChangeError
from disclosure_rules._cli._calendar import _year_payload
from disclosure_rules._cli._common import date_argument
from disclosure_rules._deadlines._clock import provisional_assumption
from disclosure_rules._deadlines._errors import DeadlineError
from disclosure_rules._deadlines._fees import processing_fee
from disclosure_rules._deadlines._request import choose_regime
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC
from disclosure_rules._formatting import chinese_date
from disclosure_rules._messages import (
    ERROR_MESSAGES_ZH,
    NOT_UTF8_ZH,
    TEMPLATE_RECURSION_ZH,
    cells_not_filled_zh,
    page_states_proactive_zh,
    unrecognised_zh,
)
from disclosure_rules._parsing import (
    DATE_PROBLEM_ZH,
    SCHEDULE_BOTH_ZH,
    VALIDATION_MESSAGES_ZH,
    first_error_zh,
)
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._sandbox import BoundedSandbox, bounded_render
from disclosure_rules._sources import HOLIDAY_MEASURES_TITLE

_NOTICE = {
    "number": "国办发明电〔2023〕7号",
    "date": None,
    "title": "国务院办公厅关于2024年部分节假日安排的通知",
}
WEEKEND_2024 = st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).filter(lambda day: day.weekday() >= 5)


@settings(max_examples=10, deadline=None)
@given(day=WEEKEND_2024)
def test_a_day_both_off_and_working_is_refused_in_the_same_words_by_schedules_and_changes(
    day: dt.date,
) -> None:
    sentence = SCHEDULE_BOTH_ZH.format(day=chinese_date(day))
    assert VALIDATION_MESSAGES_ZH["schedule_both"] == SCHEDULE_BOTH_ZH
    assert (
        sentence
        == f"{chinese_date(day)}同时列在放假日（days_off）和调休上班日（working_days）中，请只保留一处"
    )
    with pytest.raises(CalendarChangeError) as change:
        WorkingDayCalendar.china().with_changes(days_off=[day], working_days=[day], source="某县人民政府通知")
    assert change.value.message_zh == sentence
    schedule = {
        "year": 2024,
        "notices": [_NOTICE],
        "days_off": {day.isoformat(): "假日"},
        "working_days": [day.isoformat()],
    }
    with pytest.raises(CalendarScheduleError) as loaded:
        parse_schedules(schedule, "schedule-2024.json")
    assert sentence in loaded.value.message_zh


class _Dated(BaseModel):
    day: dt.date


# Words that are no date in any spelling parse_date or pydantic accepts.
NO_DATE = st.sampled_from(["昨天", "2024-13-45", "二〇二四年", "9月27", "下周一"])


@settings(max_examples=10, deadline=None)
@given(text=NO_DATE)
def test_a_text_that_is_no_date_is_told_the_same_on_the_command_line_and_in_a_model(text: str) -> None:
    assert DATE_PROBLEM_ZH == "不是日期（应写作 2024-09-27 或 2024年9月27日）"
    with pytest.raises(argparse.ArgumentTypeError) as typed:
        date_argument(text)
    assert str(typed.value) == f"{text!r} {DATE_PROBLEM_ZH}"
    with pytest.raises(ValidationError) as modelled:
        _Dated.model_validate({"day": text})
    assert first_error_zh(modelled.value)[1] == DATE_PROBLEM_ZH


# Values that are no regime and no fee method.
UNKNOWN_CHOICE = st.sampled_from(["2010", "按页", "per_page", "旧条例", "x"])


@settings(max_examples=10, deadline=None)
@given(value=UNKNOWN_CHOICE)
def test_a_value_no_rule_knows_is_told_in_the_same_words_for_the_regime_and_the_fee_method(
    value: str,
) -> None:
    assert (
        unrecognised_zh("条例版本", "regime", "2010", "2007 或 2019")
        == "条例版本（regime）“2010”无法识别，请填写 2007 或 2019"
    )
    with pytest.raises(DeadlineError) as regime:
        choose_regime(dt.date(2020, 1, 1), value, "收到申请", "received")
    assert regime.value.message_zh == unrecognised_zh("条例版本", "regime", value, "2007 或 2019")
    with pytest.raises(DeadlineError) as method:
        processing_fee(value, 3)
    fill = "per_request（按件）或 per_volume（按量）"
    assert method.value.message_zh == unrecognised_zh("计费方式", "method", value, fill)


def test_the_catalogue_sentences_a_raise_site_says_with_its_particulars() -> None:
    assert ERROR_MESSAGES_ZH["audit.encrypted_document"] == "文件设有打开密码，无法读取"
    assert ERROR_MESSAGES_ZH["audit.no_text_layer"] == "PDF 中没有文字层（扫描件或图片），无法读取"
    assert (
        ERROR_MESSAGES_ZH["cli.not_utf8"]
        == f"文件{NOT_UTF8_ZH}"
        == "文件不是 UTF-8 编码的文本，请另存为 UTF-8"
    )
    assert ERROR_MESSAGES_ZH["render.template_recursion"] == f"模板{TEMPLATE_RECURSION_ZH}"
    assert TEMPLATE_RECURSION_ZH == "递归过深（宏或 include 无休止地调用自身）"


@settings(max_examples=5, deadline=None)
@given(name=st.sampled_from(["报告.doc", "2024年报.wps", "附件1.doc"]), filler=st.binary(max_size=64))
def test_an_encrypted_word_file_is_refused_in_the_catalogue_sentence(name: str, filler: bytes) -> None:
    with pytest.raises(AuditError) as refused:
        page_text(OLE_MAGIC + filler + ENCRYPTED_STREAM, name)
    sentence = ERROR_MESSAGES_ZH["audit.encrypted_document"]
    assert refused.value.message_zh == f"{name}：Word {sentence}；请取消密码后另存"


def test_a_pdf_without_a_text_layer_is_refused_in_the_catalogue_sentence() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(AuditError) as refused:
        page_text(buffer.getvalue(), "扫描件.pdf")
    sentence = ERROR_MESSAGES_ZH["audit.no_text_layer"]
    assert refused.value.message_zh == f"扫描件.pdf：{sentence}；请提供可复制文字的 PDF 或网页"


def test_a_template_calling_itself_without_end_is_refused_in_the_catalogue_sentence() -> None:
    template = BoundedSandbox().from_string("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")
    with pytest.raises(RenderError) as refused:
        bounded_render(template)
    assert refused.value.code == "render.template_recursion"
    assert refused.value.message_zh == f"模板 {template.name}：{TEMPLATE_RECURSION_ZH}"


def test_the_blank_cell_count_and_the_stated_proactive_total_words() -> None:
    assert cells_not_filled_zh(3) == "3个单元格未填写"
    assert page_states_proactive_zh("12条") == "正文称主动公开信息12条"


SOURCE = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"
# Each sentence (or fragment) and the one module that writes it; no other module in src types it again. Comments
# and docstrings may name a source (a title in 《》) — only string literals that are not docstrings count.
HOMES = {
    "请只保留一处": "_parsing.py",
    "不是日期（应写作 2024-09-27": "_parsing.py",
    "无法识别，请填写": "_messages.py",
    "文件设有打开密码，无法读取": "_messages.py",
    "没有文字层（扫描件或图片）": "_messages.py",
    "无休止地调用自身": "_messages.py",
    "编码的文本，请另存为": "_messages.py",
    "个单元格未填写": "_messages.py",
    "正文称主动公开信息": "_messages.py",
    "全国年节及纪念日放假办法": "_sources.py",
}


def _string_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("words", list(HOMES))
def test_each_sentence_is_typed_in_its_home_alone(words: str) -> None:
    typed = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if any(words in literal for literal in _string_literals(path))
    )
    assert typed == [HOMES[words]]


@settings(max_examples=5, deadline=None)
@given(ahead=st.integers(1, 3))
def test_a_year_without_its_notice_is_assumed_from_the_holiday_measures_named_once(ahead: int) -> None:
    assert HOLIDAY_MEASURES_TITLE == "《全国年节及纪念日放假办法》"
    calendar = WorkingDayCalendar.china(provisional=True)
    year = calendar.last_year + ahead
    note = provisional_assumption(calendar, dt.date(year, 1, 2), dt.date(year, 10, 30))
    assert note is not None
    assert f"按{HOLIDAY_MEASURES_TITLE}推定法定节假日" in note
    assumption = _year_payload(calendar, year)["provisional_assumption"]
    assert (
        assumption
        == f"未载入{year}年的国务院节假日安排通知：按{HOLIDAY_MEASURES_TITLE}推定法定节假日，未计任何调休上班日"
    )
