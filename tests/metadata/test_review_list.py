"""The admin's review list: doubtful fields of new documents, checked by a correction or a confirmation,
and a confirmed value that survives re-ingesting the file."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from documents.ingest.outcomes import INGESTED, UPDATED
from documents.ingest.run import ingest_file
from documents.models import Document

pytestmark = pytest.mark.django_db

# A working session with no visiting leader named in the chair: the chair is doubtful.
NO_CHAIR = "Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy Nam Định làm việc với Ban Thường vụ Huyện ủy Ý Yên.\n"
# Everything said plainly: nothing to review.
PLAIN = (
    "Hội nghị Ban Thường vụ Tỉnh ủy Nam Định\n"
    "Sáng 12/3/2024, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy Nam Định.\n"
)


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.org", "mat-khau-dai-456")
    client.force_login(user)
    return client


def _ingest(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    outcome = ingest_file(path)
    assert outcome.status in (INGESTED, UPDATED), outcome
    return Document.objects.get(original_name=name)


def test_doubtful_fields_are_listed_for_review(tmp_path, staff_client):
    doubtful = _ingest(tmp_path, "khong-chu-tri.txt", NO_CHAIR)
    plain = _ingest(tmp_path, "ro-rang.txt", PLAIN)
    assert "chair" in doubtful.review_fields and doubtful.metadata_confidence["chair"] < 0.6
    assert plain.review_fields == [] and plain.metadata_confidence["chair"] >= 0.6

    listed = staff_client.get("/admin/documents/document/?can_xem_lai=1")
    assert listed.status_code == 200
    assert list(listed.context["cl"].result_list) == [doubtful]
    detail = staff_client.get(f"/admin/documents/document/{doubtful.pk}/change/")
    assert detail.status_code == 200 and "chair" in detail.content.decode()


def test_a_confirmed_value_is_kept_when_the_file_is_ingested_again(tmp_path, staff_client):
    doubtful = _ingest(tmp_path, "khong-chu-tri.txt", NO_CHAIR)
    response = staff_client.post(
        "/admin/documents/document/",
        {"action": "confirm_reviewed", "_selected_action": [doubtful.pk]},
    )
    assert response.status_code == 302
    doubtful.refresh_from_db()
    assert doubtful.review_fields == [] and "chair" in doubtful.edited_fields
    assert staff_client.get("/admin/documents/document/?can_xem_lai=1").context["cl"].result_list.count() == 0

    # the same file changed and ingested again: the checked field stays checked, not listed again
    again = _ingest(tmp_path, "khong-chu-tri.txt", NO_CHAIR + "Hội nghị thống nhất cao.\n")
    assert again.pk == doubtful.pk
    assert "chair" not in again.review_fields and "chair" in again.edited_fields
