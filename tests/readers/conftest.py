"""The readers are pure Python: their tests need no Django, so the project-wide autouse fixture
that prepares a Django data dir is replaced by a no-op here (this also lets them run with
``-p no:django``)."""

from __future__ import annotations

import pytest

from .programs import need


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path):
    yield tmp_path


@pytest.fixture(autouse=True)
def vietnamese():
    """Reasons are shown in the active language: the interface's default, Vietnamese, whatever
    an earlier test (a request in English) left active in this thread."""
    from django.conf import settings
    from django.utils import translation

    if not settings.configured:  # run with -p no:django: messages are their msgids
        yield
        return
    with translation.override("vi"):
        yield


@pytest.fixture(scope="session")
def printed(tmp_path_factory) -> dict[str, tuple[bytes, str]]:
    """One sample text printed by Chromium in every layout: layout → (PDF bytes, source text)."""
    need("chromium")
    from tools.readers.printed import LAYOUTS, print_text, sample_texts

    stem, text = list(sample_texts().items())[1]
    folder = tmp_path_factory.mktemp("printed")
    return {
        layout: (print_text(text, layout, folder / f"{stem}.{layout}.pdf").read_bytes(), text)
        for layout in LAYOUTS
    }
