"""The one place the renderer's Jinja2 environment is built.

Templates ship inside the package as ``disclosure_rules/templates`` (the wheel force-includes the repository's
top-level ``templates/`` there). In a source checkout installed in editable mode, ``src/`` is on the path and
the package folder has no ``templates/``: the repository's own folder is used instead.

A user's template folder is searched first, so one template can replace the bundled one of the same name;
the bundled templates stay reachable under the ``default/`` prefix, so a user template can
``{% extends "default/html/standard.html" %}`` and override single blocks. Every template runs in Jinja2's
sandbox with ``StrictUndefined`` and the bounds of ``_sandbox`` (time, output size, folder); HTML output
autoescapes in every template it includes, and Markdown templates escape Markdown syntax
in every printed value.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
)
from jinja2.loaders import split_template_path
from markupsafe import Markup

from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._filters import FILTERS, MARKDOWN_FILTERS, markdown_escape
from disclosure_rules._render._sandbox import BoundedSandbox, FolderLoader
from disclosure_rules._safe_text import neutralise

if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.resources.abc import Traversable

    from jinja2 import Environment

OutputFormat = Literal["html", "md", "txt"]
OUTPUT_FORMATS: Final[tuple[OutputFormat, ...]] = ("html", "md", "txt")
DEFAULT_PREFIX: Final = "default"
_PACKAGE: Final = "disclosure_rules"


def bundled_templates() -> Traversable:
    """The folder of bundled templates: inside the installed package, else the source checkout's."""
    packaged = importlib.resources.files(_PACKAGE) / "templates"
    if packaged.is_dir():
        return packaged
    # Editable install of a source checkout: <repo>/src/disclosure_rules/_render/ → <repo>/templates.
    repository = Path(__file__).resolve().parents[3]
    source = repository / "templates"
    if source.is_dir() and (repository / "pyproject.toml").is_file():
        return source
    raise RenderError(
        f"the bundled templates are missing: neither {packaged} nor {source} exists (reinstall the package)",
        code="render.templates_missing",
    )


class TraversableLoader(BaseLoader):
    """Loads templates from an ``importlib.resources`` folder (a plain directory or inside a zip)."""

    def __init__(self, root: Traversable) -> None:
        self.root = root

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        """The template's text and a file name for error messages; bundled files never change."""
        del environment  # part of Jinja2's loader interface, not needed here
        node = self.root
        for piece in split_template_path(template):  # rejects "..": no escape from the folder
            node = node.joinpath(piece)
        if not node.is_file():
            raise TemplateNotFound(template)
        return node.read_text(encoding="utf-8"), f"{self.root}/{template}", lambda: True

    def list_templates(self) -> list[str]:
        """Every bundled template name, sorted."""
        found: list[str] = []

        def walk(node: Traversable, prefix: str) -> None:
            for child in node.iterdir():
                name = f"{prefix}{child.name}"
                if child.is_dir():
                    walk(child, f"{name}/")
                else:
                    found.append(name)

        walk(self.root, "")
        return sorted(found)


def _markdown_finalize(value: Any) -> Any:  # noqa: ANN401 - Jinja2 passes any printed value through
    if isinstance(value, Markup):
        return value
    return markdown_escape(str(value))


def _text_finalize(value: Any) -> Any:  # noqa: ANN401 - Jinja2 passes any printed value through
    # Plain text keeps its line breaks; control characters and bidi overrides are shown escaped.
    return neutralise(value) if isinstance(value, str) else value


def make_environment(output_format: OutputFormat, template_dir: str | Path | None = None) -> BoundedSandbox:
    """The sandboxed environment for one output format, with the user's folder first when given."""
    bundled = TraversableLoader(bundled_templates())
    loaders: list[BaseLoader] = []
    if template_dir is not None:
        folder = Path(template_dir)
        if not folder.is_dir():
            raise RenderError(
                f"template folder {folder} does not exist or is not a folder",
                code="render.template_dir_not_found",
            )
        loaders.append(FolderLoader(folder))
    loaders.extend((PrefixLoader({DEFAULT_PREFIX: bundled}), bundled))
    options: dict[str, Any] = {}
    if output_format == "md":
        options["finalize"] = _markdown_finalize
    elif output_format == "txt":
        options["finalize"] = _text_finalize
    environment = BoundedSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        # By the output format, not by a partial's extension: an HTML report escapes in every included file.
        autoescape=output_format == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        **options,
    )
    environment.filters.update(FILTERS)
    if output_format == "md":
        environment.filters.update(MARKDOWN_FILTERS)
    environment.guard_filters()
    return environment
