"""Result models of the classifiers: frozen, explaining every decision (rule, matched words, confidence).

A decision never forces a category: ``category is None`` with ``confidence == "none"`` means no rule fired.
When two categories score alike the decision is ``ambiguous``: the best one is given, with the runner-up.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from disclosure_rules._labels import ApplicantType


class Confidence(StrEnum):
    """How sure a decision is."""

    CLEAR = "clear"  # one category scored above every other
    AMBIGUOUS = "ambiguous"  # the runner-up scored as high (within the margin), or only weak words matched
    NONE = "none"  # no rule fired: no category


# Stable codes of the three kinds of decision, for callers that count findings by code.
DECISION_CODES = {
    Confidence.CLEAR: "classify.clear",
    Confidence.AMBIGUOUS: "classify.ambiguous",
    Confidence.NONE: "classify.no_match",
}
# An ambiguous decision with no runner-up: only weak words matched (below the axis's clear_min_weight).
WEAK_EVIDENCE_CODE = "classify.weak_evidence"
# An ambiguous decision whose text shows no sign of being an organ's own document or record (no document form,
# issuing organ, document number or record shape beside the item's words): the axis's ``evidence`` is absent.
NO_DOCUMENT_EVIDENCE_CODE = "classify.no_document_evidence"
# An ambiguous decision on a text of a shape that is never an organ's item (a question, a draft or sample, a file
# name, a page of a body outside the mainland's administrative organs): one of the axis's ``doubt`` phrases.
NOT_AN_ITEM_SHAPE_CODE = "classify.not_an_item_shape"
# An ambiguous decision for an item whose kind of document bodies that are no organ make too (a purchase: a company
# publishes its own tender results), when the text names no public maker (issue 14, round 29): the axis's ``maker``.
MAKER_NOT_NAMED_CODE = "classify.maker_not_named"
# An ambiguous decision whose item words are not the title's head (issue 14, round 16): the words that decided stand
# before the title's last words as a modifier (…公益性岗位管理的通知, …规划编制基本技术指南, …笔试成绩已经公布), so the
# title is a document or line *about* the item, not the item's own document or record.
NOT_TITLE_HEAD_CODE = "classify.item_not_title_head"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Candidate(_Frozen):
    """A category that some rule voted for, with the evidence."""

    category: str
    label: str
    article: str | None
    rule_id: str
    weight: int
    matched: tuple[str, ...]


class Decision(_Frozen):
    """One classification decision along one axis of a scheme (e.g. 第二十条 item, 第二十一条 area)."""

    axis: str
    category: str | None
    label: str | None
    article: str | None
    rule_id: str | None
    matched: tuple[str, ...]
    confidence: Confidence
    runner_up: Candidate | None = None
    code: str
    # A caveat about the decision, e.g. that a 第二十一条 area applies only to city, county and township
    # bodies when the agency level was not given.
    note: str | None = None

    @property
    def is_clear(self) -> bool:
        """True when exactly one category won."""
        return self.confidence is Confidence.CLEAR


class ContentResult(_Frozen):
    """Content category of a proactively disclosed item: the primary axis (第二十条) and the area (第二十一条).

    The top-level fields repeat the primary decision so that a caller reading one category needs nothing
    else; ``area`` is ``None`` when the scheme has no second axis or the agency level has no such list.
    """

    scheme: str
    scheme_version: str
    category: str | None
    label: str | None
    article: str | None
    rule_id: str | None
    matched: tuple[str, ...]
    confidence: Confidence
    runner_up: Candidate | None
    code: str
    item: Decision
    area: Decision | None
    # Codes of the category in another scheme (legacy categories → 2019 items).
    maps_to: tuple[str, ...] = ()


class OutcomeResult(_Frozen):
    """The one row of table 三 a handled request is counted in, with the article behind it."""

    scheme: str
    scheme_version: str
    report_format: str
    category: (
        str | None
    )  # a row code of ``disclosure_rules._labels`` (``granted``, ``unavailable_not_held`` …)
    label: str | None  # the official row label, e.g. ``三、（四）1.本机关不掌握相关政府信息``
    article: str | None
    rule_id: str | None
    matched: tuple[str, ...]
    confidence: Confidence
    runner_up: Candidate | None
    code: str


class ApplicantResult(_Frozen):
    """The applicant column of table 三 (自然人 … 其他); ``declared`` says whether the caller's type won."""

    scheme: str
    scheme_version: str
    category: ApplicantType | None
    label: str | None
    article: str | None
    rule_id: str | None
    matched: tuple[str, ...]
    confidence: Confidence
    runner_up: Candidate | None
    code: str
    declared: bool
