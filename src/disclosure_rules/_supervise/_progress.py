"""A progress line on stderr for long batches: done / total, items per second, time left.

Drawn only when stderr is a terminal (a log file or a pipe gets nothing), at most a few times a second, and
erased when the batch ends, so what is left on the screen is the command's own output.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Final, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

_REDRAW_SECONDS: Final = 0.2
_BAR_WIDTH: Final = 24


def _clock(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


class Progress:
    """``advance()`` once per item; ``close()`` at the end. Silent unless ``stream`` is a terminal."""

    def __init__(
        self,
        total: int,
        unit: str,
        *,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool | None = None,
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._enabled = self._stream.isatty() if enabled is None else enabled
        self._total = total
        self._unit = unit
        self._clock = clock
        self._start = clock()
        self._drawn = float("-inf")
        self.done = 0

    def line(self) -> str:
        """The progress line as it stands: bar, done/total, rate, time left."""
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = self.done / elapsed
        filled = _BAR_WIDTH * self.done // self._total if self._total else _BAR_WIDTH
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        left = (self._total - self.done) / rate if rate > 0 else None
        eta = _clock(left) if left is not None else "?"
        return f"[{bar}] {self.done}/{self._total} {self._unit}  {rate:.1f} {self._unit}/s  {eta} left"

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more items done; redraw when it is time to."""
        self.done += count
        if not self._enabled:
            return
        now = self._clock()
        if now - self._drawn >= _REDRAW_SECONDS or self.done == self._total:
            self._drawn = now
            self._stream.write("\r" + self.line() + "\x1b[K")
            self._stream.flush()

    def close(self) -> None:
        """Erase the line (the terminal keeps only the command's output)."""
        if self._enabled and self._drawn != float("-inf"):
            self._stream.write("\r\x1b[K")
            self._stream.flush()
