import subprocess
import sys


def test_importing_knowledge_leaves_telegram_out() -> None:
    code = (
        "import sys, knowledge, knowledge.engine, knowledge.build, knowledge.cli; "
        "assert not any(m == 'telegram' or m.startswith('telegram.') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
