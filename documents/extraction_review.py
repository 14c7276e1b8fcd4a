"""The extraction table staff review before publishing, on the upload report and in the
admin: each reviewed field's value, its confidence and the text that decided it
(in the interface's language, documents.evidence), the doubtful ones marked."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import pgettext_lazy

from .evidence import readable_evidence
from .models import Document

# The fields staff check before publishing, in the order the document's page shows them.
REVIEWED = ("title", "doc_type", "number", "date", "province", "level", "meeting_type", "chair", "signer")
EVIDENCE_CHARS = 300
# The model's label says "tỉnh, thành phố" for one province and for many (Vietnamese has no
# plural), which English renders "provinces": a field holds one.
LABELS = {"province": pgettext_lazy("trường siêu dữ liệu", "tỉnh, thành phố")}


def field_label(name: str) -> str:
    """A reviewed field's name as staff read it, in the active language (a name the model no
    longer has, kept in an old row's review list, as it is)."""
    if name in LABELS:
        return str(LABELS[name])
    try:
        return str(Document._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


@dataclass
class FieldRow:
    label: str
    value: str
    confidence: float | None  # 0-1, None when extraction gave none
    evidence: str
    doubtful: bool


def _value(document: Document, name: str) -> str:
    if name == "title":
        return document.title_extracted or ""
    if name == "date":
        return document.date_display if document.date else ""
    shown = getattr(document, f"get_{name}_display", None)
    value = shown() if shown and getattr(document, name) else getattr(document, name)
    return str(value) if value else ""


def field_rows(document: Document) -> list[FieldRow]:
    """What extraction found for each reviewed field, with its confidence and evidence."""
    confidence, evidence = document.metadata_confidence or {}, document.metadata_evidence or {}
    doubtful = set(document.review_fields or [])
    return [
        FieldRow(
            label=field_label(name),
            value=_value(document, name),
            confidence=confidence.get(name),
            evidence=readable_evidence(str(evidence.get(name) or ""))[:EVIDENCE_CHARS],
            doubtful=name in doubtful,
        )
        for name in REVIEWED
    ]
