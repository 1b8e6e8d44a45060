"""``render``: a report model to HTML, Markdown or text through the templates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final, get_args

from jinja2 import TemplateError, TemplateNotFound, TemplatesNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from disclosure_rules._models import LegacyReport
from disclosure_rules._render._environment import OUTPUT_FORMATS, OutputFormat, make_environment
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._sandbox import bounded_render
from disclosure_rules._render._views import report_view
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    from types import TracebackType

    from disclosure_rules._models import AnyReport

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


def render(
    report: AnyReport,
    format: OutputFormat = "html",  # noqa: A002 - the documented keyword, as the CLI's --format
    template_dir: str | Path | None = None,
    *,
    charts: bool = False,
    allow_errors: bool = False,
) -> str:
    """Render a report as ``html``, ``md`` or ``txt`` and return the text.

    The report is validated first: if any finding is an error, rendering stops with
    ``RenderError("render.report_has_errors")`` unless ``allow_errors`` is true, in which case the errors are
    listed in an annex at the end of the output (and flagged at the top). Warnings never stop rendering.

    ``template_dir`` is a folder of templates searched before the bundled ones (see ``docs/render.md``);
    ``charts`` adds inline SVG charts (HTML) or text bars (Markdown, text). The output is deterministic:
    the same report and templates give the same text, byte for byte.
    """
    if format not in get_args(OutputFormat):
        raise RenderError(
            f"unknown output format {format!r}; choose one of {', '.join(OUTPUT_FORMATS)}",
            code="render.unknown_format",
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
        )
    view = report_view(report, charts=charts, errors=errors)
    kind = "legacy" if isinstance(report, LegacyReport) else "standard"
    name = ENTRY_TEMPLATES[format, kind]
    environment = make_environment(format, template_dir)
    try:
        return bounded_render(environment.get_template(name), report=view)
    except SecurityError as exc:
        raise RenderError(
            f"{_where(name, exc)}: blocked by the sandbox: {exc}", code="render.template_sandbox"
        ) from None
    except UndefinedError as exc:
        raise RenderError(f"{_where(name, exc)}: {exc}", code="render.template_undefined") from None
    except TemplateSyntaxError as exc:
        location = f"{exc.name or exc.filename or name}, line {exc.lineno}"
        raise RenderError(
            f"template {location}: syntax error: {exc.message}", code="render.template_syntax"
        ) from None
    except (TemplateNotFound, TemplatesNotFound) as exc:
        raise RenderError(
            f"{_where(name, exc)}: template not found: {exc.message or exc.name}",
            code="render.template_not_found",
        ) from None
    except TemplateError as exc:
        raise RenderError(f"{_where(name, exc)}: {exc}", code="render.template_error") from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ArithmeticError) as exc:
        # A template called a filter with the wrong arguments, or did arithmetic on text.
        raise RenderError(
            f"{_where(name, exc)}: {type(exc).__name__}: {exc}", code="render.template_error"
        ) from None
