"""List the phrases of a bundled scheme that contain a shorter voting phrase of another category.

    .venv/bin/python scripts/classify_nested_phrases.py                    # art20_21_2019
    .venv/bin/python scripts/classify_nested_phrases.py outcome_2021 --since b625e24
    .venv/bin/python scripts/classify_nested_phrases.py --write-reviewed   # every bundled scheme's reviewed list

The automaton lets only the longer of two nested phrases vote (the shorter still counts for ``requires`` and
``unless``), so a phrase added to one rule — or to a rule's ``requires``, ``unless`` or the scheme's ``ignore`` —
silences the shorter phrase of every other rule inside it (issue 14, round 6: the requires word 的批复 silenced the act
word 批复). Each line names the longer phrase, its rule and field, and the silenced phrase with its rule; read them
after changing a scheme. ``--since COMMIT`` lists only phrases that the scheme at COMMIT did not have.

Issue 14, round 39 (the phrase-hiding lint): the lines read and found intended are kept, one file per scheme, in
tests/data/classify/nested_phrases/<scheme>.txt; tests/classify/test_classify_issue14_round39.py fails when a scheme's
list and its file differ (a new hide not yet read, or one gone). Read the new lines; when each is intended, rewrite the
files with ``--write-reviewed`` and commit them with the scheme.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from disclosure_rules._classify import normalize_text
from disclosure_rules._classify._scheme import expand_word_classes, read_bundled_scheme

_FIELDS = ("phrases", "requires", "unless")
# The bundled schemes the lint covers, and the folder of their reviewed lists.
SCHEMES = ("art20_21_2019", "outcome_2021", "applicant", "legacy_2007_art9_12", "legacy_closeness_seed")
REVIEWED = Path(__file__).resolve().parent.parent / "tests" / "data" / "classify" / "nested_phrases"


def reviewed(name: str) -> list[str]:
    """The lines of scheme ``name`` read and found intended (its file under ``REVIEWED``), in file order."""
    return (REVIEWED / f"{name}.txt").read_text("utf-8").splitlines()


def _entries(scheme: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(normalised phrase, category code, rule id, field) for every phrase of ``scheme``, ``ignore`` included."""
    found = [
        (normalize_text(phrase), category["code"], rule["id"], field)
        for axis in scheme["axes"]
        for category in axis["categories"]
        for rule in category["rules"]
        for field in _FIELDS
        for phrase in rule.get(field, ())
    ] + [
        # Issue 14, round 62: a requires_all group's words mask shorter phrases as requires words do.
        (normalize_text(phrase), category["code"], rule["id"], "requires_all")
        for axis in scheme["axes"]
        for category in axis["categories"]
        for rule in category["rules"]
        for group in rule.get("requires_all", ())
        for phrase in group
    ]
    return found + [
        (normalize_text(phrase), "ignore", "ignore", "ignore") for phrase in scheme.get("ignore", ())
    ]


def nested(scheme: dict[str, Any], before: dict[str, Any] | None = None) -> list[str]:
    """One line per (longer phrase, silenced shorter voting phrase of another category)."""
    entries = _entries(scheme)
    old = {phrase for phrase, *_ in _entries(before)} if before is not None else set()
    voting = [(phrase, code, rule) for phrase, code, rule, field in entries if field == "phrases"]
    return [
        f"{field} {phrase!r} ({rule}) silences {short!r} ({short_rule})"
        for phrase, code, rule, field in entries
        if phrase not in old
        for short, short_code, short_rule in voting
        if short != phrase and short in phrase and short_code != code
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the nested phrases of one bundled scheme."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scheme", nargs="?", default="art20_21_2019", help="a bundled scheme's name")
    parser.add_argument("--since", help="only phrases the scheme at this git commit did not have")
    parser.add_argument(
        "--write-reviewed", action="store_true", help=f"rewrite the reviewed lists of {', '.join(SCHEMES)}"
    )
    args = parser.parse_args(argv)
    if args.write_reviewed:
        REVIEWED.mkdir(parents=True, exist_ok=True)
        for name in SCHEMES:
            (REVIEWED / f"{name}.txt").write_text(
                "".join(f"{line}\n" for line in nested(read_bundled_scheme(name))), "utf-8"
            )
        return 0
    path = f"schemes/{args.scheme}.toml"
    scheme = read_bundled_scheme(args.scheme)
    before = None
    if args.since:
        shown = subprocess.run(  # noqa: S603 - a fixed git command on the repository's own history
            ["git", "show", f"{args.since}:src/disclosure_rules/_classify/{path}"],  # noqa: S607 - git on PATH
            capture_output=True,
            text=True,
            check=True,
        )
        before = expand_word_classes(tomllib.loads(shown.stdout))
    lines = nested(scheme, before)
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
