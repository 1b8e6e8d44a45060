"""Applicant type (the applicant columns of table 三) from the applicant's name and declared type.

A declared type always wins over a guess. A guess comes from the scheme's phrase rules (legal forms such
as 有限公司 → 商业企业, 律师事务所 → 法律服务机构, 研究院/大学 → 科研机构, 基金会/协会 → 社会公益组织, 村民委员会 → 其他)
and, when no rule fires, from the shape of a personal name (surname + one to three characters, or a masked
form such as 张** or 王某) → 自然人. Each result says which of these it was based on.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from disclosure_rules._api_guard import public_class
from disclosure_rules._classify._errors import ClassifyError
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._results import (
    DECISION_CODES,
    WEAK_EVIDENCE_CODE,
    ApplicantResult,
    Confidence,
    Decision,
)
from disclosure_rules._classify._scheme import (
    CODE_RULE_READ_COLUMN,
    Scheme,
    compile_scheme,
    resolve_scheme,
)
from disclosure_rules._labels import (
    APPLICANT_TYPE_BY_COLUMN_CODE,
    COLUMN_CODE_BY_APPLICANT_TYPE,
    ApplicantType,
)
from disclosure_rules._messages import not_one_of_zh

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

DEFAULT_APPLICANT_SCHEME: Final = "applicant"
_MAX_GIVEN_NAME: Final = 3  # given names have one to three characters
# The longest principal (受X委托, 以X名义, 加盖X公章, 委托人X) read from a name: longer than any organisation's name,
# and a bound, so that each opening word looks a bounded way ahead (unbounded, a long name of openers is quadratic).
_PRINCIPAL: Final = "{1,80}?"
# A bare personal name with a surname the lexicon lacks: two or three Han characters and no organisation word.
_BARE_NAME_LENGTHS: Final = frozenset({2, 3})
_BARE_NAME_RULE: Final = "applicant.natural_person.bare_name"
_NAME_SHAPE_RULE: Final = "applicant.natural_person.name_shape"
_LATIN_NAME_RULE: Final = "applicant.natural_person.latin_name"
_LATIN_FORM_RULE: Final = "applicant.commercial_enterprise.latin_legal_form"
_LATIN_NGO_RULE: Final = "applicant.public_interest_organization.latin_name"
_LATIN_CAUSE_RULE: Final = "applicant.public_interest_organization.latin_cause"
_BRANCH_RULE: Final = "applicant.commercial_enterprise.branch"
_UNIT_RULE: Final = "applicant.commercial_enterprise.enterprise_unit"
_LONG_GIVEN_RULE: Final = "applicant.natural_person.long_given_name"
_PUBLIC_BODY_RULE: Final = "applicant.other_organization.public_body"
# Issue 14, round 29: the long-given-name shape whose last two characters are an industry word (云杉测绘): a business.
_INDUSTRY_ENDING_RULE: Final = "applicant.commercial_enterprise.industry_ending"
# Issue 14, round 30: a name of a person's shape beside a business's papers (营业执照) or a trade name filed in the
# organisations' box of the form (字号 … 法人或者其他组织栏): a business.
_BUSINESS_PAPERS_RULE: Final = "applicant.commercial_enterprise.business_papers"
# A one-character surname and a three-character given name: four characters (乌哈旅游 has the shape, 田中一郎 too).
_LONG_GIVEN_LENGTH: Final = 4
_SITE_NAME_MIN: Final = 3  # 冰豆网: a site's name has a word before 网
# The rules that read a name by its shape alone (a surname, a bare name): a guess that a statement beside it outweighs.
_SHAPE_RULES: Final = frozenset({_NAME_SHAPE_RULE, _BARE_NAME_RULE, _LONG_GIVEN_RULE})
_LATIN_WORD: Final = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?")
# Issue 14, round 23: the letters of a Latin alphabet with diacritics (Trần Văn Minh, José, Müller): Latin-1, Latin
# Extended-A and -B, and Latin Extended Additional (Vietnamese).
_DIACRITIC_LETTERS: Final = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_INITIAL: Final = f"[A-Za-z{_DIACRITIC_LETTERS}]"
_LATIN_REST: Final = f"[a-z{_DIACRITIC_LETTERS}]*"
_LATIN_PART: Final = f"{_LATIN_INITIAL}{_LATIN_REST}(?:[-']{_LATIN_INITIAL}{_LATIN_REST})?"
# A romanised personal name: two or three words of letters (Zhang Wei, Ouyang Xiao Ming, Li-Na Wang, Trần Văn Minh).
_LATIN_NAME: Final = re.compile(f"{_LATIN_PART}(?: {_LATIN_PART}){{1,2}}")
_DECLARED_RULE: Final = "applicant.declared"
_AGENT_RULE: Final = "applicant.capacity.agent_for_principal"
_OWN_NAME_RULE: Final = "applicant.capacity.own_name"
_JOINT_RULE: Final = "applicant.capacity.joint"
_STATED_FORM_RULE: Final = "applicant.capacity.stated_form"
_MASKED_NAME_RULE: Final = "applicant.natural_person.masked_name"
_RELATIVE_RULE: Final = "applicant.capacity.relative"
_PLACEHOLDER_RULE: Final = "applicant.natural_person.placeholder"
_STAMP_RULE: Final = "applicant.capacity.stamp"
_UNSEALED_RULE: Final = "applicant.capacity.unsealed"
_OWN_ORGANISATION_RULE: Final = "applicant.capacity.own_organisation_name"
_KIND_RULE: Final = "applicant.capacity.stated_kind"
_TRADE_NAME_RULE: Final = "applicant.capacity.trade_name"
_DESCRIBED_RULE: Final = "applicant.capacity.described"
_ROLE_RULE: Final = "applicant.capacity.regulated_role"
_PERSON_ROLE_RULE: Final = "applicant.capacity.person_role"
_RESIDENT_RULE: Final = "applicant.capacity.resident_own_matter"
_JOINT_ORGANISATIONS_RULE: Final = "applicant.capacity.joint_organisations"
# A masked name whose surname the lexicon lacks (竹**, 竹某): one or two Han characters are left once the mask is taken.
_MASKED_REST_LENGTHS: Final = frozenset({1, 2})
_MASKS: Final = ("*", "x", "×", "某")
# Issue 14, round 33 (blind31: Z某（…被判刑、现在监狱服刑…）): a surname written by its Latin initial before 某 (Z某, W某某) is a
# masked person's name as much as 张某 is; an initial before an organisation's word (A市, B公司) is no such shape.
_INITIAL_MASKED: Final = re.compile(r"[a-z]某{1,2}")
# Single characters that end an organisation's name (某所, 某院, 某会): a mask before them hides an organisation.
_ORGANISATION_ENDINGS: Final = frozenset("所院会社处室部委校馆队团组司厂店局站")
# The context after a name: a trailing parenthesis, or what follows the first comma. Issue 14, round 33: the parenthesis
# may hold one level of its own (…《关于…的请示》(规管字【1999】64)文件内容）: a document number quoted in the context).
_TRAILING_CONTEXT: Final = re.compile(
    r"^(?P<head>[^,]+?)(?:\((?P<paren>(?:[^()]|\([^()]*\))*)\)$|,(?P<rest>.*)$)"
)
# Courts number parties whose masked names coincide (王某1, 王某2, 张某甲): the index is no part of the name.
_PARTY_INDEX: Final = re.compile(r"^(?P<name>.*[*x×某])(?:[0-9]+|[甲乙丙丁])$")
# A name masked completely (**, ***, 某某): a person's, since courts and sites mask persons' names only.
_ALL_MASK: Final = re.compile(r"^(?:[*x×]+|某某?)$")
_ALL_MASK_RULE: Final = "applicant.natural_person.fully_masked"
_STANDING_RULE: Final = "applicant.capacity.standing"
# Issue 14, round 63: a person acting for a body named only by a pointer (代本公司申请) or by its kind (代表业主委员会申请).
_POINTER_RULE: Final = "applicant.capacity.pointer_principal"
# The readings a body the person acts for outweighs — a name's shape, a person's standing in a body
# (以业主委员会主任身份) — where the request is said to be the body's.
_POINTER_YIELDS: Final = _SHAPE_RULES | {_STANDING_RULE}
# Issue 14, round 64: a pointer (我单位, 本校, 敝司, "我院") whose body the context names (我中心为X, 本校即X, 落款为X).
_RESOLVED_RULE: Final = "applicant.capacity.pointer_resolved"
# The name a pointer is equated with ends at the next separator of the context.
_NAME_END: Final = "(),;。、:"
_NATIONALITY_RULE: Final = "applicant.capacity.nationality"
_TRANSLITERATED_RULE: Final = "applicant.natural_person.transliterated_name"
# The words of acting for another between a principal's name and 申请 (代为申请, 代理申请): no part of the name.
_ACTING: Final = "(?:代为|代理|代)"
# Issue 14, round 11: "为X代为申请" (a legal-aid centre or an agent filing for X): X is the applicant.
_FILED_FOR: Final = re.compile(rf"(?:^|[(,])为(?:其)?(?P<principal>[^(),;:]+?){_ACTING}申请")
# Issue 14, round 19: a name anonymised by a Latin letter (李B, 王A in a list of parties): one or two Han characters
# (the surname and a revealed character) and one letter (lower-cased by normalisation).
_LETTER_MASK: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,2})[a-z]")
# A foreign or minority name written in Han characters with the interpunct between its parts (约翰·史密斯, 阿不都·热合曼).
_TRANSLITERATED_NAME: Final = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")

# Issue 14, round 19: the rules this module applies beside the scheme's phrase rules, each with the column it always
# gives (None: the column of what it reads — a principal, a stated form, a declared type) and whether its answers are
# weak evidence. applicant.toml's [[code_rules]] declares each with its article or convention; the classifier checks
# the two agree when it loads a scheme that has the table.
_NP, _CE, _PIO = (
    ApplicantType.NATURAL_PERSON,
    ApplicantType.COMMERCIAL_ENTERPRISE,
    ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
)
CODE_RULES: Final[Mapping[str, tuple[ApplicantType | None, bool]]] = MappingProxyType(
    {
        _DECLARED_RULE: (None, False),
        _AGENT_RULE: (None, False),
        _OWN_NAME_RULE: (_NP, False),
        _JOINT_RULE: (_NP, False),
        _JOINT_ORGANISATIONS_RULE: (None, False),
        _STATED_FORM_RULE: (None, False),
        _RELATIVE_RULE: (_NP, False),
        _STAMP_RULE: (None, False),
        _UNSEALED_RULE: (_NP, False),
        _OWN_ORGANISATION_RULE: (None, False),
        _KIND_RULE: (None, False),
        _TRADE_NAME_RULE: (_CE, False),
        _DESCRIBED_RULE: (None, False),
        _ROLE_RULE: (_CE, True),
        _PERSON_ROLE_RULE: (_NP, True),
        _RESIDENT_RULE: (_NP, False),
        _STANDING_RULE: (_NP, False),
        _POINTER_RULE: (None, False),
        _RESOLVED_RULE: (None, False),
        _NATIONALITY_RULE: (_NP, False),
        _BRANCH_RULE: (_CE, False),
        _UNIT_RULE: (_CE, False),
        _LONG_GIVEN_RULE: (_NP, True),
        _INDUSTRY_ENDING_RULE: (_CE, False),
        _BUSINESS_PAPERS_RULE: (_CE, False),
        _LATIN_FORM_RULE: (_CE, False),
        _NAME_SHAPE_RULE: (_NP, False),
        _BARE_NAME_RULE: (_NP, True),
        _MASKED_NAME_RULE: (_NP, False),
        _ALL_MASK_RULE: (_NP, True),
        _PLACEHOLDER_RULE: (_NP, True),
        _LATIN_NAME_RULE: (_NP, False),
        _TRANSLITERATED_RULE: (_NP, False),
        _LATIN_NGO_RULE: (_PIO, True),
        _LATIN_CAUSE_RULE: (_PIO, True),
    }
)


def code_rule_mismatches(scheme: Scheme) -> list[tuple[str, str]]:
    """How ``scheme``'s ``code_rules`` table differs from the rules this module applies (empty: it agrees).

    A missing row, a row the code never emits, or a row whose column or weakness is not the code's; each as
    (English, Chinese), the rule id first. A scheme without the table (a county's own) is not checked: its
    answers name the code's rules all the same.
    """
    if not scheme.code_rules:
        return []
    rows = {rule.id: rule for rule in scheme.code_rules}
    found = [(f"{rule_id}: missing", f"{rule_id}：缺少此行") for rule_id in CODE_RULES if rule_id not in rows]
    found += [
        (f"{rule_id}: not applied by the code", f"{rule_id}：分类器没有这条规则")
        for rule_id in rows
        if rule_id not in CODE_RULES
    ]
    for rule_id, (column, weak) in CODE_RULES.items():
        row = rows.get(rule_id)
        if row is None:
            continue
        code = COLUMN_CODE_BY_APPLICANT_TYPE[column] if column is not None else CODE_RULE_READ_COLUMN
        if row.column != code:
            found.append(
                (
                    f"{rule_id}: column {row.column}, the code gives {code}",
                    f"{rule_id}：column 为 {row.column}，分类器给出 {code}",
                )
            )
        if row.weak != weak:
            table, applied = str(row.weak).lower(), str(weak).lower()
            found.append(
                (
                    f"{rule_id}: weak = {table}, the code's is {applied}",
                    f"{rule_id}：weak 为 {table}，分类器为 {applied}",
                )
            )
    return found


def _checked(scheme: Scheme) -> Scheme:
    """``scheme``, or ``classify.invalid_scheme`` when it is unfit for the classifier.

    Unfit: it names columns table 三 lacks, or its ``code_rules`` table disagrees with the code.
    """
    known = set(APPLICANT_TYPE_BY_COLUMN_CODE)
    unknown = sorted(category.code for category in scheme.axes[0].categories if category.code not in known)
    if unknown:
        raise ClassifyError(
            f"scheme {scheme.name!r} names applicant columns that table 三 does not have: {', '.join(unknown)}",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{scheme.name}”列出了表三没有的申请人栏目：{'、'.join(unknown)}",
        )
    outside = _outside_vocabulary(scheme.lexicons)
    if outside:
        raise ClassifyError(
            f"scheme {scheme.name!r}: lexicon words outside the vocabulary they belong to: "
            f"{'; '.join(f'{key}: {word}' for key, word in outside)}",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{scheme.name}”的词表中有词不在其所属词表中："
            f"{'；'.join(f'{key}“{word}”' for key, word in outside)}",
        )
    mismatches = code_rule_mismatches(scheme)
    if mismatches:
        raise ClassifyError(
            f"scheme {scheme.name!r}: its code_rules table does not match the classifier: "
            f"{'; '.join(english for english, _ in mismatches)}",
            code="classify.invalid_scheme",
            message_zh=f"分类方案“{scheme.name}”的代码规则表（code_rules）与分类器不符："
            f"{'；'.join(chinese for _, chinese in mismatches)}",
        )
    return scheme


# Issue 14, round 66: lexicons that name a part of another (one pointer vocabulary; the agent's verbs among the acting
# verbs), each word of the first a word of the second — a word added to one alone would read a second vocabulary.
_SUB_VOCABULARIES: Final = (
    ("capacity_employer_pointer_prefixes", "capacity_pointer_prefixes"),
    ("capacity_employer_pointer_nouns", "capacity_pointer_nouns"),
    ("capacity_agent_verbs", "capacity_acting_for_verbs"),
)


def _outside_vocabulary(lexicons: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """Each (lexicon, word) whose word is not in the vocabulary that lexicon is a part of; a kind's noun is a pointer noun."""
    outside = [
        (part, word)
        for part, whole in _SUB_VOCABULARIES
        for word in _words(lexicons, part)
        if word not in _words(lexicons, whole)
    ]
    nouns = _words(lexicons, "capacity_pointer_nouns")
    outside += [
        ("capacity_pointer_kinds", noun)
        for noun in dict.fromkeys(
            key.partition("+")[0] for key, _ in _pairs(lexicons, "capacity_pointer_kinds")
        )
        if noun not in nouns
    ]
    return outside


def declared_applicant_type(declared: str | ApplicantType) -> ApplicantType:
    """The column for a declared type (a column label, column code or common spelling).

    Anything else is a ``ClassifyError`` with code ``classify.unknown_applicant_type``.
    """
    if isinstance(declared, ApplicantType):
        return declared
    found = ApplicantType.parse(declared)
    if found is None:
        choices = ", ".join(member.value for member in ApplicantType)
        raise ClassifyError(
            f"declared applicant type {declared!r} is none of {choices}",
            code="classify.unknown_applicant_type",
            message_zh=f"申请人类型{not_one_of_zh(declared, (member.value for member in ApplicantType))}",
        )
    return found


@public_class
class ApplicantClassifier:
    """Puts applicants into the six applicant columns of table 三."""

    def __init__(self, scheme: Scheme | str = DEFAULT_APPLICANT_SCHEME) -> None:  # noqa: PLR0915 - one attribute per lexicon
        """Use ``scheme`` (a bundled name or a :class:`Scheme`)."""
        self.scheme = _checked(resolve_scheme(scheme, "applicant"))
        self._compiled = compile_scheme(self.scheme)
        lexicons = self.scheme.lexicons
        self._surnames = frozenset(_words(lexicons, "surnames"))
        self._compound = _words(lexicons, "compound_surnames")
        self._latin_org_words = frozenset(
            word.lower() for word in lexicons.get("latin_organisation_words", ())
        )
        self._legal_forms = frozenset(word.lower() for word in lexicons.get("latin_legal_forms", ()))
        self._latin_ngo_words = frozenset(
            word.lower() for word in lexicons.get("latin_public_interest_words", ())
        )
        self._legal_forms_final = frozenset(
            word.lower() for word in lexicons.get("latin_legal_forms_final", ())
        )
        self._latin_causes = tuple(word.lower() for word in lexicons.get("latin_cause_words", ()))
        self._own_name = _words(lexicons, "capacity_own_name")
        self._group_members = _words(lexicons, "capacity_group_members")
        self._group_blockers = _words(lexicons, "capacity_group_blockers")
        # Round 30: a business's papers and the form's organisations' box (客家酿（…字号，…“法人或者其他组织”栏填写，附营业执照）).
        (
            self._kind_labels,
            self._trade_names,
            self._business_papers,
            self._papers_negations,
            self._organisation_box,
            # Round 32: a sole trader's 字号 written alone (老枣树枣业（…个体工商户的字号；店主…只写了字号）).
            self._sole_trader,
            self._trade_name_negations,
            # Round 34: a place word a 字号 may hold (北极村冰雪客栈: its 村 is no village's body).
            self._trade_name_place_words,
        ) = (
            _words(lexicons, "capacity_kind_labels"),
            _words(lexicons, "capacity_trade_name"),
            _words(lexicons, "capacity_business_papers"),
            _words(lexicons, "capacity_business_papers_negations"),
            _words(lexicons, "capacity_organisation_box"),
            _words(lexicons, "capacity_sole_trader"),
            _words(lexicons, "capacity_trade_name_negations"),
            frozenset(_words(lexicons, "capacity_trade_name_place_words")),
        )
        # Issue 14, round 14: what the parenthesis says a short form is (its full name, its operator, a regulated role).
        # Issue 14, round 42: a part of the parenthesis saying the applicant applies as a person (本人, 个人).
        (
            self._branch_endings,
            self._short_form,
            self._operator,
            self._short_kinds,
            self._branch_person_parts,
        ) = (
            _words(lexicons, "capacity_branch_endings"),
            _words(lexicons, "capacity_short_form"),
            _words(lexicons, "capacity_operator"),
            _pairs(lexicons, "capacity_short_kinds"),
            frozenset(_words(lexicons, "capacity_branch_person_parts")),
        )
        # Issue 14, round 20: a site's name (洛阳网) applying in a site's name (以网站名义) is a news site.
        self._site_kinds, self._site_capacity = (
            _pairs(lexicons, "capacity_site_kinds"),
            _words(lexicons, "capacity_site_capacity"),
        )
        # Issue 14, round 21: 受X委托，以该公司名义 — the name the request is made in points back to the principal X.
        # Round 33: the organ a request was addressed to (向X局申请公开) is taken out of the context first.
        # Round 40: the principal whose power of attorney an agent holds (持X授权委托书, _warrant_pattern), and the words
        # by which the applicant calls itself an enterprise (本企业, 品牌简称).
        # Round 43: the words stating what a shape-read name really is (实为…有限公司).
        # Rounds 43 and 51: the words that point back to the applicant itself (以中心自身名义, 加盖本所公章).
        self._principal_name = _words(lexicons, "capacity_principal_name")
        self._addressee = _addressee_pattern(lexicons)
        self._warrant = _warrant_pattern(lexicons)
        self._self_enterprise = _words(lexicons, "capacity_self_enterprise")
        self._identity = _words(lexicons, "capacity_identity")
        self._itself = _words(lexicons, "capacity_itself")
        self._seal_pointer = _words(lexicons, "capacity_pointer_prefixes")
        self._employer_pointers = _pointers(lexicons)
        # Issue 14, round 66: the forms in which a person says the request is the body's (代X, 代表X, 代理X, 以X名义,
        # 受X委托), X before the group end, and the agent's verbs among them (代理X提交, 受X委托: the agent or the
        # principal that _agent_principal reads already, so a body named after them is no body the person acts for).
        self._acting_for = _acting_for_pattern(lexicons)
        self._agent_verbs = frozenset(_words(lexicons, "capacity_agent_verbs"))
        # Issue 14, round 63: a pointer's kind noun (公司, 所, 院), with the word that must stand beside it (所 + 律师), and
        # the name of that kind whose column the pointer gives.
        # Issue 14, round 64: the pointers (prefix + unit noun), the words equating a pointer with a name (即, 为, 系) and
        # the words naming the body wherever the pointer stands (落款为), and a person's own request (本人申请).
        # Issue 14, round 67: a contract's defined short name for a party (甲方, 委托方) is a pointer too.
        self._resolved_pointer = re.compile(
            '"?(?:(?:{})(?:{})|{})"?'.format(
                "|".join(map(re.escape, _words(lexicons, "capacity_pointer_prefixes"))),
                "|".join(
                    map(re.escape, sorted(_words(lexicons, "capacity_pointer_nouns"), key=len, reverse=True))
                ),
                "|".join(
                    map(
                        re.escape,
                        sorted(_words(lexicons, "capacity_pointer_defined_names"), key=len, reverse=True),
                    )
                ),
            )
        )
        self._defined_names = frozenset(_words(lexicons, "capacity_pointer_defined_names"))
        # Issue 14, round 72: the roles by which a person acts for the body beside the name, and the acting forms
        # naming that body by its kind or by 该 (round 62's frames: 受…委托, 以…名义, 代理, 代表; and 为, 代).
        self._body_roles = _words(lexicons, "capacity_body_roles")
        self._body_role_forms = tuple(
            f"{open_}{pointer}{close}"
            for pointer in _words(lexicons, "capacity_body_role_pointers")
            for open_, close in (*_EMPLOYER_FRAMES, ("为", ""), ("代", ""))
        )
        self._apposition = tuple(
            sorted(_words(lexicons, "capacity_principal_apposition"), key=len, reverse=True)
        )
        self._submitting_verbs = tuple(
            sorted(_words(lexicons, "capacity_addressee_requests"), key=len, reverse=True)
        )
        self._pointer_equations = _words(lexicons, "capacity_pointer_equations")
        self._pointer_signatures = _words(lexicons, "capacity_pointer_signatures")
        self._own_request_words = _words(lexicons, "capacity_own_request")
        self._acted_for_persons = _words(lexicons, "capacity_acted_for_persons")
        self._pointer_kinds = tuple(
            (*key.partition("+")[::2], kind) for key, kind in _pairs(lexicons, "capacity_pointer_kinds")
        )
        # Issue 14, round 23: a website's name (冰豆网) is no person's, whatever its context (the endings of the site
        # kinds, one list for both); a unit named under an enterprise takes its kind.
        # Round 29: the industry words a surname-shaped four-character trade name ends in (云杉测绘).
        self._site_endings, self._unit_endings, self._unit_parents, self._industry_endings = (
            tuple(ending for ending, _ in self._site_kinds),
            tuple(sorted(_words(lexicons, "enterprise_unit_endings"), key=len, reverse=True)),
            _words(lexicons, "enterprise_unit_parents"),
            _words(lexicons, "industry_endings"),
        )
        self._joint, self._for_employer, self._roles, self._request_words, self._enterprise_roles = (
            _words(lexicons, "capacity_joint"),
            _for_employer_words(lexicons),
            _words(lexicons, "capacity_principal_roles"),
            _words(lexicons, "capacity_request_words"),
            _words(lexicons, "capacity_enterprise_roles"),
        )
        # Issue 14, round 60: a registration stated in a sentence (营业执照登记为个体工商户, 持事业单位法人证书) states the form.
        # A form stated bare or after a registration verb may be a legal form or a kind (志愿组织, 国有林场); the holder of a
        # registration paper (事业单位法人证书) is matched against the legal forms alone, longest first — either way the
        # form found is one of _form_labels, so _with_context recognises what _registered_form returns.
        self._form_labels = frozenset(
            normalize_text(word)
            for key in ("capacity_form_labels", "capacity_kind_labels")
            for word in lexicons.get(key, ())
        )
        self._registration_verbs = _words(lexicons, "capacity_registration_verbs")
        self._registration_papers = _words(lexicons, "capacity_registration_papers")
        self._legal_forms_longest_first = tuple(
            sorted(_words(lexicons, "capacity_form_labels"), key=len, reverse=True)
        )
        opens = _alternatives(lexicons, "capacity_agent_open")
        closes = _alternatives(lexicons, "capacity_agent_close")
        self._agent = (
            re.compile(f"(?:{opens})(?P<principal>.{_PRINCIPAL})(?:{closes})") if opens and closes else None
        )
        acting = _alternatives(lexicons, "capacity_agent_for")
        # "某律师事务所（代理赵春英）": the principal named in a parenthesis after the agent's own name.
        self._agent_for = re.compile(rf"\((?:{acting})(?P<principal>[^()]+?)(?:申请)?\)") if acting else None
        # Issue 14, round 8: the principal named after a marker ("委托人：张某", "为其当事人张某申请") or before
        # "的代理人" ("张某的代理人某律师事务所", "某律师事务所（张某的代理人）"): the request is the principal's.
        self._principal_marked = _principal_marked_pattern(lexicons)
        agents = _alternatives(lexicons, "capacity_agent_nouns")
        self._principal_before_agent = (
            # Round 72 (blind67: 刘某（下称“委托人”）的代理人孙某，律师): a definition in brackets may stand between the
            # principal and 的代理人.
            re.compile(rf"(?:^|\()(?P<principal>[^(),;:]+?)(?:\([^()]*\))?的(?:{agents})") if agents else None
        )
        units = _alternatives(lexicons, "capacity_joint_units", "")
        self._joint_count = re.compile(f"等[0-9一二三四五六七八九十两百]+[{units}]") if units else None
        # A count of persons or households (等3人, 等12户, 等十余位): the signatories of a 联名 request are individuals.
        person_units = _alternatives(lexicons, "capacity_person_count_units", "")
        self._person_count = (
            re.compile(f"等[0-9一二三四五六七八九十两百余多]+[{person_units}]") if person_units else None
        )
        in_opens = _alternatives(lexicons, "capacity_in_name_open")
        in_closes = _alternatives(lexicons, "capacity_in_name_close")
        # "刘某以其父母刘某奎之名申请", "张某以某有限公司名义申请": the principal in whose name the request is made.
        self._in_name_of = (
            re.compile(f"(?:{in_opens})(?P<principal>[^()]{_PRINCIPAL})(?:{in_closes})")
            if in_opens and in_closes
            else None
        )
        stamp_opens = _alternatives(lexicons, "capacity_stamp_open")
        stamp_closes = _alternatives(lexicons, "capacity_stamp_close")
        # "云南白药（申请书加盖云南白药集团股份有限公司公章）": the organisation whose seal the application bears.
        self._stamp = (
            re.compile(f"(?:{stamp_opens})(?P<principal>[^(),;]{_PRINCIPAL})的?(?:{stamp_closes})")
            if stamp_opens and stamp_closes
            else None
        )
        # Issue 14, round 31: 以X名义签约 (a story's contract) and a 分院 researching (以分院名义…课题研究).
        self._unsealed, self._story_acts, self._research_short_kinds, self._research_words = (
            _words(lexicons, "capacity_unsealed"),
            _words(lexicons, "capacity_in_name_story_acts"),
            _pairs(lexicons, "capacity_research_short_kinds"),
            _words(lexicons, "capacity_research_words"),
        )
        self._kind_words = frozenset(_words(lexicons, "capacity_kind_words"))
        self._kin = _words(lexicons, "capacity_kin")
        # Issue 14, round 11: "以公民身份", "以委员身份" (the standing of the request) and nationalities (加拿大籍).
        self._standing, self._personal_standing, self._nationality = (
            _standing_pattern(lexicons),
            _words(lexicons, "capacity_personal_standing"),
            _words(lexicons, "capacity_nationality"),
        )
        self._placeholders = frozenset(_words(lexicons, "party_placeholders"))
        self._broad_forms = frozenset(_words(lexicons, "capacity_broad_form_labels"))
        self._person_roles = _words(lexicons, "capacity_person_roles")
        self._residence_roles = _words(lexicons, "capacity_residence_roles")
        self._own_matter = _words(lexicons, "capacity_own_matter")
        # Longest first, so that 复议申请人 is taken before 申请人.
        self._party_roles = tuple(
            sorted((normalize_text(word) for word in lexicons.get("party_roles", ())), key=len, reverse=True)
        )
        # Issue 14, round 35: organisations' names that hold a title (村民委员会: 村民), skipped by the 联名 title test.
        self._titles, self._title_hosts = (
            _words(lexicons, "capacity_person_titles"),
            _words(lexicons, "capacity_joint_title_hosts"),
        )
        self._relatives = _words(lexicons, "capacity_relatives")
        self._markers = tuple(
            sorted(
                (normalize_text(marker) for marker in lexicons.get("person_markers", ())),
                key=len,
                reverse=True,
            )
        )

    def classify(self, name: str, declared: str | ApplicantType | None = None) -> ApplicantResult:
        """The applicant column for ``name``; a ``declared`` type, when given, always wins."""
        if declared is not None and (not isinstance(declared, str) or declared.strip()):
            column = declared_applicant_type(declared)
            return ApplicantResult(
                scheme=self.scheme.name,
                scheme_version=self.scheme.version,
                category=column,
                label=column.value,
                article=None,
                rule_id=_DECLARED_RULE,
                matched=(str(declared.value if isinstance(declared, ApplicantType) else declared),),
                confidence=Confidence.CLEAR,
                runner_up=None,
                code=DECISION_CODES[Confidence.CLEAR],
                declared=True,
            )
        text = self._without_addressee(self._without_party_role(normalize_text(name)))
        resolved = self._resolved_principal(text)
        if resolved is not None:
            return resolved
        read = self._read(text, name)
        if read.category is None or read.rule_id in _POINTER_YIELDS:
            pointed = self._pointer_principal(text)
            if pointed is not None:
                return pointed
        return read

    def _read(self, text: str, name: str) -> ApplicantResult:
        capacity = self._capacity(text)
        if capacity is not None:
            return capacity
        context = _TRAILING_CONTEXT.match(text)
        if context is not None:
            return self._with_context(context, name)
        return self._guess(text, name)

    def _resolved_principal(self, text: str) -> ApplicantResult | None:
        """The column of the body a pointer stands for when the context names it (我中心为X, 本校即X, 落款为X), else ``None``.

        Issue 14, round 64 (blind60: 以"我单位"名义…落款为…有限责任公司, 代学校申请，本校即新疆农业大学, 受敝司委托，敝司即…公司,
        我中心为…系事业单位, 以该所主任身份…该所为…律师事务所, 代表"我院"…我院为…学院 — answered by the name's shape or the
        pointer's noun): a person speaking with a body's pointer speaks for that body (第二十九条第二款第（一）项: the
        applicant's 名称), and the name the context equates with the pointer is read by the same reader as every other
        applicant's name. A person's own request (本人申请) names an employer only; a pointer nothing resolves is left to
        round 63's pointer-noun reading.
        """
        # A party's defined name (甲方) points to no speaker: it is the principal only where the person acts for it
        # (代甲方提交申请, 受甲方委托 …); a buyer naming the seller 甲方 applies as themself.
        # Round 72: the acted-for body must BE the defined name (代甲方提交申请: 甲方 once its submitting verb is taken
        # off), not merely hold it — a substring test read 代甲方的员工申请 or 代非甲方… as acting for 甲方.
        acted_for = {self._acted_for_body(found.group("body")) for found in self._acting_for.finditer(text)}
        pointers = [
            pointer
            for pointer in self._resolved_pointer.finditer(text)
            if pointer.group().strip('"') not in self._defined_names
            or pointer.group().strip('"') in acted_for
        ]
        if not pointers or any(word in text for word in self._own_request_words):
            return None
        candidates = [
            text[pointer.end() + len(verb) :]
            for pointer in pointers
            for verb in self._pointer_equations
            if text.startswith(verb, pointer.end())
        ]
        candidates += [text.split(verb, 1)[1] for verb in self._pointer_signatures if verb in text]
        for rest in candidates:
            body = re.split(f"[{re.escape(_NAME_END)}]", rest, maxsplit=1)[0]
            if len(body) < 4:  # noqa: PLR2004 - a body's name, not a pointer's noun or one word
                continue
            found = self._clear_organisation(body)
            if found is None:
                continue
            return found.model_copy(update={"rule_id": _RESOLVED_RULE, "matched": (body, *found.matched)})
        return None

    def _acted_for_body(self, body: str) -> str:
        """The body of an acting-for form without its quotes and a submitting verb (甲方提交 → 甲方; 提交, 提出 …).

        The submitting verbs are ``capacity_addressee_requests``' (the words that end a request), one home for them.
        """
        body = body.strip('"')
        for verb in self._submitting_verbs:
            if body.endswith(verb) and len(body) > len(verb):
                return body.removesuffix(verb)
        return body

    def _clear_organisation(self, name: str) -> ApplicantResult | None:
        """The reading of a body's name when the one name reader calls it an organisation with a clear column, else ``None``.

        A name the context ties to a pointer or an agent's principal decides only when it reads clearly as a body: a
        person's name, or a weak reading, must not turn an agent's request into an organisation's.
        """
        found = self._guess(name, name)
        if found.category in (None, ApplicantType.NATURAL_PERSON) or found.confidence is not Confidence.CLEAR:
            return None
        return found

    def _pointer_principal(self, text: str) -> ApplicantResult | None:
        """The column of the body a person acts for when it is named only by a pointer or by its kind, else ``None``.

        Issue 14, round 63 (blind59: 代本公司申请, 代表本所申请（本所执业律师）, 以本院名义申请（副研究员）, 代表业主委员会申请 —
        answered 自然人 by the name's shape): the request is the body's (第二十九条第二款第（一）项: the applicant's 名称), so a
        pointer's kind noun gives the column (公司 → 商业企业; 所 beside 律师/执业 → 法律服务机构; 院 beside 研究员/科研 →
        科研机构, from ``capacity_pointer_kinds``) and a body named by its kind (业主委员会) its own; a pointer nothing
        resolves (本单位) leaves the request unanswered rather than the name's shape deciding.
        """
        for acting in self._acting_for.finditer(text):
            body = acting["body"].removesuffix("名义")
            if body not in self._employer_pointers:
                if acting["verb"] in self._agent_verbs or body.startswith(self._acted_for_persons):
                    continue
                found = self._clear_organisation(body)
                if found is None:
                    continue
                return found.model_copy(
                    update={"rule_id": _POINTER_RULE, "matched": (acting[0], *found.matched)}
                )
            noun = body[1:]
            for kind_noun, beside, kind in self._pointer_kinds:
                if noun == kind_noun and (not beside or beside in text):
                    found = self._guess(kind, kind)
                    if found.category is not None:
                        return found.model_copy(
                            update={"rule_id": _POINTER_RULE, "matched": (acting[0], kind)}
                        )
            return self._result(_unresolved(self.scheme.axes[0].name, acting[0]))
        return None

    def _with_context(  # noqa: PLR0911 - one return per reading of the words beside the name
        self, context: re.Match[str], name: str
    ) -> ApplicantResult:
        """The column of a name followed by a parenthesis or a comma: the name, unless the context states a form."""
        # Judge the name, not the words beside it (employer, job, nationality); the raw name up to the
        # same point keeps a romanised name's spaces.
        raw_head = re.split(r"[（(,，]", name, maxsplit=1)[0]
        head = self._guess(context["head"], raw_head)
        person = head.category is ApplicantType.NATURAL_PERSON and head.confidence is Confidence.CLEAR
        branch = self._branch(context["paren"], head)
        if branch is not None:
            return branch
        papers = self._business_papers_reading(context["paren"] or context["rest"], head)
        if papers is not None:
            return papers
        # Issue 14, round 11: the parenthesis is a list (绿色江河（民间环保组织，申请排污许可信息）): each part is read.
        parts = context["paren"].split(",") if context["paren"] else []
        licensed = self._registered_name(parts, head)
        if licensed is not None:
            return licensed
        stated_part = next(
            (
                stated
                for stated in (self._registered_form(part) for part in parts)
                if stated in self._form_labels or (stated and stated.endswith(self._kind_labels))
            ),
            None,
        )
        overrides = head.confidence is not Confidence.CLEAR or stated_part not in self._broad_forms
        if (
            person
            and stated_part is not None
            and self._organisation_kind_beside_shape(head, context["head"], stated_part)
        ):
            person = False
        if not person and overrides and stated_part is not None:
            # "某会所（个体工商户）", "某某学校（民办非企业单位）": a bare legal form after a name that is not a
            # person's is what the applicant is in law (an employer would be named, not just its form); it
            # outweighs a word the name contains (学校, 研究所). A personal name keeps its reading.
            stated = self._guess(stated_part, stated_part)
            if stated.category is not None:
                return stated.model_copy(update={"rule_id": _STATED_FORM_RULE})
        if head.rule_id == _LATIN_NAME_RULE:
            latin_kind = self._latin_stated_kind(parts)
            if latin_kind is not None:
                return latin_kind
        beside = context["paren"] or context["rest"]
        nationality = self._stated_nationality(beside, head)
        if nationality is not None:
            return nationality
        described = self._site_kind(beside, context["head"]) or self._described(beside, context["head"], head)
        return described if described is not None else head

    def _registered_name(self, parts: list[str], head: ApplicantResult) -> ApplicantResult | None:
        """The column of the business a licence names (营业执照载明为…经营部) beside a name read only by its shape.

        Issue 14, round 63 (blind59: 丰源（…营业执照载明为天峨县丰源农资经营部，个体工商户）, 商业企业, read 自然人 by 丰): the
        registration states who applies (市场主体登记管理条例 第八条: the registered name), so the registered name's
        column decides over a surname-shaped first character; a registered person's form keeps round 60's reading.
        """
        if head.rule_id not in _SHAPE_RULES:
            return None
        for part in parts:
            for verb in self._registration_verbs:
                registered = part.rsplit(verb, 1)[1] if verb in part else ""
                if len(registered) < 2 or registered in self._form_labels:  # noqa: PLR2004 - a name, not one character
                    continue
                found = self._guess(registered, registered)
                if found.category not in (None, ApplicantType.NATURAL_PERSON):
                    return found.model_copy(
                        update={"rule_id": _STATED_FORM_RULE, "matched": (part, *found.matched)}
                    )
        return None

    def _registered_form(self, part: str) -> str:
        """The legal form a part states, also when it says how the organisation is registered.

        Issue 14, round 60 (blind56: 南宁某某信息咨询中心（营业执照登记为个体工商户）, 商业企业, read 社会公益组织 by the name's
        咨询中心): the registration decides the column (市场主体登记管理条例 第八条: the registered 类型; 民办非企业单位登记
        管理暂行条例, 社会团体登记管理条例, 事业单位登记管理暂行条例 第六条: 事业单位法人证书), as a bare form in the
        parenthesis does — said with a verb (登记为, 注册为, 登记类型为) or by the paper or register naming the form
        (个体工商户营业执照, 民办非企业单位登记, 事业单位法人证书). A part saying neither is returned as it is.
        """
        for verb in self._registration_verbs:
            if verb in part:
                registered = part.rsplit(verb, 1)[1]
                if registered in self._form_labels:
                    return registered
        for papers in self._registration_papers:
            if part.endswith(papers):
                holder = part.removesuffix(papers).removesuffix("的")
                form = next((f for f in self._legal_forms_longest_first if holder.endswith(f)), None)
                if form is not None:
                    return form
        return part

    def _business_papers_reading(self, context: str | None, head: ApplicantResult) -> ApplicantResult | None:
        """商业企业 for a name read only by its shape beside a business's papers or its 字号 in the organisations' box.

        Issue 14, round 30 (blind28: 客家酿（…米酒作坊的字号，申请表“法人或者其他组织”栏填写，附营业执照）): a business
        licence (营业执照; 市场主体登记管理条例 第二十一条: issued to a registered 市场主体) or a trade name (字号, 民法典 第五十四条)
        filed in the box the form keeps for 法人或者其他组织 says the applicant is a business, not the person the bare
        name's shape guessed. A licence denied (未附营业执照, 无营业执照) is no evidence; a name read by more than its
        shape (a surname of the lexicon, an organisation word) keeps its reading. Round 32 (blind30: 老枣树枣业（…个体工商户
        的字号；店主…只写了字号）): a 字号 beside a sole trader's words (个体工商户, 店主) names the business too, and a name
        no rule reads is read this way as well; a 字号 denied (无字号) or a request in the owner's own name (以个人名义)
        is no evidence.
        """
        if not context:
            return None
        # Round 34 (blind32: 北极村冰雪客栈（…个体工商户，营业执照上的字号即此名…）): a name read as a public body only by a
        # place word a 字号 may hold gives way to a 字号 named beside a sole trader's words.
        place_only = (
            head.rule_id == _PUBLIC_BODY_RULE
            and bool(head.matched)
            and set(head.matched) <= self._trade_name_place_words
            and any(word in context for word in self._trade_names)
            and any(word in context for word in self._sole_trader)
        )
        if (
            not place_only
            and head.category is not None
            and head.rule_id not in (_BARE_NAME_RULE, _LONG_GIVEN_RULE)
        ):
            return None
        if any(
            word in context
            for word in (*self._papers_negations, *self._trade_name_negations, *self._own_name)
        ):
            return None
        matched = next((word for word in self._business_papers if word in context), None)
        if matched is None and any(word in context for word in self._trade_names):
            # Round 32 (blind30: 老枣树枣业（…个体工商户的字号…）): a 字号 beside a sole trader's words, or filed in the
            # organisations' box, names the business — over a name of a person's shape or one no rule reads.
            matched = next(
                (word for word in (*self._organisation_box, *self._sole_trader) if word in context), None
            )
        if matched is None:
            return None
        axis = self.scheme.axes[0].name
        return self._result(
            _by_shape(axis, ApplicantType.COMMERCIAL_ENTERPRISE, _BUSINESS_PAPERS_RULE, matched)
        )

    def _latin_stated_kind(self, parts: Sequence[str]) -> ApplicantResult | None:
        """The organisation's column a part beside a romanised name states as its subject (外国企业以英文名称申请), else ``None``.

        Issue 14, round 21: Siemens Healthineers（外国企业以英文名称申请…） — a Latin name read as a person only by its shape
        gives way to the kind the context states before its capacity or request words (以, 申请): a foreign company is
        a 商业企业 (the format's columns are by kind, not by nationality).
        """
        for part in parts:
            subject = re.split(r"以|申请", part, maxsplit=1)[0]
            if not subject or not (
                subject in self._form_labels or subject.endswith((*self._kind_labels, *self._kind_words))
            ):
                continue
            stated = self._guess(subject, subject)
            if stated.category not in (None, ApplicantType.NATURAL_PERSON):
                return stated.model_copy(
                    update={"rule_id": _STATED_FORM_RULE, "matched": (subject, *stated.matched)}
                )
        return None

    def _described(self, context: str | None, name: str, head: ApplicantResult) -> ApplicantResult | None:
        """The column of what the words beside a short form say it is, else ``None``.

        Issue 14, round 14: 德惠经营处（中国石油天然气股份有限公司…德惠经营处，被处罚单位，…） — a short form no rule reads is
        read from its full name (…的简称), a description in the parenthesis, the organisation that runs it (X运营的平台) or a
        regulated party's role (被处罚单位, 项目建设单位 → 商业企业). A name read only by a surname's shape (蔚蓝地图) gives
        way to an explicit statement of identity (简称, 运营的 …), never to an employer written beside a person's name.
        """
        if not context:
            return None
        # Issue 14, round 22: a bare name (two or three Han characters no rule read: 雪都嘟) is as much a guess as a
        # surname's shape, so it gives way to the operator the parenthesis states (阿勒泰地区融媒体中心运营的客户端) too.
        guessed = head.rule_id in _SHAPE_RULES
        # Issue 14, round 23: a four-character shape (阳光伙伴, 乌哈旅游) is weak evidence, read as no reading at all: any
        # description beside it (…志愿团队) decides, as beside a name no rule read.
        unread = head.category is None or head.rule_id == _LONG_GIVEN_RULE
        shaped = guessed and not unread and not self._has_marker(name)
        # Issue 14, round 15: a full name stated for a short form (中建八局（中国建筑第八工程局有限公司的简称…）) decides even
        # when the short form has a reading of its own (局): the short form is an abbreviation, the full name the legal name.
        full_name_only = not unread and not shaped
        if full_name_only and not any(word in context for word in self._short_form):
            return None
        short_kind = (
            (self._short_kind(context, name) or self._person_role_reading(context)) if unread else None
        )
        if short_kind is not None:
            return short_kind
        for part in self._description_parts(context):
            stated = self._stated_word(part, shaped=shaped)
            if shaped and stated is None:
                continue
            if full_name_only and stated not in self._short_form:
                continue
            subject = part
            if stated is not None:
                before, _, after = part.partition(stated)
                subject = before or after.lstrip(":")
            found = self._stated_reading(subject, head, full_name=full_name_only)
            if found is not None and found.category not in (None, ApplicantType.NATURAL_PERSON):
                return found.model_copy(
                    update={"rule_id": _DESCRIBED_RULE, "matched": (part, *found.matched)}
                )
            role = next((word for word in self._enterprise_roles if word in part), None)
            if role is not None and not shaped and not full_name_only:
                return self._result(
                    _by_shape(
                        self.scheme.axes[0].name,
                        ApplicantType.COMMERCIAL_ENTERPRISE,
                        _ROLE_RULE,
                        role,
                        weak=True,
                    )
                )
        return self._self_described_enterprise(context) if unread else None

    def _stated_word(self, part: str, *, shaped: bool) -> str | None:
        """The word by which a part of the parenthesis states what the applicant is (简称, 运营的, 实为), else ``None``.

        Issue 14, round 43 (blind40: 苏果（…实为一家超市有限公司）): 实为 and its kin state what a name read only by its
        shape really is; a job after them (张伟（实为某公司员工）) names the person's employer, never the applicant.
        """
        words = (*self._short_form, *self._operator, *(self._identity if shaped else ()))
        stated = next((word for word in words if word in part), None)
        # The job is what follows the word (张伟（经核实为某公司员工）): the words before it never decide.
        if stated in self._identity and part.partition(stated)[2].endswith(
            (*self._titles, *self._person_roles)
        ):
            return None
        return stated

    def _self_described_enterprise(self, context: str) -> ApplicantResult | None:
        """商业企业 when the words beside a name no rule read call the applicant an enterprise, else ``None``.

        Issue 14, round 40: 苗岭茶香（申请人栏只填写该企业的品牌简称，…申请公开本企业…） — the applicant calls itself an
        enterprise (本企业) or its name a brand's short form (品牌简称): a business applies, whatever the name's shape.
        """
        word = next((word for word in self._self_enterprise if word in context), None)
        if word is None:
            return None
        return self._result(
            _by_shape(self.scheme.axes[0].name, ApplicantType.COMMERCIAL_ENTERPRISE, _DESCRIBED_RULE, word)
        )

    def _person_role_reading(self, context: str) -> ApplicantResult | None:
        """A weak 自然人 when a part of the description is a person's role noun alone (投资人), else ``None``."""
        role = next(
            (
                found
                for part in self._description_parts(context)
                if (found := self._person_role(part)) is not None
            ),
            None,
        )
        if role is None:
            return None
        # Issue 14, round 57: a resident asking about their own matter (…居民，申请公开本人…) applies for themselves.
        own = next((word for word in self._own_matter if word in context), None)
        if role.endswith(self._residence_roles) and own is not None:
            return self._result(
                _by_shape(self.scheme.axes[0].name, ApplicantType.NATURAL_PERSON, _RESIDENT_RULE, role)
            )
        return self._result(
            _by_shape(
                self.scheme.axes[0].name, ApplicantType.NATURAL_PERSON, _PERSON_ROLE_RULE, role, weak=True
            )
        )

    def _person_role(self, part: str) -> str | None:
        """The person's role noun a part of the parenthesis is (投资人, 业主, 股东), else ``None``.

        Issue 14, round 26: 佐藤健一（投资人，…） — a role noun alone beside a name no rule read says the applicant is a
        person holding that role; the 投资 inside it names no trade. A role with its holder's organisation before it
        (某公司股东) is left to the organisation's reading.
        """
        role = next((word for word in self._person_roles if part.endswith(word)), None)
        if role is None:
            # Issue 14, round 57: the words before a residence noun (拉萨市城关区居民, 某村村民) name where the person lives,
            # never an organisation holding the role: the part is the person's, whatever those words read as.
            return next((part for word in self._residence_roles if part.endswith(word)), None)
        before = part[: -len(role)]
        if before and self._guess(before, before).category is not None:
            return None
        return role

    def _stated_reading(
        self, subject: str, head: ApplicantResult, *, full_name: bool
    ) -> ApplicantResult | None:
        """The reading of what a part of the parenthesis states, else ``None`` (a stated full name only by a generic end)."""
        if not subject:
            return None
        found = self._guess(subject, subject)
        return None if full_name and self._generic_only(found, subject, head) else found

    def _generic_only(self, found: ApplicantResult, full_name: str, head: ApplicantResult) -> bool:
        """Whether a stated full name reads 其他 only by a generic ending while the short form reads a kind of its own.

        Issue 14, round 25: 一加一残障人公益（北京一加一残障人文化发展中心的简称…） — a 中心 (lexicons.enterprise_unit_endings)
        is the ending of a public institution, a 民办非企业单位 and an enterprise's unit alike, so it says nothing of the
        kind; the short form's own word (公益 → 社会公益组织) does, and keeps its reading. A full name read by a longer
        word (疾病预防控制中心, …有限公司) still decides, as round 15 wants.
        """
        if found.category is not ApplicantType.OTHER:
            return False
        if head.category in (None, ApplicantType.OTHER, ApplicantType.NATURAL_PERSON):
            return False
        return self._generic_ending(found.matched, full_name) is not None

    def _generic_ending(self, matched: Sequence[str], text: str) -> str | None:
        """The generic ending (lexicons.enterprise_unit_endings) of ``text`` when it is the only word read, else ``None``.

        A 中心 or 站 ends a public body, a 民办非企业单位 and an enterprise's unit alike: a name read by it alone is read by
        no word of its own kind (rounds 23 and 25 both ask this, for a unit's parent and for a stated full name).
        """
        if len(matched) != 1:
            return None
        ending = next((word for word in self._unit_endings if text.endswith(word)), None)
        return ending if ending is not None and matched[0] == ending else None

    def _description_parts(self, context: str) -> Iterator[str]:
        """The parts of a parenthesis that may describe the applicant (split at commas), the request left out.

        A part that holds the request (申请, 要求公开) names what is asked, never the applicant; issue 14, round 24: the
        words before its request word still may, when they state a short form (康桥驿轨道（以项目公司简称申请公开…）).
        """
        for part in context.split(","):
            request = min((at for word in self._request_words if (at := part.find(word)) >= 0), default=-1)
            if request < 0:
                yield part
            elif any(word in part[:request] for word in self._short_form):
                yield part[:request]

    def _site_kind(self, context: str | None, name: str) -> ApplicantResult | None:
        """The kind of a site whose name ends as a site's (洛阳网, 中国食品安全网) and applies in the site's name, else ``None``.

        Issue 14, round 20: 洛阳网（记者以网站名义申请…） — the parenthesis says the request is the website's, and the name
        ends as a site's does: a news site (a 新闻单位, the kind its pair names), whatever its words say (洛阳 as a surname's
        shape, 食品 as a trade). A platform named otherwise (京东) is read from its own words and its operator.
        """
        word = next((word for word in self._site_capacity if context and word in context), None)
        if word is None:
            return None
        for ending, kind in self._site_kinds:
            if name.endswith(ending):
                found = self._guess(kind, kind)
                if found.category not in (None, ApplicantType.NATURAL_PERSON):
                    return found.model_copy(
                        update={"rule_id": _DESCRIBED_RULE, "matched": (word, *found.matched)}
                    )
        return None

    def _organisation_kind_beside_shape(self, head: ApplicantResult, name: str, stated: str) -> bool:
        """True when an organisation's kind (…生产企业, 民间组织) stands beside a name read only by its surname.

        Issue 14, round 13: 荆楚水泥（保康县生产企业，…） — only an organisation is described as an 企业 or an 组织; a
        surname-shaped first character (荆, 龙) is weaker evidence than that. A masked name (王某), a person's form
        (个体工商户, 自然人) and a name read by any other rule keep their reading.
        """
        return (
            head.rule_id in _SHAPE_RULES and stated.endswith(self._kind_labels) and not self._has_marker(name)
        )

    def _stated_nationality(self, context: str | None, head: ApplicantResult) -> ApplicantResult | None:
        """自然人 when the words beside a name no rule decided state a nationality (加拿大籍, 外籍), else ``None``.

        Issue 14, round 11: only a person has a nationality (an organisation is registered, not of a 籍); the
        format has no column for foreigners, so a foreign national is a natural person.
        """
        if not context or (head.category is not None and head.confidence is Confidence.CLEAR):
            return None
        word = next(
            (part for part in context.split(",") if part.endswith(self._nationality) and len(part) > 1), None
        )
        return self._person(_NATIONALITY_RULE, word) if word is not None else None

    def _branch(self, paren: str | None, head: ApplicantResult) -> ApplicantResult | None:
        """商业企业 when ``paren`` names a branch (…店, …营业部) of a name read as no organisation, else ``None``.

        Issue 14, round 9: an outlet written after a brand (海底捞（南京新街口店）) is the business's; the brand's
        shape (a surname, a bare name) says nothing of a person, and an organisation read from the name keeps
        its column (某银行（某某营业部）).
        """
        if not paren or not paren.endswith(self._branch_endings):
            return None
        # Issue 14, round 42: 王某（本人，经营某某品牌服装店）: the person applies as a person; the shop describes them.
        if any(part in self._branch_person_parts for part in paren.split(",")[:-1]):
            return None
        if head.category not in (None, ApplicantType.NATURAL_PERSON) or head.rule_id in (
            _OWN_NAME_RULE,
            _JOINT_RULE,
            _AGENT_RULE,
        ):
            return None
        decision = self._compiled.decide(paren)[0]
        if decision is None or decision.category is None:  # pragma: no cover - 店 is a trade word
            return None
        return self._result(
            _by_shape(decision.axis, ApplicantType.COMMERCIAL_ENTERPRISE, _BRANCH_RULE, paren)
        )

    def _result(self, decision: Decision) -> ApplicantResult:
        """The public result for a guessed ``decision``."""
        guessed = APPLICANT_TYPE_BY_COLUMN_CODE[decision.category] if decision.category else None
        return ApplicantResult(
            scheme=self.scheme.name,
            scheme_version=self.scheme.version,
            category=guessed,
            label=guessed.value if guessed else None,
            article=None,
            rule_id=decision.rule_id,
            matched=decision.matched,
            confidence=decision.confidence,
            runner_up=decision.runner_up,
            code=decision.code,
            declared=False,
        )

    def _person(self, rule_id: str, matched: str) -> ApplicantResult:
        """A clear 自然人 decided by the capacity rule ``rule_id``."""
        return self._result(
            _by_shape(self.scheme.axes[0].name, ApplicantType.NATURAL_PERSON, rule_id, matched)
        )

    def _without_addressee(self, text: str) -> str:
        """``text`` without the organ the request was addressed to in the words after the name.

        Issue 14, round 33 (blind31: Z某（…多次寄信要求A市公安局公开立案表…）, 张志成（向天津市规划局申请公开…）): an organisation
        written between an addressee opener (向, 要求) and a request word (申请公开, 公开) is the organ the request went to
        (第二十九条: 向行政机关…提出申请), never the applicant's own body; the name itself (before the first parenthesis or
        comma) is never touched, so a name that starts with an opener's character (向阳村委会) keeps it.
        """
        if self._addressee is None:
            return text
        cut = min((at for mark in "(," if (at := text.find(mark)) > 0), default=-1)
        if cut < 0:
            return text
        head, rest = text[:cut], text[cut:]

        def drop(found: re.Match[str]) -> str:
            organ = found["organ"]
            reading = self._guess(organ, organ)
            if reading.category in (None, ApplicantType.NATURAL_PERSON):
                return found[0]
            return found[0].replace(organ, "", 1)

        return head + self._addressee.sub(drop, rest)

    def _without_party_role(self, text: str) -> str:
        """``text`` without the procedural role written before a party's name (原告, 上诉人（原审原告）：…)."""
        while True:
            role = next((word for word in self._party_roles if text.startswith(word)), None)
            if role is None:
                return text
            rest = text[len(role) :]
            if rest.startswith("民"):
                return text  # 第三人民医院 is a name, not the role 第三人 before 民医院
            if rest.startswith("(") and ")" in rest:
                rest = rest[rest.index(")") + 1 :]
            rest = rest.lstrip(":")
            if not rest:
                return text
            text = rest

    def _capacity(self, text: str) -> ApplicantResult | None:
        """The column read from the capacity words beside a name (agent, own name, joint), else ``None``."""
        head = text.split("(", 1)[0]
        unsealed = self._unsealed_person(text, head)
        if unsealed is not None:
            return unsealed
        for reader in (
            self._stamped_organisation,
            self._in_principals_name,
            self._acting_for_employer,
            self._agent_principal,
            self._in_name_principal,
            self._role_principal,
            self._joint_or_own_name,
        ):
            found = reader(text)
            if found is not None:
                return found
        # Issue 14, round 19: the name ends at a comma as at a parenthesis (石长村村民王某，申请公开…).
        head = head.split(",", 1)[0]
        relative = next((word for word in self._relatives if word in head), None)
        if relative is not None:
            return self._person(_RELATIVE_RULE, relative)
        titled = self._titled_person(head)
        if titled is not None:
            return titled
        # Issue 14, round 17: 某村民（委托代理人…） — a person masked behind a title (某村民, 某业主): the 村 inside 村民 is
        # no organisation.
        masked = next((f"某{title}" for title in self._titles if head.endswith(f"某{title}")), None)
        return None if masked is None else self._person(_MASKED_NAME_RULE, masked)

    def _stamped_organisation(self, text: str) -> ApplicantResult | None:
        """The column of the organisation whose seal the application bears (加盖X公章), else ``None``.

        Issue 14, round 10: a short form or a brand (云南白药) says little; the seal says which organisation applies.
        """
        stamp = self._stamp.search(text) if self._stamp is not None else None
        if stamp is None:
            return None
        sealed = stamp["principal"]
        # Issue 14, round 51: a seal named by the organisation's head noun alone (加盖中心印章, 盖了公司公章, 加盖本所公章)
        # is the seal of the organisation named before the parenthesis (萝北县法律援助中心（…加盖中心印章…）): the name,
        # not its bare head noun, says which column.
        named = text.split("(", 1)[0]
        head_noun = sealed
        for pointer in self._seal_pointer:
            head_noun = head_noun.removeprefix(pointer)
        if head_noun and len(named) > len(head_noun) and named.endswith(head_noun):
            sealed = named
        elif self._applies_in_own_name(text):
            # Issue 14, round 61 (blind57: 某大学西部发展研究中心（以中心名义申请，加盖学校公章）): a unit applying in its own
            # name under its parent's seal is the unit — the name the request is made in decides over whose seal it bears
            # (第二十七条: the applicant is who asks in their own name); its own name says the column.
            return None
        found = self._guess(sealed, sealed)
        if found.category in (None, ApplicantType.NATURAL_PERSON):
            return None
        return found.model_copy(update={"rule_id": _STAMP_RULE, "matched": (stamp[0], *found.matched)})

    def _unsealed_person(self, text: str, head: str) -> ApplicantResult | None:
        """自然人 when the words beside a personal name say no organisation's seal is on the request, else ``None``.

        Issue 14, round 10: 张某（以村民委员会名义递交申请但仅有本人签名，村委会未盖章） — the committee did not make the
        request; the person who signed it did.
        """
        word = next((word for word in self._unsealed if word in text), None)
        if word is None or head == text:
            return None
        person = self._guess(head, head)
        if person.category is not ApplicantType.NATURAL_PERSON or person.confidence is not Confidence.CLEAR:
            return None
        return person.model_copy(update={"rule_id": _UNSEALED_RULE, "matched": (word, *person.matched)})

    def _agent_principal(self, text: str) -> ApplicantResult | None:
        """受X委托 / (代理X) / 委托人：X / X的代理人: the principal X's column, else ``None``."""
        patterns = (
            self._agent,
            self._agent_for,
            self._principal_marked,
            _FILED_FOR,
            self._principal_before_agent,
        )
        for pattern in patterns:
            agent = pattern.search(text) if pattern is not None else None
            if agent is not None:
                if agent["principal"].startswith(self._employer_pointers):
                    continue  # 受本院委托: the employer beside the name (round 62, _for_employer_words), no principal
                apposed = (
                    self._apposed_employer(agent["principal"]) if pattern is self._principal_marked else None
                )
                if apposed is not None:
                    return apposed.model_copy(
                        update={"rule_id": _AGENT_RULE, "matched": (agent[0], *apposed.matched)}
                    )
                persons = self._titled_principals(agent["principal"])
                if persons is not None:
                    return self._person(_AGENT_RULE, agent[0])
                # Issue 14, round 10: "代理某镇村民申请": the principals are persons named by a title (村民, 业主).
                first = re.split(r"申请|,", agent["principal"], maxsplit=1)[0]
                # Issue 14, round 43 (blind40: 王某（代年迈的母亲申请公开其母亲的养老保险缴费记录…）): a relative named as the
                # principal (母亲, 父亲, 配偶 …) is a person, whatever the information asked for names (保险 is no insurer).
                if any(word in first for word in self._kin):
                    return self._person(_AGENT_RULE, agent[0])
                # Issue 14, round 20: "受低保申请人委托": the title may hold 申请 itself (申请人, a person's title), so the
                # whole principal is read as well as the part before 申请.
                whole = agent["principal"].split(",", 1)[0]
                if any(
                    part.endswith(self._titles) and part not in self._kind_words for part in (first, whole)
                ):
                    return self._person(_AGENT_RULE, agent[0])
                # "代理申请人张某": the principal's procedural role is no part of the principal's name.
                named = self._without_party_role(agent["principal"].removeprefix("其"))
                principal = self._guess(named, named)
                if principal.category is not None:
                    return principal.model_copy(
                        update={"rule_id": _AGENT_RULE, "matched": (agent[0], *principal.matched)}
                    )
        return self._warrant_principal(text)

    def _apposed_employer(self, principal: str) -> ApplicantResult | None:
        """The body X of a principal marker in apposition whose staff the applicant is (委托方即X的员工), else ``None``.

        Issue 14, round 72 (blind67: 郑某某（系委托方即洛浦县某纺织有限公司的员工，持公司出具的授权书）, answered 自然人 by 员工):
        即 equates the marker with X, and 的员工 describes the applicant — X is the principal, read clearly as a body.
        """
        opener = next((word for word in self._apposition if principal.startswith(word)), None)
        if opener is None:
            return None
        named, of, title = principal[len(opener) :].split(",", 1)[0].rpartition("的")
        if not of or title not in self._titles:
            return None
        return self._clear_organisation(named)

    def _warrant_principal(self, text: str) -> ApplicantResult | None:
        """持X授权委托书: the organisation X's column, else ``None``.

        Issue 14, round 40: 王某（北京某律师事务所律师，持贵州黔山茶业有限公司授权委托书，以该公司名义申请…） — the agent holds
        the company's power of attorney, so the request is the company's (the agent's own firm is no principal). Only
        an organisation's name counts: 持授权委托书 and 持单位授权委托书 name no principal, and leave the name's reading.
        """
        warrant = self._warrant.search(text) if self._warrant is not None else None
        if warrant is None:
            return None
        named = warrant["principal"].removesuffix("授权").removesuffix("的")
        principal = self._guess(named, named)
        if principal.category in (None, ApplicantType.NATURAL_PERSON):
            return None
        return principal.model_copy(
            update={"rule_id": _AGENT_RULE, "matched": (warrant[0], *principal.matched)}
        )

    def _titled_principals(self, principal: str) -> str | None:
        """The title when the principal is persons named after a title (村民孙某,孙某某), else ``None``."""
        title = next((word for word in self._titles if principal.startswith(word)), None)
        if title is None:
            return None
        names = [part for part in re.split(r"[,及和与]", principal[len(title) :]) if part]
        if not names:
            return None
        for name in names:
            person = self._guess(name, name)
            if (
                person.category is not ApplicantType.NATURAL_PERSON
                or person.confidence is not Confidence.CLEAR
            ):
                return None
        return title

    def _in_name_of_principal(self, text: str) -> tuple[str, str] | None:
        """The X of "以X之名 / 以X名义" a request is made in and the words matched, else ``None``."""
        in_name = next(
            (
                found
                for found in (self._in_name_of.finditer(text) if self._in_name_of is not None else ())
                # Issue 14, round 31: 以X名义签约 (a contract in X's name, in the story) is no request made in X's name.
                if not text.startswith(self._story_acts, found.end())
            ),
            None,
        )
        if in_name is None or any(word in in_name[0] for word in self._own_name):
            return None
        # Issue 14, round 43 (blind40: 清江浦法援中心（…以中心自身名义申请…）): 自身/本身 after X says X is the applicant
        # itself; X is read without it (以中心自身名义 → 中心, the applicant's own name's ending).
        principal = in_name["principal"]
        for itself in self._itself:
            principal = principal.removesuffix(itself)
        return principal, in_name[0]

    def _applies_in_own_name(self, text: str) -> bool:
        """Whether the request is made in the applicant's own name, called by its name or its name's ending (以中心名义)."""
        found = self._in_name_of_principal(text)
        head = text.split("(", 1)[0]
        return found is not None and bool(head) and head.endswith(found[0])

    def _in_name_principal(self, text: str) -> ApplicantResult | None:
        """以X之名 / 以X名义: X's column (以个人名义 is left to the own-name words), else ``None``."""
        found = self._in_name_of_principal(text)
        if found is None:
            return None
        principal, matched = found
        head = text.split("(", 1)[0]
        if head and principal.startswith(head) and principal != head:
            # Issue 14, round 15: 中建八局（…项目部以中建八局连岛项目部名义申请） — the principal is a unit of the applicant
            # named before the parenthesis (its 项目部): the applicant's own request, read from its name and what the
            # parenthesis says it is.
            return None
        if head and head.endswith(principal) and principal != head:
            # Issue 14, round 17: 某建投公司项目部（以项目部名义…）, 某消防救援大队（以大队名义…） — the principal is the applicant
            # itself called by its name's ending: its own request, read from its full name.
            return None
        if principal.startswith(self._trade_names):
            # Issue 14, round 13: 以字号"海丰水产"名义 — the request is made in a business's trade name (民法典
            # 第五十四条: a 个体工商户 may carry a 字号), so the business applies: 商业企业 (docs/classifiers.md).
            return self._result(
                _by_shape(
                    self.scheme.axes[0].name, ApplicantType.COMMERCIAL_ENTERPRISE, _TRADE_NAME_RULE, matched
                )
            )
        return self._principal(principal, matched)

    def _role_principal(self, text: str) -> ApplicantResult | None:
        """X法定代表人 / X委托代理人 with no name of their own: X's column, else ``None``."""
        head = text.split("(", 1)[0]
        for role in self._roles:
            at = head.find(role)
            if at > 0:
                principal = self._guess(head[:at], head[:at])
                if principal.category not in (None, ApplicantType.NATURAL_PERSON):
                    return principal.model_copy(
                        update={"rule_id": _AGENT_RULE, "matched": (role, *principal.matched)}
                    )
        return None

    def _joint_or_own_name(self, text: str) -> ApplicantResult | None:
        """联名, 等N人 (joint) or 以个人名义 (own name): 自然人, else ``None``."""
        joint = next((word for word in self._joint if word in text), None)
        if joint is None and self._joint_count is not None:
            found = self._joint_count.search(text)
            joint = found[0] if found is not None else None
        if joint is None and not any(word in text for word in self._group_blockers):
            # Issue 14, round 9: owners, villagers or residents written as a group (全体业主, 部分村民).
            joint = next((word for word in self._group_members if word in text), None)
        if joint is not None:
            organisations = self._joint_organisations(text, joint)
            return organisations if organisations is not None else self._person(_JOINT_RULE, joint)
        own = next((word for word in self._own_name if word in text), None)
        if own is not None:
            return self._person(_OWN_NAME_RULE, own)
        return self._personal_standing_of(text)

    def _short_kind(self, context: str, name: str) -> ApplicantResult | None:
        """The kind a short form stands for when it applies in that word's name (病毒所（以所名义…） → 研究所)."""
        researching = any(word in context for word in self._research_words)
        for ending, kind in (*self._short_kinds, *(self._research_short_kinds if researching else ())):
            if name.endswith(ending) and f"以{ending}名义" in context:
                found = self._guess(kind, kind)
                if found.category not in (None, ApplicantType.NATURAL_PERSON):
                    return found.model_copy(
                        update={"rule_id": _DESCRIBED_RULE, "matched": (f"以{ending}名义",)}
                    )
        return None

    def _joint_organisations(self, text: str, joint: str) -> ApplicantResult | None:
        """The signatories' column when every one is an organisation of one column (书店、文具店等三家联名), else ``None``.

        Issue 14, round 14: 联名 says several sign one request; who signs decides the column. Individuals make it
        自然人 (the convention of round 2); businesses signing together apply as businesses, each a 商业企业. A count of
        persons (等3人, 等12户) or a person's title (村民, 代表) keeps the individuals' reading; a title inside a body's
        name (村民委员会, lexicons.capacity_joint_title_hosts; round 35; any 委员会, round 39) is none.
        """
        head = text.split("(", 1)[0]
        counted = self._person_count is not None and self._person_count.search(text) is not None
        titled = _without(head, self._title_hosts)
        if counted or any(title in titled for title in self._titles):
            return None
        signers = re.split(r"等|" + re.escape(joint), head, maxsplit=1)[0]
        # Round 39: the names are cut at the list marks first, and at 及/和/与 only when that reading fails, so an
        # organ whose name holds 和 (发展和改革委员会) stays one signer.
        for marks in (r"[,、]", r"[,、及和与]"):
            found = [self._guess(part, part) for part in re.split(marks, signers) if part]
            columns = {result.category for result in found}
            # A name read by its shape alone (_SHAPE_RULES) is a person's, so the 自然人 test leaves it out as well.
            if found and len(columns) == 1 and not columns & {None, ApplicantType.NATURAL_PERSON}:
                return found[0].model_copy(
                    update={"rule_id": _JOINT_ORGANISATIONS_RULE, "matched": (joint, *found[0].matched)}
                )
        return None

    def _personal_standing_of(self, text: str) -> ApplicantResult | None:
        """自然人 when the request is made in a person's standing (以公民身份, 以委员身份), else ``None``.

        Issue 14, round 11: the standing written beside a name decides, not the employer or office in the name
        (江苏省司法厅闵某（以公民身份…）, 政协委员李某（以委员身份…）): a citizen, a deputy or a committee member asking
        in that standing asks as a person (第二十七条: 以自己的名义).
        """
        standing = self._standing.search(text) if self._standing is not None else None
        if standing is None:
            return None
        words = (*self._personal_standing, *self._titles, *self._kin)
        if not standing["standing"].endswith(words):
            return None
        return self._person(_STANDING_RULE, standing[0])

    def _titled_person(self, head: str) -> ApplicantResult | None:
        """The person named after an employer and a job (某报社记者张某, 村民王某): judged on the name, else ``None``."""
        for title in self._titles:
            at = head.rfind(title)
            if at >= 0 and at + len(title) < len(head):
                name = head[at + len(title) :]
                person = self._guess(name, name)
                if person.category is ApplicantType.NATURAL_PERSON and person.confidence is Confidence.CLEAR:
                    return person
        return None

    def _principal(self, principal: str, matched: str) -> ApplicantResult | None:
        """The column of the principal(s) named in "以X之名/名义": relatives are persons, else the first X guessed."""
        kin = next((word for word in self._kin if word in principal), None)
        if kin is not None:
            return self._person(_AGENT_RULE, matched)
        if principal.endswith(self._titles) and principal not in self._kind_words:
            # Issue 14, round 10: 以村民名义, 以某镇村民名义 — persons named by a title, not an organisation.
            return self._person(_AGENT_RULE, matched)
        if principal.startswith(("本", "该")):
            return None  # 以本所名义, 以该单位名义: the applicant's own name, read from the name itself
        if principal in self._kind_words:
            return None  # 以学校名义, 以公司名义: a kind word naming the applicant itself, read from its name
        for part in re.split(r"[,及和与]", principal.removeprefix("其")):
            found = self._guess(part, part)
            if found.category is not None and found.confidence is Confidence.CLEAR:
                return found.model_copy(update={"rule_id": _AGENT_RULE, "matched": (matched, *found.matched)})
        return None

    def _in_principals_name(self, text: str) -> ApplicantResult | None:
        """受X委托，以该公司名义: the principal X's column, else ``None``.

        Issue 14, round 21: 律师事务所（受某乳制品公司委托，以该公司名义申请） — an agent requesting in the name of the principal
        it names (该: that company) files the principal's request (第二十九条第二款第（一）项: 申请人的姓名或者名称 is the
        principal's), so the principal's column, not the agent's own (以本所名义 keeps the firm's, round 12).
        """
        context = _TRAILING_CONTEXT.match(text)
        paren = (context["paren"] or context["rest"]) if context is not None else None
        if not paren or "委托" not in paren or not any(word in paren for word in self._principal_name):
            return None
        principal = self._agent_principal(text)
        return principal if principal is not None and principal.category is not None else None

    def _employer_word(self, paren: str | None) -> str | None:
        """The words beside a name saying the person acts for the employer named there, else ``None``.

        Issue 14, round 72: also a 法定代表人, 合伙人 or 负责人 acting for the body beside the name by its kind or by 该
        (为公司, 受该所委托); 以个人名义 beside it (为公司注销一事以个人名义申请) keeps the person's own request.
        """
        if not paren:
            return None
        word = next((word for word in self._for_employer if word in paren), None)
        if word is not None or not any(role in paren for role in self._body_roles):
            return word
        if any(own in paren for own in self._own_name):
            return None
        return next((word for word in self._body_role_forms if word in paren), None)

    def _acting_for_employer(self, text: str) -> ApplicantResult | None:
        """The employer's column when the words beside a name say the person acts for that employer."""
        context = _TRAILING_CONTEXT.match(text)
        paren = context["paren"] or context["rest"] if context is not None else None
        word = self._employer_word(paren)
        if paren is None or word is None:
            return None
        head = context["head"] if context is not None else ""
        own = self._guess(head, head) if head else None
        if own is not None and own.category not in (None, ApplicantType.NATURAL_PERSON):
            # Issue 14, round 19: 地球村（环境教育公益机构，以机构名义申请…） — the kind the parenthesis states outweighs a word
            # of the name (村), as a stated form does without 以X名义 (round 6); the organisation applies all the same.
            stated = self._stated_kind(paren)
            if stated is not None and stated.category != own.category:
                return stated.model_copy(
                    update={"rule_id": _STATED_FORM_RULE, "matched": (word, *stated.matched)}
                )
            # Issue 14, round 15: an organisation's own name before 以公司名义 (廉江市…有限公司（被…局处罚的…企业，以公司名义
            # 申请）) is the applicant itself: the words beside it describe it (an organ that punished it), no employer.
            return own.model_copy(update={"rule_id": _OWN_ORGANISATION_RULE, "matched": (word, *own.matched)})
        for part in paren.split(","):
            if word in part or "委托" in part:  # round 12: the client an agent acts for is no employer
                continue
            employer = self._guess(part, part)
            if employer.category not in (None, ApplicantType.NATURAL_PERSON):
                return employer.model_copy(
                    update={"rule_id": _AGENT_RULE, "matched": (word, *employer.matched)}
                )
        # Issue 14, round 8: the employer written before the job ("某有限公司员工李某（以公司名义）").
        for title in self._titles:
            at = head.rfind(title)
            if at > 0:
                employer = self._guess(head[:at], head[:at])
                if employer.category not in (None, ApplicantType.NATURAL_PERSON):
                    return employer.model_copy(
                        update={"rule_id": _AGENT_RULE, "matched": (word, *employer.matched)}
                    )
        described = [
            part.split(word, 1)[0]
            for part in paren.split(",")
            if word in part and "委托" not in part and part.split(word, 1)[0]
        ]
        return self._in_own_organisation_name(head, word, described)

    def _stated_kind(self, paren: str) -> ApplicantResult | None:
        """The organisation's column a part of ``paren`` states as its form or kind (公益机构, 民办非企业单位), else ``None``.

        Issue 14, round 19: a part counts only when it reads as the kind it ends with (环境教育公益机构 → 公益机构's column);
        a description that names another body (被…局处罚的…企业: 局) states nothing, and a broad form (事业单位) covers several
        columns.
        """
        for part in paren.split(","):
            if part in self._broad_forms:
                continue
            kind = (
                part
                if part in self._form_labels
                else next((label for label in self._kind_labels if part.endswith(label)), None)
            )
            if kind is None:
                continue
            stated = self._guess(part, part)
            if stated.category in (None, ApplicantType.NATURAL_PERSON):
                continue
            if kind == part or self._guess(kind, kind).category == stated.category:
                return stated
        return None

    def _in_own_organisation_name(
        self, head: str, word: str, described: Sequence[str] = ()
    ) -> ApplicantResult | None:
        """The column of an organisation requesting in its own name (以本所名义, 以公司名义) when no employer is named.

        Issue 14, round 12: an organisation's own name decides, also when it acts for a client (律师事务所（受养殖户委托，
        以本所名义申请）: the firm is the applicant, 第二十七条 以自己的名义); a name no rule reads as an organisation (a
        brand, 宁德时代) takes the kind the words name (以公司名义 → 公司). Round 13: ``described`` are the words written before
        the capacity word in the parenthesis (报社 in 报社以单位名义申请), read before the kind word.
        """
        own = self._guess(head, head) if head else None
        if own is not None and own.category not in (None, ApplicantType.NATURAL_PERSON):
            return own.model_copy(update={"rule_id": _OWN_ORGANISATION_RULE, "matched": (word, *own.matched)})
        for subject in described:
            # Issue 14, round 13: 湖北日报（报社以单位名义申请…） — the words before 以单位名义 say what the applicant is.
            stated = self._guess(subject, subject)
            if stated.category not in (None, ApplicantType.NATURAL_PERSON):
                return stated.model_copy(update={"rule_id": _KIND_RULE, "matched": (word, *stated.matched)})
        kind = next((kind for kind in sorted(self._kind_words) if kind in word), None)
        if kind is None:
            return None
        stated = self._guess(kind, kind)
        if stated.category in (
            None,
            ApplicantType.NATURAL_PERSON,
        ):  # pragma: no cover - kind words are organisations'
            return None
        return stated.model_copy(update={"rule_id": _KIND_RULE, "matched": (word, *stated.matched)})

    def _guess(self, text: str, raw: str) -> ApplicantResult:
        """The phrase rules on ``text`` (normalised), then the shape of a personal name (``raw`` for Latin)."""
        decision = self._compiled.decide(text)[0]
        if decision is None:  # pragma: no cover - the applicant axis has no level restriction
            raise ClassifyError(
                "the applicant axis must apply at every level",
                message_zh="申请人分类方案的第一个维度须适用于各级机关",
            )
        return self._result(self._by_name_shape(self._enterprise_unit(decision, text), text, raw))

    def _enterprise_unit(self, decision: Decision, text: str) -> Decision:
        """商业企业 when ``text`` is a unit (…中心, …站) of a business named before it, else ``decision``.

        Issue 14, round 23: 淮南矿业物资采供中心 — the 中心 of a mining enterprise is no public body: a name read as 其他
        only by a generic ending (lexicons.enterprise_unit_endings) whose words before it read as a business by a parent
        word (矿业, 集团, …: lexicons.enterprise_unit_parents) is that business's unit and takes its column.
        """
        other = COLUMN_CODE_BY_APPLICANT_TYPE[ApplicantType.OTHER]
        if decision.category != other:
            return decision
        ending = self._generic_ending(decision.matched, text)
        if ending is None:
            return decision
        parent = text[: -len(ending)]
        word = next((word for word in self._unit_parents if word in parent), None)
        if word is None:
            return decision
        found = self._compiled.decide(parent)[0]
        business = COLUMN_CODE_BY_APPLICANT_TYPE[ApplicantType.COMMERCIAL_ENTERPRISE]
        if found is None or found.category != business or found.confidence is not Confidence.CLEAR:
            return decision
        return _by_shape(decision.axis, ApplicantType.COMMERCIAL_ENTERPRISE, _UNIT_RULE, f"{word}…{ending}")

    def _by_name_shape(self, decision: Decision, text: str, raw: str) -> Decision:
        """When no phrase rule decided: a Latin legal form, a romanised name, a personal name, a masked name."""
        return self._by_han_shape(_by_transliterated_shape(self._by_latin_shape(decision, raw), text), text)

    def _by_latin_shape(self, decision: Decision, raw: str) -> Decision:
        """A Latin legal form (GmbH, Ltd.) or a romanised personal name, when nothing decided yet."""
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            form = self._latin_legal_form(raw)
            if form is not None:
                decision = _by_shape(
                    decision.axis, ApplicantType.COMMERCIAL_ENTERPRISE, _LATIN_FORM_RULE, form
                )
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            ngo = self._latin_ngo_word(raw)
            if ngo is not None:
                # Weak: the word says what such organisations call themselves, not their registered form.
                decision = _by_shape(
                    decision.axis, ApplicantType.PUBLIC_INTEREST_ORGANIZATION, _LATIN_NGO_RULE, ngo, weak=True
                )
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            latin = self._latin_personal_name(raw)
            if latin is not None:
                decision = _by_shape(decision.axis, ApplicantType.NATURAL_PERSON, _LATIN_NAME_RULE, latin)
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            cause = self._latin_cause_word(raw)
            if cause is not None:
                # Weak, as an NGO word: a cause inside a name (Greenpeace) is what NGOs are named after.
                decision = _by_shape(
                    decision.axis,
                    ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
                    _LATIN_CAUSE_RULE,
                    cause,
                    weak=True,
                )
        return decision

    def _by_han_shape(self, decision: Decision, text: str) -> Decision:
        """A personal name, a masked name, a party placeholder or a bare two-or-three-character name."""
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            numbered = _PARTY_INDEX.match(text)
            if numbered is not None:
                text = numbered["name"]
            if _ALL_MASK.match(text) is not None:
                # Weak: the mask hides everything, and a list may write ** for any name it leaves out.
                return _by_shape(decision.axis, ApplicantType.NATURAL_PERSON, _ALL_MASK_RULE, text, weak=True)
        if (
            decision.confidence is Confidence.NONE
            and len(text) >= _SITE_NAME_MIN
            and text.endswith(self._site_endings)
        ):
            # Issue 14, round 23: 冰豆网 — a website's name: no surname's shape or bare name reads it as a person.
            return decision
        if decision.confidence is Confidence.NONE:
            decision = self._by_surname_shape(decision, text)
        if decision.confidence is Confidence.NONE and decision.rule_id is None:
            masked = self._masked_name(text)
            if masked is not None:
                decision = _by_shape(decision.axis, ApplicantType.NATURAL_PERSON, _MASKED_NAME_RULE, masked)
            elif text in self._placeholders:
                decision = _by_shape(
                    decision.axis, ApplicantType.NATURAL_PERSON, _PLACEHOLDER_RULE, text, weak=True
                )
        if decision.confidence is Confidence.NONE and decision.rule_id is None and _bare_han_name(text):
            # An organisation's name carries an organisation word; two or three Han characters that no rule
            # matched have the shape of a personal name whose surname the lexicon lacks (莽, 仉). Weak evidence.
            decision = _by_shape(
                decision.axis, ApplicantType.NATURAL_PERSON, _BARE_NAME_RULE, text, weak=True
            )
        return decision

    def _by_surname_shape(self, decision: Decision, text: str) -> Decision:
        """自然人 when ``text`` has a personal name's shape (a surname of the lexicon and a given name), else ``decision``."""
        surname = self._personal_name_surname(text)
        if surname is None:
            return decision
        if self._long_given_name(text, surname):
            ending = next((word for word in self._industry_endings if text.endswith(word)), None)
            if ending is not None:
                # Issue 14, round 29: 字号 + 行业 (云杉测绘) — the shape of a business's short name, not a given name.
                return _by_shape(
                    decision.axis, ApplicantType.COMMERCIAL_ENTERPRISE, _INDUSTRY_ENDING_RULE, ending
                )
            # Issue 14, round 23: a single surname and three more characters (乌哈旅游) is a trade name's shape as
            # often as a person's: weak evidence, so unsure beats wrong.
            return _by_shape(
                decision.axis, ApplicantType.NATURAL_PERSON, _LONG_GIVEN_RULE, surname, weak=True
            )
        return _by_shape(decision.axis, ApplicantType.NATURAL_PERSON, _NAME_SHAPE_RULE, surname)

    def _long_given_name(self, text: str, surname: str) -> bool:
        """True when ``text`` is a one-character surname and three Han characters, unmasked (乌哈旅游)."""
        return (
            len(surname) == 1
            and len(text) == _LONG_GIVEN_LENGTH
            and _bare_han(text)
            and not self._has_marker(text)
        )

    def classify_many(self, names: Iterable[tuple[str, str | None]]) -> list[ApplicantResult]:
        """Classify ``(name, declared)`` pairs."""
        return [self.classify(name, declared) for name, declared in names]

    def _latin_legal_form(self, name: str) -> str | None:
        """The Latin legal form (GmbH, Ltd., Inc., Co. …) of a company's name, else ``None``.

        A form counts after the name's first word (``Limited`` alone is no company); a short form (AG, Co.)
        only as the last word, where it cannot be part of a phrase.
        """
        words: list[str] = [str(word).replace(".", "").lower() for word in _LATIN_WORD.findall(name)]
        for index, word in enumerate(words[1:], start=1):
            if word in self._legal_forms or (index == len(words) - 1 and word in self._legal_forms_final):
                return word
        return None

    def _latin_ngo_word(self, name: str) -> str | None:
        """A word English-named NGOs use (Foundation, Volunteers, Friends …) in a Latin name, else ``None``."""
        words = [str(word).replace(".", "").lower() for word in _LATIN_WORD.findall(name)]
        return (
            next((word for word in words if word in self._latin_ngo_words), None) if len(words) > 1 else None
        )

    def _latin_cause_word(self, name: str) -> str | None:
        """A cause NGOs are named after (peace, earth …), inside a word too, in a Latin name of 2+ words."""
        words = [str(word).lower() for word in _LATIN_WORD.findall(name)]
        if len(words) < 2:  # noqa: PLR2004 - one word may be a surname or a brand
            return None
        return next((cause for cause in self._latin_causes for word in words if cause in word), None)

    def _latin_personal_name(self, name: str) -> str | None:
        """The name when it has the shape of a romanised personal name (two or three words), else ``None``."""
        candidate = " ".join(name.split())
        if _LATIN_NAME.fullmatch(candidate) is None:
            return None
        words = {part.lower() for part in re.split(r"[ \-']", candidate)}
        return None if words & self._latin_org_words else candidate

    def _masked_name(self, text: str) -> str | None:
        """``text`` when it is a masked personal name whose surname the lexicon lacks (竹**, 竹某), else ``None``.

        Courts and sites mask the names of persons, never an organisation's; one or two Han characters before or
        between the masks are the surname (and a revealed character).
        """
        if _INITIAL_MASKED.fullmatch(text) is not None:
            return text
        if not any(mask in text for mask in _MASKS) or text[:1] in _MASKS:
            return None  # the mask follows the surname (竹**); 某某之家 is no person's name
        rest = _without(text, _MASKS)
        if len(rest) in _MASKED_REST_LENGTHS and _bare_han(rest) and rest[-1] not in _ORGANISATION_ENDINGS:
            return text
        return None

    def _has_marker(self, text: str) -> bool:
        """Whether ``text`` holds a mask or a form of address (lexicons.person_markers: 某, *, 先生): no bare shape."""
        return any(marker in text for marker in self._markers)

    def _personal_name_surname(self, text: str) -> str | None:
        """The surname when ``text`` has the shape of a personal name, else ``None``."""
        rest = _without(text, self._markers)
        # Issue 14, round 19: a Latin letter after the surname stands for the rest of the name (李B, 王A), as x does.
        lettered = _LETTER_MASK.fullmatch(rest)
        if lettered is not None:
            rest = lettered["name"]
        masked = rest != text
        surname = next((name for name in self._compound if rest.startswith(name)), None)
        if surname is None and rest[:1] in self._surnames:
            surname = rest[:1]
        if surname is None:
            return None
        given = rest[len(surname) :]
        if not _bare_han(given):
            return None
        if masked:
            return surname if len(given) <= _MAX_GIVEN_NAME - 1 else None
        return surname if 1 <= len(given) <= _MAX_GIVEN_NAME else None


def _without(text: str, words: Iterable[str]) -> str:
    """``text`` with each of ``words``, in the order given, taken out wherever it occurs."""
    for word in words:
        text = text.replace(word, "")
    return text


# The frames in which a person names the body acted for (受X委托, 以X名义, 代理X, 代表X): round 62's employer pointers and
# round 72's body roles share them.
_EMPLOYER_FRAMES: Final = (("受", "委托"), ("以", "名义"), ("代理", ""), ("代表", ""))


def _for_employer_words(lexicons: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The words saying a person acts for the employer beside the name (capacity_for_employer, and the pointers' forms).

    Each pointer back to the employer (本院, 我所 …) joins as a principal (受本院委托), the name a request is made in
    (以本院名义) or the one acted for (代理本院, 代表本院).

    Issue 14, round 62 (blind58: 陈某（某省社会科学院研究员，受本院委托、以本院名义申请…）, answered 自然人 by 本院 read as a
    principal of its own): the pointer is the employer named beside the person, never a second body.
    """
    pointers = _pointers(lexicons)
    made = (f"{open_}{pointer}{close}" for pointer in pointers for open_, close in _EMPLOYER_FRAMES)
    return tuple(dict.fromkeys((*_words(lexicons, "capacity_for_employer"), *made)))


def _words(lexicons: Mapping[str, Sequence[str]], key: str) -> tuple[str, ...]:
    """The words of one lexicon of the scheme, normalised as names are."""
    return tuple(normalize_text(word) for word in lexicons.get(key, ()))


def _pointers(lexicons: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The pointers by which a person names the employer beside the name (本院, 我单位): from the one pointer vocabulary.

    Issue 14, round 66: a pointer is a prefix of ``capacity_pointer_prefixes`` with a noun of ``capacity_pointer_nouns``;
    the employer's are those whose prefix points to the speaker (``capacity_employer_pointer_prefixes``: 本, 我 — 该
    points back to a body named before, the principal) with a noun of ``capacity_employer_pointer_nouns``.
    """
    return tuple(
        prefix + noun
        for prefix in _words(lexicons, "capacity_employer_pointer_prefixes")
        for noun in _words(lexicons, "capacity_employer_pointer_nouns")
    )


def _acting_for_pattern(lexicons: Mapping[str, Sequence[str]]) -> re.Pattern[str]:
    """The forms saying a request is a body's (代X申请, 代表X申请, 以X名义申请, 受X委托申请), from the scheme's lexicons.

    A verb of ``capacity_acting_for_verbs``, the body X (2 to 20 characters before the group end), an optional end of
    ``capacity_acting_for_ends``, then 申请.
    """
    verbs = sorted(_words(lexicons, "capacity_acting_for_verbs"), key=len, reverse=True)
    ends = sorted(_words(lexicons, "capacity_acting_for_ends"), key=len, reverse=True)
    return re.compile(
        r"(?P<verb>{})(?P<body>[^,()]{{2,20}}?)(?:{})?申请".format(
            "|".join(map(re.escape, verbs)), "|".join(map(re.escape, ends))
        )
    )


def _pairs(lexicons: Mapping[str, Sequence[str]], key: str) -> tuple[tuple[str, str], ...]:
    """The ``short=long`` pairs of one lexicon (capacity_short_kinds: 所=研究所), normalised as names are."""
    return tuple(
        (short, long)
        for short, _, long in (word.partition("=") for word in _words(lexicons, key))
        if short and long
    )


def _alternatives(lexicons: Mapping[str, Sequence[str]], key: str, separator: str = "|") -> str:
    """The words of one lexicon as a regular-expression alternation (a character class with ``separator=""``)."""
    return separator.join(re.escape(word) for word in _words(lexicons, key))


def _addressee_pattern(lexicons: Mapping[str, Sequence[str]]) -> re.Pattern[str] | None:
    """The organ a request was addressed to (向X申请公开, 要求X公开), else ``None`` without the lexicons (round 33)."""
    addressed = _alternatives(lexicons, "capacity_addressee_openers")
    requested = _alternatives(lexicons, "capacity_addressee_requests")
    if not (addressed and requested):
        return None
    return re.compile(f"(?:{addressed})(?P<organ>[^,()《》;:]{{2,30}}?)(?:{requested})")


def _warrant_pattern(lexicons: Mapping[str, Sequence[str]]) -> re.Pattern[str] | None:
    """The principal whose power of attorney an agent holds (持X授权委托书), else ``None`` without the lexicons."""
    opens = _alternatives(lexicons, "capacity_warrant_open")
    closes = _alternatives(lexicons, "capacity_warrant_close")
    if not (opens and closes):
        return None
    return re.compile(f"(?:{opens})(?P<principal>[^(),;:]{_PRINCIPAL})的?(?:{closes})")


def _principal_marked_pattern(lexicons: Mapping[str, Sequence[str]]) -> re.Pattern[str] | None:
    """The principal named after a marker (委托人：张某, 为其当事人张某申请), else ``None`` without markers.

    Issue 14, round 11: the words of acting after the principal (为受援人孙某代为申请: 代为, 代理) are no part of the
    principal's name.
    """
    markers = _alternatives(lexicons, "capacity_principal_markers")
    if not markers:
        return None
    return re.compile(rf"(?:{markers}):?(?P<principal>[^(),;:]{_PRINCIPAL}){_ACTING}?(?:申请|$|[(),;])")


def _standing_pattern(lexicons: Mapping[str, Sequence[str]]) -> re.Pattern[str] | None:
    """The pattern of 以X身份 (the lexicons ``capacity_standing_open``, ``…_close``), else ``None``."""
    opens = _alternatives(lexicons, "capacity_standing_open")
    closes = _alternatives(lexicons, "capacity_standing_close")
    if not opens or not closes:
        return None
    return re.compile(f"(?:{opens})(?:其)?(?P<standing>[^(),;:]{{1,12}}?)(?:{closes})")


def _by_transliterated_shape(decision: Decision, text: str) -> Decision:
    """A personal name written in Han characters with the interpunct between its parts, when nothing decided yet.

    Issue 14, round 11: the interpunct separates the parts of a foreign or minority personal name (约翰·史密斯,
    阿不都·热合曼); no organisation's name is written so without an organisation word.
    """
    if (
        decision.confidence is Confidence.NONE
        and decision.rule_id is None
        and _TRANSLITERATED_NAME.fullmatch(text) is not None
    ):
        return _by_shape(decision.axis, ApplicantType.NATURAL_PERSON, _TRANSLITERATED_RULE, text)
    return decision


def _bare_han_name(text: str) -> bool:
    """True when ``text`` is two or three Han characters and nothing else."""
    return len(text) in _BARE_NAME_LENGTHS and _bare_han(text)


def _bare_han(text: str) -> bool:
    """True when ``text`` is Han characters only."""
    return all("\u4e00" <= char <= "\u9fff" for char in text)


_DEFAULT: dict[str, ApplicantClassifier] = {}


def classify_applicant(
    name: str, declared: str | ApplicantType | None = None, *, scheme: Scheme | str = DEFAULT_APPLICANT_SCHEME
) -> ApplicantResult:
    """The applicant column for one applicant (see :class:`ApplicantClassifier`)."""
    if not isinstance(scheme, str):
        return ApplicantClassifier(scheme).classify(name, declared)
    classifier = _DEFAULT.get(scheme)
    if classifier is None:
        classifier = _DEFAULT[scheme] = ApplicantClassifier(scheme)
    return classifier.classify(name, declared)


def _unresolved(axis: str, matched: str) -> Decision:
    """No column: the request is a body's named only by a pointer nothing resolves (issue 14, round 63)."""
    return Decision(
        axis=axis,
        category=None,
        label=None,
        article=None,
        rule_id=_POINTER_RULE,
        matched=(matched,),
        confidence=Confidence.NONE,
        code=DECISION_CODES[Confidence.NONE],
    )


def _by_shape(
    axis: str, applicant: ApplicantType, rule_id: str, matched: str, *, weak: bool = False
) -> Decision:
    """The decision on ``axis`` that a name's shape or a capacity rule gives (a legal form, a personal name)."""
    return Decision(
        axis=axis,
        category=COLUMN_CODE_BY_APPLICANT_TYPE[applicant],
        label=applicant.value,
        article=None,
        rule_id=rule_id,
        matched=(matched,),
        confidence=Confidence.AMBIGUOUS if weak else Confidence.CLEAR,
        code=WEAK_EVIDENCE_CODE if weak else DECISION_CODES[Confidence.CLEAR],
    )
