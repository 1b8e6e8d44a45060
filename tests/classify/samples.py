"""What the classifier rule tests share: the sample words, names and helpers more than one rule's file draws on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, load_scheme
from disclosure_rules._classify._content import ContentClassifier
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._scheme import compile_scheme, scheme_from_mapping
from disclosure_rules._labels import ApplicantType

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


def fired_rules(text: str, scheme: str = "art20_21_2019") -> tuple[str, ...]:
    """Every rule of bundled ``scheme`` that fires on ``text``, winner or not (for guards that a rule took no part)."""
    return compile_scheme(load_scheme(scheme)).fired_rules(normalize_text(text))


PLACES = ("某市", "某县", "某区", "平安县", "临江市", "东城区")


ITEM_SUBJECTS = (
    "部门预算编制",
    "部门决算公开",
    "监督抽查",
    "防汛",
    "重大项目建设",
    "行政许可办理",
    "提案办理",
)


def _runner_up(result: object) -> str | None:
    runner_up = getattr(result, "runner_up", None)
    return runner_up.category if runner_up is not None else None


SURNAMES = ("张", "王", "李", "赵", "陈")


COMPANIES = ("某某科技有限公司", "临江能源集团有限公司", "某某股份有限公司", "平安建设集团")


NO_EVIDENCE = "classify.no_document_evidence"


NOT_AN_ITEM = "classify.not_an_item_shape"


PLACES_R10 = ("某市", "某县", "某区", "平安县", "临江市")


ORGANS = ("某市人民政府", "某县财政局", "某区人民政府办公室", "某省应急管理厅")


NATURAL = ApplicantType.NATURAL_PERSON


ORGANS_R12 = (
    "某省人民政府办公厅",
    "某市人民政府",
    "某县人民政府办公室",
    "某省自然资源厅",
    "某自治区人民政府办公厅",
)


INDUSTRIES = ("矿业", "矿贸", "水泥", "建材", "石材", "煤业", "钢铁", "食品", "陶瓷", "木业", "水产")


YEARS = ("2022", "2024", "2027")


GOVERNMENTS = (
    "某县人民政府",
    "某市人民政府",
    "某镇人民政府",
    "某县人民政府办公室",
    "某市人民政府办公厅",
    "某区政府",
)


FIELDS = ("森林防火", "防汛", "地质灾害防治", "疫情防控", "抗旱")


ORDERS = ("禁火令", "禁令", "封山令", "防火令", "禁止令")


ORDER_RULE = "A20.01.government_order"


def _without_order_rule() -> ContentClassifier:
    """The bundled scheme with round 18's order rule taken out (the reference the hint must not move)."""
    data: dict[str, Any] = load_scheme("art20_21_2019").model_dump(mode="json", exclude_none=True)
    for axis in data["axes"]:
        for category in axis["categories"]:
            category["rules"] = [rule for rule in category["rules"] if rule["id"] != ORDER_RULE]
    return ContentClassifier(scheme_from_mapping(data))


WITHOUT = _without_order_rule()


WITH = ContentClassifier()


SCHEME = load_scheme("applicant")


# Names built from the scheme's own words: surnames, phrase-rule words, capacity lexicons, in a parenthesis or not.
_LEX = SCHEME.lexicons


# Titles (scheme 2019.22).
_YEARS = st.integers(min_value=2015, max_value=2030)


_PARTY_ISSUERS = st.sampled_from(
    [
        "中共中央办公厅印发",
        "中共中央印发",
        "中共某某省委办公厅印发",
        "中共某某市委办公室关于印发",
        "某某党工委关于印发",
    ]
)


_RULE_NAMES = st.sampled_from(
    ["中国共产党发展党员工作细则", "干部选拔任用工作条例", "某某考核办法", "某某工作规定", "某某实施意见"]
)


@dataclass(frozen=True)
class Shape:
    """Texts written from one ``template``, each ``{slot}`` drawn from its pool: one row of a parametrised table.

    The rounds' tests that differed only in their words are rows: ``name`` is the row's test id (the test's name
    before the rows were folded into one table); a subclass says what every text must be classified as.
    """

    name: str
    template: str
    pools: Mapping[str, Sequence[str]]

    def check(self) -> None:
        """Judge every text drawn from the template."""

        @settings(deadline=None)  # the first call builds the scheme's automaton
        @given(filled(self.template, self.pools))
        def as_its_row_says(text: str) -> None:
            self.judge(text)

        as_its_row_says()

    def judge(self, text: str) -> None:
        """Fail unless ``text`` is classified as the row says."""
        raise NotImplementedError


@dataclass(frozen=True)
class ByShape(Shape):
    """Applicants and the column they are counted in (and the rule that decided, where the row names one).

    ``why`` is the row's reason, shown when it fails.
    """

    category: ApplicantType
    rule_id: str | None = None
    why: str = ""

    def judge(self, text: str) -> None:
        result = classify_applicant(text)
        said = f"{text}: {result.category} by {result.rule_id}, expected {self.category}. {self.why}"
        assert result.category is self.category, said
        if self.rule_id is not None:
            assert result.rule_id == self.rule_id, said


@dataclass(frozen=True)
class TitleShape(Shape):
    """Titles and the item each is classified as, as :class:`ByShape` is for applicants.

    ``category`` is the item (``None``: no item, news or not a document); ``rule_id`` and ``confidence`` are checked
    where the row names them; ``why`` is the row's reason, shown when it fails.
    """

    category: str | None
    rule_id: str | None = None
    confidence: Confidence | None = None
    why: str = ""

    def judge(self, text: str) -> None:
        result = classify_content(text)
        said = f"{text}: {result.category} by {result.rule_id} ({result.confidence}), expected {self}"
        assert result.category == self.category, said
        if self.rule_id is not None:
            assert result.rule_id == self.rule_id, said
        if self.confidence is not None:
            assert result.confidence is self.confidence, said


@dataclass(frozen=True)
class UnsureShape(Shape):
    """Titles never classified with confidence (:attr:`Confidence.CLEAR`): the evidence is not enough to decide.

    ``items``, where the row gives them, are the items (``None``: no item) the title may be put under.
    """

    items: frozenset[str | None] | None = None
    why: str = ""

    def judge(self, text: str) -> None:
        result = classify_content(text)
        said = f"{text}: {result.category} by {result.rule_id} ({result.confidence}), expected {self}"
        assert result.confidence is not Confidence.CLEAR, said
        if self.items is not None:
            assert result.category in self.items, said


def filled(template: str, pools: Mapping[str, Sequence[str]]) -> st.SearchStrategy[str]:
    """Every text ``template`` writes, each ``{slot}`` filled from its pool."""
    slots = {slot: st.sampled_from(pool) for slot, pool in pools.items()}
    return st.fixed_dictionaries(slots).map(lambda drawn: template.format(**drawn))


def shape_name(shape: Shape) -> str:
    """A row's test id: its name."""
    return shape.name
