"""The interface in the reader's language: Russian, Kazakh, Urdu or English.

Messages are English in the code and translated through gettext catalogues,
``bot/locales/<language>/LC_MESSAGES/briefbot.po``, read with Babel and compiled in memory at
start (nothing to build, nothing generated in the repository). A message with a placeholder is
translated first and filled after: ``texts("Next: {when}", when=...)``. Constants are marked
with ``N_`` so that ``pybabel extract`` finds them, and translated where they are shown.

The facts stay English: they are quotes from English sources. Only the frame around them (the
welcome, commands, labels, settings, the digest's headings, errors) is translated.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "briefbot"
ENGLISH = "en"
# each language by its own name, as /language offers them
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ur": "اردو"}
_BABEL_LOCALE = {"en": "en_GB"}  # "1 December 2026", as the answers write dates


def N_(message: str) -> str:
    """Marks a message for ``pybabel extract``; it is translated where it is shown."""
    return message


class CatalogueError(ValueError):
    """A catalogue that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Texts:
    """One language's messages, dates and direction."""

    language: str
    translations: gettext.NullTranslations

    def __call__(self, message: str, /, **values: Any) -> str:
        text = self.translations.gettext(message)
        return text.format(**values) if values else text

    @cached_property
    def locale(self) -> Locale:
        return Locale.parse(_BABEL_LOCALE.get(self.language, self.language))

    @property
    def rtl(self) -> bool:
        return self.locale.text_direction == "rtl"

    def date(self, day: date) -> str:
        """ "1 December 2026", "1 декабря 2026 г.", "2026 ж. 1 желтоқсан"."""
        return format_date(day, "long", locale=self.locale)

    def day_and_time(self, moment: datetime) -> str:
        """ "Wednesday 2 December, 08:00" in the reader's words and order."""
        return f"{format_skeleton('MMMMEEEEd', moment, locale=self.locale)}, {moment:%H:%M}"

    def weekday(self, number: int) -> str:
        """Monday is 0, as ``datetime.weekday`` counts."""
        return str(self.locale.days["format"]["wide"][number])


ENGLISH_TEXTS = Texts(ENGLISH, gettext.NullTranslations())


class Catalogues:
    """Every language's ``Texts``, read once at start; a language without a catalogue, or a
    ``language_code`` the bot does not speak, is English."""

    def __init__(self, folder: Path = LOCALES) -> None:
        self.texts: dict[str, Texts] = {ENGLISH: ENGLISH_TEXTS}
        for language in LANGUAGES:
            path = folder / language / "LC_MESSAGES" / f"{DOMAIN}.po"
            if language != ENGLISH:
                self.texts[language] = Texts(language, _compiled(path, language))

    def get(self, language: str | None) -> Texts:
        return self.texts.get(normal(language), self.texts[ENGLISH])


def normal(language_code: str | None) -> str:
    """Telegram's ``language_code`` (an IETF tag: "ru", "kk", "ur-PK", "en-GB") as one of the
    bot's languages, or English."""
    code = (language_code or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def _compiled(path: Path, language: str) -> gettext.GNUTranslations:
    """A .po file as gettext reads it, compiled in memory; fuzzy entries are left out, so an
    unreviewed translation shows the English."""
    try:
        with path.open("rb") as file:
            catalogue = read_po(file, locale=language, domain=DOMAIN, abort_invalid=True)
    except (OSError, PoFileError, ValueError) as error:
        raise CatalogueError(f"{path}: {error}") from None
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
