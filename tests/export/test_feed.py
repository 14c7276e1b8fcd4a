"""/search/feed.atom: a valid Atom 1.0 feed (RFC 4287) of the newest documents matching a search."""

from __future__ import annotations

import datetime
from urllib.parse import urlparse

import pytest
from lxml import etree

from tests.corpora import export_corpus
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(client, query: str = ""):
    response = client.get(f"/search/feed.atom?{query}", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return etree.fromstring(response.content)


def _date(text: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    assert parsed.tzinfo is not None, "RFC 3339 dates carry a time zone"
    return parsed


def _is_iri(text: str) -> bool:
    parsed = urlparse(text)
    return (parsed.scheme in ("http", "https") and bool(parsed.netloc)) or text.startswith("tag:")


def _one(element, name: str):
    found = element.findall(ATOM + name)
    assert len(found) == 1, f"exactly one atom:{name} in {element.tag}"
    return found[0]


def assert_valid_atom(root) -> None:
    """The RFC 4287 rules a feed must meet (section 4.1.1 and 4.1.2)."""
    assert root.tag == ATOM + "feed"
    assert _is_iri(_one(root, "id").text)
    assert _one(root, "title").text.strip()
    _date(_one(root, "updated").text)
    alternates = [link for link in root.findall(ATOM + "link") if link.get("rel", "alternate") == "alternate"]
    assert len(alternates) == 1 and _is_iri(alternates[0].get("href"))
    feed_has_author = root.find(ATOM + "author") is not None
    if feed_has_author:
        assert _one(root.find(ATOM + "author"), "name").text.strip()
    entry_ids = set()
    for entry in root.findall(ATOM + "entry"):
        entry_id = _one(entry, "id").text
        assert _is_iri(entry_id) and entry_id not in entry_ids
        entry_ids.add(entry_id)
        assert _one(entry, "title").text.strip()
        _date(_one(entry, "updated").text)
        assert feed_has_author or entry.find(ATOM + "author") is not None
        links = [link for link in entry.findall(ATOM + "link") if link.get("rel", "alternate") == "alternate"]
        assert len(links) == 1 and _is_iri(links[0].get("href"))
        summary = entry.find(ATOM + "summary")
        assert summary is None or summary.get("type") in ("text", "html", "xhtml")


def test_feed_of_a_search_is_valid_atom_newest_ingested_first(client):
    corpus = export_corpus()
    root = _feed(client, "q=giải phóng mặt bằng")
    assert_valid_atom(root)
    entries = root.findall(ATOM + "entry")
    links = [entry.find(ATOM + "link").get("href") for entry in entries]
    matching = [d for d in corpus.values() if "giải phóng mặt bằng" in d.text]
    assert len(links) == len(matching)
    newest_first = sorted(matching, key=lambda d: (d.created_at, d.pk), reverse=True)
    assert links == [f"http://localhost{d.get_absolute_url()}" for d in newest_first]
    alternate = root.find(ATOM + "link[@rel='alternate']").get("href")
    assert alternate.startswith("http://localhost/search/?q=")
    self_link = root.find(ATOM + "link[@rel='self']").get("href")
    assert self_link.startswith("http://localhost/search/feed.atom?q=")


def test_a_newly_ingested_old_document_comes_first(client):
    export_corpus()
    archived = DocumentFactory(
        raw_text="Kết luận cũ về giải phóng mặt bằng vừa được số hóa.",
        title="Kết luận năm 2010",
        province_name="Thanh Hóa",
        dated="2010-01-05",
        doc_type="ket_luan",
    )
    root = _feed(client, "province=Thanh Hóa")
    assert_valid_atom(root)
    first = root.find(ATOM + "entry")
    assert first.find(ATOM + "link").get("href").endswith(archived.get_absolute_url())
    assert first.find(ATOM + "author/" + ATOM + "name").text == "Tỉnh ủy Thanh Hóa"


def test_empty_feed_is_still_valid(client):
    root = _feed(client, "q=xyzzy")
    assert_valid_atom(root)
    assert root.findall(ATOM + "entry") == []


def test_feed_bad_parameter_is_400(client):
    response = client.get("/search/feed.atom?month=2023-13", HTTP_HOST="localhost")
    assert response.status_code == 400
    assert "month" in response.content.decode()
