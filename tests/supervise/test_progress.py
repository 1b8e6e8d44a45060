"""The progress line: drawn only on a terminal, with done/total, rate and time left; erased at the end."""

from __future__ import annotations

import io

from disclosure_rules._supervise._progress import Progress


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_line_says_done_rate_and_time_left() -> None:
    clock = _Clock()
    stream = io.StringIO()
    progress = Progress(100, "pages", stream=stream, clock=clock, enabled=True)
    clock.now = 2.0
    for _ in range(20):
        progress.advance()
    line = progress.line()
    assert "20/100 pages" in line
    assert "10.0 pages/s" in line
    assert "0:08 left" in line  # 80 more at 10 a second
    assert stream.getvalue().startswith("\r[")
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()  # isatty() is False, as for a pipe or a log file
    progress = Progress(3, "pages", stream=stream)
    for _ in range(3):
        progress.advance()
    progress.close()
    assert stream.getvalue() == ""


def test_redraws_at_most_a_few_times_a_second() -> None:
    clock = _Clock()
    stream = io.StringIO()
    progress = Progress(1000, "pages", stream=stream, clock=clock, enabled=True)
    for _ in range(500):
        progress.advance()  # the clock does not move: one drawing
    assert stream.getvalue().count("\r") == 1
