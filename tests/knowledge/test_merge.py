"""Merging what a new article reports with the events already known: one occasion however
copy names it, never two occasions taken for one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from knowledge import Engine
from knowledge.build import build
from knowledge.ingest import ingest
from knowledge.model import Status

TODAY = date(2026, 12, 1)

SESSIONS = """\
Pakistan and Kazakhstan sign road transport agreement at 31st session of the Joint Commission

ISLAMABAD: The 31st Session of the Pakistan-Kazakhstan Intergovernmental Joint Commission on \
Trade and Economic Cooperation was held in Islamabad on 20-21 October 2026. The session was \
co-chaired by Federal Minister for Commerce Jam Kamal Khan. Speaking at the signing ceremony, \
Federal Minister Jam Kamal Khan said the agreement would let trucks of both countries carry \
goods. It was agreed that the 32nd Session of the Joint Commission will be held in Astana in \
2027 on mutually convenient dates.
"""

MEETING = """\
ASTANA: Kazakhstan's Minister of Transport Kairat Bekmukhambetov met Pakistan's Ambassador to \
Kazakhstan Tahir Mahmood Qureshi on Wednesday. During the meeting, the parties discussed the \
implementation of the agreements reached during the state visit of President Kassym-Jomart \
Tokayev to Islamabad in November 2025.
"""

NEXT_SESSION = """\
ISLAMABAD: Prime Minister Shehbaz Sharif directed the commerce ministry to hold the next session \
of the Intergovernmental Joint Commission in Islamabad in 2026.
"""


def _engine(seeds_dir: Path, tmp_path: Path, text: str, day: str) -> tuple[Engine, str]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    _, kb = ingest(path, seeds_dir, publisher="APP", date=day, today=TODAY)
    return Engine(kb), path.stem


def test_a_session_is_one_event_however_named_and_the_next_one_another(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The headline's "31st session of the Joint Commission" and the body's "31st Session of
    the Pakistan-Kazakhstan Intergovernmental Joint Commission" are one session; the 32nd,
    announced in the same article, is another, and so is the 30th the seeds report."""
    engine, stem = _engine(seeds_dir, tmp_path, SESSIONS, "2026-10-22")
    events = [engine.kb.event_by_id[e] for e in engine.kb.events_reported_in[stem]]
    names = sorted(e.name for e in events)
    assert len(events) == 2, names
    assert stem not in engine.kb.event_by_id["joint-commission-30"].sources
    answer = engine.answer("when was the 31st session of the joint commission held?", TODAY)
    assert "October 2026" in answer.lead
    assert "2027" not in answer.lead


def test_the_occasion_a_sentence_refers_back_to_is_the_articles_own(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "During the meeting, ... the state visit of President Tokayev": a detail of the
    minister's meeting with the ambassador, not a meeting of Tokayev's."""
    engine, stem = _engine(seeds_dir, tmp_path, MEETING, "2026-02-12")
    events = [engine.kb.event_by_id[e] for e in engine.kb.events_reported_in[stem]]
    assert not any(e.participants == ("kassym-jomart-tokayev",) for e in events)
    assert any("During the meeting" in d.text for e in events for d in e.details)


def test_the_next_session_is_not_one_held_before(seeds_dir: Path, tmp_path: Path) -> None:
    engine, stem = _engine(seeds_dir, tmp_path, NEXT_SESSION, "2025-12-16")
    held = engine.kb.event_by_id["joint-commission-30"]
    assert stem not in held.sources
    assert all(r.status is Status.TOOK_PLACE for r in held.reports)
    planned = [engine.kb.event_by_id[e] for e in engine.kb.events_reported_in[stem]]
    assert [r.status for e in planned for r in e.reports] == [Status.PLANNED]


def test_a_count_said_of_last_month_answers_for_that_month(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Asked of November 2025, an article of December that counts what was signed "last
    month" answers."""
    text = (
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday reviewed the implementation of the"
        " 37 agreements signed during the state visit of Kazakh President Kassym-Jomart Tokayev"
        " to Pakistan last month.\n"
    )
    engine, stem = _engine(seeds_dir, tmp_path, text, "2025-12-16")
    answer = engine.answer("how many agreements were signed in november 2025?", TODAY)
    assert "37 agreements" in answer.lead
    assert stem in answer.sources


POSTINGS = """\
ASTANA: Kazakhstan's Minister of Transport Daulet Sarsenov met Pakistan's Ambassador to \
Kazakhstan Imran Saeed Malik on Wednesday. Daulet Sarsenov was appointed Minister of Transport \
by Decree of the Head of State on January 9, 2026. Imran Saeed Malik arrived in Astana in \
December 2025. He succeeded Ambassador Farhan Aziz, who headed the mission since 2022.
"""


def test_whom_a_new_holder_succeeded_is_the_office_before_him(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "He succeeded Ambassador Farhan Aziz": Pakistan's ambassador before him, quoted as
    the one replaced, not as holding the office "as of" the report of his replacement."""
    engine, _ = _engine(seeds_dir, tmp_path, POSTINGS, "2026-02-12")
    asked = "who is pakistan's ambassador in astana at the moment, and whom did he replace?"
    answer = engine.answer(asked, TODAY)
    assert answer.lead.startswith("Imran Saeed Malik")
    assert "Earlier: \u201cHe succeeded Ambassador Farhan Aziz" in answer.text
    assert engine.kb.person_by_id["farhan-aziz"].country == "Pakistan"


def test_the_newest_holder_is_shown_with_the_statement_of_his_appointment(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine, _ = _engine(seeds_dir, tmp_path, POSTINGS, "2026-02-12")
    answer = engine.answer("who is kazakhstan's transport minister now?", TODAY)
    assert answer.lead.startswith("Daulet Sarsenov")
    assert any("was appointed Minister of Transport" in b for b in answer.bullets)
    assert any(b.startswith("Earlier: Marat Karabayev") for b in answer.bullets)


def test_one_who_held_an_office_before_a_newer_holder_is_not_told_as_holding_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Who is Marat Karabayev": his title as of its source, and who a newer source gives
    the same office (Minister "for" or "of" Transport), with its date."""
    engine, stem = _engine(seeds_dir, tmp_path, POSTINGS, "2026-02-12")
    answer = engine.answer("who is marat karabayev?", TODAY)
    assert answer.lead.startswith("Marat Karabayev")
    assert "as of 29 April 2025" in answer.lead
    assert any(b.startswith("Since then: Daulet Sarsenov") for b in answer.bullets)
    assert stem in answer.sources
    # the newer holder has no one after him
    answer = engine.answer("who is daulet sarsenov?", TODAY)
    assert not any(b.startswith("Since then") for b in answer.bullets)


ROADMAP = """\
Pakistan, Kazakhstan sign trade roadmap

ISLAMABAD: Pakistan and Kazakhstan on Tuesday signed a three-year Trade Roadmap. Federal \
Minister for Commerce Jam Kamal Khan signed the document in Islamabad, while Arman Shakkaliyev, \
Kazakhstan's Minister of Trade and Integration, signed by video link from Astana. The roadmap \
was agreed during the state visit of President Kassym-Jomart Tokayev to Pakistan on November \
3-4, when the two leaders also witnessed the exchange of two dozen agreements.
"""


def test_a_new_article_dates_each_occasion_it_names_and_finds_a_name_in_another_spelling(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "Shakkaliyev" is the Shaqqaliev the seeds name; the date next to "state visit" is the
    visit's, not that of the exchange of agreements at it; the signing is Tuesday's, which
    the lede gives, and no other occasion of the same two ministers a month before."""
    path = tmp_path / "roadmap.txt"
    path.write_text(ROADMAP, encoding="utf-8")
    ingest(path, seeds_dir, publisher="APP", date="2025-12-10", today=TODAY)
    engine = Engine(build(seeds_dir))
    assert not any("Shakkaliyev" in p.name for p in engine.kb.curated.people)
    assert engine.answer("who is shakkaliyev", TODAY).lead.startswith("Arman Shaqqaliev")
    visit = engine.answer("when was tokayev's state visit to pakistan", TODAY)
    assert "3–4 November 2025" in visit.lead
    signing = [
        engine.kb.event_by_id[e]
        for e in engine.kb.events_reported_in[path.stem]
        if engine.kb.event_by_id[e].kind == "signing"
    ]
    assert [str(r.date) for e in signing for r in e.reports] == ["2025-12-09"]


def test_an_occasion_is_dated_by_the_date_after_its_words_and_a_successor_by_his_predecessor(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "constituted a task force on Wednesday ... signed during the state visit ... on
    November 11-12": the visit is of 11-12 November, not that Wednesday; a minister with no
    country in his title who replaced a Kazakh minister is Kazakhstan's."""
    path = tmp_path / "task_force.txt"
    path.write_text(
        "Task force on Tokayev visit accords\n\n"
        "ISLAMABAD: Federal Minister for Commerce Jam Kamal Khan on Wednesday constituted a task"
        " force to monitor the agreements signed during the state visit of Kazakh President"
        " Kassym-Jomart Tokayev to Pakistan on November 11-12.\n\n"
        "In Astana, Minister of Transport Aidar Zhunusov spoke on Tuesday. Zhunusov, who was"
        " appointed to the post in January, replacing Marat Karabayev, said flights would start"
        " in April.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="APP", date="2025-12-04", today=TODAY)
    engine = Engine(build(seeds_dir))
    visit = engine.answer("when was tokayev's state visit to pakistan", TODAY)
    assert "11–12 November 2025" in visit.lead
    minister = engine.answer("who is the kazakh transport minister now", TODAY)
    assert minister.lead.startswith("Aidar Zhunusov")


def test_a_year_a_clause_gives_does_not_date_the_sentences_occasion(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """ "signed an agreement on Monday ..., the first since they opened talks in 2025": the
    signing is Monday's, not a talks of 2025."""
    path = tmp_path / "signing.txt"
    path.write_text(
        "Samruk-Kazyna and Fauji sign fertiliser deal\n\n"
        "ASTANA: Kazakhstan's sovereign wealth fund Samruk-Kazyna and Pakistan's Fauji"
        " Foundation signed an agreement in Astana on Monday to build a fertiliser plant, the"
        " first joint venture between the two groups since they opened talks in 2025.\n",
        encoding="utf-8",
    )
    ingest(path, seeds_dir, publisher="The Astana Times", date="2026-11-12", today=TODAY)
    engine = Engine(build(seeds_dir))
    assert "9 November 2026" in engine.answer("samruk-fauji deal signed when?", TODAY).text


def test_whose_visit_it_is_is_the_possessors_not_the_speakers(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The ambassador speaking of "Abdul Aleem Khan's visit to Astana" took no part in it."""
    engine, stem = _engine(
        seeds_dir,
        tmp_path,
        "Terminal deal signed\n\n"
        "KARACHI: The deal was witnessed by Kazakhstan's Ambassador to Pakistan Nurlan"
        " Temirbekov. Ambassador Temirbekov said the deal followed up on the agreements"
        " reached during Communications Minister Abdul Aleem Khan's visit to Astana in"
        " July.\n",
        "2026-08-27",
    )
    events = [engine.kb.event_by_id[e] for e in engine.kb.events_reported_in[stem]]
    visits = [e for e in events if e.kind == "visit"]
    assert [v.participants for v in visits] == [("abdul-aleem-khan",)]


def test_a_festival_named_by_its_days_and_put_off_is_upcoming_at_its_new_date(
    seeds_dir: Path, tmp_path: Path
) -> None:
    engine, _ = _engine(
        seeds_dir,
        tmp_path,
        "Kazakh culture days postponed\n\n"
        "ISLAMABAD: The Days of Kazakh Culture in Pakistan, a festival that was to be held in"
        " Islamabad from November 16 to 22, have been postponed to April.\n",
        "2026-10-20",
    )
    answer = engine.answer("what's coming up", TODAY)
    assert "Days of Kazakh Culture in Pakistan — planned for April 2027" in answer.text


def test_a_visit_reported_held_is_dated_by_its_own_days_not_a_trip_recalled(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The announced visit of Khan to Kazakhstan, reported held in July 2026 by a sentence
    naming talks too; "during his own trip ... in April last year" is another trip's date."""
    engine, _ = _engine(
        seeds_dir,
        tmp_path,
        "Aleem Khan in Astana\n\n"
        "ASTANA - Federal Minister for Communications Abdul Aleem Khan, who arrived in the"
        " Kazakh capital on Monday on a three-day official visit, held talks with Kazakhstan's"
        " Minister of Transport Marat Karabayev on Tuesday.\n\n"
        "The visit fulfils the invitation Karabayev extended to the Pakistani minister during"
        " his own trip to Islamabad in April last year.\n",
        "2026-07-15",
    )
    answer = engine.answer("when did aleem khan visit kazakhstan", TODAY)
    assert "Abdul Aleem Khan's visit to Kazakhstan — 13 July 2026" in answer.lead
