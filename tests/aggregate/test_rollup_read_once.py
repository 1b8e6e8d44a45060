"""``roll-up`` reads each file once: the duplicate-content check and the parse share the read, and the error that
wins when a file is both repeated and unusable (or unreadable) is the one it was when every file was read twice."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from disclosure_rules import _files
from disclosure_rules._cli import _common, _roll_up, main

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "qingshan_natural_resources_2022.json"
REPORT: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _report(name: str, year: int | None = None) -> bytes:
    report = {**REPORT, "agency": {**REPORT["agency"], "name": name}}
    if year is not None:
        report["year"] = year
    return json.dumps(report, ensure_ascii=False).encode()


# Each file by a letter: its content (the same letter twice is the same content), or None for a missing file.
_CONTENT: dict[str, bytes | None] = {
    "a": _report("甲"),
    "b": _report("乙"),
    "c": _report("丙"),
    "y": _report("丁", year=REPORT["year"] - 1),  # another year: aggregate.roll_up_mixed_years
    "x": b"{not json",  # input.invalid_report
    "u": _report("戊").decode().encode("utf-16"),  # cli.not_utf8
    "m": None,  # cli.not_found
}

# (files in order, the code that wins, the position of the file the error line names first)
CASES = [
    ("axba", "cli.repeated_input", 3),  # a repeat after an unusable file: the repeat wins
    ("axx", "cli.repeated_input", 2),  # an unusable file given twice: the repeat wins
    ("xaa", "cli.repeated_input", 2),
    ("ama", "cli.not_found", 1),  # a missing file before the repeat: the missing file wins
    ("aam", "cli.repeated_input", 1),
    ("xm", "cli.not_found", 1),  # a missing file after an unusable one: the missing file wins
    ("aybb", "cli.repeated_input", 3),  # a repeat after a report of another year: the repeat wins
    ("ayb", "aggregate.roll_up_mixed_years", -1),
    ("axb", "input.invalid_report", 1),
    ("aub", "cli.not_utf8", 1),
    ("auu", "cli.repeated_input", 2),
    ("abc", "", -1),
]


def _files_for(tmp_path: Path, letters: str) -> list[str]:
    paths = []
    for number, letter in enumerate(letters):
        path = tmp_path / f"{number:02d}{letter}.json"
        content = _CONTENT.get(letter, _CONTENT["a"])  # a look-alike letter is a copy of a
        if content is not None:
            path.write_bytes(content)
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("case", CASES)
def test_the_error_that_wins_is_the_same(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, str, int],
    jobs: str,
) -> None:
    letters, code, named = case
    monkeypatch.setattr(_roll_up, "CHUNK_REPORTS", 1)  # --jobs 2 then spreads even three files over processes
    paths = _files_for(tmp_path, letters)
    status = main(["roll-up", *paths, "-o", str(tmp_path / "out.json"), "--jobs", jobs])
    err = capsys.readouterr().err
    if not code:
        assert status == 0, err
        assert (tmp_path / "out.json").is_file()
        return
    assert status == 2
    assert err.count("\n") == 1, err
    assert f"[{code}]" in err
    if named >= 0:
        assert f"{paths[named]}：" in err or f"{paths[named]} " in err
    assert not (tmp_path / "out.json").exists()


def test_each_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[str] = Counter()

    def counting(read: Callable[[str], bytes]) -> Callable[[str], bytes]:
        def counted(path: str) -> bytes:
            reads[path] += 1
            return read(path)

        return counted

    read_bytes = counting(_files.read_bytes)
    for module in (_files, _common, _roll_up):
        if hasattr(module, "read_bytes"):
            monkeypatch.setattr(module, "read_bytes", read_bytes)
    paths = _files_for(tmp_path, "abc")
    assert main(["roll-up", *paths, "-o", str(tmp_path / "out.json"), "--jobs", "1"]) == 0
    assert reads == dict.fromkeys(paths, 1)
