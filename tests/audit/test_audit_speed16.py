"""Issue 16 round 16: the rest of ``audit_standard``, with every output alike.

``class_count_findings`` walked a page's sentences four times (the classes or aspects named, the outline's parts, the
counts after 类, the aspects numbered after); it now reads them in one walk and keeps its findings in the order of the
four walks. The four walks are written out below; generated prose holding every wording, each sentence of it in any
order, and every published page's whole audit give the same findings; a walk whose findings come in another order,
or whose gate is narrower, is caught.

The builder kept each blank cell's address and place, and ``_locate`` made a set of their keys per report; it now
keeps the keys ``_note`` makes. Generated pages with blank cells name exactly those cells in ``cell.not_filled``;
every published page audits alike with the code before patched in; a builder that notes no blank is caught.
"""

from __future__ import annotations

import contextlib
import random
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import _crosschecks as crosschecks
from disclosure_rules._audit import _legacy as legacy
from disclosure_rules._audit import _standard as standard
from disclosure_rules._audit import audit
from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._narrative import MIN_LIST_ITEMS, read_prose
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2021, RequestsTable2021
from disclosure_rules._text import chinese_small_number
from disclosure_rules._validation._common import table3_refs
from tests.audit.pages import Layout, report_html
from tests.audit.test_audit_gates import published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Iterator

    from disclosure_rules._audit._narrative import Prose
    from disclosure_rules._audit._tables import ReadValue
    from disclosure_rules._findings import CellRef, Finding

# ---- the code before the round, written out (its walks' order and the 类 walk's gate as parameters) -----------------

_FOUR_WALKS = (0, 1, 2, 3)


def _class_count_findings_before(
    prose: Prose, prefix: str, *, order: tuple[int, ...] = _FOUR_WALKS, class_gate: str = "类"
) -> list[Finding]:
    named: list[Finding] = []
    for sentence in prose.sentences:
        norm = sentence.norm
        if crosschecks._CLASS_WORD not in norm and crosschecks._COUNTER_WORD not in norm:
            continue
        for match in crosschecks._CLASS_COUNT.finditer(norm):
            stated = chinese_small_number(match.group("n"))
            read = crosschecks._class_names(match.group("names"))
            if stated is None or read is None:
                continue
            names, etc = read
            if len(names) == stated or (etc and len(names) < stated) or len(names) < MIN_LIST_ITEMS:
                continue
            message = (
                f"正文称有{match.group('n')}{match.group('kind')}，随后列出{len(names)}项（{'、'.join(names)}），"
                "项数与所称不符；按顿号计数，名称本身可能含顿号，请核对。"
            )
            named.append(crosschecks._item_count_finding(prefix, message, stated, len(names), sentence))
        if crosschecks._ASPECTS_WORD not in norm:
            continue
        named.extend(
            crosschecks._item_count_finding(
                prefix,
                f"正文列出{len(names)}项（{'、'.join(names)}），随后称共{written}个方面，未写“等”，项数少于所称；请核对是否漏列。",
                stated,
                len(names),
                sentence,
            )
            for stated, names, written in crosschecks._fewer_names_than_said(sentence)
        )
    outlined = [
        crosschecks._item_count_finding(
            prefix,
            f"正文称报告由{written}个部分组成，但列出的是标准提纲中的{len(names)}个部分（{''.join(f'“{name}”' for name in names)}），"
            "部分数与所称不符；请核对是否漏列。",
            stated,
            len(names),
            sentence,
        )
        for sentence in prose.sentences
        if "部分" in sentence.norm
        for stated, names, written in crosschecks._outline_named_otherwise(sentence)
    ]
    classed = [
        crosschecks._item_count_finding(
            prefix,
            f"正文称共{written}，随后逐类列出{counts}个数量，类数与所称不符；请核对。",
            stated,
            counts,
            sentence,
        )
        for sentence in prose.sentences
        if class_gate in sentence.norm
        for stated, counts, written in crosschecks._more_counts_than_classes(sentence)
    ]
    numbered = [
        crosschecks._item_count_finding(
            prefix,
            f"正文称有{written}个方面，随后只依次列出{found}项，项数少于所称；请核对是否漏列。",
            stated,
            found,
            sentence,
        )
        for index, sentence in enumerate(prose.sentences)
        if "个方面" in sentence.norm
        for stated, found, written in crosschecks._fewer_items_than_said(prose.sentences, index)
    ]
    walks = (named, outlined, classed, numbered)
    return [finding for walk in order for finding in walks[walk]]


# One sentence of each wording the four walks read (each gives a finding), and sentences that give none.
_WORDINGS = (
    "报告内容由总体情况、主动公开政府信息情况、存在的主要问题及改进情况、其他需要报告的事项{n}个部分组成。",
    "我局公开的信息分为{n}类，分别是：工作动态、通知公告。",
    "全局主动公开政府信息共计{n}大类条(其中政府领导5条、机构设置6条、政策法规7条、规划计划8条)。",
    "公开内容涉及工作职责、领导分工、内设科室{n}个方面。",
    "我局从{n}个方面做好工作：一是公开工作动态；二是公开通知公告。",
    "本年度共收到申请{n}件，办结{n}件。",
    "一、总体情况",
    "全年发布信息{n}条，其中工作动态{n}条。",
)
# A numeral with which each of the first five wordings gives its finding
_FINDING_NUMERALS = ("六", "六", "三", "六", "六")
_NUMERALS = st.sampled_from(["二", "三", "四", "五", "六", "七", "2", "3", "5", "6"])
_SENTENCE = st.builds(str.format, st.sampled_from(_WORDINGS), n=_NUMERALS)
_PROSE = st.lists(
    _SENTENCE | st.text(alphabet="个类部分方面是、，。一二三", max_size=12), min_size=1, max_size=9
).map("\n".join)


def _prose(text: str) -> Prose:
    return read_prose(read_copied_text(text))


def test_every_wording_gives_its_finding() -> None:
    """Guard: the generated sentences reach each of the four walks (else the comparison below would be empty)."""
    numbered = "\n".join(
        wording.format(n=n) for wording, n in zip(_WORDINGS, _FINDING_NUMERALS, strict=False)
    )
    messages = [finding.message for finding in crosschecks.class_count_findings(_prose(numbered), "text")]
    assert len(messages) == 5
    assert ["部分组成" in messages[2], "逐类列出" in messages[3], "依次列出" in messages[4]] == [
        True,
        True,
        True,
    ]


@settings(max_examples=300, deadline=None)
@given(_PROSE, st.sampled_from(["text", "legacy"]))
def test_one_walk_finds_what_the_four_walks_found(text: str, prefix: str) -> None:
    prose = _prose(text)
    assert crosschecks.class_count_findings(prose, prefix) == _class_count_findings_before(prose, prefix)


def test_walks_in_another_order_or_a_narrower_gate_are_caught() -> None:
    # the outline's parts before the classes named, and after the counts after 类
    text = "\n".join(_WORDINGS[i].format(n=_FINDING_NUMERALS[i]) for i in (1, 0, 2))
    prose = _prose(text)
    found = crosschecks.class_count_findings(prose, "text")
    assert found == _class_count_findings_before(prose, "text")
    assert found != _class_count_findings_before(prose, "text", order=(1, 0, 2, 3))
    assert found != _class_count_findings_before(prose, "text", order=(0, 2, 1, 3))
    assert found != _class_count_findings_before(prose, "text", class_gate="个方面")


@contextlib.contextmanager
def _class_counts_before() -> Iterator[None]:
    with (
        mock.patch.object(standard, "class_count_findings", _class_count_findings_before),
        mock.patch.object(legacy, "class_count_findings", _class_count_findings_before),
    ):
        yield


def test_every_published_page_audits_alike_with_the_four_walks() -> None:
    assert published_pages_audited_otherwise(_class_counts_before) == []


# ---- the builder's blank cells --------------------------------------------------------------------------------------


_AGENCY = Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT)


def _blank_report(seed: int, blanks: int) -> tuple[AnnualReport2021, set[CellRef]]:
    """A 2021 report whose table 三 has ``blanks`` cells left blank, the rest zeros, and those cells' addresses."""
    rng = random.Random(seed)  # noqa: S311 - which cells are blank, not a secret
    matrix: list[list[int | None]] = [[0] * 7 for _ in RequestsTable2021.row_specs()]
    places = rng.sample([(row, column) for row in range(len(matrix)) for column in range(7)], blanks)
    for row, column in places:
        matrix[row][column] = None
    refs = table3_refs("2021")
    return AnnualReport2021(agency=_AGENCY, year=2023, requests=RequestsTable2021.from_matrix(matrix)), {
        refs[r][c] for r, c in places
    }


def _named_blanks(report: AnnualReport2021) -> list[CellRef]:
    result = audit(report_html(report, Layout()))
    return [
        cell
        for finding in result.findings
        if finding.code == "cell.not_filled"
        for cell in finding.cells
        if cell.table == "表三"
    ]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**16), st.integers(1, 12))
def test_the_blank_cells_noted_are_the_cells_named_not_filled(seed: int, blanks: int) -> None:
    report, blank = _blank_report(seed, blanks)
    named = _named_blanks(report)
    assert len(named) == blanks
    assert set(named) == blank


def _note_without_blanks(self: standard._Builder, ref: CellRef, read: ReadValue | None) -> bool:
    if read is None:
        return False
    key = (ref.table, ref.row, ref.column)
    self.where[key] = read.where
    self.confidence[key] = read.confidence
    return bool(read.value.filled)


def test_a_builder_that_notes_no_blank_is_caught() -> None:
    report, _ = _blank_report(7, 5)
    assert len(_named_blanks(report)) == 5
    with mock.patch.object(standard._Builder, "_note", _note_without_blanks):
        assert _named_blanks(report) == []


def _note_before(self: standard._Builder, ref: CellRef, read: ReadValue | None) -> bool:
    if read is None:
        return False
    key = (ref.table, ref.row, ref.column)
    self.where[key] = read.where
    self.confidence[key] = read.confidence
    if not read.value.filled:
        self.before.append((ref, read.where))  # type: ignore[attr-defined]  # the list the builder kept
        return False
    return True


def _locate_before(findings: list[Finding], builder: standard._Builder, reading: object) -> list[Finding]:
    builder.blank = {(ref.table, ref.row, ref.column) for ref, _ in builder.before}  # type: ignore[attr-defined]
    return _locate(findings, builder, reading)  # type: ignore[arg-type]


_locate = standard._locate
_init = standard._Builder.__init__


def _init_before(self: standard._Builder, *args: object) -> None:
    _init(self, *args)  # type: ignore[arg-type]
    self.before = []  # type: ignore[attr-defined]


@contextlib.contextmanager
def _blank_cells_before() -> Iterator[None]:
    with (
        mock.patch.object(standard._Builder, "__init__", _init_before),
        mock.patch.object(standard._Builder, "_note", _note_before),
        mock.patch.object(standard, "_locate", _locate_before),
    ):
        yield


def test_every_published_page_audits_alike_with_the_blank_cells_kept_as_before() -> None:
    assert published_pages_audited_otherwise(_blank_cells_before) == []
