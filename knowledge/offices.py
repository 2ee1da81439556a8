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
