"""What the export tests share: the searches they export, and reading a response back."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict

from documents.search.params import SearchParams
from documents.search.service import run_search

FILTERS = [
    {},
    {"q": "giải phóng mặt bằng"},
    {"q": "chuyen doi so"},
    {"province": "Thanh Hóa"},
    {"province": ["Thanh Hóa", "Nghệ An"], "sort": "oldest"},
    {"meeting_type": "ban_chap_hanh", "year": "2024"},
    {"q": "giải phóng", "province_current": "Hưng Yên"},
    {"date_from": "2023-05", "date_to": "2024-03", "sort": "newest"},
    {"q": "không có văn bản nào khớp xyzzy"},
]


def query_string(filters: dict) -> str:
    return urlencode(filters, doseq=True)


def fetch(client, url: str, language: str | None = None):
    """GET ``url`` as a visitor would (asking for ``language`` when given)."""
    headers = {"accept-language": language} if language else {}
    return client.get(url, HTTP_HOST="localhost", headers=headers)


def read_body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def search_ids(filters: dict) -> list[int]:
    params = SearchParams.from_querydict(QueryDict(query_string(filters)))
    params.page_size = 100
    outcome = run_search(params)
    assert outcome.total <= 100
    return [hit.document.pk for hit in outcome.hits]


def ids_from_permalinks(permalinks: list[str]) -> list[int]:
    return [int(link.rstrip("/").rsplit("/", 1)[1]) for link in permalinks]
