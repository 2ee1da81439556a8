"""Questions in Russian, Kazakh and Urdu, read as the engine reads English.

The sources are English and the answers quote them, so a question in another language only
has to be understood: its words are mapped through that language's data file
(``languages/<code>.yaml``) onto the English words the engine already reads, and names go
through a table of the spellings readers use (Токаев, Тоқаев, ٹوکایف) or, failing that, the
anyascii transliteration library. Nothing is translated back: the answer stays the English
facts as published, with one line in the reader's language saying so.

How a word is found depends on the language: Russian inflects its words (визит, визита,
визиты), so each is looked up by its dictionary form from the pymorphy3 analyser (Snowball
stems визит and виза alike); Kazakh adds endings (Тоқаевқа, сапарында), so by the longest
listed word it starts with; Urdu writes postpositions apart, so as written. A name is
found by its start in all three (Токаева, Пакистане).

The language is told by the script: Telegram's ``language_code`` says which language the
reader's app is in, not which one they typed in. Urdu typed in Latin letters (Roman Urdu,
"Tokayev kab aaye the?") is told from English by its own small words, listed as `markers`
in its file (two of them make a question Roman Urdu); its words are read like Urdu's, and
a word the table lacks is passed on as typed, since Roman Urdu mixes in English words
("direct flights", "export market") and names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from knowledge import records
from knowledge.records import DataError

if TYPE_CHECKING:
    import pymorphy3

LANGUAGES_DIR = Path(__file__).parent / "languages"
ENGLISH = "en"
_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_TOKEN = re.compile(r"[\w-]+")
# the short vowels and other marks Urdu may write above or below a letter ("مُراد"): no
# letters of their own, so they would cut a word in two
_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_URDU_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1"})
_URDU_VOWELS = frozenset("\u0627\u0622\u0648\u06cc\u0626\u06d2\u0621\u064a")
_ENDING = 4  # letters of a case ending a reader hyphenates onto a word in Latin letters
_MIN_SKELETON = 3  # consonants a name needs to be found by them alone
_MARKERS = 2  # a language's own small words that tell it in Latin letters
_APART = 4  # words that may stand between the two words of a phrase
# the English words that ask, once a question is read: none, and the mark alone asks
_ASKING = frozenset({"who", "what", "when", "where", "which", "why", "how", "is", "whom", "whose"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_MIN_START = 3  # letters a listed word or name needs to be found at the start of another


def detect(
    text: str, reader: str | None = None, tables: Mapping[str, Language] | None = None
) -> str:
    """The language of a question by its script: Urdu script, Kazakh's own letters, other
    Cyrillic; in Latin letters a language whose markers it holds (Roman Urdu), else English.
    ``reader``: the reader's own language (Telegram's ``language_code``), which decides
    Cyrillic without Kazakh's letters ("Кистафин кім?" has one, "Бизнес-форумдар" none) and
    lets one marker tell Roman Urdu from an Urdu reader ("Kistafin kaun?")."""
    if _ARABIC_SCRIPT.search(text):
        return "ur"
    if _CYRILLIC.search(text):
        return "kk" if _KAZAKH_LETTERS.search(text) or reader == "kk" else "ru"
    said = [token.lower() for token in _TOKEN.findall(text)]
    for code, table in (tables or {}).items():
        # one of its words is enough from a reader whose app is in that language
        needed = 1 if reader == code.split("-")[0] else _MARKERS
        if table.markers and len([w for w in said if w in table.markers]) >= needed:
            return code
    return ENGLISH


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    sources_note: str  # "the sources are in English", in this language
    words: Mapping[tuple[str, ...], str]  # a phrase's keys -> the English words it stands for
    names: Mapping[tuple[str, ...], str]  # a name's keys -> as the sources write it
    yes_no: frozenset[str]  # particles that make a question yes/no ("ли", "ма", "کیا")
    skip: frozenset[str]  # words that carry no subject (Urdu's postpositions)
    examples: tuple[str, ...] = ()  # questions in this language for /help (each one answers)
    markers: frozenset[str] = frozenset()  # its words that tell it from English (Latin script)
    keep_unlisted: bool = False  # a word the tables lack is passed on as typed (Roman Urdu)
    since: frozenset[str] = frozenset()  # before a year, "since" ("с 2003 года"), not "with"
    # word forms read as written, before any dictionary form: "было" is "was", though its
    # dictionary form "быть" is read "will" ("будут ли рейсы")
    forms: Mapping[str, str] = field(default_factory=dict)
    # a question mark alone asks yes or no, as Russian asks "Карабаев звал Хана — тот
    # отказался?" by its tone, where no question word reads otherwise
    asks_by_mark: bool = False
    # words that end a claim to ask it yes or no: "форум был в марте, да?" ("..., right?")
    tags: frozenset[str] = frozenset()

    def key(self, word: str) -> str:
        """What a word is looked up by: its dictionary form (Russian); in Urdu, in Urdu's
        letters where an Arabic keyboard typed Arabic ones (ي ك ه); itself otherwise."""
        if self.code == "ru":
            return _lemma(word.lower())
        return word.lower().translate(_URDU_LETTERS) if self.code == "ur" else word.lower()

    def english(
        self, text: str, known: Collection[str] = (), loans: Mapping[str, str] | None = None
    ) -> str:
        """The question in the English words the engine reads: "Кто такой Кистафин?" ->
        "who Kistafin". ``known``: the words of names the KB holds, in lower case; a word
        that opens the question with a capital is a name only if it spells one of them
        ("Кистафин кім?"), since every sentence starts with a capital. ``loans``: the
        sources' English words by their consonants (``consonants``), which Urdu writes in
        its own letters ("ٹوٹل", total; "لانچنگ", launching)."""
        text = _MARKS.sub("", text)
        tokens = [part for token in _TOKEN.findall(text) for part in self._parts(token)]
        # "..., да?", "..., صحیح ہے؟" ("..., is it right?"): the claim before it is asked
        size = next((n for n in (2, 1) if " ".join(map(self.key, tokens[-n:])) in self.tags), 0)
        tagged = 0 < size < len(tokens)
        if tagged:
            tokens = tokens[:-size]
        keys = [self.key(token) for token in tokens]
        lower = [token.lower() for token in tokens]
        out: list[str] = []
        named = False  # the last word out was a name from the table
        taken: set[int] = set()  # words read already as the far end of a phrase
        at = 0
        while at < len(tokens):
            if at in taken:
                at += 1
                continue
            if at == 0 and keys[0] in self.yes_no:
                out.append("is")  # "کیا قازقستان ... چاہتا ہے": "does Kazakhstan want ..."
                at += 1
                continue
            if lower[at] in self.forms:
                out.append(self.forms[lower[at]])
                at += 1
                continue
            if keys[at] in self.since and at + 1 < len(tokens) and _YEAR.fullmatch(tokens[at + 1]):
                out.append("since")
                at += 1
                continue
            found = self._longest(keys, lower, at) or self._spelt_otherwise(keys, at)
            if found is None or found[0] == 1:
                apart = self._apart(keys, at, taken, found[3] if found else 0)
                if apart is not None:
                    out.append(self.words[apart[0]])
                    taken.add(apart[1])
                    named = False
                    at += 1
                    continue
            if found is not None:
                size, english, name, _ = found
                if english == "year" and out and _YEAR.fullmatch(out[-1]):
                    at += size  # "2003 года", "2025 жылы": the year's own word, not a year more
                    continue
                if name and named:  # "Зардари Тоқаевқа": two people, not one long name
                    out.append("and")
                out.append(english)
                named = name
                at += size
                continue
            word = tokens[at]
            if keys[at] in self.skip:  # "کرابایف کی عبدالعلیم خان سے": two people still
                at += 1
                continue
            named = False
            if word.isdigit():  # a year, a count: the same in every language
                out.append(str(int(word)))
            elif keys[at] in self.yes_no:  # "Собирается ли ...": a yes/no question
                # not "which ...: X ма әлде Y ма", X or Y
                if "which" not in (w for said in out for w in said.split()):
                    out.insert(0, "is")
            elif self.keep_unlisted:  # "direct flights", "Gwadar": English and names
                out.append(word)
            elif word.isascii() and word.isalpha() and len(word) > 1:
                # "IT", "KTZ", "ipri": a word typed in the sources' letters is theirs
                out.append(word)
            elif self.code == "ur" and (loan := (loans or {}).get(consonants(anyascii(word)))):
                out.append(loan)  # an English word in Urdu letters, as the sources spell it
            elif _looks_like_a_name(word, at, self.code) or (
                word[:1].isupper() and anyascii(word).lower() in known
            ):
                out.append(anyascii(word).title())
            # Any other word the tables lack is dropped: passed on transliterated, it is a
            # word no English source has, and the engine refused questions it could answer
            # (measured in the README); an out-of-scope subject is then only caught when the
            # table lists it, the weakness the README reports.
            at += 1
        out = _asked_first(out)
        asked = not _ASKING.isdisjoint(w for said in out for w in said.casefold().split())
        by_mark = self.asks_by_mark and text.rstrip().endswith("?")
        if (by_mark or tagged) and out and not asked:
            out.insert(0, "is")  # "Карабаев звал Хана — тот отказался?": yes or no
        return " ".join(out)

    @functools.cached_property
    def _starting(self) -> dict[bool, dict[str, list[tuple[str, ...]]]]:
        """Each table's phrases by the first letters of their first word (a word found by
        its start shares them): a look-up a word, not a pass over every phrase."""
        index: dict[bool, dict[str, list[tuple[str, ...]]]] = {True: {}, False: {}}
        for table, name in ((self.names, True), (self.words, False)):
            for phrase in table:
                index[name].setdefault(_head(phrase[0]), []).append(phrase)
        return index

    def _parts(self, token: str) -> list[str]:
        """A hyphenated word split where the tables hold each part ("бизнес-форумдар":
        business, forum), whole otherwise (a name, or a word read by its start)."""
        parts = [part for part in token.split("-") if part]
        if len(parts) < 2:
            return [token]
        if (
            len(parts) == 2
            and parts[0].isascii()
            and len(parts[1]) <= _ENDING
            and not (parts[1].isascii())
        ):
            return parts[:1]  # "ipri-де", "corporation-мен": a case ending on a Latin word
        known = all(self._longest([self.key(p)], [p.lower()], 0) for p in parts)
        return parts if known else [token]

    def _longest(
        self, keys: list[str], lower: list[str], at: int
    ) -> tuple[int, str, bool, int] | None:
        """The longest phrase of ``names`` or ``words`` that starts at ``at``: (its length in
        words, its English, whether it is a name, its letters). A name is found by its
        dictionary form or its start in any language (Астане, Токаева, Тоқаевқа); a word by
        its key, or in Kazakh by its start."""
        best: tuple[int, int, str, bool] | None = None
        for table, name in ((self.names, True), (self.words, False)):
            by_start = name or self.code == "kk"
            heads = {_head(keys[at]), _head(lower[at])} if name else {_head(keys[at])}
            for phrase in (p for head in heads for p in self._starting[name].get(head, ())):
                english = table[phrase]
                if at + len(phrase) > len(keys):
                    continue
                if all(
                    _matches(keys[at + n], key, by_start)
                    or (name and _matches(lower[at + n], key, by_start))
                    for n, key in enumerate(phrase)
                ):
                    rank = (len(phrase), sum(len(k) for k in phrase))
                    if best is None or rank > best[:2]:
                        best = (*rank, english, name)
        return (best[0], best[2], best[3], best[1]) if best else None

    @functools.cached_property
    def _skeletons(self) -> dict[str, list[tuple[str, ...]]]:
        """Urdu names by the consonants of their first word: a look-up a word."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.names if self.code == "ur" else ():
            index.setdefault(_skeleton(phrase[0]), []).append(phrase)
        return index

    def _spelt_otherwise(self, keys: list[str], at: int) -> tuple[int, str, bool, int] | None:
        """An Urdu name the table holds in another spelling: Urdu writes a name's vowels as
        it likes (کارابائیف, کرابایف), so its consonants find it (k-r-b-f), as a fallback
        where no word or name matched as written."""
        if len(_skeleton(keys[at])) < _MIN_SKELETON:
            return None
        best: tuple[int, str, bool, int] | None = None
        for phrase in self._skeletons.get(_skeleton(keys[at]), ()):
            size = len(phrase)
            if (best is not None and size <= best[0]) or at + size > len(keys):
                continue
            if all(_skeleton(keys[at + n]) == _skeleton(key) for n, key in enumerate(phrase)):
                best = (size, self.names[phrase], True, sum(map(len, phrase)))
        return best

    def _apart(
        self, keys: list[str], at: int, taken: set[int], letters: int
    ) -> tuple[tuple[str, ...], int] | None:
        """A two-word phrase whose second word comes a few words later, where free word order
        puts it ("Принял ли Абдул Алим Хан приглашение": accepted, not hosted, an invitation):
        the phrase and where its second word stands. ``letters``: those of the longest word
        found at ``at`` alone; a phrase must start with at least as long a word (Kazakh's
        "бастаған", led, is not "бас министр", chief minister)."""
        for phrase in self._starting[False].get(_head(keys[at]), ()):
            if len(phrase) != 2 or len(phrase[0]) < letters:
                continue
            if not _matches(keys[at], phrase[0], self.code == "kk"):
                continue
            for far in range(at + 2, min(at + 2 + _APART, len(keys))):
                if far in taken or not _matches(keys[far], phrase[1], self.code == "kk"):
                    continue
                if self.code == "ur" and self._noun_between(keys, at, far):
                    break  # "کن بندرگاہوں سے": from which ports, not "with whom"
                alone = self._longest(keys, keys, far)
                if alone is None or alone[3] <= len(phrase[1]):  # "кездесті" is "met",
                    return phrase, far  # though it starts as "қай кезде" ends: not "when"
        return None

    def _noun_between(self, keys: list[str], at: int, far: int) -> bool:
        """A word the tables read standing between a phrase's two words, in Urdu, whose
        question words come before their noun: "کن" with "بندرگاہوں" is "which ports"."""
        return any(
            keys[k] not in self.skip and self._longest(keys, keys, k) is not None
            for k in range(at + 1, far)
        )


@functools.lru_cache(maxsize=20_000)
def _skeleton(word: str) -> str:
    """An Urdu word's consonants: its long vowels and hamza (ا آ و ی ئ ے ء) left out."""
    return "".join(c for c in word if c not in _URDU_VOWELS)


_SOFT_C = re.compile(r"c(?=[eiy])")
_SPOKEN_SH = re.compile(r"[ts](?=ion)")
_NO_CONSONANT = re.compile(r"[aeiouwy'\W\d_]+")
_DOUBLED = re.compile(r"(.)\1+")


def consonants(word: str) -> str:
    """A word in Latin letters by its consonants, as Urdu writes an English one: vowels
    (and w, y, which Urdu's vowel letters give) out, a soft c as s, a hard one as k, z as s,
    doubles single: "conference" and "knfrns" (کانفرنس) are both "knfrns"."""
    word = word.casefold().replace("ch", "\x00").replace("gh", "").replace("ph", "f")
    word = _SPOKEN_SH.sub("sh", word)  # "integration" as spoken: انٹیگریشن
    word = _SOFT_C.sub("s", word).replace("c", "k").replace("q", "k").replace("z", "s")
    word = _DOUBLED.sub(r"\1", word.replace("\x00", "C")).replace("x", "ks")
    return _NO_CONSONANT.sub("", word).replace("C", "ch")


def _head(word: str) -> str:
    return word[:_MIN_START]


def _matches(word: str, key: str, by_start: bool) -> bool:
    return word == key or (by_start and len(key) >= _MIN_START and word.startswith(key))


@functools.cache
def _analyser() -> pymorphy3.MorphAnalyzer:
    """Imported and loaded at the first Russian question: a fifth of a second and 15 MB
    that no English question, and no other command, needs."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=20_000)
def _lemma(word: str) -> str:
    """A Russian word's dictionary form: визиты, визита -> визит; визы -> виза. Readers
    ask in few words, so a bounded cache answers most of them. Of readings as likely, a
    place's: "астану" is Astana, not a man named Astan."""
    parses = _analyser().parse(word)
    likeliest = [p for p in parses if p.score == parses[0].score]
    return str(next((p for p in likeliest if "Geox" in p.tag), parses[0]).normal_form)


def _looks_like_a_name(word: str, at: int, code: str) -> bool:
    """A word the tables do not hold is a name when it is written as one: with a capital
    inside the question (Russian, Kazakh); Urdu has no capitals, so any word it has not
    listed or skipped is taken for one (a question about someone nobody wrote about is then
    answered "I don't have that")."""
    if code == "ur":
        return not word.isdigit()
    return at > 0 and word[:1].isupper()


def _phrases(
    data: Mapping[str, Any], field: str, path: Path, language: str
) -> dict[tuple[str, ...], str]:
    table = data.get(field) or {}
    if not isinstance(table, Mapping):
        raise DataError(path, field, "must map words to English")
    phrases: dict[tuple[str, ...], str] = {}
    for said, english in table.items():
        if not isinstance(english, str) or not english.strip():
            raise DataError(path, f"{field}: {said}", "must give the English words")
        keys = tuple(
            _lemma(w.lower()) if language == "ru" and field == "words" else w.lower()
            for w in _TOKEN.findall(str(said))
        )
        if not keys:
            raise DataError(path, f"{field}: {said}", "has no word")
        phrases[keys] = english.strip()
    return phrases


def _words(data: Mapping[str, Any], field: str, path: Path) -> frozenset[str]:
    listed = data.get(field) or []
    if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
        raise DataError(path, field, "must be a list of words")
    return frozenset(w.lower() for w in listed)


def load_language(path: Path) -> Language:
    data = records.read_yaml(path)
    if not isinstance(data, Mapping):
        raise DataError(path, "top level", "must be a mapping")
    code = str(data.get("language") or "")
    if code != path.stem:
        raise DataError(path, "language", f"must be {path.stem!r}, the file's name")
    for key in ("name", "sources_note"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise DataError(path, key, "is required")
    words = _phrases(data, "words", path, code)
    skip = _words(data, "skip", path)
    both = sorted(skip.intersection(k for phrase in words for k in phrase if len(phrase) == 1))
    if both:
        raise DataError(path, "skip", f"also listed as words: {', '.join(both)}")
    return Language(
        code=code,
        name=str(data["name"]),
        sources_note=str(data["sources_note"]).strip(),
        words=words,
        names=_phrases(data, "names", path, code),
        yes_no=_words(data, "yes_no", path),
        skip=skip,
        examples=_examples(data, path),
        markers=_words(data, "markers", path),
        keep_unlisted=_unlisted(data, path),
        since=_words(data, "since", path),
        forms={k[0]: v for k, v in _phrases(data, "forms", path, code).items()},
        asks_by_mark=data.get("asks_by_mark") is True,
        tags=_words(data, "tags", path),
    )


def _unlisted(data: Mapping[str, Any], path: Path) -> bool:
    """`unlisted: keep` passes a word the tables lack on as typed; by default it is a name
    when written as one, and dropped otherwise."""
    said = data.get("unlisted", "drop")
    if said not in ("keep", "drop"):
        raise DataError(path, "unlisted", "must be keep or drop")
    return bool(said == "keep")


def _examples(data: Mapping[str, Any], path: Path) -> tuple[str, ...]:
    listed = data.get("examples", [])
    if not isinstance(listed, list) or not all(isinstance(q, str) and q.strip() for q in listed):
        raise DataError(path, "examples", "must be a list of questions")
    return tuple(q.strip() for q in listed)


@functools.cache
def load_languages(folder: Path = LANGUAGES_DIR) -> Mapping[str, Language]:
    """Read once: every engine (a new one at each reload of the articles) shares them."""
    return {path.stem: load_language(path) for path in sorted(folder.glob("*.yaml"))}


_QUESTION_WORDS = {"who", "whom", "whose", "when", "where", "why"}


def _asked_first(out: list[str]) -> list[str]:
    """The question word where English puts it, first: "Tokayev who Pakistani leaders will
    meet" (Kazakh and Urdu put it before the verb) asks who, as "who will Tokayev meet" does;
    the engine reads a lone question word only near a question's start, or at its end."""
    at = next((n for n, said in enumerate(out) if said in _QUESTION_WORDS), None)
    which = next((n for n, said in enumerate(out) if said == "which"), None)
    before = {w for said in out[:which] for w in said.casefold().split()}
    if which and before.isdisjoint(_ASKING) and which < len(out) - 1:
        # "which Pakistani leaders" is asked with its noun, which comes after it: the
        # rest from there on goes first ("Tokayev which Pakistani leaders will meet")
        return [*out[which:], *out[:which]]
    if not at or at == len(out) - 1 or out[0] == "is":
        return out  # last, it is read as asked ("... secretary's name who")
    return [out[at], *out[:at], *out[at + 1 :]]
