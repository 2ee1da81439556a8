"""Benchmark: answer latency, KB build time and peak memory, on the seeds and at 10,000 articles.

The large corpus is generated from the seeds: each synthetic article recombines seed
sentences with other numbers and months, so it is searchable text of the same kind, and it
goes through the same build as any new article (not indexed, so undated). Each measurement
runs in a fresh process so peak memory (ru_maxrss) is that measurement's own. A script that
prints figures, not a test:

    .venv/bin/python tests/bench/bench_engine.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from knowledge import kbfile
from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.engine import Engine
from knowledge.extract import split_sentences

QUESTIONS = [
    "upcoming visits", "recent visits", "trade target", "trade tagret", "who is Kistafin",
    "who is kistafeen", "tokayevs trip", "what is the goal for bilateral trade",
    "who heads Kazakhstan's transport ministry", "who is Pakistan's communications minister",
    "visas", "direct flights", "railways", "business forums", "history of relations",
    "timeline", "sources", "help", "agreements", "investment", "education", "digital",
    "interfaith", "energy", "priority sectors", "price of gold today", "write me a poem",
    "weather in Karachi", "Turghundi Herat railway Gwadar", "students medicine",
    "guard of honour", "bonded cargo terminal", "what is Samruk-Kazyna", "IPRI",
    "<b>trade</b> {{target}}", "🇵🇰🤝🇰🇿 trade", "x" * 5_000, "",
    "who is the envoy", "Karachi business forum contracts",
    # the questions a reader asks next: details, numbers, dates, yes/no, comparisons
    "what did Kistafin and Abdul Aleem Khan discuss?", "what did Tokayev receive from Zardari",
    "who greeted Tokayev on arrival", "how many participants were at the karachi forum",
    "when was the state of the nation address", "where did jam kamal meet shaqqaliev",
    "did tokayev come to pakistan?", "are there direct flights yet?",
    "was the trade target bigger than the contracts signed in karachi",
    "who visited pakistan first, karabayev or tokayev", "what happened in november 2025",
    "who is Pakistan's ambassador to Kazakhstan", "who is Nurlan Kistafin",
    "how much did Pakistan export to Kazakhstan last year", "thanks!",
    # in the readers' languages: told by script, read through the language tables
    "Кто такой Кистафин?", "Что известно о визах?", "Кистафин кім?",
    "Тоқаев Пәкістанға қашан барды?", "کستافن کون ہیں؟", "تجارتی ہدف کیا ہے؟",
]  # fmt: skip
MONTHS = ["January", "March", "April", "May", "June", "July", "September", "October"]
TARGETS = {"seeds": (2.0, None, None), "synthetic": (10.0, 60.0, 300.0)}


def synthetic_corpus(folder: Path, articles: int, seed: int = 7) -> None:
    """The five seeds plus ``articles`` generated ones, deterministic for a given seed."""
    shutil.copytree(DEFAULT_SEEDS_DIR, folder)
    pool = [
        s
        for path in sorted(DEFAULT_SEEDS_DIR.glob("*.txt"))
        for s in split_sentences(path.read_text(encoding="utf-8"))
    ]
    rng = random.Random(seed)
    for n in range(1, articles + 1):
        sentences = rng.sample(pool, rng.randint(15, 40))
        text = " ".join(sentences)
        text = re.sub(r"\d+", lambda m: str(rng.randint(2, 900)), text)
        text = re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), text)
        (folder / f"syn_{n:05d}.txt").write_text(text + "\n", encoding="utf-8")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def build_child(folder: Path, kb_path: Path) -> dict[str, float]:
    """In a fresh process: build the KB from the seeds folder and write it."""
    started = time.perf_counter()
    kb = build(folder)
    built = time.perf_counter() - started
    started = time.perf_counter()
    kbfile.write(kb, kb_path)
    return {
        "articles": len(kb.articles),
        "sentences": len(kb.sentences),
        "build_s": built,
        "write_s": time.perf_counter() - started,
        "kb_mb": kb_path.stat().st_size / 2**20,
        "build_peak_mb": peak_mb(),
    }


def load_child(kb_path: Path) -> dict[str, float]:
    """In a fresh process: read the KB file back (what ``briefbot ask --kb`` does)."""
    started = time.perf_counter()
    kbfile.load(kb_path)
    return {"load_s": time.perf_counter() - started, "load_peak_mb": peak_mb()}


NEW_ARTICLE = (  # one article the corpus has no sentence of, as an operator would add it
    "Kazakh transport minister meets railway officials\n\n"
    "ISLAMABAD: Kazakhstan's Minister of Transport Nurlan Sauranbayev met Minister for "
    "Railways Hanif Abbasi on Tuesday to review the Uzbekistan-Afghanistan-Pakistan railway. "
    "Sauranbayev said 1,300 kilometres of new railway lines would be built by 2029, and both "
    "sides agreed to form a working group on freight tariffs before the end of the year.\n"
)


def ingest_child(folder: Path) -> dict[str, float]:
    """In a fresh process: ``briefbot ingest`` of one new article into a linked copy of the
    folder (the copy's files are the corpus's own, so the corpus stays as it was)."""
    copy = folder.parent / "ingest-copy"
    shutil.copytree(folder, copy, copy_function=os.link)
    article = folder.parent / "railway_talks.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [Path(sys.executable).with_name("briefbot"), "ingest", str(article), "--seeds", str(copy),
         "--date", "2026-11-24"],
        check=True, capture_output=True,
    )  # fmt: skip
    took = time.perf_counter() - started
    shutil.rmtree(copy)
    article.unlink()
    return {"ingest_s": took}


def serve_child(folder: Path) -> dict[str, float]:
    """In a fresh process, as the bot starts: build from the seeds, index, answer."""
    kb = build(folder)
    started = time.perf_counter()
    engine = Engine(kb)
    indexed = time.perf_counter() - started
    latencies = []
    rng = random.Random(1)
    for n in range(1_200):
        question = rng.choice(QUESTIONS)
        today = date(2025, 10, 15) if n % 2 else date(2026, 11, 22)
        started = time.perf_counter()
        engine.answer(question, today)
        latencies.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "engine_s": indexed,
        "serve_peak_mb": peak_mb(),
        "questions": len(latencies),
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
    }


def run(folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    kb_path = folder.parent / "kb.jsonl"
    phases = (("build", folder), ("load", kb_path), ("ingest", folder), ("serve", folder))
    for phase, target in phases:
        result = subprocess.run(
            [sys.executable, __file__, "--child", phase, str(target)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures.update(json.loads(result.stdout.splitlines()[-1]))
    return figures


def report(name: str, figures: dict[str, float]) -> None:
    p95_target, build_target, memory_target = TARGETS[name]

    def mark(ok: bool) -> str:
        return "PASS" if ok else "MISS"

    print(f"\n{name}: {figures['articles']:.0f} articles, {figures['sentences']:.0f} sentences")
    print(
        f"  answer latency over {figures['questions']:.0f} questions: p50 {figures['p50']:.3f} ms"
        f"  p95 {figures['p95']:.3f} ms  p99 {figures['p99']:.3f} ms"
        f"   (p95 <= {p95_target} ms: {mark(figures['p95'] <= p95_target)})"
    )
    line = f"  build {figures['build_s']:.2f} s"
    if build_target:
        line += f" (<= {build_target:.0f} s: {mark(figures['build_s'] <= build_target)})"
    print(line + f"; write {figures['write_s']:.2f} s ({figures['kb_mb']:.1f} MB of JSON Lines);"
          f" engine index {figures['engine_s']:.2f} s")  # fmt: skip
    peak = max(figures["build_peak_mb"], figures["serve_peak_mb"])
    line = f"  peak memory: build and write {figures['build_peak_mb']:.0f} MB;"
    line += f" build, index and answer (as the bot) {figures['serve_peak_mb']:.0f} MB"
    if memory_target:
        line += f" (<= {memory_target:.0f} MB: {mark(peak <= memory_target)})"
    print(line)
    print(
        f"  reading the KB file back (briefbot ask --kb): {figures['load_s']:.1f} s, "
        f"peak {figures['load_peak_mb']:.0f} MB"
    )
    print(f"  briefbot ingest of one new article: {figures['ingest_s']:.1f} s")


def main(articles: int) -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        seeds = Path(scratch) / "seeds" / "seeds"
        shutil.copytree(DEFAULT_SEEDS_DIR, seeds)
        report("seeds", run(seeds))
        corpus = Path(scratch) / "synthetic" / "seeds"
        synthetic_corpus(corpus, articles)
        report("synthetic", run(corpus))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--child", nargs=2, metavar=("PHASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        phase, path = args.child
        target = Path(path)
        if phase == "build":
            print(json.dumps(build_child(target, target.parent / "kb.jsonl")))
        else:
            child = {"load": load_child, "ingest": ingest_child, "serve": serve_child}[phase]
            print(json.dumps(child(target)))
    else:
        main(args.articles)
