"""``python -m disclosure_rules check``: in process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from disclosure_rules._audit._charset import decode_page

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "wanlong_2017_seed.txt"
CORPUS = ROOT / "tests" / "data" / "published"
CLEAN_PAGE = """<html><head><meta charset="{charset}"><title>青山镇2022年政府信息公开工作年度报告</title></head><body>
<p>青山镇2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度未收到政府信息公开申请。</p>
<p>二、主动公开政府信息情况</p><table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>3</td></tr>
</table><p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>申请人情况</td></tr>
<tr><td>一、本年新收政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>（七）总计</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>{total}</td></tr>
</table></body></html>"""


@pytest.fixture
def cli() -> Callable[[list[str]], int]:
    from disclosure_rules._cli import main  # noqa: PLC0415 - the CLI wires every subcommand; import late

    return main


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "check", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


class TestInProcess:
    def test_seed_has_errors_exit_1(
        self, cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Issue 8: running on the raw seed finds its count and share errors."""
        assert cli(["check", str(SEED)]) == 1
        out = capsys.readouterr().out
        assert "legacy.count_mismatch" in out
        assert "legacy.share_mismatch" in out
        assert "legacy.period_incomplete" in out

    def test_json_one_object_per_file(
        self, cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli(["check", str(SEED), "--format", "json"]) == 1
        data = json.loads(capsys.readouterr().out)
        assert isinstance(data, list)
        assert len(data) == 1
        item = data[0]
        assert {"file", "format", "confidence", "tables", "figures", "findings"} <= set(item)
        assert item["format"] == "legacy"
        for finding in item["findings"]:
            assert {"code", "severity", "location", "message"} <= set(finding)
        assert all("sentence" in figure for figure in item["figures"])

    def test_clean_page_exit_0(
        self, cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = tmp_path / "clean.html"
        page.write_text(CLEAN_PAGE.format(charset="utf-8", total=0), encoding="utf-8")
        assert cli(["check", str(page), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)[0]
        assert data["format"] == "2021"
        assert data["tables"]["table2"]["行政规范性文件.现行有效件数"] == 3
        assert data["tables"]["table3"][0] == [0] * 7
        assert data["tables"]["table3"][1] == [None] * 7  # a row not on the page: null, never 0

    def test_gbk_page(
        self, cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Many government sites serve GBK/GB2312 pages; the charset comes from <meta> or trial decoding."""
        page = tmp_path / "gbk.html"
        page.write_bytes(CLEAN_PAGE.format(charset="gb2312", total=5).encode("gbk"))
        assert cli(["check", str(page)]) == 1  # 总计 5 ≠ the sum of its row: an error
        out = capsys.readouterr().out
        assert "table3.applicant_sum" in out
        assert "青山镇" in out

    def test_unreadable_exit_2(
        self, cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = tmp_path / "weather.txt"
        page.write_text("今日天气晴。", encoding="utf-8")
        assert cli(["check", str(page)]) == 2
        err = capsys.readouterr().err
        assert "audit.unrecognised_format" in err
        assert "Traceback" not in err

    def test_missing_file_exit_2(
        self, cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli(["check", "no/such/file.html"]) == 2
        assert "cli.not_found" in capsys.readouterr().err

    def test_previous_enables_continuity(
        self, cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
    ) -> None:
        args = [
            "check",
            str(CORPUS / "pingtan_czj_2024.txt"),
            "--previous",
            str(CORPUS / "pingtan_czj_2023.txt"),
        ]
        cli(args)
        assert "table2.in_force_continuity" in capsys.readouterr().out


class TestDecoding:
    @pytest.mark.parametrize("charset", ["gbk", "gb2312", "gb18030"])
    def test_declared_chinese_charsets(self, charset: str) -> None:
        text = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">政府信息公开'
        assert decode_page(text.encode("gb18030"), "x") == text

    def test_utf8_with_bom(self) -> None:
        assert decode_page("\ufeff年度报告".encode(), "x") == "年度报告"


class TestSubprocess:
    def test_seed(self) -> None:
        """The documented example: ``python -m disclosure_rules check examples/wanlong_2017_seed.txt``."""
        completed = _run(["examples/wanlong_2017_seed.txt"])
        assert completed.returncode == 1
        assert "legacy.count_mismatch" in completed.stdout
        assert "legacy.share_mismatch" in completed.stdout
        assert "Traceback" not in completed.stderr
