"""Shared fixtures: the real seeds and curated layer, built once; writable copies when a test
must change them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.build import DEFAULT_SEEDS_DIR, build
from knowledge.curated import CURATED_DIR
from knowledge.engine import Engine
from knowledge.model import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return build(DEFAULT_SEEDS_DIR)


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A copy of the seeds folder that a test may edit."""
    return Path(shutil.copytree(DEFAULT_SEEDS_DIR, tmp_path / "seeds"))


@pytest.fixture
def curated_dir(tmp_path: Path) -> Path:
    """A copy of the curated layer that a test may edit."""
    return Path(shutil.copytree(CURATED_DIR, tmp_path / "curated"))
