"""Ranking intents every backend holds to, on documents written for them: where the scores of
the words alone would tie, the intent decides the order."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import transaction

from documents.search.service import iter_document_ids
from tests.factories import DocumentFactory

from .conftest import BACKENDS, params, using_backend

pytestmark = pytest.mark.django_db

# About forty syllables that hold none of the query's words.
FILLER = (
    "Hội nghị cũng nghe báo cáo tình hình sản xuất nông nghiệp, xây dựng nông thôn mới, phát triển "
    "du lịch cộng đồng ở các huyện miền núi, cùng những kiến nghị của cử tri về đường giao thông và "
    "trường học vùng cao."
)


@pytest.fixture
def near_and_far(db):
    """Two documents of the same words: in one, "kiểm tra" and "giám sát" share a sentence; in
    the other they are two paragraphs apart. The far one is stored first, so that a tie would
    list it first."""
    signal_processor = apps.get_app_config("haystack").signal_processor
    signal_processor.teardown()
    with transaction.atomic():
        far = DocumentFactory(
            raw_text=f"Tỉnh ủy kiểm tra việc thu chi ngân sách. {FILLER} {FILLER} Và giám sát đầu tư công.",
            title="",
        )
        near = DocumentFactory(
            raw_text=f"Tỉnh ủy kiểm tra việc thu chi ngân sách và giám sát đầu tư công. {FILLER} {FILLER}",
            title="",
        )
        for subject in ("chuyển đổi số", "phòng chống thiên tai", "cải cách hành chính"):
            DocumentFactory(raw_text=f"Tỉnh ủy bàn về {subject}. {FILLER}", title="")
    signal_processor.setup()
    return near, far


@pytest.mark.parametrize("query", ["kiểm tra giám sát", "kiem tra giam sat"])
def test_words_in_one_sentence_rank_above_words_pages_apart(near_and_far, tmp_path, query):
    near, far = near_and_far
    for backend in BACKENDS:
        with using_backend(backend, tmp_path):
            ids = list(iter_document_ids(params(q=query)))
        assert ids[:2] == [near.pk, far.pk], backend
