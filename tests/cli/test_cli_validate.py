"""The CLI, tested in process and once as a real ``python -m disclosure_rules`` subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_rules._cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "wanlong_2017_legacy.json"
EXAMPLE_2021 = ROOT / "examples" / "qingshan_natural_resources_2022.json"


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in (
        "render",
        "validate",
        "check",
        "deadline",
        "calendar",
        "classify",
        "aggregate",
        "roll-up",
        "schema",
    ):
        assert command in out


def test_unknown_subcommand_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "frobnicate" in err


def test_validate_seed_reports_its_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SEED), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    codes = [f["code"] for f in payload["findings"]]
    assert "legacy.count_mismatch" in codes
    assert "legacy.share_mismatch" in codes
    assert "legacy.period_incomplete" in codes


def test_validate_clean_example_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLE_2021)]) == 0
    assert "0 个错误" in capsys.readouterr().out


def test_malformed_file_names_file_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    text = EXAMPLE_2021.read_text(encoding="utf-8").replace('"natural_person": 38', '"natural_person": -38')
    bad.write_text(text, encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(bad) in err
    assert "表三“一、本年新收政府信息公开申请数量”行“自然人”列：应不小于0" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [("{not json", "不是有效的 JSON（第1行第2列：此处应是用双引号括起的键名）"), ("[]", "（顶层）")],
)
def test_unreadable_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    assert expected in capsys.readouterr().err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "no/such/file.json"]) == 2
    assert "cli.not_found" in capsys.readouterr().err


def test_as_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "validate", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert "legacy.count_mismatch" in done.stdout
    assert done.stderr == ""


class TestAtomicOutput:
    """-o writes atomically: a failure leaves no partial file; a directory is refused with one line."""

    def test_directory_as_output(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(EXAMPLE_2021), "-o", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "这是文件夹" in err

    def test_missing_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(EXAMPLE_2021), "-o", str(tmp_path / "no" / "r.html")]) == 2
        assert "不存在" in capsys.readouterr().err

    def test_written_file_is_readable_by_others_and_no_temp_left(self, tmp_path: Path) -> None:
        out = tmp_path / "r.html"
        assert main(["render", str(EXAMPLE_2021), "-o", str(out)]) == 0
        umask = os.umask(0)
        os.umask(umask)
        # The permissions of an ordinary new file, not mkstemp's private 0600.
        assert out.stat().st_mode & 0o777 == 0o666 & ~umask
        assert [p.name for p in tmp_path.iterdir()] == ["r.html"]

    def test_refused_render_leaves_nothing(self, tmp_path: Path) -> None:
        out = tmp_path / "r.html"
        assert main(["render", str(SEED), "-o", str(out)]) == 1
        assert list(tmp_path.iterdir()) == []
