"""The one ordered column list every export format shares, and how a document becomes a row."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from documents.models import DOC_TYPE_LABELS, MEETING_TYPE_LABELS, Document


@dataclass(frozen=True)
class Column:
    key: str  # JSON key
    header: str  # spreadsheet header
    width: int  # XLSX column width, in characters


COLUMNS: tuple[Column, ...] = (
    Column("title", "Tiêu đề", 60),
    Column("date", "Ngày", 12),
    Column("province", "Tỉnh, thành phố", 18),
    Column("province_current", "Tỉnh, thành phố (từ 2025)", 18),
    Column("meeting_type", "Loại hội nghị", 22),
    Column("doc_type", "Loại văn bản", 20),
    Column("number", "Số, ký hiệu", 16),
    Column("officials", "Cán bộ", 40),
    Column("period", "Kỳ", 14),
    Column("permalink", "Đường dẫn", 45),
    Column("citation", "Trích dẫn", 90),
    Column("snippet", "Đoạn trích", 90),
)
KEYS: tuple[str, ...] = tuple(column.key for column in COLUMNS)
OFFICIALS_SEPARATOR = "; "

# Issuing body by meeting type; "{unit}" is "Tỉnh ủy X" or "Thành ủy X".
_ISSUERS = {
    "ban_thuong_vu": "Ban Thường vụ {unit}",
    "thuong_truc": "Thường trực {unit}",
    "ban_chap_hanh": "Ban Chấp hành Đảng bộ {place}",
}
# Formal documents are cited by type and number; news reports by their title.
_FORMAL_TYPES = {"thong_bao_ket_luan", "ket_luan", "nghi_quyet", "chi_thi", "bao_cao"}


@dataclass
class RowContext:
    """What a row needs beyond the document: absolute links, the access date, the snippet maker."""

    absolute_url: Callable[[str], str]
    accessed: datetime.date
    snippet: Callable[[Document], str]


def date_phrase(document: Document) -> str:
    """ "ngày 05/12/2023", "tháng 12/2023", "năm 2023" or ""."""
    if not document.date:
        return ""
    if document.date_precision == Document.DatePrecision.YEAR:
        return f"năm {document.date_display}"
    if document.date_precision == Document.DatePrecision.MONTH:
        return f"tháng {document.date_display}"
    return f"ngày {document.date_display}"


def issuer(document: Document) -> str:
    """The Party body that held the meeting or issued the notice, when the metadata says it."""
    province = document.province
    if province is None or document.level not in (None, "province"):
        return ""
    is_city = province.kind == "city"
    unit = f"{'Thành ủy' if is_city else 'Tỉnh ủy'} {province.name}"
    place = f"{'thành phố' if is_city else 'tỉnh'} {province.name}"
    template = _ISSUERS.get(document.meeting_type or "")
    return template.format(unit=unit, place=place) if template else unit


def citation(document: Document, permalink: str, accessed: datetime.date) -> str:
    """A Vietnamese-style reference built from the fields known, unknown parts left out:
    "Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU ngày 05/12/2023,
    <permalink> (truy cập 22/11/2026)."
    """
    parts = []
    body = issuer(document)
    if body:
        parts.append(body)
    if document.doc_type in _FORMAL_TYPES:
        what = str(DOC_TYPE_LABELS[document.doc_type])
        if document.number:
            what += f" số {document.number}"
        elif document.title:
            what += f" “{document.title}”"
    elif document.title:
        what = f"“{document.title}”"
    elif document.number:
        what = f"Văn bản số {document.number}"
    else:
        what = ""
    when = date_phrase(document)
    what = f"{what} {when}".strip()
    if what:
        parts.append(what)
    parts.append(f"{permalink} (truy cập {accessed.strftime('%d/%m/%Y')})")
    return ", ".join(parts) + "."


def build_row(document: Document, context: RowContext) -> tuple[str, ...]:
    """The document's values in COLUMNS order; an unknown value is the empty string."""
    permalink = context.absolute_url(document.get_absolute_url())
    province = document.province
    current = province.current if province else None
    names = getattr(document, "official_names", None)
    if names is None:
        names = [appearance.official.name for appearance in document.appearances.all()]
    officials = OFFICIALS_SEPARATOR.join(names)
    return (
        document.title or "",
        document.date_iso or "",
        province.name if province else "",
        current.name if current else "",
        str(MEETING_TYPE_LABELS.get(document.meeting_type, "")) if document.meeting_type else "",
        str(DOC_TYPE_LABELS.get(document.doc_type, "")) if document.doc_type else "",
        document.number or "",
        officials,
        document.period or "",
        permalink,
        citation(document, permalink, context.accessed),
        context.snippet(document),
    )
