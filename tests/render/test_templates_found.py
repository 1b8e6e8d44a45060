"""The bundled templates are found one way (``importlib.resources``), in a checkout and in an installed layout.

The wheel case is also built and installed for real in ``test_render_wheel.py`` (slow); here the two layouts
are laid out by copying the package, so the lookup itself is checked in every run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import disclosure_rules
from disclosure_rules._render import bundled_templates
from tests.render.helpers import REPO

_PACKAGE = Path(disclosure_rules.__file__).resolve().parent
_PROBE = """
from disclosure_rules._render import bundled_templates
from disclosure_rules._render._errors import RenderError
try:
    print(bundled_templates())
except RenderError as exc:
    print(exc.code)
"""


def _probe(site: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r})\n{_PROBE}"],
        capture_output=True,
        check=False,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _copy_package(site: Path) -> Path:
    target = site / "disclosure_rules"
    shutil.copytree(_PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_checkout_uses_the_top_level_templates_folder() -> None:
    assert Path(str(bundled_templates())) == REPO / "templates"


def test_installed_layout_uses_the_packaged_folder(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    target = _copy_package(site)
    shutil.copytree(REPO / "templates", target / "templates")
    assert Path(_probe(site)) == target / "templates"


def test_checkout_layout_is_found_from_the_package(tmp_path: Path) -> None:
    _copy_package(tmp_path / "src")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    assert Path(_probe(tmp_path / "src")) == tmp_path / "templates"


def test_missing_templates_are_a_coded_error(tmp_path: Path) -> None:
    _copy_package(tmp_path / "src")
    assert _probe(tmp_path / "src") == "render.templates_missing"
