"""A local Bot API server: the part of Telegram the bot talks to, on loopback.

The bot runs against it unchanged (python-telegram-bot's own HTTP code, pointed here by
``TELEGRAM_API_BASE_URL``), so tests and ``briefbot chat`` exercise the production code path.
It checks what Telegram checks (text length, HTML entities, 64-byte callback data, 50 inline
results, command names) and can inject what Telegram does to bots: 429 with retry_after,
403 for a blocked user, 5xx, slow answers, and a global send-rate cap.

Users are simulated from Python (``bot.emulator.users``): ``send_text``, ``press``,
``inline_query`` push updates that the bot receives by long polling or, after
``setWebhook``, by POST to its webhook.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import ClientSession, ClientTimeout, web

from bot.emulator.telegram_html import EntityError, parse, utf16_length

_LOGGER = logging.getLogger(__name__)
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_INLINE_RESULTS = 50
SEND_METHODS = {"sendmessage", "editmessagetext"}
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_EXPIRED = "query is too old and response timeout expired or query ID is invalid"
_JSON_FIELDS = {
    "reply_markup",
    "entities",
    "results",
    "commands",
    "allowed_updates",
    "link_preview_options",
    "reply_parameters",
    "scope",
    "button",
}
_CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note",
    "upload_video_note",
}  # fmt: skip


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to = migrate_to

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        parameters = {"retry_after": self.retry_after, "migrate_to_chat_id": self.migrate_to}
        if given := {k: v for k, v in parameters.items() if v is not None}:
            body["parameters"] = given
        return body


def _language(params: dict[str, Any]) -> str:
    """A menu's or profile text's ``language_code``: "" or two lower-case letters."""
    code = str(params.get("language_code") or "")
    if code and not (len(code) == 2 and code.isascii() and code.isalpha() and code.islower()):
        raise bad_request("invalid language code specified")
    return code


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Fault:
    """What the next ``times`` calls of ``method`` (or any method when None) get instead."""

    method: str | None
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    times: int = 1
    late: bool = False  # the delay comes after the call is carried out: its answer is late


@dataclass
class Sent:
    """A message as the bot sent or last edited it, and how a user would see it."""

    chat_id: int
    message_id: int
    text: str  # the plain text a user reads
    raw: str  # the text as the bot sent it (HTML when parse_mode is HTML)
    parse_mode: str | None
    buttons: list[list[dict[str, Any]]] = field(default_factory=list)
    edits: int = 0
    at: float = field(default_factory=time.monotonic)  # when the bot sent it

    def button_texts(self) -> list[str]:
        return [button["text"] for row in self.buttons for button in row]


class BotApi:
    """The Bot API side: what the bot calls, checked as Telegram checks it, with faults on
    demand, and the updates it receives. ``Emulator`` adds the users."""

    def __init__(
        self,
        token: str,
        *,
        username: str = "briefbot",
        send_rate: float | None = None,
        wait_limit: float = 10.0,
    ) -> None:
        self.token = token
        self.wait_limit = wait_limit
        self.me = {
            "id": 7_000_001,
            "is_bot": True,
            "first_name": "Briefbot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.send_rate = send_rate
        self.faults: list[Fault] = []
        self.pushed: list[dict[str, Any]] = []  # every update, in order
        self.upgraded: dict[int, int] = {}  # a group's id -> its supergroup's, once upgraded
        self.calls: Counter[str] = Counter()
        self.rejected: list[tuple[str, str]] = []  # (method, description) of refused calls
        self.sent: list[Sent] = []
        # the menu and profile texts by language_code ("": everyone without their own)
        self.menus: dict[str, list[dict[str, str]]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.description_changes = 0  # setMyDescription and setMyShortDescription calls
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, list[dict[str, Any]]] = {}
        self.inline_buttons: dict[str, dict[str, Any]] = {}  # shown above the results
        self.chat_actions: list[tuple[int, str]] = []
        self.blocked: set[int] = set()
        self.owners: dict[int, int] = {}
        self.webhook: dict[str, Any] | None = None
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._by_message: dict[tuple[int, int], Sent] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._changed = asyncio.Condition()
        self._polls = 0
        self._tokens = float(send_rate or 0)
        self._refilled = time.monotonic()
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.host = host
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._session:
            await self._session.close()
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What ``TELEGRAM_API_BASE_URL`` must be for a bot to use this server."""
        return f"http://{self.host}:{self.port}/bot"

    # -- faults ------------------------------------------------------------------------

    def fail(
        self,
        method: str | None,
        status: int,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        default = {
            429: f"Too Many Requests: retry after {retry_after}",
            403: "Forbidden: bot was blocked by the user",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }.get(status, "Error")
        self.faults.append(
            Fault(
                method and method.lower(), status, description or default, retry_after, 0.0, times
            )
        )

    def slow(self, method: str | None, seconds: float, *, times: int = 1) -> None:
        self.faults.append(Fault(method and method.lower(), delay=seconds, times=times))

    def late(self, method: str | None, seconds: float, *, times: int = 1) -> None:
        """Carry the call out, then answer ``seconds`` late: a client that gives up waiting
        cannot know it was done."""
        self.faults.append(Fault(method and method.lower(), delay=seconds, times=times, late=True))

    async def _apply_faults(self, method: str, *, late: bool = False) -> None:
        for fault in self.faults:
            if fault.times > 0 and fault.method in (None, method) and fault.late == late:
                fault.times -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status:
                    raise ApiError(fault.status, fault.description, fault.retry_after)
                return

    def _take_send_token(self) -> None:
        if not self.send_rate:
            return
        now = time.monotonic()
        self._tokens = min(self.send_rate, self._tokens + (now - self._refilled) * self.send_rate)
        self._refilled = now
        if self._tokens < 1:
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._tokens -= 1

    # -- HTTP --------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        self.calls[method] += 1
        try:
            params = await self._params(request)
            await self._apply_faults(method)
            handler: Callable[[dict[str, Any]], Any] | None = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if method in SEND_METHODS:
                self._take_send_token()
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
            await self._apply_faults(method, late=True)
        except ApiError as error:
            if error.code == 400:
                self.rejected.append((method, error.description))
                _LOGGER.warning("emulator refused %s: %s", method, error.description)
            return web.json_response(error.body(), status=error.code)
        finally:
            await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data) if isinstance(data, dict) else {}
        form = await request.post() if request.body_exists else request.query
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue
            if key in _JSON_FIELDS:
                try:
                    params[key] = json.loads(value)
                except json.JSONDecodeError:
                    raise bad_request(f"can't parse {key} JSON object") from None
            else:
                params[key] = value
        return params

    # -- the bot's methods -------------------------------------------------------------

    def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.me

    def _m_logout(self, params: dict[str, Any]) -> bool:
        return True

    def _m_close(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        self._polls += 1
        offset = int(params.get("offset", 0))
        limit = min(int(params.get("limit", 100)), 100)
        timeout = float(params.get("timeout", 0))
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        async with self._changed:
            self._changed.notify_all()
            if not self._updates and timeout > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(self._updates)), timeout
                    )
        return self._updates[:limit]

    def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url", "")
        if not url:
            self.webhook = None
            return True
        if not url.startswith(("http://127.", "http://localhost", "https://")):
            raise bad_request("bad webhook: an HTTPS URL must be provided for webhook")
        self.webhook = {"url": url, "secret_token": params.get("secret_token")}
        for update in self._updates:
            self._deliver(update)
        self._updates.clear()
        return True

    def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._updates.clear()
        return True

    def _m_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _m_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 commands")
        for command in commands:
            if not _COMMAND.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.menus[_language(params)] = commands
        return True

    def _m_getmycommands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        return self.menus.get(_language(params), [])

    def _m_deletemycommands(self, params: dict[str, Any]) -> bool:
        self.menus.pop(_language(params), None)
        return True

    def _m_setmydescription(self, params: dict[str, Any]) -> bool:
        text = self._profile_text(params, "description", 512)
        self.descriptions[_language(params)] = text
        return True

    def _m_getmydescription(self, params: dict[str, Any]) -> dict[str, str]:
        return {"description": self.descriptions.get(_language(params), "")}

    def _m_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        text = self._profile_text(params, "short_description", 120)
        self.short_descriptions[_language(params)] = text
        return True

    def _m_getmyshortdescription(self, params: dict[str, Any]) -> dict[str, str]:
        return {"short_description": self.short_descriptions.get(_language(params), "")}

    @property
    def commands(self) -> list[dict[str, str]]:
        """The menu of users whose language has none of its own."""
        return self.menus.get("", [])

    @property
    def description(self) -> str:
        return self.descriptions.get("", "")

    @property
    def short_description(self) -> str:
        return self.short_descriptions.get("", "")

    def _profile_text(self, params: dict[str, Any], field: str, limit: int) -> str:
        text = str(params.get(field) or "")
        if len(text) > limit:
            raise bad_request(f"{field.upper()}_INVALID")
        self.description_changes += 1
        return text

    def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append((chat["id"], params["action"]))
        return True

    def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        if chat["id"] in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        text, raw, mode = self._text(params)
        buttons = self._keyboard(params.get("reply_markup"))
        message_id = next(self._message_ids.setdefault(chat["id"], itertools.count(1)))
        message = {
            "message_id": message_id,
            "from": self.me,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if buttons:
            message["reply_markup"] = {"inline_keyboard": buttons}
        self._messages[(chat["id"], message_id)] = message
        sent = Sent(chat["id"], message_id, text, raw, mode, buttons)
        self._by_message[(chat["id"], message_id)] = sent
        self.sent.append(sent)
        return message

    def _m_getchatmember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        user_id = int(params.get("user_id", 0))
        user = {"id": user_id, "is_bot": False, "first_name": "User"}
        if chat["type"] == "private" or self.owners.get(chat["id"]) == user_id:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        key = (chat["id"], int(params.get("message_id", 0)))
        if key not in self._by_message:
            raise bad_request("message to edit not found")
        sent = self._by_message[key]
        text, raw, mode = self._text(params)
        buttons = self._keyboard(params.get("reply_markup"))
        if raw == sent.raw and buttons == sent.buttons:
            raise bad_request(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        sent.text, sent.raw, sent.parse_mode, sent.buttons = text, raw, mode, buttons
        sent.edits += 1
        message = self._messages[key]
        message["text"] = text
        message["edit_date"] = int(time.time())
        return message

    def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.callback_answers:
            raise bad_request(_EXPIRED)
        if self.callback_answers[query_id]:
            raise bad_request("query is already answered")
        if len(str(params.get("text", ""))) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = {"text": params.get("text"), **params}
        return True

    def _m_answerinlinequery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self.inline_answers:
            raise bad_request(_EXPIRED)
        results = params.get("results")
        if not isinstance(results, list):
            raise bad_request("results must be a list")
        if len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise bad_request("RESULT_ID_INVALID")
        for result in results:
            if result.get("type") == "article":
                if not result.get("title"):
                    raise bad_request("RESULT_TITLE_EMPTY")
                content = result.get("input_message_content") or {}
                self._text(content, field_name="message_text")
                self._keyboard(result.get("reply_markup"))
        self.inline_answers[query_id] = results
        if button := params.get("button"):
            if not 1 <= len(str(button.get("text", ""))) <= 64:
                raise bad_request("BUTTON_TEXT_INVALID")
            self.inline_buttons[query_id] = button
        return True

    # -- checks shared by the methods --------------------------------------------------

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            chat_id = int(params.get("chat_id", ""))
        except ValueError:
            raise bad_request("chat not found") from None
        if chat_id not in self._chats:
            raise bad_request("chat not found")
        if chat_id in self.upgraded:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to=self.upgraded[chat_id],
            )
        return self._chats[chat_id]

    def _text(
        self, params: dict[str, Any], field_name: str = "text"
    ) -> tuple[str, str, str | None]:
        raw = params.get(field_name)
        if not isinstance(raw, str) or not raw.strip():
            raise bad_request("message text is empty")
        mode = params.get("parse_mode")
        plain = raw
        if mode and mode.upper() == "HTML":
            try:
                plain = parse(raw)
            except EntityError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        elif mode:
            raise bad_request(f"unsupported parse_mode {mode!r} in this emulator")
        if not plain.strip():
            raise bad_request("message text is empty")
        if utf16_length(plain) > MAX_TEXT:
            raise bad_request("message is too long")
        return plain, raw, mode

    def _keyboard(self, markup: object) -> list[list[dict[str, Any]]]:
        if not markup:
            return []
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        if not isinstance(rows, list):
            raise bad_request("unsupported reply_markup in this emulator")
        for row in rows:
            for button in row:
                if not str(button.get("text", "")).strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
                actions = set(button) & {
                    "callback_data", "url", "switch_inline_query",
                    "switch_inline_query_current_chat",
                }  # fmt: skip
                if len(actions) != 1:
                    raise bad_request("BUTTON_TYPE_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                    raise bad_request("BUTTON_DATA_INVALID")
        return rows

    # -- updates to the bot ------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        update = {"update_id": next(self._update_ids), kind: payload}
        self.pushed.append(update)
        if self.webhook:
            self._deliver(update)
        else:
            self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return int(str(update["update_id"]))

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _deliver(self, update: dict[str, Any]) -> None:
        asyncio.get_running_loop().create_task(self._post_to_webhook(update))

    async def _post_to_webhook(self, update: dict[str, Any]) -> None:
        assert self.webhook is not None
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=30))
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        for attempt in range(5):
            try:
                async with self._session.post(
                    self.webhook["url"], json=update, headers=headers
                ) as response:
                    if response.status < 500:
                        return
            except OSError:
                pass
            await asyncio.sleep(0.2 * 2**attempt)
        _LOGGER.warning("emulator gave up delivering update %s", update["update_id"])

    # -- waiting for the bot -----------------------------------------------------------

    async def wait_for(self, condition: Callable[[], bool]) -> None:
        """Wait until ``condition()`` holds, re-checking after every call the bot makes;
        TimeoutError after ``wait_limit`` seconds."""
        async with asyncio.timeout(self.wait_limit), self._changed:
            await self._changed.wait_for(condition)

    async def delivered(self) -> None:
        """Wait until the bot has fetched every pending update and asked for more."""
        polls = self._polls
        await self.wait_for(lambda: not self._updates and self._polls > polls)

    def messages_to(self, chat_id: int) -> list[Sent]:
        return [sent for sent in self.sent if sent.chat_id == chat_id]
