"""The users the emulator simulates: they open chats, write, press buttons and query inline,
and each action becomes an update for the bot, as Telegram would send it."""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

from bot.emulator.server import BotApi, Sent
from bot.emulator.telegram_html import utf16_length

_ADDRESS = re.compile(r"(?:^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)|(?:@[A-Za-z0-9_]{3,})")


def _entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram attaches to a user's text: a leading /command and @mentions."""
    found = []
    for match in _ADDRESS.finditer(text):
        kind = "bot_command" if match.group(0).startswith("/") else "mention"
        offset = utf16_length(text[: match.start()])
        found.append({"type": kind, "offset": offset, "length": utf16_length(match.group(0))})
    return found


class Emulator(BotApi):
    """The Bot API with users: what tests, benchmarks and ``briefbot chat`` drive."""

    def private_chat(
        self,
        user_id: int,
        first_name: str = "User",
        username: str | None = None,
        language_code: str = "en",
    ) -> dict[str, Any]:
        """A user and their private chat with the bot; ``language_code`` is their
        Telegram's language, as each update carries it."""
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            user["username"] = username
        self._chats[user_id] = {"id": user_id, "type": "private", "first_name": first_name}
        return user

    def group_chat(
        self,
        chat_id: int,
        title: str = "Trade desk",
        *,
        owner: int | None = None,
        kind: str = "supergroup",
    ) -> dict[str, Any]:
        """A group; ``owner`` is the one member getChatMember reports as able to manage it."""
        chat = {"id": chat_id, "type": kind, "title": title}
        self._chats[chat_id] = chat
        if owner is not None:
            self.owners[chat_id] = owner
        return chat

    def redeliver(self, update_id: int) -> int:
        """Send an update's content again, as Telegram does when a webhook did not answer."""
        [(kind, payload)] = [
            (k, v) for u in self.pushed if u["update_id"] == update_id
            for k, v in u.items() if k != "update_id"
        ]  # fmt: skip
        return self._push(kind, payload)

    def upgrade(self, group_id: int, supergroup_id: int, *, announce: bool = True) -> None:
        """The group becomes a supergroup with a new id, as when an admin turns on a
        supergroup feature: calls to the old id fail with ``migrate_to_chat_id``. With
        ``announce``, the bot gets the service messages Telegram sends in both chats."""
        group = self._chats[group_id]
        supergroup = {**group, "id": supergroup_id, "type": "supergroup"}
        self._chats[supergroup_id] = supergroup
        if group_id in self.owners:
            self.owners[supergroup_id] = self.owners[group_id]
        self.upgraded[group_id] = supergroup_id
        if announce:
            when = int(time.time())
            for chat, field_name, other in (
                (group, "migrate_to_chat_id", supergroup_id),
                (supergroup, "migrate_from_chat_id", group_id),
            ):
                ids = self._message_ids.setdefault(chat["id"], itertools.count(1))
                self._push(
                    "message",
                    {"message_id": next(ids), "date": when, "chat": chat, field_name: other},
                )

    def send_text(
        self,
        user: dict[str, Any],
        text: str,
        *,
        chat: dict[str, Any] | None = None,
        reply_to: Sent | None = None,
    ) -> int:
        """A user writes ``text`` (in their private chat unless ``chat`` is given)."""
        target = chat or self._chats[user["id"]]
        message = self._user_message(user, target, {"text": text})
        if entities := _entities(text):
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._messages[(reply_to.chat_id, reply_to.message_id)]
        return self._push("message", message)

    def send_sticker(self, user: dict[str, Any], chat: dict[str, Any] | None = None) -> int:
        sticker = {
            "file_id": "CAACAgIAAxkBAAEB", "file_unique_id": "AgADAQAD", "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False,
        }  # fmt: skip
        target = chat or self._chats[user["id"]]
        return self._push("message", self._user_message(user, target, {"sticker": sticker}))

    def edit_text(self, user: dict[str, Any], message_id: int, text: str) -> int:
        target = self._chats[user["id"]]
        edited = self._user_message(user, target, {"text": text}, message_id=message_id)
        edited["edit_date"] = int(time.time())
        return self._push("edited_message", edited)

    def _user_message(
        self,
        user: dict[str, Any],
        chat: dict[str, Any],
        content: dict[str, Any],
        message_id: int | None = None,
    ) -> dict[str, Any]:
        ids = self._message_ids.setdefault(chat["id"], itertools.count(1))
        message = {
            "message_id": message_id or next(ids),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    def press(self, user: dict[str, Any], sent: Sent, button_text: str) -> str:
        """A user taps the button labelled ``button_text`` under one of the bot's messages."""
        for row in sent.buttons:
            for button in row:
                if button["text"] == button_text:
                    query_id = str(next(self._query_ids))
                    self.callback_answers[query_id] = {}
                    self._push(
                        "callback_query",
                        {
                            "id": query_id,
                            "from": user,
                            "message": self._messages[(sent.chat_id, sent.message_id)],
                            "chat_instance": str(sent.chat_id),
                            "data": button["callback_data"],
                        },
                    )
                    return query_id
        raise LookupError(f"no button {button_text!r} under message {sent.message_id}")

    def inline_query(self, user: dict[str, Any], query: str) -> str:
        query_id = str(next(self._query_ids))
        self.inline_answers[query_id] = []
        self._push("inline_query", {"id": query_id, "from": user, "query": query, "offset": ""})
        return query_id
