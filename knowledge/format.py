"""How facts are written, for answers and digests alike: figures, clipping, citations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.answer import Answer, Citations
from knowledge.model import Figure, KnowledgeBase

if TYPE_CHECKING:
    from knowledge.query import Query

DONT_KNOW_HINT = (
    "I can brief you on Pakistan–Kazakhstan relations: upcoming and recent visits, the trade "
    "target, people by name or office, visas, flights, corridors and railways, "
    "business forums, agreements, investment, education, digital cooperation and history. "
    "Ask \u201chelp\u201d for examples."
)
SENTENCE_CHARS = 240
MAX_BULLETS = 6
_CLAUSE = re.compile(r"[,;:]\s|\s[—–-]\s")
_OPENING_QUOTE = re.compile(r'\u201c|(?:(?<=^)|(?<=[\s(\[\u2014]))"')
_ENDED = re.compile(r"[.!?\u2026][\u201d\u2019](?:\s*\([^()]*\))?(?:\s*\[\d+\])*$")
_NUMBER_TAIL = re.compile(r"[\d$€£]\S*$|\b(?:USD|PKR|KZT|Rs)\.?$")


def quoted(text: str) -> str:
    """A statement in quotation marks; the quotation marks it holds become single ones, as
    English nests them (“‘We believe ...,’ he remarked”), never two openings running."""
    inner = _OPENING_QUOTE.sub("\u2018", text).replace('"', "\u2019").replace("\u201d", "\u2019")
    return f"\u201c{inner}\u201d"


def closed(text: str) -> str:
    """A lead ended with a full stop, unless the quotation it ends with ended its sentence
    already (“... and Karachi.” [1]), which a second would only repeat."""
    return text if _ENDED.search(text) else text + "."


def clip(text: str, limit: int = SENTENCE_CHARS, keep: re.Pattern[str] | None = None) -> str:
    """At most ``limit`` characters, cut at a clause boundary (else between words), never
    inside a number or right after an amount's currency. With ``keep``, the first part that
    matches it (the figure a sentence is shown for) stays in, the start dropped if need be."""
    if len(text) <= limit:
        return text
    found = keep.search(text) if keep else None
    if found and found.end() >= limit - 1:
        starts = [m.end() for m in _CLAUSE.finditer(text) if m.end() <= found.start()]
        start = next((s for s in starts if found.end() - s < limit - 2), found.start())
        return "…" + clip(text[start:], limit - 1, keep)
    head = text[: limit - 1]
    floor = max(limit // 2, found.end() if found else 0)
    clauses = [m.start() for m in _CLAUSE.finditer(head) if m.start() >= floor]
    cut = head[: clauses[-1]] if clauses else head.rsplit(" ", 1)[0]
    while _NUMBER_TAIL.search(cut) and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"


def _money(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{value / size:g} {word}"
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0")  # 31.63


def figure_text(figure: Figure) -> str:
    """ "USD 1 billion", "nearly 1,000 students", "over 1 billion tonnes"."""
    amount = (
        f"{figure.unit} {_money(figure.value)}"
        if figure.unit.isupper()
        else f"{_money(figure.value)} {figure.unit}"
    )
    return f"{figure.qualifier} {amount}" if figure.qualifier else amount


def figure_line(figure: Figure) -> str:
    """The figure with what it measures: "USD 1 billion in bilateral trade"; a measure read
    on both sides of the number ("a deficit of … with its largest market") has it in place."""
    if figure.measures in ("", figure.unit):  # "26 containers": the unit says it all
        return figure_text(figure)
    before, gap, after = figure.measures.partition("\u2026")
    if gap:
        line = " ".join(p for p in (before.strip(), figure_text(figure), after.strip()) if p)
        return line.replace(" ,", ",")  # "… rose 18 percent, compared with 2024"
    return f"{figure_text(figure)} {figure.measures}"


_SIGNS = re.compile(r"\busd\b|\W")
_MARKS = re.compile(r"\[\d+\]")


def _said(line: str) -> str:
    """A line as compared with the others: in other signs only where it holds an amount
    (a card of thousands of events compares each line cheaply)."""
    line = line.rstrip(". ")
    return _SIGNS.sub("", line.casefold()) if "$" in line or "USD" in line else line


class Reply:
    """Collects the lines of one answer or digest and numbers the sources they cite."""

    def __init__(self, kb: KnowledgeBase, limit: int = MAX_BULLETS) -> None:
        self.citations = Citations(kb.citation_labels)
        self.bullets: list[str] = []
        self.limit = limit
        self.said: set[str] = set()
        # the events a list names, in its order: "who else was there?" after "upcoming
        # visits" is of the first the reader sees
        self.listed: list[str] = []

    def cite(self, *sources: str) -> str:
        return self.citations.mark(*sources)

    def add(self, text: str, *sources: str) -> None:
        """A line, unless one saying the same in other signs is there ("$163.7 million" and
        "USD 163.7 million": two figures of one clause, each shown with the other)."""
        if len(self.bullets) >= self.limit:  # a card offers thousands of lines at 10k articles
            return
        if (said := _said(text)) not in self.said:
            self.said.add(said)
            self.bullets.append(text + self.cite(*sources))

    def leading(self, lead: str) -> str:
        """The answer's lead, which no line below then says again."""
        self.said.add(_said(_MARKS.sub("", lead)))
        return lead

    def full(self) -> bool:
        return len(self.bullets) >= self.limit

    def answer(
        self,
        question: str,
        intent: str,
        lead: str,
        confidence: float,
        follow_ups: Sequence[str] = (),
        *,
        events: Sequence[str] = (),
        query: Query | None = None,
        hint: str = "",
    ) -> Answer:
        return Answer(
            question=question,
            intent=intent,
            lead=lead[:1].upper() + lead[1:],  # a figure's line leads as a sentence does
            bullets=tuple(self.bullets),
            citations=self.citations.all(),
            confidence=confidence,
            follow_ups=tuple(follow_ups),
            events=tuple(events),
            query=query,
            hint=hint,
        )
