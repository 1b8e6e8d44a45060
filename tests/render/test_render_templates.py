"""User templates: override one, extend the default, and the sandbox and StrictUndefined around them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from disclosure_rules._render import RenderError, bundled_templates, render
from tests.render.helpers import EXAMPLE_2021, load

if TYPE_CHECKING:
    from pathlib import Path

    from disclosure_rules import OutputFormat


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return folder


def _render_with(tmp_path: Path, name: str, text: str, output_format: OutputFormat = "html") -> str:
    folder = _write(tmp_path, name, text)
    return render(load(EXAMPLE_2021), output_format, folder)


def _error_with(tmp_path: Path, name: str, text: str, output_format: OutputFormat = "html") -> RenderError:
    with pytest.raises(RenderError) as caught:
        _render_with(tmp_path, name, text, output_format)
    return caught.value


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__",
        "report.__class__.__init__.__globals__",
        "report.sections.__class__.__base__.__subclasses__()",
        "lipsum.__globals__",
        "cycler.__init__.__globals__.os",
    ],
)
def test_a_hostile_user_template_cannot_reach_python_internals(tmp_path: Path, expression: str) -> None:
    """Templates a user supplies run in Jinja2's sandbox: dunder attributes are refused, with a code."""
    error = _error_with(tmp_path, "html/standard.html", "{{ " + expression + " }}")
    assert error.code == "render.template_sandbox"
    assert "standard.html" in error.message


def test_a_missing_variable_is_an_error_naming_it(tmp_path: Path) -> None:
    """StrictUndefined: a variable the view does not have is an error naming the variable, template and line."""
    error = _error_with(tmp_path, "html/standard.html", "<p>ok</p>\n{{ report.no_such_field }}\n")
    assert error.code == "render.template_undefined"
    assert "no_such_field" in error.message
    assert "html/standard.html, line 2" in error.message


def test_an_undefined_name_is_an_error_even_inside_a_condition(tmp_path: Path) -> None:
    error = _error_with(tmp_path, "txt/standard.txt", "{% if agency_name %}x{% endif %}", "txt")
    assert error.code == "render.template_undefined"
    assert "agency_name" in error.message


def test_override_one_template_by_extending_the_default(tmp_path: Path) -> None:
    """A user template can {% extends "default/…" %} the bundled one and replace a single block."""
    text = _render_with(
        tmp_path,
        "html/standard.html",
        '{% extends "default/html/standard.html" %}'
        '{% block title %}<h1 class="custom">定制标题：{{ report.title }}</h1>{% endblock %}',
    )
    assert '<h1 class="custom">定制标题：青山县自然资源局2022年政府信息公开工作年度报告</h1>' in text
    assert 'id="table3"' in text  # the rest of the default layout is kept
    assert '<h1 class="title">' not in text


def test_overriding_a_partial_changes_every_template_that_includes_it(tmp_path: Path) -> None:
    """The user's folder is searched first: replacing the stylesheet restyles the bundled layout."""
    text = _render_with(tmp_path, "html/styles.css", "body { color: #123456; }\n")
    assert "body { color: #123456; }" in text
    assert "size: A4" not in text
    assert 'id="table2"' in text


def test_overriding_the_base_applies_to_the_bundled_report_template(tmp_path: Path) -> None:
    text = _render_with(
        tmp_path,
        "html/base.html",
        '{% extends "default/html/base.html" %}{% block head %}<meta name="generator" content="mine">{% endblock %}',
    )
    assert '<meta name="generator" content="mine">' in text
    assert "一、本年新收政府信息公开申请数量" in text


def test_user_templates_are_autoescaped_too(tmp_path: Path) -> None:
    report = load(EXAMPLE_2021)
    hostile = report.model_copy(update={"title": "<b>x</b>"})
    folder = _write(tmp_path, "html/standard.html", "<h1>{{ report.title }}</h1>")
    assert render(hostile, "html", folder) == "<h1>&lt;b&gt;x&lt;/b&gt;</h1>"


def test_a_syntax_error_names_the_template_and_line(tmp_path: Path) -> None:
    error = _error_with(tmp_path, "html/standard.html", "line one\n{% if %}\n")
    assert error.code == "render.template_syntax"
    assert "html/standard.html, line 2" in error.message


def test_a_missing_included_template_is_reported(tmp_path: Path) -> None:
    error = _error_with(tmp_path, "html/standard.html", '{% include "html/nowhere.html" %}')
    assert error.code == "render.template_not_found"
    assert "nowhere.html" in error.message


def test_a_missing_template_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_2021), "html", tmp_path / "absent")
    assert caught.value.code == "render.template_dir_not_found"


def test_a_filter_called_wrongly_is_a_template_error(tmp_path: Path) -> None:
    error = _error_with(tmp_path, "html/standard.html", "{{ report.year | chinese_numeral }}")
    assert error.code == "render.template_error"
    assert "standard.html" in error.message


def test_a_template_cannot_escape_its_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    error = _error_with(tmp_path / "t", "html/standard.html", '{% include "../secret.txt" %}')
    assert error.code == "render.template_not_found"


def test_markdown_values_cannot_break_a_table(tmp_path: Path) -> None:
    """In Markdown every printed value is escaped: a | in a value cannot open a new cell."""
    report = load(EXAMPLE_2021)
    hostile = report.model_copy(update={"title": "a|b*c*"})
    folder = _write(tmp_path, "md/standard.md", "| {{ report.title }} |")
    assert render(hostile, "md", folder) == r"| a\|b\*c\* |"


def test_bundled_templates_come_from_the_source_checkout_or_the_package() -> None:
    """The bundled folder holds an entry template per format and report kind."""
    root = bundled_templates()
    for name in ("standard", "legacy"):
        for output_format in ("html", "md", "txt"):
            assert root.joinpath(output_format, f"{name}.{output_format}").is_file()
