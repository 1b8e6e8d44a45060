"""``deadline`` on the command line: in process (through the real ``main``) and once as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import disclosure_rules._cli as cli

if TYPE_CHECKING:
    from pathlib import Path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = cli.main(["deadline", *argv])
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_request_text_reads_like_a_clerks_note(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "request", "--received", "2024-02-08", "--replied", "2024-03-13")
    assert (status, err) == (0, "")
    assert "答复期限：2024年3月13日（星期三）" in out
    assert "办理状态：按期答复，已用20个工作日" in out
    assert "收到申请之日不计入" in out


def test_request_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "request",
        "--received",
        "2023-06-01",
        "--consultation",
        "2023-06-05:2023-06-12",
        "--agency-consultation",
        "2023-06-08:2023-06-15",
        "--extension",
        "5:2023-06-16",
        "--replied",
        "2023-07-12",
        "--format",
        "json",
    )
    assert status == 0
    data = json.loads(out)
    assert {"regime", "deadline", "status", "working_days_allowed", "trace"} <= set(data)
    assert (data["regime"], data["deadline"], data["status"]) == ("2019", "2023-07-19", "answered_on_time")
    assert data["working_days_allowed"] == 25
    assert data["paused_working_days"] == 8
    assert all(
        {"step", "article", "days_skipped", "why", "due_after"} <= set(entry) for entry in data["trace"]
    )


def test_correction_flags(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "request",
        "--received",
        "2023-03-01",
        "--correction-requested",
        "2023-03-09",
        "--correction-received",
        "2023-03-20",
        "--format",
        "json",
    )
    assert status == 0
    assert json.loads(out)["deadline"] == "2023-04-18"


def test_online_request_with_confirmation_and_forced_regime(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "request",
        "--received",
        "2019-05-10",
        "--channel",
        "online",
        "--confirmed",
        "2019-05-14",
        "--regime",
        "2019",
        "--format",
        "json",
    )
    assert status == 0
    data = json.loads(out)
    assert (data["regime"], data["regime_forced"], data["deadline"]) == ("2019", True, "2019-06-12")


def test_fee_flags_and_strict(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "request",
        "--received",
        "2023-05-04",
        "--fee-notice",
        "2023-05-10:2023-05-11",
        "--fee-paid",
        "2023-05-17",
        "--replied",
        "2023-06-08",
        "--strict",
    )
    assert status == 1  # one working day late → a violation finding
    assert "deadline.reply_late" in out
    status, out, _ = _run(
        capsys,
        "request",
        "--received",
        "2023-05-04",
        "--fee-notice",
        "2023-05-10",
        "--fee-lapsed",
        "2023-06-09",
    )
    assert status == 0
    assert "视为放弃申请" in out


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (("request", "--received", "2024-02-30"), "--received"),
        (("request", "--received", "2024-02-08", "--replied", "2024-02-01"), "--replied"),
        (("request", "--received", "2024-02-08", "--extension", "25"), "--extension"),
        (("request", "--received", "2024-02-08", "--extension", "0"), "--extension"),
        (("request", "--received", "2024-02-08", "--channel", "online"), "--confirmed"),
        (("request", "--received", "2024-02-08", "--consultation", "2024-02-09:x"), "--consultation"),
        (
            ("request", "--received", "2024-02-08", "--correction-received", "2024-02-20"),
            "--correction-received",
        ),
        (
            ("request", "--received", "2024-02-08", "--correction-period-end", "2024-02-20"),
            "--correction-period-end",
        ),
        (
            (
                "request",
                "--received",
                "2024-02-08",
                "--consultation",
                "2024-02-09",
                "--replied",
                "2024-02-20",
            ),
            "history",
        ),
        (("request", "--received", "2007-02-08"), "--received"),
        (("request", "--received", "2030-02-08"), "calendar.beyond_published_year"),
        (("proactive", "--formed", "2024-02-08", "--published", "2024-01-01"), "--published"),
        (("proactive", "--formed", "2024-02-08", "--limit", "reading_point_delivery"), "--limit"),
        (("report", "--level", "其他", "--year", "2023"), "--level"),
        (("report", "--level", "省级政府", "--year", "2001"), "--year"),
        (("fee", "--pages", "40", "--prior", "3"), "--prior"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], flag: str
) -> None:
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert flag in err
    assert "Traceback" not in err


def test_output_file_and_no_partial_file_on_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    status, _, _ = _run(
        capsys, "proactive", "--formed", "2024-09-20", "--published", "2024-10-30", "-o", str(target)
    )
    assert status == 0
    assert "逾期公开" in target.read_text(encoding="utf-8")
    failed = tmp_path / "failed.txt"
    status, _, _ = _run(
        capsys, "proactive", "--formed", "2024-09-20", "--published", "2024-09-01", "-o", str(failed)
    )
    assert status == 2
    assert not failed.exists()
    assert list(tmp_path.iterdir()) == [target]


def test_rules_and_calendar_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "local.toml"
    rules.write_text(
        'name = "某县"\n[[limits]]\nname = "reading_point_delivery"\nworking_days = 30\narticle = "第八条"\n'
        'source = "《某县办法》"\nlabel = "报送公共查阅点期限"\nstarts = "自形成之日起"\nlocal_change = "any"\n',
        encoding="utf-8",
    )
    status, out, _ = _run(
        capsys,
        "proactive",
        "--formed",
        "2017-01-20",
        "--limit",
        "reading_point_delivery",
        "--rules",
        str(rules),
    )
    assert status == 0
    assert "公开期限：2017年3月8日" in out
    assert "规则集：某县" in out
    schedule = tmp_path / "2027.json"
    schedule.write_text(
        json.dumps(
            {
                "year": 2027,
                "notices": [{"number": "国办发明电〔2026〕1号", "date": "2026-11-01"}],
                "days_off": ["2027-01-01"],
                "working_days": [],
            }
        ),
        encoding="utf-8",
    )
    status, out, err = _run(
        capsys, "request", "--received", "2026-12-24", "--calendar-file", str(schedule), "--format", "json"
    )
    assert (status, err) == (0, "")
    assert json.loads(out)["deadline"] == "2027-01-22"
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x", "limits": [{"name": "reply", "working_days": 30}]}', encoding="utf-8")
    status, _, err = _run(capsys, "request", "--received", "2024-02-08", "--rules", str(bad))
    assert status == 2
    assert "--rules" in err


def test_report_and_fee(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "report", "--level", "县级政府", "--year", "2023")
    assert status == 0
    assert "2024年3月31日" in out
    assert "2024年2月20日" in out
    status, out, _ = _run(capsys, "report", "--level", "乡镇/街道", "--year", "2023", "--format", "json")
    assert json.loads(out)["basis"] == "notice"
    status, out, _ = _run(capsys, "fee", "--per-request", "45")
    assert "合计5500元" in out
    status, out, _ = _run(capsys, "fee", "--pages", "250", "--format", "json")
    assert json.loads(out)["amount_yuan"] == 4700


def test_as_a_real_subprocess() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "disclosure_rules",
            "deadline",
            "proactive",
            "--formed",
            "2024-09-20",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["deadline"] == "2024-10-23"
