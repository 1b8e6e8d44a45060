"""Helpers of the renderer's tests: the bundled examples, and reading rendered HTML back with html.parser."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_rules import report_from_json

if TYPE_CHECKING:
    from disclosure_rules import AnyReport

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_2021 = REPO / "examples" / "qingshan_natural_resources_2022.json"
EXAMPLE_LEGACY = REPO / "examples" / "wanlong_2017_legacy.json"
FIXTURE_2019 = Path(__file__).parent / "fixtures" / "shanghai_office_2019.json"
GOLDEN = Path(__file__).parent / "golden"


def load(path: Path) -> AnyReport:
    """A report from a JSON file."""
    return report_from_json(path.read_bytes(), source=str(path))


class TableReader(HTMLParser):
    """Collects, per ``<table id=…>``, the text of every cell in document order and the keyed value cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: dict[str, list[str]] = {}
        self.values: dict[str, str] = {}
        self.spans: dict[str, list[tuple[str, int, int]]] = {}
        self.all_text: list[str] = []
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._key: str | None = None
        self._span = (1, 1)
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in {"style", "script", "title"}:
            self._skip += 1
        if tag == "table":
            self._table = attributes.get("id") or ""
            self.cells.setdefault(self._table, [])
            self.spans.setdefault(self._table, [])
        elif tag in {"td", "th"} and self._table is not None:
            self._cell = []
            self._key = attributes.get("data-key")
            self._span = (int(attributes.get("colspan") or 1), int(attributes.get("rowspan") or 1))

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script", "title"}:
            self._skip -= 1
        if tag == "table":
            self._table = None
        elif tag in {"td", "th"} and self._table is not None and self._cell is not None:
            text = "".join(self._cell).strip()
            self.cells[self._table].append(text)
            self.spans[self._table].append((text, *self._span))
            if self._key is not None:
                self.values[self._key] = text
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.all_text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def read_tables(html: str) -> TableReader:
    """Parse rendered HTML."""
    reader = TableReader()
    reader.feed(html)
    reader.close()
    return reader


def is_subsequence(expected: list[str], actual: list[str]) -> bool:
    """Whether ``expected`` occurs in ``actual`` in order (other items may come between)."""
    position = iter(actual)
    return all(any(item == candidate for candidate in position) for item in expected)
