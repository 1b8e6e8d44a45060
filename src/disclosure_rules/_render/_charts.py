"""Inline SVG bar charts for the HTML output (``--charts``), and the same bars for the text output.

The SVG is self-contained (no fonts, scripts or links are fetched) and deterministic: every coordinate is an
integer computed from the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from markupsafe import Markup, escape

from disclosure_rules._render._filters import cjk_width

if TYPE_CHECKING:
    from collections.abc import Sequence

_WIDTH: Final = 640
_ROW: Final = 28
_TOP: Final = 12
_PIXELS_PER_COLUMN: Final = 7  # about half a 14 px CJK glyph: cjk_width counts a CJK character as 2
_LABEL_MAX: Final = 260
_VALUE_SPACE: Final = 130
_TEXT_BAR_MAX: Final = 30
_BAR_COLOUR: Final = "#2f5d8c"
_TEXT_COLOUR: Final = "#222"


@dataclass(frozen=True, slots=True)
class ChartBar:
    """One bar: its label, count, the count and share as printed, and its length in text-output units."""

    label: str
    value: int
    value_text: str
    share_text: str
    text_units: int

    @property
    def text_bar(self) -> str:
        """The bar drawn with ``#`` for the text output (ASCII, so every terminal aligns it)."""
        return "#" * self.text_units


@dataclass(frozen=True, slots=True)
class ChartView:
    """A bar chart: title, note on what the shares refer to, bars, and the chart as inline SVG."""

    id: str
    title: str
    note: str
    bars: tuple[ChartBar, ...]
    svg: Markup
    # Column headers when the chart is printed as a table (Markdown).
    header: tuple[str, str, str] = ("项目", "数量", "占比")

    @property
    def label_width(self) -> int:
        """The display width of the longest label, to align the text output's bars."""
        return max((cjk_width(bar.label) for bar in self.bars), default=0)


def text_units(value: int, largest: int) -> int:
    """The length of a text bar: proportional to ``value``, at most 30 characters, at least 1 when > 0."""
    if largest <= 0 or value <= 0:
        return 0
    return max(1, (value * _TEXT_BAR_MAX + largest // 2) // largest)


def bar_chart_svg(chart_id: str, title: str, bars: Sequence[ChartBar]) -> Markup:
    """A horizontal bar chart as an inline ``<svg>`` element; labels are escaped."""
    label_width = min(
        max((cjk_width(bar.label) for bar in bars), default=4) * _PIXELS_PER_COLUMN + 12, _LABEL_MAX
    )
    plot_width = _WIDTH - label_width - _VALUE_SPACE
    largest = max((bar.value for bar in bars), default=0)
    height = _TOP * 2 + _ROW * len(bars)
    title_id = f"{chart_id}-title"
    opening = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" role="img" '
        f'aria-labelledby="{escape(title_id)}" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}">'
    )
    parts = [opening, f'<title id="{escape(title_id)}">{escape(title)}</title>']
    for index, bar in enumerate(bars):
        top = _TOP + index * _ROW
        middle = top + _ROW // 2 + 5
        length = 0 if largest == 0 else (bar.value * plot_width + largest // 2) // largest
        if bar.value > 0:
            length = max(length, 1)
        parts.append(
            f'<text x="{label_width - 8}" y="{middle}" text-anchor="end" font-size="13" '
            f'fill="{_TEXT_COLOUR}">{escape(bar.label)}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{top + 5}" width="{length}" height="{_ROW - 10}" fill="{_BAR_COLOUR}"/>'
        )
        value = f"{bar.value_text}（{bar.share_text}）" if bar.share_text else bar.value_text
        parts.append(
            f'<text x="{label_width + length + 6}" y="{middle}" font-size="13" '
            f'fill="{_TEXT_COLOUR}">{escape(value)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated text above went through escape()
