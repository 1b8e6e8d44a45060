"""``classify content --input`` reads title lines a run at a time: the same output and errors as record by record.

The reference is the plain path the command takes for every other input: each line parsed into a record with
where it is (``_records``), ``_CHUNK`` records at a time (``_chunks``). Any mix of lines, line ends, chunk sizes,
write-piece sizes and read-block sizes gives the same bytes on stdout, and the same error after the same lines.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._cli import _classify, _common
from disclosure_rules._cli._common import CliError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

TITLES = [
    "2024年部门预算",
    "宅基地审批结果公示",
    "行政处罚决定书",
    "关于印发管理办法的通知",
    "某某同志简历",
    "x",
]
# Characters a title may hold that a JSON line escapes, or that end a line, or that are blank.
_AWKWARD = list('"\\\t\n\r\x01\x1f\u3000\u2028\x85 é预算')


def _titles() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(TITLES),
        st.text(alphabet=st.sampled_from(_AWKWARD), max_size=6),
        st.builds(lambda title, extra: title + extra, st.sampled_from(TITLES), st.sampled_from(_AWKWARD)),
    )


def _line(kind: str, title: str, ascii_only: bool) -> str:
    record: dict[str, object] = {"title": title}
    if kind == "level":
        record["level"] = "county"
    elif kind == "body":
        record["body"] = "本项目为政府采购中标结果公告"
    elif kind == "text":
        record = {"text": title}
    elif kind == "not_a_string":
        record = {"title": 5}
    elif kind == "blank":
        return " \t"
    elif kind == "broken":
        return json.dumps(record, ensure_ascii=ascii_only) + " x"
    return json.dumps(record, ensure_ascii=ascii_only)


_LINES = st.lists(
    st.builds(
        _line,
        st.sampled_from(["title"] * 6 + ["level", "body", "text", "blank", "not_a_string", "broken"]),
        _titles(),
        st.booleans(),
    ),
    max_size=25,
)


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    _classify.register(parser.add_subparsers(), "classify")
    args = parser.parse_args(["classify", *argv])
    status: int = args.func(args)
    return status


def _record_by_record(path: str) -> Iterator[list[_classify.Item]]:
    return _classify._chunks(_classify._records(path))


def _outcome(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, tuple[str, str, str] | None]:
    """What the command printed, and its error (code, message, Chinese message) if it failed."""
    error = None
    try:
        _run(argv)
    except CliError as exc:
        error = (exc.code, str(exc), exc.message_zh)
    return capsys.readouterr().out, error


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=st.tuples(_LINES, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans()),
    setup=st.tuples(
        st.integers(1, 7), st.integers(1, 5), st.integers(8, 300), st.sampled_from(["text", "json", "jsonl"])
    ),
)
def test_title_runs_give_what_reading_record_by_record_gives(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: tuple[list[str], str, bool],
    setup: tuple[int, int, int, str],
) -> None:
    """Lines, their line end, and whether the last one has it; chunk, write-piece and read-block sizes, format."""
    lines, line_end, last_end = text
    chunk, piece, block, output_format = setup
    monkeypatch.setattr(_classify, "_CHUNK", chunk)
    monkeypatch.setattr(_classify, "_WRITE_RECORDS", piece)
    monkeypatch.setattr(_common, "_BLOCK", block)
    data = tmp_path / "in.jsonl"
    data.write_text(
        line_end.join(lines) + (line_end if last_end and lines else ""), encoding="utf-8", newline=""
    )
    argv = ["content", "--input", str(data), "--format", output_format]
    fast = _outcome(argv, capsys)
    with monkeypatch.context() as patched:
        patched.setattr(_classify, "_content_chunks", _record_by_record)
        reference = _outcome(argv, capsys)
    assert fast == reference


def test_the_fast_path_is_taken_for_title_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Title lines are given as their titles, a run at a time, and never parsed one by one."""
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps({"title": t}, ensure_ascii=False) + "\n" for t in TITLES * 3), "utf-8")

    def refuse(line: str, where: str) -> dict[str, object]:
        raise AssertionError((line, where))

    monkeypatch.setattr(_classify, "_json_record", refuse)
    monkeypatch.setattr(_classify, "_CHUNK", 4)
    chunks = list(_classify._content_chunks(str(data)))
    assert [len(chunk) for chunk in chunks] == [4, 4, 4, 4, 2]
    assert [title for chunk in chunks for title in chunk] == TITLES * 3


def test_a_bad_line_after_a_run_fails_after_the_chunks_before_it_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_classify, "_CHUNK", 2)
    data = tmp_path / "in.jsonl"
    data.write_text('{"title": "预算"}\n' * 5 + '{"title": 5}\n', encoding="utf-8")
    with pytest.raises(CliError) as caught:
        _run(["content", "--input", str(data), "--format", "jsonl"])
    assert "in.jsonl”第6行：字段“title”应是文字" in caught.value.message_zh
    assert len(capsys.readouterr().out.splitlines()) == 4  # two chunks of two; the fifth record's is not full
