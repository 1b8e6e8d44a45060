"""The renderer's caches: environments built once, a user's edits seen at once, compiled templates on disk."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from jinja2.sandbox import SandboxedEnvironment

from disclosure_rules._render import OUTPUT_FORMATS, render
from disclosure_rules._render._environment import (
    CACHE_DIR_VARIABLE,
    bytecode_cache_folder,
    cached_environment,
    make_environment,
)
from disclosure_rules._render._views import report_view
from tests.render.helpers import EXAMPLE_2021, load

if TYPE_CHECKING:
    from pathlib import Path

    from disclosure_rules._render import OutputFormat


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_bundled_environment_is_built_once_per_format() -> None:
    assert cached_environment("html") is cached_environment("html")
    assert cached_environment("md") is not cached_environment("html")


def test_a_user_folder_is_always_sandboxed(tmp_path: Path) -> None:
    assert isinstance(cached_environment("html", tmp_path), SandboxedEnvironment)
    assert isinstance(make_environment("txt", tmp_path, sandboxed=False), SandboxedEnvironment)


def test_an_edited_user_template_is_seen_on_the_next_render(tmp_path: Path) -> None:
    report = load(EXAMPLE_2021)
    template = tmp_path / "txt" / "standard.txt"
    _write(template, "first {{ report.title }}\n")
    assert render(report, "txt", tmp_path).startswith("first ")
    _write(template, "second edition {{ report.title }}\n")
    os.utime(template, ns=(1, 1))  # a different time even where the clock's step is coarse
    assert render(report, "txt", tmp_path).startswith("second edition ")
    (tmp_path / "txt" / "standard.txt").unlink()
    assert render(report, "txt", tmp_path) == render(report, "txt")  # back to the bundled template


def test_a_user_folder_with_the_same_files_reuses_its_environment(tmp_path: Path) -> None:
    _write(tmp_path / "md" / "standard.md", "{{ report.title }}\n")
    assert cached_environment("md", tmp_path) is cached_environment("md", str(tmp_path / "md" / ".."))


def test_the_cache_folder_follows_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    bundled = bytecode_cache_folder("html", sandboxed=False)
    sandboxed = bytecode_cache_folder("html", sandboxed=True)
    assert bundled is not None
    assert sandboxed is not None
    assert bundled.is_relative_to(tmp_path)
    assert bundled != sandboxed  # code compiled for the sandbox and without it never share a folder
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    assert bytecode_cache_folder("html", sandboxed=False) is None


@pytest.mark.parametrize("output_format", OUTPUT_FORMATS)
def test_templates_loaded_from_the_disk_cache_render_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, output_format: OutputFormat
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    view = report_view(load(EXAMPLE_2021), charts=True)
    name = f"{output_format}/standard.{output_format}"
    expected = make_environment(output_format).get_template(name).render(report=view)  # compiled, sandboxed
    folder = bytecode_cache_folder(output_format, sandboxed=False)
    assert folder is not None
    assert not folder.exists()
    for _ in range(2):  # the first environment compiles and stores, the second loads what was stored
        environment = make_environment(output_format, bytecode_cache=True, sandboxed=False)
        assert environment.get_template(name).render(report=view) == expected
        assert any(folder.iterdir())


def test_an_unwritable_cache_folder_only_turns_the_cache_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker))
    environment = make_environment("txt", bytecode_cache=True)
    assert environment.bytecode_cache is None
    assert render(load(EXAMPLE_2021), "txt")


def test_a_folder_others_can_write_to_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A cached template is code: one planted by another user in a shared folder must never be loaded."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    folder = bytecode_cache_folder("html", sandboxed=True)
    assert folder is not None
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert make_environment("html", tmp_path, bytecode_cache=True).bytecode_cache is None
    folder.chmod(0o700)
    assert make_environment("html", tmp_path, bytecode_cache=True).bytecode_cache is not None
