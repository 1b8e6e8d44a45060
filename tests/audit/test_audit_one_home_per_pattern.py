# Round 57
"""One home for each small pattern (docs/audit.md, "Fifty-seventh round", class 2).

``_audit/_narrative.py`` compiled the clause splitter ``[,，;；]`` three times (``_SUMMED_CLAUSE``, ``_ITEM_SPLIT``,
``_BODY_CLAUSE``); the digit test ``\\d`` lived in ``_narrative`` and ``_tables``, the Chinese-character test in
``_labels_index``, ``_wrapped`` and ``_messages``. Each now has one home (``_narrative._CLAUSE_MARK``;
``_text.DIGIT``, ``_text.HAN``), and every audit over the 1,483 development pages is byte-identical.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules._audit import _narrative as narrative
from disclosure_rules._text import DIGIT, HAN


def _modules() -> list[str]:
    """Every module of the package, the classifiers' and the calendar's as well as the auditor's."""
    modules = pkgutil.walk_packages(disclosure_rules.__path__, "disclosure_rules.")
    return [module.name for module in modules if module.name != "disclosure_rules.__main__"]


def _defined_patterns() -> dict[tuple[str, int], list[str]]:
    """Every module-level compiled pattern that a module assigns itself (not one it imports), by its source."""
    defined: dict[tuple[str, int], list[str]] = defaultdict(list)
    for name in _modules():
        module = importlib.import_module(name)
        source = inspect.getsource(module)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and re.search(
                rf"^{re.escape(attribute)}\b[^=\n]*=", source, flags=re.MULTILINE
            ):
                defined[(str(value.pattern), value.flags)].append(f"{name}.{attribute}")
    return defined


def test_no_pattern_is_compiled_in_two_homes() -> None:
    defined = _defined_patterns()
    assert len(defined) > 400  # every module's patterns are scanned (422 over the whole package)
    assert {pattern: homes for pattern, homes in defined.items() if len(homes) > 1} == {}


TEXT = st.text(alphabet=st.sampled_from("主动公开信息12条,，;；、。占%类abc"), max_size=40)


@given(TEXT)
def test_the_clause_mark_splits_at_each_comma_and_semicolon(text: str) -> None:
    # a guard: the one splitter cuts where the three did
    assert narrative._CLAUSE_MARK.split(text) == re.split(r"[,，;；]", text)


@given(st.text(max_size=20))
def test_the_shared_digit_and_han_tests_are_what_the_homes_tested(text: str) -> None:
    assert bool(DIGIT.search(text)) == any(c.isdecimal() for c in text)
    assert bool(HAN.search(text)) == any("\u4e00" <= c <= "\u9fff" for c in text)
