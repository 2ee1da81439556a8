"""Who held an office before whom, as a sentence tells it: "He succeeded Ambassador X",
"replacing X", "after X completed his tenure". An office's newest holder is the one who
took it, not the one a newer sentence names as having left it."""

from __future__ import annotations

import re

_SUCCEEDED = re.compile(r"\b(?:succeeded|succeeding|replaced|replacing)\b(?!\s+by\b)")
# "X, who previously held ...", "after X completed his tenure": the one before
_HELD_BEFORE = re.compile(
    r",\s+who\s+(?:previously|formerly|earlier)\s+held\b"
    r"|\s+(?:completed|finished|ended|concluded)\s+(?:his|her)\s+(?:tenure|term)\b"
)


def replaced(name: str, sentence: str) -> bool:
    """Named as the one someone replaced: "He succeeded Ambassador X", "replacing X",
    "X, who previously held this post", "after X completed his tenure"; not "X succeeded
    him" or "replaced by X"."""
    verb = _SUCCEEDED.search(sentence)
    if verb and sentence.find(name, verb.end()) >= 0:
        return True
    at = sentence.find(name)
    return at >= 0 and bool(_HELD_BEFORE.match(sentence, at + len(name)))


_TITLE_TOKEN = re.compile(r"\b(to\s+)?([A-Za-z]+)(['\u2019]s)?\b")
_NOT_OFFICE = frozenset({"of", "the", "and", "for", "s"})
# one office however copy words its holder: "HEC Chairperson" and "Chairman of the HEC"
_SAME_WORD = {"chairperson": "chairman", "chairwoman": "chairman", "chair": "chairman"}


def _office_words(title: str, unsaid: frozenset[str] = frozenset()) -> list[tuple[str, bool]]:
    """A title's words, each with whether it is written as initials ("KTZ"); "to Pakistan"
    kept apart from "Pakistan's", so an envoy's direction stays. ``unsaid``: words the other
    title does not hold, left out where they only say whose it is ("Pakistan's")."""
    return [
        (
            f"to {word.casefold()}" if to else _SAME_WORD.get(word.casefold(), word.casefold()),
            word.isupper() and len(word) > 1,
        )
        for to, word, owner in _TITLE_TOKEN.findall(title)
        if word.casefold() not in _NOT_OFFICE and not (owner and word.casefold() in unsaid)
    ]


def _whose(title: str) -> bool:
    return any(owner for _, _, owner in _TITLE_TOKEN.findall(title))


def same_office(one: str, other: str) -> bool:
    """Two titles of one office, however copy orders or shortens them: "Air Astana President
    and Chief Executive" and "President and Chief Executive of Air Astana"; "Chairman of
    the Management Board of Kazakhstan Temir Zholy" and "... of KTZ"; "Chairman of
    Pakistan's Higher Education Commission" and "Higher Education Commission Chairperson",
    which says no one's."""
    first, second = _office_words(one), _office_words(other)
    if _whose(one) != _whose(other):  # whose it is, said by one title only
        said_one, said_other = {w for w, _ in first}, {w for w, _ in second}
        first = _office_words(one, frozenset(said_one - said_other))
        second = _office_words(other, frozenset(said_other - said_one))
    words_one, words_two = {w for w, _ in first}, {w for w, _ in second}
    if words_one == words_two:
        return True
    for short, long_ in ((first, second), (second, first)):
        spelt_out = {w for w, _ in long_}
        shortened = [w for w, initials in short if initials and w not in spelt_out]
        rest = {w for w, _ in short} - set(shortened)
        spelt = [w for w, _ in long_ if w not in rest]
        if len(shortened) == 1 and "".join(w[0] for w in spelt) == shortened[0]:
            return rest <= spelt_out
    return False


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def office_keys(title: str) -> set[str]:
    """What a title is looked up by: its words, and the initials of each run of capitalised
    words in it, as copy shortens a body ("Kazakhstan Temir Zholy": "ktz")."""
    initials = {
        "".join(w[0] for w in run.split()).casefold() for run in _CAPITALISED_RUN.findall(title)
    }
    return {w for w, _ in _office_words(title)} | initials
