"""The document page says when its text came from OCR (with the confidence) or from a legacy font."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from documents.ingest.prepare import prepare_document
from documents.ingest.store import store_prepared
from documents.models import Document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def language_restored():
    """A request in English leaves English active in this thread: later tests expect the default."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures"


def ingest(data: bytes, name: str) -> Document:
    digest = hashlib.sha256(data).hexdigest()
    prepared = prepare_document(data, name, digest)
    outcome = store_prepared(prepared, data, f"/tests/{name}", None)
    return Document.objects.get(pk=outcome.document_id)


def test_a_document_converted_from_a_legacy_font_says_so(client) -> None:
    document = ingest((FIXTURES / "tcvn3.doc").read_bytes(), "ket-luan-vntime.doc")
    assert document.text_source == "legacy_converted" and document.ocr_confidence is None
    assert "được" in document.text
    body = client.get(document.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Chuyển sang Unicode từ phông chữ cũ (TCVN3/VNI)." in body


def test_an_ocr_document_shows_its_confidence_in_either_language(client) -> None:
    document = ingest((FIXTURES / "unicode.doc").read_bytes(), "ban-quet.doc")
    assert document.text_source == "text_layer"
    body = client.get(document.get_absolute_url()).content.decode()
    assert "Nguồn chữ" not in body  # nothing to say about a file's own text

    Document.objects.filter(pk=document.pk).update(text_source="ocr", ocr_confidence=91.6)
    body = client.get(document.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Nhận dạng chữ từ bản quét (OCR), độ tin cậy 92%" in body
    client.cookies["django_language"] = "en"
    body = client.get(document.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Read from a scan by OCR, confidence 92%" in body
