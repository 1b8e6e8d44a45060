"""The benchmarks' one shared convention: every measured ratio is printed as one machine-readable line.

    RATIO <name> <value> <= | >= <target> <unit> [note …]

``name`` has no spaces (``render.html.warm/bare_jinja2``); ``value`` and ``target`` are numbers; the operator
says which way the target points (``<=``: at most, ``>=``: at least); ``unit`` is ``x`` for a ratio, or ``s``,
``MB``, ``pages/s`` for an absolute target. Everything after the unit is a note for people. A bench prints these
lines beside its human-readable output, so it stays runnable alone; ``bench/run_all.py`` runs every
``bench/bench_*.py`` and gathers the lines into one table. Any bench (a new one too) joins the table by calling
:func:`emit` for each target it measures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PREFIX = "RATIO"


@dataclass(frozen=True)
class Ratio:
    """One measured value against its target."""

    name: str
    value: float
    operator: str  # "<=" or ">="
    target: float
    unit: str
    note: str = ""

    @property
    def met(self) -> bool:
        """True when the value is on the target's side (a value that is not a number never meets it)."""
        if math.isnan(self.value):
            return False
        return self.value <= self.target if self.operator == "<=" else self.value >= self.target

    def line(self) -> str:
        """The machine-readable line."""
        note = f" {self.note}" if self.note else ""
        return f"{PREFIX} {self.name} {self.value:.4g} {self.operator} {self.target:g} {self.unit}{note}"


def emit(  # noqa: PLR0913 - each field of the line is one keyword
    name: str,
    value: float,
    target: float,
    *,
    unit: str = "x",
    at_least: bool = False,
    note: str = "",
) -> Ratio:
    """Print one ``RATIO`` line (``value`` at most ``target``, or at least with ``at_least``) and return it."""
    if " " in name:
        raise ValueError(f"a ratio's name has no spaces: {name!r}")
    ratio = Ratio(name, value, ">=" if at_least else "<=", target, unit, note)
    print(ratio.line(), flush=True)
    return ratio


def parse(text: str) -> list[Ratio]:
    """Every ``RATIO`` line of a bench's output, in order; other lines are ignored."""
    found: list[Ratio] = []
    for line in text.splitlines():
        fields = line.split(maxsplit=6)
        if len(fields) < 6 or fields[0] != PREFIX or fields[3] not in {"<=", ">="}:
            continue
        try:
            value, target = float(fields[2]), float(fields[4])
        except ValueError:
            continue
        found.append(
            Ratio(fields[1], value, fields[3], target, fields[5], fields[6] if len(fields) > 6 else "")
        )
    return found
