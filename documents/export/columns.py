"""The one ordered column list every export format shares, and how a document becomes a row."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_noop, pgettext
from django.utils.translation import gettext_lazy as _

from documents.display import display_title
from documents.labels import DOC_TYPE_LABELS, MEETING_TYPE_LABELS, labels_table
from documents.models import Document
from documents.permalinks import permalink_maker
from documents.search import ON_DOCUMENT


@dataclass(frozen=True)
class Column:
    key: str  # JSON key
    label: Promise  # spreadsheet header, in the language active when it is read
    width: int  # XLSX column width, in characters

    @property
    def header(self) -> str:
        return str(self.label)


COLUMNS: tuple[Column, ...] = (
    Column("title", _("Tiêu đề"), 60),
    Column("date", _("Ngày"), 12),
    Column("province", _("Tỉnh, thành phố"), 18),
    Column("province_current", _("Tỉnh, thành phố (từ 2025)"), 18),
    Column("meeting_type", _("Loại hội nghị"), 22),
    Column("doc_type", _("Loại văn bản"), 20),
    Column("number", _("Số, ký hiệu"), 16),
    Column("officials", _("Cán bộ"), 40),
    Column("period", _("Kỳ"), 14),
    # The facets over the document's own fields (the committee's term), as the registry declares them.
    *(Column(facet.param, facet.title, facet.export_width) for facet in ON_DOCUMENT),
    Column("permalink", _("Đường dẫn"), 45),
    Column("citation", _("Trích dẫn"), 90),
    Column("snippet", _("Đoạn trích"), 90),
)
KEYS: tuple[str, ...] = tuple(column.key for column in COLUMNS)
OFFICIALS_SEPARATOR = "; "

# Issuing body by meeting type and whether the province is a city (None: the committee itself),
# as the body names itself; a citation shows it in the active language.
_ISSUERS = {
    ("ban_thuong_vu", False): gettext_noop("Ban Thường vụ Tỉnh ủy %(name)s"),
    ("ban_thuong_vu", True): gettext_noop("Ban Thường vụ Thành ủy %(name)s"),
    ("thuong_truc", False): gettext_noop("Thường trực Tỉnh ủy %(name)s"),
    ("thuong_truc", True): gettext_noop("Thường trực Thành ủy %(name)s"),
    ("ban_chap_hanh", False): gettext_noop("Ban Chấp hành Đảng bộ tỉnh %(name)s"),
    ("ban_chap_hanh", True): gettext_noop("Ban Chấp hành Đảng bộ thành phố %(name)s"),
    (None, False): gettext_noop("Tỉnh ủy %(name)s"),
    (None, True): gettext_noop("Thành ủy %(name)s"),
}
# Formal documents are cited by type and number; news reports by their title.
_FORMAL_TYPES = {"thong_bao_ket_luan", "ket_luan", "nghi_quyet", "chi_thi", "bao_cao"}


@dataclass
class RowContext:
    """What a row needs beyond the document: absolute links, the access date, the snippet maker."""

    absolute_url: Callable[[str], str]
    accessed: datetime.date
    snippet: Callable[[Document], str]
    permalink: Callable[[int], str] = field(init=False)
    # Labels in the language of the request that asked for the export.
    meeting_types: dict[str, str] = field(init=False)
    doc_types: dict[str, str] = field(init=False)

    def __post_init__(self):
        self.permalink = permalink_maker(self.absolute_url)
        self.meeting_types = labels_table(MEETING_TYPE_LABELS)
        self.doc_types = labels_table(DOC_TYPE_LABELS)


def date_phrase(document: Document) -> str:
    """ "ngày 05/12/2023", "tháng 12/2023", "năm 2023" or "", in the active language."""
    if not document.date:
        return ""
    shown = {"date": document.date_display}
    if document.date_precision == Document.DatePrecision.YEAR:
        return pgettext("ngày của văn bản, chỉ biết năm", "năm %(date)s") % shown
    if document.date_precision == Document.DatePrecision.MONTH:
        return pgettext("ngày của văn bản, chỉ biết tháng", "tháng %(date)s") % shown
    return pgettext("ngày của văn bản", "ngày %(date)s") % shown


def number_phrase(number: str, doc_type_label: str = "") -> str:
    """ "Thông báo kết luận số 2043-KL/TU", "số 2043-KL/TU" without a type, in the active language."""
    if doc_type_label:
        return pgettext("loại và số hiệu văn bản", "%(type)s số %(number)s") % {
            "type": doc_type_label,
            "number": number,
        }
    return pgettext("số hiệu văn bản", "số %(number)s") % {"number": number}


def issuer(document: Document, *, translated: bool = False) -> str:
    """The Party body that held the meeting or issued the notice, when the metadata says it: its
    own (Vietnamese) name, which reference managers keep as the publisher, or ``translated`` into
    the active language for a citation read in it."""
    province = document.province
    if province is None or document.level not in (None, "province"):
        return ""
    is_city = province.kind == "city"
    template = _ISSUERS.get((document.meeting_type, is_city)) or _ISSUERS[(None, is_city)]
    return (gettext(template) if translated else template) % {"name": province.name}


def citation(
    document: Document, permalink: str, accessed: datetime.date, doc_types: Mapping[str, str] | None = None
) -> str:
    """A Vietnamese-style reference built from the fields known, unknown parts left out:
    "Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU ngày 05/12/2023,
    <permalink> (truy cập 22/11/2026).", its words in the active language (the title as written).
    ``doc_types``: the document-type labels to use (by default the active language's).
    """
    parts = []
    name = display_title(
        document.title, document.text or "", getattr(document, "original_name", ""), placeholder=False
    )
    body = issuer(document, translated=True)
    if body:
        parts.append(body)
    if document.doc_type in _FORMAL_TYPES:
        what = (doc_types or labels_table(DOC_TYPE_LABELS))[document.doc_type]
        if document.number:
            what = number_phrase(document.number, what)
        elif name:
            what += f" “{name}”"
    elif name and (document.title or not document.number):
        what = f"“{name}”"
    elif document.number:
        what = untyped_number(document.number)
    else:
        what = ""
    when = date_phrase(document)
    what = f"{what} {when}".strip()
    if what:
        parts.append(what)
    day = f"{accessed.day:02d}/{accessed.month:02d}/{accessed.year}"
    parts.append(pgettext("trích dẫn", "%(link)s (truy cập %(date)s)") % {"link": permalink, "date": day})
    return ", ".join(parts) + "."


def untyped_number(number: str) -> str:
    """A document of no known type named by its number: "Văn bản số 15-KL/TU"."""
    return pgettext("văn bản không rõ loại", "Văn bản số %(number)s") % {"number": number}


def build_row(document: Document, context: RowContext) -> tuple[str, ...]:
    """The document's values in COLUMNS order; an unknown value is the empty string."""
    permalink = context.permalink(document.pk)
    province = document.province
    current = province.current if province else None
    names = getattr(document, "official_names", None)
    if names is None:
        names = [appearance.official.name for appearance in document.appearances.all()]
    officials = OFFICIALS_SEPARATOR.join(names)
    return (
        document.display_title,
        document.date_iso or "",
        province.name if province else "",
        current.name if current else "",
        context.meeting_types.get(document.meeting_type or "", ""),
        context.doc_types.get(document.doc_type or "", ""),
        document.number or "",
        officials,
        document.period or "",
        *(facet.export_text(document) for facet in ON_DOCUMENT),
        permalink,
        citation(document, permalink, context.accessed, context.doc_types),
        context.snippet(document),
    )
