"""``classify`` subcommand: in process and as a real ``python -m disclosure_rules`` subprocess."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._cli import _classify
from disclosure_rules._cli._common import CliError
from disclosure_rules._errors import DisclosureRulesError


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    _classify.register(parser.add_subparsers(), "classify")
    args = parser.parse_args(["classify", *argv])
    status: int = args.func(args)
    return status


class TestInProcess:
    def test_text_arguments_in_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert _run(["content", "2024年部门预算", "某某同志简历", "--format", "json"]) == 0
        items = json.loads(capsys.readouterr().out)
        assert [item["input"] for item in items] == ["2024年部门预算", "某某同志简历"]
        assert items[0]["result"]["category"] == "A20.07"
        assert items[0]["result"]["rule_id"] == "A20.07.named"
        assert items[0]["result"]["matched"] == ["部门预算"]
        assert items[1]["result"]["category"] is None

    def test_text_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert _run(["outcome", "经检索，本机关未制作、获取该信息"]) == 0
        line = capsys.readouterr().out.strip()
        assert "unavailable_not_held" in line
        assert "rule=outcome.unavailable_not_held" in line

    def test_jsonl_input_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        data = tmp_path / "names.jsonl"
        records = [{"name": "某某有限公司"}, {"name": "张伟", "declared": "法律服务机构"}]
        data.write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
        )
        assert _run(["applicant", "--input", str(data), "--format", "jsonl"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [line["result"]["category"] for line in lines] == ["商业企业", "法律服务机构"]
        assert lines[1]["result"]["declared"] is True

    def test_csv_input_with_structured_outcomes(self, tmp_path: Path) -> None:
        data = tmp_path / "decisions.csv"
        data.write_text("decision,ground,text\nwithheld,第十五条,\n,,申请人撤回申请\n", encoding="utf-8")
        out = tmp_path / "out.json"
        assert _run(["outcome", "--input", str(data), "--format", "json", "--output", str(out)]) == 0
        items = json.loads(out.read_text(encoding="utf-8"))
        assert [item["result"]["category"] for item in items] == [
            "withheld_third_party_rights",
            "other_other",
        ]

    def test_report_format_2019(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert _run(["outcome", "申请人逾期未补正", "--report-format", "2019", "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["result"]["category"] == "other_handling"

    def test_level_applies_to_text_arguments(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert _run(["content", "宅基地审批结果公示", "--level", "township", "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["result"]["area"]["category"] == "A21.homestead"

    def test_user_scheme_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        scheme = tmp_path / "county.toml"
        scheme.write_text(
            'name = "county"\nversion = "1"\nkind = "content"\ntitle = "t"\nsource = "t"\n'
            '[[axes]]\nname = "item"\ntitle = "t"\n[[axes.categories]]\ncode = "tea"\nlabel = "茶"\n'
            '[[axes.categories.rules]]\nid = "tea"\nphrases = ["茶园"]\n',
            encoding="utf-8",
        )
        assert _run(["content", "茶园补助", "--scheme", str(scheme), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["result"]["category"] == "tea"

    @pytest.mark.parametrize(
        ("argv", "code", "message_zh"),
        [
            (["content"], "cli.usage", "没有要分类的内容"),
            (["content", "x", "--input", "f.jsonl"], "cli.usage", "只能给出其一"),
            (["content", "--input", "/no/such.jsonl"], "cli.not_found", "/no/such.jsonl：文件不存在"),
        ],
    )
    def test_usage_errors(self, argv: list[str], code: str, message_zh: str) -> None:
        # A usage error is the CLI's own; a missing file is the library's (``_files``), read the same way.
        with pytest.raises(DisclosureRulesError) as caught:
            _run(argv)
        assert caught.value.code == code
        assert message_zh in caught.value.message_zh

    def test_bad_records_name_the_line_and_field(self, tmp_path: Path) -> None:
        data = tmp_path / "bad.jsonl"
        data.write_text('{"title": "预算"}\n{"body": "x"}\n', encoding="utf-8")
        with pytest.raises(CliError) as caught:
            _run(["content", "--input", str(data)])
        assert caught.value.code == "cli.invalid_record"
        assert caught.value.message_zh == f"“{data}”第2行：缺少字段“title”或“text”"
        data.write_text('{"title": "预算"}\nnot json\n', encoding="utf-8")
        with pytest.raises(CliError) as caught:
            _run(["content", "--input", str(data)])
        assert caught.value.code == "cli.invalid_json"
        assert caught.value.message_zh.startswith(f"“{data}”第2行：不是有效的 JSON（第1行第1列）：")

    @given(st.integers(0xD800, 0xDFFF), st.sampled_from(["content", "outcome", "applicant"]))
    def test_a_lone_surrogate_escape_is_refused_with_its_line(self, code_point: int, kind: str) -> None:
        field = {"content": "title", "outcome": "text", "applicant": "name"}[kind]
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "bad.jsonl"
            data.write_text(f'{{"{field}": "ok"}}\n{{"{field}": "x\\u{code_point:04x}"}}\n', encoding="utf-8")
            out = Path(folder) / "out.jsonl"
            with pytest.raises(CliError) as caught:
                _run([kind, "--input", str(data), "--output", str(out)])
            assert caught.value.code == "cli.invalid_record"
            assert caught.value.message_zh.startswith(
                f"“{data}”第2行：字段“{field}”含有转义 \\u{code_point:04x}"
            )
            assert not out.exists()

    def test_a_surrogate_pair_escape_is_one_character(self, tmp_path: Path) -> None:
        data = tmp_path / "pair.jsonl"
        data.write_text('{"title": "\\ud83d\\ude00 关于印发预算的通知"}\n', encoding="utf-8")
        out = tmp_path / "out.jsonl"
        _run(["content", "--input", str(data), "--output", str(out), "--format", "jsonl"])
        assert json.loads(out.read_text(encoding="utf-8"))["input"] == "\U0001f600 关于印发预算的通知"

    def test_unknown_scheme_and_type_have_codes(self) -> None:
        with pytest.raises(DisclosureRulesError) as caught:
            _run(["content", "x", "--scheme", "nope"])
        assert caught.value.code == "classify.unknown_scheme"
        with pytest.raises(DisclosureRulesError) as caught:
            _run(["applicant", "张伟", "--declared", "外星人"])
        assert caught.value.code == "classify.unknown_applicant_type"

    def test_failed_run_leaves_no_output_file(self, tmp_path: Path) -> None:
        data = tmp_path / "bad.jsonl"
        data.write_text('{"title": "预算"}\n{"title": 5}\n', encoding="utf-8")
        out = tmp_path / "out.json"
        with pytest.raises(CliError) as caught:
            _run(["content", "--input", str(data), "--output", str(out)])
        assert caught.value.code == "cli.invalid_record"
        assert caught.value.message_zh == f"“{data}”第2行：字段“title”应是文字（字符串），而这里是数字"
        assert not out.exists()


class TestSubprocess:
    def test_real_command_line(self, tmp_path: Path) -> None:
        out = tmp_path / "out.json"
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "disclosure_rules",
                "classify",
                "applicant",
                "某某律师事务所",
                "--format",
                "json",
                "--output",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        assert json.loads(out.read_text(encoding="utf-8"))[0]["result"]["category"] == "法律服务机构"
        failed = subprocess.run(
            [sys.executable, "-m", "disclosure_rules", "classify", "content", "x", "--scheme", "nope"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert failed.returncode == 2
        assert failed.stderr.count("\n") == 1
        assert "classify.unknown_scheme" in failed.stderr
        assert "Traceback" not in failed.stderr
