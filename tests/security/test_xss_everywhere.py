"""Stored XSS: hostile text in ingested files and in every metadata field is escaped on every
page, feed and JSON answer that shows it.

Documents arrive both ways a real one does: ingest_file of a real .html and .txt file (whatever
the extractors make of them) and store_prepared with payloads in every metadata field.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.ingest.outcomes import INGESTED
from documents.ingest.run import ingest_file
from documents.ingest.store import store_prepared
from documents.models import Document, Official
from tests.factories import PreparedDocumentFactory, as_if_committed

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
TEMPLATE = "{{ 7*7 }}"
PAYLOADS = (SCRIPT, IMG, JS_URL, TEMPLATE)

TITLE = f"Kết luận {SCRIPT} {IMG} {TEMPLATE}"
TEXT = (
    f"Ban Thường vụ Tỉnh ủy Thanh Hóa họp bàn về giải phóng mặt bằng. {SCRIPT}\n\n"
    f"Đồng chí phát biểu {IMG} và {JS_URL} cùng {TEMPLATE} trong hội nghị."
)
NAMES = (f"Nguyễn {SCRIPT}", f"Trần {IMG}", JS_URL, TEMPLATE)


class Markup(HTMLParser):
    """Every start tag with its attributes, the text inside <script> elements, and apart from
    them the JSON-LD data blocks (a browser never runs those: they hold document data)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.data_blocks: list[str] = []
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag != "script":
            self._in_script = None
        elif attributes.get("type") == "application/ld+json":
            self._in_script = self.data_blocks
        else:
            self._in_script = self.scripts

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script.append(data)


def assert_safe_html(body: str, where: str) -> None:
    lowered = body.lower()
    for needle in ("<script>alert", "<img src=x", '"><img', 'href="javascript:', "href='javascript:"):
        assert needle not in lowered, (where, needle)
    markup = Markup()
    markup.feed(body)
    for tag, attrs in markup.tags:
        assert not (tag == "img" and attrs.get("src") == "x"), where
        for name, value in attrs.items():
            assert not name.startswith("on"), (where, tag, name)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not value.strip().lower().startswith("javascript:"), (where, tag, value)
    assert not any("alert" in script for script in markup.scripts), where
    for block in markup.data_blocks:
        # Whatever a title holds, no "<" can end the block early, and it stays one JSON value.
        assert "<" not in block, where
        json.loads(block)


@pytest.fixture
def hostile(tmp_path):
    """Two ingested files and two stored documents, every field hostile; returns them by name."""
    html = tmp_path / "trang.html"
    html.write_text(
        "<html><head><title>"
        + TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</title><script>alert('real script')</script></head><body><article>"
        + f"<h1>Kết luận {SCRIPT.replace('<', '&lt;')}</h1>"
        + "".join(
            f"<p>{line.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</p>"
            for line in TEXT.split("\n\n")
        )
        + f'<p><a href="{JS_URL}">nguồn</a> <img src=x onerror=alert(2)></p></article></body></html>',
        encoding="utf-8",
    )
    txt = tmp_path / f"{SCRIPT.replace('/', '')} bao cao.txt"
    txt.write_text(f"{TITLE}\n\n{TEXT}\nSố 12-TB/TU{SCRIPT}\n", encoding="utf-8")
    officials = [
        {"name": name, "titles": [f"Bí thư {SCRIPT}", IMG], "roles": [TEMPLATE, JS_URL]} for name in NAMES
    ]
    full = PreparedDocumentFactory(
        original_name=f"{IMG}.txt",
        raw_text=TEXT,
        metadata={
            "title": TITLE,
            "province": "Thanh Hóa",
            "date": "2023-09-29",
            "meeting_type": "ban_thuong_vu",
            "doc_type": "ket_luan",
            "level": "province",
            "number": f"12-TB/TU{SCRIPT}",
            "term": SCRIPT,
            "session_no": IMG,
            "period": f"2020-2025 {IMG}",
            "references": [SCRIPT, IMG, JS_URL],
            "officials": officials,
            "chair": NAMES[0],
            "signer": NAMES[1],
        },
    )
    # Free-text values where the schema expects a choice: rendered as they are, escaped.
    odd = PreparedDocumentFactory(
        original_name="la.txt",
        raw_text=f"Thành ủy Hà Nội {TEMPLATE} {SCRIPT}",
        metadata={
            "title": IMG,
            "province": "Hà Nội",
            "date": "2024",
            "meeting_type": SCRIPT,
            "doc_type": IMG,
            "level": JS_URL,
            "number": SCRIPT,
            "references": [f"12-TB/TU{SCRIPT}"],
            "officials": [{"name": NAMES[2], "titles": [SCRIPT], "roles": []}],
        },
    )
    with as_if_committed():  # each write is indexed when its transaction ends
        from_html = ingest_file(html, source_url=JS_URL)
        from_txt = ingest_file(txt)
        # Every metadata field hostile, through ingestion's store step as extraction would hand it.
        stored = {
            name: store_prepared(prepared, prepared.raw_text.encode(), f"/security/{name}", None)
            for name, prepared in (("full", full), ("odd", odd))
        }
    assert from_html.status == INGESTED, from_html.reason
    assert from_txt.status == INGESTED, from_txt.reason
    return {
        "html": Document.objects.get(pk=from_html.document_id),
        "txt": Document.objects.get(pk=from_txt.document_id),
        "full": Document.objects.get(pk=stored["full"].document_id),
        "odd": Document.objects.get(pk=stored["odd"].document_id),
    }


def html_pages(hostile) -> list[str]:
    full = hostile["full"]
    pages = [
        "/",
        "/search/",
        "/search/?" + urlencode({"q": "giải phóng mặt bằng"}),
        "/search/?" + urlencode({"q": SCRIPT}),
        "/search/?" + urlencode({"q": IMG + " " + JS_URL}),
        "/search/?" + urlencode([("official", NAMES[0]), ("official", NAMES[1]), ("province", "Thanh Hóa")]),
        "/search/?" + urlencode([("official", NAMES[2]), ("boundaries", "current")]),
        "/search/?" + urlencode({"meeting_type": SCRIPT}),  # a 400 page naming the value
        "/search/facets/official/",
        "/search/facets/official/?" + urlencode({"facet_q": SCRIPT, "q": IMG}),
        "/search/facets/province/?" + urlencode({"facet_q": "thanh"}),
        f"/provinces/{full.province.slug}/",
        "/provinces/ha-noi/",
    ]
    for document in Document.objects.all():
        pages.append(document.get_absolute_url())
        pages.append(document.get_absolute_url() + "?" + urlencode({"q": "giải phóng " + SCRIPT}))
    for slug in Official.objects.values_list("slug", flat=True):
        pages.append(reverse("documents:official", args=[slug]))
    return pages


def test_hostile_metadata_is_stored_as_is(hostile):
    full = hostile["full"]
    assert full.title == TITLE and SCRIPT in full.text
    # Names are tidied (each syllable capitalized), not cleaned of markup.
    assert {o.name.casefold() for o in Official.objects.all()} >= {n.casefold() for n in NAMES}
    assert SCRIPT in hostile["txt"].text and SCRIPT in hostile["html"].text
    assert "real script" not in hostile["html"].text  # the reader drops <script> elements
    assert hostile["html"].source_url == JS_URL


def test_every_html_page_escapes_document_data(client, hostile):
    pages = html_pages(hostile)
    assert len(pages) > 20
    for url in pages:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        body = response.content.decode()
        assert_safe_html(body, url)
    detail = client.get(hostile["full"].get_absolute_url() + "?q=alert").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in detail
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in detail
    assert TEMPLATE in detail  # shown, not evaluated by the template engine


def test_source_url_is_never_a_javascript_link(client, hostile):
    body = client.get(hostile["html"].get_absolute_url()).content.decode()
    assert_safe_html(body, "source url")


def test_upload_report_escapes_names_reasons_and_titles(client, hostile):
    staff = get_user_model().objects.create_user("staff", password="pw", is_staff=True)
    client.force_login(staff)
    good = SimpleUploadedFile("<img src=x onerror=alert(1)>.txt", f"{TITLE}\n\n{TEXT} mới".encode())
    bad = SimpleUploadedFile("<script>alert(1)<.pdf", b"<html>" + SCRIPT.encode())
    response = client.post("/upload/", {"files": [good, bad]}, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in body
    assert_safe_html(body, "upload report")
    # The report read back from the database (another browser) as well.
    client.logout()
    client.force_login(staff)
    assert_safe_html(client.get(response.redirect_chain[-1][0]).content.decode(), "stored report")


def test_feed_xml_escapes_titles_and_text(client, hostile):
    response = client.get("/search/feed.atom")
    assert response.status_code == 200
    raw = response.content.decode()
    assert "<script>alert" not in raw.lower() and "<img src=x" not in raw.lower()
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(response.content)
    entries = root.findall("atom:entry", ns)
    titles = [entry.findtext("atom:title", namespaces=ns) for entry in entries]
    assert TITLE in titles  # XML-escaped on the wire, the exact text once parsed
    for entry in entries:
        for link in entry.findall("atom:link", ns):
            assert not link.get("href", "").lower().startswith("javascript:")
        summary = entry.findtext("atom:summary", namespaces=ns) or ""
        # The summary is HTML (type="html"): once XML-parsed it must still be escaped HTML.
        assert "<script>alert" not in summary.lower() and "<img src=x" not in summary.lower()
        assert_safe_html(summary, "feed summary")
    query = client.get("/search/feed.atom?" + urlencode({"q": SCRIPT, "official": NAMES[0]}))
    assert query.status_code == 200
    assert "<script>alert" not in query.content.decode().lower()
    ET.fromstring(query.content)


def test_json_answers_carry_the_exact_payloads(client, hostile):
    full = hostile["full"]
    exported = json.loads(b"".join(client.get("/search/export.json").streaming_content))
    rows = exported["rows"]
    assert TITLE in [row.get("title") for row in rows]  # json.loads gives back the exact text
    assert IMG in [row.get("title") for row in rows]

    found = client.get("/api/search?" + urlencode({"q": "giải phóng mặt bằng"})).json()
    assert TITLE in [result["title"] for result in found["results"]]
    for result in found["results"]:
        # Snippets are HTML with <mark>: the payload inside is escaped.
        assert "<script>alert" not in result["snippet"].lower()

    document = client.get(f"/api/documents/{full.pk}").json()
    assert document["title"] == TITLE
    assert document["text"] == TEXT
    assert document["number"] == f"12-TB/TU{SCRIPT}"
    # term and session_no are 20-character columns: longer extracted values are clipped at ingest.
    assert document["term"] == SCRIPT[:20] and document["session_no"] == IMG[:20]
    assert document["references"] == [SCRIPT, IMG, JS_URL]
    assert document["officials"][0]["name"] == "Nguyễn " + SCRIPT
    assert document["officials"][0]["titles"] == [f"Bí thư {SCRIPT}", IMG]
    assert document["officials"][0]["roles"] == [TEMPLATE, JS_URL]
    assert client.get(f"/api/documents/{hostile['html'].pk}").json()["source_url"] == JS_URL
