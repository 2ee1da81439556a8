"""Questions about the articles themselves, answered from their bylines: who wrote one, which
outlet published it, and who a journalist is."""

from datetime import date

import pytest

from knowledge.answer import NOT_ON_RECORD
from knowledge.engine import Engine
from tests.knowledge.seed_ids import S002, S003, S004

TODAY = date(2026, 12, 1)
BOOK_LAUNCH = "Kazakh Envoy Seeks Stronger Ties with Pakistan for Regional Connectivity"


@pytest.mark.parametrize(
    ("question", "lead", "sources"),
    [
        # a journalist is named in no sentence of his article: his byline says who he is
        ("who is Shabbir Hussain?", "Shabbir Hussain is on record only as the author of an "
         "article:", [S003]),
        ("who is shabir husain", "Shabbir Hussain is on record only as the author", [S003]),
        # the article found by what it reports, or by its outlet
        ("who wrote the article about the IPRI book launch?", f"{BOOK_LAUNCH} — Alliance News, "
         "by Shabbir Hussain, 27 May 2025 [1].", [S003]),
        ("who is the author of the Alliance News story?", f"{BOOK_LAUNCH} — Alliance News, by "
         "Shabbir Hussain", [S003]),
        ("who reported the alliance news piece on kistafin?", f"{BOOK_LAUNCH} — Alliance News, "
         "by Shabbir Hussain", [S003]),
        # an article without a byline is said to have none, not given someone else's
        ("who wrote the article on Tokayev's guard of honour?", "Not on record: no author is "
         "named in Pakistan welcomes Kazakh President Tokayev on his state visit", [S004]),
        # when it came out: the article's date, at its precision
        ("when was the story on Kistafin's IPRI talk published?", f"{BOOK_LAUNCH} — Alliance "
         "News, by Shabbir Hussain, 27 May 2025 [1].", [S003]),
        ("which outlet reported Kistafin's press briefing on Tokayev's visit?", "Pakistan Must "
         "Be a Part of Regional Corridors for Shared Prosperity: Kazakhstan Ambassador — "
         "Diplomacy Lens", [S002]),
    ],
)  # fmt: skip
def test_who_wrote_or_published_an_article_is_its_byline(
    engine: Engine, question: str, lead: str, sources: list[str]
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert answer.sources == tuple(sources)


@pytest.mark.parametrize(
    "question",
    [
        "what did Kistafin write?",  # what he wrote, not who wrote about him
        "who published the book launched at IPRI?",  # a book's publisher is no outlet's
        "what did Kistafin say about the media?",
    ],
)
def test_writing_and_publishing_of_other_things_is_no_byline_question(
    engine: Engine, question: str
) -> None:
    assert "on record only as the author" not in engine.answer(question, TODAY).text
    assert " — Alliance News, by " not in engine.answer(question, TODAY).lead


def test_an_article_without_a_byline_is_not_on_record(engine: Engine) -> None:
    answer = engine.answer("who wrote the diplomacy lens piece on the press briefing?", TODAY)
    assert answer.intent == NOT_ON_RECORD
    assert answer.lead.startswith("Not on record: no author is named in Pakistan Must Be")


def test_a_surname_alone_is_no_journalist(engine: Engine) -> None:
    """ "Arman Hussain" shares a surname with the byline; he is still nobody on record."""
    answer = engine.answer("who is Arman Hussain?", TODAY)
    assert answer.intent == NOT_ON_RECORD
    assert "Shabbir" not in answer.text
