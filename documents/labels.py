"""The labels of a document's coded fields (meeting type, document type, level), declared once,
and their tables in the active language for pages and exports that write many of them.

A document type's label names one document ("Kết luận số 15-KL/TU", "Conclusion No. 15-KL/TU"
in a citation, a feed item, the document page): a singular noun in every language. The facet
panels list the same labels as the kinds a search can keep.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils import translation
from django.utils.translation import gettext_lazy as _

DOC_TYPE_LABELS = {
    "thong_bao_ket_luan": _("Thông báo kết luận"),
    "ket_luan": _("Kết luận"),
    "nghi_quyet": _("Nghị quyết"),
    "chi_thi": _("Chỉ thị"),
    "bao_cao": _("Báo cáo"),
    "news": _("Tin bài"),
    "other": _("Khác"),
}
MEETING_TYPE_LABELS = {
    "ban_chap_hanh": _("Hội nghị Ban Chấp hành"),
    "ban_thuong_vu": _("Ban Thường vụ"),
    "thuong_truc": _("Thường trực"),
    "lam_viec": _("Buổi làm việc"),
    "dai_hoi": _("Đại hội"),
    "other": _("Khác"),
}
LEVEL_LABELS = {
    "province": _("Cấp tỉnh"),
    "district": _("Cấp huyện"),
    "commune": _("Cấp xã"),
    "other": _("Khác"),
}

_TABLES: dict[tuple[int, str | None], dict[str, str]] = {}


def labels_table(labels: Mapping[str, object]) -> dict[str, str]:
    """code → label in the active language. An export asks for a few labels per row and
    translating a lazy string is not free, so each language's table is translated once."""
    key = (id(labels), translation.get_language())
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = {code: str(text) for code, text in labels.items()}
    return table
