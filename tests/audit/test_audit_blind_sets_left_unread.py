# Round 57
"""A frozen blind set is not read before it is measured (docs/audit.md, "Fifty-seventh round", class 1).

A collector freezes a blind set in a new ``tests/data/published_blind_N/`` folder; it is merged, then measured once by
the coordinator, who appends a "## Measured once" section to its README. The tests that read every published page
(the speed and gate tests) globbed every ``published*`` folder, so they read a merged set before its one measurement.
They now read ``development_folders()`` (``tests/audit/messy.py``), which leaves out a folder whose README says it is
frozen and has no "## Measured once" heading (nor, for the first sets, a "**Development data since …**" statement).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.audit.messy import DATA, development_folders

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parents[2]

FROZEN = (
    "# Published reports: a blind set\n\nFrozen on **2026-12-08 at 10:00 UTC**. Thirty pages, read by hand.\n"
)
NOT_YET = "\n## Measured\n\nNot yet: measured once by the coordinator.\n"
MEASURED = "\n## Measured once (2026-12-08 11:00 UTC, by the coordinator)\n\n| prose right | 25/26 |\n"
# A newer README quotes the older sets' marks in its prose: a quotation is no measurement.
QUOTED = (
    '\nBlind 52\'s "## Measured once" section was seen; blind 2 says "**Development data since …**".\n',
    "\nThe coordinator appends `## Measured once` after this line.\n",
)
PROSE = st.sampled_from(("\n## The pages\n\n| a.txt | 2023 |\n", "\n## Shortfalls\n\nNone.\n", *QUOTED))


def _folders(readmes: list[str | None]) -> tuple[list[str], list[str]]:
    """The development folders of a data folder holding one set per README (None: a folder without one), and the
    names of every set in it."""
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        names = []
        for number, readme in enumerate(readmes):
            folder = data / f"published_blind_{number}"
            folder.mkdir()
            (folder / "a.txt").write_text("page", encoding="utf-8")
            if readme is not None:
                (folder / "README.md").write_text(readme, encoding="utf-8")
            names.append(folder.name)
        (data / "workbook").mkdir()  # not a published set
        return [folder.name for folder in development_folders(data)], sorted(names)


class TestFrozenSetsLeftUnread:
    @given(st.lists(PROSE, max_size=3), st.booleans())
    @settings(max_examples=40, deadline=None)
    def test_a_frozen_set_not_yet_measured_is_left_out(self, prose: list[str], not_yet: bool) -> None:
        readme = FROZEN + "".join(prose) + (NOT_YET if not_yet else "")
        listed, names = _folders([readme, "# Development corpus\n"])
        assert listed == [names[1]]

    @given(st.lists(PROSE, max_size=3), st.lists(PROSE, max_size=2))
    @settings(max_examples=40, deadline=None)
    def test_a_measured_once_heading_below_not_yet_lets_the_set_in(
        self, before: list[str], after: list[str]
    ) -> None:
        readme = FROZEN + "".join(before) + NOT_YET + MEASURED + "".join(after)
        listed, names = _folders([readme])
        assert listed == names

    def test_the_note_names_the_set_left_out(self, capsys: pytest.CaptureFixture[str]) -> None:
        listed, names = _folders([FROZEN + NOT_YET])
        assert listed == []
        assert (
            capsys.readouterr().err
            == f"left unread until measured: {names[0]} (frozen, no '## Measured once')\n"
        )

    def test_no_test_or_script_globs_the_published_folders_itself(self) -> None:
        glob = re.compile(r"""glob\(\s*f?["']published[^"'/]*\*""")
        sources = [
            path
            for part in ("tests", "scripts", "bench")
            for path in sorted((ROOT / part).rglob("*.py"))
            if path.name != "messy.py" and path != Path(__file__).resolve()
        ]
        assert sources
        assert [path.name for path in sources if glob.search(path.read_text(encoding="utf-8"))] == []


class TestGuards:
    @given(st.lists(st.sampled_from(("# Development corpus\n", None)), min_size=1, max_size=3))
    @settings(max_examples=20, deadline=None)
    def test_a_set_never_frozen_is_read(self, readmes: list[str | None]) -> None:
        listed, names = _folders(readmes)
        assert listed == names

    @given(st.lists(PROSE, max_size=3), st.sampled_from(("> ", "")))
    @settings(max_examples=20, deadline=None)
    def test_a_first_set_that_says_development_data_since_is_read(self, prose: list[str], quote: str) -> None:
        readme = (
            FROZEN
            + quote
            + "**Development data since issue 12's fourth round** (2026-12-06).\n"
            + "".join(prose)
        )
        listed, names = _folders([readme])
        assert listed == names

    def test_every_set_measured_so_far_is_read(self) -> None:
        """A set once measured stays development data: the rule never drops one, whatever set awaits measurement.

        (Skipping while a set was pending, as this test did, let a measured set wrongly left out pass unseen.)
        """
        sets = sorted(folder for folder in DATA.glob("published*") if folder.is_dir())
        read = development_folders()
        assert set(read) <= set(sets)
        assert len(read) >= 57  # the development corpus and blinds 1-56, each measured once
