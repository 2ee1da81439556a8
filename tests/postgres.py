"""A throwaway PostgreSQL server for the test session, from the binaries on the machine.

initdb refuses to run as root, and these machines run as root: the server then runs as the
``postgres`` system user. Without PostgreSQL binaries the tests that need it are skipped
with the reason shown, unless BRIEFBOT_REQUIRE_POSTGRES is set (as .ci/run sets it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield ``host:port`` of a running server whose superuser is ``briefbot`` (trust)."""
    bin_dir = _binaries()
    if bin_dir is None:
        reason = "no PostgreSQL binaries (initdb) on this machine"
        if os.environ.get("BRIEFBOT_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    as_user: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="briefbot-pg-"))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(base, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = base / "data"

    def run(*command: str) -> None:
        subprocess.run([*as_user, *command], check=True, capture_output=True, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "briefbot",
        "-E", "UTF8", "--no-sync")  # fmt: skip
    options = f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"),
        "-w", "start")  # fmt: skip
    try:
        yield f"127.0.0.1:{port}"
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
