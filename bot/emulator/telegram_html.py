"""Telegram's HTML parse mode, checked the way the Bot API checks it.

Telegram accepts a small set of tags and only four named entities; anything else, an
unescaped ``<`` or ``&``, or a tag left open, is "Bad Request: can't parse entities". The
plain text that remains is what the 4,096-character limit counts.
"""

from __future__ import annotations

import html
import re

ALLOWED_TAGS = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "span": {"class"},
    "tg-spoiler": set(),
    "a": {"href"},
    "tg-emoji": {"emoji-id"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
}
NAMED_ENTITIES = {"lt", "gt", "amp", "quot"}
_TOKEN = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>(?:\s[^<>]*)?)>"
    r"|&(?P<entity>#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
    r"|(?P<bad>[<&])"
)
_ATTRIBUTE = re.compile(r"""\s*([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


class EntityError(ValueError):
    """What Telegram would answer: 'Bad Request: can't parse entities: ...'."""


def utf16_length(text: str) -> int:
    """Telegram measures text in UTF-16 code units: an emoji can count twice."""
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _check_attributes(text: str, index: int, tag: str, attrs: str) -> None:
    allowed = ALLOWED_TAGS[tag]
    for match in _ATTRIBUTE.finditer(attrs):
        name = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        if name not in allowed:
            raise EntityError(
                f'Unsupported attribute "{name}" of tag "{tag}" at byte offset '
                f"{_offset(text, index)}"
            )
        if tag == "span" and value != "tg-spoiler":
            raise EntityError(f"Unsupported span class at byte offset {_offset(text, index)}")
    if tag == "a" and "href" not in attrs:
        raise EntityError(
            f'Tag "a" must have attribute href at byte offset {_offset(text, index)}'
        )


def parse(text: str) -> str:
    """The plain text of an HTML-formatted message; raises EntityError like Telegram."""
    plain: list[str] = []
    open_tags: list[tuple[str, int]] = []
    position = 0
    for match in _TOKEN.finditer(text):
        plain.append(text[position : match.start()])
        position = match.end()
        if match.group("bad"):
            what = "entity" if match.group("bad") == "&" else "tag"
            raise EntityError(
                f"Can't find end of the {what} starting at byte offset "
                f"{_offset(text, match.start())}"
            )
        entity = match.group("entity")
        if entity is not None:
            if not entity.startswith("#") and entity not in NAMED_ENTITIES:
                raise EntityError(
                    f'Unsupported HTML entity "&{entity};" at byte offset '
                    f"{_offset(text, match.start())}"
                )
            plain.append(html.unescape(match.group(0)))
            continue
        tag = match.group("tag").lower()
        if tag not in ALLOWED_TAGS:
            raise EntityError(
                f'Unsupported start tag "{tag}" at byte offset {_offset(text, match.start())}'
            )
        if match.group("close"):
            if not open_tags or open_tags[-1][0] != tag:
                raise EntityError(
                    f"Unmatched end tag at byte offset {_offset(text, match.start())}, "
                    f'expected "</{open_tags[-1][0]}>", found "</{tag}>"'
                    if open_tags
                    else f"Unexpected end tag at byte offset {_offset(text, match.start())}"
                )
            open_tags.pop()
        else:
            _check_attributes(text, match.start(), tag, match.group("attrs"))
            open_tags.append((tag, match.start()))
    if open_tags:
        tag, index = open_tags[-1]
        raise EntityError(
            f'Can\'t find end tag corresponding to start tag "{tag}" at byte offset '
            f"{_offset(text, index)}"
        )
    plain.append(text[position:])
    return "".join(plain)
