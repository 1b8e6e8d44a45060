"""Issue 12, round 35: a result lists each figure once (round 34's note, over every folder).

A list's part may also be read as a category figure of the same label, value and sentence: on 26 pages of 15 folders
the same figure stood twice among a result's figures (90 extra copies, every one a ``category``; none a headline
figure, so no score changes). ``audit_figures`` keeps the first of figures alike in every field, in their order;
figures differing in any field (two kinds of the same count, one figure in two sentences) all stay.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._narrative import Sentence, StatedFigure
from disclosure_rules._audit._result import audit_figure, audit_figures
from tests.audit.messy import SETTINGS, audited

DATA = Path(__file__).resolve().parents[1] / "data"
SENTENCES = (
    Sentence("其中机构职能类3条。", "其中机构职能类3条。", "正文第1段", "二"),
    Sentence("公开政策文件类3条。", "公开政策文件类3条。", "正文第2段", "二"),
)
FIGURES = st.builds(
    StatedFigure,
    name=st.sampled_from(["category", "channel", "proactive_total"]),
    label=st.sampled_from(["机构职能类", "政策文件类"]),
    value=st.integers(0, 5),
    sentence=st.sampled_from(SENTENCES),
)


@SETTINGS
@given(figures=st.lists(FIGURES, max_size=12))
def test_each_figure_once_in_its_first_place(figures: list[StatedFigure]) -> None:
    listed = audit_figures(figures)
    every = [audit_figure(figure) for figure in figures]
    assert len(set(listed)) == len(listed)
    assert set(listed) == set(every)
    assert list(listed) == sorted(set(every), key=every.index)


def test_a_page_that_listed_a_part_twice_lists_it_once() -> None:
    # blind 13's pingtan_gyz_2023: 政策、规范性文件类 6 was both a list part and a category
    page = (DATA / "published_blind_13" / "pingtan_gyz_2023.txt").read_text(encoding="utf-8")
    figures = [json.dumps(figure.model_dump(mode="json"), sort_keys=True) for figure in audited(page).figures]
    assert figures
    assert max(Counter(figures).values()) == 1
    assert any(figure.label == "政策、规范性文件类" for figure in audited(page).figures)
