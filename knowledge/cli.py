"""``briefbot ask``, ``briefbot kb ...`` and ``briefbot ingest``: the KB from a terminal.

Only argument parsing and printing live here; the work is in the engine and the builder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TextIO, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from knowledge import evaluate, kbfile, records
from knowledge.answer import Answer
from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.check import CheckFailed
from knowledge.curated import load_curated
from knowledge.dates import DEFAULT_TZ
from knowledge.engine import Engine
from knowledge.environment import shown
from knowledge.extract import split_sentences
from knowledge.extraction import Extractor, load_rules
from knowledge.ingest import ingest
from knowledge.merge import suggest
from knowledge.model import EntityKind, KnowledgeBase, Sentence
from knowledge.records import DataError
from knowledge.seeds import MAX_ARTICLE_BYTES, MIN_ARTICLE_LIMIT, load_seeds

_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake the user can fix; printed as one line, exit code 2."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from None


def default_seeds_dir() -> Path:
    return Path(os.environ.get("BRIEFBOT_SEEDS_DIR") or DEFAULT_SEEDS_DIR)


def local_today() -> date:
    """Today where the bot runs ($BRIEFBOT_TZ, as the bot reads it): an article published
    "today" in Karachi is not refused as future-dated on a server keeping UTC."""
    zone_name = os.environ.get("BRIEFBOT_TZ") or DEFAULT_TZ
    try:
        return datetime.now(ZoneInfo(zone_name)).date()
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"BRIEFBOT_TZ: unknown time zone {shown(zone_name)}") from None


def max_article_bytes() -> int:
    """The largest article the KB takes ($BRIEFBOT_MAX_ARTICLE_BYTES, as the bot reads it)."""
    text = os.environ.get("BRIEFBOT_MAX_ARTICLE_BYTES") or str(MAX_ARTICLE_BYTES)
    try:
        limit = int(text.strip())
    except ValueError:
        limit = 0
    if limit < MIN_ARTICLE_LIMIT:
        value = shown(text.strip())
        least = MIN_ARTICLE_LIMIT
        raise UsageError(f"BRIEFBOT_MAX_ARTICLE_BYTES: {value} is not at least {least}")
    return limit


def default_kb_path() -> Path:
    return Path(os.environ.get("BRIEFBOT_DATA_DIR") or "data") / "kb.jsonl"


READERS = ("en", "ru", "kk", "ur")
_LANG_HELP = (
    "the asker's own language, as Telegram tells the bot: it reads Cyrillic without "
    "Kazakh's letters as Kazakh for kk (default: by the script alone)"
)


def add_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    ask = commands.add_parser(
        "ask",
        help="answer questions (from the arguments, or one per line on standard input)",
        description="Answer each QUESTION; with none, read one question per line until EOF.",
    )
    ask.add_argument("questions", nargs="*", metavar="QUESTION")
    ask.add_argument("--today", type=_date, help="the day to answer as of (default: today)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--lang", choices=READERS, help=_LANG_HELP)
    ask.add_argument("--kb", type=Path, help="a built KB file (default: build from the seeds)")
    ask.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help='let each question lean on the previous answer ("tell me more", "and Karachi?")',
    )
    ask.set_defaults(run=run_ask)

    evaluate = commands.add_parser(
        "eval",
        help="score the engine on a question set",
        description="Ask every question of FILE (YAML) and score the answers, by kind.",
    )
    evaluate.add_argument("file", type=Path, metavar="FILE")
    evaluate.add_argument("--today", type=_date, help="the day to ask on (default: the set's)")
    evaluate.add_argument("--verbose", action="store_true", help="print each failed answer")
    evaluate.add_argument("--min", type=float, default=0.0, help="exit 1 under this share right")
    evaluate.add_argument("--lang", choices=READERS, help=_LANG_HELP)
    evaluate.add_argument(
        "--kb", type=Path, help="a built KB file (default: build from the seeds)"
    )
    evaluate.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    evaluate.add_argument(
        "--with",
        dest="with_sets",
        type=Path,
        action="append",
        default=[],
        metavar="SET",
        help="also ingest the articles of question set SET first (repeatable)",
    )
    evaluate.set_defaults(run=run_eval)

    kb = commands.add_parser("kb", help="build, check and describe the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True, metavar="COMMAND")
    kb_build = kb_commands.add_parser("build", help="build the KB file from the seeds")
    kb_build.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    kb_build.add_argument(
        "--out", type=Path, help="KB file (default: $BRIEFBOT_DATA_DIR/kb.jsonl)"
    )
    kb_build.set_defaults(run=run_build)
    kb_check = kb_commands.add_parser(
        "check", help="check a seeds folder (with the curated layer) or a built KB file"
    )
    kb_check.add_argument("path", nargs="?", type=Path, metavar="PATH")
    kb_check.set_defaults(run=run_check)
    kb_stats = kb_commands.add_parser("stats", help="counts of each kind and the as-of date")
    kb_stats.add_argument("--kb", type=Path, help="a built KB file (default: build from seeds)")
    kb_stats.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    kb_stats.set_defaults(run=run_stats)
    kb_suggest = kb_commands.add_parser(
        "suggest",
        help="print what extraction reads in one article, as curated-YAML drafts",
        description="Extract people, events and figures from ARTICLE (a source id of the "
        "seeds folder) and print them in the shape of knowledge/curated/*.yaml, with their "
        "quotes, for a reviewer to correct and accept.",
    )
    kb_suggest.add_argument("article", metavar="ARTICLE", help="a source id in the seeds folder")
    kb_suggest.add_argument(
        "--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)"
    )
    kb_suggest.set_defaults(run=run_suggest)

    add = commands.add_parser(
        "ingest",
        help="add an article to the seeds folder and rebuild the KB",
        description="Check FILE, add it to the seeds folder as <FILE's stem>.txt with its "
        "metadata in index.yaml and rebuild the KB; on any problem nothing changes.",
    )
    add.add_argument("file", type=Path, metavar="FILE", help="the article as UTF-8 text")
    add.add_argument("--title", help="the article's headline (default: its first words)")
    add.add_argument("--publisher", help="who published it")
    add.add_argument("--date", metavar="YYYY[-MM[-DD]]", help="when, as precise as known")
    add.add_argument("--url", help="where it was published (http:// or https://)")
    add.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    add.set_defaults(run=run_ingest)


def load_kb(kb_path: Path | None, seeds: Path | None) -> KnowledgeBase:
    """A built KB file when given, else a fresh build of the seeds folder."""
    if kb_path is not None:
        if not kb_path.is_file():
            raise UsageError(f"{kb_path}: KB file not found")
        return kbfile.load(kb_path)
    return build(seeds or default_seeds_dir(), max_article_bytes=max_article_bytes())


def _questions(args: argparse.Namespace, stdin: TextIO) -> Iterator[str]:
    if args.questions:
        yield from args.questions
        return
    interactive = stdin.isatty()
    if interactive:
        print('Ask about Pakistan–Kazakhstan relations ("help" for ideas, Ctrl-D to quit).')
    while True:
        if interactive:
            print("? ", end="", flush=True)
        line = stdin.readline()
        if not line:
            return
        yield line.rstrip("\r\n")


def render(answer: Answer, as_json: bool) -> str:
    if as_json:
        return json.dumps(
            {
                "question": answer.question,
                "language": answer.language,
                "intent": answer.intent,
                "answer": answer.text,
                "sources": list(answer.sources),
                "confidence": answer.confidence,
            },
            ensure_ascii=False,
        )
    return answer.text + "\n"


def run_ask(args: argparse.Namespace) -> int:
    engine = Engine(load_kb(args.kb, args.seeds))
    today = args.today or date.today()
    previous: Answer | None = None
    for question in _questions(args, sys.stdin):
        answer = engine.answer(question, today, context=previous, reader=args.lang)
        previous = answer if args.conversation else None
        print(render(answer, args.json), flush=True)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: question set not found")
    own_today, questions = evaluate.load(args.file)
    today = args.today or own_today or date.today()
    added = [a for path in (*args.with_sets, args.file) for a in _set_articles(path)]
    if added and args.kb is not None:
        raise UsageError("--kb: a set that adds articles needs a seeds folder, not a KB file")
    with tempfile.TemporaryDirectory(prefix="briefbot-eval-") as scratch:
        kb = _with_articles(args.seeds or default_seeds_dir(), added, Path(scratch), today)
        engine = Engine(kb or load_kb(args.kb, args.seeds))
    report = evaluate.run(engine, questions, today, reader=args.lang)
    for result in report.results:
        if not result.right and args.verbose:
            q = result.question
            print(f"FAIL {q.id} [{q.kind}] {q.question}")
            if q.previous:
                print(f"  after: {q.previous}")
            print("  " + "; ".join(result.problems))
            print("  | " + result.answer.text.replace("\n", "\n  | "))
    for kind, (right, total) in report.by_kind().items():
        print(f"{kind:<15}{right:>4}/{total:<4}{right / total:6.0%}")
    print(
        f"{'all':<15}{sum(r.right for r in report.results):>4}/{len(report.results):<4}"
        f"{report.score:6.0%}   honest on unknowns {report.honest:.0%}, "
        f"wrong facts stated {report.wrong}"
    )
    return 0 if report.score >= args.min else EXIT_CHECK_FAILED


def _set_articles(path: Path) -> tuple[evaluate.NewArticle, ...]:
    if not path.is_file():
        raise UsageError(f"{path}: question set not found")
    return evaluate.articles(path)


def _with_articles(
    seeds: Path, added: list[evaluate.NewArticle], scratch: Path, today: date
) -> KnowledgeBase | None:
    """The KB of a copy of ``seeds`` with ``added`` put in through the real ingest path
    (its guards included), or None when nothing is added."""
    if not added:
        return None
    folder = scratch / "seeds"
    shutil.copytree(seeds, folder)
    for new in added:
        ingest(
            new.file, folder, title=new.title, publisher=new.publisher, date=new.date, today=today
        )
    return build(folder, max_article_bytes=max_article_bytes())


def run_build(args: argparse.Namespace) -> int:
    kb = build(args.seeds or default_seeds_dir(), max_article_bytes=max_article_bytes())
    out = args.out or default_kb_path()
    kbfile.write(kb, out)
    print(f"Built {out}: {_summary(kb)}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = args.path or default_seeds_dir()
    if not path.exists():
        raise UsageError(f"{path}: no such seeds folder or KB file")
    kb = (
        build(path, max_article_bytes=max_article_bytes())
        if path.is_dir()
        else kbfile.check_file(path)
    )
    print(f"OK {path}: {_summary(kb)}; every curated quote found in its source")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    kb = load_kb(args.kb, args.seeds)
    for name, count in _counts(kb):
        print(f"{name:<15}{count}")
    for name, curated, extracted in _origins(kb):
        print(f"{name:<15}{curated} curated, {extracted} extracted from unreviewed articles")
    print(f"{'as of':<15}{kb.as_of.human() if kb.as_of else 'undated'}")
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    seeds = {seed.meta.id: seed for seed in load_seeds(args.seeds or default_seeds_dir())}
    name = Path(args.article).stem if args.article.endswith(".txt") else args.article
    if name not in seeds:
        raise UsageError(f"{args.article}: no such article in the seeds folder")
    seed = seeds[name]
    sentences = [Sentence(name, n, t) for n, t in enumerate(split_sentences(seed.text), 1)]
    found = suggest(load_curated(), Extractor(load_rules()), seed.meta, sentences)
    drafts = {
        "people": [records.dump_person(p) for p in found.people],
        "events": [records.dump_event(e) for e in found.events],
        "figures": [records.dump_figure(f) for f in found.figures],
    }
    print(f"# Drafts extracted from {name}: check each against its quote, fix titles, names and")
    print("# dates, give new records readable ids, then move them into knowledge/curated/.")
    print(yaml.safe_dump(drafts, sort_keys=False, allow_unicode=True, width=95), end="")
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    seeds = args.seeds or default_seeds_dir()
    article, kb = ingest(
        args.file,
        seeds,
        title=args.title,
        publisher=args.publisher,
        date=args.date,
        url=args.url,
        today=local_today(),
        max_bytes=max_article_bytes(),
    )
    print(f'Added {article.id} "{article.title}" to {seeds}: {_added(kb, article.id)}')
    return 0


def _added(kb: KnowledgeBase, source: str) -> str:
    """What one article brings: the whole folder is rebuilt by the bot, not by ingest."""
    c = kb.curated
    sentences = sum(1 for s in kb.sentences if s.source == source)
    people = sum(1 for p in c.people if any(r.quote.source == source for r in p.roles))
    events = len(kb.events_reported_in.get(source, ()))
    figures = sum(1 for f in c.figures if source in f.sources)
    return (
        f"{_many(sentences, 'sentence')}; read from it: {_many(people, 'person', 'people')} "
        f"with titles, {_many(events, 'event')}, {_many(figures, 'figure')}"
    )


def _many(count: int, one: str, more: str | None = None) -> str:
    return f"{count} {one if count == 1 else more or one + 's'}"


def _origins(kb: KnowledgeBase) -> Iterable[tuple[str, int, int]]:
    """Records of each structured kind: how many reviewed, how many extracted."""
    c = kb.curated
    for name, found in (("people", c.people), ("events", c.events), ("figures", c.figures)):
        extracted = sum(1 for record in found if record.id in kb.extracted)
        yield name, len(found) - extracted, extracted


def _counts(kb: KnowledgeBase) -> Iterable[tuple[str, int]]:
    c = kb.curated
    orgs = sum(1 for e in c.entities if e.kind is EntityKind.ORGANISATION)
    return (
        ("articles", len(kb.articles)),
        ("sentences", len(kb.sentences)),
        ("people", len(c.people)),
        ("organisations", orgs),
        ("places", len(c.entities) - orgs),
        ("events", len(c.events)),
        ("figures", len(c.figures)),
        ("claims", len(c.claims)),
        ("topics", len(c.topics)),
    )


def _summary(kb: KnowledgeBase) -> str:
    as_of = kb.as_of.human() if kb.as_of else "undated"
    return ", ".join(f"{count} {name}" for name, count in _counts(kb)) + f"; as of {as_of}"


def run(args: argparse.Namespace) -> int:
    """Run a parsed command, turning the errors a user can cause into one line each."""
    try:
        code: int = args.run(args)
        return code
    except CheckFailed as failed:
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"KB check failed: {len(failed.problems)} problem(s)", file=sys.stderr)
        return EXIT_CHECK_FAILED
    except (DataError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
