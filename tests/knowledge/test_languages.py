"""Questions in Russian, Kazakh and Urdu: told apart by script, read through each language's
data file into the English words the engine reads, answered with the same English facts."""

from datetime import date
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.languages import ENGLISH, Language, detect, load_language, load_languages
from knowledge.records import DataError

TODAY = date(2026, 12, 1)
LANGUAGES = load_languages()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Кто такой Кистафин?", "ru"),
        ("Қистафин кім?", "kk"),  # Kazakh's own letters
        ("Тоқаев Пәкістанға қашан барды?", "kk"),
        ("کستافن کون ہیں؟", "ur"),
        ("who is Kistafin", ENGLISH),
        # Roman Urdu, by two of its own small words; English has none of them
        ("kistafin kaun hain", "ur-latn"),
        ("Tokayev kab Pakistan aaye the?", "ur-latn"),
        ("who is the main ambassador to Kazakhstan", ENGLISH),
        ("is there a direct flight to Almaty", ENGLISH),
    ],
)
def test_the_language_is_told_by_its_script(text: str, language: str) -> None:
    assert detect(text, tables=LANGUAGES) == language


def test_one_marker_tells_roman_urdu_from_a_reader_whose_app_is_in_urdu() -> None:
    assert detect("Kistafin kaun?", "ur", LANGUAGES) == "ur-latn"
    assert detect("Kistafin kaun?", "en", LANGUAGES) == ENGLISH


@pytest.mark.parametrize(
    ("language", "text", "english"),
    [
        # any inflection, by the analyser's dictionary form; визы is a visa, визиты visits
        ("ru", "Когда визит Токаева в Пакистан?", "when visit Tokayev in Pakistan"),
        ("ru", "визиты и визы", "visit and visa"),
        ("ru", "на бизнес-форуме в Карачи", "at business forum in Karachi"),  # на: at
        ("kk", "Бизнес-форумдар", "business forum"),  # a hyphen joins two words
        ("ru", "Собирается ли Казахстан", "is intend Kazakhstan"),  # a yes/no question
        # Kazakh endings, read by the start of the word; two people are two names
        ("kk", "Зардари Тоқаевқа қандай марапат береді?", "which award gives Zardari and Tokayev"),
        ("kk", "Қарачидегі форумға қанша адам қатысты?", "Karachi forum how many attended"),
        # a place's reading of a word read as likely a man's name: Astana, not "Astan"
        ("ru", "кто ездил в астану", "who visit in Astana"),
        # a word typed in the sources' letters is theirs, in lower case too
        ("ru", "что было в ipri", "what was in ipri"),
        # Urdu, word by word; کیا first asks yes or no, elsewhere "what"
        ("ur", "کستافن کون ہیں؟", "Kistafin who"),
        ("ur", "کیا قازقستان گوادر چاہتا ہے؟", "is Kazakhstan and Gwadar"),  # two names
        ("ur", "پالیسی کیا ہے؟", "what"),
        # numbers pass as numbers, in either digits; Arabic-keyboard letters read as Urdu's
        ("ur", "۲۰۲۵ میں کیا ہوا؟", "2025 what"),
        ("ur", "كستافن كون ہيں؟", "Kistafin who"),
        # two people either side of a postposition are two, not one long name
        (
            "ur",
            "کرابایف کی عبدالعلیم خان سے ملاقات کب ہوئی؟",
            "Karabayev and Abdul Aleem Khan meeting when",
        ),
        # free word order: a phrase's words may stand apart, and are read as the phrase
        (
            "ru",
            "Принял ли Абдул Алим Хан приглашение?",
            "is accepted invitation Abdul Aleem Khan",
        ),
        ("ru", "Кто принял делегацию?", "who welcomed delegation"),
        # ...but a longer word is not the start of a phrase ("бастаған" is not "бас министр")
        (
            "kk",
            "Нұртілеу бастаған делегацияда қандай министрлер",
            "which minister Nurtleu led delegation",
        ),
        # "is it true that" asks yes or no; money counted is an amount
        ("ru", "Правда, что Казахстан крупнейший рынок?", "is Kazakhstan largest market"),
        ("ru", "На сколько денег подписали контрактов?", "how much signed contracts"),
        # a subject outside the sources is read, for the engine to refuse it
        ("ru", "Кто выиграл матч по крикету?", "who won match cricket"),
        # Kazakh: what one means to do (-бек), and talk there was of something
        ("kk", "Сауданы қанша долларға жеткізбек?", "trade how much usd aim reach"),
        # "for what sum": an amount asked, not a count
        ("kk", "қанша сомаға келісімшарт жасалды", "how much contracts make"),
        ("kk", "Рейс ашу туралы сөз болды ма?", "is flights open discussed"),
        # an Urdu name spelt with other vowels than the table's is found by its consonants
        ("ur", "مارات کارابائیف کون ہیں؟", "Marat Karabayev who"),
        ("ur", "نرتلیو کون ہیں؟", "Nurtleu who"),
        # a name no table holds goes to the transliteration library
        ("ru", "Кто такой Бахыт Султанов?", "who Bakhyt Sultanov"),
        # Roman Urdu: a word the table lacks is kept as typed, English or a name
        ("ur-latn", "kya direct flights shuru hui?", "is direct flights begin"),
        # "с" before a year is "since", not "with"; a year's own word is no year more
        ("ru", "первый с 2003 года", "first since 2003"),
        ("ru", "встреча с Кистафином", "meeting Kistafin"),
        ("ru", "На сколько подписали контрактов?", "how much signed contracts"),
        # a phrase's far word is not a word that starts as it ends: кездесті is "met", not
        # the "кезде" of "қай кезде" (when); "ол" leans on the one just asked about
        ("kk", "ол қай министрмен кездесті", "which minister meeting he"),
        ("kk", "2025 жылдың мамырында не болды", "2025 May what"),
        # شامل is "included": whether something is part of another is asked
        ("ur", "بھارت کوریڈور میں شامل ہے", "India corridor included"),
        # "کن" before a noun is "which" with it, not the far half of "کن ... سے", whom;
        # asked with its noun, which follows it, it goes first with the rest
        ("ur", "ریلوے کن بندرگاہوں سے جوڑے گی", "which ports connect railway"),
        ("ur", "کرابایف کن سے ملے", "Karabayev who"),
        # an order handed over is an award conferred, not credentials presented
        ("kk", "Зардари Тоқаевқа орденін тапсырады ма", "is Zardari and Tokayev award confer"),
        # a past form is read as written: "было" is "was", not "will" as "будут ли" is
        ("ru", "а когда это было?", "when was"),
        ("ru", "будут ли прямые рейсы", "is will direct flights"),
        ("ru", "кто это сказал?", "who said"),
        # an abbreviation in Latin capitals is kept as written: "IT" is no name "It"
        ("ru", "студенты изучают IT?", "is students study IT"),
        # "کے حساب سے" is "according to", no name; "کرانے" is holding (a forum)
        ("ur", "کستافن کے حساب سے تعلقات کتنے سال پرانے ہیں", "Kistafin relations how many years"),
        ("ur", "فورم کرانے کی بات", "forum hold"),
        # "из": from, of where people come from
        ("ru", "сколько студентов из казахстана", "how many students from Kazakhstan"),
        # "бас тарту" is refusing; "отвечать за" asks a portfolio; "بتا دو" is "tell me",
        # not دو, two; "کس چیز" is "what"
        ("kk", "шақырудан бас тартты ма", "is invited declined"),
        ("ru", "за что отвечает министр", "what responsible minister"),
        ("ur", "ملاقات کا خلاصہ بتا دو", "meeting summary tell"),
        ("ur", "کس چیز کے وزیر ہیں", "what minister"),
        # "қайсысы ерте: X ма әлде Y ма": which came first, X or Y, no yes or no
        ("kk", "қайсысы ерте: форум ма әлде сапар ма", "which came first forum visit"),
        # a claim ending "да?" is put for a yes or no; "что было раньше" asks an order
        ("ru", "форум в карачи был в марте, да?", "is forum in Karachi was in March"),
        ("ru", "что было раньше, форум или визит", "which came first forum or visit"),
        # "کون کون سی" is "which", each of them, not "who" and a name; وزیر خزانہ: finance
        ("ur", "کون کون سی بندرگاہیں", "which ports"),
        ("ur", "وزیر خزانہ کون ہیں", "finance minister who"),
        # a case ending hyphenated onto a word in Latin letters is no word of its own ("де"
        # alone is "also"); "қай айға": for which month; "приглашал" as "пригласил"
        ("kk", "ipri-де кітап", "IPRI book"),
        ("kk", "сапары қай айға жоспарланған", "visit which month plan"),
        ("ru", "карабаев приглашал алим хана", "Karabayev invited Aleem Khan"),
        ("ru", "контракты на полмиллиарда долларов", "contracts at half a billion dollars"),
        # ٹوٹل is "total"; ملائے گی, "will link"; انہوں نے, "he" of the last answer
        ("ur", "ٹوٹل کتنے لوگ", "total how many people"),
        ("ur", "ایک ہزار لوگ", "a thousand people"),  # "ایک" alone is "a"; a count here
        ("ur", "کن بندرگاہوں سے ملائے گی", "which ports connect"),
        ("ur", "انہوں نے کیا کہا", "he what said"),
        ("ur", "ان کی پاکستان میں کس سے ملاقات ہوئی", "who he Pakistan meeting"),
        # a tag at the end puts a claim for a yes or no: Urdu "نا", Kazakh "иә"; "думает
        # дать" is considering giving
        ("ur", "قازقستان کی اپنی بندرگاہیں ہیں نا", "is Kazakhstan ports"),
        # "سنا ہے ..., صحیح ہے؟": heard that ..., is it right? (either keyboard's letters)
        ("ur", "سنا ہے فورم کراچی میں ہوا، صحیح ہے؟", "is forum Karachi"),
        ("ur", "سنا ہے فورم کراچی میں ہوا، صحيح ہے؟", "is forum Karachi"),
        ("ur", "کس رپورٹر نے خبر لکھی", "which reporter news wrote"),
        ("ur", "فیڈرل سیکرٹری", "federal secretary"),
        # "صاحب" is a courtesy ("Mr"), no part of a name; "اسٹیٹ وزٹ" the state visit
        ("ur", "توکایف صاحب کا اسٹیٹ وزٹ", "Tokayev state visit"),
        # "حالات ٹھیک ہوئے": things settled down
        ("ur", "افغانستان میں حالات ٹھیک ہوئے", "Afghanistan situation stabilised"),
        ("kk", "форум карачиде өтті ғой иә", "is forum Karachi held"),
        # "... деп бағалады": described it as, not a review
        ("kk", "сапарын сәтті деп бағалады ма", "is visit successful describe"),
        ("ru", "пакистан думает дать визы", "Pakistan considering visa"),
        # where it was held, what he mentioned of something, which cities
        ("ru", "где проходил бизнес-форум", "where held business forum"),
        ("ru", "что кистафин упомянул насчёт авиарейсов", "what Kistafin mentioned about flights"),
        # "жиналды": the group met
        ("kk", "жұмыс тобы қашан жиналды", "when working group met"),
        # "что больше — X или Y" compares the two
        ("ru", "что больше, форум или визит", "which is bigger forum or visit"),
        # a question mark alone asks yes or no in Russian; звать is inviting
        (
            "ru",
            "Карабаев звал Алим Хана — тот отказался?",
            "is Karabayev invited Aleem Khan declined",
        ),
    ],
)
def test_a_question_is_read_into_the_words_the_engine_reads(
    language: str, text: str, english: str
) -> None:
    assert LANGUAGES[language].english(text) == english


def test_a_name_opening_a_question_is_read_when_the_kb_has_it(engine: Engine) -> None:
    """Every sentence opens with a capital: the first word is a name only if it spells one
    the KB holds ("Кистафин кім?"), else it is a word ("Расскажите о визах")."""
    kazakh, russian = LANGUAGES["kk"], LANGUAGES["ru"]
    assert kazakh.english("Кистафин кім?", engine.name_words) == "Kistafin who"
    assert russian.english("Расскажите о визах", engine.name_words) == "visa"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "в" kept as "in": whose envoy, and where he is posted
        ("Кто посол Казахстана в Пакистане?", "Yerzhan Kistafin — Kazakhstan's Ambassador"),
        ("Кто посол Пакистана в Казахстане?", "Not on record"),
        ("Қарабаев Пәкістанға барды ма?", "Yes. Kazakh Transport Minister Marat Karabayev's"),
        ("Зардари Қазақстанға барды ма?", "Not on record: the sources report no visit by Asif"),
        # Urdu written with its short vowels: the same words ("مُراد" is "مراد")
        ("مُراد نُورتلیو کون ہیں", "Murat Nurtleu — Kazakhstan's Deputy Prime Minister"),
        # "ایک" is "a", except before an amount: one billion
        ("کیا کراچی فورم میں ایک ارب ڈالر کے معاہدے ہوئے تھے", "No. USD 200 million"),
        # "дейін" before a name and "соңғы рет": the last one before him
        ("Тоқаевқа дейін Қазақстан президенті Пәкістанға соңғы рет қай жылы барған", "Tokayev's"),
        # a question word before the verb, as Urdu puts it: who, not "religious leaders"
        ("دورے کے دوران صدر ٹوکایف کن پاکستانی رہنماؤں سے ملیں گے؟", "Tokayev to meet President"),
        # "ہزار" with no number before it: a thousand
        ("سنا ہے کراچی فورم میں ہزار لوگ آئے تھے، صحیح ہے؟", "No. 500 participants"),
    ],
)
def test_trips_and_offices_asked_in_other_languages_keep_their_direction(
    engine: Engine, question: str, lead: str
) -> None:
    assert engine.answer(question, TODAY).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # "most" in each language, and in the Kazakh order: after what it counts
        ("Большинство пакистанских студентов в Казахстане изучают IT?", "No."),
        ("Пәкістандық студенттердің көбі Қазақстанда IT оқиды ма?", "No."),
        ("Студенттердің көпшілігі медицина оқиды ма?", "Yes."),
        ("کیا قازقستان میں زیادہ تر پاکستانی طلبہ طب پڑھتے ہیں؟", "Yes."),
    ],
)
def test_most_of_them_is_asked_in_each_language(
    engine: Engine, question: str, opening: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.lead.startswith(opening)
    assert "mostly" in answer.lead


def test_a_question_of_no_word_the_tables_hold_is_not_understood(engine: Engine) -> None:
    """Not "Please type a question": something was typed."""
    answer = engine.answer("Абракадабра сэнээ?", TODAY)
    assert answer.lead == "I don't have that."
    assert answer.language == "ru"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_help_examples_of_each_language_are_answered(engine: Engine, language: str) -> None:
    examples = engine.examples(language)
    assert len(examples) >= 8
    for question in examples:
        answer = engine.answer(question, TODAY)
        assert answer.intent not in ("fallback", "not_on_record"), question
        assert answer.language == language, question


@pytest.mark.parametrize("question", ["Кто такой Кистафин?", "Қистафин кім?", "کستافن کون ہیں؟"])
def test_the_answer_is_the_english_one_with_a_line_in_the_readers_language(
    engine: Engine, question: str
) -> None:
    english = engine.answer("who is Kistafin", TODAY)
    answer = engine.answer(question, TODAY)
    assert answer.question == question
    assert (answer.lead, answer.bullets, answer.sources) == (
        english.lead,
        english.bullets,
        english.sources,
    )
    language = detect(question)
    assert answer.language == language
    assert answer.hint.startswith(LANGUAGES[language].sources_note)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько сегодня стоит золото в Алматы?",
        "Кто такой Бахыт Султанов?",  # nobody the sources name
        "Алматыда ертең ауа райы қандай болады?",
        "مریم نواز نے قازقستان کے بارے میں کیا کہا؟",
    ],
)
def test_out_of_scope_questions_in_other_languages_are_answered_honestly(
    engine: Engine, question: str
) -> None:
    assert engine.answer(question, TODAY).not_on_record


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("language: xx\nname: X\nsources_note: N\n", "language: must be 'ru'"),
        ("language: ru\nname: X\n", "sources_note: is required"),
        ("language: ru\nname: X\nsources_note: N\nwords: {кто: ''}\n", "words: кто"),
        (
            "language: ru\nname: X\nsources_note: N\nwords: {кто: who}\nskip: [кто]\n",
            "skip: also listed as words: кто",
        ),
    ],
)
def test_a_bad_language_file_is_refused_naming_the_record(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "ru.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        load_language(path)


def test_a_reading_that_keeps_its_markers_is_not_read_again(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Roman Urdu keeps a word its table lacks as typed: a marker kept so is in the English
    reading too, which must be answered, not read as Roman Urdu once more (and again)."""
    bare = Language(
        code="ur-latn",
        name="Roman Urdu",
        sources_note="Maakhaz angrezi mein hain.",
        words={},
        names={},
        yes_no=frozenset(),
        skip=frozenset(),
        markers=frozenset({"kya", "hai"}),
        keep_unlisted=True,
    )
    monkeypatch.setattr(engine, "languages", {"ur-latn": bare})
    answer = engine.answer("kya visa hai", TODAY)
    assert answer.language == "ur-latn"
    assert answer.lead


def test_a_follow_up_in_russian_leans_on_the_last_answer(engine: Engine) -> None:
    first = engine.answer("Что обсуждали Карабаев и Алим Хан?", TODAY, reader="ru")
    then = engine.answer("а когда это было?", TODAY, context=first, reader="ru")
    assert "April 2025" in then.lead


@pytest.mark.parametrize(
    ("reader", "then"), [("ru", "на какую сумму?"), ("kk", "қанша?"), ("ur", "کتنا؟")]
)
def test_an_amount_asked_in_a_word_leans_on_the_last_answer(
    engine: Engine, reader: str, then: str
) -> None:
    previous = engine.answer("karachi business forum", TODAY)
    answer = engine.answer(then, TODAY, context=previous, reader=reader)
    assert "Karachi business forum" in answer.lead


@pytest.mark.parametrize(
    ("reader", "first", "then"),
    [
        # word orders unlike English's: "there else who", "there who else"
        ("ru", "О чем говорили Карабаев и Алим Хан?", "кто ещё там был"),
        ("kk", "Карабаев пен Әлім Хан не туралы сөйлесті", "ол жерде тағы кім болды"),
        ("ur", "کارابائیف اور علیم خان نے کیا بات چیت کی", "وہاں اور کون تھا"),
    ],
)
def test_who_else_was_there_in_each_language_names_the_others_at_that_meeting(
    engine: Engine, reader: str, first: str, then: str
) -> None:
    previous = engine.answer(first, TODAY, reader=reader)
    answer = engine.answer(then, TODAY, context=previous, reader=reader)
    assert answer.lead.startswith("Also taking part in Kazakh Transport Minister Marat Karabayev")
    assert any("Yerzhan Kistafin" in b for b in answer.bullets)


def test_an_english_word_in_urdu_letters_is_found_by_its_consonants(engine: Engine) -> None:
    """ "لانچنگ" is the sources' "launching"; a word of too few consonants to tell apart
    ("پارٹ": part, port) is left as a name would be."""
    urdu = LANGUAGES["ur"]
    assert urdu.english("کتاب کی لانچنگ کب", engine.name_words, engine.loan_words) == (
        "book launching when"
    )
    answer = engine.answer("IPRI والی کتاب کی لانچنگ کب ہوئی تھی", TODAY, reader="ur")
    assert "May 2025" in answer.lead


def test_an_english_title_in_urdu_letters_finds_its_holder(engine: Engine) -> None:
    """ "منسٹر فار ٹریڈ اینڈ انٹیگریشن": "Integration" (a title's capital, the same word)
    spoken with its "-tion" as "shun" (انٹیگریشن)."""
    answer = engine.answer("قازقستان کا منسٹر فار ٹریڈ اینڈ انٹیگریشن کون ہے", TODAY, reader="ur")
    assert answer.lead.startswith("Arman Shaqqaliev — Kazakhstan's Minister for Trade")


@pytest.mark.parametrize(
    ("reader", "then"), [("ru", "кто его пригласил"), ("ur", "اسے کس نے مدعو کیا")]
)
def test_him_in_a_follow_up_is_the_last_answers_man(
    engine: Engine, reader: str, then: str
) -> None:
    """ "Who invited him?" after Tokayev's visit: Shehbaz Sharif invited Tokayev; not
    Karabayev's invitation to Khan."""
    previous = engine.answer("when is tokayev's state visit?", TODAY)
    answer = engine.answer(then, TODAY, context=previous, reader=reader)
    assert "Shehbaz Sharif" in answer.lead
    assert "Karabayev" not in answer.lead


def test_the_last_one_before_someone_asked_in_russian(engine: Engine) -> None:
    """ "До Токаева ... последний раз": the one before him, which the sources give by its year."""
    question = "до токаева когда последний раз президент казахстана приезжал в пакистан"
    assert "since 2003" in engine.answer(question, TODAY).lead
