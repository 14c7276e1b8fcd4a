"""Ranking intents every backend holds to, on documents written for them: where the scores of
the words alone would tie, the intent decides the order."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import transaction

from documents.search.service import iter_document_ids
from tests.factories import DocumentFactory
from tests.search_contract.backends import BACKENDS, params, using_backend

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


# The syllables of "đầu tư" and "xây dựng", each inside another word ("đầu tiên", "tư lệnh",
# "xây lại", "dựng thêm"), in the query's order within a few syllables; then the same syllables
# in another order.
SYLLABLES_IN_ORDER = "Lần đầu tiên, tư lệnh cho xây lại và dựng thêm cầu treo."
SYLLABLES_REORDERED = "Cầu treo dựng thêm, xây lại, cho tư lệnh lần đầu tiên và."


@pytest.fixture
def whole_words_or_syllables(db):
    """Two documents of the same syllables. In one, the words "đầu tư" and "xây dựng" share a
    sentence; in the other they are paragraphs apart, but a sentence holds their syllables in
    order, each inside another word. Stored first, so that a tie would list it first."""
    signal_processor = apps.get_app_config("haystack").signal_processor
    signal_processor.teardown()
    with transaction.atomic():
        syllables = DocumentFactory(
            raw_text=(
                f"Tỉnh ủy bàn việc đầu tư công trình giao thông nông thôn. {SYLLABLES_IN_ORDER} "
                f"{FILLER} {FILLER} Và xây dựng trường học."
            ),
            title="",
        )
        words = DocumentFactory(
            raw_text=(
                "Tỉnh ủy bàn việc đầu tư công trình giao thông nông thôn và xây dựng trường học. "
                f"{SYLLABLES_REORDERED} {FILLER} {FILLER}"
            ),
            title="",
        )
        for subject in ("chuyển đổi số", "phòng chống thiên tai", "cải cách hành chính"):
            DocumentFactory(raw_text=f"Tỉnh ủy bàn về {subject}. {FILLER}", title="")
    signal_processor.setup()
    return words, syllables


@pytest.mark.parametrize("query", ["đầu tư xây dựng", "dau tu xay dung"])
def test_words_are_near_each_other_only_as_whole_words(whole_words_or_syllables, tmp_path, query):
    words, syllables = whole_words_or_syllables
    for backend in BACKENDS:
        with using_backend(backend, tmp_path):
            ids = list(iter_document_ids(params(q=query)))
        assert ids[:2] == [words.pk, syllables.pk], backend
