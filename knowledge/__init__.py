"""Knowledge base and answer engine for the Pakistan–Kazakhstan briefing bot.

No Telegram here: ``Engine(build(seeds_dir)).answer(question, today)`` is the whole API the
bot, the command line and the tests use.
"""

from knowledge.answer import Answer, Citation
from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.engine import Engine
from knowledge.kbfile import load

__all__ = ["DEFAULT_SEEDS_DIR", "Answer", "Citation", "Engine", "build", "load"]
