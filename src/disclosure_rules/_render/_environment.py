"""The one place the renderer's Jinja2 environment is built.

Templates ship inside the package as ``disclosure_rules/templates`` (the wheel force-includes the repository's
top-level ``templates/`` there). In a source checkout installed in editable mode, ``src/`` is on the path and
the package folder has no ``templates/``: the repository's own folder is used instead.

A user's template folder is searched first, so one template can replace the bundled one of the same name;
the bundled templates stay reachable under the ``default/`` prefix, so a user template can
``{% extends "default/html/standard.html" %}`` and override single blocks. With a user's folder every template
(the bundled ones it extends included) runs in Jinja2's sandbox with the bounds of ``_sandbox`` (time, output
size, numbers and strings, templates only from inside the folder); the bundled templates alone, part of the
package's code, run without it (the sandbox checks every attribute a template reads, which costs more than the
rest of the render). Both kinds use ``StrictUndefined``; HTML output autoescapes in every template it includes
(by the output format, not by a partial's extension), Markdown templates escape Markdown syntax in every printed
value, and text output shows control characters escaped.

Building an environment and compiling its templates costs far more than rendering a report, so
:func:`cached_environment` keeps them: one environment per output format for the bundled templates, and for a
user's folder one keyed by the resolved folder and the names, sizes and modification times of every file in it
(an edited template is seen on the next call). Compiled templates are also kept on disk (Jinja2's bytecode
cache, one folder per output format, environment kind and version, see :func:`bytecode_cache_folder`), so the
first render of a new process skips compiling; the cache is only a speed-up: a folder that cannot be written is
not used.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import sys
from collections import OrderedDict
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, Any, Final, Literal

import jinja2
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
)
from jinja2.loaders import split_template_path
from markupsafe import Markup

from disclosure_rules import __version__
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._filters import FILTERS, MARKDOWN_FILTERS, markdown_escape
from disclosure_rules._render._sandbox import BoundedSandbox, FolderLoader
from disclosure_rules._safe_text import neutralise

if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.resources.abc import Traversable


OutputFormat = Literal["html", "md", "txt"]
OUTPUT_FORMATS: Final[tuple[OutputFormat, ...]] = ("html", "md", "txt")
DEFAULT_PREFIX: Final = "default"
_PACKAGE: Final = "disclosure_rules"
# The compiled-template cache: this variable names its folder; set to an empty value, it turns the cache off.
CACHE_DIR_VARIABLE: Final = "DISCLOSURE_RULES_CACHE_DIR"
# How many environments for users' template folders are kept (the least recently used one goes first).
_USER_ENVIRONMENTS_KEPT: Final = 8


def bundled_templates() -> Traversable:
    """The folder of bundled templates, found one way: through ``importlib.resources``.

    An installed wheel holds them at ``disclosure_rules/templates``. A source checkout (editable install, or
    ``src`` on the path) keeps them where the project layout puts them, at the top of the repository: two levels
    above the package folder, beside ``pyproject.toml``.
    """
    package = importlib.resources.files(_PACKAGE)
    packaged = package / "templates"
    if packaged.is_dir():
        return packaged
    repository = Path(str(package)).parent.parent
    checkout = repository / "templates"
    if checkout.is_dir() and (repository / "pyproject.toml").is_file():
        return checkout
    raise RenderError(
        f"the bundled templates are missing: neither {packaged} nor {checkout} exists (reinstall the package)",
        code="render.templates_missing",
        message_zh=f"缺少内置模板：{packaged} 和 {checkout} 都不存在（请重新安装本软件包）",
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


def _template_folder(template_dir: str | Path) -> Path:
    folder = Path(template_dir)
    if not folder.is_dir():
        raise RenderError(
            f"template folder {folder} does not exist or is not a folder",
            code="render.template_dir_not_found",
            message_zh=f"模板文件夹“{folder}”不存在或不是文件夹",
        )
    return folder


def bytecode_cache_folder(output_format: OutputFormat, *, sandboxed: bool) -> Path | None:
    """Where compiled templates of one output format and environment kind go, or None when the cache is off.

    ``$DISCLOSURE_RULES_CACHE_DIR`` when set (empty: no cache), else ``$XDG_CACHE_HOME/disclosure_rules`` or
    ``~/.cache/disclosure_rules``; inside it one folder per package, Jinja2 and Python version, output format and
    kind of environment, because compiled code depends on all of them: above all, code compiled for the sandbox
    calls through it, code compiled without does not, so the two never share a folder (Jinja2 keys an entry by
    the template's name and file only, and checks it against the template's source).
    """
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured is not None:
        if not configured:
            return None
        root = Path(configured)
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / _PACKAGE
    versions = f"{__version__}-jinja2-{jinja2.__version__}-{sys.implementation.cache_tag}"
    return root / f"templates-{versions}" / f"{output_format}-{'sandboxed' if sandboxed else 'bundled'}"


def _bytecode_cache(output_format: OutputFormat, *, sandboxed: bool) -> FileSystemBytecodeCache | None:
    folder = bytecode_cache_folder(output_format, sandboxed=sandboxed)
    if folder is None:
        return None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None  # a read-only home or a full disk: render without the cache
    # Loading a cached template runs what is in the file: only from a folder no one else can write to.
    if (hasattr(os, "getuid") and status.st_uid != os.getuid()) or status.st_mode & 0o022:
        return None
    return FileSystemBytecodeCache(str(folder))


def _text_finalize(value: Any) -> Any:  # noqa: ANN401 - Jinja2 passes any printed value through
    # Plain text keeps its line breaks; control characters and bidi overrides are shown escaped.
    return neutralise(value) if isinstance(value, str) else value


def make_environment(
    output_format: OutputFormat,
    template_dir: str | Path | None = None,
    *,
    bytecode_cache: bool = False,
    sandboxed: bool = True,
) -> Environment:
    """A new environment for one output format, with the user's folder first when given.

    ``bytecode_cache`` keeps compiled templates on disk (see :func:`bytecode_cache_folder`). ``sandboxed=False``
    is only for the bundled templates alone (part of the package's code, like its Python): with a user's folder
    the environment is always sandboxed. Rendering goes through :func:`cached_environment`, which builds each
    environment once.
    """
    sandboxed = sandboxed or template_dir is not None
    bundled = TraversableLoader(bundled_templates())
    loaders: list[BaseLoader] = []
    if template_dir is not None:
        loaders.append(FolderLoader(_template_folder(template_dir)))
    loaders.extend((PrefixLoader({DEFAULT_PREFIX: bundled}), bundled))
    options: dict[str, Any] = {}
    if output_format == "md":
        options["finalize"] = _markdown_finalize
    elif output_format == "txt":
        options["finalize"] = _text_finalize
    environment = (BoundedSandbox if sandboxed else Environment)(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        # By the output format, not by a partial's extension: an HTML report escapes in every included file.
        autoescape=output_format == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(output_format, sandboxed=sandboxed) if bytecode_cache else None,
        **options,
    )
    environment.filters.update(FILTERS)
    if output_format == "md":
        environment.filters.update(MARKDOWN_FILTERS)
    if isinstance(environment, BoundedSandbox):
        environment.guard_filters()
    return environment


@functools.cache
def _bundled_environment(output_format: OutputFormat) -> Environment:
    return make_environment(output_format, bytecode_cache=True, sandboxed=False)


def _folder_stamp(folder: Path) -> tuple[tuple[str, int, int, int, int], ...]:
    """Every file under ``folder`` with its size, times and inode: a changed template changes the stamp."""
    stamp: list[tuple[str, int, int, int, int]] = []
    for directory, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(directory, name)  # noqa: PTH118 - os.walk hands out strings; this is its pair
            try:
                status = os.stat(path)  # noqa: PTH116 - one call for size and time, on a string path
            except OSError:
                continue  # a dangling link: the loader will report it if a template needs it
            stamp.append((path, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino))
    return tuple(sorted(stamp))


_user_environments: OrderedDict[tuple[object, ...], Environment] = OrderedDict()
_user_environments_lock = Lock()


def cached_environment(output_format: OutputFormat, template_dir: str | Path | None = None) -> Environment:
    """The environment :func:`render` uses: built once and reused, its compiled templates kept with it.

    Bundled templates: one environment per output format for the life of the process. A user's folder: one per
    resolved folder and :func:`_folder_stamp`, so editing, adding or removing a template builds a new one; the
    last few are kept; these are always sandboxed.
    """
    if template_dir is None:
        return _bundled_environment(output_format)
    folder = _template_folder(template_dir).resolve()
    key = (output_format, folder, _folder_stamp(folder))
    with _user_environments_lock:
        environment = _user_environments.get(key)
        if environment is not None:
            _user_environments.move_to_end(key)
            return environment
    environment = make_environment(output_format, folder, bytecode_cache=True)
    with _user_environments_lock:
        _user_environments[key] = environment
        while len(_user_environments) > _USER_ENVIRONMENTS_KEPT:
            _user_environments.popitem(last=False)
    return environment
