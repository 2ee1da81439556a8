"""The message catalogues: every message the bot shows has every translation, and each one
still passes Telegram's HTML rules, fills the same placeholders and reads right to left in
Urdu."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import bot
from bot import render
from bot.emulator.telegram_html import parse
from bot.i18n import DOMAIN, LANGUAGES, LOCALES, CatalogueError, Catalogues, normal
from bot.render import ENGINE_PHRASES, OFFERED_QUESTIONS
from knowledge import Engine
from knowledge.digest import OFFERED as digest_offers
from knowledge.engine import OFFERED as engine_offers

TRANSLATED = sorted(set(LANGUAGES) - {"en"})
TODAY = date(2026, 12, 1)
PLACEHOLDER = re.compile(r"\{(\w+)\}")
TAG = re.compile(r"</?\w+>")


def _in_code() -> set[str]:
    """Every message the bot's code marks or translates: ``N_("...")``, ``texts("...")``."""
    found = extract_from_dir(
        Path(bot.__file__).parent, keywords={"N_": None, "texts": None}, comment_tags=()
    )
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def _catalogue(language: str) -> dict[str, str]:
    with (LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as file:
        catalogue = read_po(file, locale=language)
    return {m.id: m.string for m in catalogue if m.id and not m.fuzzy and isinstance(m.id, str)}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_has_its_translation_and_no_stale_one(language: str) -> None:
    catalogue = _catalogue(language)
    in_code = _in_code()
    assert len(in_code) > 80  # the extraction found the bot's messages
    assert sorted(m for m in in_code if not catalogue.get(m)) == []
    assert sorted(set(catalogue) - in_code) == []  # none left from a message since changed


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_keeps_placeholders_tags_and_lines(language: str) -> None:
    for message, translated in _catalogue(language).items():
        assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(message)), message
        assert sorted(TAG.findall(translated)) == sorted(TAG.findall(message)), message
        assert translated.count("\n") == message.count("\n"), message
        filled = translated.format(**dict.fromkeys(PLACEHOLDER.findall(message), "x"))
        parse(filled)  # as Telegram parses HTML: raises like "can't parse entities"
        if message.startswith("/"):
            continue
        for command in re.findall(r"/[a-z]+", message):  # commands are typed as they are
            assert command in translated, (message, command)


def test_the_engines_phrases_the_bot_translates_are_still_the_engines(engine: Engine) -> None:
    """The catalogue holds them in the engine's words: a change there would leave them
    English without this test failing."""
    unknown = engine.answer("I don't have that.", TODAY)  # a sentence of no subject
    empty = engine.answer("   ", TODAY)
    assert (unknown.lead, unknown.hint) == (ENGINE_PHRASES[0], ENGINE_PHRASES[2])
    assert empty.lead == ENGINE_PHRASES[1]
    russian = Catalogues().get("ru")
    assert render.messages(unknown, russian) == [
        f"<b>{russian(ENGINE_PHRASES[0])}</b>\n<i>{russian(ENGINE_PHRASES[2])}</i>"
    ]


def test_urdu_lines_begin_right_to_left() -> None:
    """Telegram lays a paragraph out by its first letter: each Urdu line starts with one."""
    for message, translated in _catalogue("ur").items():
        for line in translated.split("\n"):
            bare = TAG.sub("", line)
            strong = [unicodedata.bidirectional(c) for c in bare]
            first = next((kind for kind in strong if kind in ("L", "R", "AL")), "AL")
            assert first in ("R", "AL"), (message, line)
    assert Catalogues().get("ur").rtl
    assert not Catalogues().get("kk").rtl


@pytest.mark.parametrize(
    ("code", "language"),
    [("ru", "ru"), ("kk", "kk"), ("ur-PK", "ur"), ("en-GB", "en"), ("de", "en"), (None, "en")],
)
def test_telegrams_language_code_picks_a_language_or_english(
    code: str | None, language: str
) -> None:
    assert normal(code) == language
    assert Catalogues().get(code).language == language


@pytest.mark.parametrize(
    ("language", "day", "moment", "weekday"),
    [
        ("en", "1 December 2026", "Wednesday 2 December, 08:00", "Monday"),
        ("ru", "1 декабря 2026 г.", "ср, 2 декабря, 08:00", "понедельник"),
        ("kk", "2026 ж. 1 желтоқсан", "2 желтоқсан, ср, 08:00", "дүйсенбі"),
        ("ur", "1 دسمبر، 2026", "بدھ، 2 دسمبر, 08:00", "پیر"),
    ],
)
def test_dates_are_written_as_each_locale_writes_them(
    language: str, day: str, moment: str, weekday: str
) -> None:
    texts = Catalogues().get(language)
    spaced = " ".join  # Babel writes "2026 ж." and "г." with a no-break space
    assert spaced(texts.date(date(2026, 12, 1)).split()) == day
    assert spaced(texts.day_and_time(datetime(2026, 12, 2, 8, 0)).split()) == moment
    assert texts.weekday(0) == weekday


@pytest.mark.parametrize(
    "content", [b'msgid "Keep"\nmsgid "Saved"\nmsgstr "x"\n', b'msgid "Keep"\nmsgstr "\xff"\n']
)
def test_a_broken_catalogue_fails_at_start_naming_the_file(tmp_path: Path, content: bytes) -> None:
    for language in TRANSLATED:
        (tmp_path / language / "LC_MESSAGES").mkdir(parents=True)
        source = LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        (tmp_path / language / "LC_MESSAGES" / f"{DOMAIN}.po").write_bytes(source.read_bytes())
    Catalogues(tmp_path)  # the copies read
    (tmp_path / "kk" / "LC_MESSAGES" / f"{DOMAIN}.po").write_bytes(content)
    with pytest.raises(CatalogueError, match=r"kk/LC_MESSAGES/briefbot\.po: "):
        Catalogues(tmp_path)


def test_every_question_offered_as_a_button_is_labelled_in_the_catalogues() -> None:
    offered = {*engine_offers, *digest_offers}
    assert offered <= set(OFFERED_QUESTIONS)
