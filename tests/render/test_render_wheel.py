"""The built wheel ships the templates: installed in a fresh virtual environment, it renders.

The fresh environment is made without pip and without the system or project site-packages. The wheel is
installed into it with this environment's pip (``pip --python``, no dependencies, no index); its runtime
dependencies (pydantic, Jinja2, holidays and what they need, resolved from the wheel's own metadata) are made
importable through a folder of links to this environment's installed copies, so the test runs offline. The
package itself, and its templates, can only come from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib.metadata import distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from disclosure_rules._render import render
from tests.render.helpers import EXAMPLE_2021, REPO, load

_PROBE = """
import sys
from pathlib import Path
import disclosure_rules
from disclosure_rules import report_from_json
from disclosure_rules._render import bundled_templates, render
prefix = Path(sys.prefix).resolve()
assert Path(disclosure_rules.__file__).resolve().is_relative_to(prefix), disclosure_rules.__file__
assert Path(str(bundled_templates())).resolve().is_relative_to(prefix), bundled_templates()
report = report_from_json(Path(sys.argv[1]).read_bytes())
sys.stdout.buffer.write(render(report, "html", charts=True).encode("utf-8"))
"""


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    # A caller's PYTHONPATH (``PYTHONPATH=src pytest``) would put the source tree ahead of the installed wheel.
    env = {name: value for name, value in os.environ.items() if name not in {"PYTHONPATH", "PYTHONHOME"}}
    done = subprocess.run([str(part) for part in command], capture_output=True, check=False, cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done


def _dependency_closure(requirements: list[str]) -> list[Path]:
    """Top-level files and folders of the installed distributions the requirements need (markers applied)."""
    found: set[Path] = set()
    seen: set[str] = set()
    todo = list(requirements)
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        dist = distribution(requirement.name)
        name = dist.metadata["Name"].lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        for file in dist.files or ():
            top = file.parts[0]
            if top in {"..", "__pycache__"} or top.endswith(".pth"):
                continue
            found.add(Path(str(dist.locate_file(top))))
        todo.extend(dist.requires or ())
    return sorted(found)


@pytest.mark.slow
def test_wheel_in_a_fresh_virtual_environment_renders(tmp_path: Path) -> None:
    """A wheel installed in a fresh virtual environment renders, byte for byte as the source tree does."""
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, REPO, cwd=tmp_path)
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
    for template in ("html/standard.html", "html/styles.css", "md/legacy.md", "txt/standard.txt"):
        assert f"disclosure_rules/templates/{template}" in names

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        "--quiet",
        wheel,
        cwd=tmp_path,
    )

    requirements = [value for value in metadata.get_all("Requires-Dist") or [] if "extra ==" not in value]
    deps = tmp_path / "deps"
    deps.mkdir()
    for path in _dependency_closure(requirements):
        (deps / path.name).symlink_to(path)
    site_packages = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path)
        .stdout.decode()
        .strip()
    )
    (site_packages / "_render_test_deps.pth").write_text(f"{deps}\n", encoding="utf-8")

    done = _run(python, "-c", _PROBE, EXAMPLE_2021, cwd=tmp_path)
    assert done.stdout.decode("utf-8") == render(load(EXAMPLE_2021), "html", charts=True)

    cli = _run(python, "-m", "disclosure_rules", "render", EXAMPLE_2021, "--format", "txt", cwd=tmp_path)
    assert cli.stdout.decode("utf-8") == render(load(EXAMPLE_2021), "txt")
