"""The document page's citation: the visible text, Zotero's meta tags and schema.org JSON-LD,
all escaped whatever the title holds."""

from __future__ import annotations

import datetime
import html
import json
import re

import pytest

from documents.export.columns import citation
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

HOSTILE = 'Kết luận </script><script>alert("x")</script> & "trích" <!-- hết'


def _page(client, document) -> str:
    response = client.get(document.get_absolute_url(), HTTP_HOST="localhost")
    assert response.status_code == 200
    return response.content.decode()


def _meta(page: str) -> dict[str, str]:
    pairs = re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">', page)
    return {name: html.unescape(content) for name, content in pairs}


def _notice():
    """A Standing Committee's notice of conclusions with every field a citation names."""
    return DocumentFactory(
        raw_text="Ban Thường vụ kết luận.",
        title="Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
        province_name="Thanh Hóa",
        dated="2023-12-05",
        meeting_type="ban_thuong_vu",
        doc_type="thong_bao_ket_luan",
        number="2043-KL/TU",
    )


def _json_ld(page: str) -> dict:
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, flags=re.S)
    return json.loads(text)


def test_meta_tags_and_json_ld_of_a_notice(client):
    document = _notice()
    page = _page(client, document)
    meta = _meta(page)
    assert meta["citation_title"] == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy"
    assert meta["citation_date"] == "2023/12/5"
    assert meta["citation_publisher"] == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert meta["citation_technical_report_number"] == "2043-KL/TU"
    data = _json_ld(page)
    assert data["@type"] == "Report"
    assert data["datePublished"] == "2023-12-05"
    assert data["publisher"]["name"] == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert data["reportNumber"] == "2043-KL/TU"
    # The visible citation is the one the exports carry.
    expected = citation(document, f"http://localhost/documents/{document.pk}/", datetime.date.today())
    assert 'id="citation-text"' in page
    assert html.escape(expected.split(" (truy cập")[0], quote=False) in page
    assert f'href="/documents/{document.pk}/cite.ris"' in page
    assert 'aria-live="polite"' in page


def _citation_shown(client, document, language: str) -> str:
    response = client.get(
        document.get_absolute_url(), HTTP_HOST="localhost", headers={"accept-language": language}
    )
    (shown,) = re.findall(r'<p id="citation-text" class="citation-text">(.*?)</p>', response.content.decode())
    return html.unescape(shown)


def _has_vietnamese_letters(text: str) -> bool:
    # Vietnamese letters carry marks (or are đ); English words are plain Latin letters.
    return any(ord(letter) > 127 and letter.isalpha() for letter in text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "vi",
            "Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU ngày 05/12/2023, "
            "http://localhost/documents/{pk}/ (truy cập {today}).",
        ),
        (
            "en",
            "Standing Committee of the Thanh Hóa Provincial Party Committee, Notice of conclusions "
            "No. 2043-KL/TU dated 05/12/2023, http://localhost/documents/{pk}/ (accessed {today}).",
        ),
    ],
)
def test_the_citation_of_a_notice_is_in_the_pages_language(client, language, expected):
    document = _notice()
    today = datetime.date.today().strftime("%d/%m/%Y")
    assert _citation_shown(client, document, language) == expected.format(pk=document.pk, today=today)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("vi", ("Ban Chấp hành Đảng bộ thành phố Hải Phòng", "tháng 06/2024", "truy cập")),
        ("en", ("Hải Phòng City Party Executive Committee", "dated 06/2024", "accessed")),
    ],
)
def test_a_titled_report_keeps_its_title_as_written_in_either_language(client, language, words):
    title = "Hội nghị Thành ủy lần thứ 20"
    document = DocumentFactory(
        raw_text="Thành ủy họp.",
        title=title,
        province_name="Hải Phòng",
        dated="2024-06",
        meeting_type="ban_chap_hanh",
        doc_type="news",
    )
    shown = _citation_shown(client, document, language)
    assert f"“{title}”" in shown
    for word in words:
        assert word in shown, word
    if language == "en":
        # Nothing Vietnamese but the names: the title and the city.
        assert not _has_vietnamese_letters(shown.replace(title, "").replace("Hải Phòng", ""))


def test_a_hostile_title_stays_text(client):
    document = DocumentFactory(raw_text="Nội dung.", title=HOSTILE, province_name="Nghệ An", dated="2024")
    page = _page(client, document)
    assert "<script>alert" not in page
    assert _meta(page)["citation_title"] == HOSTILE
    assert _meta(page)["citation_date"] == "2024"
    assert _json_ld(page)["name"] == HOSTILE
    # Only the JSON-LD block and the portal's own script file are scripts.
    assert page.count("<script") == 2


def test_pdf_url_only_for_a_kept_pdf(client):
    pdf = DocumentFactory(raw_text="Nội dung.", title="Văn bản", dated="2024", original_name="kl.pdf")
    assert _meta(_page(client, pdf))["citation_pdf_url"] == f"http://localhost/documents/{pdf.pk}/original"
    text = DocumentFactory(raw_text="Nội dung.", title="Văn bản", dated="2024", original_name="kl.txt")
    assert "citation_pdf_url" not in _meta(_page(client, text))
