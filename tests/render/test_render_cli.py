"""``python -m disclosure_rules render``: in process, and once as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from disclosure_rules._cli import main
from disclosure_rules._messages import is_chinese
from disclosure_rules._render import render
from tests.render.helpers import EXAMPLE_2021, EXAMPLE_LEGACY, REPO, load

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_renders_html_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(EXAMPLE_2021)]) == 0
    captured = capsys.readouterr()
    assert captured.out == render(load(EXAMPLE_2021))
    assert captured.err == ""


def test_dash_means_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(EXAMPLE_2021), "--format", "txt", "-o", "-"]) == 0
    assert capsys.readouterr().out == render(load(EXAMPLE_2021), "txt")


def test_writes_the_output_file_and_infers_the_format_from_its_suffix(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    assert main(["render", str(EXAMPLE_2021), "-o", str(target), "--charts"]) == 0
    assert target.read_text(encoding="utf-8") == render(load(EXAMPLE_2021), "md", charts=True)


def test_a_report_with_errors_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Validation errors stop rendering: each error on stderr, one summary line, no output file."""
    target = tmp_path / "out.html"
    assert main(["render", str(EXAMPLE_LEGACY), "-o", str(target)]) == 1
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    err = capsys.readouterr().err
    assert "[错误] legacy.count_mismatch" in err
    assert "[提示] legacy.period_incomplete" in err
    assert "--allow-errors" in err.splitlines()[-1]


def test_allow_errors_renders_with_the_annex(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.txt"
    assert main(["render", str(EXAMPLE_LEGACY), "--allow-errors", "-o", str(target)]) == 0
    assert "附件：校验发现的错误" in target.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "[提示] legacy.period_incomplete" in err
    assert "已列入文末附件" in err


def test_a_template_error_leaves_an_existing_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o writes atomically: when rendering fails the target keeps its old content, and no temp file is left."""
    templates = tmp_path / "templates" / "html"
    templates.mkdir(parents=True)
    (templates / "standard.html").write_text("{{ report.nothing }}", encoding="utf-8")
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")
    status = main(
        ["render", str(EXAMPLE_2021), "-o", str(target), "--template-dir", str(tmp_path / "templates")]
    )
    assert status == 2
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.html", "templates"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "[render.template_undefined]" in err[0]


def test_a_missing_input_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "absent.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "cli.not_found" in err[0]


def test_subprocess_renders_the_bundled_example() -> None:
    """The README's main command, as a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "render", str(EXAMPLE_2021), "--format", "txt"],
        capture_output=True,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == render(load(EXAMPLE_2021), "txt")


def test_finding_lines_on_stderr_are_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each finding is one line a clerk reads: file, 错误/提示, code, the Chinese message, Chinese punctuation."""
    assert main(["render", str(EXAMPLE_LEGACY), "--allow-errors", "-o", str(tmp_path / "out.txt")]) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines
    assert any(
        line.startswith(f"{EXAMPLE_LEGACY}：[提示] legacy.period_incomplete：统计期为") for line in lines
    )
    assert any(
        f"{EXAMPLE_LEGACY}：[错误] legacy.count_mismatch（已列入文末附件）：" in line for line in lines
    )
    for line in lines:
        assert is_chinese(line.removeprefix(str(EXAMPLE_LEGACY))), line
        assert ": " not in line, line
