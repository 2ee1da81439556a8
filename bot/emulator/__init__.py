"""A local Telegram Bot API emulator for tests, benchmarks and ``briefbot chat``."""

from bot.emulator.server import ApiError, Emulator, Sent

__all__ = ["ApiError", "Emulator", "Sent"]
