"""Print deploy/requirements.lock: the runtime dependency closure of briefbot, pinned with ``==``.

Run it with the project's virtualenv after ``pip install -e .`` (the versions are the ones
installed there, so the image runs what the test suite ran)::

    .venv/bin/python deploy/make_lock.py > deploy/requirements.lock

Only ``[project] dependencies`` (with their extras) are followed, for the container's platform
(Linux, CPython 3.11): test tools never enter the lock.
"""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def closure(requirements: list[str]) -> dict[str, tuple[str, str]]:
    """Canonical name -> (distribution name, installed version), extras followed."""
    found: dict[str, tuple[str, str]] = {}
    extras_seen: dict[str, set[str]] = {}
    todo = [Requirement(text) for text in requirements]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        extras = extras_seen.get(name)
        if extras is not None and set(requirement.extras) <= extras:
            continue
        extras = (extras or set()) | set(requirement.extras)
        extras_seen[name] = extras
        dist = distribution(requirement.name)
        found[name] = (dist.metadata["Name"], dist.version)
        for text in dist.requires or []:
            dependency = Requirement(text)
            marker = dependency.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in extras | {""}):
                todo.append(dependency)
    return found


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = closure(project["dependencies"])
    out = sys.stdout
    out.write("# briefbot's runtime dependencies, pinned; made by deploy/make_lock.py.\n")
    out.write("# Used by deploy/Dockerfile and the systemd route: pip install -c THIS_FILE .\n")
    for _, (name, version) in sorted(pins.items()):
        out.write(f"{name}=={version}\n")


if __name__ == "__main__":
    main()
