"""List the bundled schemes' rules whose ``requires`` list holds a word that restricts nothing.

    .venv/bin/python scripts/classify_requires_lint.py            # every bundled scheme; exit 1 when it lists any

Issue 14, round 48. A rule fires when one of its phrases occurs and, if it has ``requires``, one of those words occurs
too (``_scheme.py``). A required word is redundant when it cannot change whether the rule fires:

- ``duplicate``: the same word twice in the list (once normalised);
- ``contains``: the word contains another required word of the same rule, so wherever it occurs the shorter one
  occurs too (the scan reports words inside longer words as context);
- ``implied``: EVERY phrase of the rule contains a required word, so the list never holds the rule back.

A phrase that contains a required word while other phrases do not is not listed: the list still restricts the
others. Dropping a listed word can still change answers through masking (a longer phrase hides the votes of the
shorter phrases inside it, ``requires`` words included), so a fix is checked with ``classify_evaluate.py --dump``
and the phrase-hiding lint (``classify_nested_phrases.py``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from disclosure_rules._classify import normalize_text
from disclosure_rules._classify._scheme import read_bundled_scheme

if TYPE_CHECKING:
    from collections.abc import Iterator

SCHEMES = ("art20_21_2019", "outcome_2021", "applicant")


def _rules(scheme: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for axis in scheme["axes"]:
        for category in axis["categories"]:
            yield from category["rules"]


def redundant(scheme: dict[str, Any]) -> list[str]:
    """One line per redundant required word: ``rule id: kind word (reason)``."""
    found: list[str] = []
    for rule in _rules(scheme):
        required = [normalize_text(word) for word in rule.get("requires", ())]
        if not required:
            continue
        seen: set[str] = set()
        for word in required:
            if word in seen:
                found.append(f"{rule['id']}: duplicate {word}")
            seen.add(word)
        for word in sorted(seen):
            inner = sorted(other for other in seen if other != word and other in word)
            if inner:
                found.append(f"{rule['id']}: contains {word} (holds {', '.join(inner)})")
        phrases = [normalize_text(phrase) for phrase in rule["phrases"]]
        if all(any(word in phrase for word in seen) for phrase in phrases):
            found.append(f"{rule['id']}: implied (every phrase holds a required word)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scheme", action="append", choices=SCHEMES, help="only this scheme (repeatable)")
    args = parser.parse_args(argv)
    listed = 0
    for name in args.scheme or SCHEMES:
        for line in redundant(read_bundled_scheme(name)):
            print(f"{name}: {line}")
            listed += 1
    print(f"{listed} redundant required word(s)", file=sys.stderr)
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
