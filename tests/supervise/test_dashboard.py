"""The dashboard: its view model, and the page as headless Chromium renders it (DOM, sorting, SVG, screenshot).

Needs Debian's ``chromium`` (``.ci/run`` installs it). Without it the browser tests are skipped on a developer's
machine and FAIL under ``CI=true``: CI must never pass without having looked at the page.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from disclosure_rules import PageCheck, check_pages, render_dashboard
from disclosure_rules._supervise import dashboard_view
from tests.requires import require_tool

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "published"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


@pytest.fixture(scope="module")
def checks() -> list[PageCheck]:
    return list(check_pages([str(CORPUS)], jobs=2))


@pytest.fixture(scope="module")
def page(checks: list[PageCheck], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "dashboard.html"
    path.write_text(render_dashboard(checks), encoding="utf-8")
    return path


def _chromium() -> str:
    return require_tool("chromium")  # CI must check the dashboard in a browser


def _run_chromium(profile: Path, *arguments: str) -> str:
    done = subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _column(dom: str, name: str) -> list[str]:
    return [html.unescape(value) for value in re.findall(rf'data-col="{name}" data-sort="([^"]*)"', dom)]


class TestViewModel:
    def test_every_agency_and_page(self, checks: list[PageCheck]) -> None:
        view = dashboard_view(checks)
        reports = [check for check in checks if check.is_report]
        assert view.reports == len(reports) == len(view.pages)
        assert {row.name for row in view.agencies} == {check.agency for check in reports}
        assert sum(row.reports for row in view.agencies) == len(reports)
        assert (
            sum(row.errors for row in view.agencies) == view.errors == sum(check.errors for check in reports)
        )
        assert view.skipped_count == len(checks) - len(reports)  # the README and the readings

    def test_counts_by_code_year_and_format_add_up(self, checks: list[PageCheck]) -> None:
        view = dashboard_view(checks)
        assert sum(count.count for count in view.by_code) == view.errors + view.warnings
        assert sum(count.count for count in view.by_year) == view.reports
        assert sum(count.count for count in view.by_format) == view.reports
        assert {count.label for count in view.by_format} == {"2021", "2019", "legacy"}

    def test_league_table_puts_errors_first(self, checks: list[PageCheck]) -> None:
        errors = [row.errors for row in dashboard_view(checks).agencies]
        assert errors == sorted(errors, reverse=True)

    def test_bars_scale_to_the_largest(self, checks: list[PageCheck]) -> None:
        chart = dashboard_view(checks).charts[0]
        widest = max(chart.bars, key=lambda bar: bar.value)
        assert widest.width == max(bar.width for bar in chart.bars)
        assert all(bar.width <= chart.width - chart.label_width for bar in chart.bars)

    def test_page_is_self_contained_and_escaped(self, checks: list[PageCheck]) -> None:
        text = render_dashboard(checks)
        assert not re.search(r"<link|<img|src=|url\(|@import", text)  # no external resource of any kind
        assert not re.search(r'href="(?!#)', text)  # every link is to an anchor of the page itself
        hostile = PageCheck(
            file="<script>alert(1)</script>.html", agency="<b>机关</b>", year=2022, format="2021"
        )
        rendered = render_dashboard([hostile])
        assert "<script>alert(1)</script>" not in rendered
        assert "&lt;b&gt;机关&lt;/b&gt;" in rendered

    def test_default_title_is_the_same_for_the_view_and_the_page(self, checks: list[PageCheck]) -> None:
        """Neither function is given a title: both name the page 「政府信息公开工作年度报告 检查结果」; a title given wins."""
        assert dashboard_view(checks).title == "政府信息公开工作年度报告 检查结果"
        assert "<title>政府信息公开工作年度报告 检查结果</title>" in render_dashboard(checks)
        assert "<title>某市2024年报告检查</title>" in render_dashboard(checks, title="某市2024年报告检查")


class TestInChromium:
    def test_dom_names_every_agency_and_draws_charts(
        self, page: Path, checks: list[PageCheck], tmp_path: Path
    ) -> None:
        dom = _run_chromium(tmp_path / "profile", "--dump-dom", page.as_uri())
        names = _column(dom, "name")
        assert set(names) == {check.agency for check in checks if check.is_report}
        assert dom.count("<svg") == 3
        assert dom.count("<rect") == sum(len(chart.bars) for chart in dashboard_view(checks).charts)
        for anchor in re.findall(r'href="#([^"]+)"', dom):
            assert f'id="{anchor}"' in dom  # every link of the table lands on a page's findings

    @pytest.mark.parametrize(("column", "direction"), [("unread", "ascending"), ("late", "descending")])
    def test_sorting_by_a_column(self, page: Path, tmp_path: Path, column: str, direction: str) -> None:
        """The table sorts in the browser; a link can name the sort (#sort=column:direction)."""
        dom = _run_chromium(tmp_path / "profile", "--dump-dom", f"{page.as_uri()}#sort={column}:{direction}")
        values = [int(value) for value in _column(dom, column)]
        assert values == sorted(values, reverse=direction == "descending")
        assert re.search(rf'<th data-key="{column}"[^>]*aria-sort="{direction}"', dom)
        assert dom.count('aria-sort="') == 1 + 2  # one header; the stylesheet names both directions

    def test_screenshot(self, page: Path, tmp_path: Path) -> None:
        shot = tmp_path / "dashboard.png"
        _run_chromium(tmp_path / "profile", "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 20_000  # a drawn page, not a blank one
