"""Classification schemes as data: categories, phrase rules, weights, exclusions; loading and compiling.

A scheme is a TOML or JSON document (bundled ones live in ``schemes/``; a county can pass its own). Each
rule fires when one of its ``phrases`` occurs in the normalised text, at least one of its ``requires``
phrases occurs (if it has any), one phrase of each of its ``requires_all`` groups occurs (a reply's several
parts: a part given AND a part withheld AND a second clause), and none of its ``unless`` phrases occurs. A category scores the highest
``weight`` among its fired rules; a category listed in another fired category's ``outranks`` (or in a fired
rule's own ``outranks``) drops out.
The best category wins; a runner-up within the axis's ``ambiguity_margin`` makes the decision ambiguous.

Compiling puts every phrase of every rule of every axis into one automaton, so a text is scanned once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from disclosure_rules._classify._automaton import PhraseAutomaton
from disclosure_rules._classify._errors import ClassifyError
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._results import (
    DECISION_CODES,
    MAKER_NOT_NAMED_CODE,
    NO_DOCUMENT_EVIDENCE_CODE,
    NOT_AN_ITEM_SHAPE_CODE,
    WEAK_EVIDENCE_CODE,
    Candidate,
    Confidence,
    Decision,
)
from disclosure_rules._parsing import (
    ParseError,
    load_structured,
    refused,
    validation_summary,
    validation_summary_zh,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

SchemeKind = Literal["content", "outcome", "applicant"]
# The classifier's five coarse agency levels (a scheme's `levels`), not the report model's `AgencyLevel`.
SchemeLevel = Literal["national", "provincial", "city", "county", "township"]
AGENCY_LEVELS: tuple[SchemeLevel, ...] = ("national", "provincial", "city", "county", "township")
HitKey = tuple[tuple[int, ...], SchemeLevel | None]
# The scheme's list of word classes whose words nest on purpose (issue 14, round 68): every other class is refused at
# load when one of its words holds another.
NESTED_ON_PURPOSE_KEY: Final = "word_classes_nested_on_purpose"
# Issue 14, round 71 housekeeping: the tables of words written as stems in forms, written out when the scheme loads.
WORD_PRODUCTS_KEY: Final = "word_products"
WORD_STEMS_KEY: Final = "word_stems"
# A rule's word that names a shared word class (``@place_of_publication``) instead of being a phrase itself.
WORD_CLASS_MARK = "@"
_WORD_CLASS_FIELDS = frozenset({"phrases", "requires", "unless"})
# Fields holding groups of words (``requires_all``): each group's ``@name`` words are expanded as a field's are.
_WORD_CLASS_GROUP_FIELDS = frozenset({"requires_all"})
# The clause step's word lists (issue 14, round 66): a meaning a rule reads and the clause step reads (a publication
# promised for later) is one word class named by both, not two lists.
_CLAUSE_WORD_CLASS_FIELDS = frozenset({"not_a_given_part", "unless", "given_words", "refused_words"})


def _phrases_non_empty(value: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases, unchanged; a phrase that normalises to nothing could never match (a scheme author's slip)."""
    for phrase in value:
        if not normalize_text(phrase):
            raise refused("scheme_phrase_empty", f"phrase {phrase!r} is empty once normalised", phrase=phrase)
    return value


def expand_word_classes(data: dict[str, Any]) -> dict[str, Any]:
    """A scheme mapping with every ``@name`` of its rules replaced by ``word_classes[name]``.

    The reviewers' lints read the TOML through this, so they see the words the classifier uses.
    """
    data = expand_word_products(data)
    classes = data.get("word_classes")
    axes = data.get("axes")
    if not isinstance(classes, dict) or not isinstance(axes, list):
        return data
    nested_on_purpose = data.get(NESTED_ON_PURPOSE_KEY, ())
    for name, members in classes.items():
        _class_words_once(name, members)
        _class_words_not_nested(name, members, nested_on_purpose)
    for name in nested_on_purpose if isinstance(nested_on_purpose, list | tuple) else ():
        if name not in classes:
            raise refused(
                "scheme_word_class_unknown",
                f"{NESTED_ON_PURPOSE_KEY} names an unknown word class {name!r}",
                word_class=name,
                rule=NESTED_ON_PURPOSE_KEY,
                where=NESTED_ON_PURPOSE_KEY,
            )
    expanded = {**data, "axes": [_map_rules(axis, classes, f"axes.{at}") for at, axis in enumerate(axes)]}
    combination = data.get("clause_combination")
    if isinstance(combination, dict):
        expanded["clause_combination"] = {
            key: _expand_words(value, classes, "clause_combination", f"clause_combination.{key}")
            if key in _CLAUSE_WORD_CLASS_FIELDS
            else value
            for key, value in combination.items()
        }
    return expanded


def expand_word_products(data: dict[str, Any]) -> dict[str, Any]:
    """A scheme mapping with every ``@name`` of ``word_products`` written out in its word classes and clause lists.

    Issue 14, round 71 housekeeping: a product is each of its ``stems`` in each of its ``forms`` (``{}`` marks the stem;
    a stem ``@name`` is every stem of ``word_stems[name]``), stem by stem, so a stem two lists share (a settling act:
    批准, 定稿 …) is written once and reaches the word class and the clause step together. Both tables are consumed here.
    """
    products = data.get(WORD_PRODUCTS_KEY)
    if products is None:
        return data
    stems = data.get(WORD_STEMS_KEY, {})
    if not isinstance(products, dict) or not isinstance(stems, dict):
        raise _product_refused(
            WORD_PRODUCTS_KEY if not isinstance(products, dict) else WORD_STEMS_KEY, "须为表"
        )
    words = {}
    for name, product in products.items():
        listed, forms = _product_parts(name, product)
        words[name] = [
            form.replace("{}", stem) for stem in _product_stems(name, listed, stems) for form in forms
        ]
    rest = {key: value for key, value in data.items() if key not in (WORD_PRODUCTS_KEY, WORD_STEMS_KEY)}
    if isinstance(rest.get("word_classes"), dict):
        rest["word_classes"] = {
            name: _with_products(members, words) for name, members in rest["word_classes"].items()
        }
    if isinstance(rest.get("clause_combination"), dict):
        rest["clause_combination"] = {
            key: _with_products(value, words) for key, value in rest["clause_combination"].items()
        }
    # Issue 14, round 74: the masking phrases take products too (a grant word under each negation: grant_negated).
    rest["ignore"] = _with_products(rest.get("ignore"), words)
    if rest["ignore"] is None:
        del rest["ignore"]
    return rest


def _product_refused(where: str, problem: str) -> Exception:
    """The refusal of a malformed ``word_products``/``word_stems`` entry, naming its field (``word_products.x.forms``)."""
    return refused("scheme_word_product_invalid", f"{where}: {problem}", where=where, problem=problem)


def _product_parts(name: str, product: object) -> tuple[list[str], list[str]]:
    """A product's ``stems`` and ``forms``, each a list of words, every form marking its stem once with ``{}``.

    Refused otherwise, naming the field: a missing list would stop the load with no message, a string would be read
    letter by letter, and a form without ``{}`` would write the same word once per stem.
    """
    where = f"{WORD_PRODUCTS_KEY}.{name}"
    if not isinstance(product, dict) or set(product) != {"stems", "forms"}:
        raise _product_refused(where, "须为只含 stems 与 forms 两个列表的表")
    for key in ("stems", "forms"):
        value = product[key]
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(word, str) and word for word in value)
        ):
            raise _product_refused(f"{where}.{key}", "须为非空的词列表")
    for form in product["forms"]:
        if form.count("{}") != 1:
            raise _product_refused(f"{where}.forms", f"“{form}”须恰有一处 {{}} 标出词干的位置")
    return product["stems"], product["forms"]


def _product_stems(name: str, listed: list[str], stems: dict[str, list[str]]) -> list[str]:
    """The stems of product ``name``: each listed stem, a ``@name`` standing for the words of ``word_stems[name]``."""
    found: list[str] = []
    for stem in listed:
        if stem.startswith(WORD_CLASS_MARK):
            shared = stems.get(stem[len(WORD_CLASS_MARK) :])
            if shared is None:
                raise refused(
                    "scheme_word_class_unknown",
                    f"word product {name!r} names an unknown stem list {stem!r}",
                    word_class=stem,
                    rule=WORD_PRODUCTS_KEY,
                    where=f"{WORD_PRODUCTS_KEY}.{name}",
                )
            if not isinstance(shared, list) or not all(isinstance(word, str) and word for word in shared):
                raise _product_refused(f"{WORD_STEMS_KEY}.{stem[len(WORD_CLASS_MARK) :]}", "须为非空的词列表")
            found.extend(shared)
        else:
            found.append(stem)
    return found


def _with_products(value: object, words: dict[str, list[str]]) -> object:
    """A word list with each ``@product`` replaced by the product's words (other values and words unchanged)."""
    if not isinstance(value, list):
        return value
    out: list[object] = []
    for word in value:
        if (
            isinstance(word, str)
            and word.startswith(WORD_CLASS_MARK)
            and word[len(WORD_CLASS_MARK) :] in words
        ):
            out.extend(words[word[len(WORD_CLASS_MARK) :]])
        else:
            out.append(word)
    return out


def _class_words_once(name: object, members: object) -> None:
    """Refuse a word class that holds a word twice (once normalised): every rule naming it would match it twice."""
    if not isinstance(members, list | tuple):
        return
    seen: set[str] = set()
    for member in members:
        if not isinstance(member, str):
            continue
        normal = normalize_text(member)
        if normal in seen:
            raise refused(
                "scheme_word_class_word_repeated",
                f"word class {name!r} holds the word {member!r} twice",
                word_class=name,
                word=member,
            )
        seen.add(normal)


def _nested_words(members: list[object] | tuple[object, ...]) -> list[tuple[str, str]]:
    """The pairs (shorter, longer) of a class's words where the shorter lies inside the longer, once normalised."""
    normal = [normalize_text(member) for member in members if isinstance(member, str)]
    return [(short, long) for short in normal for long in normal if short != long and short in long]


def _class_words_not_nested(name: object, members: object, nested_on_purpose: object) -> None:
    """Refuse a word class whose word holds another of its own words, unless the scheme says it nests on purpose.

    Issue 14, round 68 (round 67's lint moved from a test into the scheme): the longer word adds nothing to what the
    class finds and doubles ``matched``; a class whose longer forms hide another rule's phrase is named in the
    scheme's ``word_classes_nested_on_purpose``, and a class named there that no longer nests is refused too (a stale
    exemption).
    """
    if not isinstance(members, list | tuple):
        return
    exempt = isinstance(nested_on_purpose, list | tuple) and name in nested_on_purpose
    nested = _nested_words(members)
    if nested and not exempt:
        short, long = nested[0]
        raise refused(
            "scheme_word_class_word_nested",
            f"word class {name!r} holds {short!r} inside its own word {long!r}",
            word_class=name,
            word=short,
            longer=long,
        )
    if exempt and not nested:
        raise refused(
            "scheme_word_class_nesting_unused",
            f"word class {name!r} is named as nesting on purpose but holds no word inside another",
            word_class=name,
        )


def _expand_words(words: object, classes: dict[str, object], rule: object, where: str) -> object:
    """``words`` with every ``@name`` replaced by its class's words.

    Only the repeats a class brings are dropped (two classes may share a word, and a rule may name a word beside a
    class that holds it, by design), compared once normalised; a plain word the rule itself repeats is kept, as in a
    scheme without word classes, and the rule refuses it (``scheme_rule_word_repeated``, round 66).
    """
    if not isinstance(words, list | tuple):
        return words
    out: list[object] = []
    from_classes: set[str] = set()
    for word in words:
        if isinstance(word, str) and word.startswith(WORD_CLASS_MARK):
            members = classes.get(word[len(WORD_CLASS_MARK) :])
            if not isinstance(members, list | tuple):
                raise refused(
                    "scheme_word_class_unknown",
                    f"rule {rule!r} ({where}) names an unknown word class {word!r}",
                    word_class=word,
                    rule=rule,
                    where=where,
                )
            written = {normalize_text(kept) for kept in out if isinstance(kept, str)}
            added = [
                member
                for member in members
                if not (isinstance(member, str) and normalize_text(member) in written)
            ]
            out.extend(added)
            from_classes.update(normalize_text(member) for member in added if isinstance(member, str))
        elif not (isinstance(word, str) and normalize_text(word) in from_classes):
            out.append(word)
    return out


def _map_rules(axis: object, classes: dict[str, object], where: str) -> object:
    """An axis mapping whose rules' phrases, requires and unless have their word classes expanded.

    ``where`` is the axis's path in the document (``axes.0``): an unknown class is refused naming the field's whole
    path, as the other refusals of a scheme name their field, so that its author finds the line.
    """
    if not isinstance(axis, dict) or not isinstance(axis.get("categories"), list):
        return axis
    categories: list[object] = []
    for at, category in enumerate(axis["categories"]):
        if isinstance(category, dict) and isinstance(category.get("rules"), list):
            rules = [
                {
                    key: _expand_words(
                        value, classes, rule.get("id"), f"{where}.categories.{at}.rules.{index}.{key}"
                    )
                    if key in _WORD_CLASS_FIELDS
                    else [
                        _expand_words(
                            group,
                            classes,
                            rule.get("id"),
                            f"{where}.categories.{at}.rules.{index}.{key}.{group_at}",
                        )
                        for group_at, group in enumerate(value)
                    ]
                    if key in _WORD_CLASS_GROUP_FIELDS and isinstance(value, list | tuple)
                    else value
                    for key, value in rule.items()
                }
                if isinstance(rule, dict)
                else rule
                for index, rule in enumerate(category["rules"])
            ]
            categories.append({**category, "rules": rules})
        else:
            categories.append(category)
    return {**axis, "categories": categories}


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(_Strict):
    """One phrase rule of a category."""

    id: str = Field(min_length=1)
    phrases: tuple[str, ...] = Field(min_length=1)
    requires: tuple[str, ...] = ()
    # Conditions that must ALL hold, each met by any one of its words (issue 14, round 62): ``requires`` is one
    # any-of group; a reply of several outcomes needs a part given (the phrases) AND a part withheld or absent AND
    # a second clause, which one group cannot say.
    requires_all: tuple[tuple[str, ...], ...] = ()
    unless: tuple[str, ...] = ()
    weight: int = Field(default=10, ge=1, le=1000)
    # Categories that drop out when this rule fires (the act a document performs outranks the field it
    # concerns: a licence notice for a building project is item (五), not item (十)).
    outranks: tuple[str, ...] = ()
    # A hint names its category too loosely to decide alone: a decision won by a hint rule is ambiguous
    # (code ``classify.weak_evidence``) even without a runner-up.
    hint: bool = False
    # The rule's phrases are a document's form (办法, 规定 …: item (一) is defined by its form), so on an axis with
    # ``evidence`` they do not count as the evidence that an organ issued the text: another sign must be present.
    form: bool = False
    note: str | None = None

    @field_validator("phrases", "requires", "unless")
    @classmethod
    def _non_empty_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _phrases_non_empty(value)

    @field_validator("requires_all")
    @classmethod
    def _non_empty_group_words(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        for group in value:
            _phrases_non_empty(group)
        return value

    @model_validator(mode="after")
    def _words_once(self) -> Rule:
        """Refuse a word a field of the rule holds twice (issue 14, round 66).

        Each occurrence of a word adds it to the rule's ``matched`` once more, so a repeat doubles the evidence an
        answer shows for one word found once; the rule's words are an any-of list, where a repeat means nothing.
        Compared once normalised (未制作、也未获取 and 未制作，也未获取 are one phrase to the automaton). A word a
        word class brings beside the same word written out is merged when the class is expanded, by design.
        """
        fields: list[tuple[str, tuple[str, ...]]] = [
            ("phrases", self.phrases),
            ("requires", self.requires),
            ("unless", self.unless),
            *((f"requires_all.{at}", group) for at, group in enumerate(self.requires_all)),
        ]
        for where, words in fields:
            seen: set[str] = set()
            for word in words:
                normal = normalize_text(word)
                if normal in seen:
                    raise refused(
                        "scheme_rule_word_repeated",
                        f"rule {self.id!r}: the word {word!r} is repeated in its {where}",
                        rule=self.id,
                        word=word,
                        where=where,
                    )
                seen.add(normal)
        return self

    @model_validator(mode="after")
    def _groups_can_meet(self) -> Rule:
        """Refuse a ``requires_all`` group that can never be met: it has no word, or each word also blocks the rule.

        Checked on the whole rule, not the field, so that the refusal names the rule to mend.
        """
        blocked = {normalize_text(word) for word in self.unless}
        for group in self.requires_all:
            if not group:
                raise refused(
                    "scheme_requires_all_group_empty",
                    f"rule {self.id!r}: a requires_all group has no word",
                    rule=self.id,
                )
            if all(normalize_text(word) in blocked for word in group):
                raise refused(
                    "scheme_requires_all_never_met",
                    f"rule {self.id!r}: every word of the requires_all group {list(group)!r} is in its unless",
                    rule=self.id,
                )
        return self


class Category(_Strict):
    """A category: its code, official label, article, and the rules that vote for it."""

    code: str = Field(min_length=1)
    label: str = Field(min_length=1)
    article: str | None = None
    levels: tuple[SchemeLevel, ...] | None = None  # agency levels the category exists for (None: all)
    outranks: tuple[str, ...] = ()  # categories that drop out when this one fires
    maps_to: tuple[str, ...] = ()  # the corresponding codes of another scheme
    # An abstaining category stands for "none of this scheme's categories" (news, meeting reports): when it
    # wins, the decision has no category but still names the rule and words that decided it.
    abstain: bool = False
    rules: tuple[Rule, ...] = Field(min_length=1)


class Axis(_Strict):
    """One dimension of classification (第二十条 item, 第二十一条 area, table 三 row, applicant column)."""

    name: str = Field(min_length=1)
    title: str
    article: str | None = None
    levels: tuple[SchemeLevel, ...] | None = None  # agency levels the axis applies to (None: all)
    ambiguity_margin: int = Field(default=0, ge=0)
    # A winner weaker than this is reported as ambiguous ("weak evidence"), even without a runner-up.
    clear_min_weight: int = Field(default=0, ge=0)
    # Said in a decision's ``note`` when the axis has ``levels`` and the caller gave no agency level: the
    # category is reported because the text names it, but the axis may not apply to the caller's body.
    unknown_level_note: str | None = None
    # A winner of at least this weight is not made ambiguous by a weaker ``hint`` rule (None: hints always
    # count as runners-up within the margin).
    decisive_weight: int | None = Field(default=None, ge=0)
    # Confidence calibration (issue 14, round 10). When the axis lists ``evidence`` phrases, a decision is clear
    # only when one of them occurs: positive evidence that the text is an organ's own document or record (a
    # document form, an issuing organ, a document number, a catalogue or record shape), not only an item's word.
    # Otherwise the winner stays, ambiguous, with code ``classify.no_document_evidence``. ``doubt`` phrases mark
    # shapes that are never an organ's item (a question, a draft, a sample, a file name …): with one of them a
    # decision is never clear (code ``classify.not_an_item_shape``). Neither kind votes nor masks other phrases.
    evidence: tuple[str, ...] = ()
    doubt: tuple[str, ...] = ()
    # Shapes that are never an organ's item at all (a question, a sample, a page of a body outside the mainland's
    # administrative organs): the decision has no category; the item the words name is the runner-up.
    refuse: tuple[str, ...] = ()
    # Head calibration (issue 14, round 16). When ``head_window`` is set, a clear decision also needs one of its
    # winning rule's words at the title's *head*: at most ``head_window`` characters before the end, once the
    # title's tail (document number, brackets, file extension, year, punctuation) and then any chain of
    # ``head_record_words`` (公示, 公告, 名单 … — the record of the item's own act) are cut away. The title and each
    # 《…》-named document in it have a head. Otherwise the winner stays, ambiguous, ``classify.item_not_title_head``.
    head_window: int | None = Field(default=None, ge=0)
    head_record_words: tuple[str, ...] = ()
    # Words that name the document itself wherever they stand (a document or decree number: 罚〔, 部令 …).
    head_anywhere: tuple[str, ...] = ()
    # Maker calibration (issue 14, round 29). The categories in ``maker_categories`` are items whose kind of document
    # bodies that are no organ make as well (a company buys and publishes its tender results as an organ does): a
    # decision for one of them is clear only when one of the ``maker`` phrases names a public maker (an organ, a public
    # institution, a region's level); otherwise the winner stays, ambiguous, code ``classify.maker_not_named``. The
    # ``maker`` phrases neither vote nor mask other phrases.
    maker_categories: tuple[str, ...] = ()
    maker: tuple[str, ...] = ()
    categories: tuple[Category, ...] = Field(min_length=1)

    @field_validator("evidence", "doubt", "refuse", "head_record_words", "head_anywhere", "maker")
    @classmethod
    def _non_empty_markers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _phrases_non_empty(value)

    @model_validator(mode="after")
    def _unique_codes(self) -> Axis:
        codes = [category.code for category in self.categories]
        duplicates = sorted({code for code in codes if codes.count(code) > 1})
        if duplicates:
            raise refused(
                "scheme_codes_repeated",
                f"axis {self.name!r}: category codes repeated: {', '.join(duplicates)}",
                axis=self.name,
                codes="、".join(duplicates),
            )
        unknown_makers = [code for code in self.maker_categories if code not in codes]
        if unknown_makers:
            raise refused(
                "scheme_maker_categories_unknown",
                f"axis {self.name!r}: maker_categories names unknown categories {unknown_makers}",
                axis=self.name,
                unknown="、".join(unknown_makers),
            )
        if self.maker_categories and not self.maker:
            raise refused(
                "scheme_maker_categories_without_maker",
                f"axis {self.name!r}: maker_categories is set but no maker phrase is listed (the check would do nothing)",
                axis=self.name,
            )
        for category in self.categories:
            unknown = [code for code in category.outranks if code not in codes]
            if unknown:
                raise refused(
                    "scheme_category_outranks_unknown",
                    f"category {category.code!r} outranks unknown categories {unknown}",
                    code=category.code,
                    unknown="、".join(unknown),
                )
            for rule in category.rules:
                unknown = [code for code in rule.outranks if code not in codes]
                if unknown:
                    raise refused(
                        "scheme_rule_outranks_unknown",
                        f"rule {rule.id!r} outranks unknown categories {unknown}",
                        rule=rule.id,
                        unknown="、".join(unknown),
                    )
        return self


# The ``column`` of a code rule that gives the column of what it reads (a principal, a stated form, a declared type).
CODE_RULE_READ_COLUMN = "read"


class CodeRule(_Strict):
    """A rule the classifier's code applies, not a phrase rule (a name's shape, the capacity beside a name).

    Issue 14, round 19: every rule id an answer can name is declared in the scheme, with the column it gives and
    the article or convention behind it, so the table is the one list of them (the classifier checks it at load).
    """

    id: str = Field(min_length=1)
    # The category (for applicants, the table 三 column) the rule always gives, or ``read`` (CODE_RULE_READ_COLUMN):
    # the column of what it reads.
    column: str = Field(min_length=1)
    # The article of the law, or the library's convention (docs/classifiers.md).
    basis: str = Field(min_length=1)
    weak: bool = False  # the rule's answers are weak evidence (ambiguous), never clear
    note: str | None = None


class ClauseCombination(_Strict):
    """How a reply of several outcomes is read clause by clause (issue 14, round 63).

    Each clause (cut at ``separators``) gets the category the scheme's rules give it alone; a clause in ``given`` and
    another in ``not_given`` make the reply ``combined`` (the 2021 format: a request answered in parts counts only as
    部分公开). Otherwise the whole reply's own answer stands.
    """

    separators: tuple[str, ...] = Field(min_length=1)
    given: tuple[str, ...] = Field(min_length=1)
    not_given: tuple[str, ...] = Field(min_length=1)
    combined: str = Field(min_length=1)
    # Whole-reply answers that stand whatever the clauses say (a case file withheld beside its published decision).
    keeps: tuple[str, ...] = ()
    # Words that make a given clause no part given by this reply (a grant made in an earlier reply).
    not_a_given_part: tuple[str, ...] = ()
    # Words that make the reply one procedure, not parts of a request (a third party consulted consented).
    unless: tuple[str, ...] = ()
    # Issue 14, round 64: plain words that make a clause no row reads a given part (复印好了, 查阅、抄录) or a part
    # refused (就不给了); a row's own answer for the clause comes first.
    given_words: tuple[str, ...] = ()
    refused_words: tuple[str, ...] = ()
    # The row a clause refused by ``refused_words`` alone takes (one of ``not_given``; a ground-less refusal).
    refused_row: str = "other_other"
    # Issue 14, round 66 (moved from code): the words that negate a word of these lists right before it (其不同意公开
    # does not say 同意公开), normalised.
    negations: tuple[str, ...] = ()
    # Issue 14, round 69: a clause that names a settling act still to come (定稿印发后, 批准后) and, later in the same
    # clause, a future (会在, 将于) promises a publication whoever its subject is (…后，教育局会在…公布): no part given.
    later_conditions: tuple[str, ...] = ()
    later_futures: tuple[str, ...] = ()
    # Issue 14, round 71: a future word right after one of these is no future — its 会 ends a noun (社会, 常委会, 大会,
    # 协会 …: 向社会公开 holds 会公开, 常委会在 holds 会在).
    future_not_after: tuple[str, ...] = ()
    # Issue 14, round 70: a refusal of NOW (暂不提供, 不能对外提供) beside such a promise is one class, "refused now,
    # published later": no grant and no part given answers it; with a deciding or drafting word (``deciding_words``)
    # the matter is still being decided and ``decided_row`` answers (第十六条第二款), else no row is stated.
    refusals_of_now: tuple[str, ...] = ()
    deciding_words: tuple[str, ...] = ()
    decided_row: str = "withheld_process_information"
    reason: str = Field(min_length=1)

    @field_validator(
        "separators",
        "not_a_given_part",
        "unless",
        "given_words",
        "refused_words",
        "negations",
        "later_conditions",
        "later_futures",
        "future_not_after",
        "refusals_of_now",
        "deciding_words",
    )
    @classmethod
    def _non_empty_separators(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _phrases_non_empty(value)

    @field_validator("negations")
    @classmethod
    def _normalised_negations(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(normalize_text(word) for word in value)


class Scheme(_Strict):
    """A versioned classification scheme."""

    schema_version: Literal[1] = 1
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    kind: SchemeKind
    title: str
    source: str
    notes: tuple[str, ...] = ()
    lexicons: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Issue 14, round 50: shared word classes (a reply's parts: the place of publication, a published state, an access
    # verb …), named in rules as ``@name`` and expanded when the scheme loads; kept so a reader sees each class once.
    word_classes: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Issue 14, round 68: the classes whose longer words hide another rule's phrase on purpose (checked at load).
    word_classes_nested_on_purpose: tuple[str, ...] = ()
    # Phrases that only mask the words inside them (agency names such as 生态环境局, set phrases such as
    # 高质量发展): they vote for nothing, and a phrase found only inside one of them does not count.
    ignore: tuple[str, ...] = ()
    axes: tuple[Axis, ...] = Field(min_length=1, max_length=2)
    # Issue 14, round 19: the rules the classifier's code applies beside the phrase rules (applicant.toml).
    code_rules: tuple[CodeRule, ...] = ()
    # Issue 14, round 63: a reply read clause by clause, its parts combined by the report format's instruction.
    clause_combination: ClauseCombination | None = None
    # The compiled automaton, built on first use and living as long as the scheme.
    _compiled: CompiledScheme | None = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _expand_word_classes(cls, data: object) -> object:
        """Replace each ``@name`` in a rule's phrases, requires or unless by the words of ``word_classes[name]``.

        Issue 14, round 50: a reason is read by its parts (a place + a published state; a correction + a still-unclear
        word), each part one word class written once and shared by the rules that use it.
        """
        return expand_word_classes(data) if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _unique_rule_ids(self) -> Scheme:
        ids = [rule.id for axis in self.axes for category in axis.categories for rule in category.rules]
        ids += [rule.id for rule in self.code_rules]
        columns = {category.code for category in self.axes[0].categories} | {CODE_RULE_READ_COLUMN}
        strangers = sorted({rule.column for rule in self.code_rules} - columns)
        if strangers:
            raise refused(
                "scheme_code_rule_column_unknown",
                f"code rules name columns the first axis does not have: {', '.join(strangers)}",
                columns="、".join(strangers),
            )
        if self.clause_combination is not None:
            combination = self.clause_combination
            named = {
                *combination.given,
                *combination.not_given,
                *combination.keeps,
                combination.combined,
                combination.refused_row,
                combination.decided_row,
            }
            unknown_rows = sorted(named - {category.code for category in self.axes[0].categories})
            if unknown_rows:
                raise refused(
                    "scheme_clause_combination_unknown",
                    f"clause_combination names categories the first axis does not have: {', '.join(unknown_rows)}",
                    codes="、".join(unknown_rows),
                )
            both = sorted(set(combination.given) & set(combination.not_given))
            if both:
                raise refused(
                    "scheme_clause_combination_both",
                    f"clause_combination lists categories as both given and not given: {', '.join(both)}",
                    codes="、".join(both),
                )
        duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
        if duplicates:
            raise refused(
                "scheme_rule_ids_repeated",
                f"rule ids repeated: {', '.join(duplicates)}",
                ids="、".join(duplicates),
            )
        if self.kind == "content" and self.axes[0].levels is not None:
            raise refused(
                "scheme_first_axis_levels",
                "the first axis of a content scheme must apply at every agency level (no levels)",
            )
        names = [axis.name for axis in self.axes]
        if len(set(names)) != len(names):
            raise refused(
                "scheme_axis_names_repeated", f"axis names repeated: {names}", names="、".join(names)
            )
        return self

    @property
    def rule_count(self) -> int:
        """Number of rules over all axes."""
        return sum(len(category.rules) for axis in self.axes for category in axis.categories)

    @property
    def phrase_count(self) -> int:
        """Number of distinct normalised phrases the automaton holds."""
        return len(compile_scheme(self).automaton.phrases)


# --------------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------------

_BUNDLED = resources.files("disclosure_rules._classify") / "schemes"


def bundled_schemes() -> tuple[str, ...]:
    """Names of the schemes shipped with the library."""
    names = {
        entry.name.rsplit(".", 1)[0]
        for entry in _BUNDLED.iterdir()
        if entry.name.endswith((".toml", ".json"))
    }
    return tuple(sorted(names))


def _bundled_document(name: str) -> tuple[str, Literal["toml", "json"]]:
    """The text and syntax of the bundled scheme ``name``; the one place that finds a bundled scheme's file."""
    syntaxes: tuple[Literal["toml", "json"], ...] = ("toml", "json")
    for syntax in syntaxes:
        entry = _BUNDLED / f"{name}.{syntax}"
        if entry.is_file():
            return entry.read_text(encoding="utf-8"), syntax
    raise ClassifyError(
        f"no bundled scheme {name!r} (bundled: {', '.join(bundled_schemes())})",
        code="classify.unknown_scheme",
        message_zh=f"没有内置的分类方案“{name}”（内置方案：{'、'.join(bundled_schemes())}）",
    )


def read_bundled_scheme(name: str) -> dict[str, Any]:
    """The bundled scheme ``name`` as its file reads, its word classes (``@name``) expanded as the loader does.

    The one reader of a bundled scheme's raw mapping: the reviewers' lints (scripts) and the tests that walk every
    rule read the words the classifier uses through it.
    """
    data = load_structured(*_bundled_document(name))
    if not isinstance(data, dict):
        raise ClassifyError(
            f"{name}: a scheme is a table at its top level",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{name}”有误：顶层须为表（键值对）",
        )
    return expand_word_classes(data)


@lru_cache(maxsize=32)
def load_scheme(name: str) -> Scheme:
    """Load a bundled scheme by name (``art20_21_2019``, ``legacy_2007_art9_12`` …); frozen, so shared."""
    text, syntax = _bundled_document(name)
    return parse_scheme(text, syntax, source=name)


def parse_scheme(text: str, syntax: Literal["toml", "json"], *, source: str = "<scheme>") -> Scheme:
    """Parse and validate a scheme document; errors name ``source`` and the failing field."""
    try:
        data = load_structured(text, syntax)
    except ParseError as exc:
        raise ClassifyError(
            f"{source}: {exc}",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{source}”无法解析：{exc.message_zh}",
        ) from None
    return scheme_from_mapping(data, source=source)


def scheme_from_mapping(data: object, *, source: str = "<scheme>") -> Scheme:
    """Validate an already-parsed scheme mapping."""
    try:
        return Scheme.model_validate(data)
    except ValidationError as exc:
        raise ClassifyError(
            f"{source}: {validation_summary(exc)}",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{source}”有误：{validation_summary_zh(exc)}",
        ) from None


def resolve_scheme(scheme: Scheme | str, kind: SchemeKind) -> Scheme:
    """A scheme object or bundled name, checked to be of ``kind``."""
    resolved = load_scheme(scheme) if isinstance(scheme, str) else scheme
    if resolved.kind != kind:
        raise ClassifyError(
            f"scheme {resolved.name!r} is for {resolved.kind} classification, not for {kind}",
            code="classify.wrong_scheme_kind",
            message_zh=f"分类方案“{resolved.name}”用于{resolved.kind}分类，不能用于{kind}分类",
        )
    return resolved


# --------------------------------------------------------------------------------------------------
# Compiling and scoring
# --------------------------------------------------------------------------------------------------

_TRIGGER, _REQUIRES, _UNLESS = 0, 1, 2
_GROUP = 3  # role of a word of requires_all group g: _GROUP + g
_CACHE_LIMIT = 200_000  # distinct hit sets remembered per compiled scheme


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    axis: int
    category: int
    rule: Rule
    has_requires: bool
    groups: int  # how many requires_all groups must each be met


@dataclass(frozen=True, slots=True)
class _Markers:
    """What the scan found of an axis's calibration markers (issue 14, round 10)."""

    evidence: tuple[str, ...] | None = None  # the evidence phrases present (None: the axis asks for none)
    doubted: bool = False  # a doubt marker is present
    refused: str | None = None  # the refusing marker present, if any
    maker_named: bool = True  # a maker phrase is present (True when the axis lists none)


@dataclass(slots=True)
class _RuleState:
    triggers: list[str]
    required: list[str]
    blocked: bool
    groups_met: set[int] = field(default_factory=set)
    grouped: list[str] = field(default_factory=list)  # the requires_all words found


class CompiledScheme:
    """A scheme with all its phrases in one automaton, ready to score texts."""

    __slots__ = (
        "_cache",
        "_doubt",
        "_evidence",
        "_longer",
        "_maker",
        "_refuse",
        "_roles",
        "_rules",
        "automaton",
        "scheme",
    )

    def __init__(self, scheme: Scheme) -> None:
        """Compile ``scheme``."""
        self.scheme = scheme
        phrase_ids: dict[str, int] = {}
        roles: list[list[tuple[int, int]]] = []
        masking: set[str] = set()  # the phrases that hide shorter ones inside them (rules' and ignore's)

        def add(phrase: str, rule_index: int | None, role: int, *, masks: bool = True) -> None:
            normal = normalize_text(phrase)
            if normal not in phrase_ids:
                phrase_ids[normal] = len(phrase_ids)
                roles.append([])
            if masks:
                masking.add(normal)
            if rule_index is not None:
                roles[phrase_ids[normal]].append((rule_index, role))

        rules = [
            _CompiledRule(axis_index, category_index, rule, bool(rule.requires), len(rule.requires_all))
            for axis_index, axis in enumerate(scheme.axes)
            for category_index, category in enumerate(axis.categories)
            for rule in category.rules
        ]
        for phrase, rule_index, role, masks in _phrase_entries(scheme, rules):
            add(phrase, rule_index, role, masks=masks)
        self._evidence = _marker_ids(scheme, phrase_ids, "evidence")
        self._doubt = _marker_ids(scheme, phrase_ids, "doubt")
        self._refuse = _marker_ids(scheme, phrase_ids, "refuse")
        self._maker = _marker_ids(scheme, phrase_ids, "maker")
        self.automaton = PhraseAutomaton(list(phrase_ids))
        self._longer = _longer_phrases(phrase_ids, masking, self.automaton)
        self._roles = tuple(tuple(entry) for entry in roles)
        self._rules = tuple(rules)
        self._cache: dict[HitKey, tuple[Decision | None, ...]] = {}

    def phrase_roles(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Per phrase id, the (rule index, role) pairs it takes part in (role 0: it votes)."""
        return self._roles

    def rule_axis(self, rule_index: int) -> int:
        """The axis index of a rule."""
        return self._rules[rule_index].axis

    def rule_category(self, rule_index: int) -> int:
        """The category index (within its axis) of a rule."""
        return self._rules[rule_index].category

    def clear_cache(self) -> None:
        """Forget memoised decisions (for benchmarks that must start cold)."""
        self._cache.clear()

    def decide(self, normalised: str, level: SchemeLevel | None = None) -> tuple[Decision | None, ...]:
        """One decision per axis (``None`` for an axis that does not apply at ``level``)."""
        return self.decisions_for(self.key(normalised, level))

    def key(self, normalised: str, level: SchemeLevel | None = None) -> HitKey:
        """What a decision depends on: the set of phrases found (one scan) and the agency level."""
        hits = self.automaton.scan(normalised)
        return (tuple(sorted(hits)) if len(hits) > 1 else hits), level

    def decisions_for(self, key: HitKey) -> tuple[Decision | None, ...]:
        """The decisions for a :meth:`key` (memoised: equal hit sets share one frozen result)."""
        cached = self._cache.get(key)
        if cached is None:
            cached = self._score(*key)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def _fired(
        self, hits: tuple[int, ...], present: set[int]
    ) -> dict[int, list[tuple[_CompiledRule, tuple[str, ...]]]]:
        """Per axis, the rules whose triggers, requires and unless hold on ``hits``, with their matched words."""
        states: dict[int, _RuleState] = {}
        phrases = self.automaton.phrases
        for phrase_id in hits:
            # Inside a longer phrase that is present, a phrase does not vote (医疗 in 医疗器械, 同意公开 in
            # 不同意公开); it still counts as context for ``requires`` and ``unless``.
            masked = any(longer in present for longer in self._longer[phrase_id])
            for rule_index, role in self._roles[phrase_id]:
                if masked and role == _TRIGGER:
                    continue
                state = states.get(rule_index)
                if state is None:
                    state = states[rule_index] = _RuleState([], [], blocked=False)
                if role == _TRIGGER:
                    state.triggers.append(phrases[phrase_id])
                elif role == _REQUIRES:
                    state.required.append(phrases[phrase_id])
                elif role == _UNLESS:
                    state.blocked = True
                else:
                    state.groups_met.add(role - _GROUP)
                    state.grouped.append(phrases[phrase_id])
        fired: dict[int, list[tuple[_CompiledRule, tuple[str, ...]]]] = {}
        for rule_index, state in states.items():
            compiled = self._rules[rule_index]
            if (
                not state.triggers
                or state.blocked
                or (compiled.has_requires and not state.required)
                or len(state.groups_met) < compiled.groups
            ):
                continue
            fired.setdefault(compiled.axis, []).append(
                (compiled, (*state.triggers, *state.required, *state.grouped))
            )
        return fired

    def fired_rules(self, normalised: str) -> tuple[str, ...]:
        """The ids of every rule that fires on ``normalised`` (all axes, losers included), sorted.

        Only for tests and lints that must know a rule took no part, not merely that it did not win.
        """
        hits, _ = self.key(normalised)
        fired = self._fired(hits, set(hits))
        return tuple(sorted(compiled.rule.id for rules in fired.values() for compiled, _ in rules))

    def _score(self, hits: tuple[int, ...], level: SchemeLevel | None) -> tuple[Decision | None, ...]:
        phrases = self.automaton.phrases
        present = set(hits)
        fired = self._fired(hits, present)
        return tuple(
            self._axis_decision(
                axis,
                fired.get(index, []),
                level,
                _Markers(
                    evidence=tuple(
                        phrases[phrase_id] for phrase_id in self._evidence[index] if phrase_id in present
                    )
                    if axis.evidence
                    else None,
                    doubted=not self._doubt[index].isdisjoint(present),
                    refused=next(
                        (phrases[phrase_id] for phrase_id in hits if phrase_id in self._refuse[index]), None
                    ),
                    maker_named=not axis.maker or not self._maker[index].isdisjoint(present),
                ),
            )
            for index, axis in enumerate(self.scheme.axes)
        )

    @staticmethod
    def _axis_decision(
        axis: Axis,
        fired: list[tuple[_CompiledRule, tuple[str, ...]]],
        level: SchemeLevel | None,
        markers: _Markers = _Markers(),
    ) -> Decision | None:
        if level is not None and axis.levels is not None and level not in axis.levels:
            return None
        best: dict[int, tuple[int, int, _CompiledRule, tuple[str, ...]]] = {}
        for compiled, matched in fired:
            category = axis.categories[compiled.category]
            if level is not None and category.levels is not None and level not in category.levels:
                continue
            score = (compiled.rule.weight, sum(map(len, matched)))
            current = best.get(compiled.category)
            if current is None or score > current[:2]:
                best[compiled.category] = (*score, compiled, matched)
        dropped = {code for index in best for code in axis.categories[index].outranks}
        dropped.update(
            code for compiled, _ in fired if compiled.category in best for code in compiled.rule.outranks
        )
        ranked = sorted(
            ((entry, index) for index, entry in best.items() if axis.categories[index].code not in dropped),
            key=lambda item: (-item[0][0], -item[0][1], item[1]),
        )
        if not ranked:
            return Decision(
                axis=axis.name,
                category=None,
                label=None,
                article=None,
                rule_id=None,
                matched=(),
                confidence=Confidence.NONE,
                code=DECISION_CODES[Confidence.NONE],
            )
        (weight, _, compiled, matched), index = ranked[0]
        category = axis.categories[index]
        if category.abstain or markers.refused is not None:
            return _no_category(axis, category, compiled.rule, weight, matched, refused=markers.refused)
        runner_up: Candidate | None = None
        confidence = Confidence.CLEAR
        code = DECISION_CODES[Confidence.CLEAR]
        # The runner-up: the best other category within the margin. A hint is too loose to cast doubt on a
        # decision made by a phrase of the two top tiers (a 办法 that mentions 审批 is still a 办法); against a
        # lesser winner, or at equal weight, it still counts.
        decisive = axis.decisive_weight is not None and weight >= axis.decisive_weight
        contenders = [
            entry
            for entry in ranked[1:]
            if entry[0][0] >= weight - axis.ambiguity_margin
            and not (decisive and entry[0][2].rule.hint and entry[0][0] < weight)
        ]
        if contenders:
            (second_weight, _, second_rule, second_matched), second_index = contenders[0]
            if second_weight >= weight - axis.ambiguity_margin:
                confidence = Confidence.AMBIGUOUS
                code = DECISION_CODES[Confidence.AMBIGUOUS]
                second = axis.categories[second_index]
                runner_up = Candidate(
                    category=second.code,
                    label=second.label,
                    article=second.article,
                    rule_id=second_rule.rule.id,
                    weight=second_weight,
                    matched=second_matched,
                )
        # Weak evidence (a hint, a light word) and, since round 10, a shape that is never an organ's item or no sign
        # that the text is an organ's document or record: the winner stays first but is not decided.
        calibrated = (
            _calibrated(axis, compiled, weight, matched, markers) if confidence is Confidence.CLEAR else None
        )
        if calibrated is not None:
            confidence, code = Confidence.AMBIGUOUS, calibrated
        note = axis.unknown_level_note if level is None and axis.levels is not None else None
        return Decision(
            axis=axis.name,
            category=category.code,
            label=category.label,
            article=category.article,
            rule_id=compiled.rule.id,
            matched=matched,
            confidence=confidence,
            runner_up=runner_up,
            code=code,
            note=note,
        )


def _longer_phrases(
    phrase_ids: dict[str, int], masking: set[str], automaton: PhraseAutomaton
) -> tuple[tuple[int, ...], ...]:
    """Per phrase, the masking phrases that contain it (a phrase inside one that also occurs does not vote).

    医疗 does not count inside 医疗器械; the axes' markers mask nothing. Each masking phrase is scanned
    once by the scheme's own automaton (the phrases it contains are what a scan of it finds), so building the
    table grows with the phrases' length, not with the square of their number (every phrase tested against every
    other took most of a process's first classification once the schemes held two thousand phrases).
    """
    containing: list[list[int]] = [[] for _ in phrase_ids]
    for other, other_id in phrase_ids.items():
        if other in masking:
            for inner in automaton.scan(other):
                if inner != other_id:
                    containing[inner].append(other_id)
    return tuple(map(tuple, containing))


def _phrase_entries(
    scheme: Scheme, rules: list[_CompiledRule]
) -> Iterator[tuple[str, int | None, int, bool]]:
    """Every phrase the automaton holds: (phrase, rule index or None, role, whether it masks shorter phrases).

    ``ignore`` phrases mask without voting; rules' phrases vote (or are context); the axes' markers (evidence,
    doubt, refuse, maker) are found by the same scan but neither vote nor mask.
    """
    for phrase in scheme.ignore:
        if normalize_text(phrase):
            yield phrase, None, _TRIGGER, True
    for rule_index, compiled in enumerate(rules):
        for role, phrases in (
            (_TRIGGER, compiled.rule.phrases),
            (_REQUIRES, compiled.rule.requires),
            (_UNLESS, compiled.rule.unless),
        ):
            for phrase in phrases:
                yield phrase, rule_index, role, True
        for group_at, group in enumerate(compiled.rule.requires_all):
            for phrase in group:
                yield phrase, rule_index, _GROUP + group_at, True
    for axis in scheme.axes:
        for phrase in (*axis.evidence, *axis.doubt, *axis.refuse, *axis.maker):
            yield phrase, None, _TRIGGER, False


def _marker_ids(
    scheme: Scheme, phrase_ids: dict[str, int], kind: Literal["evidence", "doubt", "refuse", "maker"]
) -> tuple[frozenset[int], ...]:
    """Per axis, the phrase ids of its evidence, doubt, refuse or maker markers."""
    return tuple(
        frozenset(phrase_ids[normalize_text(phrase)] for phrase in getattr(axis, kind))
        for axis in scheme.axes
    )


def _no_category(  # noqa: PLR0913 - the winner's category, rule, weight and words, and the refusing marker
    axis: Axis, category: Category, rule: Rule, weight: int, matched: tuple[str, ...], *, refused: str | None
) -> Decision:
    """No category: an abstaining winner (news …), or a text of a shape that is never an organ's item.

    In the second case (issue 14, round 10: a question, a sample, a page of a Taiwanese government) the item the
    words name is given as the runner-up and the marker as the matched word, with code ``classify.not_an_item_shape``.
    """
    if category.abstain or refused is None:
        return Decision(
            axis=axis.name,
            category=None,
            label=None,
            article=None,
            rule_id=rule.id,
            matched=matched,
            confidence=Confidence.NONE,
            code=DECISION_CODES[Confidence.NONE],
        )
    return Decision(
        axis=axis.name,
        category=None,
        label=None,
        article=None,
        rule_id=None,
        matched=(refused,),
        confidence=Confidence.NONE,
        runner_up=Candidate(
            category=category.code,
            label=category.label,
            article=category.article,
            rule_id=rule.id,
            weight=weight,
            matched=matched,
        ),
        code=NOT_AN_ITEM_SHAPE_CODE,
    )


def _calibrated(
    axis: Axis, compiled: _CompiledRule, weight: int, matched: tuple[str, ...], markers: _Markers
) -> str | None:
    """The code that keeps a would-be clear decision ambiguous, or ``None`` when it stays clear.

    A winner below the axis's ``clear_min_weight`` or won by a hint is weak evidence. Since issue 14, round 10, a
    doubt marker (a question, a draft, a file name …) keeps it ambiguous; so does the absence of evidence that the
    text is an organ's own document or record, when the axis asks for evidence. The evidence must be more than a
    form rule's own words (the form of a 规定 is item (一)'s subject, not evidence of who made it). Since round 29, an
    item of the axis's ``maker_categories`` (a purchase, which companies make too) also needs a ``maker`` phrase.
    """
    rule = compiled.rule
    if weight < axis.clear_min_weight or rule.hint:
        return WEAK_EVIDENCE_CODE
    if markers.doubted:
        return NOT_AN_ITEM_SHAPE_CODE
    if markers.evidence is not None and all(
        rule.form and any(phrase in word for word in matched) for phrase in markers.evidence
    ):
        return NO_DOCUMENT_EVIDENCE_CODE
    if not markers.maker_named and axis.categories[compiled.category].code in axis.maker_categories:
        return MAKER_NOT_NAMED_CODE
    return None


def compile_scheme(scheme: Scheme) -> CompiledScheme:
    """The compiled form of ``scheme`` (built once per scheme object, kept on it)."""
    compiled = scheme._compiled  # noqa: SLF001 - the scheme's own cache slot
    if compiled is None or compiled.scheme is not scheme:  # model_copy() copies the slot: rebuild
        compiled = CompiledScheme(scheme)
        scheme._compiled = compiled  # noqa: SLF001 - private attributes stay settable on frozen models
    return compiled
