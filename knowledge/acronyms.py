"""Abbreviations readers type for names the sources write out: "UAP" for the
Uzbekistan–Afghanistan–Pakistan railway, "IPRI" for the Islamabad Policy Research Institute.

Worked out once from the KB's own names and statements (each capitalised run of words, or
words joined by dashes, gives its initials), so a question's "uap" can be read as the name
it stands for; an abbreviation two names share is left alone, and one the articles use
themselves is a word of theirs already.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

# "Uzbekistan–Afghanistan–Pakistan", "Kazakhstan Temir Zholy", "Joint Working Group on IT":
# capitalised words joined by dashes or spaces ("of", "for", "and", "on" may stand between)
_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:(?:[-\u2013\u2014]|\s+(?:(?:of|for|and|on|the)\s+)?)[A-Z][a-z]+){1,5}"
)
_CAPITAL = re.compile(r"[A-Z][a-z]+")
_MIN_LETTERS = 3  # "US", "PM": too short to stand for one name


def acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case initials -> the name they stand for, for initials only one name gives."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for name in _NAME.finditer(text):
            initials = "".join(word[0] for word in _CAPITAL.findall(name.group(0)))
            if len(initials) >= _MIN_LETTERS:
                found[initials.lower()].add(name.group(0))
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


# "the National Bank of Kazakhstan (NBK)", "Trade Development Authority of Pakistan (TDAP)":
# a name, then the initials copy uses for it from then on
_DEFINED = re.compile(
    r"\b((?:[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)*){1,6}[A-Z][a-z]+)\s+\(([A-Z]{2,6})\)"
)


def defined(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case initials -> the name an article spells them out as ("nbk" -> "National
    Bank of Kazakhstan"), where the name's capitals are those initials; initials spelt out
    two ways are left alone."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if "(" not in text:
            continue
        for name, short in _DEFINED.findall(text):
            words = name.split()
            capitals = [w for w in words if w[0].isupper()]
            for start in range(len(capitals)):  # "Governor of the State Bank of Pakistan (SBP)"
                if "".join(w[0] for w in capitals[start:]) == short:
                    found[short.lower()].add(name[name.index(capitals[start]) :])
                    break
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}
