"""``briefbot ingest``: a new article goes in with its metadata, or nothing changes at all."""

import argparse
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from knowledge import Engine, build, cli
from knowledge.check import CheckFailed
from knowledge.ingest import DATED_BASIS, UNDATED_BASIS, ingest
from knowledge.records import DataError
from knowledge.seeds import INDEX_NAME, load_index, untitled

FLIGHTS = (
    "Pakistan and Kazakhstan agree to launch direct flights\n\n"
    "ISLAMABAD: Pakistan and Kazakhstan agreed on Monday to launch direct flights between "
    "Islamabad and Almaty from next spring. The civil aviation authorities of both countries "
    "will sign an air services agreement next month.\n"
)
SPRING = date(2026, 3, 1)


def incoming(tmp_path: Path, name: str = "flights_2026.txt", data: bytes | None = None) -> Path:
    """An article waiting outside the seeds folder, as an operator would have it."""
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(FLIGHTS.encode() if data is None else data)
    return path


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder under ``root``: a staging leftover shows too."""
    return {
        str(path.relative_to(root)): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


def briefbot(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="briefbot")
    cli.add_commands(parser.add_subparsers(dest="command", required=True))
    return cli.run(parser.parse_args(argv))


@pytest.mark.parametrize("published", ["2026", "2026-02", "2026-02-03"])
def test_an_article_goes_in_with_its_metadata_and_answers(
    seeds_dir: Path, tmp_path: Path, published: str
) -> None:
    old_index = (seeds_dir / INDEX_NAME).read_text(encoding="utf-8")
    article, kb = ingest(
        incoming(tmp_path),
        seeds_dir,
        title="Direct flights: Islamabad – Almaty",
        publisher="Test Wire",
        date=published,
        url="https://example.com/flights",
    )
    assert (seeds_dir / "flights_2026.txt").read_text(encoding="utf-8") == FLIGHTS
    assert (seeds_dir / INDEX_NAME).read_text(encoding="utf-8").startswith(old_index)
    assert load_index(seeds_dir)["flights_2026"] == article
    assert (article.title, article.headline, article.publisher, article.url) == (
        "Direct flights: Islamabad – Almaty",
        True,
        "Test Wire",
        "https://example.com/flights",
    )
    assert article.published is not None
    assert (article.published.iso(), article.basis) == (published, DATED_BASIS)
    rebuilt = build(seeds_dir)
    assert rebuilt.articles == kb.articles
    # the index keeps what the operator gave; the build adds where the story was filed
    assert rebuilt.article_by_id["flights_2026"] == replace(article, dateline="ISLAMABAD")
    answer = Engine(rebuilt).answer("flights", SPRING)
    assert "flights_2026" in answer.sources
    assert any("launch direct flights" in bullet for bullet in answer.bullets)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incoming", "seeds"]  # no staging


def test_with_no_options_the_title_is_its_first_words_and_the_date_unknown(
    seeds_dir: Path, tmp_path: Path
) -> None:
    article, _ = ingest(incoming(tmp_path), seeds_dir)
    assert article.title == untitled("flights_2026", FLIGHTS).title
    assert (article.headline, article.publisher, article.published, article.url) == (
        False,
        None,
        None,
        None,
    )
    assert article.basis == UNDATED_BASIS
    assert load_index(seeds_dir)["flights_2026"] == article


@pytest.mark.parametrize(
    ("name", "data", "options", "message"),
    [
        ("002_9dc1b02c6a8ded7f.txt", None, {}, "article 002_9dc1b02c6a8ded7f: already in"),
        ("flights_2026.txt", b" \n\t\n", {}, "file: the article is empty"),
        ("flights_2026.txt", b"caf\xe9 au lait", {}, "file: not UTF-8 text"),
        ("flights 2026.txt", None, {}, "file name: 'flights 2026' is not a valid source id"),
        (".flights.txt", None, {}, "file name: '.flights' is not a valid source id"),
        ("flights\n.txt", None, {}, "file name: 'flights\\n' is not a valid source id"),
        ("flights_2026.txt", None, {"date": "2026-13"}, "--date: date '2026-13' has no month"),
        ("flights_2026.txt", None, {"date": "2026-02-30"}, "is not a day of the calendar"),
        ("flights_2026.txt", None, {"date": "March 2026"}, "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("flights_2026.txt", None, {"url": "example.com/a"}, "--url: 'example.com/a' is not"),
        ("flights_2026.txt", None, {"url": "ftp://example.com/a"}, "is not an http:// or"),
        ("flights_2026.txt", None, {"url": "https://"}, "is not an http:// or https://"),
        ("flights_2026.txt", None, {"url": "https://exa mple.com"}, "is not an http:// or"),
        ("flights_2026.txt", None, {"title": " \n "}, "--title: the title is empty"),
        ("flights_2026.txt", b"PK\x03\x04\x00\x00binary", {}, "file: binary data, not text"),
        ("flights_2026.txt", b"a" * 50_000_000, {}, "file: too large for an article (50.0 MB"),
        ("flights_2026.txt", None, {"title": "\u202eevil"}, "--title: contains control or"),
        ("flights_2026.txt", None, {"publisher": "Wire\x1b[2J"}, "--publisher: contains con"),
        ("flights_2026.txt", None, {"title": "Flights " * 40}, "longer than 200 characters"),
    ],
    ids=[
        "duplicate-id",
        "empty",
        "not-utf8",
        "space-in-name",
        "hidden-name",
        "newline-ending-name",
        "no-month-13",
        "no-30-february",
        "words-for-date",
        "url-without-scheme",
        "ftp-url",
        "url-without-host",
        "url-with-space",
        "blank-title",
        "binary",
        "50-megabytes",
        "right-to-left-override-title",
        "terminal-escape-publisher",
        "overlong-title",
    ],
)
def test_a_bad_article_or_option_changes_nothing_and_says_why(
    seeds_dir: Path,
    tmp_path: Path,
    name: str,
    data: bytes | None,
    options: dict[str, str],
    message: str,
) -> None:
    file = incoming(tmp_path, name, data)
    before = snapshot(tmp_path)
    with pytest.raises(DataError) as error:
        ingest(file, seeds_dir, **options)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert snapshot(tmp_path) == before


def test_a_missing_file_changes_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    before = snapshot(tmp_path)
    with pytest.raises(
        DataError, match=re.escape("flights_2026.txt: file: cannot read: No such file")
    ):
        ingest(tmp_path / "flights_2026.txt", seeds_dir)
    assert snapshot(tmp_path) == before


def test_ingesting_the_same_file_twice_names_the_id(seeds_dir: Path, tmp_path: Path) -> None:
    file = incoming(tmp_path)
    ingest(file, seeds_dir, date="2026-02")
    before = snapshot(tmp_path)
    with pytest.raises(
        DataError, match=re.escape(f"article flights_2026: already in {seeds_dir}")
    ):
        ingest(file, seeds_dir, date="2026-03")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("published", ["2026-12-02", "2027-01", "2027"])
def test_a_publication_date_after_today_is_refused(
    seeds_dir: Path, tmp_path: Path, published: str
) -> None:
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(DataError, match=re.escape(f"--date: {published} is after today")):
        ingest(file, seeds_dir, date=published, today=date(2026, 12, 1))
    assert snapshot(tmp_path) == before


def test_an_article_dated_today_goes_in(seeds_dir: Path, tmp_path: Path) -> None:
    article, _ = ingest(incoming(tmp_path), seeds_dir, date="2026-12", today=date(2026, 12, 1))
    assert article.published is not None


def copy_of_a_seed(seeds_dir: Path, keep: slice | None) -> bytes:
    """A seed re-published: as it is, or under a new headline with some of its paragraphs."""
    seed = (seeds_dir / "002_9dc1b02c6a8ded7f.txt").read_text(encoding="utf-8")
    if keep is None:
        return seed.replace("\n", "\r\n").encode()  # saved on another system
    paragraphs = [p for p in seed.split("\n") if p.strip()]
    body = "\n\n".join(paragraphs[keep])
    return f"Kazakh envoy briefs the press ahead of the state visit\n\n{body}".encode()


@pytest.mark.parametrize(
    ("keep", "message"),
    [
        (None, "repeats article 002_9dc1b02c6a8ded7f (the same text)"),
        (slice(1, None), "repeats article 002_9dc1b02c6a8ded7f ("),
    ],
    ids=["whole-copy", "most-of-it"],
)
def test_a_copy_of_an_article_already_there_is_refused_naming_it(
    seeds_dir: Path, tmp_path: Path, keep: slice | None, message: str
) -> None:
    file = incoming(tmp_path, "envoy_briefing.txt", copy_of_a_seed(seeds_dir, keep))
    before = snapshot(tmp_path)
    with pytest.raises(DataError, match=re.escape(message)):
        ingest(file, seeds_dir, date="2025")
    assert snapshot(tmp_path) == before


def test_an_article_quoting_a_few_sentences_of_another_goes_in(
    seeds_dir: Path, tmp_path: Path
) -> None:
    quoting = copy_of_a_seed(seeds_dir, slice(0, 1)) + b"\n\n" + FLIGHTS.encode()
    article, _ = ingest(incoming(tmp_path, "quoting.txt", quoting), seeds_dir, date="2026")
    assert article.id == "quoting"


def test_a_kb_failing_its_check_leaves_everything_as_it_was(
    seeds_dir: Path, tmp_path: Path
) -> None:
    seed = seeds_dir / "002_9dc1b02c6a8ded7f.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("to USD 1 billion", "to USD 2 billion"),
        encoding="utf-8",
    )
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(CheckFailed) as failed:
        ingest(file, seeds_dir, title="Direct flights", date="2026-02")
    assert any(
        "figure trade-target: quote not found in 002_9dc1b02c6a8ded7f" in str(problem)
        for problem in failed.value.problems
    )
    assert snapshot(tmp_path) == before


def test_a_bad_seed_already_in_the_folder_is_named_by_its_real_path(
    seeds_dir: Path, tmp_path: Path
) -> None:
    (seeds_dir / "001_b51f9af0961c45b9.txt").write_bytes(b"caf\xe9")
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(DataError) as error:
        ingest(file, seeds_dir)
    assert str(error.value) == f"{seeds_dir / '001_b51f9af0961c45b9.txt'}: file: not UTF-8 text"
    assert snapshot(tmp_path) == before


def test_an_index_it_cannot_append_to_changes_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    (seeds_dir / INDEX_NAME).write_text("articles: {}\n", encoding="utf-8")
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(
        DataError, match=re.escape("index.yaml: file: cannot append article flights_2026")
    ):
        ingest(file, seeds_dir)
    assert snapshot(tmp_path) == before


def test_a_folder_without_an_index_gets_one(seeds_dir: Path, tmp_path: Path) -> None:
    (seeds_dir / INDEX_NAME).unlink()
    article, kb = ingest(incoming(tmp_path), seeds_dir, date="2026")
    assert load_index(seeds_dir) == {"flights_2026": article}
    assert len(kb.articles) == 6


def test_when_the_index_cannot_be_written_the_article_is_taken_out_again(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def replace(source: Path, target: Path) -> None:
        if Path(target).name == INDEX_NAME:
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(DataError, match="folder: cannot write: Permission denied"):
        ingest(file, seeds_dir)
    assert snapshot(tmp_path) == before


def test_cli_adds_to_the_folder_from_the_environment(
    seeds_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFBOT_SEEDS_DIR", str(seeds_dir))
    file = incoming(tmp_path)
    assert briefbot("ingest", str(file), "--title", "Direct flights", "--date", "2026-02") == 0
    out, err = capsys.readouterr()
    [line] = out.splitlines()
    assert line == (  # what the article brings: the folder is rebuilt by the bot, not here
        f'Added flights_2026 "Direct flights" to {seeds_dir}: 2 sentences; '
        "read from it: 0 people with titles, 0 events, 0 figures"
    )
    assert err == ""
    assert (seeds_dir / "flights_2026.txt").is_file()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--date", "2026-13"], "--date: date '2026-13' has no month 13"),
        (["--url", "www.example.com"], "--url: 'www.example.com' is not an http:// or https://"),
        (["--seeds", "no/such/dir"], "no/such/dir: folder: seeds folder not found"),
        (["--date", "2999-01"], "--date: 2999-01 is after today"),
    ],
)
def test_cli_user_errors_are_one_line_and_exit_2(
    seeds_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir), *options) == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("error: ")
    assert message in line
    assert snapshot(tmp_path) == before


def test_cli_check_failure_is_one_line_per_problem_and_exit_1(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = seeds_dir / "002_9dc1b02c6a8ded7f.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("USD 1 billion", "USD 3 billion"),
        encoding="utf-8",
    )
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    *problems, total = err.splitlines()
    assert problems
    assert all(line.startswith("error: ") for line in problems)
    assert total == f"KB check failed: {len(problems)} problem(s)"
    assert snapshot(tmp_path) == before


def test_the_briefbot_command_ingests_and_refuses_a_second_time(
    seeds_dir: Path, tmp_path: Path
) -> None:
    file = incoming(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    command = [str(Path(sys.executable).with_name("briefbot")), "ingest", str(file)]
    run = [*command, "--seeds", str(seeds_dir), "--publisher", "Test Wire"]
    first = subprocess.run(run, capture_output=True, env=env, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(run, capture_output=True, env=env, timeout=120, check=False)
    assert second.returncode == 2
    assert second.stderr.decode().splitlines() == [
        f"error: {file}: article flights_2026: already in {seeds_dir}"
    ]


def test_the_article_size_limit_comes_from_the_environment(
    seeds_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = incoming(tmp_path, data=FLIGHTS.encode() * 6)  # 1.7 kB
    monkeypatch.setenv("BRIEFBOT_MAX_ARTICLE_BYTES", "1000")
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir)) == 2
    assert "too large for an article (1.7 kB; the limit is 1.0 kB" in capsys.readouterr().err
    monkeypatch.setenv("BRIEFBOT_MAX_ARTICLE_BYTES", "a lot")
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir)) == 2
    assert "BRIEFBOT_MAX_ARTICLE_BYTES: 'a lot' is not at least 1000" in capsys.readouterr().err
    monkeypatch.setenv("BRIEFBOT_MAX_ARTICLE_BYTES", "3000")
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir)) == 0


def test_two_ingests_at_once_both_go_in_with_their_metadata(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Each appends to the index it read; without taking turns, one entry would be lost."""
    rail = incoming(tmp_path, "rail_2026.txt", FLIGHTS.replace("flights", "rail links").encode())
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    command = [
        str(Path(sys.executable).with_name("briefbot")),
        "ingest",
        "--seeds",
        str(seeds_dir),
    ]
    runs = [
        subprocess.Popen(
            [*command, str(file), "--title", title, "--date", "2026-02-03"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for file, title in ((incoming(tmp_path), "Flights agreed"), (rail, "Rail links agreed"))
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
    index = load_index(seeds_dir)
    assert index["flights_2026"].title == "Flights agreed"
    assert index["rail_2026"].title == "Rail links agreed"
    assert (seeds_dir / "flights_2026.txt").exists()
    assert (seeds_dir / "rail_2026.txt").exists()


def test_an_unknown_time_zone_is_one_line_and_changes_nothing(
    seeds_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BRIEFBOT_TZ", "Mars/Olympus")
    file = incoming(tmp_path)
    before = snapshot(tmp_path)
    assert briefbot("ingest", str(file), "--seeds", str(seeds_dir)) == 2
    assert capsys.readouterr().err == "error: BRIEFBOT_TZ: unknown time zone 'Mars/Olympus'\n"
    assert snapshot(tmp_path) == before
