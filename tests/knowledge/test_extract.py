from dataclasses import replace

import pytest

from knowledge.extract import FREQUENCY, Annotator, dateline, headings, split_sentences
from knowledge.model import KnowledgeBase, Person, Quote, Role


def test_sentences_split_at_full_stops_but_not_after_titles() -> None:
    text = (
        "Kazakhstan’s Ambassador Mr. Yerzhan Kistafin called on the minister. Prof. Dr. "
        "Muhammad Zia-ul-Haq spoke. “We believe,” he said.\nhttps://twitter.com/home\n\nNext."
    )
    assert split_sentences(text) == [
        "Kazakhstan’s Ambassador Mr. Yerzhan Kistafin called on the minister.",
        "Prof. Dr. Muhammad Zia-ul-Haq spoke.",
        "“We believe,” he said.",
        "Next.",
    ]


def test_a_names_initials_end_no_sentence() -> None:
    text = "It was signed at the head office on I.I. Chundrigar Road by the president. Next."
    assert split_sentences(text) == [
        "It was signed at the head office on I.I. Chundrigar Road by the president.",
        "Next.",
    ]


def test_a_heading_between_paragraphs_is_no_sentence_but_is_kept() -> None:
    text = (
        "Pakistan welcomes Kazakh President\n"
        "KARACHI - The two sides held talks.\n"
        "Trade corridors, rail links and investment in focus in high-stakes Talks\n"
        "- an MoU between the two railways\n"
        "Tokayev will also address the business forum.\n"
    )
    assert split_sentences(text) == [
        "The two sides held talks.",
        "- an MoU between the two railways",  # an item of a list, not a heading
        "Tokayev will also address the business forum.",
    ]
    # kept with the article, for a curated record quoting it
    assert headings(text) == (
        "Trade corridors, rail links and investment in focus in high-stakes Talks",
    )


def test_a_long_headline_in_title_case_is_no_sentence() -> None:
    text = (
        "Prime Minister Muhammad Shehbaz Sharif Concludes Official Visit to the Republic of "
        "Kazakhstan; Pakistan and Kazakhstan Sign Eight Agreements and Memoranda of "
        "Understanding on Transit Trade, Energy and Culture\n\nThe talks were held today."
    )
    assert split_sentences(text) == ["The talks were held today."]


def test_a_list_item_and_his_excellency_are_not_sentences_of_their_own() -> None:
    text = (
        "Talks with H.E. Kassym-Jomart Tokayev were held. They signed:\n"
        "i. Agreement on Road Transport;\nii. Protocol on Rail Transit. It is new."
    )
    assert split_sentences(text) == [
        "Talks with H.E. Kassym-Jomart Tokayev were held.",
        "They signed:",
        "i. Agreement on Road Transport;",
        "ii. Protocol on Rail Transit.",
        "It is new.",
    ]


@pytest.mark.parametrize(
    ("text", "mentions", "topics"),
    [
        ("Kazakhstan's ambassador met the press.", {"yerzhan-kistafin"}, set()),
        ("The Turghundi-Herat railway was discussed.", {"turghundi-herat-railway"}, {"corridors"}),
        ("Kazakh AI and IT firms met.", set(), {"digital"}),
        ("It was a fine day and it rained.", set(), set()),  # "it" is not the IT sector
        ("Two-year visas within 24 hours.", set(), {"visas"}),
        # a compound of names names each of them
        ("The Uzbekistan-Afghanistan-Pakistan line.", {"uzbekistan", "afghanistan"}, set()),
    ],
)
def test_names_and_topics_are_tagged(
    kb: KnowledgeBase, text: str, mentions: set[str], topics: set[str]
) -> None:
    sentence = Annotator(kb.curated).sentence("x", 1, text)
    assert set(sentence.mentions) == mentions
    assert set(sentence.topics) == topics


def test_money_counts_and_dates_are_found(kb: KnowledgeBase) -> None:
    sentence = Annotator(kb.curated).sentence(
        "x", 1, "On May 27, 2025 over 100 delegations signed deals worth over $200 million."
    )
    assert sentence.money == ("over $200 million",)
    assert sentence.counts == ("over 100 delegations",)
    assert sentence.dates == ("May 27, 2025",)
    # a count in words, "eight" among them
    listed = Annotator(kb.curated).sentence("x", 2, "They signed eight agreements and MoUs:")
    assert listed.counts == ("eight agreements",)
    # a currency's code starts a word: "covers 250,000 tons" is tonnes, no rupees
    covered = Annotator(kb.curated).sentence("x", 3, "The contract covers 250,000 tons of wheat.")
    assert covered.money == ()
    assert covered.counts == ("250,000 tons",)


def test_headline_byline_and_datelines_are_not_statements() -> None:
    text = (
        "Kazakh Envoy Seeks Stronger Ties with Pakistan\n\n"
        "https://twitter.com/home\n\nBy Shabbir Hussain\n\n"
        "ISLAMABAD, May 27 (Alliance News): The ambassador met the minister.\n"
        "Islamabad : He spoke of trade routes.\n"
    )
    assert split_sentences(text) == [
        "The ambassador met the minister.",
        "He spoke of trade routes.",
    ]
    assert dateline(text) == "ISLAMABAD, May 27 (Alliance News) / Islamabad"


def test_the_pages_calls_to_subscribe_and_share_are_not_statements() -> None:
    text = (
        "Envoys Meet\n\nThe ambassador met the minister.\n"
        "Subscribe to get the latest posts sent to your email.\n"
        "Share this article with your friends!\n"
        "Subscribers to the new visa scheme will get a reply within 24 hours.\n"
    )
    assert split_sentences(text) == [
        "The ambassador met the minister.",
        "Subscribers to the new visa scheme will get a reply within 24 hours.",
    ]


def test_a_first_line_that_is_a_sentence_is_kept() -> None:
    text = "KARACHI – Pakistan and Kazakhstan signed three agreements on Monday.\n"
    assert split_sentences(text) == ["Pakistan and Kazakhstan signed three agreements on Monday."]


def test_a_month_shortened_before_its_day_does_not_end_a_sentence() -> None:
    text = "Visas have followed. Since Sept. 1, citizens can apply online. It ended in Dec. Then."
    assert split_sentences(text) == [
        "Visas have followed.",
        "Since Sept. 1, citizens can apply online.",
        "It ended in Dec.",  # no day after it: the sentence's end
        "Then.",
    ]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Flights will be operated two times a week.", "two times a week"),
        ("The service has been running twice weekly since June.", "twice weekly"),
        ("The carrier added a third weekly frequency.", "third weekly"),
        ("The two sides will hold a dialogue every two years.", "every two years"),
        ("The commission meets annually.", "annually"),
        ("Air Astana flies three flights a week to Lahore.", "three flights a week"),
        ("The terminal will handle 4,000 containers a year.", "4,000 containers a year"),
        ("The route opened two weeks ago.", None),  # when, not how often
    ],
)
def test_how_often_as_copy_writes_it(text: str, rate: str | None) -> None:
    found = FREQUENCY.search(text)
    assert (found.group(0) if found else None) == rate


def test_an_office_alias_is_not_of_the_one_it_was_written_for_beside_another_holder(
    kb: KnowledgeBase,
) -> None:
    """ "Kazakh envoy" is an alias of Kistafin's; once his successor is named in a sentence
    as "Kazakhstan's Ambassador to Pakistan", that sentence is the successor's alone."""
    successor = Person(
        "nurlan-temirbekov",
        "Nurlan Temirbekov",
        "Kazakhstan",
        ("Temirbekov",),
        (Role("Kazakhstan's Ambassador to Pakistan", Quote("x", "Nurlan Temirbekov")),),
    )
    curated = replace(kb.curated, people=(*kb.curated.people, successor))
    annotator = Annotator(curated, ("Kazakhstan", "Kazakh", "Pakistan"))
    text = "Kazakhstan's Ambassador to Pakistan, Nurlan Temirbekov, said trade matters."
    assert annotator.sentence("x", 1, text).mentions == ("nurlan-temirbekov",)
    # named by name, either is himself; the alias alone is still Kistafin
    both = annotator.sentence("x", 2, "Kistafin handed over to Nurlan Temirbekov.")
    assert set(both.mentions) == {"yerzhan-kistafin", "nurlan-temirbekov"}
    alone = annotator.sentence("x", 3, "The Kazakh envoy met Abdul Aleem Khan.")
    assert "yerzhan-kistafin" in alone.mentions
