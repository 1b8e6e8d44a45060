"""Outcome row of table 三 for a handled request, from structured decision data or the reply's reason text.

Each request lands in exactly one row (the table's identity 三（七）总计 = the sum of the result rows needs it),
and 部分公开 takes precedence over anything else in the same text: the format's label says a separated
request is counted "只计这一情形，不计其他情形". Labels and articles come from ``disclosure_rules._labels``.
For the 2019 trial format the three （六） rows fold into its single 其他处理 row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._api_guard import public_class
from disclosure_rules._classify._errors import ClassifyError
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._results import DECISION_CODES, Candidate, Confidence, Decision, OutcomeResult
from disclosure_rules._classify._scheme import ClauseCombination, Scheme, compile_scheme, resolve_scheme
from disclosure_rules._labels import (
    GROUP_NOT_PROCESSED,
    GROUP_OTHER,
    GROUP_UNAVAILABLE,
    GROUP_WITHHELD,
    OUTCOME_HEADINGS,
    TABLE3_ROWS_2021,
    RowKind,
    Table3Row,
    table3_row,
)
from disclosure_rules._text import CHINESE_DIGITS

if TYPE_CHECKING:
    from collections.abc import Iterable

OutcomeFormat = Literal["2021", "2019"]
DEFAULT_OUTCOME_SCHEME: Final = "outcome_2021"

OUTCOME_ROWS_2021: Final = tuple(row for row in TABLE3_ROWS_2021 if row.kind is RowKind.OUTCOME)
_ROW_BY_CODE: Final = {row.code: row for row in OUTCOME_ROWS_2021}
_FOLDED_2019: Final = {row.code: "other_handling" for row in OUTCOME_ROWS_2021 if row.group is GROUP_OTHER}

# Structured decision types: a row code, or a group of rows (resolved by the legal ground or the reason).
_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "granted": ("granted",),
    "partially_granted": ("partially_granted",),
    GROUP_WITHHELD.code: tuple(row.code for row in OUTCOME_ROWS_2021 if row.group is GROUP_WITHHELD),
    GROUP_UNAVAILABLE.code: tuple(row.code for row in OUTCOME_ROWS_2021 if row.group is GROUP_UNAVAILABLE),
    GROUP_NOT_PROCESSED.code: tuple(
        row.code for row in OUTCOME_ROWS_2021 if row.group is GROUP_NOT_PROCESSED
    ),
    GROUP_OTHER.code: tuple(row.code for row in OUTCOME_ROWS_2021 if row.group is GROUP_OTHER),
    "other": tuple(row.code for row in OUTCOME_ROWS_2021 if row.group is GROUP_OTHER),
}
_GROUP_ALIASES: Final = OUTCOME_HEADINGS

# Bounded runs ({1,6}): an unbounded run before a required 条 backtracks quadratically on a long run of digits.
_ARTICLE: Final = re.compile(r"第?([0-9一二两三四五六七八九十]{1,6})条")
_PARAGRAPH: Final = re.compile(r"第([0-9一二三四五六七八九十]{1,6})款")
_ITEMS: Final = re.compile(r"\(([0-9一二三四五六七八九十]{1,6})\)")


def _number(text: str) -> int | None:
    """An article, paragraph or item number in Arabic or Chinese numerals; ``None`` when it is not one."""
    if text.isdigit():
        # No regulation has 10,000 articles; a longer run is not a number of one (and int() refuses 4,300 digits).
        return int(text) if len(text) <= 4 else None  # noqa: PLR2004 - see above
    tens, ten, units = text.partition("十")
    if ten:
        if (tens and tens not in CHINESE_DIGITS) or (units and units not in CHINESE_DIGITS):
            return None
        return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)
    return CHINESE_DIGITS.get(text)


def parse_ground(ground: str) -> tuple[int | None, int | None, frozenset[int]]:
    """Article, paragraph (款) and items (项) of a legal ground such as ``第三十六条第（四）项`` or ``36``."""
    text = normalize_text(ground)
    article_match = _ARTICLE.search(text)
    if article_match is None and text.isdigit():
        return _number(text), None, frozenset()
    article = _number(article_match.group(1)) if article_match else None
    paragraph_match = _PARAGRAPH.search(text)
    paragraph = _number(paragraph_match.group(1)) if paragraph_match else None
    items = frozenset(number for found in _ITEMS.findall(text) if (number := _number(found)) is not None)
    return article, paragraph, items


def _rows_for_ground(candidates: tuple[str, ...], ground: str) -> tuple[str, ...]:
    article, paragraph, items = parse_ground(ground)
    if article is None:
        return ()
    matching = []
    for code in candidates:
        row_article = _ROW_BY_CODE[code].article
        if row_article is None:
            continue
        row_number, row_paragraph, row_items = parse_ground(row_article)
        if row_number != article:
            continue
        if paragraph is not None and row_paragraph is not None and paragraph != row_paragraph:
            continue
        if items and row_items and not items & row_items:
            continue
        matching.append(code)
    return tuple(matching)


def _says(normalised: str, word: str, negations: tuple[str, ...]) -> bool:
    """Whether ``word`` occurs un-negated: 其不同意公开 does not say 同意公开 (the refusal of 第三十二条's consent).

    ``negations`` are the clause step's (``clause_combination.negations``, scheme data since round 66).
    """
    mark = normalize_text(word)
    start = normalised.find(mark)
    while start != -1:
        if not normalised[:start].endswith(negations):
            return True
        start = normalised.find(mark, start + 1)
    return False


def _clauses(normalised: str, combination: ClauseCombination) -> list[str]:
    """``normalised`` cut at every separator of the clause step (``clause_combination.separators``)."""
    clauses = [normalised]
    for separator in combination.separators:
        mark = normalize_text(separator)
        clauses = [part for clause in clauses for part in clause.split(mark)]
    return clauses


def _promises_later(clause: str, combination: ClauseCombination) -> bool:
    """Whether ``clause`` names a settling act still to come and then a future: 定稿印发后，教育局会在…公布.

    Issue 14, round 69: the subject between the condition and its future (教育局, 县政府, 本局) is any body, so the
    word class ``publication_promised_later`` (each condition with its future, written together) cannot list them all.
    Round 71: a future word whose 会 ends a noun (向社会公开, 常委会在: ``future_not_after``) is no future.
    """
    for condition in combination.later_conditions:
        mark = normalize_text(condition)
        start = clause.find(mark)
        if start != -1:
            rest = clause[start + len(mark) :]
            if any(
                _says_future(rest, future, combination.future_not_after)
                for future in combination.later_futures
            ):
                return True
    return False


def _says_future(text: str, future: str, not_after: tuple[str, ...]) -> bool:
    """Whether ``future`` occurs in ``text`` other than as the end of a noun (社会, 常委会) named by ``not_after``."""
    # the same search as a negated word's: an occurrence counts unless one of the stems stands right before it
    return _says(text, future, tuple(normalize_text(stem) for stem in not_after))


# The rule id a reply combined from its clauses carries (the scheme's ``clause_combination``, issue 14, round 63).
CLAUSE_COMBINATION_RULE_ID: Final = "outcome.clause_combination"
# The rule id of a reply refused now and published later while the matter is being decided (issue 14, round 70).
REFUSED_NOW_RULE_ID: Final = "outcome.clause_combination.refused_now_published_later"


@public_class
class OutcomeClassifier:
    """Puts handled requests into the rows of table 三 (2021 format by default, or the 2019 trial format)."""

    def __init__(
        self, scheme: Scheme | str = DEFAULT_OUTCOME_SCHEME, *, report_format: OutcomeFormat = "2021"
    ) -> None:
        """Use ``scheme`` (a bundled name or a :class:`Scheme`) and count into ``report_format``'s rows."""
        self.scheme = resolve_scheme(scheme, "outcome")
        unknown = sorted(
            category.code for category in self.scheme.axes[0].categories if category.code not in _ROW_BY_CODE
        )
        if unknown:
            raise ClassifyError(
                f"scheme {self.scheme.name!r} names rows that table 三 does not have: {', '.join(unknown)}",
                code="classify.invalid_scheme",
                message_zh=f"分类方案“{self.scheme.name}”列出了表三没有的行：{'、'.join(unknown)}",
            )
        if report_format not in ("2021", "2019"):
            raise ClassifyError(
                f"report format {report_format!r} is not 2021 or 2019",
                code="classify.invalid_input",
                message_zh=f"报告格式 report_format“{report_format}”不是 2021 或 2019",
            )
        self.report_format: OutcomeFormat = report_format
        self._compiled = compile_scheme(self.scheme)

    def classify(self, reason: str) -> OutcomeResult:
        """The row for a reply letter's free-text reason (``经检索，本机关未制作、获取该信息`` → 无法提供 1)."""
        normalised = normalize_text(reason)
        decision = self._decide(normalised)
        combination = self.scheme.clause_combination
        if combination is not None and self._refused_now_published_later(normalised):
            decision = self._answer_refused_now(normalised, decision)
        if (
            combination is not None
            and decision.category != combination.combined
            and decision.category not in combination.keeps
            and not any(_says(normalised, word, combination.negations) for word in combination.unless)
        ):
            decision = self._by_clauses(normalised, decision)
        return self._result(decision)

    def _decide(self, normalised: str) -> Decision:
        decision = self._compiled.decide(normalised)[0]
        if decision is None:  # pragma: no cover - the outcome axis has no level restriction
            raise ClassifyError(
                "the outcome axis must apply at every level",
                message_zh="处理结果分类方案的第一个维度须适用于各级机关",
            )
        return decision

    def _refused_now_published_later(self, normalised: str) -> bool:
        """Whether the reply refuses NOW and promises a publication after a settling act still to come.

        Issue 14, round 70 (blind65: 批准以前这份方案不能对外提供；批准后二十日内，财政局会在…挂出来): the two parts of one
        class, each a word list of ``clause_combination`` — a refusal of now (``refusals_of_now``) anywhere, and in one
        sentence a settling act with its time word (``later_conditions``) followed by a future (``later_futures``),
        whoever stands between. A publication already made (已于…公布) or a grant with a later extra posting refuses
        nothing now and is not this class.
        """
        combination = self.scheme.clause_combination
        assert combination is not None  # noqa: S101 - the caller checked; narrows the type for mypy
        if not any(normalize_text(word) in normalised for word in combination.refusals_of_now):
            return False
        return any(_promises_later(sentence, combination) for sentence in _clauses(normalised, combination))

    def _answer_refused_now(self, normalised: str, whole: Decision) -> Decision:
        """The row of a reply refused now and published later: never a grant by the whole reply's words.

        A row that withholds or refuses keeps its answer (a third party's refusal, a record not held). A grant, a
        part given by the whole reply's words (予以公开 beside 不提供) or no row is replaced by ``decided_row`` where a deciding or drafting word says the matter is still being
        decided (第十六条第二款: 过程性信息), and by no row otherwise — a wrong row stated is worse than none. The
        clause step still runs after this, and a clause promising the publication is no part given there
        (``later_conditions``), so only a part really given now makes the reply 部分公开 (round 67's guard: 附表一
        随本告知书提供 beside a draft promised later).
        """
        combination = self.scheme.clause_combination
        assert combination is not None  # noqa: S101 - the caller checked; narrows the type for mypy
        if whole.category is not None and whole.category not in (*combination.given, combination.combined):
            return whole
        deciding = tuple(word for word in combination.deciding_words if normalize_text(word) in normalised)
        refusal = tuple(word for word in combination.refusals_of_now if normalize_text(word) in normalised)
        if not deciding:
            return whole.model_copy(
                update={
                    "category": None,
                    "label": None,
                    "article": None,
                    "rule_id": None,
                    "matched": (),
                    "confidence": Confidence.NONE,
                    "runner_up": None,
                    "code": DECISION_CODES[Confidence.NONE],
                    "note": None,
                }
            )
        return self._stated_row(whole, combination.decided_row, REFUSED_NOW_RULE_ID, (*refusal, *deciding))

    def _by_clauses(self, normalised: str, whole: Decision) -> Decision:
        """The reply read clause by clause: a part given beside a part withheld, absent or not processed is combined.

        Issue 14, round 63: each clause takes the row the scheme's rules give it alone, so any wording a rule reads
        for one outcome counts as that part of a several-outcome reply (the 2021 format counts such a reply only as
        部分公开); where no clause is given or none is refused, the whole reply's answer stands.
        """
        combination = self.scheme.clause_combination
        assert combination is not None  # noqa: S101 - the caller checked; narrows the type for mypy
        clauses = _clauses(normalised, combination)
        if len(clauses) < 2:  # noqa: PLR2004 - a reply of one clause has one outcome
            return whole
        given: Decision | None = None
        refused_part: Decision | None = None
        for clause in clauses:
            if not clause:
                continue
            part = self._decide(clause)
            if part.category is None:
                part = self._by_clause_words(clause, part)
            if (
                part.category in combination.given
                and given is None
                and not any(
                    _says(clause, word, combination.negations) for word in combination.not_a_given_part
                )
                and not _promises_later(clause, combination)
            ):
                given = part
            elif part.category in combination.not_given and refused_part is None:
                refused_part = part
            elif refused_part is None and self._refused_now_published_later(clause):
                # Round 71 (blind66: 待省政府批准后将在门户网站发布，暂不公开；第二项会议纪要已打印盖章交您本人): a
                # clause refused now and promised later is a part refused now, whatever row its words alone give.
                refused_part = part
        if given is None or refused_part is None:
            return whole
        return self._stated_row(
            whole, combination.combined, CLAUSE_COMBINATION_RULE_ID, (*given.matched, *refused_part.matched)
        )

    def _stated_row(self, whole: Decision, code: str, rule_id: str, matched: tuple[str, ...]) -> Decision:
        """``whole`` answered clearly by the row ``code`` of the scheme's first axis (its label and article with it).

        The clause step's two answers (a combined row, round 63; a matter still being decided, round 70) — the scheme
        check makes sure the row is one of the axis's.
        """
        category = next(category for category in self.scheme.axes[0].categories if category.code == code)
        return whole.model_copy(
            update={
                "category": category.code,
                "label": category.label,
                "article": category.article,
                "rule_id": rule_id,
                "matched": matched,
                "confidence": Confidence.CLEAR,
                "runner_up": None,
                "code": DECISION_CODES[Confidence.CLEAR],
                "note": None,
            }
        )

    def _by_clause_words(self, clause: str, unread: Decision) -> Decision:
        """A clause no row reads, as a part given or refused by the scheme's plain words, else ``unread``.

        Issue 14, round 64 (blind60: 三页复印好了，放在信封里…就不给了; 可于工作日到本局资料室查阅、抄录 beside a 统计法
        refusal): copies made ready and an inspection offered give the information (第四十条: 查阅、复制 among the ways of
        providing it); 不给 with no ground refuses a part. Only the clause step reads these words — alone they name no
        row of the table.
        """
        combination = self.scheme.clause_combination
        assert combination is not None  # noqa: S101 - only the clause step calls this; narrows the type for mypy
        for words, code in (
            (combination.given_words, combination.given[0]),
            (combination.refused_words, combination.refused_row),
        ):
            matched = tuple(word for word in words if _says(clause, word, combination.negations))
            if matched:
                # Only the row's code is read from a part; the scheme's check names every row the combination holds.
                return unread.model_copy(update={"category": code, "matched": matched})
        return unread

    def classify_many(self, reasons: Iterable[str]) -> list[OutcomeResult]:
        """Classify many reasons."""
        return [self.classify(reason) for reason in reasons]

    def classify_decision(  # noqa: PLR0911 - one return per way a structured decision resolves
        self,
        decision: str,
        *,
        ground: str | None = None,
        reason: str | None = None,
    ) -> OutcomeResult:
        """The row for structured data: a decision type and, where the type is a group, its legal ground.

        ``decision`` is a row code (``unavailable_not_held``), a group code (``withheld``, ``unavailable``,
        ``not_processed``, ``other_handling``) or its label (``不予公开`` …). Within a group the ground
        (``第十五条``, ``第三十六条第（四）项``) picks the row; where it leaves several rows, the reason text
        decides among them; otherwise the decision is ambiguous and names the runner-up.
        """
        key = normalize_text(decision)
        key = _GROUP_ALIASES.get(key, key)
        if key in _ROW_BY_CODE:
            return self._structured(key, "outcome.structured.row", (decision,))
        if key == "other_handling" and self.report_format == "2019":
            return self._structured("other_other", "outcome.structured.group", (decision,))
        candidates = _GROUPS.get(key)
        if candidates is None:
            raise ClassifyError(
                f"decision {decision!r} is not a table 三 row code or group ({', '.join(sorted(_GROUPS))})",
                code="classify.unknown_decision",
                message_zh=f"处理决定“{decision}”不是表三的行代码或行组（可用：{'、'.join(sorted(_GROUPS))}）",
            )
        if len(candidates) == 1:
            return self._structured(candidates[0], "outcome.structured.group", (decision,))
        narrowed = _rows_for_ground(candidates, ground) if ground else ()
        if len(narrowed) == 1:
            return self._structured(narrowed[0], "outcome.structured.ground", (decision, ground or ""))
        pool = narrowed or candidates
        if reason:
            from_text = self._compiled.decide(normalize_text(reason))[0]
            if from_text is not None and from_text.category in pool:
                return self._result(from_text)
        if self.report_format == "2019" and all(code in _FOLDED_2019 for code in pool):
            return self._structured(pool[0], "outcome.structured.group", (decision,))
        first, second = _ROW_BY_CODE[pool[0]], _ROW_BY_CODE[pool[1]]
        return self._result(
            Decision(
                axis="row",
                category=first.code,
                label=first.title,
                article=first.article,
                rule_id="outcome.structured.group",
                matched=tuple(part for part in (decision, ground) if part),
                confidence=Confidence.AMBIGUOUS,
                runner_up=Candidate(
                    category=second.code,
                    label=second.title,
                    article=second.article,
                    rule_id="outcome.structured.group",
                    weight=0,
                    matched=(),
                ),
                code=DECISION_CODES[Confidence.AMBIGUOUS],
            )
        )

    def _structured(self, code: str, rule_id: str, matched: tuple[str, ...]) -> OutcomeResult:
        row = _ROW_BY_CODE[code]
        return self._result(
            Decision(
                axis="row",
                category=code,
                label=row.title,
                article=row.article,
                rule_id=rule_id,
                matched=matched,
                confidence=Confidence.CLEAR,
                code=DECISION_CODES[Confidence.CLEAR],
            )
        )

    def _result(self, decision: Decision) -> OutcomeResult:
        row: Table3Row | None = None
        code = decision.category
        if code is not None:
            if self.report_format == "2019":
                code = _FOLDED_2019.get(code, code)
            row = table3_row(code, self.report_format)
        runner_up = decision.runner_up
        if runner_up is not None and self.report_format == "2019":
            folded = _FOLDED_2019.get(runner_up.category, runner_up.category)
            runner_up = runner_up.model_copy(update={"category": folded})
        confidence = decision.confidence
        if runner_up is not None and row is not None and runner_up.category == row.code:
            # Both candidates fold into the same 2019 row: no ambiguity is left.
            confidence, runner_up = Confidence.CLEAR, None
        return OutcomeResult(
            scheme=self.scheme.name,
            scheme_version=self.scheme.version,
            report_format=self.report_format,
            category=row.code if row else None,
            label=row.canonical_label if row else None,
            article=row.article if row else None,
            rule_id=decision.rule_id,
            matched=decision.matched,
            confidence=confidence,
            runner_up=runner_up,
            code=DECISION_CODES[confidence],
        )


_DEFAULT: dict[tuple[str, str], OutcomeClassifier] = {}


def classify_outcome(
    reason: str, *, report_format: OutcomeFormat = "2021", scheme: Scheme | str = DEFAULT_OUTCOME_SCHEME
) -> OutcomeResult:
    """The table 三 row for a reply's reason text (see :class:`OutcomeClassifier`)."""
    return _classifier(scheme, report_format).classify(reason)


def classify_outcome_decision(
    decision: str,
    *,
    ground: str | None = None,
    reason: str | None = None,
    report_format: OutcomeFormat = "2021",
    scheme: Scheme | str = DEFAULT_OUTCOME_SCHEME,
) -> OutcomeResult:
    """The table 三 row for a structured decision (see :meth:`OutcomeClassifier.classify_decision`)."""
    return _classifier(scheme, report_format).classify_decision(decision, ground=ground, reason=reason)


def _classifier(scheme: Scheme | str, report_format: OutcomeFormat) -> OutcomeClassifier:
    if not isinstance(scheme, str):
        return OutcomeClassifier(scheme, report_format=report_format)
    classifier = _DEFAULT.get((scheme, report_format))
    if classifier is None:
        classifier = _DEFAULT[scheme, report_format] = OutcomeClassifier(scheme, report_format=report_format)
    return classifier
