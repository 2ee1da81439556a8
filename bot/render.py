"""Answers as Telegram messages: HTML with every piece of text escaped, split to fit, buttons.

Text is escaped at the last moment, paragraph by paragraph, so a split can only fall between
paragraphs (or, for one enormous paragraph, between escaped pieces), never inside a tag or an
entity. Callback data stays within Telegram's 64 bytes: "q:<question>" asks a follow-up,
"src:<keys>" lists the sources of an answer by short stable keys.
"""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import menu
from bot.i18n import ENGLISH_TEXTS, N_, Texts
from bot.storage.outbox import Buttons, Part
from knowledge import Answer
from knowledge.digest import Frame
from knowledge.engine import SOURCES as SOURCES_INTENT
from knowledge.model import Article

MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64
ASK = "q:"
SOURCES = "src:"
PAGE = "pg:"
HELP = "help"  # the engine's intent
_MAX_SOURCE_KEYS = 6


_MARKS = re.compile(r"\s*(?:\[\d+\])+")


def unmarked(text: str) -> str:
    """Text without its citation marks, for a place with no sources to resolve them (an
    inline result's title and description)."""
    return _MARKS.sub("", text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def source_key(source_id: str) -> str:
    """Eight hex digits standing for a source id in callback data (stable across restarts)."""
    return f"{zlib.crc32(source_id.encode()):08x}"


# The engine's own phrases a reader meets most, translated where the catalogue has them
# (a test checks each is still what the engine says); any other lead or hint stays English.
ENGINE_PHRASES = (
    N_("I don't have that."),
    N_("Please type a question."),
    N_(
        "I can brief you on Pakistan–Kazakhstan relations: upcoming and recent visits, the "
        "trade target, people by name or office, visas, flights, corridors and railways, "
        "business forums, agreements, investment, education, digital cooperation and "
        "history. Ask “help” for examples."
    ),
)


# The questions answers and digests offer as buttons (knowledge's OFFERED; a test checks
# this list holds them all), marked here so that the catalogues label them
OFFERED_QUESTIONS = (
    N_("upcoming visits"),
    N_("recent visits"),
    N_("trade target"),
    N_("who is Kistafin"),
    N_("timeline"),
    N_("history of relations"),
    N_("business forums"),
    N_("agreements"),
    N_("sources"),
    N_("about"),
)


def _paragraphs(answer: Answer, texts: Texts) -> list[tuple[str, str]]:
    """(tag, plain text) pairs; the tag wraps the escaped text, "" for none. Help starts
    with the commands, as the menu lists them. The frame is in the reader's language; the
    answer's own lines are the engine's, quoted from English sources."""
    parts = []
    if answer.intent == HELP:
        parts += [("b", texts("Commands"))]
        parts += [("", f"/{c.command} — {texts(c.description)}") for c in menu.COMMANDS]
    parts += [("b", texts(answer.lead))]
    parts += [("", f"• {bullet}") for bullet in answer.bullets]
    if answer.citations and answer.intent != SOURCES_INTENT:  # that one lists them already
        listed = "; ".join(f"[{c.number}] {c.label}" for c in answer.citations)
        parts.append(("i", texts("Sources: {listed}", listed=listed)))
    if answer.hint:
        parts.append(("i", "\n".join(texts(line) for line in answer.hint.split("\n"))))
    return parts


def _html(tag: str, text: str) -> str:
    """``tag`` may carry an attribute ("blockquote expandable"); it closes by its name."""
    escaped = html.escape(text, quote=False)
    return f"<{tag}>{escaped}</{tag.split()[0]}>" if tag else escaped


def _pieces(tag: str, text: str, limit: int) -> Iterable[tuple[str, int]]:
    """One paragraph as HTML pieces with their visible length, each within ``limit``."""
    while utf16_length(text) > limit:
        cut = limit
        while utf16_length(text[:cut]) > limit:
            cut -= 1
        space = text.rfind(" ", 0, cut)
        cut = space if space > limit // 2 else cut
        yield _html(tag, text[:cut]), utf16_length(text[:cut])
        text = text[cut:].lstrip()
    if text:
        yield _html(tag, text), utf16_length(text)


def pack(paragraphs: Iterable[tuple[str, str]], limit: int = MAX_MESSAGE) -> list[str]:
    """Paragraphs as HTML messages, each within ``limit`` visible characters."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for tag, text in paragraphs:
        for piece, visible in _pieces(tag, text, limit):
            if current and size + 1 + visible > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
            size += visible + (1 if current else 0)
            current.append(piece)
    if current:
        chunks.append("\n".join(current))
    return chunks


def messages(answer: Answer, texts: Texts = ENGLISH_TEXTS, limit: int = MAX_MESSAGE) -> list[str]:
    return pack(_paragraphs(answer, texts), limit)


def _button(label: str, data: str) -> InlineKeyboardButton | None:
    if len(data.encode()) > MAX_CALLBACK_DATA:
        return None
    return InlineKeyboardButton(label[:64], callback_data=data)


def question_buttons(
    questions: Iterable[str], texts: Texts = ENGLISH_TEXTS
) -> list[InlineKeyboardButton]:
    """Questions to tap, labelled in the reader's language where the catalogue has them;
    a tap asks the English question, which the engine reads."""
    return [b for q in questions if (b := _button(texts(q), ASK + q))]


def page_data(tag: str, page: int, answer: Answer) -> str:
    """ "pg:<KB tag>:<page>:<intent>[:<question>]", the question only where it narrows the
    list and fits in Telegram's 64 bytes."""
    data = f"{PAGE}{tag}:{page}:{answer.intent}"
    narrowed = f"{data}:{answer.question}"
    if answer.question != answer.intent and len(narrowed.encode()) <= MAX_CALLBACK_DATA:
        return narrowed
    return data


def parse_page(data: str) -> tuple[str, int, str, str] | None:
    """(KB tag, page, intent, question) of a page button, or None for anything else."""
    tag, _, rest = data.removeprefix(PAGE).partition(":")
    number, _, rest = rest.partition(":")
    intent, _, question = rest.partition(":")
    if not (data.startswith(PAGE) and number.isdigit() and intent):
        return None
    return tag, int(number), intent, question


def keyboard(
    answer: Answer, tag: str = "", texts: Texts = ENGLISH_TEXTS
) -> InlineKeyboardMarkup | None:
    """Follow-up questions, a button listing the answer's sources in full and, under a long
    list, buttons to page through it (``tag``: the KB's, so a page knows if it changed)."""
    rows: list[list[InlineKeyboardButton]] = []
    pager = []
    if answer.page > 1:
        pager.append(_button(texts("◂ Previous"), page_data(tag, answer.page - 1, answer)))
    if answer.page < answer.pages:
        more = texts("More ▸ ({page} of {pages})", page=answer.page + 1, pages=answer.pages)
        pager.append(_button(more, page_data(tag, answer.page + 1, answer)))
    if buttons := [b for b in pager if b]:
        rows.append(buttons)
    if answer.citations:
        keys = ",".join(source_key(s) for s in answer.sources[:_MAX_SOURCE_KEYS])
        label = texts("📚 How dated") if answer.intent == SOURCES_INTENT else texts("📚 Sources")
        if button := _button(label, SOURCES + keys):
            rows.append([button])
    follow = question_buttons(answer.follow_ups[:4], texts)
    rows += [follow[i : i + 2] for i in range(0, len(follow), 2)]
    return InlineKeyboardMarkup(rows) if rows else None


def source_messages(
    articles: Sequence[tuple[int, Article]], texts: Texts = ENGLISH_TEXTS
) -> list[str]:
    """The full reference of each article, numbered as the answer cites them, with its link
    where known; how its date was worked out folded away beneath (tap to open)."""
    paragraphs = [("b", texts("📚 Sources"))]
    for number, article in articles:
        paragraphs.append(("", f"[{number}] {article.reference()}"))
        if article.url:
            paragraphs.append(("", article.url))
        basis = texts("How dated: {basis}", basis=article.basis)
        paragraphs.append(("blockquote expandable", basis))
    return pack(paragraphs)


def parts(answer: Answer, texts: Texts = ENGLISH_TEXTS) -> list[Part]:
    """An answer as outbox parts: the HTML messages, buttons under the last."""
    chunks = messages(answer, texts)
    markup = keyboard(answer, texts=texts)
    buttons: Buttons = ()
    if markup:
        buttons = tuple(
            tuple((b.text, str(b.callback_data)) for b in row) for row in markup.inline_keyboard
        )
    return [Part(chunk, buttons if n == len(chunks) else ()) for n, chunk in enumerate(chunks, 1)]


def digest_frame(texts: Texts) -> Frame:
    """The words around a digest's facts, in the reader's language."""
    return Frame(
        briefing=texts("Your briefing, {day}"),
        since=texts("New since your last briefing ({day})"),
        nothing_new=texts("Nothing new since your last briefing ({day})"),
        meanwhile=texts("Ask me anything meanwhile, or tap a question."),
        new=texts("New: "),
        event_update=texts("Event update: "),
        coming_up=texts("Coming up: "),
        nothing_coming=texts("Coming up: nothing on record for the next {days} days"),
        recent=texts("Recent: "),
        figure=texts("Figure: "),
        alert=texts("New briefing: {title}"),
        day=texts.date,
    )
