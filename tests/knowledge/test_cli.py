"""The ``briefbot`` command as a user runs it: a real process, real files, real pipes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BRIEFBOT = Path(sys.executable).with_name("briefbot")


def briefbot(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    return subprocess.run(
        [str(BRIEFBOT), *args],
        input=stdin.encode() if isinstance(stdin, str) else stdin,
        capture_output=True,
        timeout=120,
        cwd=cwd,
        env=env,
        check=False,
    )


def lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_who_is_kistafin_names_the_ambassador_with_sources() -> None:
    result = briefbot("ask", "who is Kistafin")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")
    assert "Sources: [1] Diplomacy Lens; [2] Alliance News; [3] Kazakh transport minister…" in out


@pytest.mark.parametrize(("today", "upcoming"), [("2025-10-15", True), ("2026-11-22", False)])
def test_upcoming_visits_depend_on_today(today: str, upcoming: bool) -> None:
    [answer] = lines(briefbot("ask", "--json", "--today", today, "upcoming visits"))
    planned = "President Tokayev's state visit to Pakistan — planned for November 2025"
    assert (planned in str(answer["answer"])) is upcoming


def test_json_is_one_object_per_question_from_stdin() -> None:
    questions = [
        "trade target",
        "",
        "x" * 50_000,
        "who is \x01\x02Kistafin\x7f",
        "\u200fمن هو كيستافين\u200e",
        "🇵🇰🤝🇰🇿",
        "<b>trade</b> {{target}} ${x} %s",
        "price of gold today",
    ]
    result = briefbot("ask", "--json", "--today", "2026-11-22", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    answers = lines(result)
    assert [a["question"] for a in answers] == questions
    for answer in answers:
        assert set(answer) == {
            "question", "language", "intent", "answer", "sources", "confidence"
        }  # fmt: skip
    assert (answers[0]["intent"], answers[0]["language"]) == ("trade", "en")
    assert answers[0]["sources"][0] == "002_9dc1b02c6a8ded7f"
    gold = answers[-1]
    assert (gold["intent"], gold["sources"]) == ("not_on_record", [])
    assert str(gold["answer"]).startswith("I don't have that")


def test_undecodable_bytes_on_stdin_still_get_an_answer() -> None:
    result = briefbot("ask", "--json", stdin=b"trade \xff\xfe target\n")
    assert result.returncode == 0
    assert lines(result)[0]["intent"] == "trade"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask", "--today", "2025-13-01", "x"), "'2025-13-01' is not a date in YYYY-MM-DD form"),
        (("ask", "--kb", "no/such/kb.jsonl", "x"), "no/such/kb.jsonl: KB file not found"),
        (("ask", "--seeds", "no/such/dir", "x"), "no/such/dir: folder: seeds folder not found"),
        (("kb", "check", "no/such/place"), "no/such/place: no such seeds folder or KB file"),
    ],
)
def test_user_errors_print_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = briefbot(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    [line] = result.stderr.decode().splitlines()
    assert message in line


def test_an_unreadable_kb_file_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "kb.jsonl"
    bad.write_text("format: 1\narticles: [unclosed\n", encoding="utf-8")
    result = briefbot("ask", "--kb", str(bad), "trade target")
    assert result.returncode == 2
    [line] = result.stderr.decode().splitlines()
    assert f"{bad}: header: not a KB file of format 5" in line


def test_build_check_and_stats(tmp_path: Path) -> None:
    out = tmp_path / "kb.jsonl"
    built = briefbot("kb", "build", "--out", str(out))
    assert built.returncode == 0, built.stderr
    assert out.is_file()
    assert briefbot("kb", "check").returncode == 0
    assert briefbot("kb", "check", str(out)).returncode == 0
    stats = briefbot("kb", "stats", "--kb", str(out)).stdout.decode()
    assert "articles       5" in stats
    assert "as of          November 2025" in stats
    [answer] = lines(briefbot("ask", "--json", "--kb", str(out), "who is kistafeen"))
    assert "Kazakhstan's Ambassador to Pakistan" in str(answer["answer"])


def test_check_fails_when_a_quoted_sentence_is_edited_in_a_seed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    seed = seeds_dir / "002_9dc1b02c6a8ded7f.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("USD 1 billion", "USD 3 billion"),
        encoding="utf-8",
    )
    result = briefbot("kb", "check", str(seeds_dir))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "figures.yaml: figure trade-target: quote not found in 002_9dc1b02c6a8ded7f" in err
    out = tmp_path / "kb.jsonl"
    assert briefbot("kb", "build", "--seeds", str(seeds_dir), "--out", str(out)).returncode == 1
    assert not out.exists()  # a failed build writes nothing


def test_default_output_follows_the_data_dir(tmp_path: Path) -> None:
    env_run = subprocess.run(
        [str(BRIEFBOT), "kb", "build"],
        capture_output=True,
        env={**os.environ, "BRIEFBOT_DATA_DIR": str(tmp_path / "data")},
        timeout=120,
        check=False,
    )
    assert env_run.returncode == 0, env_run.stderr
    assert (tmp_path / "data" / "kb.jsonl").is_file()


def test_output_to_a_closed_pipe_is_quiet() -> None:
    if shutil.which("head") is None:
        pytest.skip("no head(1) on this machine")
    pipeline = subprocess.run(
        f"yes 'trade target' | head -n 300 | '{BRIEFBOT}' ask | head -n 1",
        shell=True,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pipeline.stdout.decode().startswith("Trade target")
    assert b"Traceback" not in pipeline.stderr
