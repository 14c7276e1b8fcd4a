"""Users, saved searches and documents for the alert tests."""

from __future__ import annotations

import datetime

from django.utils import timezone

from documents.alerts.models import SavedSearch
from documents.models import Document
from tests.factories import DocumentFactory, SavedSearchFactory, UserFactory


def make_user(name: str, email: str | None = None):
    return UserFactory(username=name, **({"email": email} if email is not None else {}))


def age_every_document(days: int = 1) -> None:
    """Make what exists old: documents published before a search was saved are not new to it."""
    then = timezone.now() - datetime.timedelta(days=days)
    Document.objects.update(created_at=then, published_at=then)


def saved(user, name: str, query: str = "", **fields) -> SavedSearch:
    return SavedSearchFactory(user=user, name=name, query=query, **fields)


def notice(title: str, province: str = "Thanh Hóa", text: str | None = None, **fields) -> Document:
    return DocumentFactory(
        raw_text=text or f"{title}. Ban Thường vụ Tỉnh ủy kết luận về giải phóng mặt bằng.",
        title=title,
        province_name=province,
        dated=fields.pop("dated", "2024-05-06"),
        **fields,
    )
