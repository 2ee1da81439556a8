"""Abbreviations read as the names the sources write out."""

from datetime import date

from knowledge.acronyms import acronyms, defined
from knowledge.engine import Engine

TODAY = date(2026, 12, 1)


def test_initials_of_capitalised_words_joined_by_dashes_or_spaces() -> None:
    found = acronyms(
        [
            "Kistafin urged Pakistan to join the Uzbekistan–Afghanistan–Pakistan railway.",
            "A book launch at the Islamabad Policy Research Institute.",
            "Ships at the Karachi Port Trust, and the Kazakh Peace Talks.",  # KPT twice: neither
        ]
    )
    assert found["uap"] == "Uzbekistan–Afghanistan–Pakistan"
    assert found["ipri"] == "Islamabad Policy Research Institute"
    assert "kpt" not in found


def test_a_question_may_use_an_abbreviation_no_article_uses(engine: Engine) -> None:
    answer = engine.answer("what did kistafin say about the uap", TODAY)
    assert not answer.not_on_record
    assert "the Uzbekistan–Afghanistan–Pakistan railway" in answer.lead


def test_an_abbreviation_nobody_spelled_out_is_still_unknown(engine: Engine) -> None:
    answer = engine.answer("what is the cpec", TODAY)
    assert answer.lead == "I don't have that: the sources say nothing about “cpec”."


def test_initials_an_article_spells_out_are_read_back() -> None:
    """ "the State Bank of Pakistan (SBP)": the name whose capitals are the initials, from
    its first such word ("Governor of the State Bank ..." is not the bank's name)."""
    text = (
        "It was signed by the Governor of the State Bank of Pakistan (SBP) and the National "
        "Bank of Kazakhstan (NBK). Kazakhstan Temir Zholy (KTZ) will run it."
    )
    assert defined([text, "An aside (UN)."]) == {
        "sbp": "State Bank of Pakistan",
        "nbk": "National Bank of Kazakhstan",
        "ktz": "Kazakhstan Temir Zholy",
    }
