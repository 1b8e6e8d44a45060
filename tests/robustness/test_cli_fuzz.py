"""Every file-reading subcommand given generated hostile files (issue 18), in process.

Each run must end with status 0 or 1 (a bounded, correct answer) or 2 with exactly one line on stderr and no
traceback, and leave no file behind in the folder it writes to. The heavy inputs (``/dev/zero``, template
bombs) run as capped subprocesses in ``test_limits.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._cli import main

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REPORT: dict[str, Any] = json.loads(
    (EXAMPLES / "qingshan_natural_resources_2022.json").read_text(encoding="utf-8")
)
REQUESTS = (EXAMPLES / "requests_2022.csv").read_text(encoding="utf-8-sig")

HOSTILE_VALUES: tuple[object, ...] = (
    None, -1, 10**13, 2**64, 1.5, float("inf"), "1E+999999", "9" * 5000, "\x1b[2J\u202e", "25:61:99",
    "2022-02-30", [], {}, "a\nb",
)  # fmt: skip


def _report_with(path: tuple[str, ...], value: object) -> str:
    data = json.loads(json.dumps(REPORT))
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return json.dumps(data, ensure_ascii=False, default=str)


REPORT_PATHS = (
    ("year",),
    ("agency", "name"),
    ("proactive_disclosure", "administrative_fees", "amount_10k_yuan"),
    ("proactive_disclosure", "administrative_licensing", "decisions"),
    ("requests", "new_received", "natural_person"),
    ("overview", "text"),
)
REQUEST_LINES = REQUESTS.splitlines()

contents = st.one_of(
    st.builds(_report_with, st.sampled_from(REPORT_PATHS), st.sampled_from(HOSTILE_VALUES)),
    st.builds(
        lambda cell, value: (
            REQUEST_LINES[0]
            + "\n"
            + ",".join(
                value if index == cell else part for index, part in enumerate(REQUEST_LINES[1].split(","))
            )
            + "\n"
        ),
        st.integers(min_value=0, max_value=7),
        st.sampled_from([str(value) for value in HOSTILE_VALUES] + ['"' + "x" * 140_000]),
    ),
    st.just(json.dumps(REPORT).replace('"year": 2022', '"year": ' + "9" * 5000)),
    st.sampled_from(["", "{}", "[]", '"/etc/passwd"', "null", "[" * 3000, '{"a": 1, "a": 2}', "\xff\xfe"]),
    st.text(max_size=200),
)
COMMANDS: dict[str, Callable[[str, str], list[str]]] = {
    "validate": lambda f, _: ["validate", f],
    "render": lambda f, o: ["render", f, "--format", "md", "-o", o + ".md"],
    "check": lambda f, _: ["check", f],
    "roll-up": lambda f, o: ["roll-up", f, "-o", o + ".json"],
    "calendar": lambda f, _: ["calendar", "--calendar-file", f],
    "deadline": lambda f, _: ["deadline", "request", "--received", "2024-03-01", "--rules", f],
    "classify": lambda f, o: ["classify", "content", "--input", f, "--output", o + ".txt"],
    "aggregate": lambda f, o: [
        "aggregate",
        "--year",
        "2022",
        "--requests",
        f,
        "-o",
        o + ".json",
        "--stats",
        o + ".stats.json",
    ],
}


@settings(
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "120")),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    command=st.sampled_from(sorted(COMMANDS)),
    content=contents,
    suffix=st.sampled_from([".json", ".csv", ".txt", ".toml", ".jsonl"]),
)
def test_every_subcommand_on_hostile_files(
    command: str, content: str, suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    source = folder / f"input{suffix}"
    source.write_text(content, encoding="utf-8", errors="surrogatepass")
    outputs = folder / "out"
    capsys.readouterr()
    try:
        status = main(COMMANDS[command](str(source), str(outputs)))
    except SystemExit as exc:  # argparse
        status = exc.code if isinstance(exc.code, int) else 2
    err = capsys.readouterr().err
    assert status in {0, 1, 2}, err
    assert "Traceback" not in err
    assert "internal error" not in err, err
    if status == 2:
        assert err.count("\n") == 1, err
        assert sorted(path.name for path in folder.iterdir()) == [source.name], "a file was left behind"
