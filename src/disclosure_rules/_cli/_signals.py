"""SIGTERM and SIGHUP during a run: temporary files are removed, then the process ends by the same signal.

Python's default for SIGTERM/SIGHUP ends the process at once, skipping every ``finally``: a temporary file
staged beside an output would survive. Inside :func:`terminate_cleanly` the signal becomes an exception, the
writers' cleanup runs as the exception unwinds, and the signal is then delivered again with its default
action, so that whoever sent it sees the process end by it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import FrameType

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(BaseException):
    """The process was asked to end (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, frame: FrameType | None) -> None:
    del frame
    raise Terminated(signum)


@contextlib.contextmanager
def terminate_cleanly(label: str) -> Iterator[None]:
    """Run the body with SIGTERM/SIGHUP turned into ``Terminated``; on one, clean up, say so, and die by it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in _SIGNALS}
    installed = [signum for signum, handler in previous.items() if handler is signal.SIG_DFL]
    for signum in installed:
        signal.signal(signum, _raise)
    try:
        yield
    except Terminated as exc:
        for signum in installed:
            signal.signal(signum, signal.SIG_IGN)
        print(f"{label}: 被信号 {exc.signum} 终止（terminated），未写出任何文件", file=sys.stderr)
        sys.stderr.flush()
        signal.signal(exc.signum, signal.SIG_DFL)
        os.kill(os.getpid(), exc.signum)
        raise SystemExit(128 + exc.signum) from None  # pragma: no cover - the signal ends the process first
    finally:
        for signum in installed:
            signal.signal(signum, previous[signum])
