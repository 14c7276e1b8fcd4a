"""The readers are pure Python: their tests need no Django, so the project-wide autouse fixture
that prepares a Django data dir is replaced by a no-op here (this also lets them run with
``-p no:django``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path):
    yield tmp_path
