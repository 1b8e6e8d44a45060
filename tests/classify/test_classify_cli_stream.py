"""``classify --input`` streams: chunked batch classification and incremental output, the same bytes as before."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import ContentClassifier
from disclosure_rules._cli import _classify
from disclosure_rules._cli._common import CliError

if TYPE_CHECKING:
    from pathlib import Path

TITLES = [
    "2024年部门预算",
    "某某同志简历",
    "宅基地审批结果公示",
    "关于印发管理办法的通知",
    "行政处罚决定书",
    "x",
]
BODIES = [None, "本项目为政府采购中标结果公告", "某镇召开会议"]
LEVELS = [None, "township", "county", "national"]
AGENCIES = [None, "某镇人民政府", "某县财政局"]


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    _classify.register(parser.add_subparsers(), "classify")
    args = parser.parse_args(["classify", *argv])
    status: int = args.func(args)
    return status


def _reference(records: list[dict[str, Any]], output_format: str) -> str:
    """The output as the one-record-at-a-time implementation wrote it: classify, model_dump, one json.dumps."""
    classifier = ContentClassifier("art20_21_2019")
    pairs = [
        (
            record,
            classifier.classify(
                record.get("title") or record["text"],
                body=record.get("body"),
                agency=record.get("agency"),
                level=record.get("level"),
            ),
        )
        for record in records
    ]
    if output_format in {"json", "jsonl"}:
        objects = [
            {"input": record.get("title") or record["text"], "result": result.model_dump(mode="json")}
            for record, result in pairs
        ]
        if output_format == "json":
            return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
        return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in objects)
    lines = []
    for record, result in pairs:
        category = "(no match)"
        if result.category is not None:
            category = (
                result.category if result.label == result.category else f"{result.category} {result.label}"
            )
        line = f"{record.get('title') or record['text']}\t{category}\t[{result.confidence.value}]"
        if result.rule_id:
            line += f"\trule={result.rule_id}\tmatched={'、'.join(result.matched)}"
        if result.runner_up is not None:
            line += f"\trunner_up={result.runner_up.category}"
        if result.area is not None and result.area.category:
            line += f"\tarea={result.area.category} {result.area.label} [{result.area.confidence.value}]"
            if result.area.note:
                line += f"\tnote={result.area.note}"
        lines.append(line)
    return "\n".join(lines) + "\n"


_RECORDS = st.lists(
    st.builds(
        lambda title, body, level, agency, field: {
            key: value
            for key, value in {field: title, "body": body, "level": level, "agency": agency}.items()
            if value is not None
        },
        st.sampled_from(TITLES),
        st.sampled_from(BODIES),
        st.sampled_from(LEVELS),
        st.sampled_from(AGENCIES),
        st.sampled_from(["title", "text"]),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=_RECORDS,
    sizes=st.tuples(st.integers(1, 5), st.integers(1, 6)),
    output_format=st.sampled_from(["text", "json", "jsonl"]),
)
def test_streamed_output_is_the_one_shot_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    records: list[dict[str, Any]],
    sizes: tuple[int, int],
    output_format: str,
) -> None:
    """Any records (none too), any chunk and write-piece size: the bytes the whole-list implementation wrote."""
    chunk, piece = sizes
    monkeypatch.setattr(_classify, "_CHUNK", chunk)
    monkeypatch.setattr(_classify, "_WRITE_RECORDS", piece)
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / f"out.{output_format}"
    assert _run(["content", "--input", str(data), "--format", output_format, "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == _reference(records, output_format)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"title" : "a", "title" : "b"}', "键 'title' 出现了两次"),
        ('{"title": "a", "x": {"k": 1, "k": 2}}', "键 'k' 出现了两次"),
        ('{"title": "a\\": b", "title": "c"}', "键 'title' 出现了两次"),
    ],
)
def test_a_repeated_key_is_refused_however_it_is_spelled(tmp_path: Path, line: str, message: str) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{"title": "预算"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data)])
    assert caught.value.code == "input.duplicate_key"
    assert f"in.jsonl”第2行：同一对象中有重复的键（{message}）" in caught.value.message_zh


def test_a_bad_byte_is_named_by_its_offset_in_the_file(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    first = '{"title": "预算"}\n'.encode()
    data.write_bytes(b"\xef\xbb\xbf" + first + b'{"title": "\xff"}\n')
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data)])
    assert caught.value.code == "cli.not_utf8"
    assert f"（第{3 + len(first) + 11}字节无法解码）" in caught.value.message_zh


def test_a_failure_after_the_first_chunk_leaves_no_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_classify, "_CHUNK", 2)
    data = tmp_path / "in.jsonl"
    data.write_text('{"title": "预算"}\n' * 5 + '{"title": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("the previous output\n", encoding="utf-8")
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data), "--format", "jsonl", "--output", str(out)])
    assert caught.value.code == "cli.invalid_record"
    assert "in.jsonl”第6行：字段“title”应是文字" in caught.value.message_zh
    assert out.read_text(encoding="utf-8") == "the previous output\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]  # no temporary file


def test_a_file_that_is_not_utf8_is_refused_before_any_line_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As when the file was read whole: the bad byte far below wins over a bad first line, and nothing is printed."""
    data = tmp_path / "in.jsonl"
    head = b"not json\n" + '{"title": "预算"}\n'.encode() * 3
    data.write_bytes(head + b'{"title": "\xc3"}\n')
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data), "--format", "json"])
    assert caught.value.code == "cli.not_utf8"
    assert f"（第{len(head) + 11}字节无法解码）" in caught.value.message_zh
    assert capsys.readouterr().out == ""


def test_an_error_in_the_first_chunk_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{"title": "预算"}\n{"title": 5}\n', encoding="utf-8")
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data), "--format", "json"])
    assert caught.value.code == "cli.invalid_record"
    assert capsys.readouterr().out == ""


@settings(max_examples=300, deadline=None)
@given(
    title=st.text(max_size=30),
    ascii_only=st.booleans(),
    spaced=st.booleans(),
)
def test_a_title_line_reads_as_json_does(title: str, ascii_only: bool, spaced: bool) -> None:
    """The plain-title fast path gives exactly what the JSON parser gives, and any other line takes the parser."""
    separators = (", ", ": ") if spaced else (",", ":")
    line = json.dumps({"title": title}, ensure_ascii=ascii_only, separators=separators)
    assert _classify._json_record(line, "f:1") == json.loads(line)


@pytest.mark.parametrize("line", ['{"title": "a\tb"}', '{"title": "a"} x', '{"title": "a", "title": "b"}'])
def test_a_title_line_the_parser_refuses_is_still_refused(line: str) -> None:
    with pytest.raises(CliError):
        _classify._json_record(line, "f:1")
