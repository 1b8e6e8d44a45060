"""List the two-character phrases of the content scheme that occur in titles only across a longer word's boundary.

    .venv/bin/python scripts/classify_straddles.py               # every split's titles
    .venv/bin/python scripts/classify_straddles.py --min 10      # the neighbouring words seen in >= 10 titles

Issue 14, round 46 (blind43: 开标, bid opening, read in 政务公开标准 across 公开|标准). For every two-character phrase
of the bundled ``art20_21_2019`` scheme, a title is listed when EVERY occurrence of the phrase straddles two commoner
words — the two characters before its second character (公开) and the two after its first (标准) each occur in at
least ``--min`` titles and in more titles than the phrase itself. What it lists is a candidate to read, not a verdict:
公开|招标 is the phrase inside its own compound, 加强|农村 shares 农村's meaning; a straddle that changes the meaning
gets its own rule with an ``unless`` for the longer word (A20.09.bid_opening, A20.09.act_failed, A20.10.project_start).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_evaluate

from disclosure_rules._classify._scheme import read_bundled_scheme

_PHRASE_LENGTH = 2
_SHOWN = 8  # titles shown per phrase


def two_character_phrases() -> dict[str, set[str]]:
    """Every two-character voting phrase of the content scheme, with the rules that list it."""
    found: dict[str, set[str]] = defaultdict(set)
    for axis in read_bundled_scheme("art20_21_2019")["axes"]:
        for category in axis["categories"]:
            for rule in category["rules"]:
                for phrase in rule.get("phrases", ()):
                    if len(phrase) == _PHRASE_LENGTH:
                        found[phrase].add(rule["id"])
    return found


def straddles(titles: list[str], minimum: int) -> dict[str, list[str]]:
    """Phrase -> the titles in which every occurrence straddles two commoner neighbouring words."""
    seen: Counter[str] = Counter()
    for title in titles:
        seen.update({title[i : i + 2] for i in range(len(title) - 1)})

    def across(title: str, phrase: str, at: int) -> bool:
        left, right = title[at - 1 : at + 1] if at else "", title[at + 1 : at + 3]
        return all(
            len(word) == _PHRASE_LENGTH and seen[word] >= minimum and seen[word] > seen[phrase]
            for word in (left, right)
        )

    found: dict[str, list[str]] = {}
    for phrase in two_character_phrases():
        listed = []
        for title in titles:
            places = [at for at in range(len(title) - 1) if title.startswith(phrase, at)]
            if places and all(across(title, phrase, at) for at in places):
                at = places[0]
                listed.append(f"{title[at - 1 : at + 1]}|{title[at + 1 : at + 3]}  {title}")
        if listed:
            found[phrase] = listed
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the candidates, one block per phrase."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--min", type=int, default=15, help="titles a neighbouring word must occur in")
    arguments = parser.parse_args(argv)
    rows = classify_evaluate._load("titles.jsonl")  # noqa: SLF001 -- the one reader of every split's labelled lines
    titles = sorted({row["title"] for row in rows})
    rules = two_character_phrases()
    for phrase, listed in sorted(straddles(titles, arguments.min).items()):
        sys.stdout.write(f"== {phrase} ({', '.join(sorted(rules[phrase]))})\n")
        sys.stdout.writelines(f"    {line}\n" for line in listed[:_SHOWN])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
