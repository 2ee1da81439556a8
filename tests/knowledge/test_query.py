"""Question analysis: what is asked, about whom, when, and which words the answer must hold."""

from datetime import date

import pytest

from knowledge.dates import PartialDate
from knowledge.engine import Engine
from knowledge.query import clean, sides

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "answer_type", "people", "period", "terms"),
    [
        (
            "what did Kistafin say about the railway",
            "what",
            {"yerzhan-kistafin"},
            None,
            {"railway"},
        ),
        ("when does the flight start", "when", set(), None, {"flight", "start"}),
        ("where was the april business forum held", "where", set(), None, {"april", "forum"}),
        ("how many students study in kazakhstan", "how_many", set(), None, {"students"}),
        ("how much were the contracts worth", "how_much", set(), None, {"contracts"}),
        ("value of the contracts signed in karachi?", "how_much", set(), None, {"contracts"}),
        ("who greeted Tokayev on arrival", "who", {"kassym-jomart-tokayev"}, None, {"greeted"}),
        ("did tokayev come to pakistan", "yesno", {"kassym-jomart-tokayev"}, None, set()),
        ("was the trade target bigger than the contracts", "compare", set(), None, {"target"}),
        (
            "who visited pakistan first, karabayev or tokayev",
            "compare",
            {"marat-karabayev"},
            None,
            set(),
        ),
        # a date asked for in a few words: when, and "date" is no word the sources must hold
        ("tokayev visit date", "when", {"kassym-jomart-tokayev"}, None, set()),
        ("is a date set for the lahore forum", "yesno", set(), None, {"forum"}),
        ("what happened in november 2025", "what", set(), PartialDate(2025, 11), set()),
        ("anything from 2023?", "what", set(), PartialDate(2023), set()),
        # a span from a year is no filter for that year, either side of it
        ("afghanistan after 2021", "what", set(), None, set()),
        ("afghanistan 2021 year after", "what", set(), None, set()),
        # the earliest question word wins: this asks who, not when
        ("who attended when karabayev met khan", "who", {"marat-karabayev"}, None, {"attended"}),
        # spelling variants and transliterations meet the articles' spelling
        ("what did Shahbaz Sharif say", "what", {"shehbaz-sharif"}, None, set()),
        ("tokaev visit", "what", {"kassym-jomart-tokayev"}, None, set()),
        # "the ambassador" is the office named, not "Pakistan's ambassador" of a later word
        (
            "what did the ambassador say on pakistan joining corridors",
            "what",
            {"yerzhan-kistafin"},
            None,
            {"corridors"},
        ),
        # the subject first, then the question, as people type in a hurry
        (
            "direct flights from lahore and karachi - when do they start?",
            "when",
            set(),
            None,
            {"flights", "start"},
        ),
        ("karabayev official visit to pakistan: who met him", "who", set(), None, set()),
        # a contraction is two known words, not an unknown "don"
        ("why don't the trade figures match", "why", set(), None, {"trade"}),
        ("why dont the trade figures match", "why", set(), None, {"trade"}),
        # how a year is counted, not what is asked of it
        ("trade in calendar year 2025?", "what", set(), PartialDate(2025), {"trade"}),
    ],
)
def test_analysis(
    engine: Engine,
    question: str,
    answer_type: str,
    people: set[str],
    period: PartialDate | None,
    terms: set[str],
) -> None:
    query = engine.analyser.analyse(question, TODAY)
    assert query.answer_type == answer_type
    assert people <= set(query.people)
    assert query.period == period
    assert terms <= {t.word for t in query.terms}
    assert not query.unknown


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("organization", "organisation"),  # American spelling, British articles
        ("travelled", "travel"),  # word forms share a stem
        ("agreements", "agreement"),
        ("programs", "programme"),
        ("573 km", "573 kilometres"),  # units as copy abbreviates them
        # a fiscal year however it is written: Pakistan's FY25 is July 2024 to June 2025
        ("exports in FY25", "exports in fiscal year 2024-25"),
        ("exports in FY 2025", "exports in fiscal 2024/25"),
        ("e-visa", "electronic visa"),
        ("eVisas", "electronic visas"),
        ("businessmen", "business"),
        ("growth %", "grew per cent"),  # a share however written
        # phrases for a plain word: who is in charge of a body heads it
        ("in charge of the committee", "head of the committee"),
        ("making sure it is done", "ensuring it is done"),
        # phrasal verbs and comparatives no article uses, as the copy words them
        ("when did the train set off", "when did the train departed"),
        ("is pso putting up storage", "is pso building storage"),
        ("how much cheaper than karachi", "how much lower than karachi"),
        ("what came out of the meeting", "what agreed at the meeting"),
        ("the most you can send in one go", "the maximum send per transaction"),
    ],
)
def test_word_forms_and_spellings_meet(engine: Engine, asked: str, found: str) -> None:
    lexicon = engine.lexicon
    assert lexicon.stems(asked) == lexicon.stems(found)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("direct flightroutes", ["direct", "flight", "routes"]),
        ("the tradetarget", ["trade", "target"]),
        ("who is kistafin", ["kistafin"]),  # a name is no two words
    ],
)
def test_two_words_typed_as_one_are_read_as_two(
    engine: Engine, question: str, words: list[str]
) -> None:
    query = engine.analyser.analyse(question, TODAY)
    assert [t.word for t in query.terms] == [w for w in words if w != "kistafin"]
    assert not query.unknown


def test_a_comparative_no_article_uses_is_read_as_its_plain_adjective(engine: Engine) -> None:
    """ "Longer visas": the articles speak of "long-term", never "longer"; the word is
    known, so the question is answered from what they say of visas."""
    query = engine.analyser.analyse("does pakistan plan longer visas?", TODAY)
    assert not query.unknown
    assert ("long",) in [t.stems for t in query.terms]
    answer = engine.answer("does pakistan plan longer visas?", TODAY)
    assert "five-year multiple-entry visas" in answer.text


def test_related_words_count_for_each_other(engine: Engine) -> None:
    [term] = engine.analyser.analyse("who greeted him", TODAY).terms
    assert "welcom" in term.stems  # "greet" finds "welcome"
    [term] = engine.analyser.analyse("what does pakistan sell", TODAY).core
    assert "export" in term.related  # selling there is exporting there
    [term] = engine.analyser.analyse("does pakistan offer visas", TODAY).core[:1]
    assert "issu" in term.related  # offering visas is issuing them
    assert "film" in engine.lexicon.synonyms["movi"]  # a movie is a film, as copy has it
    assert "cap" in engine.lexicon.synonyms["limit"]  # "capped at $5,000": its limit


@pytest.mark.parametrize(
    ("question", "broad"),
    [
        ("who is Kistafin", True),
        ("trade target", True),
        ("tell me about visas", True),  # "tell me about" asks for the whole picture
        ("fill me in on visas", True),
        ("visas", True),
        ("upcoming visits", True),
        ("what did Kistafin say about visas", False),  # a detail, not a card
        ("what did Kistafin and Abdul Aleem Khan discuss", False),
        ("when does the flight start", False),
        ("what is the uap railway", False),  # one named railway, not the corridors card
    ],
)
def test_broad_questions_get_cards(engine: Engine, question: str, broad: bool) -> None:
    assert engine.analyser.analyse(question, TODAY).broad is broad


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("what did Kistafin say about Almaty", {"Almaty"}),
        ("who is Nurlan Kistafin", {"Nurlan Kistafin"}),  # not Yerzhan Kistafin
        ("did Jam Sadiq Khan meet the minister", {"Jam Sadiq Khan"}),
        ("what did Arman Shakirov sign", {"Arman Shakirov"}),  # not Arman Shaqqaliev
    ],
)
def test_names_and_words_the_kb_never_uses(
    engine: Engine, question: str, unknown: set[str]
) -> None:
    query = engine.analyser.analyse(question, TODAY)
    assert unknown <= set(query.unknown)
    if " " in next(iter(unknown)):  # a whole name
        assert not query.people  # the look-alike name is not taken for a known person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**trade target**", "trade target"),
        ("<b>who is</b> Kistafin", "who is Kistafin"),
        ("\u202ewho is Kistafin\u202c", "who is Kistafin"),
        ("who is \x00\x07Kistafin", "who is Kistafin"),
        ("Background. " * 300 + "What is the trade target?", "What is the trade target?"),
    ],
)
def test_cleaning_keeps_the_question(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_recency_and_a_bare_month_narrow_without_being_required(engine: Engine) -> None:
    query = engine.analyser.analyse("when did a kazakh head of state last visit pakistan", TODAY)
    required = {t.word for t in query.terms if not t.soft}
    assert "head" in required
    assert "last" not in required  # "last visit" is the latest one, not words of the answer
    query = engine.analyser.analyse("who met karabayev in april?", TODAY)
    assert [(t.word, t.month) for t in query.terms if t.month] == [("april", 4)]
    assert query.period is None  # which April is the sources' to say
    query = engine.analyser.analyse("who did he meet on 9 sept 2025", TODAY)
    assert (query.period, query.unknown) == (PartialDate(2025, 9), ())  # the day is the date's
    query = engine.analyser.analyse("2025 may kazakhstan and pakistan what", TODAY)
    assert query.period == PartialDate(2025, 5)  # the year first, as Kazakh orders it
    # a day beside a month makes "may" the month, and is the date's, not a word to find
    for asked in ("where was his may 27 talk", "what did he say on 27th may"):
        query = engine.analyser.analyse(asked, TODAY)
        assert [(t.word, t.month) for t in query.terms if t.month or t.word[0].isdigit()] == [
            ("may", 5)
        ]


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("what's Samruk-Energy's deal with pakistan", ("Samruk-Energy",)),  # not Samruk-Kazyna
        ("what is the Turghundi-Herat railway", ()),  # the start of the railway's own name
        ("jam kamal khan - shaqqaliev talks, where?", ()),  # two people, a dash between them
        ("what did Asif Aleem Khan say", ("Asif Aleem Khan",)),  # two names run into one
        ("shaqaliev jam kamal talks wat about", ()),  # a name ends at its surname, misspelt
        ("what was Kazakhstan-Uzbekistan trade?", ()),  # two countries, no one's name
        # two countries before the rest of a body's name: the countries' body
        ("what does the Pakistan-Kazakhstan Joint Working Group on IT do", ()),
    ],
)
def test_a_compound_name_the_kb_does_not_hold_is_unknown(
    engine: Engine, question: str, unknown: tuple[str, ...]
) -> None:
    assert engine.analyser.analyse(question, TODAY).unknown_names == unknown


def test_reaching_a_place_is_arriving_there(engine: Engine) -> None:
    terms = engine.analyser.analyse("when did the train reach", TODAY).terms
    reach = next(t for t in terms if t.word == "reach")
    assert "arriv" in reach.every


def test_every_phrase_asking_where_is_a_question_word(engine: Engine) -> None:
    query = engine.analyser.analyse("where was the forum finally held, which venue", TODAY)
    assert query.answer_type == "where"
    assert "venue" not in {t.word for t in query.terms}


@pytest.mark.parametrize(
    ("question", "split"),
    [
        (
            "corridor routes at the Khan meeting vs the countries named at IPRI?",
            ("corridor routes at the Khan meeting", "the countries named at IPRI"),
        ),
        ("which is older, the ties or the forum", ("which is older, the ties", "the forum")),
        ("trade compared with the target", ("trade", "the target")),
        ("was the forum before or after the visit", None),  # the frame, not two things
        ("visas or flights or railways", None),  # a list, not two sides
        ("what did Khan say about visas", None),
        (
            "what's the difference between the karachi forum and the lahore one?",
            ("the karachi forum", "the lahore one"),
        ),
        # a claim checked against another fact
        (
            "he spoke of a 35-year relationship - does that fit with the year ties began?",
            ("he spoke of a 35-year relationship", "the year ties began"),
        ),
    ],
)
def test_the_two_sides_of_a_comparison(question: str, split: tuple[str, str] | None) -> None:
    assert sides(question) == split


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("how long is the visa valid", "how_long"),
        ("for how long will the flights run", "how_long"),
        ("how long have they had diplomatic relations", "when"),  # since when
        ("how long ago did tokayev visit", "when"),
    ],
)
def test_a_span_of_time_is_its_own_kind_of_answer(
    engine: Engine, question: str, answer_type: str
) -> None:
    assert engine.analyser.analyse(question, TODAY).answer_type == answer_type


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        # "what were ... worth" asks an amount, however "what were" opens it
        ("what were the deals signed during tokayev's visit worth in total?", "how_much"),
        # a "when" clause after a question opened otherwise is no "when" question
        ("what happened when the transport minister visited pakistan", "what"),
        ("which deals were signed when tokayev came", "list"),
        # ...though one typed in a hurry still asks it
        ("karabayev visit when", "when"),
        ("so when did it start", "when"),
        # what a list is of says what is asked: "what are the dates of" asks when
        ("what are the dates of the global transport conference", "when"),
        ("what were the dates of his visit to pakistan", "when"),
        ("what are the agreements tokayev signed", "list"),
    ],
)
def test_a_clause_after_the_question_word_does_not_set_its_kind(
    engine: Engine, question: str, answer_type: str
) -> None:
    assert engine.analyser.analyse(question, TODAY).answer_type == answer_type


def test_what_a_list_is_of_asks_and_is_no_subject(engine: Engine) -> None:
    """ "What are the dates for the conference": "dates" says what is asked, so it is not a
    word the answer must hold."""
    query = engine.analyser.analyse("what are the dates for the global conference", TODAY)
    assert query.answer_type == "when"
    assert "dates" not in {t.word for t in query.terms}


@pytest.mark.parametrize(
    ("question", "people"),
    [
        # an office with one holder is that person, beside someone named
        ("when did aleem khan host the kazakh transport minister", {"marat-karabayev"}),
        ("how much of the kazakh govt came with the dpm", {"murat-nurtleu"}),
        # ...but not the office a "which" question asks for
        ("which pakistani minister held talks with arman shaqqaliev", set()),
    ],
)
def test_an_office_with_one_holder_is_that_person(
    engine: Engine, question: str, people: set[str]
) -> None:
    named = set(engine.analyser.analyse(question, TODAY).people)
    assert people <= named
    assert "shehbaz-sharif" not in named
