"""A local Telegram Bot API emulator for tests, benchmarks and ``briefbot chat``."""

from bot.emulator.server import ApiError, Sent
from bot.emulator.users import Emulator

__all__ = ["ApiError", "Emulator", "Sent"]
