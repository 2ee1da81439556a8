"""Benchmark: ``briefbot db import`` of a large backup, as a process of its own.

A backup of N subscriptions (default 100,000, mixed schedules, zones and topics) is written,
then imported into a fresh SQLite file by ``briefbot db import``. Printed: the time
(target <= 30 s for 100,000) and the process's peak memory (VmHWM of the child, from
resource usage); a second import of the same file (every record unchanged) shows the
comparison path. Memory should stay flat as N grows: run it with 10,000 and 100,000.

    .venv/bin/python tests/bench/bench_import.py [--subscriptions 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BRIEFBOT = str(Path(sys.executable).with_name("briefbot"))
ZONES = ("Asia/Karachi", "Asia/Almaty", "Europe/London", "UTC", "Asia/Dubai")
TOPICS = ("visas", "trade", "flights", "corridors", "forums")


def backup(count: int) -> dict[str, object]:
    records = []
    for n in range(count):
        weekly = n % 3 == 0
        records.append(
            {
                "chat_id": 10_000_000 + n if n % 5 else -1_001_000_000_000 - n,
                "chat_type": "private" if n % 5 else "supergroup",
                "frequency": "weekly" if weekly else "daily",
                "weekday": n % 7 if weekly else None,
                "send_time": f"{6 + n % 4:02d}:{(n * 15) % 60:02d}",
                "timezone": ZONES[n % len(ZONES)],
                "topics": list(TOPICS[: n % 4]),
                "send_when_empty": n % 2 == 0,
                "active": n % 10 != 0,
                "inactive_reason": "unsubscribed" if n % 10 == 0 else None,
                "last_digest_at": None,
                "next_run_at": None if n % 10 == 0 else "2026-12-02T03:00:00+00:00",
                "created_at": "2026-11-01T09:00:00+00:00",
                "updated_at": "2026-11-20T09:00:00+00:00",
            }
        )
    return {"format": "briefbot-subscriptions/1", "subscriptions": records}


def timed_import(file: Path, data_dir: Path) -> tuple[float, float, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DATABASE"))}
    env["BRIEFBOT_DATA_DIR"] = str(data_dir)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(
        [BRIEFBOT, "db", "import", str(file)], env=env, capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        file = Path(scratch) / "backup.json"
        file.write_text(json.dumps(backup(args.subscriptions)), encoding="utf-8")
        size = file.stat().st_size / 1e6
        python = platform.python_version()
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}")
        print(f"backup: {args.subscriptions:,} subscriptions, {size:.1f} MB")
        for attempt in ("first import", "again (unchanged)", "every record changed"):
            if attempt == "every record changed":
                changed = backup(args.subscriptions)
                for record in changed["subscriptions"]:  # type: ignore[attr-defined]
                    record["send_when_empty"] = not record["send_when_empty"]
                file.write_text(json.dumps(changed), encoding="utf-8")
            seconds, peak, said = timed_import(file, Path(scratch) / "data")
            print(f"{attempt}: {seconds:.1f} s, peak memory {peak:.0f} MB ({said})")


if __name__ == "__main__":
    main()
