"""The fact asked for, led with, or exactly what is missing: as a reader on a phone sees it."""

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml

from knowledge.answer import Answer
from knowledge.build import build
from knowledge.compose import Composer
from knowledge.engine import Engine
from knowledge.ingest import ingest
from tests.knowledge.seed_ids import S000, S001, S002, S003, S004

TODAY = date(2026, 12, 1)
DEC = date(2026, 12, 20)  # after the last of the December tuning articles


@pytest.mark.parametrize(
    ("question", "lead", "facts", "sources"),
    [
        # what was discussed, agreed, said: the details of the event, not a profile
        (
            "what did Kistafin and Abdul Aleem Khan discuss?",
            "Ambassador Kistafin's meeting",
            ["direct flights", "two-year visas"],
            {S000},
        ),
        ("what did Tokayev receive from Zardari", "Nishan-i-Pakistan", [], {S004}),
        # what someone did somewhere: that occasion's details, not his profile
        (
            "what did karabayev do in pakistan",
            "Kazakh Transport Minister Marat Karabayev's official visit to Pakistan (April",
            ["invited Khan to visit Kazakhstan"],
            {S001},
        ),
        # two people and something done: what passed between them, not one's profile
        ("what did tokayev get from zardari", "state visit", ["Nishan-i-Pakistan"], {S004}),
        ("who greeted Tokayev on arrival", "Shehbaz Sharif", [], {S004}),
        # the one statement of it names a group, not a person: before another visit's names
        (
            "who accompanied tokayev to pakistan",
            "The sources name no one; they say: “President Tokayev is accompanied by a powerful",
            [],
            {S004},
        ),
        # "went with", "travelled with": who accompanied him, as the report puts it
        ("who went with karabayev to islamabad", "high-level officials", [], {S001}),
        # what came after an occasion, asked with what it is and a second part
        (
            "which meeting of the two governments came after the karachi business forum and"
            " what was decided?",
            "followed by the 30th Intergovernmental Joint Commission session",
            ["agreements in trade, culture"],
            {S002},
        ),
        # the last one before the one named: "the first ... since 2003" says when it was
        (
            "when did a kazakh president last visit pakistan before tokayev?",
            "the first by a Kazakh head of state since 2003",
            [],
            {S002},
        ),
        # who wrote the news: its byline
        ("who wrote the news about the ipri book launch?", "by Shabbir Hussain", [], {S003}),
        # places asked for by name: the statement naming the most of them; a phone's typos
        (
            "direct flights frm which pak cities did aleem khan want to kazakhstan",
            "from Lahore, Islamabad and Karachi",
            [],
            {S001},
        ),
        (
            "which countries are on the corridor routes under review?",
            "through Afghanistan, China and Iran",
            [],
            {S000},
        ),
        ("shaqqaliev met wich pak minister", "Jam Kamal Khan", [], {S004}),
        # "which Pakistani leaders": people by name, of that country
        (
            "which pakistani leaders will president tokayev meet during the visit?",
            "Tokayev to meet President Zardari and Prime Minister Shehbaz Sharif",
            [],
            {S004},
        ),
        # asked of no one named: the statement of the side asked, before a statement
        # naming people of another occasion
        (
            "who was present from pakistan's side?",
            "Federal Secretary for Communications",
            [],
            {S001},
        ),
        ("who travelled with the kazakh transport minister", "Deputy Chairmen", [], {S001}),
        (
            "what did the ambassador say about the Afghan railway",
            "Pakistan railway",  # the Uzbekistan–Afghanistan–Pakistan railway, as he put it
            [],
            {S002},
        ),
        ("what challenges did kistafin point out", "poor communication", [], {S003}),
        # his own words of his trip, not the card of the trip
        (
            "what did karabayev say about his trip to pakistan",
            "pleasant and productive",
            [],
            {S001},
        ),
        # the answer type picks the evidence: a number, a date, a place
        ("how much were the contracts worth", "USD 200 million", [], {S002, S003}),
        ("how many participants were at the karachi forum", "500 participants", [], {S002}),
        ("how big is the trade target", "USD 1 billion", [], {S002}),
        ("how many pakistani students are in kazakhstan", "1,000 Pakistani students", [], {S002}),
        # a share asked for is answered by a share in words
        ("how much of the kazakh government came to pakistan?", "Almost half", [], {S002}),
        # ... of a whole named as the question names it, and when it counts people
        ("how much of the kazakh cabinet came to pakistan?", "Almost half", [], {S002}),
        ("how many of their govt ppl came with nurtleu", "Almost half", [], {S002}),
        # what was said is dated by the report that said it
        (
            "when did abdul aleem khan call for direct flights",
            "April 2025, reported 29 April 2025",
            [],
            {S001},
        ),
        ("when was the state of the nation address", "8 September 2025", [], {S002}),
        # no article says "established": not the book "launch" that stands in for it
        ("when were relations established", "relations since 1992", [], {S000}),
        ("where did jam kamal meet shaqqaliev", "Ministry of Commerce", [], {S004}),
        # "who is X and what did he say": X, and what he said; not someone his words name
        (
            "who is the Kazakh ambassador and what has he said lately",
            "Yerzhan Kistafin",
            [],
            {S000},
        ),
        ("who is kistafin and what did he say about corridors", "trade corridor", [], {S000}),
        # a month without a year narrows to what is dated that month, in any year
        ("who met karabayev in april?", "Abdul Aleem Khan", [], {S001}),
        # comparisons compare
        (
            "was the trade target bigger than the contracts signed in karachi",
            "USD 1 billion",
            ["— more than USD 200 million"],
            {S002},
        ),
        (
            "compare the trade target with the karachi contracts",
            "USD 1 billion",
            ["— more than USD 200 million"],
            {S002},
        ),
        (
            "who visited pakistan first, karabayev or tokayev",
            "Karabayev's official visit to Pakistan (April 2025, reported 29 April 2025)",
            ["came before President Tokayev's state visit"],
            {S001, S002},
        ),
        # a word no article uses that only qualifies what is asked of a known person
        (
            "what challenges did kistafin say were holding ties back",
            "two main challenges: poor communication and weak connectivity",
            [],
            {S003},
        ),
        # two things set side by side: each answered, one under the other
        (
            "visas: business community vs chamber members",
            "two-year visas",
            ["five-year multiple-entry visas"],
            {S000},
        ),
        (
            "which is older, diplomatic ties or the karachi business forum",
            "1992",
            ["April 2025"],
            {S000, S002},
        ),
        # a venue in lower case is a place: "at prime minister's official residence"
        ("where was the guard of honour for tokayev", "official residence", [], {S004}),
        # a period lists what is dated in it, and nothing from other months
        ("what happened in november 2025", "On record for November 2025", ["state visit"], {S002}),
        ("what happened in 1992", "On record for 1992", ["since 1992"], {S000}),
        # the part counted is named after the whole it is a part of
        (
            "how many of the karachi business forum participants were kazakh businessmen?",
            "150 Kazakh businessmen",
            [],
            {S002},
        ),
        # "in may" is the month; a record of ours is of when its article came out; "before
        # his visit" names a side, it asks no order
        (
            "which pakistani ports did kistafin mention in may vs in the briefing before "
            "tokayev's visit",
            "Gwadar, Karachi and Port Qasim",
            [],
            {S003},
        ),
        # all an occasion holds, however few of the question's words each detail holds
        ("what is on tokayev's agenda?", "state visit", ["Business Forum"], {S004}),
        # a body asked for by kind is named in the answer, as "who" names a person; what
        # involves the body asked about comes before what only holds the words
        ("which pakistani group is samruk-kazyna in talks with?", "Fauji Foundation", [], {S002}),
        # "linked" is "connected", whichever the question and the article use
        (
            "how did aleem khan say pakistan could be linked to central asia?",
            "via Afghanistan",
            [],
            {S001},
        ),
        # asked in one question, not as a follow-up: the occasion named, then what came next
        ("what came right after the karachi forum?", "followed by the 30th", [], {S002}),
        ("what happened before tokayev's state visit?", "the last on record before", [], {S002}),
        # "crossed" is how goods are carried across: a word no article uses, with kin that do
        ("how much cargo crossed kazakhstan?", "1 billion tonnes", [], {S002}),
        # the particle of a phrasal verb is no word the sources must hold
        ("what are the two big problems holding back ties?", "two main challenges", [], {S003}),
        # the event leads; the sentence its report quotes, holding the word asked, is shown
        ("what happens to Tokayev on arrival in Islamabad?", "state visit", ["guard of"], {S004}),
    ],
)
def test_the_lead_answers_the_question(
    engine: Engine, question: str, lead: str, facts: list[str], sources: set[str]
) -> None:
    answer = engine.answer(question, TODAY)
    assert lead in answer.lead
    for fact in facts:
        assert fact in answer.text
    assert sources <= set(answer.sources)
    assert not answer.not_on_record


@pytest.mark.parametrize(
    ("question", "lead", "never"),
    [
        (
            "what did Kistafin say about Almaty",
            "nothing about \u201cAlmaty\u201d",
            "Ambassador to",
        ),
        ("when does the flight start", "Not on record: no date for that", "Yes"),
        (
            "how much did Pakistan export to Kazakhstan last year",
            "Not on record: no figure for that",
            "USD 1 billion",  # a target is not what was exported
        ),
        ("what happened in 2023", "Not on record: nothing dated 2023", "April"),
        # a future period: how old the news is, not a bare "nothing"
        (
            "is anything planned for next month",
            "nothing planned for January 2027; the newest article is from November 2025",
            "Yes",
        ),
        # a name the KB does not know gets nobody else's card
        ("who is Nurlan Kistafin", "nothing about \u201cNurlan Kistafin\u201d", "Ambassador to"),
        ("what did Arman Shakirov sign", "\u201cArman Shakirov\u201d", "Shaqqaliev"),
        # typed in lower case, before a surname the KB knows: a name, not "iran" misspelt
        ("did tokayev meet imran khan", "Not on record: the sources say nothing about", "Iran"),
        # roles keep their direction and rank
        ("who is Pakistan's ambassador to Kazakhstan", "Not on record", "Kistafin"),
        ("who is Kazakhstan's prime minister", "Not on record", "Nurtleu"),
        ("who is the president of Uzbekistan", "Not on record", "Tokayev"),
        # an honour given ("named 'Ambassador of Goodwill'") is no ambassadorship
        ("who is pakistan's ambassador", "Not on record", "Zia-ul-Haq"),
        # "heads" is not "head of state": nobody the sources name runs the fund
        ("who heads samruk-kazyna", "the sources name no one for that", "Tokayev"),
        # a word no article uses is what a yes/no question asks, however known the rest
        ("did tokayev play golf with sharif", "nothing about \u201cgolf\u201d", "Yes"),
        ("what did tokayev say about climate change", "nothing about \u201cclimate\u201d", "["),
        # what holds most of the words is of another's occasion ("sectors" of the state
        # visit are not Karabayev's): not on record, his own closest, not the other's
        ("what sectors did karabayev's delegation include?", "I don't have that", "state visit"),
    ],
)
def test_what_is_missing_is_said_first_and_specifically(
    engine: Engine, question: str, lead: str, never: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.not_on_record
    assert lead in answer.lead
    assert never not in answer.text


def test_trade_in_a_period_with_no_figure_of_it_says_so_before_the_target(
    engine: Engine,
) -> None:
    """Contracts signed at an April 2025 forum are no figure of 2025's trade."""
    answer = engine.answer("what was bilateral trade last year", TODAY)
    assert answer.not_on_record
    assert answer.lead.startswith("No trade figure for 2025 is on record. Closest on record:")
    assert "USD 1 billion" in answer.lead


@pytest.mark.parametrize(
    ("question", "other_count"),
    [
        ("how many kazakh students are in pakistan", "1,000 Pakistani students"),
        ("how many agreements did the universities sign", "20 Pakistani institutions"),
    ],
)
def test_a_count_of_something_else_is_only_the_closest_on_record(
    engine: Engine, question: str, other_count: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Not on record: no figure for that")
    assert other_count not in answer.lead
    assert other_count in answer.text  # shown, labelled as what is closest


def test_a_word_no_article_uses_is_named_and_the_rest_still_answered(engine: Engine) -> None:
    answer = engine.answer("any news on flights to almaty", TODAY)
    assert answer.lead.startswith("I don't have that: the sources say nothing about \u201calmaty")
    assert any("direct flights" in bullet for bullet in answer.bullets)  # what is on flights


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("whats the trade target the two governments are chasing", "USD 1 billion"),
        ("what is the trade target they have pencilled in", "USD 1 billion"),
    ],
)
def test_a_word_no_article_uses_for_what_is_done_with_the_thing_asked_is_no_gap(
    engine: Engine, question: str, fact: str
) -> None:
    """After the thing asked for and a verb's subject, an unknown word is what is done with
    it: the thing is still what is asked, and a target asked for leads with the target."""
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert answer.lead.startswith(fact)


def test_a_year_lists_every_event_of_it_and_no_body_described_by_it(engine: Engine) -> None:
    """Seven events of 2025, more than a card's six lines: the last, the state visit, is not
    cut; a ministry "represented at the April 2025 talks" is no event of the year."""
    answer = engine.answer("what happened in 2025?", TODAY)
    assert answer.lead == "On record for 2025:"
    assert len(answer.bullets) == 7
    assert "President Tokayev's state visit to Pakistan" in answer.bullets[-1]
    assert not any("Ministry of Maritime Affairs" in b for b in answer.bullets)


def test_a_kind_asked_of_a_year_lists_the_events_of_that_kind_only(engine: Engine) -> None:
    answer = engine.answer("visits in 2025", TODAY)
    assert answer.lead == "Visits on record for 2025:"
    assert len(answer.bullets) == 3
    assert all("visit" in b for b in answer.bullets)


def test_two_capitals_named_together_are_their_governments(engine: Engine) -> None:
    """ "Between Islamabad and Astana" is news copy's way of saying between the countries:
    the period's events, not what happened in two cities."""
    answer = engine.answer("what went on between islamabad and astana in november 2025", TODAY)
    assert answer.lead == "On record for November 2025:"
    assert "state visit" in answer.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # freight is cargo; "according to" says who said it, not that anything was agreed
        ("how much freight crossed kazakhstan last year according to the envoy", "billion"),
        ("which ports matter according to the ambassador", "Gwadar"),
        # "ahead of" says when, not what a statement holds
        ("which ports did kistafin name ahead of the visit?", "Gwadar"),
        # a phrasal verb's particle is how it is said: "sit down with" is meeting
        ("where did jam kamal khan sit down with shaqqaliev?", "Ministry of Commerce"),
        # one hosts whom one is visited by
        ("when did aleem khan host the kazakh transport minister", "April 2025"),
        ("how many students are in kazakhstan according to the reports", "1,000"),
        # how a thing should work is how it should function; a barrier is a challenge
        ("how should the transport routes work according to tokayev", "single system"),
        ("what barriers did kistafin see", "poor communication"),
        # to put a book out is to publish it; asked which institutions, the bodies lead
        ("who put that IPRI book out, which institutions", "RAND Corporation"),
    ],
)
def test_words_of_the_same_thing_answer_alike(engine: Engine, question: str, fact: str) -> None:
    answer = engine.answer(question, TODAY)
    assert fact in answer.lead


def test_what_themes_asks_for_what_was_said_not_the_word(engine: Engine) -> None:
    answer = engine.answer("what themes did tokayev's state of the nation address stress?", TODAY)
    assert not answer.not_on_record
    assert "connectivity" in answer.text


def test_a_month_a_quote_names_gets_its_year_once(engine: Engine) -> None:
    answer = engine.answer(
        "what did the ambassador say about preparations for tokayev's visit in november", TODAY
    )
    assert "in November.\u201d (November 2025)" in answer.lead


def test_a_word_no_article_uses_for_the_thing_asked_itself_is_the_gap(engine: Engine) -> None:
    answer = engine.answer("what is the visa fee", TODAY)
    assert answer.lead.startswith("I don't have that: the sources say nothing about \u201cfee")


def test_a_word_no_article_uses_may_be_a_name_so_nobody_elses_words_are_shown(
    engine: Engine,
) -> None:
    answer = engine.answer("what did ambassador zhumangarin say about visas", TODAY)
    assert answer.lead.startswith("I don't have that")
    assert not answer.bullets  # not what Aleem Khan said of visas


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a people's name asks about their country, capitalised as people write it
        ("visa rules for Pakistanis going to Kazakhstan", "better visa conditions"),
        # a verb of caring is how the question is put, not what it is about
        ("which ports matter to kazakhstan", "Port Qasim"),
        # a stance asked of someone named by his office: his words on the rest of it
        ("what's the envoy's line on pakistan joining the regional corridors", "North–South"),
        # "anyone" asks who; it is nothing the answer must hold
        ("did anyone from pakistan receive an award", "Ambassador of Goodwill"),
        # where a country lies, asked in the words of maps
        ("what did kistafin say about pakistan's geography", "landlocked"),
        # a portfolio is a ministry, not any post or position
        ("which portfolios did the ministers with nurtleu hold", "agriculture"),
        # "amount" says a figure is wanted, not what it is of
        ("karachi contracts total amount", "USD 200 million"),
    ],
)
def test_plain_words_for_peoples_and_caring_do_not_refuse(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert fact in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who's Kazakhstan's envoy and what has he been saying lately",
        "who is Kistafin and what did he say recently",
    ],
)
def test_who_someone_is_then_what_he_said_gives_his_title_once(
    engine: Engine, question: str
) -> None:
    """Two sources give his title, one more fully: it is said once, the fuller one, and
    what he said follows ("lately" is how recently, not what about)."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")
    assert not any(b.startswith("Yerzhan Kistafin —") for b in answer.bullets)
    assert any("Kistafin said" in b for b in answer.bullets)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("who is Kazakhstan's ambassador to Pakistan", "Yerzhan Kistafin"),
        ("who is Kazakhstan's foreign minister", "Murat Nurtleu"),  # "Deputy PM and FM"
        ("who's the PM of pakistan", "Shehbaz Sharif"),
        ("pakistan commerce minister?", "Jam Kamal Khan"),
        # one office, as each country names it: trade in Astana, commerce in Islamabad
        ("who is kazakhstan's commerce minister", "Arman Shaqqaliev"),
        ("who is pakistan's trade minister", "Jam Kamal Khan"),
        # who leads a country: its head of state, not a minister who led a delegation
        ("who leads kazakhstan", "Kassym-Jomart Tokayev"),
        ("who is in charge of pakistan right now", "Asif Ali Zardari"),
        # asked for the holder's name, in so many words
        ("what is the kazakh ambassador's name?", "Yerzhan Kistafin"),
        ("what's the name of the pakistani commerce minister", "Jam Kamal Khan"),
        ("who is the ambassador of goodwill", "Muhammad Zia-ul-Haq"),  # the honour, asked
        # where the office is held is no part of its title
        ("who's the kazakh envoy stationed in islamabad", "Yerzhan Kistafin"),
        ("kazakhstans ambassador to pakistan?", "Yerzhan Kistafin"),  # no apostrophe
        # who heads a ministry is its minister
        ("who leads pakistan's communications ministry", "Abdul Aleem Khan"),
        ("who runs the kazakh trade ministry", "Arman Shaqqaliev"),
    ],
)
def test_offices_find_their_holder(engine: Engine, question: str, holder: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(holder)
    assert not answer.bullets  # the office holder, not his diary and who he met


def test_a_trip_asked_of_a_year_or_before_someone_is_no_trip_of_another_time(
    engine: Engine,
) -> None:
    """Tokayev's 2025 visit does not answer "did he go in 2012", nor whether one came
    "before Tokayev" in 2010."""
    year = engine.answer("did tokayev go to pakistan in 2012?", TODAY)
    assert year.lead.startswith("Not on record: the sources report no visit by")
    assert "in 2012" in year.lead
    assert engine.answer("did tokayev go to pakistan in 2025?", TODAY).lead.startswith("Yes.")
    before = engine.answer("did a kazakh leader visit pakistan in 2010 before tokayev?", TODAY)
    assert "Tokayev's state visit" not in before.lead


def test_a_clause_opening_on_when_sets_the_scene_of_the_question_after_it(
    engine: Engine,
) -> None:
    question = "when kistafin called on aleem khan, what did khan offer kazakh businessmen?"
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Khan announced two-year visas")


def test_an_exact_day_asked_of_a_month_on_record_is_not_on_record(engine: Engine) -> None:
    """Nurtleu's delegation came "earlier this month": asked the exact day, the sources give
    none; asked "what date", the month and the day it was reported are the answer."""
    exact = engine.answer("which exact day did nurtleu's delegation get to islamabad?", TODAY)
    assert exact.lead.startswith("No exact day on record; the sources say only:")
    # a month given, its day asked: of a visit only said to be coming, not on record either
    landed = engine.answer("what day in november did tokayev land in islamabad?", TODAY)
    assert landed.lead.startswith("No exact day on record; the sources say only:")
    assert landed.not_on_record
    assert exact.not_on_record
    plain = engine.answer("what date did karabayev meet aleem khan", TODAY)
    assert "April 2025" in plain.lead
    assert not plain.not_on_record


def test_was_it_an_office_is_asked_of_its_holder(engine: Engine) -> None:
    """ "Was it the Kazakh transport minister who invited Khan?" is weighed as "was it
    Karabayev": his invitation, so yes."""
    answer = engine.answer("was it the kazakh transport minister who invited aleem khan?", TODAY)
    assert answer.lead.startswith("Yes.")


def test_a_deed_in_a_phrase_opening_the_sentence_is_of_its_subject(engine: Engine) -> None:
    """ "Addressing a press briefing in Islamabad, Ambassador Kistafin said ...": he briefed
    the press, and "was it Kazakhstan's ambassador who did" is a yes."""
    who = engine.answer("who held a press briefing in islamabad?", TODAY)
    assert who.lead.startswith("“Addressing a press briefing in Islamabad, Ambassador Kistafin")
    check = engine.answer(
        "was it kazakhstan's ambassador who briefed the press in islamabad", TODAY
    )
    assert check.lead.startswith("Yes.")


def test_the_difference_between_two_offers_answers_each(engine: Engine) -> None:
    question = (
        "what's the difference between the visas kazakh business people get and what"
        " pakistan is mulling for chamber members"
    )
    answer = engine.answer(question, TODAY)
    assert "two-year visas" in answer.text
    assert "five-year multiple-entry visas" in answer.text


def test_how_long_ago_is_told_from_today(engine: Engine) -> None:
    visit = engine.answer("how long ago was tokayev's state visit?", TODAY)  # November 2025
    assert visit.lead.startswith("About a year ago: President Tokayev's state visit")
    karabayev = engine.answer("how long ago did karabayev come to pakistan", TODAY)  # April 2025
    assert karabayev.lead.startswith("About 20 months ago:")


def test_the_title_of_a_thing_is_not_a_persons_title(engine: Engine) -> None:
    """The book's title, in quotation marks, whoever else the question names."""
    answer = engine.answer(
        "what's the title of the book IPRI launched when Kistafin spoke?", TODAY
    )
    assert answer.lead.startswith("“The book, ‘Examining the Feasibility of an East-West")


def test_which_ministry_someone_heads_is_his_office(engine: Engine) -> None:
    answer = engine.answer("what ministry does shaqqaliev head?", TODAY)
    assert answer.lead.startswith("Arman Shaqqaliev — Kazakhstan's Minister for Trade")


def test_what_someone_proposed_is_what_he_called_and_pressed_for(engine: Engine) -> None:
    answer = engine.answer("what did aleem khan suggest when karabayev visited", TODAY)
    assert "called for direct flights" in answer.text
    assert "pressed for better visa conditions" in answer.text


def test_a_label_of_how_it_is_asked_leaves_the_office_asked(engine: Engine) -> None:
    # "the other way round": the question after it asks for an office nobody holds on record
    answer = engine.answer("the other way round: who is pakistan's envoy in astana?", TODAY)
    assert answer.lead.startswith("Not on record")
    assert "Religious Affairs" not in answer.text


def test_a_wire_dateline_is_not_part_of_the_first_sentence(engine: Engine) -> None:
    first = next(s for s in engine.kb.sentences if s.source == S001)
    assert first.text.startswith("Kazakhstan's Minister for Transport Marat Karabayev")


@pytest.mark.parametrize(
    ("question", "opening", "fact"),
    [
        ("did tokayev come to pakistan?", "Yes.", "state visit"),
        # "“...,” he emphasized" after "The ambassador ..." after "“...,” the envoy said"
        # after "He recalled" after Kistafin named: his words, however far back his name
        ("did kistafin say india is included in the north-south corridor?", "Yes.", "India"),
        # "successful" is how a report's "productive" and "fruitful" are asked
        ("did karabayev call his visit successful?", "Yes.", "productive"),
        # "Referring to his own visit to Central Asian States, he ...", then "He stated":
        # Khan's words, nine words into the sentence before
        ("did aleem khan say pakistan is keen to improve road infrastructure?", "Yes.", "road"),
        # asked whether something is expected, a statement of the plan answers it
        ("are agreements expected to be signed during tokayev's visit?", "Yes.", "expected"),
        ("is kazakhstan pakistan's biggest export destination in central asia", "Yes.", "largest"),
        # a statement in other words may not say what was asked: shown, not asserted
        ("is kazakhstan pakistan's biggest export market in central asia", "Yes.", "largest"),
        (
            "is kazakhstan pakistan's biggest trading partner in central asia",
            "Not on record",
            "largest export destination",
        ),
        # "the first since 2003" means there was an earlier one
        ("is tokayev the first kazakh president to visit pakistan", "No.", "since 2003"),
        ("was the april business forum held in lahore?", "No.", "Karachi"),
        # planned or discussed is not done
        ("are there direct flights yet?", "Not on record as done", "discussed launching"),
        # asked of today: how old the newest word on it is
        (
            "has pakistan already started the five-year visas for chamber members?",
            "No, not as of the newest report (",
            "considering",
        ),
        # under consideration in the newest report is not yet decided then, asked of today
        # or not; a consideration of another thing (five-year visas, not two-year ones) is no
        # "No" to it
        (
            "has pakistan approved five-year visas for chamber members?",
            "No, not as of the newest report (",
            "considering",
        ),
        ("is kazakhstan giving pakistani traders 2 year visas?", "Not on record", ""),
        # an event's status on record, not a wish voiced about it: the Lahore forum was only
        # proposed; an event found in the timeline, not in a sentence's words
        ("did the lahore business forum take place?", "Not on record as done.", "announced"),
        # "still happening" asks the same (it had been a "Yes" from a wish for more forums)
        ("is the lahore business forum still happening?", "Not on record as done.", "announced"),
        ("has the state visit happened?", "Yes.", "state visit to Pakistan"),
        ("has the joint commission met?", "Yes.", "30th session"),
        # a trip: the events that took him there, done before planned; none is no "No"
        ("has karabayev been to pakistan?", "Yes.", "April 2025"),
        ("did nurtleu visit islamabad?", "Yes.", "delegation visit"),
        ("has abdul aleem khan been to kazakhstan yet?", "Not on record as done", "announced"),
        ("has zardari been to kazakhstan?", "Not on record: the sources report no visit", ""),
        # a trip asked of a month in which the visit on record went the other way round
        (
            "did shehbaz sharif fly to astana for a state visit in november?",
            "No. On record that month, the other way round:",
            "state visit to Pakistan",
        ),
        ("did shehbaz sharif visit kazakhstan?", "Not on record: the sources report no", ""),
        # as a question read from Kazakh or Urdu orders it: the place before the verb
        ("is karabayev pakistan visited?", "Yes.", "April 2025"),
        # what was done answers "did they", before what was only planned or called for
        ("did pakistan and kazakhstan sign agreements?", "Yes.", "signed"),
        # asked about the visit, not the trip: what was said of it
        ("was karabayev's visit to pakistan productive?", "Yes.", "pleasant and productive"),
        ("does kazakhstan have a consulate in lahore?", "Not on record", "consulate"),
        # a claim with a question tag is put for a yes or no
        ("the karachi business forum had 1,500 participants, didn't it?", "No.", "500"),
        (
            "the first JWG on IT and digital communications was held in Astana, wasn't it?",
            "No.",
            "Islamabad",
        ),
        ("the karachi forum had 500 participants, right?", "Yes.", "500"),
        # a joint deed whose parties are named in full: another country is no party to it
        ("did ipri produce the book together with china?", "No.", "joint effort"),
        ("did ipri write the book with india?", "Yes.", "joint effort"),
        # "was it X who ...": an office no one on record holds, of a deed another office's
        # holder did, is a "No"; not so where the statement names the office asked as well
        (
            "was it pakistan's ambassador to kazakhstan who briefed the press in islamabad?",
            "No. “Addressing a press briefing in Islamabad, Ambassador Kistafin",
            "",
        ),
        ("was it the uzbek president who will get the nishan-i-pakistan?", "Yes.", "Uzbekistan"),
        # a deed that closes a stage, of two of whom only talks are on record: not yet then
        (
            "did samruk-kazyna sign a deal with fauji foundation?",
            "No, not as of the newest report (",
            "initiated talks",
        ),
        ("did samruk-kazyna hold talks with fauji foundation?", "Yes.", "partnership talks"),
        # others signing agreements is no "No" to whether these two people signed one
        ("did karabayev sign an agreement with aleem khan?", "No, not as of the newest", ""),
        # no article says "regime": better visa conditions are no visa-free regime
        # and a call for better visa conditions is not a regime in place
        ("is there a visa-free regime?", "Not on record as done", "visa conditions"),
        # "most": a part weighed against its whole, a share in words read as its size, and
        # a statement that some were is no statement that most were
        ("were most participants at the karachi forum kazakh?", "No.", "150 Kazakh"),
        ("were most karachi forum participants pakistani?", "Not on record", "150 Kazakh"),
        ("were most of the kazakh government in pakistan?", "No.", "Almost half"),
        ("are most pakistani students in kazakhstan studying medicine?", "Yes.", "mostly"),
        # "mostly in medicine" is no yes to most studying another subject the sentence names
        ("are most pakistani students in kazakhstan studying IT?", "No.", "mostly in medicine"),
        ("did most of the agreements concern trade?", "Not on record", "trade"),
        # a statement of the opposite of the word asked answers no; of someone else, nothing
        ("did the ambassador say afghanistan is unstable?", "No.", "stabilised since 2021"),
        ("is pakistan unstable?", "Not on record", "Afghanistan"),
        # whether it will happen: a discussion decides nothing; whether it is planned: it does
        ("will there be direct flights?", "Not on record as decided", "discussed launching"),
        ("is there a plan for flights between the two countries", "Yes.", "discussed"),
        # a yes about someone is a statement about him: Kistafin said it, not Nurtleu
        ("did nurtleu say afghanistan has stabilised?", "Not on record", "Kistafin said"),
        # his own award leads (not his guard of honour, a welcome), nor a scholar's honoured
        # at another event the article covers
        ("will tokayev get an award", "Yes. President Zardari is to confer the Nishan", ""),
        # whether someone holds an office: by its holders on record, never a statement that
        # only names both (the president of Pakistan is Zardari, not Shehbaz Sharif)
        ("is marat karabayev kazakhstan's ambassador to pakistan?", "No. Yerzhan Kistafin", ""),
        ("is shehbaz sharif the president of pakistan?", "No. Asif Ali Zardari", ""),
        ("is tokayev the president of kazakhstan?", "Yes. Kassym-Jomart Tokayev", ""),
        ("was kistafin the kazakh envoy?", "Yes. Yerzhan Kistafin", ""),
        # an office no one on record holds, asked of one who holds a post of its kind (an
        # ambassador's, a minister's): no, he holds that one; of another kind, not on record
        (
            "is kistafin pakistan's ambassador to kazakhstan?",
            "No. Yerzhan Kistafin",
            "Kazakhstan's Ambassador to Pakistan",
        ),
        ("is shaqqaliev kazakhstan's finance minister?", "No. Arman Shaqqaliev", "Trade"),
        ("is kistafin kazakhstan's finance minister?", "Not on record in that office", ""),
        # an alias that is only an office ("the Kazakh ambassador") is asked as the office
        ("is karabayev the kazakh ambassador?", "No. Yerzhan Kistafin", ""),
        # being involved is taking part; a statement naming the question's subject leads
        ("was RAND involved in the book launched at ipri?", "Yes. RAND Corporation", ""),
        # talks begun "to explore" partnerships are begun, not only explored
        ("is samruk kazyna talking to fauji foundation", "Yes.", "initiated talks"),
        # his statement of all else asked, of another country, is a no
        (
            "did aleem khan say pakistan could be linked to central asia through iran?",
            "No.",
            "via Afghanistan",
        ),
        ("did kistafin say routes through india are under review?", "No.", "Afghanistan, China"),
        # asked of something not being so, a statement that it is answers no
        ("did kistafin say india is not part of the north south corridor?", "No.", "included"),
        ("isn't india part of the north south corridor?", "Yes.", "included"),
        # whose money: "with its own resources" is the subject's, Kazakhstan's
        ("will kazakhstan build the corridor with pakistan's money?", "No.", "own resources"),
        ("is the trade corridor funded by china?", "No.", "own resources"),
        ("is kazakhstan paying for the trade corridor itself?", "Yes.", "own resources"),
        # another subject's statement is no "No" through a stand-in word ("agreed" for "deal");
        # Pakistan being urged to join it is: not done as of that report
        ("is the uap railway a done deal", "No, not as of the newest report", "urged Pakistan"),
        # where a place is: by the country the KB gives it, not a sentence naming both
        ("is gwadar in kazakhstan", "No. Gwadar: Pakistani seaport", ""),
        ("is gwadar in pakistan", "Yes. Gwadar: Pakistani seaport", ""),
        # in which place: a statement of it in another place is a no; of no place, nothing
        ("was the congress of religions in islamabad", "No.", "in Astana"),
        ("was the congress of religions in astana", "Yes.", "in Astana"),
        ("was the 30th joint commission in karachi", "Not on record", ""),
        # whose deed: visas "for Kazakhstan's business community" are Pakistan's to give
        ("did kazakhstan offer visas", "Not on record", ""),
        ("does pakistan offer visas to kazakh businessmen", "Yes.", "two-year visas"),
        # an intention is asked as "will" is: "does X intend to" is "is X to"
        ("does zardari intend to confer the nishan-i-pakistan on tokayev?", "Yes.", "confer"),
        # a city is a place one goes to, "Gwadar port" too; what Kazakhstan sees in it is no trip
        (
            "did tokayev go to see gwadar port during his visit?",
            "Not on record: the sources report no visit by Kassym-Jomart Tokayev to Gwadar",
            "",
        ),
        # whose the deed was: the one a statement names after "the invitation of"; an
        # event both took part in says nothing of who invited whom
        ("did zardari invite tokayev?", "No.", "invitation of Prime Minister Shehbaz Sharif"),
        ("tokayev came on zardari's invitation, right?", "No.", "Shehbaz Sharif"),
        ("was tokayev invited by shehbaz sharif?", "Yes.", "invitation of Prime Minister"),
        ("did karabayev invite aleem khan to kazakhstan", "Yes.", "Karabayev"),
        # a claim put to the bot is asked yes or no, "true" no subject of it
        ("is it true that the trade target is $10 billion?", "No.", "1 billion"),
        ("is it true zardari will award tokayev the nishan-i-pakistan", "Yes.", "confer"),
        ("am i right that the railway goes through iran?", "Not on record", "Iran"),
        ("i heard visas are issued in 24 hours", "Yes.", "24 hours"),
        # a word no article uses that narrows the thing asked is no yes; agreeing is no
        # question of figures
        ("did pakistan and kazakhstan agree on a free trade agreement?", "Not on record", "free"),
        # of two people asked about, the statement naming both leads: not what one announced
        ("is it true that kistafin met aleem khan", "Yes. “In a key development", "called on"),
        ("did kistafin meet aleem khan", "Yes. “In a key development", "called on"),
        # a number asked that the statement gives otherwise is a "No", with the number
        ("is tokayev's trip the first by a kazakh leader since 1998?", "No.", "since 2003"),
        ("does karabayev want more land links over the next three years", "No.", "five years"),
        # announced, to come: decided, so a "yes" to whether it is so, said to be announced
        ("do kazakh businessmen get two-year visas?", "Yes, announced:", "two-year visas"),
        # a count in words and in other words for the people counted ("500 participants")
        ("were there about a thousand people at the karachi forum?", "No.", "500 participants"),
        # a nationality before what is counted says whose: "150 Kazakh businessmen", not the
        # "USD 200 million" that holds the number asked
        ("did 200 kazakh businessmen come to the karachi forum", "No.", "150 Kazakh"),
        # a count in words of any size: "two thousand people" is 2,000, not "thousand"
        ("did two thousand people attend the karachi forum", "No.", "500 participants"),
        # half a billion is 500 million
        ("were half a billion dollars of contracts signed at the karachi forum", "No.", "200"),
        # the count asked, of people in the statement's word for them: yes
        ("did 500 people attend the karachi forum", "Yes.", "500 participants"),
        # another of a series: the 30th session, the 8th congress, the first meeting
        ("did the intergovernmental commission meet for the 20th time", "No.", "30th"),
        ("was the congress in astana the 7th", "No.", "8th Congress"),
        ("was the IT working group's september meeting the second one", "No.", "first meeting"),
        ("was the congress in astana the 8th", "Yes.", "8th Congress"),
        # a phrasal verb as the copy words it: "turn down" is to decline; "being looked at"
        # is under review (and "corridor" asks no partner of a joint book)
        ("did aleem khan turn down the invitation", "No.", "accepted"),
        ("is iran one of the routes being looked at for the corridor", "Yes.", "Iran"),
        # what the newest report calls proposed is not built yet, as of that report
        ("is the turghundi herat railway already built", "No, not as of", "proposed"),
        # the statement naming both in the place on record, after one naming no place
        ("did shaqqaliev meet jam kamal khan in karachi?", "No.", "in Islamabad"),
        # typed in a hurry: "ppl", "2yr", "hrs"
        ("do kazakh business ppl get 2yr visas within 24hrs", "Yes, announced:", "24 hours"),
        # a name the sources end in another word: the honour on record
        ("will zardari confer the nishan-i-shujaat on tokayev", "No.", "Nishan-i-Pakistan"),
        # another named doing it: not the one the question has doing it
        ("did shehbaz sharif give tokayev the nishan-i-pakistan?", "No.", "Zardari"),
        ("will zardari confer the nishan-i-pakistan on tokayev?", "Yes.", "Zardari"),
        # a book "produced together" is a joint effort
        ("did ipri produce the book together with the rand corporation?", "Yes.", "joint"),
        # the top destination is the largest; "amb" is the ambassador, "cud" could
        ("is kazakhstan pakistan's top export destination in central asia?", "Yes.", "largest"),
        ("cud the amb confirm lahore will host business meetings?", "Yes.", "Lahore"),
        # urged to join is not joined; the urging and the invitation were done
        ("did pakistan join the uap railway?", "Not on record as done", "urged Pakistan"),
        ("did kistafin urge pakistan to join the uap railway", "Yes.", "urged Pakistan"),
        ("did khan accept karabayev's invitation", "Yes.", "Khan accepted"),
        # "is to confer", "Tokayev to meet ...": to come when reported, so not on record as done
        ("did zardari confer the nishan-i-pakistan on tokayev", "Not on record as done", "confer"),
        ("did tokayev address the business forum", "Not on record as done", "address"),
        ("will zardari confer the nishan-i-pakistan on tokayev", "Yes.", "is to confer"),
        # two ministers are Khan: his name alone is no yes
        ("did khan visit kazakhstan", "Not on record in those words", "Khan"),
        # every word asked, one in a word of like meaning ("launch" for "open"): yes
        (
            "did aleem khan say flights should be opened from lahore, islamabad and karachi",
            "Yes.",
            "launch direct flights",
        ),
    ],
)
def test_yes_no_questions_start_with_the_answer(
    engine: Engine, question: str, opening: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert fact in answer.text


def test_upcoming_is_relative_to_today_in_yes_no_questions(engine: Engine) -> None:
    before = engine.answer("is a state visit coming up?", date(2025, 10, 15))
    after = engine.answer("is a state visit coming up?", TODAY)
    assert before.lead.startswith("Yes.")
    assert "November 2025" in before.text
    assert after.lead.startswith("No.")


def _follow(engine: Engine, first: str, then: str) -> tuple[Answer, Answer]:
    previous = engine.answer(first, TODAY)
    return previous, engine.answer(then, TODAY, context=previous)


@cache
def _eval_articles() -> dict[str, tuple[Path, str, str]]:
    """The tuning sets' articles by stem, with the publisher and date their set gives."""
    found = {}
    for spec in EVAL.glob("articles_tuning*.yaml"):
        for article in yaml.safe_load(spec.read_text(encoding="utf-8"))["articles"]:
            file = spec.parent / article["file"]
            found[file.stem] = (file, article.get("publisher") or "", str(article["date"]))
    return found


def _with_eval_article(seeds_dir: Path, tmp_path: Path, stem: str) -> Engine:
    """The engine of the seeds with one tuning set's article put in as ``_with_article``."""
    file, publisher, day = _eval_articles()[stem]
    return _with_article(seeds_dir, tmp_path, file.read_text(encoding="utf-8"), publisher, day)


def _with_eval_articles(seeds_dir: Path, *stems: str) -> Engine:
    """The engine of the seeds with tuning sets' articles ingested under their own stems, as
    of the last one's day."""
    articles = [_eval_articles()[stem] for stem in stems]
    last = max(date.fromisoformat(day) for _, _, day in articles)
    for file, publisher, day in articles:
        ingest(file, seeds_dir, publisher=publisher, date=day, today=last)
    return Engine(build(seeds_dir))


def _with_article(seeds_dir: Path, tmp_path: Path, text: str, publisher: str, day: str) -> Engine:
    """The engine of the seeds with one more article put in through the real ingest path,
    its stem "article"."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    ingest(path, seeds_dir, publisher=publisher, date=day, today=TODAY)
    return Engine(build(seeds_dir))


@pytest.mark.parametrize(
    ("first", "then", "expected", "source"),
    [
        ("what did karabayev and aleem khan talk about", "when was that?", "April 2025", S001),
        # after his title, "he" is the one whose title it was; "sit down with" is meeting
        (
            "what portfolio does jam kamal khan hold?",
            "who did he sit down with?",
            "Shaqqaliev",
            S004,
        ),
        # what he said in a story of an occasion he spoke at was said there
        ("what did kistafin say about afghanistan", "when was that?", "May 2025", S003),
        # an occasion pointed back to in other words than "there"
        (
            "who did karabayev meet during his visit to pakistan",
            "who else was at this meeting from the kazakh side",
            "Yerzhan Kistafin — Kazakhstan's Ambassador",
            S001,
        ),
        # two questions leaning on it at once: each answered
        (
            "how many participants were at the karachi business forum",
            "how many of them were kazakh and how much was signed in contracts",
            "150 Kazakh businessmen",
            S002,
        ),
        (
            "how many participants were at the karachi business forum",
            "how many of them were kazakh and how much was signed in contracts",
            "USD 200 million",
            S002,
        ),
        # an amount asked in a word or two: of what the last answer told of
        ("karachi business forum", "worth how much?", "USD 200 million", S002),
        ("karachi business forum", "how many?", "Kazakh businessmen", S002),
        # a count of a thing at the occasion just told of: none there, the occasion closest
        ("what happened at the karachi forum?", "how many mous?", "Karachi business forum", S002),
        # a deed with no doer after an occasion is done there
        ("when did karabayev visit pakistan", "what was discussed?", "Pakistani traders", S001),
        ("what did karabayev and aleem khan talk about", "who else was there?", "Kistafin", S001),
        # the event's other participants, each with the title a source gives him
        ("when was tokayev in pakistan", "who else was there?", "Asif Ali Zardari — Pres", S004),
        (
            "who is pakistan's commerce minister?",
            "where did he meet shaqqaliev?",
            "Islamabad",
            S004,
        ),
        ("when is tokayev's state visit?", "who invited him?", "Shehbaz Sharif", S002),
        ("who is Kistafin", "what did he say about Lahore?", "Business Forum in Lahore", S000),
        ("who is Kistafin", "and Tokayev?", "Kassym-Jomart Tokayev — President", S004),
        ("what did Kistafin say about visas", "and the railway?", "railway", S002),
        ("what is the trade target", "sources", "Diplomacy Lens", S002),
        # what came next: the source's "followed by", in the sentence after the forum's
        (
            "what happened at the karachi forum in april?",
            "what happened next?",
            "followed by",
            S002,
        ),
        # no source says what came next: the next one dated, said to be only that
        ("when was the book launch at ipri?", "and after that", "next on record after", S002),
        # "it", "they": the thing asked about before, with the new question's words
        ("what is the trade target", "when is it to be reached?", "earliest opportunity", S002),
        # a figure of no occasion leads: "by when?" is of it, not of a bullet's occasion
        ("how big is the trade target?", "by when?", "earliest opportunity", S002),
        ("visas", "how long are they valid?", "two-year visas", S000),
        # a long sentence is cut so as to keep what was asked: how he described the visit
        (
            "who led the kazakh delegation to islamabad before tokayev's trip?",
            "what did the ambassador call that visit?",
            "described as a precursor",
            S002,
        ),
        # "the UAP one": an abbreviation of a name the KB writes out, and "one" is no subject
        (
            "tell me about the turghundi-herat railway",
            "and the uap one?",
            "Corridors and railways",
            S002,
        ),
        # "his": the holder of the office just named
        ("who is pakistan's commerce minister?", "and his kazakh counterpart?", "Shaqq", S004),
        # "..., too?": what the article just told says of it
        (
            "what did aleem khan announce about visas for kazakh business people?",
            "any plans for business forums too?",
            "Business Forum in Lahore",
            S000,
        ),
        # what was agreed at an occasion that had agreements only expected: none on record
        ("tell me about tokayev's visit", "what was agreed", "Not on record as done", S004),
        # an idiom for "there": those present at the occasion told of
        (
            "what happened when kazakhstan's transport minister visited pakistan in april?",
            "who else was in the room?",
            "Federal Secretary for Communications",
            S001,
        ),
    ],
)
def test_follow_ups_lean_on_the_previous_answer(
    engine: Engine, first: str, then: str, expected: str, source: str
) -> None:
    _, answer = _follow(engine, first, then)
    assert expected in answer.text
    assert source in answer.sources


def test_and_another_thing_after_what_someone_said_asks_what_he_said_of_it(
    engine: Engine,
) -> None:
    """ "And the railway through Uzbekistan?" after Kistafin's words on the Herat railway:
    his words on that railway lead, not the corridors card."""
    first = "what did kistafin say about the turghundi-herat railway?"
    _, answer = _follow(engine, first, "and the railway through uzbekistan and afghanistan?")
    assert answer.lead.startswith("Kistafin urged Pakistan to join the Uzbekistan")


def test_when_was_that_after_a_chain_of_follow_ups_is_the_occasion_told_of(
    engine: Engine,
) -> None:
    """What he discussed, told in the words of the one article on his visit: "who else was
    there?" is who took part in that visit, and "when was that?" its date, not "no date on
    record"."""
    answer = None
    for message in ("who is karabayev", "what did he discuss?", "who else was there?"):
        answer = engine.answer(message, TODAY, context=answer)
    assert answer.lead.startswith("Also taking part in Kazakh Transport Minister Marat")
    when = engine.answer("when was that?", TODAY, context=answer)
    assert when.lead.startswith("Kazakh Transport Minister Marat Karabayev's official visit")
    assert "April 2025" in when.lead


def test_it_in_capitals_is_no_pronoun_pointing_back(engine: Engine) -> None:
    """ "... study IT?" after an answer on Karabayev's visit asks about information
    technology, not about "it", the visit."""
    previous = engine.answer("what did karabayev do in pakistan", TODAY)
    answer = engine.answer("do most pakistani students study IT?", TODAY, context=previous)
    assert "mostly in medicine" in answer.lead
    assert "Karabayev" not in answer.text


def test_is_it_true_that_points_back_to_nothing(engine: Engine) -> None:
    """Its "it" and "that" are the frame of a claim, not the last answer's subject; a "he"
    inside the claim still is."""
    previous = engine.answer("do most pakistani students study IT?", TODAY)
    answer = engine.answer(
        "is it true that the trade target is 10 billion dollars?", TODAY, context=previous
    )
    assert answer.lead.startswith("No. USD 1 billion")
    previous = engine.answer("who is karabayev", TODAY)
    answer = engine.answer("is it true that he met aleem khan?", TODAY, context=previous)
    assert answer.lead.startswith("Yes.")
    assert "Karabayev" in answer.lead


def test_what_a_named_place_or_body_is_is_its_card_not_a_topics(engine: Engine) -> None:
    """ "What is the Turghundi-Herat railway": that railway, with the sentence it is known
    from; not the corridors topic its name's "railway" would call up."""
    answer = engine.answer("what is the turghundi herat railway?", TODAY)
    assert answer.lead.startswith("Turghundi–Herat railway: proposed railway")
    assert "Gwadar and Karachi" in answer.bullets[0]
    assert "Corridors and railways" not in answer.text


@pytest.mark.parametrize(
    ("question", "event", "detail"),
    [
        ("tell me about the karabayev visit", "Marat Karabayev's official visit", "flights"),
        ("nurtleu's visit", "Murat Nurtleu's delegation visit", "AI ministers"),
        ("tell me about the lahore business forum", "Business Forum in Lahore", "Faisalabad"),
        # its figures are its own too
        ("tell me about the karachi business forum", "Business Forum in Karachi", "500"),
    ],
)
def test_one_event_named_is_told_with_its_details_not_listed(
    engine: Engine, question: str, event: str, detail: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert event in answer.lead
    assert detail in " ".join(answer.bullets)


def test_events_asked_for_in_the_plural_stay_a_list(engine: Engine) -> None:
    answer = engine.answer("visits to islamabad", TODAY)
    assert answer.lead.startswith("Visits on record")
    assert len(answer.bullets) == 2


def test_who_else_after_one_event_is_told_is_of_that_event(engine: Engine) -> None:
    _, answer = _follow(engine, "tell me about the state visit", "who else was there")
    assert answer.lead.startswith("Taking part in President Tokayev's state visit")


def test_a_sign_of_something_is_no_signing(engine: Engine) -> None:
    """ "Did they sign anything?" after the commerce ministers' talks: "a visible sign of
    importance attached to the visit" is not a "Yes"."""
    _, answer = _follow(
        engine, "what did shaqqaliev discuss with jam kamal khan", "did they sign anything?"
    )
    assert answer.lead.startswith("Not on record")
    assert "festive" not in answer.text


def test_is_there_asks_afresh_it_points_nowhere(engine: Engine) -> None:
    """ "Is there a direct flight" after an answer on the Gwadar railway: "there" is not a
    place the previous answer named."""
    alone = engine.answer("is there a direct flight", TODAY)
    _, after = _follow(engine, "rail link through gwadar", "is there a direct flight")
    assert after.text == alone.text
    assert "direct flights" in after.text


def test_tell_me_more_shows_what_was_not_shown(engine: Engine) -> None:
    first, more = _follow(engine, "trade target", "tell me more")
    assert more.bullets
    assert not set(more.bullets) & set(first.bullets)


def test_without_context_a_follow_up_is_a_question_of_its_own(engine: Engine) -> None:
    answer = engine.answer("who else was there?", TODAY)
    assert "Kistafin" not in answer.text  # nothing to lean on, so nobody is guessed


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("hi", "Hello!"),
        ("good morning", "Hello!"),
        ("thanks", "You're welcome"),
        ("thx, very helpful!", "You're welcome"),
        ("ok", "Glad to help"),
        ("👍", "Glad to help"),
        ("bye", "Goodbye"),
        # several at once: the reply to what says most, not to the greeting
        ("hey who are you, what can u do", "I'm a briefing bot"),
        ("ok thanks bye", "Goodbye"),
    ],
)
def test_small_talk_gets_a_short_natural_reply(engine: Engine, message: str, reply: str) -> None:
    answer = engine.answer(message, TODAY)
    assert answer.intent == "small_talk"
    assert answer.lead.startswith(reply)
    assert "I don't have that" not in answer.text
    assert answer.sources == ()


def test_a_greeting_before_a_question_is_not_small_talk(engine: Engine) -> None:
    answer = engine.answer("hi, who is kistafin", TODAY)
    assert answer.lead.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")


@pytest.mark.parametrize(
    "question",
    [
        "**trade target**",
        "Some background first. " * 150 + "So what is the trade target?",
    ],
)
def test_markup_and_long_pastes_are_still_understood(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Trade target: USD 1 billion")
    assert answer.question == question  # the answer says what it answers, as asked


def test_cards_are_named_by_intent(engine: Engine) -> None:
    assert engine.card("trade", TODAY).lead.startswith("Trade target: USD 1 billion")
    assert engine.card("recent", TODAY, "recent visits").lead.startswith("Most recent visits")


@pytest.mark.parametrize(
    ("statement", "of_it"),
    [
        # the countries and small words between a subject and its amount do not part them
        ("trade turnover between Kazakhstan and Pakistan amounted to USD 318.4 million", True),
        ("the delegation of Kazakhstan and Pakistan signed contracts worth $5 million", False),
    ],
)
def test_an_amount_is_of_the_thing_named_just_before_it(
    engine: Engine, statement: str, of_it: bool
) -> None:
    query = engine.analyser.analyse("how much was the trade turnover in 2025", TODAY)
    composer = Composer(engine.kb, engine.timeline(TODAY), engine.lexicon)
    assert composer.measures(statement, query) is of_it


def test_a_place_is_quoted_from_the_events_report_when_a_detail_leads(engine: Engine) -> None:
    """Articles added later can rank a detail of the talks (what they agreed) above the
    report that places them: the line still says where, in the report's words."""
    query = engine.analyser.analyse("where did jam kamal meet shaqqaliev", TODAY)
    timeline = engine.timeline(TODAY)
    evidence = engine.retriever.search(query, timeline.visible, timeline.dates)
    detail = next(e for e in evidence if e.kind == "detail" and "Commerce" not in e.quoted[0][1])
    text, *sources = Composer(engine.kb, timeline, engine.lexicon).line(detail, query)
    assert "at the Ministry of Commerce in Islamabad" in text
    assert sources == [S004]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how much trade do they want", "USD 1 billion"),  # wanted: the target
        ("what's new between pakistan and kazakhstan?", "Most recent events on record"),
        # none is dated ahead: the last one, said to be the last, never passed off as next
        ("when is the next business forum", "The latest on record: Kazakhstan–Pakistan"),
        # how fast is how long it takes; what is in force before what is only considered
        ("how quickly are business visas issued", "Khan announced two-year visas, issued"),
        ("how long is the two-year visa valid", "Khan announced two-year visas"),
        # a time set only in words is what the record says of "when", not a missing date
        ("by when is the trade target to be reached", "No date on record, only this: USD 1"),
    ],
)
def test_everyday_phrasings_reach_the_fact_they_ask_for(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_a_two_part_question_answers_both_parts_and_says_what_is_missing(engine: Engine) -> None:
    answer = engine.answer("how much trade is there now and what is the goal", TODAY)
    # no current trade figure, said of what was asked, not of "that"
    assert answer.lead == "Not on record: no figure for “how much trade is there now”."
    assert answer.bullets == (
        "Trade target: USD 1 billion in mutual trade, to be reached \u201cat the earliest"
        " opportunity\u201d [1]",
    )
    assert answer.sources == (S002,)  # only what the line cites


def test_events_dated_to_the_same_month_are_not_put_in_an_order(engine: Engine) -> None:
    """Both in April 2025: which came first is not on record, and the answer says so."""
    answer = engine.answer("was the karachi forum before or after karabayev's visit", TODAY)
    assert (
        "Karabayev's official visit to Pakistan (April 2025, reported 29 April 2025)"
        in answer.lead
    )
    assert "Business Forum in Karachi (April 2025)" in answer.lead
    assert answer.lead.endswith("the sources do not say which came first.")
    assert "came before" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was said about flights at the kistafin meeting vs at the karabayev meeting",
        "flights: the kistafin meeting vs the karabayev meeting",
    ],
)
def test_each_side_of_a_comparison_is_answered_in_the_order_asked(
    engine: Engine, question: str
) -> None:
    """The subject is asked of both sides: before a colon, or the first side's when the
    second is only a place or time ("at the other meeting"); each line cites its meeting."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Both sides discussed launching direct flights")
    assert answer.bullets[0].startswith("Abdul Aleem Khan called for direct flights")
    assert answer.sources == (S000, S001)


def test_figures_are_weighed_only_when_sizes_are_compared(engine: Engine) -> None:
    """Two meetings set side by side on visas: no "USD 1 billion — more than 1,000 students"."""
    answer = engine.answer(
        "what did abdul aleem khan say about visas in his meeting with kistafin vs in the one"
        " with karabayev",
        TODAY,
    )
    assert "visa" in answer.lead
    assert "more than" not in answer.text


TUNING4 = Path(__file__).parents[1] / "eval" / "articles" / "tuning4"
EVAL = Path(__file__).parents[1] / "eval"
TUNING9 = EVAL / "articles" / "tuning9"
TUNING10 = EVAL / "articles" / "tuning10"


@pytest.fixture
def feature(seeds_dir: Path) -> Engine:
    """The seeds with a tuning feature on visas and flights, through the real ingest path."""
    article = TUNING4 / "t16_astana_times_new_envoy_feature.txt"
    _, kb = ingest(
        article, seeds_dir, publisher="The Astana Times", date="2026-11-24", today=TODAY
    )
    return Engine(kb)


@pytest.mark.parametrize(
    "question",
    [
        "how long is kazakhstan's e-visa valid for pakistani travellers",
        "for how long can pakistanis stay on a kazakh electronic visa",
        # a second question asks its kind of fact of the first one's subject
        "do pakistani businessmen get kazakh e-visas? how long are they valid",
    ],
)
def test_how_long_is_answered_by_a_span_of_time(feature: Engine, question: str) -> None:
    """ "a 30-day electronic visa", in a sentence that "Sept. 1" does not cut in two."""
    lead = feature.answer(question, TODAY).lead
    assert "Since Sept. 1, Pakistani citizens travelling on business can obtain a 30-day" in lead


def test_a_figure_dated_only_by_its_article_says_when_it_was_reported(feature: Engine) -> None:
    """ "1,400 Pakistani students are now enrolled": so on the day the article was filed."""
    answer = feature.answer("how many pakistani students are enrolled in kazakhstan now", TODAY)
    assert answer.lead.startswith(
        "1,400 Pakistani students are now enrolled at Kazakh universities"
    )
    assert "(reported 24 November 2026)" in answer.lead


def test_when_two_people_met_is_their_own_meeting_not_one_they_both_attended(
    engine: Engine,
) -> None:
    """Kistafin's call on Khan is undated; Karabayev's visit, which both attended, is dated
    April 2025 and is not when Kistafin met Khan."""
    answer = engine.answer("when did kistafin meet abdul aleem khan", TODAY)
    assert answer.lead == "Not on record: no date for that. Closest on record:"
    assert answer.bullets[0].startswith("Ambassador Kistafin's meeting with Communications")
    assert engine.answer("when did karabayev meet khan", TODAY).lead.startswith(
        "Kazakh Transport Minister Marat Karabayev's official visit to Pakistan — April 2025"
    )


def test_a_plan_asked_about_by_place_is_shown_however_old_and_undated(engine: Engine) -> None:
    """The Lahore forum was proposed in 2025 with no date: "what is planned for Lahore"
    shows it, said to be undated, not a bare "nothing upcoming"."""
    answer = engine.answer("what is planned for lahore", TODAY)
    assert answer.lead == (
        "My newest article is from November 2025; nothing dated ahead is on record in it. "
        "Announced:"
    )
    assert answer.bullets[0].startswith("Business Forum in Lahore — announced, no date")


@pytest.mark.parametrize(
    ("question", "occasion", "others"),
    [
        (
            "who else was at the meeting with karabayev",
            "Karabayev's official visit to Pakistan",
            ["Abdul Aleem Khan — ", "Yerzhan Kistafin — "],
        ),
        (
            "who took part in tokayev's state visit",
            "President Tokayev's state visit to Pakistan",
            ["Shehbaz Sharif — ", "Asif Ali Zardari — "],
        ),
    ],
)
def test_who_took_part_in_an_occasion_named_lists_its_participants(
    engine: Engine, question: str, occasion: str, others: list[str]
) -> None:
    """As "who else was there?" after an answer about it, with no answer before."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Also taking part in")
    assert occasion in answer.lead
    assert [b[: len(o)] for b, o in zip(answer.bullets, others, strict=False)] == others


@pytest.mark.parametrize(
    "question",
    [
        "how many times a week does air astana fly to lahore now",
        "how many lahore flights a week does air astana run these days? did they add one?",
    ],
)
def test_how_often_is_answered_by_a_rate(feature: Engine, question: str) -> None:
    """ "a third weekly frequency", not a count of passengers; a yes/no after the "?" asks
    of the same flights."""
    lead = feature.answer(question, TODAY).lead
    assert "added a third weekly frequency on Thursdays" in lead


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "the first since 2003": there was one in 2003, so not the first ever ...
        ("is tokayev's visit the first ever by a kazakh head of state?", "No."),
        # ... and one had come before
        ("has a kazakh head of state ever visited pakistan before tokayev?", "Yes."),
    ],
)
def test_the_first_since_a_year_says_there_was_one_before(
    engine: Engine, question: str, answer: str
) -> None:
    lead = engine.answer(question, TODAY).lead
    assert lead.startswith(f"{answer} Tokayev's state visit is the first by a Kazakh head")


def test_two_sides_joined_state_nothing_twice(engine: Engine) -> None:
    """The second side's line is not repeated by the first's quote of the same sentence."""
    answer = engine.answer("visas: business community vs chamber members", TODAY)
    five_year = [line for line in (answer.lead, *answer.bullets) if "five-year" in line]
    assert five_year == [
        "Pakistan is considering five-year multiple-entry visas for Chamber of"
        " Commerce members [1]"
    ]


def test_a_person_and_a_place_narrow_the_visits_to_his(engine: Engine) -> None:
    """ "When did Nurtleu visit Islamabad": his visit, not every visit to Islamabad."""
    answer = engine.answer("when did nurtleu visit islamabad", TODAY)
    assert [line.split(" — ")[0] for line in (answer.lead, *answer.bullets)] == [
        "Deputy Prime Minister Murat Nurtleu's delegation visit to Islamabad"
    ]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the one event named, even undated, not a better-dated one it resembles
        ("when is the lahore business forum?", "Not on record: no date for it. Business Forum"),
        # how it is asked ("exactly which day") names no event
        ("lahore forum, exactly which day?", "Not on record: no date for it. Business Forum"),
        ("when was the karachi business forum?", "Kazakhstan–Pakistan Business Forum in Karachi"),
        ("when was the state visit?", "President Tokayev's state visit to Pakistan — took"),
    ],
)
def test_when_an_event_named_is_its_own_date(engine: Engine, question: str, lead: str) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_whose_exports_are_asked_keeps_their_direction(engine: Engine) -> None:
    """ "Pakistan's largest export destination" is Pakistan's exports, never Kazakhstan's."""
    asked = engine.answer("what are kazakhstan's main exports to pakistan", TODAY)
    assert "largest export destination" not in asked.text
    theirs = engine.answer("what are pakistan's main exports to kazakhstan", TODAY)
    assert "Pakistan's largest export destination" in theirs.lead


@pytest.mark.parametrize(
    ("question", "lead", "fact"),
    [
        ("who attended the karachi forum",
         "Kazakhstan–Pakistan Business Forum in Karachi: the sources name no one who took "
         "part; they report:",
         "500 participants, including 150 Kazakh businessmen"),
        ("who took part in the karachi business forum",  # a Lahore sentence ranks first
         "Kazakhstan–Pakistan Business Forum in Karachi: the sources name no one",
         "a recent high-level Kazakh trade delegation visited Karachi"),
        ("who was at the joint commission",
         "30th session of the Intergovernmental Joint Commission: the sources name no one",
         "agreements in trade, culture, sports, and investment"),
        ("who took part in the state visit",
         "Taking part in President Tokayev's state visit to Pakistan",
         "Shehbaz Sharif — Prime Minister of Pakistan"),
    ],
)  # fmt: skip
def test_who_took_part_names_them_or_says_what_the_sources_report_instead(
    engine: Engine, question: str, lead: str, fact: str
) -> None:
    """An occasion whose sources name nobody is answered with what they do say of who came,
    not with the nearest sentence that names somebody."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert fact in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who is the uzbek president",
         "Not on record: the sources don't name the uzbek president."),
        ("how long is the turghundi herat railway",
         "Not on record: no length or duration for that."),
    ],
)  # fmt: skip
def test_what_is_missing_is_said_as_asked(engine: Engine, question: str, lead: str) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_a_question_phrase_of_several_words_asks_wherever_it_stands(engine: Engine) -> None:
    """ "What is the name of the Kazakh ambassador": "name of the" asks who, though the
    question opened with "what"."""
    answer = engine.answer("what is the name of the kazakh ambassador", TODAY)
    assert answer.lead.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the other side's people he met, from the events both took part in
        ("who is jam kamal khan's kazakh counterpart", "Jam Kamal Khan's counterpart on record: "
         "Arman Shaqqaliev — Kazakhstan's Minister for Trade and Integration"),
        # his office's holder before the prime minister beside him
        ("who is tokayev's counterpart", "Kassym-Jomart Tokayev's counterpart on record: Asif "
         "Ali Zardari — President of Pakistan"),
        # a side nobody met is said to be missing, not answered with another side
        ("who is karabayev's chinese counterpart", "Not on record: the sources report no "
         "meeting of Marat Karabayev with China."),
    ],
)  # fmt: skip
def test_a_counterpart_is_whom_he_met_from_the_other_side(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_an_event_only_planned_had_nobody_taking_part(engine: Engine) -> None:
    """The Lahore forum was only proposed: who is named with it, never "taking part"."""
    answer = engine.answer("who attended the lahore forum", TODAY)
    assert answer.lead.startswith("Business Forum in Lahore [1] is on record only")
    assert "Taking part" not in answer.text
    assert answer.bullets[0].startswith("Yerzhan Kistafin — ")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the bodies a statement names; where it names none, said so before what it says
        ("which kazakh fund is talking to fauji foundation", "“Kazakhstan's sovereign wealth "
         "fund, Samruk-Kazyna, also initiated talks"),
        ("which companies signed contracts in karachi", "The sources name no companies; they "
         "say: USD 200 million in commercial contracts"),
        ("what companies are in the joint working group on IT", "The sources name no "
         "companies; they say: The first Joint Working Group"),
    ],
)  # fmt: skip
def test_which_companies_is_answered_by_the_bodies_named(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_what_something_achieved_is_what_it_resulted_in(engine: Engine) -> None:
    """No article says "achieve"; "resulting in agreements worth over $200 million" is what
    the Karachi delegation achieved, not a word the sources never use."""
    answer = engine.answer("what did the trade delegation to Karachi achieve?", TODAY)
    assert "resulting in agreements worth over $200 million" in answer.lead
    assert S003 in answer.sources


@pytest.mark.parametrize(
    "question",
    ["did Zardari take part in the talks?", "did Shehbaz Sharif take part in the talks?"],
)
def test_a_yes_about_someone_rests_on_a_statement_of_him(engine: Engine, question: str) -> None:
    """The article on Tokayev's visit is about Zardari and Sharif, but "Ministers ... pledged
    ... private-sector participation" and "Pakistan must be a part of these corridors" are
    statements of neither: no "Yes" on them."""
    answer = engine.answer(question, TODAY)
    assert not answer.lead.startswith("Yes")
    assert answer.lead.startswith("Not on record")


def test_a_statement_of_someone_else_does_not_lead_an_answer_about_him(engine: Engine) -> None:
    """The scholar honoured at the Astana congress is in an article about Tokayev's visit; the
    title he received is no award of Tokayev's."""
    answer = engine.answer("what award will Tokayev receive?", TODAY)
    assert "Ambassador of Goodwill" not in answer.lead
    assert "Nishan-i-Pakistan" in answer.text


def test_a_card_does_not_answer_for_a_year_it_is_not_about(engine: Engine) -> None:
    """The trade card's target is no trade volume of 2024: a question naming a year is
    answered for that year, here by saying nothing of it is on record; a volume is a
    figure, and the gap is said as one."""
    answer = engine.answer("what was the trade volume in 2024?", TODAY)
    assert answer.intent != "trade"
    assert answer.lead.startswith("Not on record: no figure for that in 2024")


def test_a_countrys_position_is_no_title(engine: Engine) -> None:
    """ "Pakistan's position on the map", asked of the envoy, is where Pakistan lies, not the
    envoy's office."""
    answer = engine.answer("how does the kazakh envoy see pakistan's position on the map", TODAY)
    assert "bridge between landlocked Central Asian states" in answer.text
    assert not answer.lead.startswith("Yerzhan Kistafin — ")


def test_working_with_someone_is_cooperating_with_him(engine: Engine) -> None:
    """No article says "work with"; "a critical partner in regional cooperation" is what was
    said of working with Afghanistan, and "stabilised" answers "too unstable": no."""
    answer = engine.answer("did kistafin say afghanistan was too unstable to work with?", TODAY)
    assert answer.lead.startswith("No. ")
    assert "stabilised since 2021" in answer.lead


def test_the_relationship_is_the_countries_relations(engine: Engine) -> None:
    """ "How old is the relationship": relations "since 1992", though no sentence says
    "relationship" of a date; a reader's hedging ("the articles seem to") is no subject."""
    for question in ("how old is the relationship?", "how old do the articles seem to say the "
                     "relationship is?"):  # fmt: skip
        assert "diplomatic relations since 1992" in engine.answer(question, TODAY).lead


@pytest.mark.parametrize(
    ("question", "opening", "fact"),
    [
        # the same words said of another country answer "no", not "yes"
        ("is uzbekistan pakistan's largest export destination in central asia?", "No. ",
         "largest export destination"),
        # a body asked of, named by a sentence of the article on the meeting asked of
        ("were nlc officers at the karabayev meeting?", "Yes. ", "high ranking officers of NLC"),
    ],
)  # fmt: skip
def test_a_yes_or_no_weighs_whom_and_what_the_statement_is_of(
    engine: Engine, question: str, opening: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert fact in answer.lead


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # chat spelling: a dropped g, an abbreviation, "whos"
        ("wat is samruk kazina doin with fauji fndn", "partnership"),
        ("aleem khan going to some transport conf in kz?", "Global Transport Conference"),
        ("on whos invite is tokaev comin to pak", "invitation of Prime Minister Shehbaz Sharif"),
        # what someone suggested to fix something: what he called for to overcome it
        ("what did kistafin suggest to fix the communication gap?", "close the communication gap"),
    ],
)  # fmt: skip
def test_chat_spelling_and_everyday_verbs_find_the_fact(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.intent != "not_on_record"
    assert fact in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("which airline will fly the direct lahore-almaty route?", "The sources name no airline"),
        ("which companies signed contracts in karachi", "The sources name no companies"),
    ],
)
def test_bodies_nobody_names_are_not_on_record(engine: Engine, question: str, lead: str) -> None:
    """Asked which airline or which companies, a statement naming none says so and is not
    on record for what was asked, whatever it says of the flights or contracts."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert answer.not_on_record


@pytest.mark.parametrize(
    "question",
    ["is the trade target met?", "was the target achieved?", "has the USD 1bn goal been reached?"],
)
def test_a_target_on_record_is_not_a_target_reached(engine: Engine, question: str) -> None:
    """The sources give the aim, USD 1 billion "to be reached at the earliest opportunity":
    no "Yes" because a statement mentions trade targets."""
    answer = engine.answer(question, TODAY)
    assert answer.lead == "Not on record as reached; the sources give the aim:"
    assert "USD 1 billion" in answer.bullets[0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the forum's sources name nobody: his talk of forums elsewhere is no presence
        ("was Kistafin at the Karachi forum?", "Not on record: the sources do not name Yerzhan "
         "Kistafin at Kazakhstan–Pakistan Business Forum in Karachi"),
        ("did Jam Kamal Khan take part in the talks with Shaqqaliev?", "Yes. Talks of Commerce "
         "Minister Jam Kamal Khan and Trade Minister Arman Shaqqaliev"),
        ("did Tokayev attend the talks with Shaqqaliev?", "Not on record: the sources do not "
         "name Kassym-Jomart Tokayev at Talks of Commerce Minister"),
        # named with an event only proposed: no "Yes" that he attended it
        ("did Kistafin attend the Lahore forum?", "Not on record as done: Business Forum in "
         "Lahore"),
    ],
)  # fmt: skip
def test_whether_someone_was_at_an_event_is_whether_he_took_part(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_a_persons_age_is_not_his_events_dates(engine: Engine) -> None:
    """ "How old is Tokayev" asks his age, which no source gives: not the dates of his visits."""
    answer = engine.answer("how old is Tokayev?", TODAY)
    assert answer.lead == "Not on record: the sources give no age for Kassym-Jomart Tokayev."
    assert answer.not_on_record


def test_a_person_naming_the_event_is_not_the_one_asked_about(engine: Engine) -> None:
    """ "Did Khan attend the Karabayev meeting": Karabayev names the meeting, so Kistafin's
    meeting with Khan, which Karabayev was not at, is not the one asked about."""
    answer = engine.answer("did Abdul Aleem Khan attend the Karabayev meeting?", TODAY)
    assert "do not name Marat Karabayev" not in answer.lead
    assert "Kistafin's meeting" not in answer.lead


def test_asked_how_things_stand_a_statement_of_it_done_answers_before_talk_of_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Are there direct flights yet?": the seeds' "discussed launching direct flights" is
    no answer once an article reports them launched."""
    path = tmp_path / "launch.txt"
    path.write_text(
        "ALMATY: In a long-awaited step for travellers, traders and students alike, the budget"
        " carrier SCAT Airlines on 2 June launched weekly direct flights between Almaty and"
        " Lahore, its press service said, adding that tickets sold out within days. Officials"
        " of Kazakhstan and Pakistan also discussed direct flights from Karachi.\n",
        encoding="utf-8",
    )
    _, kb = ingest(path, seeds_dir, publisher="Kazinform", date="2026-06-03", today=TODAY)
    answer = Engine(kb).answer(
        "are there direct flights between pakistan and kazakhstan yet?", TODAY
    )
    assert answer.lead.startswith("Yes. \u201cIn a long-awaited step for travellers")
    assert path.stem in answer.sources


def test_which_leaders_asks_for_people_not_for_the_word_leaders(engine: Engine) -> None:
    """ "Which leaders will Tokayev meet": the people he is to meet, not a congress of
    religious leaders that only shares the word."""
    answer = engine.answer("which pakistani leaders will tokayev meet during the visit?", TODAY)
    assert "Zardari" in answer.text
    assert "Religions" not in answer.text


def test_the_first_meeting_asked_is_not_answered_by_the_second(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """An occasion's number tells it from the others of its kind: "the first meeting" is the
    inaugural one, not the second, however many of the words asked the second holds."""
    first = tmp_path / "jwg_first.txt"
    first.write_text(
        "Pakistan, Kazakhstan agree on convoy\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday held the inaugural meeting of their Joint"
        " Working Group on Transit Trade, agreeing to run a pilot road convoy from Almaty to"
        " Karachi.\n",
        encoding="utf-8",
    )
    second = tmp_path / "jwg_second.txt"
    second.write_text(
        "Deputy minister meets ambassador\n\n"
        "ASTANA: At the second meeting of the Joint Working Group on Transit Trade, the sides"
        " agreed to review customs rules for trucks at the first opportunity.\n",
        encoding="utf-8",
    )
    ingest(first, seeds_dir, publisher="Dawn", date="2025-12-09", today=TODAY)
    ingest(second, seeds_dir, publisher="Kazinform", date="2026-02-17", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "what was agreed at the first meeting of the joint working group on transit trade?",
        TODAY,
    )
    assert "pilot road convoy" in answer.lead


def test_what_will_be_done_once_something_else_is_not_done_yet(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Will be formally signed once both governments approve it" says it is not signed."""
    path = tmp_path / "halal.txt"
    path.write_text(
        "Halal memorandum initialled\n\n"
        "ALMATY: A memorandum on mutual recognition of halal certificates was initialled in"
        " Almaty and will be formally signed once both governments complete internal"
        " approvals, the ministry said.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="The Express Tribune", date="2026-05-05", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "has the memorandum on halal certificates been signed?", TODAY
    )
    assert answer.lead.startswith("No. \u201cA memorandum on mutual recognition")


def test_a_count_told_of_the_occasion_the_sentence_before_names_is_shown_beside_another(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Two outlets' counts side by side, though one tells its count in a sentence that
    leans on the one before for whose visit and when ("As it was noted, during the state
    visit 35 documents were signed")."""
    first = tmp_path / "app_accords.txt"
    first.write_text(
        "PM orders implementation of accords\n\n"
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday directed ministries to implement"
        " the 37 agreements signed during the state visit of President Kassym-Jomart Tokayev"
        " last month.\n",
        encoding="utf-8",
    )
    second = tmp_path / "kazinform_accords.txt"
    second.write_text(
        "Minister and ambassador discuss accords\n\n"
        "ASTANA: The parties discussed the agreements reached during the state visit of"
        " President Kassym-Jomart Tokayev to Islamabad in November 2025. As it was noted,"
        " during the state visit 35 documents were signed.\n",
        encoding="utf-8",
    )
    ingest(first, seeds_dir, publisher="APP", date="2025-12-16", today=TODAY)
    ingest(second, seeds_dir, publisher="Kazinform", date="2026-02-12", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "how many agreements were signed during tokayev's state visit in november 2025?", TODAY
    )
    assert "37 agreements" in answer.text
    assert "35 documents" in answer.text


def test_a_deputy_of_one_office_is_not_the_holder_of_two_that_share_its_words(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The deputy foreign minister is not Nurtleu, "Deputy Prime Minister and Foreign
    Minister", though his title holds each word asked; nor was Nurtleu his predecessor."""
    path = tmp_path / "deputy_fm.txt"
    path.write_text(
        "Deputy minister meets ambassador\n\n"
        "ASTANA: Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan"
        " Abdikarimov met Pakistan's ambassador to discuss the agreements of the state visit.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="Kazinform", date="2026-02-17", today=TODAY)
    answer = Engine(build(seeds_dir)).answer("who is kazakhstan's deputy foreign minister?", TODAY)
    assert answer.lead.startswith("Yerlan Abdikarimov")
    assert "Nurtleu" not in answer.text


def test_where_is_the_place_a_statement_names_not_one_its_article_is_about(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Held in Almaty" is in Almaty, though the article is filed from Karachi."""
    path = tmp_path / "jwg_almaty.txt"
    path.write_text(
        "Traders welcome convoy plan\n\n"
        "KARACHI: Traders in Karachi welcomed the plan for a pilot truck convoy. The plan was"
        " agreed at the second meeting of the Joint Working Group on Transit Trade, held in"
        " Almaty on 28 and 29 April.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="The Express Tribune", date="2026-05-05", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "where was the second meeting of the working group on transit trade held?", TODAY
    )
    assert "Almaty" in answer.lead
    assert not answer.lead.startswith("Karachi")


def test_a_figure_leading_an_answer_opens_as_a_sentence(engine: Engine) -> None:
    answer = engine.answer("how many pakistani students are in kazakhstan", TODAY)
    assert answer.lead.startswith("Nearly 1,000 Pakistani students")


def test_when_something_was_done_is_the_statement_of_it_done_not_the_plan(
    seeds_dir: Path, tmp_path: Path
) -> None:
    planned = tmp_path / "flights_planned.txt"
    planned.write_text(
        "FlyArystan plans Islamabad route\n\n"
        "ASTANA: The low-cost airline FlyArystan plans to open regular direct flights on the"
        " route Almaty - Islamabad from the end of March 2026.\n",
        encoding="utf-8",
    )
    launched = tmp_path / "flights_launched.txt"
    launched.write_text(
        "FlyArystan launches Islamabad flights\n\n"
        "KARACHI: FlyArystan launched twice-weekly direct flights between Almaty and"
        " Islamabad on March 31, the first scheduled service in years.\n",
        encoding="utf-8",
    )
    ingest(planned, seeds_dir, publisher="Kazinform", date="2026-02-12", today=TODAY)
    ingest(launched, seeds_dir, publisher="Business Recorder", date="2026-04-02", today=TODAY)
    answer = Engine(build(seeds_dir)).answer("when did direct flights start?", TODAY)
    assert "launched twice-weekly" in answer.lead


def test_a_negation_in_the_statement_alone_does_not_turn_a_yes_into_a_no(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Only a question asked of something not being so is answered "No" by a statement that
    it is; "not only ... but also" in a statement says nothing against what was asked."""
    path = tmp_path / "rail_transit.txt"
    path.write_text(
        "Rail transit deal signed\n\n"
        "ASTANA: Kazakhstan signed the rail transit protocol not only with Pakistan but also"
        " with Uzbekistan, the ministry said.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="Kazinform", date="2026-03-02", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "did kazakhstan sign the rail transit protocol with uzbekistan?", TODAY
    )
    assert answer.lead.startswith("Yes.")


def test_a_pronoun_for_what_the_question_itself_names_does_not_lean_on_the_last_answer(
    engine: Engine,
) -> None:
    """ "... about visas and how fast are they issued": they are the visas, not the trade
    the last answer was about; "what do they study" still leans on the students asked of."""
    _, answer = _follow(
        engine,
        "how much trade is there now and what is the goal",
        "what was agreed about visas and how fast are they issued",
    )
    assert "24 hours" in answer.lead
    _, answer = _follow(
        engine, "how many pakistani students are in kazakhstan", "what do they study"
    )
    assert "medicine" in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who is the pakistani minister that marat karabayev met?", "Abdul Aleem Khan"),
        ("who's the kazakh minister who came to pakistan in april", "Marat Karabayev"),
        ("who is the Kazakh foreign minister that led the delegation", "Murat Nurtleu"),
    ],
)
def test_an_office_described_by_what_its_holder_did_asks_for_that_holder(
    engine: Engine, question: str, lead: str
) -> None:
    """Not the card of the person the clause names, nor "no one holds that office": the one
    holder of the office who took part in what the clause says."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert answer.events  # what he did there follows, for "who else was there?"


def test_more_words_of_an_office_are_still_the_office(engine: Engine) -> None:
    answer = engine.answer("who is pakistan's ambassador posted in astana?", TODAY)
    assert answer.not_on_record
    assert "Kistafin" not in answer.lead


def test_a_part_of_what_the_first_half_counts_is_counted_too(engine: Engine) -> None:
    """ "How many came, and how many of them were Kazakh": both figures, not the first twice."""
    answer = engine.answer(
        "how many people came to the karachi forum, and how many of those were kazakh?", TODAY
    )
    assert "500 participants" in answer.text
    assert "150 Kazakh" in answer.text


def test_who_else_was_there_gives_those_its_article_names_only_by_title(engine: Engine) -> None:
    """ "Officials including the Chairman of the Trade Ministry ... also participated": the
    people without a record of their own still took part."""
    _, answer = _follow(engine, "who did karabayev meet in pakistan", "who else was there?")
    assert "Abdul Aleem Khan" in answer.text
    assert "Chairman of the Trade Ministry" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a label before the question that no article's words are in is no part of it
        ("Just checking: what honour did the IIUI scholar get in Astana?", "Goodwill"),
        # the phone's and the copy's abbreviations, and a word for benefiting
        ("land connectivity over how many yrs, according to karabayev", "five years"),
        ("what title did the professor from IIUI receive", "Goodwill"),
        ("which regions would gain from pakistan's regional integration", "Middle East"),
        # "how many years" asks a span ("five-year visas"), not a count
        ("how many years is the multiple-entry visa for chamber members", "five-year"),
        ("how many years has the relationship lasted", "35-year"),
        # how many the reader counts is no word an article need hold; phone spellings
        ("wat r the 3 routes kazakhstan is lookin at for its corridor to pak?", "Iran"),
        ("wats the trade targt pak n kazakh r aiming 4", "USD 1 billion"),
    ],
)
def test_labels_abbreviations_and_paraphrases_find_the_fact(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in engine.answer(question, TODAY).lead


def test_a_label_that_asks_is_kept(engine: Engine) -> None:
    answer = engine.answer(
        "Which is larger: the number of Pakistani students in Kazakhstan, or the number of"
        " participants at the Karachi business forum?",
        TODAY,
    )
    assert "1,000" in answer.text


def test_by_when_asks_for_the_deadline_a_source_sets(seeds_dir: Path, tmp_path: Path) -> None:
    """A newer source's "by the end of 2028" answers "by when", before an older one's "at
    the earliest opportunity" and before the day the deadline was set."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Trade roadmap signed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Tuesday signed a three-year Trade Roadmap,"
        " committing both governments to lift bilateral trade to US$1 billion by the end of"
        " 2028.\n",
        "APP",
        "2025-12-10",
    )
    answer = engine.answer("by when do they want to reach 1 billion dollars of trade", TODAY)
    assert "by the end of 2028" in answer.lead


def test_a_sentence_leaned_on_is_shown_whole_where_it_holds_what_was_asked(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Signed the document" leans on the sentence naming it; that sentence holds the
    deadline asked for, so it is not cut before it."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Customs protocol signed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday signed a two-year Customs Protocol"
        " covering 2026 and 2027, committing both customs services to clear transit cargo"
        " within 48 hours by the end of 2027. Federal Minister for Finance Ali Raza signed the"
        " document at the Ministry of Finance in Islamabad, while Kazakhstan's First Vice"
        " Minister of Finance Dana Bekova signed it for Kazakhstan.\n",
        "APP",
        "2026-03-10",
    )
    answer = engine.answer(
        "which document did the finance ministers sign and by when must cargo be cleared?",
        TODAY,
    )
    assert "signed the document" in answer.lead
    assert "by the end of 2027" in answer.lead


def test_a_sentence_opening_on_the_occasion_just_told_is_read_with_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "The opening was attended by ...": the opening of the sentence before, so the one
    who attended it answers who opened the office, not "the sources name no one"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Trade office opens\n\n"
        "LAHORE: On Monday, KazExport opened a trade office in Lahore's Gulberg district."
        " The opening was attended by Deputy Minister of Trade Aidos Serikbayev and Punjab"
        " officials.\n",
        "APP",
        "2026-06-02",
    )
    answer = engine.answer("which kazakh official opened the trade office in lahore", TODAY)
    assert "Aidos Serikbayev" in answer.lead
    assert "name no one" not in answer.lead


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("will air sial fly daily between karachi and almaty?", "No."),
        ("does air sial fly twice a week to almaty?", "Yes."),
    ],
)
def test_how_often_asked_yes_or_no_is_weighed_against_the_rate_on_record(
    seeds_dir: Path, tmp_path: Path, question: str, opening: str
) -> None:
    """The rate told in a sentence of its own answers it; a cap the agreement allows ("up
    to 14 flights per week") is no rate anyone flies."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Air Sial to fly to Almaty\n\n"
        "KARACHI: Air Sial will launch direct flights between Karachi and Almaty on 5 March,"
        " the airline said on Monday. The flights will operate twice a week, on Mondays and"
        " Fridays. Under the air services agreement, airlines of each side may operate up to"
        " 14 flights per week.\n",
        "Dawn",
        "2026-02-10",
    )
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert "twice a week" in answer.lead


def test_an_amount_asked_of_a_place_is_that_places_however_both_countries_are_named(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "The Pakistan-Kazakhstan Business Forum" is the Faisalabad forum asked of, not a
    Kazakh one; the seeds' Karachi forum's contracts are another place's."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Faisalabad forum\n\n"
        "FAISALABAD: Pakistani and Kazakh companies signed nine memoranda of understanding"
        " worth $52 million at the Pakistan-Kazakhstan Business Forum held in Faisalabad on"
        " Monday. The biggest single deal, valued at $11 million, was signed by a textile"
        " group.\n",
        "APP",
        "2026-04-14",
    )
    answer = engine.answer(
        "how much were the mous signed at the faisalabad business forum worth?", TODAY
    )
    assert "$52 million" in answer.lead


def test_a_target_set_later_leads_the_trade_card_with_the_earlier_one_after_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """An article raising the target makes it the card's target; the seeds' USD 1 billion
    is shown once, as the earlier target. The article's line is the one saying trade in its
    own words with a figure, neither the one where "Trade" is part of a ministry's name nor
    the one the lead already quotes."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Target raised\n\n"
        "ISLAMABAD: Kazakhstan's Minister of Trade and Integration attended the meeting."
        " The two leaders agreed to raise bilateral trade to $2 billion by 2030, doubling"
        " the earlier goal of $1 billion. Bilateral trade stood at $296 million last year.\n",
        "APP",
        "2025-12-04",
    )
    answer = engine.answer("trade target", TODAY)
    assert answer.lead.startswith("Trade target:")
    assert "USD 2 billion by 2030" in answer.lead
    assert answer.bullets[0].startswith("Earlier target: USD 1 billion")
    assert sum("USD 1 billion" in b for b in answer.bullets) == 1
    assert answer.bullets[1] == "Bilateral trade stood at $296 million last year. [1]"


def test_how_often_after_an_answer_asks_how_frequent_its_subject_is(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "When does FlyArystan start?" then "how often?": the flights' frequency, from the
    sentence the first answer led with (which is no occasion's, so none is leaned on)."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "FlyArystan to fly Almaty-Lahore\n\n"
        "ASTANA: Low-cost airline FlyArystan will open regular direct flights between"
        " Kazakhstan and Pakistan on April 2, 2026, operating the Almaty-Lahore route three"
        " times a week.\n",
        "Kazinform",
        "2026-02-19",
    )
    _, answer = _follow(engine, "when does flyarystan start flying to lahore", "how often?")
    assert "three times a week" in answer.lead


def test_who_did_it_is_answered_by_a_sentence_naming_the_thing_only_as_the_document(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Who signed the charter?" "Both sides signed a Charter ... Minister X signed the
    document": X, with the sentence that names the charter; not "the sources name no one"
    from the sentence that names it without a signatory."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Education charter signed\n\n"
        "ASTANA: Pakistan and Kazakhstan on Monday signed a five-year Education Charter"
        " for student exchanges. Federal Minister Jam Kamal Khan signed the document for"
        " Pakistan at a ceremony in Astana.\n",
        "Kazinform",
        "2026-03-03",
    )
    answer = engine.answer("who signed the education charter", TODAY)
    assert "Jam Kamal Khan signed the document" in answer.lead
    assert not answer.lead.startswith("The sources name no one")


def test_what_a_country_does_is_not_answered_by_what_the_other_does(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "How many scholarships will Kazakhstan offer?" is not answered by the 30 Pakistan's
    HEC offers Kazakh students; "will Pakistan offer" is."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Scholarship exchange agreed\n\n"
        "ASTANA: The two countries agreed a student exchange on Monday. Pakistan's HEC will"
        " in turn offer 30 scholarships a year to Kazakh students.\n",
        "Kazinform",
        "2026-06-11",
    )
    theirs = engine.answer("how many scholarships will kazakhstan offer", TODAY)
    assert "30 scholarships" not in theirs.lead
    assert theirs.not_on_record
    ours = engine.answer("how many scholarships will pakistan offer", TODAY)
    assert "30 scholarships" in ours.lead


def test_a_terse_what_after_an_answer_asks_it_of_that_answers_subject(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "How many trucks in the pilot convoy?" then "what route?": the convoy's route, not
    the seeds' transit routes in general."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Convoy route set\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan have finalised the route for a 12-truck pilot"
        " convoy that will carry Kazakh goods to Karachi through Uzbekistan and Afghanistan."
        " The convoy will leave Almaty in June.\n",
        "The Express Tribune",
        "2026-05-12",
    )
    _, answer = _follow(engine, "how many trucks in the pilot convoy", "what route?")
    assert "12-truck pilot convoy" in answer.lead


def test_a_rise_asked_of_is_answered_no_by_a_fall_stated_with_its_figure(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Did imports increase?" "... while imports from the Central Asian country fell by 9
    percent": no, with the figure; the sentence speaks of Pakistan's imports though its
    first clause is of its exports."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Exports to Kazakhstan up 27pc\n\n"
        "KARACHI: Pakistan's exports to Kazakhstan grew by 27 percent to $163.7 million in"
        " fiscal year 2025-26, while imports from the Central Asian country fell by 9 percent to"
        " $71.2 million. On the import side, lower purchases of wheat explained the decline.\n",
        "Business Recorder",
        "2026-08-18",
    )
    answer = engine.answer("did pakistan's imports from kazakhstan increase?", TODAY)
    assert answer.lead.startswith("No.")
    assert "fell by 9 percent" in answer.lead


def test_money_put_in_together_is_a_joint_platforms_capital(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Samruk-Kazyna, Fauji Foundation ink investment platform\n\n"
        "RAWALPINDI: Kazakhstan's sovereign wealth fund Samruk-Kazyna and Pakistan's Fauji"
        " Foundation on Monday signed a framework agreement to set up a joint investment platform"
        " with initial capital of $50 million.\n",
        "Business Recorder",
        "2026-08-18",
    )
    answer = engine.answer(
        "have samruk-kazyna and fauji got beyond talking and put money into something together?",
        TODAY,
    )
    assert "$50 million" in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("were agreements worth 500 million dollars signed at the karachi business forum?", "No."),
        ("were contracts worth $200 million signed at the karachi forum?", "Yes."),
        ("is the trade target 2 billion dollars", "No."),
    ],
)
def test_an_amount_asked_of_is_checked_against_the_one_on_record(
    engine: Engine, question: str, opening: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert "billion" in answer.lead or "200 million" in answer.lead


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many kazakh traders took part in the karachi business forum", "150 Kazakh"),
    ],
)
def test_a_trader_counted_is_a_businessman(engine: Engine, question: str, expected: str) -> None:
    assert expected in engine.answer(question, TODAY).lead


@pytest.mark.parametrize(
    "question",
    [
        "which institutions made the IPRI book together",
        "Ipri book which institutions together made",  # as Urdu orders it
    ],
)
def test_which_bodies_is_answered_by_the_statement_naming_most_of_them(
    engine: Engine, question: str
) -> None:
    assert "RAND Corporation" in engine.answer(question, TODAY).lead


def test_conducting_talks_is_holding_them(engine: Engine) -> None:
    """ "Conduct" says how talks were had, as "hold" does: no word the answer needs."""
    _, answer = _follow(engine, "who is arman shaqqaliev", "who did he conduct talks with")
    assert "Jam Kamal Khan" in answer.lead


def test_after_it_is_a_time_not_the_last_answers_subject(engine: Engine) -> None:
    """ "And the joint commission after it?": the commission, not the forum again."""
    _, answer = _follow(
        engine,
        "what came out of the karachi business forum in april?",
        "and the joint commission after it?",
    )
    assert "30th" in answer.text
    assert "Business Forum in Karachi (April 2025):" not in answer.lead


def test_a_frame_and_a_condition_are_no_questions_of_their_own(engine: Engine) -> None:
    """ "According to the envoy, which regions ...": one question, not "according to the
    envoy" answered first; a word of the condition no article uses ("woven") is its
    wording, not a subject the KB lacks."""
    answer = engine.answer(
        "according to the envoy, which parts of the world would gain if pakistan gets woven"
        " into regional integration?",
        TODAY,
    )
    assert "Middle East" in answer.lead


def test_a_passage_pasted_in_quotes_before_a_question_is_not_asked_of(engine: Engine) -> None:
    """'Saw this: "... receives him." Who led the delegation?': the question after the
    quoted passage is what is asked; the passage's words are not subjects the KB lacks."""
    answer = engine.answer(
        'Saw this on my feed: "Kazakh leader gets a red-carpet welcome, capital lined with'
        ' flags." How many Pakistani students are in Kazakhstan?',
        TODAY,
    )
    assert "1,000" in answer.lead


def test_he_in_a_follow_up_naming_someone_else_is_still_the_last_answers_man(
    engine: Engine,
) -> None:
    """ "Who is the Pakistani PM?" "What did he say about Tokayev?": not the ambassador's
    words about Tokayev, which only name him."""
    _, answer = _follow(engine, "who is the pakistani pm", "what did he say about tokayev")
    assert "Kistafin" not in answer.lead
    assert answer.query is not None
    assert "shehbaz-sharif" in answer.query.people


def test_who_was_there_from_one_side_at_an_occasion_lists_who_took_part(engine: Engine) -> None:
    answer = engine.answer("who was there from pakistan's side in the karabayev meeting?", TODAY)
    assert "officers of NLC" in answer.text
    assert "Abdul Aleem Khan" in answer.text


def test_a_claim_is_about_the_place_it_names(engine: Engine) -> None:
    """ "Afghanistan has stabilised since 2021" is Kistafin's word on Afghanistan, before a
    sentence of his that only lists it among routes under review."""
    answer = engine.answer("what has kistafin said about afghanistan's situation", TODAY)
    assert "stabilised" in answer.lead


def test_the_currency_asked_in_is_not_what_the_amount_measures(engine: Engine) -> None:
    """ "The dollar value of trade": trade is asked of; contracts worth USD 200 million are
    not trade because both are in dollars."""
    answer = engine.answer("how much trade in dollars", TODAY)
    assert answer.lead.startswith("Not on record")
    answer = engine.answer("how much in dollars were the karachi contracts", TODAY)
    assert "USD 200 million" in answer.lead


def test_a_period_on_record_and_a_span_asked_next_are_understood(engine: Engine) -> None:
    """ "On record" is the bot's own word; "over what timeframe?" asks a span of the last
    answer's subject."""
    answer = engine.answer("What's on record for November 2025?", TODAY)
    assert "Tokayev" in answer.text
    _, answer = _follow(
        engine, "What did Karabayev say about land connectivity?", "over what timeframe?"
    )
    assert "five years" in answer.lead


@pytest.mark.parametrize(
    ("question", "opening", "fact"),
    [
        # a statement put as a question, to be confirmed or corrected
        ("Tokayev's trip is the first ever visit by a Kazakh president to Pakistan, right?",
         "No.", "since 2003"),
        # "was it X who ...": who did it, by the sources, and whether that is X
        ("was it karabayev who led the kazakh delegation to islamabad?", "No.", "Nurtleu"),
        ("was it nurtleu who led the delegation to islamabad?", "Yes.", "Nurtleu"),
    ],
)  # fmt: skip
def test_a_tagged_statement_and_a_cleft_are_yes_or_no_questions(
    engine: Engine, question: str, opening: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert fact in answer.lead


def test_a_count_after_the_number_of_what_it_counts_answers_how_many_now(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "The number of Pakistani students ... has risen to about 1,450": a count of students,
    the newest, for "how many ... now"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Kazakhstan to offer scholarships to Pakistani students\n\n"
        "ASTANA: The number of Pakistani students at Kazakh universities has risen to about"
        " 1,450, officials said at a meeting in Astana on June 10.\n",
        "The Astana Times",
        "2026-06-11",
    )
    answer = engine.answer("how many pakistani students in kazakhstan now", TODAY)
    assert "1,450" in answer.lead


def test_whether_figures_match_is_answered_by_the_amounts_side_by_side(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Joint commission meets in Astana\n\n"
        "ASTANA: Sultanbekov said Kazakh statistics showed bilateral trade reaching $512.6"
        " million in 2025. The figure is considerably higher than the numbers of the Pakistan"
        " Bureau of Statistics, which recorded trade of $296 million in the fiscal year 2024-25."
        " The two sides agreed to raise bilateral trade to $2 billion by 2030.\n",
        "The News",
        "2026-05-20",
    )
    answer = engine.answer("do pakistan's and kazakhstan's bilateral trade figures match?", TODAY)
    assert answer.lead.startswith("No.")
    assert "512.6" in answer.text
    assert "296" in answer.text
    same = engine.answer(
        "are the figures for the karachi contracts the same in both reports?", TODAY
    )
    assert same.lead.startswith("Yes.")


def test_an_amount_of_money_asked_is_not_answered_by_a_count(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Pakistan to hold single-country expo in Almaty\n\n"
        "ISLAMABAD: Pakistan will hold a single-country exhibition in Almaty in September, with"
        " the Trade Development Authority of Pakistan (TDAP) expected to bring more than 80"
        " exporters. TDAP also paid for the stands.\n",
        "APP",
        "2026-05-20",
    )
    answer = engine.answer("how much did TDAP pay for the almaty expo", TODAY)
    assert answer.not_on_record
    assert engine.answer("how much did the karachi contracts cost", TODAY).lead.startswith(
        "USD 200"
    )


@pytest.mark.parametrize(
    "question",
    [
        "do the karachi contract figures differ between reports?",
        # a statement setting the scene, then the question
        "The ambassador gave a figure for the deals signed in Karachi at the IPRI book launch"
        " and at his later press briefing. Did the number change between the two?",
    ],
)
def test_asked_whether_a_figure_changed_one_amount_is_a_no(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("No.")
    assert "200 million" in answer.lead


def test_who_someone_did_something_with_at_an_occasion_is_of_him_not_the_occasion(
    engine: Engine,
) -> None:
    """ "Who did Jam Kamal Khan hold talks with during the Tokayev visit": his talks, not a
    statement that only names Tokayev's visit."""
    answer = engine.answer(
        "Who did Jam Kamal Khan hold talks with during the Tokayev visit?", TODAY
    )
    assert "Shaqqaliev" in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "What's the name of the Kazakh AI minister who came to Islamabad with Nurtleu?",
        "does any report name the pakistani religious affairs minister who went to the congress?",
        # the name asked last, the clause before the office, as read from Kazakh
        "Karabayev meeting attended Pakistan for communications federal secretary name who",
    ],
)
def test_an_office_no_source_gives_a_holder_of_is_not_on_record(
    engine: Engine, question: str
) -> None:
    """Not the card of the one the clause names (Nurtleu), nor "Yes" on a statement that the
    minister took part: the sources name no one in that office."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Not on record")
    assert "Nurtleu —" not in answer.lead


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("whats the trade target the two governments are chasing", "who said that?"),
        ("whats the trade target", "who said that, and in what setting?"),
        ("what did kistafin say about afghanistan", "who said it?"),
    ],
)
def test_who_said_that_names_the_speaker_of_the_last_lead(
    engine: Engine, first: str, then: str
) -> None:
    """The one the sentence behind the lead names, or the one before it ("... he remarked"):
    the ambassador at his press briefing, not President Tokayev whose visit it was about."""
    _, answer = _follow(engine, first, then)
    assert answer.lead.startswith("Yerzhan Kistafin")


def test_who_said_that_of_no_ones_words_is_not_guessed(engine: Engine) -> None:
    _, answer = _follow(engine, "what did they say about flights", "who said that?")
    assert answer.not_on_record


def test_a_count_of_another_countrys_people_does_not_answer(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "How many scholarships for Pakistani students": not the 30 "to Kazakh students"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "HEC and Kazakh ministry agree on scholarships\n\n"
        "ASTANA: Pakistan's HEC will in turn offer 30 scholarships a year to Kazakh students and"
        " researchers at Pakistani universities, officials said on June 10.\n",
        "The Astana Times",
        "2026-06-11",
    )
    answer = engine.answer("how many scholarships will pakistani students get", TODAY)
    assert not answer.lead.startswith("30")
    answer = engine.answer("how many scholarships will kazakh students get", TODAY)
    assert answer.lead.startswith("30")


def test_a_follow_up_on_an_occasion_finds_its_articles_sentences(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Who co-chaired it?" of a session a round-up article opens with: its sentences, as
    the retriever reads the article's occasion, not only the session's own records."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Joint commission ends in Astana\n\n"
        "ASTANA: Pakistan and Kazakhstan signed six memoranda at the 31st session of their"
        " Intergovernmental Joint Commission, which concluded in Astana on May 19. The two-day"
        " session was co-chaired by Federal Minister for Economic Affairs Ahmed Raza Bhatti and"
        " Kazakhstan's Minister of Trade and Integration Bakhyt Sultanbekov. The ministers"
        " recalled the Karachi business forum held in April 2025 and the state visit of"
        " President Tokayev to Pakistan in November 2025. A business forum held on the"
        " sidelines on May 18 was attended by 200 companies, and the first meeting of a new"
        " Joint Working Group on Energy will be held in Islamabad in September. Separately,"
        " Kazakhstan's Deputy Foreign Minister Alibek Bakayev met Jam Kamal Khan in Astana on"
        " May 18.\n",
        "The News",
        "2026-05-20",
    )
    first = engine.answer("what happened at the 31st joint commission", TODAY)
    assert len(engine.kb.events_reported_in["article"]) > 2  # a round-up, of many
    answer = engine.answer("who co-chaired it", TODAY, context=first)
    assert "Ahmed Raza Bhatti" in answer.lead


def test_only_that_asked_is_answered_no_by_not_only_that(seeds_dir: Path, tmp_path: Path) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Kazakhstan widens scholarships for Pakistani students\n\n"
        "ASTANA: The scholarships will be open to engineering, information technology and"
        " agriculture, not only medicine, the vice minister said on Tuesday.\n",
        "The Astana Times",
        "2026-06-11",
    )
    answer = engine.answer("are the kazakh scholarships only for medicine?", TODAY)
    assert answer.lead.startswith("No.")
    assert "engineering" in answer.lead


def test_declining_asked_is_answered_no_by_accepting_and_nothing_by_unrelated_growth(
    engine: Engine,
) -> None:
    answer = engine.answer("did khan decline karabayev's invitation?", TODAY)
    assert answer.lead.startswith("No.")
    assert "accepted" in answer.lead
    # "essential to increasing trade volume" says nothing of imports
    assert not engine.answer("did imports from kazakhstan decline", TODAY).lead.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "what's going on between pakistan and kazakhstan lately?",
        # a week no article reaches: the latest on record, and how old it is, not a sentence
        # of "later this month" a year ago
        "anything new this week",
    ],
)
def test_what_is_going_on_lately_is_the_recent_card(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.intent == "recent"
    assert "my newest article is from November 2025" in answer.lead


def test_where_the_next_of_a_series_is_held_is_never_where_a_past_one_was(
    engine: Engine, seeds_dir: Path, tmp_path: Path
) -> None:
    """Not "Islamabad" because the 30th session's article was filed there; a place said
    to come ("the next edition would take place in Faisalabad in October") answers."""
    assert engine.answer("where will the next joint commission be held", TODAY).not_on_record
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Lahore hosts business forum\n\n"
        "LAHORE: Addressing the forum, Ambassador Kistafin said Lahore had now joined Karachi as"
        " a venue and that the next edition would take place in Faisalabad in October.\n",
        "The Nation",
        "2026-04-24",
    )
    answer = engine.answer("where will the next edition of the business forum take place?", TODAY)
    assert "Faisalabad" in answer.lead
    assert "October 2026" in answer.text  # said ahead: the October to come, not the last


def test_a_job_before_is_not_the_title_held_now(seeds_dir: Path, tmp_path: Path) -> None:
    """ "What was his job before this posting?": what a source says he did before, not his
    card again."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "New Kazakh envoy presents credentials\n\n"
        "ISLAMABAD: The newly appointed Ambassador of Kazakhstan to Pakistan, Nurbek"
        " Zhaksylykov, presented his credentials to President Asif Ali Zardari on Tuesday."
        " Mr Zhaksylykov succeeds Yerzhan Kistafin. Before his appointment, the new envoy"
        " served as Director of the Asia Department at Kazakhstan's Ministry of Foreign"
        " Affairs.\n",
        "Radio Pakistan",
        "2026-07-15",
    )
    _, answer = _follow(
        engine,
        "who is kazakhstan's ambassador to pakistan now?",
        "what was his job before this posting, and whom did he replace?",
    )
    assert "Asia Department" in answer.text


def test_only_that_asked_is_answered_no_by_that_and_more(engine: Engine) -> None:
    answer = engine.answer(
        "Were the talks only one-on-one between the leaders, or was there another format too?",
        TODAY,
    )
    assert answer.lead.startswith("No.")
    assert "delegation-level" in answer.lead


def test_on_a_front_is_about_it(engine: Engine) -> None:
    """ "What's new on the railway front": about the railway, not a subject "front"."""
    answer = engine.answer("what's new on the railway front", TODAY)
    assert not answer.not_on_record
    assert "railway" in answer.lead


def test_since_a_year_gives_no_reason_to_a_why_question(engine: Engine) -> None:
    """ "Has stabilised since 2021" tells a time, not why Tokayev's visit matters."""
    answer = engine.answer("why is tokayev's visit important", TODAY)
    assert "Afghanistan" not in answer.lead
    assert "Tokayev" in answer.lead


def test_what_a_country_will_do_leads_with_its_own_deed(engine: Engine) -> None:
    """ "What will Kazakhstan build": "Kazakhstan intends to build a trade corridor", not
    "the momentum ... continues to build"."""
    answer = engine.answer("what will kazakhstan build", TODAY)
    assert answer.lead.startswith("Kazakhstan intends to build a trade corridor")


def test_a_statement_denying_it_of_the_country_asked_answers_no(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """A rule of "80 countries" is no "Yes" for Pakistanis when the next sentence says
    Pakistan is not among them."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Kazakhstan speeds up e-visas\n\n"
        "ASTANA: Kazakhstan grants visa-free entry to citizens of more than 80 countries."
        " Pakistan is not on that list, though the two sides are discussing a visa-free"
        " regime for diplomats.\n",
        "Tengrinews",
        "2026-09-14",
    )
    answer = engine.answer("Is Kazakhstan going to let Pakistanis in visa-free?", TODAY)
    assert answer.lead.startswith("No. ")
    assert "Pakistan is not on that list" in answer.lead


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the kazakh culture festival still on for november?", "No. "),
        ("is the kazakh culture festival still going ahead", "No. "),
        # the time it was put off to is when it is on
        ("will the kazakh culture festival be held in april?", "Yes. "),
    ],
)
def test_an_event_put_off_is_not_on_at_the_time_it_was_set_for(
    seeds_dir: Path, tmp_path: Path, question: str, opening: str
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Kazakh culture days postponed\n\n"
        "ISLAMABAD: The Days of Kazakh Culture in Pakistan, a festival that was to be held"
        " in Islamabad from November 16 to 22, have been postponed to April next year.\n",
        "Arab News Pakistan",
        "2026-10-20",
    )
    assert engine.answer(question, TODAY).lead.startswith(opening)


def test_when_of_a_source_saying_no_date_is_fixed_is_not_on_record(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """A year with "dates have not been fixed" is what is on record, not the date asked."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Culture days\n\n"
        "ISLAMABAD: Pakistan is expected to hold reciprocal Days of Pakistani Culture in"
        " Astana and Almaty in 2027, though dates have not been fixed.\n",
        "Arab News Pakistan",
        "2026-10-20",
    )
    answer = engine.answer("when exactly will the days of pakistani culture be held?", TODAY)
    assert answer.not_on_record
    assert answer.lead.startswith("No date on record, only this: ")
    assert "in 2027" in answer.lead


def test_who_owns_is_answered_by_the_bodies_holding_the_shares(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Owning is holding shares; bodies named are someone, so no "the sources name no one"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Port Qasim terminal deal\n\n"
        "KARACHI: The National Logistics Cell (NLC) and KTZ Express on Wednesday signed a"
        " joint venture agreement to build a cargo terminal at Port Qasim.\n\n"
        "Under the agreement, the two sides will form a joint venture company, Pak-Kaz"
        " Logistics Terminal, in which KTZ Express will hold 60 percent of the shares and the"
        " NLC 40 percent.\n",
        "Business Recorder",
        "2026-08-20",
    )
    answer = engine.answer("who owns the joint venture", TODAY)
    assert "60 percent" in answer.lead
    assert not answer.lead.startswith("The sources name no one")


def test_a_business_office_is_asked_as_an_office(seeds_dir: Path, tmp_path: Path) -> None:
    """The CEO of a body the sources name has him named; that of a body they name no head of
    is not on record, with what they do say of the body as only the closest."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Port Qasim terminal deal\n\n"
        "KARACHI: The agreement was signed by Ruslan Ismailov, chief executive officer of KTZ"
        " Express, at a ceremony in Karachi. The two sides will form a joint venture company,"
        " Pak-Kaz Logistics Terminal, to run the terminal.\n",
        "Business Recorder",
        "2026-08-20",
    )
    named = engine.answer("who is the ceo of ktz express", TODAY)
    assert named.lead.startswith("Ruslan Ismailov — Chief Executive Officer of KTZ Express")
    missing = engine.answer("who is going to be the CEO of the logistics terminal venture?", TODAY)
    assert missing.not_on_record
    assert missing.lead == (
        "Not on record: the sources don't name the CEO of the logistics terminal venture."
        " Closest on record:"
    )
    assert "Pak-Kaz Logistics Terminal" in missing.bullets[0]
    assert "Ismailov" not in missing.lead


def test_who_will_head_it_is_someone_said_to_head_it(seeds_dir: Path, tmp_path: Path) -> None:
    """The ambassador who told the President of a new consulate does not head it."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "New ambassador presents credentials\n\n"
        "ISLAMABAD: Kazakhstan's Ambassador to Pakistan Nurlan Temirbekov called on President"
        " Zardari. He informed the President that Kazakhstan planned to open a Consulate"
        " General in Lahore during 2026.\n",
        "APP",
        "2026-01-14",
    )
    answer = engine.answer("Who will head Kazakhstan's new consulate general in Lahore?", TODAY)
    assert answer.not_on_record
    assert answer.lead.startswith("Not on record: the sources name no one for that.")


def test_follow_ups_after_a_list_of_visits_are_of_the_first_listed(engine: Engine) -> None:
    """ "Who else was there?" after "upcoming visits" is of the visit the reader sees first;
    "when was that?" then is its date, not what is still to come."""
    listed, who = _follow(engine, "upcoming visits", "who else was there")
    assert listed.bullets[0].startswith("President Tokayev's state visit to Pakistan")
    assert who.lead.startswith("Taking part in President Tokayev's state visit to Pakistan")
    when = engine.answer("when was that", TODAY, context=who)
    assert when.lead.startswith("President Tokayev's state visit to Pakistan — took place")
    assert "Uzbek" not in when.text


def test_a_terse_follow_up_with_a_preposition_leans_on_the_last_subject(engine: Engine) -> None:
    """ "From which cities?" after the flights card: where the flights would fly from."""
    _, answer = _follow(engine, "flights between pakistan and kazakhstan?", "from which cities")
    assert answer.lead.startswith("Abdul Aleem Khan called for direct flights from Lahore")


def test_a_statement_holding_every_word_asked_leads_one_repeating_fewer(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "e-visa processing time": "will process electronic visas within three working days",
    not a sentence naming e-visas twice and nothing of processing."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t39_tengrinews_evisa_pakistan")
    answer = engine.answer("e-visa processing time", TODAY)
    assert "within three working days" in answer.lead


def test_what_the_same_side_also_did_again_is_part_of_the_answer(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "... agreed to set up a joint working group on road transport. They also agreed that a
    pilot convoy ...": both are what was agreed on road transport; "He also mentioned ..."
    after a sentence on something else borrows nothing from it."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t37_thenation_aleem_khan_astana_visit")
    answer = engine.answer("what was agreed on road transport in astana?", TODAY)
    assert "joint working group on road transport" in answer.text
    assert "pilot convoy of Kazakh trucks" in answer.text
    no = engine.answer(
        "is uzbekistan pakistan's largest export destination in central asia?", TODAY
    )
    assert no.lead.startswith("No")


def test_which_office_was_there_is_who_of_that_office_and_side_took_part(engine: Engine) -> None:
    """ "Which Kazakh envoy was with him": Kistafin, not what the minister said; a Pakistani
    envoy nobody names is said not to be on record, with who did take part."""
    _, kazakh = _follow(engine, "who is marat karabayev", "which kazakh envoy was with him")
    assert kazakh.bullets == ("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan [2]",)
    _, pakistani = _follow(engine, "who is marat karabayev", "which pakistani envoy was there")
    assert pakistani.lead.startswith("Not on record: the sources name no pakistani envoy")
    assert any(b.startswith("Abdul Aleem Khan") for b in pakistani.bullets)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "... and new agreements signed between 20 Pakistani institutions and Kazakh
        # universities", in a sentence of what Kistafin noted: he signed nothing
        ("who signed the agreements for kazakhstan", "The sources name no one; they say:"),
        # the doer after "of": "on the invitation of Prime Minister Shehbaz Sharif"
        ("who invited tokayev", "“The President of the Republic of Kazakhstan"),
        # after "by", though the question names the host as the place: "hosted by IPRI"
        ("who hosted the book launch at ipri", "“Speaking at a book launch event hosted by"),
    ],
)
def test_who_did_it_is_answered_by_one_named_doing_it(
    engine: Engine, question: str, lead: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert "Kistafin" not in answer.lead or "hosted" in question


def test_what_someone_said_of_a_thing_only_others_spoke_of_is_not_on_record(
    engine: Engine,
) -> None:
    """Khan spoke of Afghanistan at his meeting with Karabayev, Kistafin at IPRI: neither is
    what Karabayev said, and the answer says so before showing them as the closest."""
    answer = engine.answer("what did karabayev say about afghanistan", TODAY)
    assert answer.lead == (
        "Not on record: the sources report nothing Marat Karabayev said about Afghanistan."
        " Closest on record:"
    )
    assert answer.bullets
    his = engine.answer("what did kistafin say about afghanistan", TODAY)
    assert his.lead.startswith("Kistafin said Afghanistan has stabilised since 2021")


def test_what_someone_said_right_after_a_statement_of_a_thing_is_his_word_on_it(
    engine: Engine,
) -> None:
    """Tokayev's address named the railway; "“This will be a game-changer ...,” the envoy
    said" comes next: Kistafin's words on it, with what "this" is."""
    answer = engine.answer("what did kistafin say about the turghundi-herat railway?", TODAY)
    assert answer.lead.startswith("Yerzhan Kistafin, of the Turghundi–Herat railway:")
    assert "game-changer" in answer.lead
    assert "Turghundi–Herat railway linking" in answer.bullets[0]


def test_what_one_said_of_an_occasion_leaves_out_what_others_said_there(engine: Engine) -> None:
    answer = engine.answer("what did karabayev say about his visit to pakistan", TODAY)
    assert not any(b.startswith("Khan") for b in answer.bullets)


def test_which_holder_of_an_office_did_it_is_the_one_who_did(engine: Engine) -> None:
    """ "Which foreign minister led a big delegation": Nurtleu, who led it, though another
    sentence holds more of the question's words (delegations at a religious congress)."""
    answer = engine.answer("which foreign minister led a big delegation to islamabad", TODAY)
    assert answer.lead.startswith("Murat Nurtleu")


def test_a_country_named_by_its_people_is_that_country(engine: Engine) -> None:
    """ "Uzbek president is expected to visit Pakistan later this month": Uzbekistan's."""
    answer = engine.answer("when is the uzbek president visiting", TODAY)
    assert answer.lead.startswith("“Uzbek president is expected to visit")


@pytest.mark.parametrize(
    "question", ["what visits are planned", "which visits are coming up", "any visits scheduled"]
)
def test_visits_asked_with_a_word_of_time_are_the_upcoming_card(
    engine: Engine, question: str
) -> None:
    """ "Upcoming" narrows "visits": asked with words of both, the upcoming visits card."""
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("My newest article is from November 2025; nothing upcoming")


def test_a_date_asked_of_what_only_undated_statements_hold_is_not_on_record(
    engine: Engine,
) -> None:
    """The Lahore forum holds the question, announced with no date; the dated "Uzbek
    president is expected to visit" holds only "scheduled", and is no answer."""
    answer = engine.answer("when is the forum scheduled", TODAY)
    assert answer.lead.startswith("Not on record: no date for that")
    assert answer.bullets[0].startswith("Business Forum in Lahore")


def test_which_came_first_takes_each_sides_occasion_by_its_words(engine: Engine) -> None:
    """ "Tokayev's address that first mentioned Pakistan": his State of the Nation address,
    not his state visit, though both are his and both name Pakistan."""
    asked = (
        "which came first, the karachi business forum"
        " or tokayev's address that first mentioned pakistan"
    )
    answer = engine.answer(asked, TODAY)
    assert "came before President Tokayev's State of the Nation address" in answer.lead


def test_a_statement_is_shown_with_the_sentence_that_names_what_it_leaves_out(
    engine: Engine,
) -> None:
    """ "Contracts ... were signed in one day, followed by the 30th ... session" says the order
    without naming the forum; the sentence before it does, and is shown with it."""
    answer = engine.answer(
        "which came first, the karachi business forum or the 30th intergovernmental joint"
        " commission session?",
        TODAY,
    )
    assert "Business Forum held in Karachi" in answer.lead
    assert "followed by the 30th Intergovernmental Joint Commission session" in answer.lead


def test_a_statement_that_leaves_its_subject_to_the_sentence_before_is_shown_with_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Members approved 14 new wheat varieties": whose members, the sentence before says."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Seed council meets\n\nASTANA: The joint seed council of Pakistan and Kazakhstan met in"
        " Astana on Monday for its second session. Members approved 14 new wheat varieties"
        " and a common testing protocol.\n",
        "Kazinform",
        "2026-10-05",
    )
    answer = engine.answer("which wheat varieties were approved by the seed council", TODAY)
    assert answer.lead.startswith("“The joint seed council of Pakistan and Kazakhstan met")
    assert "Members approved 14 new wheat varieties" in answer.lead
    # the count's noun after two words of its own: "14 new wheat varieties"
    counted = engine.answer("how many wheat varieties did the seed council approve", TODAY)
    assert not counted.not_on_record
    assert "14 new wheat varieties" in counted.lead


def test_a_figure_of_an_occasion_the_person_asked_had_no_part_in_is_no_answer(
    engine: Engine,
) -> None:
    """The USD 200 million is the Karachi forum's contracts: no sum of Tokayev's visit."""
    answer = engine.answer("how much were the deals signed during tokayev's visit worth", TODAY)
    assert answer.lead.startswith("Not on record: no figure for that")


def test_doctor_before_a_name_is_his_title(engine: Engine) -> None:
    answer = engine.answer("who is doctor muhammad zia-ul-haq", TODAY)
    assert answer.lead.startswith("Muhammad Zia-ul-Haq")


def test_which_of_two_accounts_is_right_shows_both_and_judges_neither(engine: Engine) -> None:
    asked = "Kistafin talked of a 35-year relationship, but ties go back to 1992 - which is right?"
    answer = engine.answer(asked, TODAY)
    assert answer.lead.startswith("The sources give these accounts; none says which is right")
    assert "35-year" in answer.text
    assert "1992" in answer.text


def test_what_someone_told_a_delegation_is_what_he_said_not_the_visits_card(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Delegation" is a word of the visits card; "what did Karabayev tell" asks his words."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t37_thenation_aleem_khan_astana_visit")
    answer = engine.answer("what did karabayev tell the pakistani delegation", TODAY)
    assert answer.lead.startswith("“Karabayev told the Pakistani delegation that KTZ was ready")


def test_how_big_asks_a_measure_not_a_price(seeds_dir: Path, tmp_path: Path) -> None:
    """ "How big is the terminal": its capacity, though the sentence stating it names the
    terminal far from the number, before the $65 million put into it."""
    engine = _with_eval_article(
        seeds_dir, tmp_path, "t38_businessrecorder_nlc_ktz_port_qasim_terminal"
    )
    answer = engine.answer("how big is the port qasim terminal", TODAY)
    assert answer.lead.startswith("The terminal will have an initial handling capacity of 40,000")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did kistafin say about afghanistan at the book launch",
            "Kistafin said Afghanistan has stabilised since 2021",
        ),
        # no subject before the occasion: the occasion is what is asked about
        ("what did kistafin say at the book launch", "“Speaking at a book launch event"),
    ],
)
def test_an_occasion_a_question_ends_on_says_where_not_what(
    engine: Engine, question: str, lead: str
) -> None:
    """The book launch sentence holds "book launch" and not Afghanistan; what Kistafin said
    of Afghanistan there holds Afghanistan and not "book launch": the second is asked."""
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("article", "day", "question", "lead"),
    [
        # an abbreviation with an ampersand is one word as readers type it
        (
            "t35_tribune_medical_degrees_dispute.txt",
            "2026-06-18",
            "which cities will pmdc inspect",
            "“Its first meeting will be held in Astana on July 20, and a PM&DC team",
        ),
        (
            "t35_tribune_medical_degrees_dispute.txt",
            "2026-06-18",
            "who is the pmdc registrar",
            "Tariq Mehmood Bhutta — PM&DC Registrar",
        ),
        # "the number of tourists from Pakistan to exceed 15,000": a count of what is asked
        (
            "t36_kazinform_fly_jinnah_lahore_almaty.txt",
            "2026-09-29",
            "how many pakistani tourists does kazakhstan expect",
            "“The national company Kazakh Tourism expects the number of tourists from Pakistan",
        ),
        # "the number of visas issued ... from January to August 2026 reached 9,870": of 2026
        (
            "t36_kazinform_fly_jinnah_lahore_almaty.txt",
            "2026-09-29",
            "how many visas were issued to pakistanis this year",
            "“The committee noted that the number of visas issued to Pakistani citizens",
        ),
        # "what aircraft": the statement holding the thing asked for, not only whose it is
        (
            "t36_kazinform_fly_jinnah_lahore_almaty.txt",
            "2026-09-29",
            "what aircraft does fly jinnah use",
            "“The flights will operate twice a week, on Tuesdays and Saturdays, with Airbus",
        ),
    ],
)
def test_new_articles_answer_in_the_words_readers_use(
    seeds_dir: Path, tmp_path: Path, article: str, day: str, question: str, lead: str
) -> None:
    text = (TUNING9 / article).read_text(encoding="utf-8")
    publisher = article.split("_")[1]  # t36_kazinform_...: Kazinform
    engine = _with_article(seeds_dir, tmp_path, text, publisher.title(), day)
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "when did the new kazakh ambassador present credentials",
            "“The newly appointed Ambassador of the Republic of Kazakhstan to Pakistan, Nurlan",
        ),
        # nothing of the holder now: the earlier holder's words, said to be his
        (
            "what did the kazakh envoy say about afghanistan",
            "Of Yerzhan Kistafin, who held the office before Nurlan Temirbekov: Kistafin said",
        ),
    ],
)
def test_a_name_that_is_only_an_office_is_of_its_holder_now(
    seeds_dir: Path, tmp_path: Path, question: str, lead: str
) -> None:
    """ "Kazakh ambassador" was written for Kistafin; a later article names his successor."""
    text = (TUNING9 / "t33_app_kazakh_ambassador_credentials.txt").read_text(encoding="utf-8")
    engine = _with_article(seeds_dir, tmp_path, text, "APP", "2026-01-14")
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_the_target_asked_for_in_other_words_is_the_target(engine: Engine) -> None:
    """ "What is the target for bilateral trade": the USD 1 billion aim, not "no figure"."""
    answer = engine.answer("what is the target for bilateral trade and by when", TODAY)
    assert not answer.not_on_record
    assert "USD 1 billion" in answer.lead


def test_any_holder_of_an_office_is_not_the_one_with_the_nearest_title(engine: Engine) -> None:
    """ "any Pakistani minister": Karabayev invited Aleem Khan; "minister" is not read as the
    Prime Minister, whom no one from Kazakhstan invited."""
    answer = engine.answer("did kazakhstan invite any pakistani minister", TODAY)
    assert answer.lead.startswith("Yes.")
    assert "Abdul Aleem Khan" in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # his own visit, dated, as "has he been to Pakistan" finds it
        ("when did karabayev go to pakistan", "Kazakh Transport Minister Marat Karabayev's"),
        # no visit of his: not Tokayev's visit to Pakistan, which he hosted
        (
            "when did shehbaz sharif go to kazakhstan",
            "Not on record: the sources report no visit by Shehbaz Sharif to Kazakhstan.",
        ),
        # a visit to the country with no city named is said to be that
        (
            "when did aleem khan go to astana",
            "Not on record: the sources report no visit by Abdul Aleem Khan to Astana. "
            "On record, to Kazakhstan, no city named:",
        ),
    ],
)
def test_when_someone_went_somewhere_is_his_own_visit_there(
    engine: Engine, question: str, lead: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(lead)
    assert "Tokayev" not in answer.lead


@pytest.mark.parametrize(
    ("question", "given_by_pakistan"),
    [("what did pakistan offer kazakhstan", True), ("what did kazakhstan offer pakistan", False)],
)
def test_a_deed_done_by_a_country_after_by_is_that_countrys(
    engine: Engine, question: str, given_by_pakistan: bool
) -> None:
    """ "accorded guard of honour by Pakistan's armed forces": Pakistan gave it, in any of
    the deed's words ("accorded" is granted, which offers)."""
    answer = engine.answer(question, TODAY)
    assert ("guard of honour" in answer.lead) is given_by_pakistan


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        ("who was at the karabayev khan meeting from pakistan's side", "Aleem Khan", "Kistafin"),
        ("who attended the karabayev meeting from the kazakh side", "Kistafin", "Aleem Khan"),
    ],
)
def test_who_took_part_from_one_side_names_only_that_side(
    engine: Engine, question: str, named: str, not_named: str
) -> None:
    """People and "took part" sentences of the side asked: "Kazakhstan's Ambassador to
    Pakistan ... participated" is the Kazakh side's, though it names Pakistan."""
    said = "\n".join(engine.answer(question, TODAY).bullets)
    assert named in said
    assert not_named not in said


def test_who_else_was_there_from_a_side_is_a_follow_up(engine: Engine) -> None:
    previous = engine.answer("tell me about karabayev's visit to pakistan", TODAY)
    answer = engine.answer("who else was there from the kazakh side", TODAY, context=previous)
    assert answer.lead.startswith("Also taking part in Kazakh Transport Minister")
    assert "Kistafin" in answer.bullets[0]
    assert not any("Aleem Khan" in bullet for bullet in answer.bullets)
    # a side that is no country's limits nothing
    other = engine.answer("who else was there on the other side", TODAY, context=previous)
    assert other.lead.startswith("Also taking part in Kazakh Transport Minister")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # "Kazakhstan grants visa-free entry to citizens of more than 80 countries." and
        # right after it "Pakistan is not on that list, ...": the next sentence denies it
        ("is pakistan getting visa free entry to kazakhstan", "No. “Pakistan is not on that"),
        # asked of the visa itself: the same denial says yes, one is needed
        ("do pakistanis need a visa for kazakhstan", "Yes. “Pakistan is not on that"),
    ],
)
def test_a_list_the_next_sentence_leaves_a_country_off_answers_of_that_country(
    seeds_dir: Path, tmp_path: Path, question: str, opening: str
) -> None:
    engine = _with_eval_article(seeds_dir, tmp_path, "t39_tengrinews_evisa_pakistan")
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    # "Students are not covered by the e-visa and must still apply at the Kazakh embassy in
    # Islamabad" denies nothing of Pakistan: the countries it names follow the denial
    assert "Students are not covered" not in answer.lead


def test_who_did_it_to_a_named_thing_is_of_that_thing(seeds_dir: Path, tmp_path: Path) -> None:
    """ "who signed the Port Qasim deal": "The agreement was signed by ...", of the article on
    the terminal, not "the sources name no one" over another article's "They also agreed";
    an extracted detail, shown as a line of ours, has no full stop before its citation."""
    for name, publisher, day in (
        ("t37_thenation_aleem_khan_astana_visit.txt", "The Nation", "2026-07-15"),
        (
            "t38_businessrecorder_nlc_ktz_port_qasim_terminal.txt",
            "Business Recorder",
            "2026-08-27",
        ),
    ):
        ingest(TUNING10 / name, seeds_dir, publisher=publisher, date=day, today=TODAY)
    kb = build(seeds_dir)
    answer = Engine(kb).answer("who signed the port qasim deal", TODAY)
    assert "signed by Maj Gen Asif Raza Kazmi" in answer.lead
    assert not answer.lead.startswith("The sources name no one")
    details = [d.text for e in kb.curated.events for d in e.details]
    assert "The agreement was signed by Maj Gen Asif Raza Kazmi" in " ".join(details)
    assert not any(d.endswith(".") for d in details)


def test_why_with_no_reason_in_so_many_words_shows_what_was_said_next(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "have since signed" is a time, no reason; where no statement gives one, the statement
    of the thing and what its article quotes next ("Some of the main venues are not
    available ..."), said to be that."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t40_arabnews_kazakh_culture_days_postponed")
    answer = engine.answer("why were the culture days postponed", TODAY)
    assert answer.lead.startswith("The sources give no reason in so many words.")
    assert "postponed to April 2027" in answer.bullets[0]
    assert any("main venues are not available" in b for b in answer.bullets)
    assert "1992" not in answer.text


def test_why_is_answered_by_what_it_was_a_response_to(seeds_dir: Path, tmp_path: Path) -> None:
    engine = _with_eval_article(seeds_dir, tmp_path, "t39_tengrinews_evisa_pakistan")
    answer = engine.answer("why did kazakhstan cut the e-visa processing time", TODAY)
    assert "a response to the requests of business circles" in answer.lead


def test_what_a_lede_reports_as_done_was_done_where_the_story_was_filed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "ASTANA - Federal Minister ... Abdul Aleem Khan, who arrived in the Kazakh capital on
    Monday ...": his visit to Kazakhstan, which the seeds left unplaced, was to Astana."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t37_thenation_aleem_khan_astana_visit")
    answer = engine.answer("has aleem khan been to astana", TODAY)
    assert answer.lead.startswith("Yes. Communications Minister Abdul Aleem Khan's visit")
    assert "13 July 2026" in answer.lead
    # a dateline places only what took place: the seeds' events keep their places
    places = {e.id: e.place for e in engine.kb.curated.events}
    assert places["aleem-khan-visit-to-kazakhstan"] == "astana"
    assert places["karabayev-visit-2025-04"] is None


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the doer set off by commas before the deed ("..., Murat Nurtleu, led a
        # delegation"); "shortly before" says when, loosely: no word to find
        (
            "who headed the kazakh ministerial delegation that came to islamabad shortly "
            "before tokayev's trip?",
            "“Earlier this month, Kazakhstan's Deputy Prime Minister and Foreign Minister, Murat",
        ),
        # "who is going to confer it" asks who does it, not who the Kazakh president is
        (
            "who is going to confer the nishan-i-pakistan on the kazakh president?",
            "President Zardari is to confer the Nishan-i-Pakistan",
        ),
        # the subject before a short aside: "Karabayev, currently on an official visit to
        # Pakistan, held an important meeting with ... Abdul Aleem Khan"
        ("who met aleem khan", "“Kazakhstan's Minister for Transport Marat Karabayev, current"),
        # "who is going to be ..." still asks for an office's holder
        ("who is going to be the CEO of the joint venture", "Not on record: the sources don't"),
        # as a phone types it: "ovr" is over
        ("wat did karabayev say kz wants to do ovr the next 5 yrs", "Karabayev wants more land"),
        # the office asked for ("which Pakistani minister") is no one given; the one after
        # it is: Aleem Khan, who met Karabayev (not the Prime Minister, nearest in title)
        ("which pakistani minister met the kazakh transport minister", "Abdul Aleem Khan — "),
        # "posts": the titles he holds, not sentences holding "post-2021"
        ("what posts does murat nurtleu hold?", "Murat Nurtleu — Kazakhstan's Deputy Prime"),
    ],
)
def test_questions_as_readers_word_them(engine: Engine, question: str, lead: str) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_a_figure_of_an_occasion_in_another_month_is_not_the_one_asked(engine: Engine) -> None:
    """The USD 200 million was signed at April's Karachi forum (the figure record quoting the
    sentence says so), not at the forum Tokayev was to address in November."""
    answer = engine.answer(
        "what was the total value of contracts signed at the business forum tokayev addressed"
        " in november?",
        TODAY,
    )
    assert answer.lead.startswith("Not on record: no figure for that in November.")
    april = engine.answer("how much was signed at the karachi forum in april", TODAY)
    assert april.lead.startswith("USD 200 million in commercial contracts")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # one the KB knows no office of, named after the deed's "by", in the sentence right
        # after the one of the thing done
        ("who translated abai into urdu", "“The translation, by Lahore-based scholar Dr."),
        # "people" counted by what they did: "1,800 viewers" watched
        ("how many people watched the kazakh film week", "“A Kazakh film week, which screened"),
        # artists, however copy lists them ("musicians, dancers and artisans")
        ("how many artists were coming for the culture days", "“The Days of Kazakh Culture"),
    ],
)
def test_a_new_articles_people_and_counts_in_the_readers_words(
    seeds_dir: Path, tmp_path: Path, question: str, lead: str
) -> None:
    engine = _with_eval_article(seeds_dir, tmp_path, "t40_arabnews_kazakh_culture_days_postponed")
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_one_named_doing_it_in_the_deeds_own_word_comes_first(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Askar Nurgaliyev, who led the Kazakh delegation, said ...": the doer set off by
    commas before "who", ahead of statements of the forum naming others saying things."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t34_businessrecorder_lahore_business_forum")
    answer = engine.answer("who led the kazakh delegation at the lahore business forum", TODAY)
    assert "Askar Nurgaliyev, who led the Kazakh delegation" in answer.lead, answer.text


def test_who_did_it_is_not_one_who_welcomed_a_proposal_to_do_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "who organised the Lahore forum": "The forum, organised jointly by the Lahore
    Chamber of Commerce ...", bodies the KB does not know; not Kistafin, who "welcomed the
    proposal to organize" it."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t34_businessrecorder_lahore_business_forum")
    answer = engine.answer("who organised the lahore forum", TODAY)
    assert "organised jointly by the Lahore Chamber of Commerce" in answer.lead
    assert "Kistafin" not in answer.lead


def test_a_numbered_session_reported_by_four_articles_is_one_dated_by_its_own_story(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Dawn's "on Wednesday signed ... at the close of the 31st session of their ...
    Commission, agreeing to ... next year" and "The two-day session, held ... on 15 and 16
    September", then three later articles naming it in passing: one session, 15-16
    September, not a signing next Wednesday, a July session or one in 2029."""
    folder = EVAL / "articles" / "tuning11"
    for name, publisher, day in (
        ("t41_dawn_joint_commission_31st_session.txt", "Dawn", "2026-09-17"),
        ("t42_kazinform_pilot_tir_convoy_karachi.txt", "Kazinform", "2026-10-19"),
        ("t43_astanatimes_pakistani_pharma_plant_shymkent.txt", "The Astana Times", "2026-11-06"),
        ("t44_app_ambassador_farooqui_credentials_tokayev.txt", "APP", "2026-11-19"),
    ):
        ingest(folder / name, seeds_dir, publisher=publisher, date=day, today=TODAY)
    engine = Engine(build(seeds_dir))
    sessions = [e for e in engine.kb.curated.events if "31st" in e.name]
    assert [e.name for e in sessions] == ["31st session of the Intergovernmental Joint Commission"]
    answer = engine.answer("when was the 31st joint commission session held?", TODAY)
    assert answer.lead.startswith(
        "31st session of the Intergovernmental Joint Commission — 15–16 September 2026"
    )


def test_not_started_yet_where_the_story_says_it_is_due_later(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Construction is due to begin in April 2027", in the story of the plant, though the
    sentence names neither the plant nor Shymkent: not yet, as of 1 December 2026."""
    engine = _with_eval_article(
        seeds_dir, tmp_path, "t43_astanatimes_pakistani_pharma_plant_shymkent"
    )
    answer = engine.answer("has construction of the shymkent drug plant started yet?", TODAY)
    assert answer.lead.startswith("No. “Construction is due to begin in April 2027")
    # a thing only discussed, with no date ahead, is no "No": not on record as done
    flights = engine.answer("are there direct flights yet?", TODAY)
    assert flights.lead.startswith("Not on record as done")


def test_a_deed_is_of_the_country_named_nearest_before_it(seeds_dir: Path, tmp_path: Path) -> None:
    """ "What will Kazakhstan sell to Pakistan": "Kazakhstan was ready to supply wheat ...";
    "Kazakhstan is Pakistan's largest export destination" is of Pakistan's exports."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t34_businessrecorder_lahore_business_forum")
    answer = engine.answer("what will kazakhstan sell to pakistan", TODAY)
    assert "ready to supply wheat" in answer.lead
    assert "largest export destination" not in answer.text


def test_a_part_someone_played_is_named_beside_him(seeds_dir: Path, tmp_path: Path) -> None:
    """ "..., Chaudhry Shafay Hussain, the chief guest, said ...": no title records it, yet
    the sources name him; "the president of Uzbekistan" stays unnamed."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t34_businessrecorder_lahore_business_forum")
    answer = engine.answer("who was the chief guest at the lahore forum", TODAY)
    assert "Chaudhry Shafay Hussain, the chief guest" in answer.lead
    assert engine.answer("who is the president of uzbekistan", TODAY).not_on_record


def test_how_often_is_the_rate_told_right_after_the_thing_asked(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Fly Jinnah will launch direct flights ..." then "The flights will operate twice a
    week": the airline's rate, before the agreement's cap of 14 flights a week."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t36_kazinform_fly_jinnah_lahore_almaty")
    answer = engine.answer("how often will fly jinnah fly", TODAY)
    assert answer.lead.startswith("“The flights will operate twice a week")
    # a plane is an aircraft ("with Airbus A320 aircraft"), not an airline
    plane = engine.answer("what plane will fly jinnah use", TODAY)
    assert plane.lead.startswith("“The flights will operate twice a week")


def test_a_guard_of_honour_is_a_welcome_not_an_award(engine: Engine) -> None:
    answer = engine.answer("what award was given to tokayev", TODAY)
    assert answer.lead.startswith("President Zardari is to confer the Nishan-i-Pakistan")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the last May begun by today with anything on record
        ("what happened in may", "On record for May 2025:"),
        # none on record in any March: the last one, and how old the news is; a month no
        # article names is a time asked, not a subject unknown
        (
            "anything in march",
            "Not on record: nothing dated March 2026; the newest article is from November 2025.",
        ),
    ],
)
def test_a_month_without_a_year_is_the_last_one_the_news_covers(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # a fare is what a ticket costs
        ("how much is an air astana ticket", "“Round-trip fares start at 118,000 tenge"),
        # a time of day asked: the clock time, not the day flights start
        (
            "what time does the air astana flight leave almaty",
            "Reported 19 February 2026: “Flight",
        ),
    ],
)
def test_a_flights_fare_and_hour(
    seeds_dir: Path, tmp_path: Path, question: str, lead: str
) -> None:
    engine = _with_eval_article(seeds_dir, tmp_path, "t30_tengrinews_air_astana_almaty_islamabad")
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_what_someone_did_before_his_office_is_his_earlier_post(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine = _with_eval_article(
        seeds_dir, tmp_path, "t26_kazinform_flyarystan_almaty_lahore_flights"
    )
    answer = engine.answer("what did zhanuzakov do before becoming minister", TODAY)
    assert answer.lead.startswith("“Before his appointment, Zhanuzakov served as chairman")
    assert not answer.bullets  # nothing else he did is an earlier post


def test_on_track_to_hit_a_target_asks_whether_it_is_reached(engine: Engine) -> None:
    answer = engine.answer("is trade on track to hit the target", TODAY)
    assert answer.lead.startswith("Not on record as reached; the sources give the aim:")
    assert "USD 1 billion" in answer.text


def test_tourists_so_far_are_the_visitors_counted_to_date(seeds_dir: Path, tmp_path: Path) -> None:
    """ "So far" asks up to now, no word to find; tourists are counted as visitors."""
    engine = _with_eval_article(seeds_dir, tmp_path, "t48_thenews_kazakh_tourism_roadshow")
    answer = engine.answer("how many pakistani tourists went to kazakhstan in 2026 so far?", TODAY)
    assert answer.lead.startswith("14,200 Pakistani visitors came to Kazakhstan")


def test_a_cut_keeps_the_clause_of_the_word_asked(seeds_dir: Path) -> None:
    """ "... and the registration of Pakistani medicines in Kazakhstan will be completed within
    90 working days ...": a long sentence cut for the words asked keeps what their clause
    says of them, not "... will be…"; "registering" is asked of "registration"."""
    engine = _with_eval_articles(seeds_dir, "t49_app_drap_pharma_mou")
    answer = engine.answer("what happens to registering pakistani medicines in kazakhstan", DEC)
    assert "90 working days" in answer.lead


def test_another_sources_count_told_after_its_words_is_shown_beside(seeds_dir: Path) -> None:
    """ "Kazakhstan offered to supply wheat ..." then "Kazakh state media put the figure at
    300,000 tonnes, but an official ... said ... closer to 250,000 tonnes": another count of
    what the lead counts, shown beside it; "send" is asked of "supply"."""
    engine = _with_eval_articles(
        seeds_dir,
        "t50_kazinform_agriculture_working_group",
        "t51_profit_dhabeji_sez_grain_terminal",
    )
    answer = engine.answer("how much wheat will kazakhstan send to pakistan", DEC)
    assert "300,000 tonnes" in answer.lead
    assert "250,000 tonnes" in answer.text


def test_a_count_is_of_the_noun_after_its_adjective_and_may_open_a_sentence(
    seeds_dir: Path,
) -> None:
    """ "will create around 900 direct jobs": a count of jobs; "Ten Pakistani agronomists
    will take part in an internship": a count, though written as a word opening a sentence,
    and "intern" is asked of an internship, not corrected to "internal"."""
    engine = _with_eval_articles(
        seeds_dir,
        "t50_kazinform_agriculture_working_group",
        "t51_profit_dhabeji_sez_grain_terminal",
    )
    jobs = engine.answer("how many jobs will the dhabeji project create", DEC)
    assert "900 direct jobs" in jobs.lead
    interns = engine.answer("how many pakistani agronomists will intern in kazakhstan", DEC)
    assert interns.lead.startswith("10 Pakistani agronomists")


def test_a_meeting_of_two_sides_with_no_names_in_its_lede_is_known_with_who_led_each(
    seeds_dir: Path,
) -> None:
    """ "... held the first meeting of their Joint Working Group on Agriculture in Astana on
    Friday ..." then "The Kazakh delegation was led by ... The Pakistani side was headed by
    ...": one event, dated, with both as its participants, each found by side; "when did it
    meet" is that meeting, not the next one planned."""
    engine = _with_eval_articles(seeds_dir, "t50_kazinform_agriculture_working_group")
    when = engine.answer("when did the agriculture working group meet?", DEC)
    assert when.lead.startswith("First meeting of the Joint Working Group on Agriculture — 4 Dec")
    led = engine.answer("who from the pakistani side attended the agriculture working group", DEC)
    assert "Javed Humayun Sheikh" in led.text
    assert "Sultangaziyev" not in led.text
    assert "agronomists" not in led.text  # "will take part in an internship": not of it


def test_a_round_moved_to_another_day_is_not_still_on_the_day_first_set(seeds_dir: Path) -> None:
    """ "have postponed the round ... that was to take place in Astana on March 3-4, moving
    it to April 13-14": "still on 3-4 March?" is a "No", the days placed in 2027."""
    engine = _with_eval_articles(
        seeds_dir,
        "t54_dawn_dar_nurtleu_phone_call",
        "t56_astanatimes_consultations_postponed_new_envoy",
    )
    answer = engine.answer(
        "are the consultations still on for march 3 in astana?", date(2027, 3, 1)
    )
    assert answer.lead.startswith("No.")
    assert "13–14 April 2027" in answer.lead


def test_a_phone_call_is_an_occasion_of_those_on_the_line(seeds_dir: Path) -> None:
    """ "Dar and his Kazakh counterpart Nurtleu on Tuesday agreed to hold the next round of
    bilateral political consultations ..., to give shape to the agreements reached during
    President Tokayev's state visit": the round is theirs, not Tokayev's; "phone" is asked
    of a "telephone conversation"."""
    engine = _with_eval_articles(
        seeds_dir,
        "t54_dawn_dar_nurtleu_phone_call",
        "t56_astanatimes_consultations_postponed_new_envoy",
    )
    [talks] = [e for e in engine.kb.curated.events if "ishaq-dar" in e.participants]
    assert set(talks.participants) == {"ishaq-dar", "murat-nurtleu"}
    answer = engine.answer("what did dar and nurtleu agree on the phone", date(2027, 3, 1))
    assert "consultations" in answer.lead
    assert "telephone conversation" in answer.lead


def test_a_ticket_asked_is_a_price_and_a_class_no_source_prices_is_not_on_record(
    seeds_dir: Path,
) -> None:
    """Economy fares are on record, business class only as a count of seats: "how much is
    a business class ticket" is not on record, not the seats; a ticket is the fare."""
    engine = _with_eval_articles(seeds_dir, "t53_kazinform_air_astana_almaty_lahore")
    day = date(2027, 3, 1)
    business = engine.answer("how much is a business class ticket to lahore?", day)
    assert business.lead.startswith("Not on record")
    assert "$189" in engine.answer("how much is a ticket almaty to lahore", day).lead


def test_why_is_the_reason_the_article_gives_right_after_in_words_of_its_own(
    seeds_dir: Path,
) -> None:
    """ "... have postponed the round of political consultations ..." then "the change was
    made because Deputy Foreign Minister Yerzhan Kistafin ... will accompany President
    Tokayev": the reason, though it says "the change"; "is due to be issued" is no reason."""
    engine = _with_eval_articles(seeds_dir, "t56_astanatimes_consultations_postponed_new_envoy")
    answer = engine.answer("why were the consultations postponed?", date(2027, 3, 1))
    assert answer.lead.startswith("“The ministry's press service said the change was made because")
    assert "postponed the round" in answer.text


def test_an_office_asked_is_the_title_its_holder_is_named_by(seeds_dir: Path) -> None:
    """Kistafin is "Kazakhstan's Ambassador to Pakistan" in four sources and "Deputy Foreign
    Minister" in one: asked for the deputy foreign minister, that is the title given."""
    engine = _with_eval_articles(seeds_dir, "t56_astanatimes_consultations_postponed_new_envoy")
    answer = engine.answer("who is kazakhstan's deputy foreign minister?", date(2027, 3, 1))
    assert answer.lead.startswith("Yerzhan Kistafin — Deputy Foreign Minister")


def test_still_the_envoy_named_with_his_office_is_asked_of_him(seeds_dir: Path) -> None:
    """A later article names Beisenov Kazakhstan's ambassador: "is Kistafin still the Kazakh
    ambassador?" is asked of Kistafin (named), not of the office's new holder: "No"."""
    engine = _with_eval_articles(
        seeds_dir,
        "t57_dawn_steel_mills_kazakh_ferroalloys",
        "t60_kazinform_first_ferroalloy_shipment",
    )
    day = date(2027, 5, 1)
    answer = engine.answer("is kistafin still the kazakh ambassador in islamabad?", day)
    assert answer.lead.startswith("No. Azamat Beisenov — Kazakhstan's Ambassador to Pakistan")
    # a deed's word misspelt is read as mended: "signd" is who signed, not who spoke of it
    signed = engine.answer("who signd the steel mills deal with the kazakh company", day)
    assert "Aamir Rafiq Siddiqui" in signed.lead


def test_what_was_announced_is_the_statement_in_that_word_cut_to_what_was_asked(
    seeds_dir: Path,
) -> None:
    """ "Kazakhstan will increase the number of government scholarships for Pakistani students
    from 50 to 80 ..., Vice Minister ... announced": asked what was announced for students,
    that statement leads (before the seeds' count of students), cut around "students", not
    "Education" or "announced"; drills are an exercise."""
    engine = _with_eval_articles(
        seeds_dir,
        "t58_astanatimes_scholarships_pakistani_students",
        "t59_app_defence_working_group_exercise",
    )
    day = date(2027, 5, 1)
    answer = engine.answer("what did kazakhstan announce for pakistani students", day)
    assert answer.lead.startswith(
        "“Kazakhstan will increase the number of government scholarships"
    )
    drills = engine.answer(
        "will pakistan and kazakhstan hold joint military drills this year", day
    )
    assert drills.lead.startswith("Yes.")
    assert "September" in drills.lead


def test_the_last_date_to_apply_is_when_applications_close(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, "t58_astanatimes_scholarships_pakistani_students")
    answer = engine.answer("whats the last date to apply for the scholarships", date(2027, 5, 1))
    assert answer.lead.startswith("“Applications for the 2027-2028 intake")
    assert "15 May 2027" in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # being somewhere is having gone there; a month misremembered in the year of the
        # visit on record is "No" with its month
        ("was karabayev in pakistan in march 2025?", "No. Kazakh Transport Minister"),
        ("Karabayev was in Pakistan in April 2025, right?", "Yes. Kazakh Transport Minister"),
        # another year is no slip: news reports are not his diary
        ("was karabayev in pakistan in 2023?", "Not on record: the sources report no visit"),
        # a month named without its year: of the visit on record
        ("did karabayev visit pakistan in may?", "No. Kazakh Transport Minister"),
        ("did karabayev visit pakistan in april?", "Yes. Kazakh Transport Minister"),
    ],
)
def test_being_in_a_country_is_a_visit_and_a_month_slip_is_no(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the deed the other way round
        ("aleem khan invited karabayev to kazakhstan, right?", "No. “Transport Minister of Kazak"),
        ("did karabayev invite aleem khan?", "Yes. “Transport Minister of Kazak"),
        # a word asked the statement does not hold as asked is left to the rest of the
        # engine: here the statement says the opposite
        ("did karabayev invite aleem khan and did khan decline?", "No. Karabayev invited Khan"),
        # asked in the passive, the one named first is no doer
        ("was aleem khan invited by karabayev?", "Yes. "),
    ],
)
def test_who_did_a_deed_to_whom_keeps_its_direction(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_talks_with_someone_else_than_on_record_are_no(engine: Engine) -> None:
    answer = engine.answer("did jam kamal khan sit down for talks with karabayev?", TODAY)
    assert answer.lead.startswith("No. On record, Jam Kamal Khan met Arman Shaqqaliev:")
    # together on record: not this
    both = engine.answer("did Kistafin meet with Aleem Khan?", TODAY)
    assert both.lead.startswith("Yes.")


def test_what_was_only_expected_is_no_list_of_what_was_signed(engine: Engine) -> None:
    answer = engine.answer("what agreements were really signed during the state visit?", TODAY)
    assert answer.not_on_record
    assert answer.lead.startswith("Not on record as done; the sources report only:")
    assert "expected" in answer.lead


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # idioms: what is being considered, what someone sets store by, how old ties are
        ("what corridor routes are on the table?", "under review"),
        ("why does kazakhstan put weight on karachi port?", "landlocked"),
        (
            "one article puts the relationship at 35 years old, another dates it back to "
            "1992 - which is it?",
            "since 1992",
        ),
        # "ready to", as "intends to": a statement of intent
        ("what is kazakhstan ready to do about a corridor?", "corridor"),
        # an amount in copy's shorthand, and the gap between two amounts
        ("how far is the $200m in contracts from the $1bn target?", "USD 1 billion"),
    ],
)
def test_idioms_and_shorthand_are_read_for_what_they_ask(
    engine: Engine, question: str, wanted: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert wanted in answer.lead


LATER = date(2027, 12, 1)  # after the 2027 tuning articles


def test_the_envoy_right_now_is_the_newest_holder(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, "t72_kazinform_flyarystan_lahore_route_results")
    answer = engine.answer("who's pakistan's ambassador to kazakhstan right now?", LATER)
    assert answer.lead.startswith("Farhan Aziz Malik — Ambassador of Pakistan to Kazakhstan")


def test_why_something_came_later_than_planned_asks_the_reason_not_an_order(
    seeds_dir: Path,
) -> None:
    """A "why" question is never a comparison, whatever "later than" it holds; a statement
    saying "because" leads before one whose "since" tells a time."""
    engine = _with_eval_articles(seeds_dir, "t72_kazinform_flyarystan_lahore_route_results")
    answer = engine.answer("why did the lahore flights begin later than planned?", LATER)
    assert answer.query is not None
    assert answer.query.answer_type == "why"
    assert "because the Pakistan Civil Aviation Authority" in answer.lead


def test_the_one_who_had_the_job_before_is_the_earlier_holder_as_he_is_now(
    seeds_dir: Path,
) -> None:
    engine = _with_eval_articles(
        seeds_dir,
        "t65_dawn_barter_mechanism_kazakhstan",
        "t68_tribune_trucks_stuck_zhibek_zholy",
    )
    holder = engine.answer("who is pakistan's trade counsellor in almaty now?", LATER)
    assert holder.lead.startswith("Mehwish Tariq — Pakistan's Trade and Investment Counsellor")
    before = engine.answer("and the one who held the post before her?", LATER, context=holder)
    assert before.lead.startswith(
        "Farhan Ali Junejo — Trade and Investment Counsellor in Tashkent"
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # calling on someone is meeting him; the one met on record is named
        (
            "did kistafin call on the commerce minister jam kamal khan?",
            "No. On record, Yerzhan Kistafin met Abdul Aleem Khan:",
        ),
        # bodies as people: "Samruk Kazyna" typed without its hyphen; a tag without a "?"
        (
            "samruk kazyna held talks with the NLC is it",
            "No. On record, Samruk-Kazyna met Fauji Foundation:",
        ),
    ],
)
def test_a_meeting_with_another_than_on_record_is_no(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("how many pakistani institutions signed tie-ups with kazakh universities?", "20"),
        ("in which speech did tokayev name-check pakistan?", "State of the Nation"),
    ],
)
def test_hyphenated_idioms_are_read_as_their_meaning(
    engine: Engine, question: str, wanted: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert wanted in answer.text


def test_a_question_ending_is_it_after_a_question_word_is_its_own(engine: Engine) -> None:
    answer = engine.answer("the karachi forum, how big was it", TODAY)
    assert "500 participants" in answer.text


def test_a_statement_dated_to_another_month_than_asked_is_no(engine: Engine) -> None:
    answer = engine.answer("did tokayev first mention pakistan in his october address?", TODAY)
    assert answer.lead.startswith("No. ")
    assert "8 September 2025" in answer.text
    right = engine.answer("did tokayev first mention pakistan in his september address?", TODAY)
    assert right.lead.startswith("Yes. ")


def test_a_year_put_as_a_bound_is_checked_against_since_when(engine: Engine) -> None:
    answer = engine.answer("did the diplomatic relations begin after 2000?", TODAY)
    assert answer.lead.startswith("No. ")
    assert "since 1992" in answer.lead
    earlier = engine.answer("did the diplomatic relations begin after 1990?", TODAY)
    assert earlier.lead.startswith("Yes. ")


def test_the_one_whose_tenure_ended_is_no_holder_now_and_is_the_one_before(
    seeds_dir: Path,
) -> None:
    engine = _with_eval_articles(seeds_dir, "t79_app_parc_joint_wheat_research_centre")
    holder = engine.answer("who is the PARC chairman?", LATER_2028)
    assert holder.lead.startswith("Ghulam Mustafa Sial — PARC Chairman")
    heading = engine.answer("who is heading PARC?", LATER_2028)
    assert not heading.lead.startswith("Imtiaz Hussain Gondal")
    before = engine.answer("and who held that post before him?", LATER_2028, context=heading)
    assert before.lead.startswith("Imtiaz Hussain Gondal — PARC Chairman")


def test_a_currency_code_starts_a_word(seeds_dir: Path) -> None:
    """ "covers 250,000 tons" had been read as PKR 250,000."""
    engine = _with_eval_articles(seeds_dir, "t80_kazinform_wheat_deliveries_pakistan")
    answer = engine.answer("how much wheat does the contract cover?", LATER_2028)
    assert "PKR" not in answer.text
    assert "250,000 tons" in answer.text


LATER_2028 = date(2028, 6, 1)


@pytest.mark.parametrize(
    ("question", "no"),
    [
        # moved "from May 2 to May 16", told of "the regular fortnightly service" in a
        # story of the trains: not still on May 2
        ("is the regular train service still starting on may 2?", True),
        # the day it was moved to is no "No"
        ("is the regular train service still starting on may 16?", False),
    ],
)
def test_a_start_moved_from_one_day_to_another_is_not_still_on_the_first(
    seeds_dir: Path, question: str, no: bool
) -> None:
    engine = _with_eval_articles(seeds_dir, "t76_kazinform_second_train_flood_delay")
    assert engine.answer(question, date(2028, 5, 1)).lead.startswith("No. ") is no


def test_where_inside_a_city_is_the_venue_named_there(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, "t70_astanatimes_kazakh_culture_days_pakistan")
    answer = engine.answer("where in lahore did the culture days take place?", LATER)
    assert "Alhamra Arts Council" in answer.lead


def test_another_place_said_to_be_the_only_one_makes_a_no(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, "t72_kazinform_flyarystan_lahore_route_results")
    answer = engine.answer("is there a direct flight from islamabad to almaty now?", LATER)
    assert answer.lead.startswith("No. ")
    assert "Lahore remains the only Pakistani city" in answer.lead


def test_a_place_leant_on_from_the_last_answer_is_not_one_asked_of(seeds_dir: Path) -> None:
    """ "Are they adding flights on it?" after the Almaty-Lahore route: no "No" because
    Lahore is "the only Pakistani city with a direct flight"."""
    engine = _with_eval_articles(seeds_dir, "t72_kazinform_flyarystan_lahore_route_results")
    route = engine.answer("how many passengers has the almaty lahore flight carried?", LATER)
    more = engine.answer("are they adding more flights on it?", LATER, context=route)
    assert not more.lead.startswith("No. ")


@pytest.mark.parametrize(
    "question",
    [
        "which pakistani minister did kistafin discuss direct flights with?",
        "with which pakistani minister did kistafin discuss direct flights?",
    ],
)
def test_whom_someone_did_something_with_is_the_other_at_that_occasion(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Abdul Aleem Khan (Pakistan's Federal Minister for")
    assert "direct flights" in answer.lead


def test_students_from_a_country_are_of_that_country_not_the_other(engine: Engine) -> None:
    """The sources count Pakistani students in Kazakhstan; not the other way round."""
    answer = engine.answer("how many students from kazakhstan study in pakistan?", TODAY)
    assert answer.not_on_record
    assert engine.answer(
        "how many students from pakistan study in kazakhstan?", TODAY
    ).lead.startswith("Nearly 1,000 Pakistani students")


def test_a_place_asked_that_nothing_on_record_names_is_no_yes(engine: Engine) -> None:
    """ "Tokayev to meet ... Prime Minister Shehbaz Sharif" says nothing of Lahore."""
    answer = engine.answer("did tokayev meet shehbaz sharif in lahore?", TODAY)
    assert answer.not_on_record
    assert not answer.lead.startswith("Yes")
    assert engine.answer("did tokayev meet shehbaz sharif?", TODAY).lead.startswith("Yes. ")


def test_an_irregular_past_is_read_as_its_verb(engine: Engine) -> None:
    """ "Built" is "build", though the stemmer keeps them apart: not a word no one used."""
    answer = engine.answer("has the afghan railway been built?", TODAY)
    assert "built" not in answer.lead
    assert "Uzbekistan–Afghanistan–Pakistan railway" in answer.text


def test_who_represented_a_country_is_who_took_part_from_its_side(engine: Engine) -> None:
    answer = engine.answer("who represented pakistan when karabayev came?", TODAY)
    assert "Abdul Aleem Khan — Pakistan's Federal Minister for Communications" in answer.text
    assert "high ranking officers of NLC" in answer.text


def test_an_office_asked_with_a_typo_is_the_newest_holder(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, "t56_astanatimes_consultations_postponed_new_envoy")
    answer = engine.answer("who is kazakhstans ambasador in pakistan now", LATER)
    assert answer.lead.startswith("Nurlan Sadykbekov — Kazakhstan's Ambassador to Pakistan")


def test_with_which_thing_asks_no_one_across_the_table(engine: Engine) -> None:
    answer = engine.answer("with which challenges did kistafin say ties were held back?", TODAY)
    assert not answer.lead.startswith("Abdul Aleem Khan (")


def test_people_are_not_counted_by_a_span_of_days_nor_by_peoples(seeds_dir: Path) -> None:
    """ "Days of Kazakh Culture" asked for people: neither "valid for 30 days" nor "the
    shortest road between two peoples" counts them, and the closest is shown once."""
    engine = _with_eval_articles(
        seeds_dir,
        "t70_astanatimes_kazakh_culture_days_pakistan",
        "t71_app_kazakh_parliamentary_delegation_islamabad",
    )
    answer = engine.answer("how many people went to the culture days in lahore?", LATER)
    assert answer.lead == "Not on record: no figure for that. Closest on record:"
    texts = [set(re.findall(r"\w+", b.split(" [")[0])) for b in answer.bullets]
    assert not any(a <= b for i, a in enumerate(texts) for b in texts[i + 1 :])
    anywhere = engine.answer("how many people came to the kazakh culture days?", LATER)
    assert "2,300 people" in anywhere.lead


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("how many pakistani scientists will work at the wheat centre?", None),
        ("how many scientists will the wheat centre employ?", "some 30 scientists"),
    ],
)
def test_a_count_from_both_countries_is_not_one_sides(
    seeds_dir: Path, question: str, count: str | None
) -> None:
    engine = _with_eval_articles(seeds_dir, "t79_app_parc_joint_wheat_research_centre")
    answer = engine.answer(question, LATER_2028)
    assert answer.not_on_record is (count is None)
    assert count is None or count in answer.text


def test_a_price_asked_per_unit_is_a_price_per_that_unit(seeds_dir: Path) -> None:
    """ "Rs200 per cylinder" is no price per tonne; the wheat's price per tonne is not the
    gas's; "per ton" is "per tonne"."""
    engine = _with_eval_articles(
        seeds_dir, "t63_tribune_first_kazakh_lpg_train", "t77_brecorder_tcp_kazakh_wheat_import"
    )
    gas = engine.answer("what's the price per tonne of the kazakh lpg?", LATER_2028)
    assert gas.lead == "Not on record: no price per tonne. Closest on record:"
    assert "Rs200 per cylinder" in gas.text
    assert "$14" not in gas.text
    wheat = engine.answer("what price per ton does pakistan pay for the kazakh wheat?", LATER_2028)
    assert "271.5 per tonne" in wheat.lead


def test_a_month_after_the_deed_done_where_it_was_done_is_the_month_before(
    seeds_dir: Path,
) -> None:
    """ "the contract signed in Astana in June, Indus Gas will import": June before the
    August copy, though the sentence goes on to what is to come."""
    engine = _with_eval_articles(seeds_dir, "t63_tribune_first_kazakh_lpg_train")
    answer = engine.answer("how much lpg will indus gas import?", LATER)
    assert "(June 2027)" in answer.text


def test_another_outlets_count_of_the_thing_is_shown_however_far_its_wording(
    seeds_dir: Path,
) -> None:
    """Business Recorder's 300,000 tonnes leads; Kazinform's "250,000 tons of wheat", in a
    sentence of other words, is shown beside it; "11.8 million tons of grain" counts another
    thing, so neither leads nor comes first."""
    engine = _with_eval_articles(
        seeds_dir,
        "t77_brecorder_tcp_kazakh_wheat_import",
        "t80_kazinform_wheat_deliveries_pakistan",
    )
    answer = engine.answer("how many tonnes of wheat does kazakhstan sell to the TCP?", LATER_2028)
    assert "300,000 tonnes" in answer.lead
    assert "250,000 ton" in answer.bullets[0]


@pytest.mark.parametrize(
    "question",
    [
        # "money" is the kind of answer "how much" asks, not a word the budget must hold
        "how much money is going into the drought wheat centre?",
        # the amounts say who puts in what, as countries: no "the sources name no one"
        "how much money goes into the wheat centre and who puts in what?",
    ],
)
def test_how_much_money_is_an_amount_of_money(seeds_dir: Path, question: str) -> None:
    engine = _with_eval_articles(seeds_dir, "t79_app_parc_joint_wheat_research_centre")
    answer = engine.answer(question, LATER_2028)
    assert "$6.2 million" in answer.lead
    assert "name no one" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "samruk kazyna is talking to which pakistani company?",
        "samruk-kazyna in talks w which pak firm",
    ],
)
def test_which_company_of_a_body_asked_is_the_body_named_with_it(
    engine: Engine, question: str
) -> None:
    """ "Company" is the kind of answer: "Fauji Foundation" is one, though no statement of it
    says "company"; "pak" is the country, not the body word."""
    answer = engine.answer(question, TODAY)
    assert "Fauji Foundation" in answer.lead


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # an office, then a name: two people asked of, not one unknown name
        ("Kazakh ambassador Aleem Khan meeting summary", "Kistafin"),
        # the hyphened word is the compound the KB knows; the country after it is no part
        ("did Samruk-Kazyna Pakistanis talks start?", "Fauji Foundation"),
    ],
)
def test_a_known_name_run_into_an_office_or_a_country_is_still_known(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert fact in answer.text


def test_what_someone_is_responsible_for_is_his_office(engine: Engine) -> None:
    answer = engine.answer("what is aleem khan responsible for?", TODAY)
    assert "Communications" in answer.lead


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # "whats" asks the name as "what's" does
        ("whats the name of the uzbek president who's also getting the nishan?", "the uzbek"),
        # "who's" is how the question is put, not what is missing
        ("who's the uzbek president getting the award?", "the uzbek"),
        # a name asked as a note ("name of the ...?") or an order ("name the ...")
        ("name of the uzbek president who is getting the nishan?", "the uzbek"),
        ("name the uzbek president getting the award", "the uzbek"),
    ],
)
def test_an_office_no_one_on_record_holds_is_said_to_be_unnamed(
    engine: Engine, question: str, missing: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(f"Not on record: the sources don't name {missing} president")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a count written with a hyphen is a count: "3-year" is not "two-year"
        ("is pakistan issuing 3-year visas to kazakh businessmen?", "No. "),
        ("is pakistan issuing 2-year visas to kazakh businessmen?", "Yes. "),
        # "five-year visas" are on record, but not within 24 hours: the statement giving both
        # numbers asked answers
        ("are kazakh traders getting 5-year visas within 24 hours?", "No. "),
    ],
)
def test_a_hyphened_count_asked_is_checked_against_the_one_on_record(
    engine: Engine, question: str, opening: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert "two-year visas" in answer.lead


def test_what_was_settled_on_is_what_was_agreed_not_what_was_sought(seeds_dir: Path) -> None:
    """ "Settle on" is agreeing: "agreed on $455" leads, though "had sought $520 ... a high
    rate" holds more of the question's words."""
    engine = _with_eval_articles(seeds_dir, "t75_app_fortnightly_container_train")
    answer = engine.answer("what rate per container did they settle on?", LATER_2028)
    assert "agreed on $455" in answer.lead


def test_a_statement_leaning_on_a_sentence_shown_is_not_shown_with_it_again(
    seeds_dir: Path,
) -> None:
    engine = _with_eval_articles(seeds_dir, "t75_app_fortnightly_container_train")
    answer = engine.answer(
        "what did pakistan railways seek per container for the zahedan-karachi leg?", LATER_2028
    )
    assert "had sought $520" in answer.lead
    assert not any("had sought $520" in bullet for bullet in answer.bullets)


@pytest.mark.parametrize(
    "question",
    [
        # a phrase before the comma sets the scene; the question after it asks yes or no
        "with the extra friday service, does zhetisu fly to lahore daily now?",
        "after the new flight, is zhetisu flying almaty-lahore every day?",
    ],
)
def test_a_phrase_setting_the_scene_leaves_a_yes_no_question(
    seeds_dir: Path, question: str
) -> None:
    """ "A fourth weekly flight" is one more flight, not one a week: the rate on record is
    "four a week"."""
    engine = _with_eval_articles(seeds_dir, "t88_astanatimes_zhetisu_fourth_weekly_flight")
    answer = engine.answer(question, date(2029, 9, 1))
    assert answer.lead.startswith("No. ")
    assert "four a week" in answer.lead


def test_a_chairperson_holds_the_chairmans_office_and_the_one_before_is_told_as_he_held_it(
    seeds_dir: Path,
) -> None:
    """ "Chairperson" asks the chairman's office; the one who held it before is told by
    that office as of his source, then what he went on to."""
    engine = _with_eval_articles(
        seeds_dir,
        "t85_dawn_zhetisu_almaty_lahore_flights",
        "t86_kazinform_first_flight_almaty_lahore",
        "t87_tribune_kazakhstan_roadshow_evisa_fee_cut",
    )
    today = date(2029, 9, 1)
    answer = engine.answer("who is the chairperson of kazakh tourism?", today)
    assert answer.lead.startswith("Dinara Abilkairova — Chairperson")
    assert (
        "Earlier: Yerlan Mukashev — Chairman of Kazakh Tourism, as of 8 March 2029; since then "
        "Vice Minister of Tourism and Sports of Kazakhstan" in answer.text
    )
    before = engine.answer("who had the job before her?", today, context=answer)
    assert before.lead.startswith("Yerlan Mukashev")


def test_a_body_and_its_chiefs_title_read_as_one_find_him(seeds_dir: Path) -> None:
    """ "Zhetisu Airways president and chief executive Timur Abdrakhmanov": the Zhetisu
    CEO."""
    engine = _with_eval_articles(seeds_dir, "t85_dawn_zhetisu_almaty_lahore_flights")
    answer = engine.answer("who is the zhetisu ceo?", date(2029, 9, 1))
    assert answer.lead.startswith("Timur Abdrakhmanov — Zhetisu Airways President")


MINING = (
    "t81_dawn_pmdc_kazakh_copper_jv_chagai",
    "t83_app_pmdc_md_kazakh_envoy_chagai_drilling",
)


def test_the_md_of_a_body_is_its_newest_managing_director(seeds_dir: Path) -> None:
    engine = _with_eval_articles(seeds_dir, *MINING)
    answer = engine.answer("who is the MD of PMDC?", date(2028, 11, 1))
    assert answer.lead.startswith("Naveed Akhtar Rind — Managing Director PMDC")
    assert "Earlier: Farrukh Saleem Abbasi — PMDC Managing Director" in answer.text


@pytest.mark.parametrize(
    ("stems", "question", "lead"),
    [
        # replaced, and no later post on record: said so, with the post he left
        (
            MINING,
            "what post did abbasi go on to after leaving PMDC?",
            "Not on record: the sources give no later post for Farrukh Saleem Abbasi than "
            "PMDC Managing Director.",
        ),
        # a later post on record: that one, the office the question names before it
        (
            (
                "t85_dawn_zhetisu_almaty_lahore_flights",
                "t86_kazinform_first_flight_almaty_lahore",
            ),
            "what job did mukashev move to after kazakh tourism?",
            "Yerlan Mukashev — Vice Minister of Tourism and Sports of Kazakhstan",
        ),
    ],
)
def test_the_post_after_the_one_left_is_the_newer_one_or_none_on_record(
    seeds_dir: Path, stems: tuple[str, ...], question: str, lead: str
) -> None:
    engine = _with_eval_articles(seeds_dir, *stems)
    assert engine.answer(question, date(2029, 9, 1)).lead.startswith(lead)


def test_where_a_thing_is_is_where_it_is_said_to_be_located(seeds_dir: Path) -> None:
    """ "... the 412-square-kilometre block, located some 95km west of Nokkundi": where the
    block is, though that sentence names it by its size, not its name."""
    engine = _with_eval_articles(seeds_dir, "t81_dawn_pmdc_kazakh_copper_jv_chagai")
    answer = engine.answer("where is the tanak kaur block, exactly?", date(2028, 11, 1))
    assert "95km west of Nokkundi" in answer.lead


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # an amount in words is an amount: checked against the one on record
        ("were two billion dollars of contracts signed at the karachi forum?", "No. "),
        ("were contracts worth five million dollars signed at the karachi forum?", "No. "),
    ],
)
def test_an_amount_asked_in_words_is_checked(engine: Engine, question: str, opening: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert "USD 200 million" in answer.lead


def test_a_price_per_a_unit_with_a_word_before_it_is_per_that_unit(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "$520 per forty-foot container" is per container; "per ton" asks per tonne."""
    text = (
        "Pakistan Railways has sought $520 per forty-foot container for the Zahedan-Karachi "
        "leg of the route. Kazakh grain costs $271 per tonne at the border."
    )
    engine = _with_article(seeds_dir, tmp_path, text, "APP", "2026-11-20")
    container = engine.answer("how much per container does pakistan railways want?", TODAY)
    assert "$520 per forty-foot container" in container.lead
    grain = engine.answer("how much does kazakh grain cost per ton?", TODAY)
    assert "$271 per tonne" in grain.lead


def test_a_price_is_per_a_unit_in_any_of_its_spellings(seeds_dir: Path, tmp_path: Path) -> None:
    text = (
        "Kazakh flour sells in Peshawar at Rs150 per kilogramme, traders said. The railway "
        "charges $455 for each container. Each railway wagon carries 60 tonnes."
    )
    engine = _with_article(seeds_dir, tmp_path, text, "APP", "2026-11-20")
    flour = engine.answer("how much does kazakh flour cost per kg?", TODAY)
    assert "150 per kilogramme" in flour.lead
    assert not flour.not_on_record
    rail = engine.answer("how much does the railway charge per container?", TODAY)
    assert "$455 for each container" in rail.lead
    # no price per the unit asked: said so, what is priced otherwise only the closest
    wagon = engine.answer("how much does the railway charge per wagon?", TODAY)
    assert wagon.lead.startswith("Not on record: no price per wagon")


def test_why_something_was_pushed_back_is_the_reason_told_after_its_change_of_date(
    seeds_dir: Path,
) -> None:
    """ "..., originally promised by December 2030, is now expected in 2031" then "He
    attributed the delay to two setbacks: ..., and flash floods ...": the reason whole,
    though another statement of the study holds more of the question's words."""
    engine = _with_eval_articles(
        seeds_dir,
        "t81_dawn_pmdc_kazakh_copper_jv_chagai",
        "t84_astanatimes_chagai_first_drill_results",
    )
    answer = engine.answer("why was the feasibility study pushed back?", date(2028, 11, 1))
    assert "Chaman crossing" in answer.lead
    assert "flash floods" in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "what did kistafin tell journalists about corridors?",
        "what did the kazakh envoy tell reporters about the corridors",
    ],
)
def test_what_someone_told_the_press_is_what_he_said_not_who_wrote(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert not answer.lead.startswith("Reported in")
    assert "corridor" in answer.lead


@pytest.mark.parametrize(
    ("question", "reader"),
    [
        ("who from their side came together with karabayev to the meeting?", None),
        ("қарабаевпен бірге кездесуге кімдер қатысты", "kk"),
    ],
)
def test_together_with_someone_is_with_him(
    engine: Engine, question: str, reader: str | None
) -> None:
    answer = engine.answer(question, TODAY, reader=reader)
    assert not answer.not_on_record
    assert "Kistafin" in answer.text


def test_a_thing_the_newest_report_has_still_to_come_is_not_yet_done_as_of_it(
    seeds_dir: Path,
) -> None:
    """ "NBP has also applied ... for permission to open a representative office": "No, not
    as of the newest report", dated; a thing only discussed stays not on record as done."""
    engine = _with_eval_articles(seeds_dir, "t66_brecorder_nbp_halyk_correspondent")
    answer = engine.answer("has NBP's almaty office opened yet?", LATER)
    assert answer.lead.startswith("No, not as of the newest report (")
    assert "applied" in answer.text
    flights = engine.answer("are there direct flights yet?", LATER)
    assert flights.lead.startswith("Not on record as done")


def test_a_thing_scheduled_for_a_month_ahead_has_not_started(seeds_dir: Path) -> None:
    """ "is scheduled to start in June 2030", asked in March 2030: not up and running yet,
    and no "Yes" to whether it operates."""
    engine = _with_eval_articles(seeds_dir, "t96_brecorder_nbp_astana_branch_opens")
    today = date(2030, 3, 1)
    running = engine.answer("is the raast link with kazakhstan up and running yet?", today)
    assert running.lead.startswith("No. ")
    assert "June 2030" in running.lead
    operating = engine.answer("is the raast link with kazakhstan operating?", today)
    assert not operating.lead.startswith("Yes")


def test_a_time_replaced_by_another_before_instead_of_is_not_still_on(seeds_dir: Path) -> None:
    """ "now expected in March 2028 instead of December 2027 as initially planned": not still
    December, though the sentence does not say "on track" as the question does."""
    engine = _with_eval_articles(
        seeds_dir,
        "t61_brecorder_kazakh_solar_jv_bahawalpur",
        "t62_kazinform_lpg_exports_pakistan",
        "t63_tribune_first_kazakh_lpg_train",
        "t64_trend_steppe_indus_solar_new_ceo",
    )
    answer = engine.answer(
        "is the bahawalpur solar project still on track for financial close in december?", LATER
    )
    assert answer.lead.startswith("No. ")
    assert "March 2028 instead of December" in answer.lead


def test_two_events_put_in_order_keep_the_day_their_reports_give(engine: Engine) -> None:
    """ "May 2025, reported 27 May 2025": the day of the report filed within the month, as
    "when was it" gives it."""
    answer = engine.answer("which was first, karabayev's visit or the ipri book launch?", TODAY)
    assert "came before" in answer.lead
    assert "(May 2025, reported 27 May 2025)" in answer.lead


def test_an_answer_shows_up_to_five_supporting_lines(engine: Engine) -> None:
    """ "Why did Karabayev come": the visit's statements under the lead, five of them, so the
    meeting with Aleem Khan it was for is among them."""
    answer = engine.answer("why did marat karabayev come to pakistan", TODAY)
    assert len(answer.bullets) == 5
    assert any("Aleem Khan" in bullet for bullet in answer.bullets)


def test_figures_of_different_kinds_are_not_set_against_each_other(engine: Engine) -> None:
    """USD 200 million is no "more than" 20 institutions: money and a count of things do
    not compare, so nothing is ranked."""
    answer = engine.answer(
        "which is bigger: the karachi contracts or the number of partner institutions?", TODAY
    )
    assert "more than" not in answer.lead


def test_which_is_longer_after_a_dash_asks_how_long_each_is(engine: Engine) -> None:
    """ "Which is longer - X or Y": each side asked how long it is, both shown."""
    answer = engine.answer(
        "which is longer - the business visa kazakhs get now or the one pakistan is "
        "considering for chamber members?",
        TODAY,
    )
    assert "two-year visas" in answer.lead
    assert "five-year" in answer.text


def test_asked_of_now_what_is_in_force_leads_what_is_considered(engine: Engine) -> None:
    answer = engine.answer("how long is the business visa kazakhs get now?", TODAY)
    assert "two-year visas" in answer.lead


def test_a_figure_he_cited_is_one_he_mentioned(engine: Engine) -> None:
    answer = engine.answer("what figure did kistafin cite for the karachi deals?", TODAY)
    assert "200 million" in answer.text


def test_who_runs_a_body_is_the_holder_of_its_head_office(seeds_dir: Path) -> None:
    """ "Who is running National Bank of Pakistan these days": the NBP President of the
    newest source, by the body's initials, with the one before him; an aside in brackets is
    no part of the body's name."""
    engine = _with_eval_articles(
        seeds_dir,
        "t94_astanatimes_nbp_aifc_licence",
        "t96_brecorder_nbp_astana_branch_opens",
    )
    today = date(2030, 3, 1)
    answer = engine.answer("who is running national bank of pakistan these days?", today)
    assert answer.lead.startswith("Imran Sarwar — NBP President")
    assert any(b.startswith("Earlier: Saad Hameed Qureshi") for b in answer.bullets)
    before = engine.answer("and who held that post before him?", today, context=answer)
    assert before.lead.startswith("Saad Hameed Qureshi")
    engine = _with_eval_articles(
        seeds_dir,
        "t85_dawn_zhetisu_almaty_lahore_flights",
        "t86_kazinform_first_flight_almaty_lahore",
    )
    tourism = engine.answer(
        "who runs kazakh tourism (the national company) now?", date(2029, 9, 1)
    )
    assert tourism.lead.startswith("Dinara Abilkairova")
    assert any("Mukashev" in b for b in tourism.bullets)


def test_a_price_per_unit_of_another_thing_is_no_answer(seeds_dir: Path) -> None:
    """ "The rail freight price per tonne": a landed cost per tonne prices another thing,
    so none is on record, and that one is shown as the closest."""
    engine = _with_eval_articles(seeds_dir, "t89_brecorder_pso_qazaqgaz_lpg_deal")
    answer = engine.answer(
        "what's the rail freight price per tonne for moving the lpg?", date(2030, 1, 15)
    )
    assert answer.lead.startswith("Not on record: no price per tonne")
    assert "landed cost" in answer.text


def test_a_claim_checked_against_another_fact_shows_both(engine: Engine) -> None:
    """ "The envoy spoke of a 35-year relationship - does that fit with the year diplomatic
    ties were set up?": the claim, and the other source's 1992 beside it."""
    answer = engine.answer(
        "the envoy spoke of a 35-year relationship - does that fit with the year diplomatic "
        "ties were set up?",
        TODAY,
    )
    assert "35-year" in answer.text
    assert "1992" in answer.text


AIR_ASTANA = (
    "t97_dawn_air_astana_almaty_lahore_flights",
    "t98_kazinform_air_astana_first_lahore_flight",
)


@pytest.mark.parametrize(
    "question",
    [
        "who is the chief executive of air astana",  # "Astana" a word of the airline's name
        "who is the boss of air astana",
    ],
)
def test_an_office_held_in_other_words_lists_the_earlier_holder(
    seeds_dir: Path, question: str
) -> None:
    """Dawn's "Air Astana president and chief executive Daniyar Kassymov", Kazinform's
    "Gulnara Sadykova, president and chief executive of Air Astana": one office, hers now."""
    engine = _with_eval_articles(seeds_dir, *AIR_ASTANA)
    answer = engine.answer(question, date(2030, 5, 25))
    assert answer.lead.startswith("Gulnara Sadykova")
    assert any(b.startswith("Earlier: Daniyar Kassymov") for b in answer.bullets)


def test_a_date_asked_of_a_city_no_dated_statement_names_is_not_on_record(
    seeds_dir: Path,
) -> None:
    """The dates on record are of the Lahore flights; of Islamabad, only a study."""
    engine = _with_eval_articles(seeds_dir, *AIR_ASTANA)
    answer = engine.answer("when will air astana start flying to islamabad?", date(2030, 5, 25))
    assert answer.lead.startswith("No date on record for that")
    assert "studying flights from Almaty to Islamabad" in answer.lead
    assert answer.intent == "not_on_record"


@pytest.mark.parametrize(
    "question",
    [
        "what did Kistafin say about the role of the media",
        "what did Kistafin say about the media's role",
    ],
)
def test_a_role_of_something_he_spoke_of_is_no_question_of_his_title(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert "media" in answer.lead
    assert not answer.lead.startswith("Yerzhan Kistafin —")


def test_the_other_side_of_a_deal_told_in_return_is_of_that_deal(seeds_dir: Path) -> None:
    """ "In return they may import chickpeas, lentils ...": the arrangement's other half,
    though only the sentence before names the arrangement and the traders."""
    engine = _with_eval_articles(seeds_dir, "t65_dawn_barter_mechanism_kazakhstan")
    answer = engine.answer(
        "under the barter arrangement what can our traders bring in from kazakhstan in exchange",
        date(2027, 8, 1),
    )
    assert "chickpeas" in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("did the first payments working group meeting take place in islamabad?", "No. "),
        ("was the payments working group's first meeting held in karachi?", "No. "),
        ("did the first payments working group meeting take place in almaty?", "Yes. "),
    ],
)
def test_a_meeting_put_in_another_city_than_the_one_asked_is_a_no(
    seeds_dir: Path, question: str, opening: str
) -> None:
    """ "... held its first meeting in Almaty": asked of Islamabad, where another working
    group met, "No" with where it was; a city no curated record names is a place still."""
    engine = _with_eval_articles(
        seeds_dir,
        "t103_nation_sbp_nbk_payment_link_mou",
        "t104_astanatimes_payments_working_group_meets_hbl_office",
    )
    answer = engine.answer(question, date(2030, 6, 1))
    assert answer.lead.startswith(opening)
    assert "held its first meeting in Almaty" in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who's the chairman of the national bank of kazakhstan now?", "Daniyar Abenov — NBK"),
        ("who heads the national bank of kazakhstan", "Daniyar Abenov — NBK Chairman"),
        ("who is the governor of the state bank of pakistan", "Faisal Rasheed — SBP Governor"),
    ],
)
def test_an_office_titled_by_initials_is_found_by_the_name_they_stand_for(
    seeds_dir: Path, question: str, lead: str
) -> None:
    """ "NBK Chairman", in an article that spells NBK out as the National Bank of Kazakhstan:
    Kazakhstan's, and the chairman of the national bank a reader names in full."""
    engine = _with_eval_articles(
        seeds_dir,
        "t103_nation_sbp_nbk_payment_link_mou",
        "t104_astanatimes_payments_working_group_meets_hbl_office",
    )
    assert engine.answer(question, date(2030, 6, 1)).lead.startswith(lead)


def test_a_cost_told_as_a_share_of_the_sum_is_the_cost(seeds_dir: Path) -> None:
    """ "A typical transfer cost between 4 and 6 percent of its value": how much a transfer
    costs, though in no currency; a percentage of something else is still no cost."""
    engine = _with_eval_articles(seeds_dir, "t103_nation_sbp_nbk_payment_link_mou")
    answer = engine.answer(
        "how much does a money transfer between pakistan and kazakhstan cost?", date(2030, 6, 1)
    )
    assert answer.lead.startswith("A typical transfer cost between 4 and 6 percent")


def test_a_place_is_where_the_statement_puts_it_not_where_its_article_is_from(
    engine: Engine,
) -> None:
    """The 30th session is told of in an article about a briefing in Islamabad, which
    does not say where the session met: no place, not "Islamabad"."""
    answer = engine.answer(
        "Where was the 30th Intergovernmental Joint Commission session held?", TODAY
    )
    assert answer.not_on_record
    assert not answer.lead.startswith("Islamabad")


def test_a_phone_spelling_without_its_g_reads_as_the_phrase(engine: Engine) -> None:
    """ "which routes r they lookin at": "looking at", under review."""
    answer = engine.answer("kz govt trade corridor to pak - which routes r they lookin at?", TODAY)
    assert "Afghanistan, China and Iran" in answer.lead


def test_near_a_place_no_record_names_is_where_it_was(seeds_dir: Path) -> None:
    """ "... washed away about 80 metres of track ... near Nokkundi": there."""
    engine = _with_eval_articles(seeds_dir, "t76_kazinform_second_train_flood_delay")
    answer = engine.answer("where did the floods wash away the railway track?", date(2028, 4, 20))
    assert not answer.not_on_record
    assert "near Nokkundi" in answer.lead


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Did the Karachi business forum draw 1,000 participants?", "No. 500 participants"),
        ("Did the Karachi forum attract 500 participants?", "Yes. 500 participants"),
    ],
)
def test_a_forum_drawing_people_is_how_many_came(
    engine: Engine, question: str, opening: str
) -> None:
    """ "Draw", "attract": light verbs of attendance, which no article need use."""
    assert engine.answer(question, TODAY).lead.startswith(opening)


def test_a_ministers_title_as_a_phone_shortens_it(engine: Engine) -> None:
    """ "kz transport min", "pak comms minister": the transport and communications ministers."""
    answer = engine.answer(
        "wat did kz transport min discuss w/ pak comms minister re flights?", TODAY
    )
    assert "direct flights from Lahore, Islamabad and Karachi" in answer.lead


def test_a_team_of_some_number_is_how_many_people(seeds_dir: Path) -> None:
    """ "Opened ... with a team of four": how many people work there, in a number word and
    no noun after it."""
    engine = _with_eval_articles(
        seeds_dir, "t104_astanatimes_payments_working_group_meets_hbl_office"
    )
    answer = engine.answer("how many people work at hbl's almaty office?", date(2030, 6, 1))
    assert not answer.not_on_record
    assert "with a team of four" in answer.lead


@pytest.mark.parametrize(
    "question",
    ["who runs the state bank of pakistan", "who heads the state bank of pakistan now?"],
)
def test_the_head_of_a_body_no_article_names_is_not_on_record(
    engine: Engine, question: str
) -> None:
    """The seeds name no State Bank: no one heads it on record, and no sentence about the
    chairman of some other body stands in for him."""
    answer = engine.answer(question, TODAY)
    assert (
        answer.lead == "Not on record: the sources name no one heading the State Bank of Pakistan."
    )


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # under way is asked of what is set to happen: "will build" answers it
        ("is the nha putting up a dry port at sost?", "Yes, planned:"),
        ("are they building a dry port at sost", "Yes, planned:"),
        # only considered is no plan
        ("is the nha building a logistics park at gilgit?", "Not on record"),
    ],
)
def test_a_thing_under_way_is_answered_by_its_plan(
    seeds_dir: Path, tmp_path: Path, question: str, opening: str
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Dry port for Kazakh cargo\n\n"
        "ISLAMABAD: The National Highway Authority (NHA) will build a dry port at Sost for"
        " cargo from Kazakhstan at a cost of Rs2 billion, officials said on Monday. The"
        " authority is also considering a logistics park at Gilgit.\n",
        "APP",
        "2026-05-11",
    )
    assert engine.answer(question, TODAY).lead.startswith(opening)


def test_people_on_a_flight_are_its_passengers(seeds_dir: Path, tmp_path: Path) -> None:
    """ "How many ppl were on it" counts the passengers; "wheres" asks where."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "First Almaty-Quetta flight lands\n\n"
        "QUETTA: The first flight from Almaty landed at Quetta International Airport on"
        " Monday with 142 passengers on board, the airport manager said.\n",
        "APP",
        "2026-06-02",
    )
    answer = engine.answer("how many ppl were on the first almaty quetta flight", TODAY)
    assert not answer.not_on_record
    assert "142 passengers" in answer.lead
    assert engine.analyser.analyse("wheres the flight landing", TODAY).answer_type == "where"


def test_people_counted_by_country_are_those_the_statement_says(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "1,870 citizens of Pakistan were enrolled at Kazakh colleges" counts the Pakistani
    students asked for; "dormitories for 400 students" counts no one's students."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Colleges report enrolment\n\n"
        "ASTANA: According to the education ministry, 1,870 citizens of Pakistan were enrolled"
        " at Kazakh colleges this year. A new campus in Karaganda will have dormitories for"
        " 400 students.\n",
        "Kazinform",
        "2026-09-01",
    )
    enrolled = engine.answer("how many pakistani students are enrolled at kazakh colleges", TODAY)
    assert "1,870" in enrolled.lead
    studying = engine.answer("how many uzbek students are studying at kazakh colleges", TODAY)
    assert studying.not_on_record
    assert "400 students" not in studying.lead


def test_when_a_day_said_leads_before_its_month(seeds_dir: Path, tmp_path: Path) -> None:
    """Two statements of one signing, "on Monday" and "in May": the day leads, told however
    much of its sentence is cut; "the first scheduled passenger service" is a kind of
    service, no plan that makes the signing one."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Customs protocol signed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday signed a revised bus services agreement"
        " that allows operators of each country to run up to 14 coaches a week, clearing the"
        " way for the first scheduled non-stop passenger service between the two countries"
        " since the old road link through the Khyber Pass was closed to coaches many years ago."
        " Bekova signed the bus services agreement with Pakistan in Islamabad in May, officials"
        " said.\n",
        "APP",
        "2026-05-13",
    )
    question = "when was the new bus services agreement between pakistan and kazakhstan signed?"
    answer = engine.answer(question, TODAY)
    assert "11 May 2026" in answer.lead


def test_the_old_one_asked_beside_the_new_is_no_word_missing(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "... and how many did the old agreement allow": no article says "old", and the
    question is still answered, not refused for it."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Air transport agreement revised\n\n"
        "ASTANA: The revised air transport agreement allows the airlines of each country up to"
        " 10 flights a week. It replaces an agreement signed in 1998 that allowed only three"
        " flights a week.\n",
        "Kazinform",
        "2026-04-02",
    )
    question = (
        "how many flights a week does the new air transport agreement allow, and how many did"
        " the old agreement allow"
    )
    answer = engine.answer(question, TODAY)
    assert not answer.not_on_record
    assert "10 flights a week" in answer.lead


def test_a_plan_naming_a_place_in_passing_is_not_where_it_is_asked_to_be(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Is it being built in Astana?" of a dry port at Sost "for cargo from ... Astana": no
    "Yes" to the place asked."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Dry port for Kazakh cargo\n\n"
        "ISLAMABAD: The National Highway Authority (NHA) will build a dry port at Sost for"
        " cargo from Kazakhstan and Astana at a cost of Rs2 billion, officials said on Monday.\n",
        "APP",
        "2026-05-11",
    )
    answer = engine.answer("is the nha building a dry port in astana?", TODAY)
    assert not answer.lead.startswith("Yes")


def test_whose_thing_it_is_names_its_makers_not_the_occasion(engine: Engine) -> None:
    """ "Whose book was launched at the IPRI event": the book's makers, not the event."""
    answer = engine.answer("whose book was launched at the ipri event where kistafin spoke", TODAY)
    assert "RAND Corporation" in answer.lead


def test_an_office_no_one_on_record_holds_is_named_as_asked(engine: Engine) -> None:
    """ "Who was the federal secretary for communications at the meeting": the office said
    back whole, without the "at" that leads on to the occasion."""
    question = "who was the federal secretary for communications at the karabayev meeting"
    answer = engine.answer(question, TODAY)
    assert answer.lead == (
        "Not on record: the sources name no federal secretary for communications of that"
        " description."
    )


def test_who_met_someone_leads_with_a_statement_naming_him(engine: Engine) -> None:
    """ "Who met Jam Kamal Khan": the talks he held, not "Tokayev will also meet Zardari",
    a statement only of an occasion he was at."""
    answer = engine.answer("who met jam kamal khan", TODAY)
    assert "Jam Kamal Khan" in answer.lead
    assert "Shaqqaliev" in answer.lead


def test_a_plan_later_reported_in_effect_is_a_yes(seeds_dir: Path, tmp_path: Path) -> None:
    """A plan ("will be able to apply online") a later report says is now so ("can now
    obtain ... online") answers "is it so now" with yes, and the later report first, with the
    sentence before it that says since when."""
    question = "can pakistani traders now apply for a kazakh business visa online?"
    answers = []
    for stem, text, publisher, day in (
        (
            "plan",
            "Visa portal for Pakistani traders\n\nISLAMABAD: Pakistani traders will be able"
            " to apply online for a 90-day business visa to Kazakhstan, the Kazakh embassy"
            " said on Monday.\n",
            "Dawn",
            "2026-03-02",
        ),
        (
            "since",
            "Business visas go digital\n\nASTANA: Pakistan joined Kazakhstan's electronic visa"
            " system on July 1. Pakistani traders can now obtain a 90-day business visa online,"
            " the foreign ministry said.\n",
            "Kazinform",
            "2026-07-06",
        ),
    ):
        path = tmp_path / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        ingest(path, seeds_dir, publisher=publisher, date=day, today=TODAY)
        answers.append(Engine(build(seeds_dir)).answer(question, TODAY))
    planned, since = answers
    assert planned.lead.startswith("Not on record as done")
    assert since.lead.startswith("Yes.")
    assert "can now obtain" in since.lead
    assert "on July 1" in since.lead  # since when, in the sentence before


def test_a_thing_carried_partly_another_way_did_not_go_one_way_all_the_way(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """A leg by truck in the story of a train's load says it did not go by rail all the
    way ("so did ..." is still a yes/no question); asked only if it went by rail, that
    leg is no "No"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Cotton reaches Almaty\n\n"
        "ALMATY: The first cotton consignment from Multan reached Almaty on Monday. The"
        " train carried 40 containers of cotton bales to Termez, where the containers were"
        " moved onto trucks for the last leg by road.\n",
        "Kazinform",
        "2026-06-01",
    )
    whole = engine.answer("so did the first cotton consignment go by rail all the way?", TODAY)
    assert whole.lead.startswith("No.")
    assert "trucks" in whole.lead
    assert not engine.answer("did the cotton go by train?", TODAY).lead.startswith("No.")


def test_a_thing_no_article_names_is_missing_with_what_is_on_record_of_the_rest(
    engine: Engine,
) -> None:
    """ "What is the budget of the IPRI book launch": no budget is on record; the launch
    is, and is shown as only the closest."""
    answer = engine.answer("what is the budget of the IPRI book launch", TODAY)
    assert answer.not_on_record
    assert answer.lead.startswith("I don't have that: the sources say nothing about “budget”.")
    assert "book launch" in " ".join(answer.bullets)
    assert answer.sources == (S003,)
    # no fare, and the flights themselves only called for
    fare = engine.answer("what's the fare on the lahore flight", TODAY)
    assert fare.lead.startswith("I don't have that: the sources say nothing about “fare”.")
    assert "launch direct flights" in " ".join(fare.bullets)
    gold = engine.answer("what's the price of gold", TODAY)
    assert gold.not_on_record
    assert not gold.bullets


@pytest.mark.parametrize(
    ("question", "opening", "fact"),
    [
        # a thing the accord leaves out
        ("so the textile accord also covers carpets, right?", "No.", "not included"),
        # a term of the accord, though still to come
        ("is pakistan paying for the testing of the samples?", "Yes, agreed:", "bear the cost"),
        # one of several sources named
        ("did all the samples come from the faisalabad mills?", "No.", "Multan Mills"),
    ],
)
def test_what_an_accord_covers_and_agrees_is_checked_against_its_terms(
    seeds_dir: Path, tmp_path: Path, question: str, opening: str, fact: str
) -> None:
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Textile standards accord signed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday signed an accord on textile standards"
        " covering cotton yarn, towels and bed linen. Carpets are not included; they remain"
        " under a separate arrangement. Under the accord, the Pakistani side will bear the"
        " cost of testing the samples at its own laboratories. The first samples came from"
        " the Faisalabad Mills, the Multan Mills and the Karachi Mills.\n",
        "APP",
        "2026-05-04",
    )
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert fact in answer.lead


def test_what_someone_said_when_a_thing_was_done_is_their_words_in_its_story(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "What did Bhatti say when the accord was signed": his words in the story of the
    signing, a quotation running over two sentences and "he said" after his name, not the
    sentence that only names him among those present."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Spice standards accord signed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday signed an accord on spice standards in"
        " the presence of Federal Minister for Science and Technology Irfan Aslam Bhatti.\n\n"
        "The accord covers chilli, turmeric and cumin.\n\n"
        '"Our chilli is the best in Asia. From today our traders will not pay for tests'
        ' twice," Mr Bhatti said after the signing. He said exports could double.\n',
        "APP",
        "2026-05-04",
    )
    answer = engine.answer(
        "what did irfan aslam bhatti say when the spice accord was signed?", TODAY
    )
    assert "best in Asia" in answer.lead
    assert "twice" in answer.text
    assert "exports could double" in answer.text


def test_the_head_of_a_countrys_body_and_when_the_new_one_came(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Who heads Kazakhstan's committee for ...": its chairs, though their titles do not
    say whose it is; "who did she replace, and when" gives the date the sentence leaned on
    gives, however it is cut."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Standards board meets\n\n"
        "ASTANA: The first meeting of the joint standards board was held on Tuesday in"
        " Astana, attended by officials of both countries and a delegation of exporters from"
        " Sialkot, and was co-chaired by Aigul Temirkhanova, who was appointed chairperson of"
        " the Committee for Standards and Metrology on April 12. She succeeded Nurlan Abenov, who"
        " has since been appointed vice minister of trade.\n",
        "Kazinform",
        "2026-05-20",
    )
    head = engine.answer("who heads kazakhstan's committee for standards and metrology?", TODAY)
    assert head.lead.startswith("Aigul Temirkhanova — Chairperson of the Committee for Standards")
    then = engine.answer("who did she replace, and when did she take over?", TODAY, context=head)
    assert "Abenov" in then.lead
    assert "12 April 2026" in then.lead


def test_a_count_of_the_thing_named_leads_one_of_another_in_like_words(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "How many objects in the Gandhara exhibition in Astana": "148 Gandhara artefacts"
    (an artefact is an object), not the other show's "about 90 objects"."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Gandhara art to travel to Astana\n\n"
        "ISLAMABAD: Pakistan will lend 148 Gandhara artefacts to the National Museum in"
        " Astana for an exhibition this summer. In return, Kazakhstan will send an exhibition"
        " of Saka gold to Lahore. The exhibition, of about 90 objects, will open in October.\n",
        "APP",
        "2026-04-17",
    )
    answer = engine.answer("how many objects are in the gandhara exhibition in astana?", TODAY)
    assert "148 Gandhara artefacts" in answer.lead


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how many kazakhs came to the karachi forum?", "150 Kazakh businessmen"),
        ("how many pakistanis study in kazakhstan?", "1,000 Pakistani students"),
    ],
)
def test_a_countrys_people_are_counted_as_copy_counts_them(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert fact in answer.lead
    assert not engine.answer("how many kazakhs study in pakistan?", TODAY).lead.startswith(
        "Nearly"
    )


def test_a_thing_due_to_start_later_is_not_working_already(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Can exporters already pay through the channel?" "The channel is expected to become
    operational on January 15, 2027": no, though the reader's "send" is no word of it."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Banks sign payments link\n\n"
        "KARACHI: Habib Bank and Kaspi Bank on Monday signed an arrangement that will let"
        " exporters of the two countries settle payments directly. The channel is expected to"
        " become operational on January 15, 2027, once compliance checks are complete.\n",
        "Dawn",
        "2026-10-05",
    )
    answer = engine.answer(
        "can exporters already send payments through the habib-kaspi channel?", TODAY
    )
    assert answer.lead.startswith("No.")
    assert "January 15, 2027" in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "which ministry does abdul aleem khan head",
        # as a Kazakh "қай министрлікті басқарады" is read: the verb after, in the past
        "which ministry headed Abdul Aleem Khan Pakistan",
        "which minister is abdul aleem khan in pakistan",
    ],
)
def test_the_ministry_someone_heads_is_his_office(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(
        "Abdul Aleem Khan — Pakistan's Federal Minister for Communications"
    )


@pytest.mark.parametrize(
    "question",
    [
        "which kazakh minister did pakistan's commerce minister hold talks with during"
        " tokayev's visit?",
        # the occasion set first is read as where the question ends on it
        "During Tokayev's visit, which Kazakh minister did Pakistan's commerce minister hold"
        " talks with?",
    ],
)
def test_whom_someone_met_at_an_occasion_is_not_the_occasions_guest(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert "Arman Shaqqaliev" in answer.lead


def test_which_minister_someone_met_is_not_his_own_office(engine: Engine) -> None:
    answer = engine.answer("which minister did abdul aleem khan meet", TODAY)
    assert "Marat Karabayev" in answer.lead


def test_the_holder_of_an_office_in_a_year_is_told_as_the_sources_date_him(
    engine: Engine,
) -> None:
    """A year asked is when, not a word of the office; a year no source names him in is
    not on record, and he is given as of the newest source."""
    then = engine.answer("who was kazakhstan ambassador in 2025", TODAY)
    assert then.lead.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")
    before = engine.answer("who was kazakhstan ambassador in 2019", TODAY)
    assert before.not_on_record
    assert before.lead.startswith("Not on record for 2019. As of 27 May 2025: Yerzhan Kistafin")


@pytest.mark.parametrize(
    "question",
    [
        "does the chairmanship of the joint seed council pass between the two countries?",
        "does the chair of the joint seed council alternate between the two countries?",
    ],
)
def test_a_standing_arrangement_to_come_is_a_planned_yes(
    seeds_dir: Path, tmp_path: Path, question: str
) -> None:
    """ "Does the chair pass between the two countries?" "The council will be chaired ... and
    the chairmanship will then rotate annually": yes, as planned, though only the story says
    which council."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Joint seed council set up\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday set up a joint seed certification"
        " council of six members. The body will be chaired in its first year by the Pakistani"
        " side, and the chairmanship will then rotate annually between the two countries.\n",
        "Dawn",
        "2026-10-05",
    )
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith("Yes, planned:")
    assert "rotate annually" in answer.lead


def test_a_yes_may_lean_on_its_story_for_the_name_of_what_is_asked(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Will graduates of the joint institute get degrees from both universities?" "Graduates
    will receive dual degrees from NUST and ENU": yes; the institute is its story's."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Joint mining institute planned\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday agreed to set up a joint mining institute"
        " run by NUST and Satbayev University. Graduates will receive dual degrees from NUST and"
        " Satbayev University.\n",
        "Dawn",
        "2026-10-05",
    )
    answer = engine.answer(
        "will graduates of the mining institute get degrees from both universities?", TODAY
    )
    assert answer.lead.startswith("Yes.")
    assert "dual degrees" in answer.lead


def test_a_place_asked_is_checked_against_the_thing_in_other_words(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Is the joint campus going to be built in Astana?" "... an agreement to establish a
    joint campus in Islamabad": no, though the article says established, not built."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Joint campus agreed\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday signed an agreement to establish a joint"
        " veterinary campus in Islamabad.\n",
        "Dawn",
        "2026-10-05",
    )
    answer = engine.answer("is the joint veterinary campus going to be built in astana?", TODAY)
    assert answer.lead.startswith("No.")
    assert "in Islamabad" in answer.lead


def test_what_was_agreed_at_a_meeting_is_everything_its_story_says_was_agreed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "What did they agree at the first meeting of the fisheries group?" The sentence naming
    the meeting, kept to what it says was agreed, then what else the story says was agreed."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Fisheries group meets\n\n"
        "ISLAMABAD: Pakistan and Kazakhstan on Monday held the inaugural meeting of their Joint"
        " Working Group (JWG) on Fisheries and Aquaculture, agreeing to run a pilot sturgeon"
        " hatchery from Kotri barrage to Keti Bandar on the Indus delta under the FAO (food and"
        " agriculture) scheme, the commerce ministry said.\n\n"
        "Officials from both ministries attended the session.\n\n"
        "The meeting also agreed to exchange fish disease data every quarter.\n",
        "Dawn",
        "2026-10-05",
    )
    answer = engine.answer(
        "what did they agree at the first meeting of the joint working group on fisheries and"
        " aquaculture?",
        TODAY,
    )
    assert "sturgeon hatchery from Kotri" in answer.lead
    assert any("fish disease data" in b for b in answer.bullets)
