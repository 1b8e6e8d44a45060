"""``render``: a report model to HTML, Markdown or text through the templates, or to a Word or PDF document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, overload

from jinja2 import TemplateError, TemplateNotFound, TemplatesNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from disclosure_rules._models import LegacyReport
from disclosure_rules._render._environment import OUTPUT_FORMATS, OutputFormat, cached_environment
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._sandbox import bounded_render
from disclosure_rules._render._syntax_zh import syntax_reason_zh, undefined_reason_zh
from disclosure_rules._render._views import report_view
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    from types import TracebackType

    from disclosure_rules._models import AnyReport
    from disclosure_rules._render._views import ReportView

DocumentFormat = Literal["docx", "pdf"]
DOCUMENT_FORMATS: Final[tuple[DocumentFormat, ...]] = ("docx", "pdf")
# Every format ``render`` writes: the templated text formats, then the documents (bytes).
ALL_FORMATS: Final = (*OUTPUT_FORMATS, *DOCUMENT_FORMATS)

# The entry template of each output format and report kind; partials are included from these.
ENTRY_TEMPLATES: Final = {
    (output_format, kind): f"{output_format}/{kind}.{output_format}"
    for output_format in OUTPUT_FORMATS
    for kind in ("standard", "legacy")
}


def _template_position(traceback: TracebackType | None) -> str:
    """``file, line N`` of the innermost template frame of a Jinja2 traceback, or ``""``."""
    position = ""
    while traceback is not None:
        frame_globals = traceback.tb_frame.f_globals
        if "__jinja_exception__" in frame_globals:
            # Bundled and user templates sit one folder deep (html/…, md/…, txt/…): name the folder too.
            shown = "/".join(Path(str(frame_globals["__file__"])).parts[-2:])
            position = f"{shown}, line {traceback.tb_lineno}"
        traceback = traceback.tb_next
    return position


def _where(template: str, exc: BaseException) -> str:
    position = _template_position(exc.__traceback__)
    return f"template {template} ({position})" if position else f"template {template}"


def _where_zh(template: str, exc: BaseException) -> str:
    """The template and position in Chinese: ``模板 html/standard.html（html/x.html 第 3 行）``."""
    position = _template_position(exc.__traceback__).replace(", line ", " 第 ")
    return f"模板 {template}（{position} 行）" if position else f"模板 {template}"


def _undefined_zh(message: str) -> str:
    reason = undefined_reason_zh(message)
    return reason if reason is not None else f"使用了未定义的名称（{message}）"


def _syntax_error(name: str, exc: TemplateSyntaxError) -> RenderError:
    """``render.template_syntax``: the template's file and line, and why in Chinese (Jinja's words if unknown)."""
    template = exc.name or exc.filename or name
    message = exc.message or ""
    reason = syntax_reason_zh(message)
    why = f"：{reason}" if reason is not None else f"（{message}）"
    return RenderError(
        f"template {template}, line {exc.lineno}: syntax error: {message}",
        code="render.template_syntax",
        message_zh=f"模板 {template} 第 {exc.lineno} 行有语法错误{why}",
    )


@overload
def render(
    report: AnyReport,
    format: OutputFormat = "html",
    template_dir: str | Path | None = None,
    *,
    charts: bool = False,
    allow_errors: bool = False,
) -> str: ...


@overload
def render(
    report: AnyReport,
    format: DocumentFormat,
    template_dir: str | Path | None = None,
    *,
    charts: bool = False,
    allow_errors: bool = False,
) -> bytes: ...


def render(
    report: AnyReport,
    format: OutputFormat | DocumentFormat = "html",  # noqa: A002 - the documented keyword, as the CLI's --format
    template_dir: str | Path | None = None,
    *,
    charts: bool = False,
    allow_errors: bool = False,
) -> str | bytes:
    """Render a report as ``html``, ``md`` or ``txt`` (text), or as ``docx`` or ``pdf`` (bytes).

    The report is validated first: if any finding is an error, rendering stops with
    ``RenderError("render.report_has_errors")`` unless ``allow_errors`` is true, in which case the errors are
    listed in an annex at the end of the output (and flagged at the top). Warnings never stop rendering.

    ``template_dir`` is a folder of templates searched before the bundled ones (see ``docs/render.md``); the
    PDF is laid out from the HTML templates, so it applies to ``pdf`` too, but not to ``docx``, which is built
    from the view model directly. ``charts`` adds inline SVG charts (HTML, PDF), text bars (Markdown, text) or
    tables of the bars (Word). Text output is deterministic: the same report and templates give the same text,
    byte for byte. ``docx`` needs python-docx and ``pdf`` WeasyPrint (the ``office`` extra).
    """
    if format not in ALL_FORMATS:
        raise RenderError(
            f"unknown output format {format!r}; choose one of {', '.join(ALL_FORMATS)}",
            code="render.unknown_format",
            message_zh=f"未知的输出格式“{format}”；可选：{'、'.join(ALL_FORMATS)}",
        )
    if format == "docx" and template_dir is not None:
        raise RenderError(
            "a Word document uses no template: template_dir (--template-dir) is for html, md, txt and pdf",
            code="render.template_dir_not_supported",
            message_zh="Word 文档不使用模板，不能与 template_dir（--template-dir）同用；模板适用于 html、md、txt 和 pdf",
        )
    errors = [finding for finding in validate(report) if finding.is_error]
    if errors and not allow_errors:
        first = errors[0]
        more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
        raise RenderError(
            f"the report has {len(errors)} validation error{'s' if len(errors) > 1 else ''} "
            f"([{first.code}] {first.message}{more}); fix them, or render with allow_errors to list them "
            "in an annex",
            code="render.report_has_errors",
            message_zh=(
                f"报告有{len(errors)}处校验错误（[{first.code}] {first.message}"
                f"{f'，另有{len(errors) - 1}处' if len(errors) > 1 else ''}）；请先改正，"
                "或以 allow_errors（--allow-errors）生成并在附录中列出这些错误"
            ),
        )
    view = report_view(report, charts=charts, errors=errors)
    if format == "docx":
        from disclosure_rules._render._docx import render_docx  # noqa: PLC0415 - needs the office extra

        return render_docx(view)
    kind = "legacy" if isinstance(report, LegacyReport) else "standard"
    if format == "pdf":
        from disclosure_rules._render._pdf import render_pdf  # noqa: PLC0415 - needs the office extra

        return render_pdf(_render_template(view, "html", kind, template_dir))
    return _render_template(view, format, kind, template_dir)


def _render_template(
    view: ReportView,
    output_format: OutputFormat,
    kind: str,
    template_dir: str | Path | None,
) -> str:
    name = ENTRY_TEMPLATES[output_format, kind]
    try:
        template = cached_environment(output_format, template_dir).get_template(name)
        # A user's templates run within the sandbox's time and output bounds; the bundled ones are package code.
        return template.render(report=view) if template_dir is None else bounded_render(template, report=view)
    except SecurityError as exc:
        raise RenderError(
            f"{_where(name, exc)}: blocked by the sandbox: {exc}",
            code="render.template_sandbox",
            message_zh=f"{_where_zh(name, exc)}：被沙箱拦截（{exc}）",
        ) from None
    except UndefinedError as exc:
        raise RenderError(
            f"{_where(name, exc)}: {exc}",
            code="render.template_undefined",
            message_zh=f"{_where_zh(name, exc)}：{_undefined_zh(str(exc))}",
        ) from None
    except TemplateSyntaxError as exc:
        raise _syntax_error(name, exc) from None
    except (TemplateNotFound, TemplatesNotFound) as exc:
        raise RenderError(
            f"{_where(name, exc)}: template not found: {exc.message or exc.name}",
            code="render.template_not_found",
            message_zh=f"{_where_zh(name, exc)}：找不到模板“{exc.message or exc.name}”",
        ) from None
    except TemplateError as exc:
        # A filter or test named only in a branch is looked up when the branch runs: Jinja's words said in Chinese.
        reason = syntax_reason_zh(str(exc))
        raise RenderError(
            f"{_where(name, exc)}: {exc}",
            code="render.template_error",
            message_zh=f"{_where_zh(name, exc)}：{reason}"
            if reason
            else f"{_where_zh(name, exc)}：模板出错（{exc}）",
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ArithmeticError) as exc:
        # A template called a filter with the wrong arguments, or did arithmetic on text.
        raise RenderError(
            f"{_where(name, exc)}: {type(exc).__name__}: {exc}",
            code="render.template_error",
            message_zh=f"{_where_zh(name, exc)}：模板运算出错（{type(exc).__name__}：{exc}），如对文字做了算术或过滤器参数有误",
        ) from None
