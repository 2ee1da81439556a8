"""Questions about the articles themselves, answered from their bylines (the seed index's
author and publisher), not from what they report: "who is Shabbir Hussain", "who wrote the
article on the IPRI book launch", "which outlet reported the Karachi forum".

A journalist's name is in no sentence of his own article, so without this the bot said it
knew nothing of him while citing his work."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from knowledge.lexicon import Lexicon
from knowledge.model import Article
from knowledge.text import words

_NAME_CUTOFF = 80  # the whole name, as the matcher takes a person's ("shabir husain")
_WORD_CUTOFF = 75  # and each of its words, so "arman hussain" is not Shabbir Hussain


# the press as whom someone spoke to, not who wrote: "told journalists", "briefed reporters"
_AUDIENCE = re.compile(
    r"\b(?:tell|tells|told|telling|brief|briefs|briefed|inform|informed|said\s+to|say\s+to|"
    r"address|addressed)\s+(?:the\s+)?(?:journalists|reporters|correspondents|media|press)\b",
    re.IGNORECASE,
)


class Bylines:
    def __init__(self, articles: Sequence[Article], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.by_author: dict[str, list[Article]] = {}
        for article in articles:
            if article.author:
                self.by_author.setdefault(article.author, []).append(article)

    def author(self, name: str) -> str | None:
        """The author a name asked about stands for, as the byline spells it; a whole name
        only, never a surname alone, which may be anyone's."""
        asked = name.casefold().split()
        for author in self.by_author:
            own = author.casefold().split()
            if len(asked) < 2 or fuzz.ratio(" ".join(asked), " ".join(own)) < _NAME_CUTOFF:
                continue
            if all(max(fuzz.ratio(w, o) for o in own) >= _WORD_CUTOFF for w in asked):
                return author
        return None

    def asks(self, text: str) -> str | None:
        """ "author" or "outlet" when the question asks who wrote or who published an article;
        an author word asks so only with a word for the article or "about" ("what did
        Kistafin write" asks what he wrote)."""
        said = set(words(text))
        if said & self.lexicon.asks_outlet:
            return "outlet"
        # "when was the story published": an article word proper, not "about"
        if said & self.lexicon.asks_published and said & (self.lexicon.article_words - {"about"}):
            return "published"
        if _AUDIENCE.search(text):
            return None  # "what did he tell journalists about corridors": what he said
        if said & self.lexicon.asks_author and said & self.lexicon.article_words:
            return "author"
        return None

    def words(self) -> frozenset[str]:
        """The words that ask about an article rather than say what it is about."""
        return self.lexicon.asks_author | self.lexicon.asks_outlet | self.lexicon.article_words
