"""Content category of a proactively disclosed item: 第二十条 item and 第二十一条 area (2019 Regulations).

The title is normalised, scanned once by the scheme's automaton, and each axis decided from the hits. The
body text is used only when the title says nothing (its first ``BODY_PREFIX`` characters). The agency level
limits the 第二十一条 list: 设区的市级、县级 agencies get the city/county list, 乡（镇） the township list,
national and provincial agencies none; an unknown level allows both lists.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from disclosure_rules._api_guard import public_class
from disclosure_rules._classify._batch import BatchScanner, numpy_available
from disclosure_rules._classify._errors import ClassifyError
from disclosure_rules._classify._normalize import normalize_many, normalize_text
from disclosure_rules._classify._results import NOT_TITLE_HEAD_CODE, Confidence, ContentResult, Decision
from disclosure_rules._classify._scheme import HitKey, Scheme, SchemeLevel, compile_scheme, resolve_scheme
from disclosure_rules._messages import not_one_of_zh

if TYPE_CHECKING:
    from collections.abc import Iterable

DEFAULT_CONTENT_SCHEME: Final = "art20_21_2019"
BODY_PREFIX: Final = 500
BATCH_MINIMUM: Final = 5_000  # below this, the one-at-a-time path is as fast
_MEMO_LIMIT: Final = 100_000  # distinct decisions remembered

# Spellings of agency levels accepted from callers and files (normalised first).
_LEVEL_ALIASES: Final[dict[str, SchemeLevel]] = {
    **dict.fromkeys(
        ("national", "central", "ministry", "国家", "国家级", "中央", "国务院", "部委", "国务院部门"),
        "national",
    ),
    **dict.fromkeys(("provincial", "province", "省", "省级", "省级政府", "自治区", "直辖市"), "provincial"),
    **dict.fromkeys(
        (
            "city",
            "municipal",
            "prefecture",
            "市",
            "市级",
            "市级政府",
            "地级",
            "设区的市",
            "设区的市级",
            "州",
            "盟",
        ),
        "city",
    ),
    **dict.fromkeys(("county", "district", "县", "县级", "县级政府", "区", "县区", "县级市", "旗"), "county"),
    **dict.fromkeys(
        ("township", "town", "乡", "镇", "乡镇", "乡(镇)", "街道", "乡镇/街道", "苏木"), "township"
    ),
}

# Spellings that name a kind of agency without its level (a department may sit at any level).
_UNKNOWN_LEVEL: Final = frozenset({"unknown", "department", "政府部门", "部门", "其他"})

# An agency name's ending tells its level when the caller gave none (longest ending first).
_AGENCY_ENDINGS: Final[tuple[tuple[str, SchemeLevel], ...]] = (
    ("街道办事处", "township"),
    ("乡人民政府", "township"),
    ("镇人民政府", "township"),
    ("县人民政府", "county"),
    ("区人民政府", "county"),
    ("市人民政府", "city"),
    ("省人民政府", "provincial"),
    ("国务院", "national"),
)


def agency_level(value: str | None, *, agency: str | None = None) -> SchemeLevel | None:
    """The canonical agency level for a caller's spelling (``county``, ``县级``, ``乡镇`` …), or from the agency.

    An unknown spelling is a ``ClassifyError`` with code ``classify.invalid_input`` naming it.
    """
    if value and normalize_text(value) not in _UNKNOWN_LEVEL:
        level = _LEVEL_ALIASES.get(normalize_text(value))
        if level is None:
            raise ClassifyError(
                f"agency_level {value!r} is not one of {', '.join(sorted(set(_LEVEL_ALIASES.values())))}",
                code="classify.invalid_input",
                message_zh=f"机关层级 agency_level{not_one_of_zh(value, sorted(set(_LEVEL_ALIASES.values())))}",
            )
        return level
    if agency:
        name = normalize_text(agency)
        for ending, level in _AGENCY_ENDINGS:
            if name.endswith(ending) or ending in name:
                return level
    return None


# A title's tail that says nothing of what the document is (issue 14, round 16), cut one piece at a time from the end:
# a file extension, a page mark, a closed bracket group, a document number (…〔2024〕5号), a code, punctuation and
# spaces, a year or edition; and an unclosed bracket group (a title cut short).
_TAIL_PIECES: Final = tuple(
    re.compile(pattern)
    for pattern in (
        r"\.(?:pdf|docx?|xlsx?|wps|html?)$",
        r"第\d+页$",
        r"[(（][^()（）]*[)）]$",
        r"[\[【〔<][^\[\]【】〔〕<>]*[\]】〕>]$",
        r"(?:[\u4e00-\u9fff]{1,4}字)?[\[〔(（]?\d{4}[\]〕)）]?第?[a-z0-9-]+号$",
        r"[0-9a-z\-_/]+$",
        r"[\s\-—_|,.;:!。，；：！”\"'》·、]+$",
        r"\d{4}年?(?:版|修订版|修订)?$",
    )
)
# The characters a piece of the tail can end with: a title ending in anything else has no such tail (the check that
# keeps the head calibration cheap on a million titles).
_TAIL_END: Final = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyz-_/()（）[]【】〔〕<>号页年版订 \t\n—|,.;:!。，；：！”\"'》·、"
)
_OPENERS: Final = "(（[【〔《<"
_CLOSERS: Final = ")）]】〕》>"
# The last opening bracket, with no bracket after it: a group left open (one search instead of a find per bracket).
_UNCLOSED: Final = re.compile(f"[{re.escape(_OPENERS)}][^{re.escape(_OPENERS + _CLOSERS)}]*$")
# A document named inside the title: in 《…》, or issued by the title's notice (关于印发…的通知: what is issued).
_NAMED_DOCUMENT: Final = re.compile(
    r"《([^《》]+)》|(?:印发|转发|颁布|发布|公布)([^《》]+?)的(?:通知|决定|公告|通告)"
)


def _head(text: str) -> str:
    """``text`` without its tail (document number, brackets, file extension, year, punctuation)."""
    while text:
        cut = text
        if text[-1] in _TAIL_END:
            for piece in _TAIL_PIECES:
                cut = piece.sub("", text)
                if cut and cut != text:
                    break
        if cut == text or not cut:
            unclosed = _UNCLOSED.search(text)
            if unclosed is None or unclosed.start() == 0:
                return text
            cut = text[: unclosed.start()]  # an unclosed group: the title was cut short inside a bracket
        text = cut
    return text


@functools.lru_cache(maxsize=16)
def _record_index(record_words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``record_words`` by their last character, longest first (one dictionary look-up per character cut)."""
    index: dict[str, list[str]] = {}
    for word in sorted(record_words, key=len, reverse=True):
        index.setdefault(word[-1], []).append(word)
    return {last: tuple(words) for last, words in index.items()}


def _without_records(head: str, record_words: tuple[str, ...]) -> str:
    """``head`` without a trailing chain of record words (…许可证批后公示 → …许可证)."""
    index = _record_index(record_words)
    while head:
        for word in index.get(head[-1], ()):
            if head.endswith(word) and len(head) > len(word):
                head = head[: -len(word)]
                break
        else:
            return head
    return head


def _at_named_heads(
    normalised: str, words: tuple[str, ...], record_words: tuple[str, ...], window: int
) -> bool:
    """The slow half of :func:`item_at_head`: the heads once the tail and the record words are cut away.

    Called once the plain tail check failed (no word within its span of the title's end), so the whole title
    is looked at again only when cutting changed it (round 17: most titles have nothing to cut).
    """
    stripped = normalised.strip()
    head = _without_records(_head(stripped), record_words)
    if head != normalised and _word_at_end(head, words, window):
        return True
    if "《" not in normalised and "的" not in normalised:
        return False  # no document is named (the pattern needs a 《 or …的通知/决定/公告/通告)
    for quoted, issued in _NAMED_DOCUMENT.findall(normalised):
        if _word_at_end(_without_records(_head((quoted or issued).strip()), record_words), words, window):
            return True
    return False


def _word_at_end(head: str, words: tuple[str, ...], window: int) -> bool:
    """True when one of ``words`` ends at most ``window`` characters before the end of ``head``."""
    return any(word in head[-(len(word) + window) :] for word in words)


def item_at_head(
    normalised: str,
    words: tuple[str, ...],
    record_words: tuple[str, ...],
    window: int,
    *,
    anywhere: tuple[str, ...] = (),
) -> bool:
    """True when one of the item's ``words`` stands at the head of the title or of a document named in it.

    The head is what remains once the tail and a chain of ``record_words`` are cut away; a word is at the head
    when it ends at most ``window`` characters before the head's end (issue 14, round 16). A word that names the
    document itself (a document number, a decree number: ``anywhere``) counts wherever it stands.
    """
    if any(marker in word for word in words for marker in anywhere):
        return True
    tail = normalised[-(max(map(len, words), default=0) + window) :]
    if any(word in tail for word in words):
        return True
    return _at_named_heads(normalised, words, record_words, window)


class _HeadPlan(NamedTuple):
    """The head check's part shared by every title of one hit key (see ``ContentClassifier._head_plan``)."""

    words: re.Pattern[str]
    voting: tuple[str, ...]
    span: int


@public_class
class ContentClassifier:
    """Classifies item titles under one content scheme (the 2019 第二十条/第二十一条 scheme by default)."""

    def __init__(self, scheme: Scheme | str = DEFAULT_CONTENT_SCHEME) -> None:
        """Use ``scheme``: a bundled name or a :class:`Scheme` (e.g. a county's own)."""
        self.scheme = resolve_scheme(scheme, "content")
        self._compiled = compile_scheme(self.scheme)
        primary = self.scheme.axes[0]
        self._maps_to = {category.code: category.maps_to for category in primary.categories}
        self._results: dict[HitKey, ContentResult] = {}
        self._unheaded: dict[HitKey, ContentResult] = {}
        # The head check's shared parts (round 17): per decision, per hit key, per tuple of words.
        self._rule_plans: dict[tuple[str | None, tuple[str, ...]], Literal[True] | _HeadPlan] = {}
        self._key_plans: dict[HitKey, Literal[True] | _HeadPlan] = {}
        self._plans: dict[tuple[str, ...], _HeadPlan] = {}
        self._head_window = primary.head_window
        self._head_anywhere = tuple(normalize_text(word) for word in primary.head_anywhere)
        self._anywhere_ids = frozenset(
            phrase_id
            for phrase_id, phrase in enumerate(self._compiled.automaton.phrases)
            if any(marker in phrase for marker in self._head_anywhere)
        )
        # Per phrase of the automaton, the primary axis's categories it votes for: the item's own words are every
        # phrase that votes for the winner, not only the winning rule's (a 办法 at the head of a 规范性文件管理办法).
        compiled = self._compiled
        categories = [category.code for category in primary.categories]
        self._votes_for: tuple[frozenset[str], ...] = tuple(
            frozenset(
                categories[compiled.rule_category(rule_index)]
                for rule_index, role in roles
                if role == 0 and compiled.rule_axis(rule_index) == 0
            )
            for roles in compiled.phrase_roles()
        )
        self._record_words = tuple(
            sorted({normalize_text(word) for word in primary.head_record_words}, key=len, reverse=True)
        )
        self._scanner: BatchScanner | Literal[False] | None = None

    def classify(
        self,
        title: str,
        *,
        body: str | None = None,
        agency: str | None = None,
        document_number: str | None = None,
        level: str | None = None,
    ) -> ContentResult:
        """Classify one item by its title (and, when the title says nothing, its body).

        ``document_number`` (e.g. ``〔2024〕12号``) is accepted for the record; categories come from words, so
        it does not change the decision.
        """
        del document_number  # accepted for callers' convenience; no rule reads it
        resolved_level = agency_level(level, agency=agency)
        text = normalize_text(title)
        key = self._compiled.key(text, resolved_level)
        if body and self._says_nothing(key):
            body_text = normalize_text(body[:BODY_PREFIX])
            body_key = self._compiled.key(body_text, resolved_level)
            body_item = self._compiled.decisions_for(body_key)[0]
            if body_item is not None and body_item.category is not None:
                key, text = body_key, body_text
        return self._headed(text, key, self._result_for(key))

    def classify_many(
        self, titles: Iterable[str], *, level: str | None = None, vectorised: bool | None = None
    ) -> list[ContentResult]:
        """Classify many titles at one agency level (equal decisions are shared frozen objects).

        With numpy installed (the ``fast`` extra), batches of ``BATCH_MINIMUM`` titles or more are scanned
        column by column over the whole batch; the results are the same objects the one-at-a-time path
        gives. ``vectorised`` forces the choice (``None``: automatic).
        """
        resolved_level = agency_level(level)
        items = titles if isinstance(titles, list) else list(titles)
        use_batch = len(items) >= BATCH_MINIMUM and numpy_available() if vectorised is None else vectorised
        if use_batch:
            scanner = self._batch_scanner()
            if scanner is not None:
                texts = normalize_many(items)
                keys, inverse = scanner.keys(texts)
                hit_keys = [(key, resolved_level) for key in keys]
                distinct = [self._result_for(key) for key in hit_keys]
                # The head check's shared part once per distinct key; per title only one look at its end.
                rule_plan = self._rule_plan
                plans = [rule_plan(result) for result in distinct]
                checked = self._checked
                return [
                    distinct[index]
                    if (plan := plans[index]) is True or plan.words.search(text, len(text) - plan.span)
                    else checked(text, hit_keys[index], distinct[index])
                    for text, index in zip(texts, inverse.tolist(), strict=True)
                ]
        key = self._compiled.key
        result_for = self._result_for
        headed = self._headed
        results = []
        for text in normalize_many(items):
            text_key = key(text, resolved_level)
            results.append(headed(text, text_key, result_for(text_key)))
        return results

    def _headed(self, text: str, key: HitKey, result: ContentResult) -> ContentResult:
        """``result``, made ambiguous when its item words are not the title's head (issue 14, round 16)."""
        plan = self._rule_plan(result)
        if plan is True or plan.words.search(text, len(text) - plan.span):
            return result
        return self._checked(text, key, result)

    def _checked(self, text: str, key: HitKey, result: ContentResult) -> ContentResult:
        """``result`` when a phrase voting for it stands at a head of ``text``, else its ambiguous copy.

        Called once the winning rule's words are not at the title's end: every phrase of the title that votes for
        the winner, at the end or at the head of the title or of a document named in it.
        """
        plan = self._key_plans.get(key)
        if plan is None:
            plan = self._key_plan(key, result)
        if plan is True or plan.words.search(text, len(text) - plan.span):
            return result
        if _at_named_heads(text, plan.voting, self._record_words, self._head_window or 0):
            return result
        unheaded = self._unheaded.get(key)
        if unheaded is None:
            item = result.item.model_copy(
                update={"confidence": Confidence.AMBIGUOUS, "code": NOT_TITLE_HEAD_CODE}
            )
            unheaded = result.model_copy(
                update={"confidence": Confidence.AMBIGUOUS, "code": NOT_TITLE_HEAD_CODE, "item": item}
            )
            if len(self._unheaded) > _MEMO_LIMIT:
                self._unheaded.clear()
            self._unheaded[key] = unheaded
        return unheaded

    def _rule_plan(self, result: ContentResult) -> Literal[True] | _HeadPlan:
        """The head check's first part, shared by every title with the same decision (round 17).

        ``True`` when the result stands whatever the title: no head window, not a clear decision, or a word of the
        winning rule naming the document itself. Otherwise the winning rule's words and the span of the title's
        end to look for them in.
        """
        window = self._head_window
        if window is None or result.confidence is not Confidence.CLEAR:
            return True
        rule = (result.rule_id, result.matched)
        plan = self._rule_plans.get(rule)
        if plan is None:
            anywhere = any(marker in word for word in result.matched for marker in self._head_anywhere)
            plan = True if anywhere else self._plan(result.matched, window)
            if len(self._rule_plans) > _MEMO_LIMIT:
                self._rule_plans.clear()
            self._rule_plans[rule] = plan
        return plan

    def _key_plan(self, key: HitKey, result: ContentResult) -> Literal[True] | _HeadPlan:
        """The head check's second part, shared by every title with ``key``.

        Every phrase of the title that votes for the winner (``True`` when one of them names the document itself).
        """
        category, votes_for = result.category, self._votes_for
        voting_ids = [phrase_id for phrase_id in key[0] if category in votes_for[phrase_id]]
        plan: Literal[True] | _HeadPlan = True
        if not any(phrase_id in self._anywhere_ids for phrase_id in voting_ids):
            phrases = self._compiled.automaton.phrases
            voting = tuple(
                dict.fromkeys((*result.matched, *(phrases[phrase_id] for phrase_id in voting_ids)))
            )
            plan = self._plan(voting, self._head_window or 0)
        if len(self._key_plans) > _MEMO_LIMIT:
            self._key_plans.clear()
        self._key_plans[key] = plan
        return plan

    def _plan(self, words: tuple[str, ...], window: int) -> _HeadPlan:
        """One pattern finding any of ``words``, and the span of a title's end to look in (memoised per words).

        A word is in ``text[-span:]`` exactly when the pattern finds it from ``len(text) - span`` on.
        """
        plan = self._plans.get(words)
        if plan is None:
            pattern = "|".join(map(re.escape, words)) if words else "(?!)"  # (?!) never matches
            plan = _HeadPlan(re.compile(pattern), words, max(map(len, words), default=0) + window)
            if len(self._plans) > _MEMO_LIMIT:
                self._plans.clear()
            self._plans[words] = plan
        return plan

    def _says_nothing(self, key: HitKey) -> bool:
        """True when no rule of the primary axis decided anything for ``key`` (no category, no abstaining rule)."""
        if not key[0]:
            return True
        item = self._compiled.decisions_for(key)[0]
        return item is not None and item.category is None and item.rule_id is None and not item.matched

    def _batch_scanner(self) -> BatchScanner | None:
        if self._scanner is None:
            scanner = BatchScanner(self._compiled.automaton)
            self._scanner = scanner if scanner.usable else False
        return self._scanner or None

    def _result_for(self, key: HitKey) -> ContentResult:
        result = self._results.get(key)
        if result is None:
            result = self._result(self._compiled.decisions_for(key))
            if len(self._results) > _MEMO_LIMIT:
                self._results.clear()
            self._results[key] = result
        return result

    def _result(self, decisions: tuple[Decision | None, ...]) -> ContentResult:
        item = decisions[0]
        if item is None:  # pragma: no cover - the primary axis has no level restriction in bundled schemes
            raise ClassifyError(
                "the primary axis of a content scheme must apply at every level",
                message_zh="内容分类方案的第一个维度须适用于各级机关",
            )
        area = decisions[1] if len(decisions) > 1 else None
        return ContentResult(
            scheme=self.scheme.name,
            scheme_version=self.scheme.version,
            category=item.category,
            label=item.label,
            article=item.article,
            rule_id=item.rule_id,
            matched=item.matched,
            confidence=item.confidence,
            runner_up=item.runner_up,
            code=item.code,
            item=item,
            area=area,
            maps_to=self._maps_to.get(item.category, ()) if item.category else (),
        )


_DEFAULT: dict[str, ContentClassifier] = {}


def classify_content(  # noqa: PLR0913 - all but the title are optional keywords
    title: str,
    *,
    body: str | None = None,
    agency: str | None = None,
    document_number: str | None = None,
    level: str | None = None,
    scheme: Scheme | str = DEFAULT_CONTENT_SCHEME,
) -> ContentResult:
    """Classify one proactively disclosed item (see :class:`ContentClassifier`)."""
    if isinstance(scheme, str):
        classifier = _DEFAULT.get(scheme)
        if classifier is None:
            classifier = _DEFAULT[scheme] = ContentClassifier(scheme)
    else:
        classifier = ContentClassifier(scheme)
    return classifier.classify(title, body=body, agency=agency, document_number=document_number, level=level)
