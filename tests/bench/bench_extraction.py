"""Benchmark: automatic extraction measured against the curated layer on the seed articles.

The curated layer is the reviewed reading of the seeds, so it is the reference: for people
with roles, events with dates and figures, precision (of what extraction finds, the share
the curated layer holds) and recall (of what the curated layer holds, the share extraction
finds). A script that prints figures, not a test:

    .venv/bin/python tests/bench/bench_extraction.py [--verbose]

- people with roles: (person, source) pairs; an extracted name counts when it is a curated
  person's name or alias (or its full form in that article).
- events with dates: (event, source) pairs; an extracted event counts when it involves a
  curated event's participant, name or place, that event is reported by the same source,
  and the date (or its absence) is the one the curated report of that source gives.
- figures: (value, unit, source) triples, units as the curated layer writes them.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.extraction import Extractor, load_rules
from knowledge.merge import OCCASION
from knowledge.model import EntityKind, KnowledgeBase

_UNITS = {"dollars": "USD"}


def _unit(unit: str) -> str:
    """The counted noun alone: "Pakistani students" and "students" are one unit."""
    last = unit.split(" of ")[0].split()[-1]
    return _UNITS.get(last, last)


def _key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").replace("-", " ").casefold().split())


def _score(name: str, found: set[tuple[object, ...]], wanted: set[tuple[object, ...]]) -> None:
    right = found & wanted
    precision = len(right) / len(found) if found else 1.0
    recall = len(right) / len(wanted) if wanted else 1.0
    print(
        f"{name:<22} precision {precision:5.2f} ({len(right)}/{len(found)})   "
        f"recall {recall:5.2f} ({len(right)}/{len(wanted)})"
    )


def people(kb: KnowledgeBase, extractor: Extractor, verbose: bool) -> None:
    names = {_key(n): p.id for p in kb.curated.people for n in p.names}
    wanted = {(p.id, r.quote.source) for p in kb.curated.people for r in p.roles}
    found: set[tuple[object, ...]] = set()
    for sentence in kb.sentences:
        for mention in extractor.roles(sentence):
            key = _key(mention.name)
            if " " not in key:  # "Minister Khan": the Khan this article names in full
                key = _full(kb, extractor, names, sentence.source, key)
            ident = names.get(key) or next(
                (i for n, i in names.items() if " " in n and f" {key}".endswith(f" {n}")), None
            )
            found.add((ident or mention.name, sentence.source))
    _report("people with roles", found, set(wanted), verbose)


def _full(
    kb: KnowledgeBase, extractor: Extractor, names: dict[str, str], source: str, word: str
) -> str:
    here = {
        _key(m.name)
        for s in kb.sentences
        if s.source == source
        for m in extractor.roles(s)
        if _key(m.name) in names and _key(m.name).endswith(f" {word}")
    }
    return here.pop() if len(here) == 1 else word


def events(kb: KnowledgeBase, extractor: Extractor, verbose: bool) -> None:
    wanted: set[tuple[object, ...]] = set()
    reported: dict[tuple[str, str], object] = {}
    for event in kb.curated.events:
        for report in event.reports:
            pair = (event.id, report.quote.source)
            if pair not in reported or reported[pair] is None:
                reported[pair] = report.date and report.date.iso()
    wanted = {(*pair, date) for pair, date in reported.items()}
    places = {e.id for e in kb.curated.entities if e.kind is EntityKind.PLACE}
    groups: dict[tuple[str, str], object] = {}
    for sentence in kb.sentences:
        published = kb.article_by_id[sentence.source].published
        mention = extractor.events(sentence, published)
        if mention is None:
            continue
        involved = set(sentence.mentions) - places
        place = next((m for m in sentence.mentions if m in places), None)
        if not involved and mention.name is None:
            continue
        fits = [  # (how much of it the sentence names, the event), the closest first
            (
                len(involved & set(e.participants))
                + bool(mention.name and _key(mention.name) in _key(e.name))
                + bool(place and place == e.place),
                -n,
                e.id,
            )
            for n, e in enumerate(kb.curated.events)
            if (e.id, sentence.source) in reported
            and OCCASION.get(e.kind, e.kind) == OCCASION.get(mention.kind, mention.kind)
        ]
        best = max(fits, default=(0, 0, ""))
        match = best[2] if best[0] else f"unmatched:{sentence.source}:{sentence.number}"
        key = (match, sentence.source)
        date = mention.date and mention.date.iso()
        if groups.get(key) is None:
            groups[key] = date
    found = {(*pair, date) for pair, date in groups.items()}
    _report("events with dates", found, wanted, verbose)


def figures(kb: KnowledgeBase, extractor: Extractor, verbose: bool) -> None:
    wanted = {(f.value, _unit(f.unit), q.source) for f in kb.curated.figures for q in f.quotes}
    found: set[tuple[object, ...]] = set()
    for sentence in kb.sentences:
        published = kb.article_by_id[sentence.source].published
        for figure in extractor.figures(sentence, published):
            found.add((figure.value, _unit(figure.unit), sentence.source))
    _report("figures", found, wanted, verbose)


def _report(
    name: str, found: set[tuple[object, ...]], wanted: set[tuple[object, ...]], verbose: bool
) -> None:
    _score(name, found, wanted)
    if verbose:
        for label, items in (("  extra:", found - wanted), ("  missed:", wanted - found)):
            for item in sorted(items, key=str):
                print(label, *_short(item))


def _short(item: Iterable[object]) -> list[str]:
    return [re.sub(r"^(\d{3})_\w+$", r"\1", str(part)) for part in item]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every extra and miss")
    args = parser.parse_args()
    kb = build(DEFAULT_SEEDS_DIR)
    extractor = Extractor(load_rules())
    print(f"{len(kb.articles)} seed articles, {len(kb.sentences)} sentences")
    people(kb, extractor, args.verbose)
    events(kb, extractor, args.verbose)
    figures(kb, extractor, args.verbose)


if __name__ == "__main__":
    main()
