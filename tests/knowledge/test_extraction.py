"""Extraction: people with roles, dates and figures read out of news copy, merged with what is
known when a new article arrives, and offered for review with ``kb suggest``."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from knowledge import Engine, kbfile
from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.dates import PartialDate
from knowledge.extraction import RULES_FILE, Extractor, implicit_dates, load_rules, ordinals
from knowledge.format import figure_line
from knowledge.ingest import ingest
from knowledge.model import FigureKind, Sentence
from knowledge.records import DataError
from tests.knowledge.test_cli import briefbot

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_rules())


def _sentence(text: str) -> Sentence:
    return Sentence("new", 1, text)


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        # the body's country after "of"; its initials; two honorifics before the name
        (
            "It was attended by Chairman of Pakistan's Higher Education Commission (HEC) Prof"
            " Dr Asad Iqbal Ranjha.",
            "Asad Iqbal Ranjha",
            "Chairman of Pakistan's Higher Education Commission (HEC)",
            "Pakistan",
        ),
        # a portfolio of heritage and culture, and a name after it
        (
            "Federal Minister for National Heritage and Culture Nasreen Akhtar Bhutta"
            " witnessed the signing.",
            "Nasreen Akhtar Bhutta",
            "Federal Minister for National Heritage and Culture",
            "Pakistan",
        ),
        # a particle inside a name; an office of a department of museums
        (
            "It was signed by Dr Mahmood ul Hassan Gilani, Director General of the Department"
            " of Archaeology and Museums (DOAM).",
            "Mahmood ul Hassan Gilani",
            "Director General of the Department of Archaeology and Museums (DOAM)",
            None,
        ),
        # appointed "who was appointed", after "co-chaired by"; a body "for" its field; a
        # name before it, after "and", is no aside of hers
        (
            "It was chaired by Ayesha Qureshi, and co-chaired by Saltanat Bekmukhambetova, who"
            " was appointed chairperson of the Committee for Technical Regulation and"
            " Metrology on April 12.",
            "Saltanat Bekmukhambetova",
            "Chairperson of the Committee for Technical Regulation and Metrology",
            None,
        ),
        # the office of a body for a field, after the name, in lower case
        (
            "It was signed by Nurlan Zhaksylykov, chairman of the Committee for Technical"
            " Regulation and Metrology of Kazakhstan's Ministry of Trade, on Monday.",
            "Nurlan Zhaksylykov",
            "Chairman of the Committee for Technical Regulation and Metrology",
            None,
        ),
        # a body with its initials before the office
        (
            "It was signed by Higher Education Commission (HEC) Chairperson Dr Shahida Awan.",
            "Shahida Awan",
            "Higher Education Commission (HEC) Chairperson",
            None,
        ),
        # "assumed charge as MD PMDC": MD is the managing director; "Engr" is no name
        (
            "Engr Naveed Akhtar Rind assumed charge as MD PMDC on August 1, succeeding Engr "
            "Farrukh Saleem Abbasi, whose tenure ended on July 31.",
            "Naveed Akhtar Rind",
            "Managing Director PMDC",
            None,
        ),
        (
            "It was signed by PMDC Managing Director Engr Farrukh Saleem Abbasi.",
            "Farrukh Saleem Abbasi",
            "PMDC Managing Director",
            None,
        ),
        # the body named right before a title that names none of its own
        (
            "The flights are full, said Zhetisu Airways President Timur Abdrakhmanov.",
            "Timur Abdrakhmanov",
            "Zhetisu Airways President",
            None,
        ),
        (
            "Zhetisu Airways president and chief executive Timur Abdrakhmanov said fares fall.",
            "Timur Abdrakhmanov",
            "Zhetisu Airways President and Chief Executive",
            None,
        ),
        # a body named "X of <country>" before a title, read whole, not as the country's
        (
            "It was opened by State Bank of Pakistan Governor Dr Nadia Rehman in Astana.",
            "Nadia Rehman",
            "State Bank of Pakistan Governor",
            "Pakistan",
        ),
        # a body's office, what the body is set off by commas, then the name
        (
            "The chairman of Kazakh Tourism, the national company that promotes Kazakhstan "
            "abroad, Yerlan Mukashev, said 9,600 Pakistani tourists had visited.",
            "Yerlan Mukashev",
            "Chairman of Kazakh Tourism",
            "Kazakhstan",
        ),
        # the name, then the office in lower case of a body said with what it is
        (
            "The cut was announced by Dinara Abilkairova, chairperson of the national company "
            "Kazakh Tourism, during a roadshow.",
            "Dinara Abilkairova",
            "Chairperson of the National Company Kazakh Tourism",
            None,
        ),
        # appointed to the board of a body: the body's, not a bare board's
        (
            "On April 9, Dinara Abilkairova was appointed Chairperson of the Management Board "
            "of Kazakh Tourism.",
            "Dinara Abilkairova",
            "Chairperson of the Management Board of Kazakh Tourism",
            "Kazakhstan",
        ),
        # appointed, the name set off by commas after who he is to the story
        (
            "His predecessor, Yerzhan Kistafin, was appointed Deputy Minister of Foreign Affairs.",
            "Yerzhan Kistafin",
            "Deputy Minister of Foreign Affairs",
            None,
        ),
        (
            "Federal Minister for Communications Abdul Aleem Khan met the envoy.",
            "Abdul Aleem Khan",
            "Federal Minister for Communications",
            "Pakistan",
        ),
        (
            "Kazakhstan\u2019s Ambassador to Pakistan, Yerzhan Kistafin, said trade was growing.",
            "Yerzhan Kistafin",
            "Kazakhstan's Ambassador to Pakistan",
            "Kazakhstan",
        ),
        (
            "Hanif Abbasi, the federal minister for railways, said the line would be built.",
            "Hanif Abbasi",
            "Federal Minister for Railways",
            "Pakistan",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev arrived in Islamabad.",
            "Kassym-Jomart Tokayev",
            "Kazakh President",
            "Kazakhstan",
        ),
        (
            "Kazakhstan's Deputy Prime Minister and Foreign Minister, Murat Nurtleu, led it.",
            "Murat Nurtleu",
            "Kazakhstan's Deputy Prime Minister and Foreign Minister",
            "Kazakhstan",
        ),
        (
            "Minister for Trade and Integration Arman Shaqqaliev held talks.",
            "Arman Shaqqaliev",
            "Minister for Trade and Integration",
            None,
        ),
        (  # the people listed after "on the Pakistani side" are Pakistan's
            "On the Pakistani side, Minister for Railways Hanif Abbasi took part.",
            "Hanif Abbasi",
            "Minister for Railways",
            "Pakistan",
        ),
        (  # the country after the portfolio, in the long form
            "Minister of Trade and Integration of the Republic of Kazakhstan Daniyar Amanbayev"
            " held a meeting.",
            "Daniyar Amanbayev",
            "Minister of Trade and Integration of the Republic of Kazakhstan",
            "Kazakhstan",
        ),
        (
            "He met the Ambassador Extraordinary and Plenipotentiary of the Islamic Republic of"
            " Pakistan to Kazakhstan Sabeen Rahman.",
            "Sabeen Rahman",
            "Ambassador Extraordinary and Plenipotentiary of the Islamic Republic of Pakistan to"
            " Kazakhstan",
            "Pakistan",
        ),
        (  # lower case after a country; "new" says when, not which office
            "Kazakhstan's new ambassador to Pakistan, Serik Temirbolat, says so.",
            "Serik Temirbolat",
            "Kazakhstan's Ambassador to Pakistan",
            "Kazakhstan",
        ),
        (  # an office copy writes in lower case, then "of" its body
            "From the Pakistani side, the new chief executive officer of Pakistan Railways,"
            " Mr. Khurram Niazi, took part in the event.",
            "Khurram Niazi",
            "Chief Executive Officer of Pakistan Railways",
            "Pakistan",
        ),
        (  # the same, "of" a body copy describes in lower case after its country
            "The chairman of Kazakhstan's national railway company, Talgat Aldybergenov,"
            " arrived in Islamabad on Sunday.",
            "Talgat Aldybergenov",
            "Chairman of Kazakhstan's National Railway Company",
            "Kazakhstan",
        ),
        (  # the office of a body the story named before, after the body's possessive
            "According to the committee's chairman, Yerbol Kassymov, the route is the second.",
            "Yerbol Kassymov",
            "Chairman of the Committee",
            None,
        ),
        (  # the name first, the office after it in lower case, of a body named by initials
            "It was signed by Ruslan Ismailov, chief executive officer of KTZ Express, on Monday.",
            "Ruslan Ismailov",
            "Chief Executive Officer of KTZ Express",
            None,
        ),
        (  # the office of a body's board: "of the management board of KTZ"
            '"The route works," said Aidar Zhakupov, chairman of the management board of KTZ.',
            "Aidar Zhakupov",
            "Chairman of the Management Board of KTZ",
            None,
        ),
        (  # the name before it, where a body, no name, follows the body's aside
            "The meeting was attended by Marat Sultangaziyev, chairman of the management board"
            " of Kazakhstan Temir Zholy (KTZ), the national railway company of Kazakhstan,"
            " Pakistan Railways and senior officials.",
            "Marat Sultangaziyev",
            "Chairman of the Management Board of Kazakhstan Temir Zholy",
            "Kazakhstan",
        ),
        (  # a military rank before the name is no part of it
            "It was signed by Maj Gen Asif Raza Kazmi, director general of the NLC.",
            "Asif Raza Kazmi",
            "Director General of the NLC",
            None,
        ),
        (
            "He met the chairman of the National Highway Authority, Shahzad Ahmed Bhatti.",
            "Shahzad Ahmed Bhatti",
            "Chairman of the National Highway Authority",
            None,
        ),
        (
            "Also present was the chairman of the management board of Kazakhstan Temir Zholy"
            " (KTZ), Daniyar Kuanyshev.",
            "Daniyar Kuanyshev",
            "Chairman of the Management Board of Kazakhstan Temir Zholy (KTZ)",
            "Kazakhstan",  # the body's name says whose it is
        ),
        (
            "Daniyar Amanbayev was appointed Minister of Trade and Integration on 3 March.",
            "Daniyar Amanbayev",
            "Minister of Trade and Integration",
            None,
        ),
        # two portfolios joined; taking over an office; posted elsewhere in one
        (
            "Farhan Ali Junejo, Pakistan's trade and investment counsellor in Almaty, said so.",
            "Farhan Ali Junejo",
            "Pakistan's Trade and Investment Counsellor in Almaty",
            "Pakistan",
        ),
        (
            "Mehwish Tariq, who took over as Pakistan's trade and investment counsellor in "
            "Almaty on September 1, said the embassy had taken up the matter.",
            "Mehwish Tariq",
            "Pakistan's Trade and Investment Counsellor in Almaty",
            "Pakistan",
        ),
        (
            "Her predecessor, Farhan Ali Junejo, has been posted to Tashkent as trade and "
            "investment counsellor.",
            "Farhan Ali Junejo",
            "Trade and Investment Counsellor in Tashkent",
            None,
        ),
        # an office served in, told after an aside
        (
            "Kistafin, a career diplomat, served as Kazakhstan's ambassador to Pakistan until "
            "January.",
            "Kistafin",
            "Kazakhstan's Ambassador to Pakistan",
            "Kazakhstan",
        ),
        # members of parliament as copy titles them
        (
            "The delegation is led by the head of the friendship group, Deputy Yerlan "
            "Sarsenbayev.",
            "Yerlan Sarsenbayev",
            "Deputy",
            None,
        ),
        (
            "The talks were chaired by MNA Shazia Akram Chaudhry.",
            "Shazia Akram Chaudhry",
            "MNA",
            None,
        ),
        # an office held by many is no name: "Deputy Ministers of Energy"
        (
            "Officials including Deputy Ministers of Energy and Minister Ali Khan attended.",
            "Ali Khan",
            "Minister",
            None,
        ),
        # a place before the name is no name with an aside
        (
            "His predecessor in Islamabad, Yerzhan Kistafin, was appointed Deputy Minister of "
            "Foreign Affairs.",
            "Yerzhan Kistafin",
            "Deputy Minister of Foreign Affairs",
            None,
        ),
        # appointed after an aside whose last words are a body, not the one named
        (
            "Askar Temirbekov, currently head of international projects at Zhasyl Qazaq, has "
            "been named chief executive officer of the joint venture.",
            "Askar Temirbekov",
            "Chief Executive Officer",
            None,
        ),
        # "who has been named", with the body of a board
        (
            "Utepova replaces Askar Temirbekov, who has been named deputy chairman of the "
            "management board of Zhasyl Qazaq Energy.",
            "Askar Temirbekov",
            "Deputy Chairman of the Management Board of Zhasyl Qazaq Energy",
            None,
        ),
        # a body appointing someone as its officer
        (
            "Steppe-Indus Solar, the joint venture of two energy firms, has appointed Dana "
            "Utepova as its chief executive officer.",
            "Dana Utepova",
            "Chief Executive Officer of Steppe-Indus Solar",
            None,
        ),
        # a body after "of" holds no name without a comma before it
        (
            '"It should be there by August 28," said Farhan Saleem Khattak, managing director '
            "of Indus Gas Marketing (Private) Limited.",
            "Farhan Saleem Khattak",
            "Managing Director of Indus Gas Marketing",
            None,
        ),
        # a division of a ministry in brackets; a body's name run together
        (
            "Federal Minister for Energy (Power Division) Mian Shahid Hayat Warraich spoke.",
            "Mian Shahid Hayat Warraich",
            "Federal Minister for Energy (Power Division)",
            "Pakistan",
        ),
        (
            "The contract was signed by OntustikGasTrade general director Yerbol Kassymov.",
            "Yerbol Kassymov",
            "OntustikGasTrade General Director",
            None,
        ),
    ],
)
def test_a_name_with_its_title_in_each_way_copy_writes_it(
    extractor: Extractor, text: str, name: str, title: str, country: str | None
) -> None:
    found = extractor.roles(_sentence(text))
    assert [(m.name, m.title, m.country) for m in found] == [(name, title, country)]
    assert found[0].quote.text in text  # verbatim, so kb check proves it


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The Pakistani side was led by Additional Secretary (Commerce) Ayesha Farooq Malik, "
            "while Kazakhstan was represented by Vice Minister of Trade Asset Mukhamedzhanov.",
            {"Ayesha Farooq Malik": "Pakistan", "Asset Mukhamedzhanov": "Kazakhstan"},
        ),
        (
            "It was signed by Fauji Foundation managing director Saqib Rafiq and Pakistan "
            "Railways chief executive officer Naveed Akhtar Siddiqui.",
            {"Saqib Rafiq": None, "Naveed Akhtar Siddiqui": "Pakistan"},
        ),
    ],
)
def test_each_side_and_lower_case_offices(
    extractor: Extractor, text: str, people: dict[str, str | None]
) -> None:
    """Each name takes the side named nearest before it; an office in lower case after its
    body ("managing director") is an office."""
    assert {m.name: m.country for m in extractor.roles(_sentence(text))} == people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "PM&DC Registrar Dr Tariq Mehmood Bhutta said only 41 per cent had passed.",
            "Tariq Mehmood Bhutta",
            "PM&DC Registrar",
        ),
        (
            "In a statement, Embassy Counsellor Dinara Abenova said the figures were mixed.",
            "Dinara Abenova",
            "Embassy Counsellor",
        ),
    ],
)
def test_a_body_by_its_initials_and_embassy_offices(
    extractor: Extractor, text: str, name: str, title: str
) -> None:
    """A body's initials before an office are part of the title; registrars and counsellors
    hold offices as ministers do."""
    assert [(m.name, m.title) for m in extractor.roles(_sentence(text))] == [(name, title)]


def test_those_in_someones_company_are_of_that_persons_country(extractor: Extractor) -> None:
    text = (
        "Kazakh Foreign Minister Murat Nurtleu was accompanied by Minister of Transport "
        "Nurlan Sauranbayev; Minister for Railways Hanif Abbasi received them."
    )
    found = {m.name: m.country for m in extractor.roles(_sentence(text))}
    assert found == {  # in his company up to the end of the clause, and no further
        "Murat Nurtleu": "Kazakhstan",
        "Nurlan Sauranbayev": "Kazakhstan",
        "Hanif Abbasi": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Trade met traders in Karachi.",  # an office, nobody named
        "The Business Forum in Lahore drew 500 people.",
        "Prime Minister House was decorated.",
        # a body's name after "of the": "Logistics Cell" is no man
        "He met the director general of the National Logistics Cell (NLC) in Karachi.",
    ],
)
def test_no_person_where_copy_names_none(extractor: Extractor, text: str) -> None:
    assert extractor.roles(_sentence(text)) == []


@pytest.mark.parametrize(
    ("text", "back"),
    [
        # opening on an occasion told of before, whatever kind of event the sentence names
        ("During his stay, Mr Aldybergenov will hold talks with the minister.", True),
        ("During the visit, the two sides signed three agreements.", True),
        # an occasion named with whose it is, and an exchange told of later in the sentence
        (
            "They will finalise it during the state visit of President Tokayev on November 3,"
            " when the leaders also witnessed the exchange of more than two dozen agreements.",
            False,
        ),
    ],
)
def test_a_sentence_opening_on_an_occasion_told_before_points_back_to_it(
    extractor: Extractor, text: str, back: bool
) -> None:
    found = extractor.events(Sentence("new", 5, text), PartialDate(2026, 10, 12))
    assert found is not None
    assert found.back is back


@pytest.mark.parametrize(
    ("text", "number", "kind", "status", "date"),
    [
        (
            "Speaking at a book launch hosted by IPRI, he praised it.",
            2,
            "conference",
            "took_place",
            "2025-05",
        ),
        (
            "In his State of the Nation address on September 8, he named Pakistan.",
            6,
            "address",
            "took_place",
            "2024-09-08",  # the last 8 September before a story of 27 May 2025
        ),
        (
            "The 8th Congress of Leaders of World and Traditional Religions met in Astana.",
            9,
            "conference",
            "took_place",
            None,
        ),
        (
            "The first meeting of the Joint Working Group on IT was held in Islamabad.",
            9,
            "meeting",
            "took_place",
            None,
        ),
        (
            "Ties grew as preparations advance for the state visit in November.",
            3,
            "visit",
            "planned",
            "2025-11",
        ),
        (
            "The minister expressed his willingness to visit Kazakhstan.",
            9,
            "visit",
            "planned",
            None,
        ),
        (
            "The business forum was postponed to September 15-16.",
            9,
            "forum",
            "planned",
            "2025-09-15/16",
        ),
        # the date it was put off to, not the one it was set for
        (
            "The Days of Kazakh Culture, a festival that was to be held from June 16 to 22,"
            " have been postponed to September.",
            9,
            "festival",
            "planned",
            "2025-09",
        ),
        # a wish and an honour are no events
        ("He stressed the need to launch direct flights from Lahore.", 9, None, None, None),
        ("Professor Haq received the title of Ambassador of Goodwill.", 9, None, None, None),
        # documents of an occasion told before, named by it: no signing, nor that visit
        (
            "The ambassador said he would work to implement the 15 agreements and memoranda"
            " of understanding signed during the state visit.",
            9,
            None,
            None,
            None,
        ),
        # done, whatever the next clause plans: not a signing next Wednesday
        (
            "Pakistan and Kazakhstan on Wednesday signed 11 agreements at the close of the"
            " 31st session of their Intergovernmental Joint Commission, agreeing to open"
            " talks on a preferential trade agreement early next year.",
            1,
            "commission",
            "took_place",
            "2025-05-21",
        ),
        # signed, done: a plan in the relative clause after it is the arrangement's
        (
            "The two banks on Tuesday signed an arrangement that will let traders settle"
            " payments directly.",
            1,
            "signing",
            "took_place",
            "2025-05-27",  # a Tuesday: the story's own day
        ),
        # "by 2029" is the trade target's, in a clause of its own
        (
            "The signing came two months after the 31st session of the Intergovernmental"
            " Joint Commission in Islamabad, where both sides agreed to raise trade to $1"
            " billion by 2029.",
            9,
            "commission",
            "took_place",
            None,
        ),
        # a named occasion is dated by the date after its own words, not an earlier clause's
        (
            "The run was agreed in February during the visit of the minister and was"
            " endorsed at the 31st session of the Intergovernmental Joint Commission in"
            " Islamabad in April.",
            9,
            "commission",
            "took_place",
            "2025-04",
        ),
        # a sentence opening on "The two-day session" is the story's session
        (
            "The two-day session, held in the federal capital on 15 and 16 May, was"
            " co-chaired by the ministers.",
            2,
            "commission",
            "took_place",
            "2025-05-15/16",
        ),
    ],
)
def test_events_are_read_with_their_kind_status_and_date(
    extractor: Extractor,
    text: str,
    number: int,
    kind: str | None,
    status: str | None,
    date: str | None,
) -> None:
    """The date of an undated event in a story's first two sentences is the story's month:
    news reports what has just happened."""
    found = extractor.events(Sentence("new", number, text), PartialDate(2025, 5, 27))
    if kind is None:
        assert found is None
        return
    assert found is not None
    assert (found.kind, found.status.value) == (kind, status)
    assert (found.date.iso() if found.date else None) == date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The talks were held on Tuesday.", "2026-02-04", "2026-02-03"),
        ("The leaders met on Wednesday.", "2026-02-04", "2026-02-04"),  # the day of the copy
        ("Flights will be launched next month.", "2026-10-22", "2026-11"),
        ("It will be held in Astana on 3 and 4 March.", "2026-10-22", "2027-03-03/04"),
        ("It was held on 15-16 September in Lahore.", "2026-09-17", "2026-09-15/16"),
        ("The first flight is scheduled for 15th January 2027.", "2026-11-18", "2027-01-15"),
        ("He will visit Pakistan in Nov this year.", "2025", "2025-11"),
        ("The delegation arrived last week.", "2026-02-18", "2026-02"),
        ("The talks were held on Tuesday.", "2025-11", None),  # which Tuesday of November?
        ("The forum was held in March.", None, None),  # which March?
        # months of one year, however joined: that year, no one month of it
        ("Visas issued from January to August 2026 reached 9,870.", "2026-09-29", "2026"),
        ("Visas issued in January-August 2026 reached 9,870.", "2026-09-29", "2026"),
    ],
)
def test_dates_are_resolved_against_the_article_keeping_their_precision(
    extractor: Extractor, text: str, published: str | None, expected: str | None
) -> None:
    base = PartialDate.parse(published) if published else None
    future = "will" in text
    found = extractor.date(text, base, future=future)
    assert (found.iso() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trade reached $1.5bn in exports last year.", 1.5e9, "USD"),  # the scale attached
        ("Exports fell to $97.96m from a year earlier.", 97.96e6, "USD"),
        ("The bank lent Rs5 billion to exporters.", 5e9, "PKR"),
        ("The fund committed €40 million to the plant.", 40e6, "EUR"),
        ("Investment of 1.2 billion tenge in the terminal was approved.", 1.2e9, "KZT"),
        ("The import from Pakistan reached 164.4 million dollars.", 164.4e6, "USD"),  # no "rs"
        ("Kinnow exports fetched Rs 4.5 billion last season.", 4.5e9, "PKR"),
        ("The fee for a single-entry e-visa will be 50 US dollars.", 50, "USD"),
    ],
)
def test_money_keeps_its_scale_and_currency_as_copy_writes_them(
    extractor: Extractor, text: str, value: float, unit: str
) -> None:
    [figure] = extractor.figures(_sentence(text), None)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # each figure its own clause's date: "last year" is the compared figure's
        (
            "Exports rose to $182 million during July-April of FY2025-26, compared with"
            " $153.7 million in the same period last year.",
            [None, "2025"],  # months of two years: no one month or year
        ),
        ("In March 2026, trade reached $300 million, up 12 percent.", ["2026-03", "2026-03"]),
        ("Trade reached $300 million.", ["2026-06-12"]),  # the article's date
    ],
)
def test_a_figure_is_dated_by_its_own_clause(
    extractor: Extractor, text: str, dates: list[str | None]
) -> None:
    figures = extractor.figures(_sentence(text), PartialDate(2026, 6, 12))
    assert [f.date.iso() if f.date else None for f in figures] == dates


def test_a_figure_keeps_the_clause_that_compares_it(extractor: Extractor) -> None:
    """A reader asking "and is that up?" needs the comparison the copy gives the figure; the
    year compared with dates neither figure."""
    text = (
        "He said Kazakh consulates issued 9,840 visas to Pakistani citizens in January-August"
        " 2026, 46 percent more than in the same period last year."
    )
    figures = extractor.figures(_sentence(text), PartialDate(2026, 9, 15))
    assert [figure_line(f) for f in figures] == [
        "46 percent more than in the same period last year",
        "9,840 visas to Pakistani citizens in January-August 2026, 46 percent more than in the"
        " same period last year",
    ]
    assert [f.date for f in figures] == [PartialDate(2026), PartialDate(2026)]


def test_a_count_keeps_whose_it_is(extractor: Extractor) -> None:
    """ "1,400 Pakistani students", as the curated layer writes it: not Kazakh students."""
    text = "Some 1,400 Pakistani students are now enrolled at Kazakh universities."
    [figure] = extractor.figures(_sentence(text), PartialDate(2026, 11, 24))
    assert (figure.value, figure.unit) == (1400, "Pakistani students")


def test_a_day_before_a_comma_counts_nothing(extractor: Extractor) -> None:
    """ "Since Sept. 1, Pakistani citizens": the 1 is a day, not one citizen; "1,000 visas"
    keeps its thousands."""
    text = "Since Sept. 1, Pakistani citizens have received 1,000 visas."
    figures = extractor.figures(_sentence(text), PartialDate(2026, 11, 24))
    assert [f.value for f in figures] == [1000]


def test_a_day_after_its_month_counts_nothing(extractor: Extractor) -> None:
    """ "From June 1 citizens of Pakistan will ...": the 1 is a day, not one citizen."""
    text = "From June 1 citizens of Pakistan will be able to obtain 30-day e-visas online."
    figures = extractor.figures(_sentence(text), PartialDate(2030, 3, 20))
    assert all(f.value != 1 for f in figures)


def test_what_a_figure_measures_ends_where_a_phrase_ends(extractor: Extractor) -> None:
    text = (
        "Exports grew 18.4% in the first ten months of the current fiscal year of the"
        " federation of all the member states, officials said."
    )
    [figure] = extractor.figures(_sentence(text), PartialDate(2026, 6, 12))
    # twelve words at most, cut back to the last whole phrase: never "... of the current"
    assert figure.measures == "Exports grew … in the first ten months of the current fiscal year"


def test_a_share_measures_what_comes_before_it_over_the_months_it_covers(
    extractor: Extractor,
) -> None:
    text = "The Kazakh side noted that bilateral trade for January-August 2026 rose by 18 percent."
    [figure] = extractor.figures(_sentence(text), PartialDate(2026, 10, 22))
    assert figure_line(figure) == "bilateral trade for January-August 2026 rose by 18 percent"
    assert figure.date == PartialDate(2026)  # eight months: the year, no finer


def test_a_figure_keeps_what_it_measures_and_whether_it_is_an_aim(extractor: Extractor) -> None:
    text = (
        "Exports to Kazakhstan fell 47.12 percent to $97.96 million in FY25, far from the "
        "target of $1 billion, while 20 million tonnes of freight a year are expected."
    )
    figures = {(f.value, f.unit): f for f in extractor.figures(_sentence(text), None)}
    assert set(figures) == {
        (47.12, "percent"),
        (97_960_000, "USD"),
        (1_000_000_000, "USD"),
        (20_000_000, "tonnes"),
    }
    assert figures[(1_000_000_000, "USD")].kind is FigureKind.TARGET
    assert figures[(97_960_000, "USD")].kind is FigureKind.ACTUAL
    assert figures[(20_000_000, "tonnes")].measures.startswith("of freight a year")
    # an aim is what leads up to the number in its clause, or names it right after
    for text, kind in [
        ("He put trade at $250 million when he announced the target.", FigureKind.ACTUAL),
        ("Trade of $250 million did not reflect the real potential.", FigureKind.ACTUAL),
        ("They agreed a $1 billion target for trade.", FigureKind.TARGET),
    ]:
        [figure] = extractor.figures(_sentence(text), None)
        assert figure.kind is kind, text
    # a number at the end of its clause measures what comes before it
    [share] = extractor.figures(_sentence("Imports from the region grew 31.6 percent."), None)
    assert figure_line(share) == "Imports from the region grew 31.6 percent"


def test_quoted_dates_show_the_day_they_stand_for() -> None:
    found = implicit_dates("Flights will start next month.", PartialDate(2026, 10, 22))
    assert [(words, day.human()) for words, day in found] == [("next month", "November 2026")]
    # 26 October to 1 November: nothing finer than the year the report already gives
    assert implicit_dates("They will meet next week.", PartialDate(2026, 10, 22)) == ()
    # a span of months names no month: Pakistan's July-June fiscal year is not July 2026
    fiscal = "the difference between Pakistan's July\u2013June fiscal year and the calendar year"
    assert implicit_dates(fiscal, PartialDate(2026, 9, 11)) == ()
    # agreed on Wednesday, for the next session: the Wednesday before a Thursday's report
    agreed = "They agreed on Wednesday a calendar including the next session."
    [(_, day)] = implicit_dates(agreed, PartialDate(2026, 10, 22))
    assert day.human() == "21 October 2026"
    # signed on Tuesday, though what it signed "will let" traders do more: the Tuesday before
    signed = "The banks on Tuesday signed an arrangement that will let traders pay directly."
    [(_, day)] = implicit_dates(signed, PartialDate(2026, 10, 8))
    assert day.human() == "6 October 2026"
    # "is to leave in August", in July's copy: the August ahead; "agreed to run it in June",
    # in April's: that June
    leaving = "The next train is to leave Karachi for Almaty in August."
    assert [d.human() for _, d in implicit_dates(leaving, PartialDate(2030, 7, 3))] == [
        "August 2030"
    ]
    run = "They on Wednesday agreed to run the first container train in June."
    assert implicit_dates(run, PartialDate(2030, 4, 11))[0][1].human() == "June 2030"
    # appointed on May 27, replacing one "who moved to the Ministry": the May just passed
    appointed = "He was appointed on May 27, replacing X, who moved to the Ministry of Transport."
    [(_, day)] = implicit_dates(appointed, PartialDate(2030, 7, 3))
    assert day.human() == "27 May 2030"
    # a plan told as of before: its day and month nearest the copy, the March ahead
    moved = "The talks that were to take place on March 3-4 were moved to April 13-14."
    found = implicit_dates(moved, PartialDate(2027, 2, 24))
    assert [d.human() for _, d in found] == ["3–4 March 2027", "13–14 April 2027"]
    # no plan: what was done on a day named without a year is the one before the copy
    [(_, day)] = implicit_dates("They met on March 3.", PartialDate(2027, 2, 24))
    assert day.human() == "3 March 2026"
    # what runs from a day or month on: the one nearest the copy, here ahead
    cut = "The deal cuts port charges by half from March 1."
    assert implicit_dates(cut, PartialDate(2027, 2, 24))[0][1].human() == "1 March 2027"
    flights = "Mr Dar welcomed the announcement of direct flights from the end of March."
    assert implicit_dates(flights, PartialDate(2027, 1, 21))[0][1].human() == "March 2027"
    # what someone hoped "would be operating by December": the December ahead
    hoped = "He hoped the office would be operating by December."
    assert implicit_dates(hoped, PartialDate(2027, 8, 10))[0][1].human() == "December 2027"
    # the end of a span run from a day: the one nearest the copy, not a year back
    runs = "The troupe performs at the Alhamra Arts Council from Sept. 30 to Oct. 2."
    found = implicit_dates(runs, PartialDate(2027, 9, 30))
    assert [d.human() for _, d in found] == ["30 September 2027", "2 October 2027"]
    # agreed on Tuesday to hold talks later: the Tuesday before
    agreed = "The ministers on Tuesday agreed to hold the next round in Astana on 3 and 4 March."
    found = implicit_dates(agreed, PartialDate(2027, 1, 21))
    assert sorted(d.human() for _, d in found) == ["19 January 2027", "3–4 March 2027"]
    # a clause of its own that is ahead stays ahead
    held = "The ministers, who met on Monday, said talks will be held on Friday."
    found = implicit_dates(held, PartialDate(2026, 10, 8))
    assert [(w, d.human()) for w, d in found] == [
        ("on Monday", "5 October 2026"),
        ("on Friday", "9 October 2026"),
    ]
    # a plan told as past is in the past: "earlier scheduled to be held on 10th November"
    called_off = "It was earlier scheduled to be held on 10th November, and had been cancelled."
    [(_, day)] = implicit_dates(called_off, PartialDate(2026, 11, 18))
    assert day.human() == "10 November 2026"
    # "the last week of January" is a week of January, not the week before the report
    forum = "A forum will be held in Lahore in the last week of January."
    found = implicit_dates(forum, PartialDate(2026, 10, 22))
    assert [(words, day.human()) for words, day in found] == [("January", "January 2027")]
    # what is scheduled is ahead, however the plan is worded
    prepared = "The second meeting is being prepared and is scheduled for April in Almaty."
    [(_, day)] = implicit_dates(prepared, PartialDate(2026, 2, 17))
    assert day.human() == "April 2026"
    # a day named just before the copy is that day, though the sentence speaks of what is
    # to come: "will launch ... next year, officials said at a meeting on June 10"
    met = "They will launch a scholarship programme, officials said at a meeting on June 10."
    [(_, day)] = implicit_dates(met, PartialDate(2026, 6, 11))
    assert day.human() == "10 June 2026"
    # a plan, or a month something is prepared "for", is ahead: not the March before
    prepared = "He said the embassy was preparing a business forum in Lahore for March."
    [(_, day)] = implicit_dates(prepared, PartialDate(2026, 1, 14))
    assert day.human() == "March 2026"
    [(_, day)] = implicit_dates("The forum was held in March.", PartialDate(2026, 1, 14))
    assert day.human() == "March 2025"
    # and a day further back is the one ahead, as the future tense says
    [(_, day)] = implicit_dates(met.replace("June 10", "May 10"), PartialDate(2026, 6, 11))
    assert day.human() == "10 May 2027"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [("3", "offices: must be a list"), ("chief executive", "offices: must be capitalised")],
)
def test_a_bad_rules_file_fails_naming_file_and_key(
    tmp_path: Path, entry: str, problem: str
) -> None:
    bad = tmp_path / "extraction.yaml"
    text = RULES_FILE.read_text(encoding="utf-8").replace("  - CEO\n", f"  - {entry}\n")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=rf"extraction\.yaml: {problem}"):
        load_rules(bad)


LATER = (
    "Kazakh transport minister meets railway officials\n\n"
    "ISLAMABAD, Feb 4 (APP): President Kassym-Jomart Tokayev arrived in Islamabad on Tuesday "
    "for a two-day state visit, and held talks with Prime Minister Shehbaz Sharif on "
    "Wednesday. Kazakhstan's Minister of Transport Nurlan Sauranbayev, who accompanied the "
    "president, met Minister for Railways Hanif Abbasi. Sauranbayev said 1,300 kilometres "
    "of new railway lines would be built by 2029.\n"
)


TUNING_ARTICLES = Path(__file__).parents[1] / "eval" / "articles" / "tuning"


MINISTERS = TUNING_ARTICLES / "t2_app_kazakh_ministers_sep2025.txt"


@pytest.fixture
def ministers(seeds_dir: Path) -> Engine:
    """The seeds with a tuning article on a ministerial visit, through the real ingest path."""
    _, kb = ingest(MINISTERS, seeds_dir, publisher="APP", date="2025-09-09", today=TODAY)
    return Engine(kb)


def test_a_body_before_its_office_names_no_occasion(extractor: Extractor) -> None:
    """ "Signed by Higher Education Commission (HEC) Chairperson X": a signing, not one
    called "Higher Education Commission"."""
    text = "The agreement was signed by Higher Education Commission (HEC) Chairperson Dr Awan."
    found = extractor.events(_sentence(text), PartialDate(2031, 3, 12))
    assert found is not None
    assert (found.kind, found.name) == ("signing", None)


def test_an_occasion_numbered_in_words_is_named_by_its_body(extractor: Extractor) -> None:
    text = (
        "Kazakhstan and Pakistan held the first meeting of their Joint Working Group on"
        " Agriculture in Astana on Friday and agreed on a roadmap for trade in grain."
    )
    found = extractor.events(_sentence(text), PartialDate(2026, 12, 7))
    assert found is not None
    assert found.name == "First meeting of the Joint Working Group on Agriculture"


def test_an_article_about_several_events_is_about_the_one_its_lede_reports(
    ministers: Engine,
) -> None:
    """Its sentences involve the lede's people though they do not name them: the ministers
    "on the Pakistani side" answer whom Nurtleu's delegation met, not his own delegation."""
    assert len(ministers.kb.events_reported_in[MINISTERS.stem]) > 2
    answer = ministers.answer("who took part from the pakistani side in nurtleu's talks?", TODAY)
    lead = answer.text.splitlines()[0]
    assert "Hanif Abbasi" in lead
    assert MINISTERS.stem in answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "when did karabayev lose his job?",
        "who replaced karabayev?",
        "who succeeded karabayev as transport minister?",
    ],
)
def test_a_change_of_office_is_found_in_its_own_words(ministers: Engine, question: str) -> None:
    answer = ministers.answer(question, TODAY)
    assert "relieving Marat Karabayev of the transport portfolio" in answer.text.splitlines()[0]


def test_a_sentence_that_leans_on_the_one_before_is_quoted_with_it(ministers: Engine) -> None:
    """ "Tokayev appointed him on June 30": whom, the sentence before says."""
    lead = ministers.answer("who replaced karabayev?", TODAY).text.splitlines()[0]
    assert lead.startswith("\u201cThe transport minister, Nurlan Sauranbayev, was making")
    assert "appointed him on June 30" in lead


CALENDAR = TUNING_ARTICLES / "t4_kazinform_upcoming_events.txt"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (  # "on 3 and 4 March": both days
            "when is the next intergovernmental commission?",
            "14th session of the Kazakhstan-Pakistan Intergovernmental Commission — planned for "
            "3\u20134 March 2027",
        ),
        # no one named, but the place and date of a known (proposed) forum: its date
        ("when is the next business forum?", "Business Forum in Lahore"),
    ],
)
def test_the_next_event_is_the_one_still_to_come(
    seeds_dir: Path, question: str, lead: str
) -> None:
    _, kb = ingest(CALENDAR, seeds_dir, publisher="Kazinform", date="2026-10-22", today=TODAY)
    first = Engine(kb).answer(question, TODAY).text.splitlines()[0]
    assert first.startswith(lead)
    assert "2027" in first


def test_a_sentence_about_an_event_in_the_one_before_is_found_and_dated_by_it(
    seeds_dir: Path,
) -> None:
    """ "It is expected to be co-chaired by ...": the session the sentence before announces,
    still to come, so ahead of the session held in 2025."""
    _, kb = ingest(CALENDAR, seeds_dir, publisher="Kazinform", date="2026-10-22", today=TODAY)
    answer = Engine(kb).answer("who will co-chair the next commission session?", TODAY)
    lead = answer.text.splitlines()[0]
    assert lead.startswith("\u201cThe 14th session")
    assert "Ahad Cheema" in lead


def test_a_span_of_months_is_not_news_of_its_first_month(seeds_dir: Path) -> None:
    """ "bilateral trade for January-August 2026 rose by 18 percent" happened in no one
    month of them."""
    _, kb = ingest(CALENDAR, seeds_dir, publisher="Kazinform", date="2026-10-22", today=TODAY)
    answer = Engine(kb).answer("what happened in january 2026?", TODAY)
    assert answer.text.startswith("Not on record: nothing dated January 2026")


def test_one_persons_first_name_and_anothers_surname_is_nobody(ministers: Engine) -> None:
    """ "Nurlan Karabayev" reads close to Nurlan Sauranbayev, but Karabayev is Marat's."""
    answer = ministers.answer("who is nurlan karabayev?", TODAY)
    assert answer.text.startswith("I don't have that")
    assert "Nurlan Karabayev" in answer.text


def test_the_new_holder_of_an_office_is_its_newest(ministers: Engine) -> None:
    answer = ministers.answer("who is the new kazakh transport minister?", TODAY)
    assert answer.text.startswith("Nurlan Sauranbayev")


@pytest.fixture
def later(seeds_dir: Path, tmp_path: Path) -> tuple[Path, Engine]:
    """The seeds with one later article nobody curated, through the real ingest path."""
    path = tmp_path / "app_2026_02_04.txt"
    path.write_text(LATER, encoding="utf-8")
    _, kb = ingest(path, seeds_dir, publisher="APP", date="2026-02-04", today=TODAY)
    return seeds_dir, Engine(kb)


def test_a_later_article_dates_an_event_the_seeds_left_undated(
    later: tuple[Path, Engine],
) -> None:
    answer = later[1].answer("when did Tokayev's state visit take place?", TODAY)
    assert "3 February 2026" in answer.text
    assert "app_2026_02_04" in answer.sources


def test_an_office_is_answered_with_its_newest_holder_and_the_one_before(
    later: tuple[Path, Engine],
) -> None:
    answer = later[1].answer("who is Kazakhstan's transport minister?", TODAY)
    lead, *rest = answer.text.splitlines()
    assert lead.startswith("Nurlan Sauranbayev — Kazakhstan's Minister of Transport")
    assert "4 February 2026" in lead
    assert any("Earlier: Marat Karabayev" in line and "April 2025" in line for line in rest)


def test_an_office_asked_with_a_doubt_after_it_is_still_the_office(
    later: tuple[Path, Engine],
) -> None:
    answer = later[1].answer("who is Kazakhstan's transport minister? still Karabayev?", TODAY)
    lead, *rest = answer.text.splitlines()
    assert lead.startswith("Nurlan Sauranbayev")
    assert "app_2026_02_04" in answer.sources  # the source the "as of" date is from
    assert any("Earlier: Marat Karabayev" in line for line in rest)


def _with_article(seeds_dir: Path, tmp_path: Path, text: str, publisher: str, day: str) -> Engine:
    """The seeds with one more article, ingested as a reader would, read back as the bot does."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    ingest(path, seeds_dir, publisher=publisher, date=day, today=TODAY)
    return Engine(build(seeds_dir))


def test_asked_how_things_stand_now_the_newest_report_leads(
    seeds_dir: Path, tmp_path: Path
) -> None:
    text = (
        "Education is the quieter success story. More than 1,400 Pakistani students are now"
        " enrolled at Kazakh universities, most of them in medicine."
    )
    engine = _with_article(seeds_dir, tmp_path, text, "The Astana Times", "2026-11-24")
    answer = engine.answer("how many pakistani students are studying in kazakhstan now?", TODAY)
    assert "1,400" in answer.lead  # not the seeds' "nearly 1,000" of a year before
    assert any("1,000" in bullet for bullet in answer.bullets)


def test_people_named_only_in_a_new_article_are_known(later: tuple[Path, Engine]) -> None:
    answer = later[1].answer("who is Hanif Abbasi?", TODAY)
    assert answer.text.startswith("Hanif Abbasi — Minister for Railways")
    assert answer.sources == ("app_2026_02_04",)


def test_ingest_says_what_the_article_brings(seeds_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "app_2026_02_04.txt"
    path.write_text(LATER, encoding="utf-8")
    result = briefbot("ingest", str(path), "--seeds", str(seeds_dir), "--date", "2026-02-04")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.decode()
        .rstrip()
        .endswith(": 3 sentences; read from it: 4 people with titles, 2 events, 1 figure")
    )


def test_a_later_report_of_a_forum_only_proposed_at_that_place_dates_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The seeds' Lahore business forum, only proposed, is the forum a later article reports
    held in Lahore: dated by it, not a second forum; its name says nothing of its status,
    which changed."""
    engine = _with_article(
        seeds_dir,
        tmp_path,
        "Lahore hosts business forum\n\n"
        "LAHORE: Kazakhstan's Ambassador Nurlan Temirbekov opened a business forum held in"
        " Lahore on Monday, where companies signed 11 memoranda of understanding.\n",
        "Dawn",
        "2026-03-10",
    )
    answer = engine.answer("when was the lahore business forum?", TODAY)
    assert answer.lead.startswith("Business Forum in Lahore — 9 March 2026")
    forums = [e for e in engine.kb.curated.events if e.kind == "forum" and e.place == "lahore"]
    assert len(forums) == 1


def test_a_known_first_name_before_another_persons_surname_is_nobody(
    later: tuple[Path, Engine],
) -> None:
    answer = later[1].answer("what did Nurlan Tokayev say about Pakistan?", TODAY)
    assert answer.text.startswith("I don't have that: the sources say nothing about")
    assert "Nurlan Tokayev" in answer.text


def test_asked_for_a_persons_title_the_answer_is_the_title(later: tuple[Path, Engine]) -> None:
    answer = later[1].answer("what was Sauranbayev's title when he came to Islamabad?", TODAY)
    assert answer.text.startswith("Nurlan Sauranbayev — Kazakhstan's Minister of Transport")


def test_extracted_records_survive_the_kb_file(later: tuple[Path, Engine], tmp_path: Path) -> None:
    kb = later[1].kb
    kbfile.write(kb, tmp_path / "kb.jsonl")
    loaded = kbfile.load(tmp_path / "kb.jsonl")
    assert (loaded.curated, loaded.extracted) == (kb.curated, kb.extracted)
    assert loaded.extracted


def test_stats_count_curated_and_extracted_records(later: tuple[Path, Engine]) -> None:
    result = briefbot("kb", "stats", "--seeds", str(later[0]))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "people         10 curated, 2 extracted from unreviewed articles" in out


def test_suggest_prints_drafts_with_quotes_for_review(later: tuple[Path, Engine]) -> None:
    result = briefbot("kb", "suggest", "app_2026_02_04", "--seeds", str(later[0]))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "id: hanif-abbasi" in out
    assert "quote: Minister for Railways Hanif Abbasi" in out
    assert "value: 1300" in out
    missing = briefbot("kb", "suggest", "nope", "--seeds", str(later[0]))
    assert missing.returncode == 2
    assert missing.stderr.decode().strip() == "error: nope: no such article in the seeds folder"


LATER_NEWS = Path(__file__).parents[1] / "eval" / "articles" / "tuning2"


@pytest.fixture(scope="module")
def later_news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The seeds with the second set of tuning articles, through the real ingest path."""
    seeds = Path(shutil.copytree(DEFAULT_SEEDS_DIR, tmp_path_factory.mktemp("news") / "seeds"))
    spec = yaml.safe_load((LATER_NEWS.parent.parent / "articles_tuning2.yaml").read_text())
    for article in spec["articles"]:
        path = LATER_NEWS.parent.parent / article["file"]
        publisher, title = article.get("publisher"), article.get("title")
        ingest(path, seeds, publisher=publisher, date=article["date"], title=title, today=TODAY)
    return Engine(build(seeds))  # the folder as the bot reloads it


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a capital stands for the country an ambassador is posted to; the newest first
        ("who's kazakhstan's ambassador in isb now?", "Bakhyt Temirkhanov"),
        # the day the sentence gives, not "since they opened talks in 2025", nor the story's
        # month from the next sentence; "when" at the end of a hurried question
        ("samruk-fauji deal signed when?", "9 November 2026"),
        # "The 26 containers, carrying 520 tonnes ...": the trial cargo of the story's lede,
        # which came through Afghanistan
        ("how much cargo did the first trial consignment thru afghanistan carry", "520 tonnes"),
        # "issued 4,870 visas to Pakistani citizens in 2025", in an article of 2026
        ("how many visas did the kazakh embassy issue to pakistanis in 2025", "4,870"),
        # "fiscal year 2025-26" is FY 2025-26; "pak", "full" are no obstacle
        ("total pak-kazakh trade for the full fy 2025-26?", "276.5"),
        # "The Pakistani side was led by Additional Secretary (Commerce) Ayesha Farooq Malik",
        # after the sentence on the working group's meeting in Astana
        ("who headed pakistan's side at the trade jwg in astana in march", "Ayesha Farooq Malik"),
        # a title copy writes in lower case: "Fauji Foundation managing director Saqib Rafiq"
        ("who signed the fertiliser jv for fauji foundation", "Saqib Rafiq"),
    ],
)
def test_later_news_answers_in_its_own_words(later_news: Engine, question: str, fact: str) -> None:
    assert fact in later_news.answer(question, TODAY).text.splitlines()[0]


PRESS_RELEASE = TUNING_ARTICLES.parent / "tuning3" / "t12_pid_pm_astana_visit.txt"


@pytest.fixture(scope="module")
def press_release(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The seeds with a government press release: a title-case headline, a list, "H.E."."""
    seeds = Path(shutil.copytree(DEFAULT_SEEDS_DIR, tmp_path_factory.mktemp("pid") / "seeds"))
    title = "PM Shehbaz Sharif concludes visit to Kazakhstan; eight agreements signed"
    ingest(PRESS_RELEASE, seeds, date="2026-11-18", title=title, today=TODAY)
    return Engine(build(seeds))


def test_what_was_cancelled_did_not_happen(press_release: Engine) -> None:
    answer = press_release.answer("did the IT joint working group meet in almaty in nov?", TODAY)
    lead = answer.text.splitlines()[0]
    assert lead.startswith("No.")
    assert "had been cancelled" in lead  # the cut keeps the word that makes it a "No"
    assert "10 November 2026" in lead  # a plan told as past: not next year's 10 November


def test_a_sentence_announcing_a_list_leads_with_its_items_one_a_line(
    press_release: Engine,
) -> None:
    answer = press_release.answer(
        "list the agreements signed during shehbaz's kazakhstan visit", TODAY
    )
    lead, *items = answer.text.splitlines()[:-1]  # the last line lists the sources
    assert "the following eight agreements and MoUs:" in lead
    assert items[0].startswith("\u2022 i. Agreement on International Road")
    assert len(items) == 8  # every item, nothing of the story after the list
    assert any("Halal" in item for item in items)


def test_two_outlets_counting_one_thing_differently_are_both_shown(seeds_dir: Path) -> None:
    """Dawn counts eight agreements at the Astana session, the Kazakh ministry 11 documents:
    the reader sees both, each with its source, not one picked silently."""
    for name, publisher, day in (
        ("t15_dawn_joint_commission_astana", "Dawn", "2026-09-11"),
        ("t16_astana_times_new_envoy_feature", "The Astana Times", "2026-11-24"),
    ):
        path = TUNING_ARTICLES.parent / "tuning4" / f"{name}.txt"
        ingest(path, seeds_dir, publisher=publisher, date=day, today=TODAY)
    answer = Engine(build(seeds_dir)).answer(  # the folder as the bot reloads it
        "how many documents were signed at the astana joint commission in september?", TODAY
    )
    assert "eight agreements" in answer.text  # one leads, the other follows
    assert "11 documents" in answer.text
    assert {"t15_dawn_joint_commission_astana", "t16_astana_times_new_envoy_feature"} <= set(
        answer.sources
    )


def test_a_why_question_leads_with_the_statement_giving_the_reason(seeds_dir: Path) -> None:
    path = TUNING_ARTICLES.parent / "tuning4" / "t15_dawn_joint_commission_astana.txt"
    ingest(path, seeds_dir, publisher="Dawn", date="2026-09-11", today=TODAY)
    answer = Engine(build(seeds_dir)).answer(
        "why don't the pakistani and kazakh trade figures match?", TODAY
    )
    assert "attributed the gap mainly to re-exports" in answer.lead
    assert "fiscal year" in answer.lead  # the reason's second part is not cut off


@pytest.mark.parametrize(
    ("text", "question", "lead"),
    [
        (  # a statement that it has not happened yet is a No
            "Pakistan International Airlines, which had been studying an Islamabad-Almaty"
            " service, has not yet started flights; it now plans to launch the route in 2027.",
            "has PIA started islamabad-almaty flights?",
            "No. \u201cPakistan International Airlines",
        ),
        (  # a count in words counts the noun that closes its run
            "Kazakhstan will initially commit two hundred grain and container wagons to the"
            " corridor, the railway's chairman told reporters.",
            "how many wagons will kazakhstan commit?",
            "\u201cKazakhstan will initially commit two hundred grain and container wagons",
        ),
    ],
)
def test_a_new_articles_statement_answers_in_its_own_words(
    seeds_dir: Path, tmp_path: Path, text: str, question: str, lead: str
) -> None:
    engine = _with_article(seeds_dir, tmp_path, text, "Reuters", "2026-11-24")
    assert engine.answer(question, TODAY).lead.startswith(lead)


def test_a_successor_named_without_a_title_holds_the_office_of_the_one_before(
    seeds_dir: Path, tmp_path: Path
) -> None:
    text = (
        "Ambassador Yerzhan Kistafin, who led the mission through President Kassym-Jomart"
        " Tokayev's state visit, completed his tenure in May. His successor, Askar Tazhibayev,"
        " presented his credentials to President Asif Ali Zardari on Tuesday."
    )
    engine = _with_article(seeds_dir, tmp_path, text, "The Express Tribune", "2026-06-12")
    answer = engine.answer("who's the new kazakh ambassador in isb after kistafin", TODAY)
    assert answer.lead.startswith("Askar Tazhibayev — Ambassador, as of 12 June 2026")
    assert any(bullet.startswith("Earlier: Yerzhan Kistafin") for bullet in answer.bullets)
    # an alias written when Kistafin held the office ("Kazakh ambassador") is the office now
    answer = engine.answer("who is the kazakh ambassador", TODAY)
    assert answer.lead.startswith("Askar Tazhibayev")


def test_a_list_is_found_by_its_items(seeds_dir: Path) -> None:
    """ "the documents signed were:" holds none of the question's words; its items do."""
    path = TUNING_ARTICLES.parent / "tuning4" / "t15_dawn_joint_commission_astana.txt"
    _, kb = ingest(path, seeds_dir, publisher="Dawn", date="2026-09-11", today=TODAY)
    answer = Engine(kb).answer("list the MoUs signed at the 31st IGC in astana", TODAY)
    assert answer.lead.startswith("\u201cAccording to a statement issued by the Ministry")
    assert any("halal certificates" in bullet for bullet in answer.bullets)
    assert not any("Officials told Dawn" in bullet for bullet in answer.bullets)


def test_that_terminal_is_the_one_the_sentence_before_names(seeds_dir: Path) -> None:
    """A dry port named in one sentence is "that terminal" in the next: what KTZ invests."""
    path = TUNING_ARTICLES.parent / "tuning3" / "t9_reuters_rail_transit_deal.txt"
    _, kb = ingest(path, seeds_dir, publisher="Reuters", date="2026-03-19", today=TODAY)
    answer = Engine(kb).answer("ktz dry port in pak - how much r they investing??", TODAY)
    assert "45 million" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("held the inaugural meeting of their working group", {1}),
        ("the 31st session of the intergovernmental commission", {31}),
        ("the second round of political consultations", {2}),
        ("for the first time in a decade", set()),  # no occasion numbered
    ],
)
def test_an_occasion_is_numbered_as_the_text_numbers_it(text: str, numbers: set[int]) -> None:
    assert ordinals(text) == numbers


def test_a_figure_keeps_the_whole_subject_of_its_clause(extractor: Extractor) -> None:
    text = (
        "Pakistan's exports to Kazakhstan grew by 27 percent year-on-year to $163.7 million in"
        " fiscal year 2025-26."
    )
    figures = extractor.figures(_sentence(text), PartialDate(2026, 8, 18))
    assert figures
    assert all(f.measures.startswith("Pakistan's exports") for f in figures)


def test_sizes_are_figures_as_copy_writes_them(extractor: Extractor) -> None:
    """ "a 12-hectare site", "40,000 TEUs ... rising to 75,000 TEUs": areas and capacities are
    measures, and a rise the copy gives a figure stays with it (its thousands too)."""
    [site] = extractor.figures(_sentence("It won a concession over a 12-hectare site."), None)
    assert (site.value, site.unit) == (12, "hectares")
    text = (
        "The terminal will have an initial handling capacity of 40,000 TEUs (twenty-foot"
        " equivalent units) a year, rising to 75,000 TEUs after the second phase."
    )
    first, *_ = extractor.figures(_sentence(text), PartialDate(2026, 8, 27))
    assert figure_line(first).endswith("40,000 TEUs, rising to 75,000 TEUs after the second phase")


def test_a_range_of_money_is_one_figure_with_both_ends(extractor: Extractor) -> None:
    """ "$4,000 to $6,000": one figure whose line keeps the top of the range, and the comma
    inside "$6,000" is no end of a clause ("to $6" would be a wrong amount)."""
    text = (
        "Medical education is the biggest draw, where tuition fees of $4,000 to $6,000 a year"
        " are far lower than at private colleges."
    )
    [figure] = extractor.figures(_sentence(text), None)
    assert figure.value == 4000
    assert figure_line(figure).startswith("tuition fees of USD 4,000 to $6,000 a year")


def test_one_whose_tenure_ended_as_another_took_the_office_held_it(
    extractor: Extractor,
) -> None:
    text = (
        "Dr Sial, a plant breeder who took charge as PARC chairman last month after Dr Imtiaz "
        "Hussain Gondal completed his tenure, said the centre would open soon."
    )
    found = extractor.roles(_sentence(text))
    assert [(m.name, m.title) for m in found] == [
        ("Sial", "PARC Chairman"),
        ("Imtiaz Hussain Gondal", "PARC Chairman"),
    ]
    assert all(m.quote.text in text for m in found)


def test_a_successor_named_with_the_place_of_the_office(extractor: Extractor) -> None:
    text = "His successor in Islamabad, Nurlan Sadykbekov, presented his credentials."
    found = extractor.successor(_sentence(text))
    assert found is not None
    assert found[0] == "Nurlan Sadykbekov"


def test_weekdays_of_a_timetable_are_no_dates() -> None:
    """ "The new Friday flight ... the Monday, Wednesday and Saturday services": days of every
    week, not the Friday after the copy; two days of one occasion still are dates."""
    timetable = (
        "The new Friday flight will complement the existing Monday, Wednesday and Saturday "
        "services."
    )
    assert implicit_dates(timetable, PartialDate(2029, 7, 1)) == ()
    held = implicit_dates("Talks were held on Monday and Tuesday.", PartialDate(2029, 7, 1))
    assert [d.human() for _, d in held] == ["25 June 2029", "26 June 2029"]
    # a month right after a deed done somewhere is the month before, though the sentence
    # goes on to what is to come
    signed = "Under the contract signed in Astana in June, Indus Gas will import 72,000 tonnes."
    assert implicit_dates(signed, PartialDate(2027, 8, 18))[0][1].human() == "June 2027"
    # a month ahead named in the copy's own month is this one, not the next year's
    sold = "Seats on Lahore flights for April and May have already been sold."
    found = implicit_dates(sold, PartialDate(2029, 4, 17))
    assert [d.human() for _, d in found] == ["April 2029", "May 2029"]


def test_a_new_holder_after_his_country_keeps_the_country(extractor: Extractor) -> None:
    """ "Kazakhstan's new Minister of Agriculture, Marlen Iskakov": Kazakhstan's minister, so
    "who is Kazakhstan's agriculture minister now" finds him, not only the one before."""
    text = "In Astana, Kazakhstan's new Minister of Agriculture, Marlen Iskakov, welcomed it."
    [found] = extractor.roles(_sentence(text))
    assert (found.name, found.title, found.country) == (
        "Marlen Iskakov",
        "Kazakhstan's Minister of Agriculture",
        "Kazakhstan",
    )


def test_an_aside_on_an_occasions_past_is_not_its_date(extractor: Extractor) -> None:
    """ "The Expo, announced when the protocol was signed in January, will be held from
    April 16 to 18": held in April, not a signing in the January after the copy."""
    text = (
        "TDAP confirmed that the Pakistan Agri-Food Expo, announced when the protocol was "
        "signed in January, will be held from April 16 to 18 at the Atakent centre in Almaty."
    )
    found = extractor.events(_sentence(text), PartialDate(2030, 2, 22))
    assert found is not None
    assert found.kind == "exhibition"
    assert found.date == PartialDate(2030, 4, 16, until=18)
