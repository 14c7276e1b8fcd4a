"""The facets, declared once.

A facet owns its URL parameter, its index field, its title, how its values read (translated), how
a value is checked, its OpenAPI entry, the value a document gives its index entry, and which of
its values the page shows. The search parameters, the index, the plan, the page's panels and
chips, the API and its schema and the export's record all read this registry: adding a facet is
adding a declaration to ``FACETS`` (the kinds are in documents.search.facet_kinds).

Every facet is counted without its own selection (OR within a facet, AND across facets): that
rule is the plan's (documents.search.plan), the same for all facets.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.labels import DOC_TYPE_LABELS, LEVEL_LABELS, MEETING_TYPE_LABELS
from documents.metadata.schema import DOC_TYPES, LEVELS, MEETING_TYPES

from .facet_kinds import (
    MAX_VALUE_CHARS,
    ChoiceFacet,
    DateFacet,
    DayFilter,
    Facet,
    MultiValueFacet,
    ProvinceFacet,
    quarter_of_month,
)

__all__ = [
    "FACETS",
    "MAX_VALUE_CHARS",
    "ON_DOCUMENT",
    "Facet",
    "document_facets",
    "facet_named",
    "index_fields",
]


def _quarter_label(value: str) -> str:
    year, quarter = value.split("-Q")
    return _("Quý %(q)s/%(y)s") % {"q": quarter, "y": year}


def _month_label(value: str) -> str:
    return f"{value[5:]}/{value[:4]}"


def _year_of(document):
    return f"{document.date.year:04d}" if document.date else None


def _has_month(document) -> bool:
    return bool(document.date) and document.date_precision != "year"


def _quarter_of(document):
    return (
        f"{document.date.year:04d}-Q{quarter_of_month(document.date.month)}" if _has_month(document) else None
    )


def _month_of(document):
    return f"{document.date.year:04d}-{document.date.month:02d}" if _has_month(document) else None


def _official_names(document) -> list[str]:
    # A comma would split the value in engines that store a list as comma-separated text.
    return [a.official.name.replace(",", " ") for a in document.appearances.all()]


PROVINCE = ProvinceFacet(
    "province",
    gettext_lazy("Tỉnh, thành phố"),
    "Province as of the document's date (canonical spelling).",
    lambda d: d.province.name if d.province_id else None,
    boundary="time",
)
PROVINCE_CURRENT = ProvinceFacet(
    "province_current",
    gettext_lazy("Tỉnh, thành phố (từ 2025)"),
    "Province since the 2025 reorganisation.",
    lambda d: d.province_current.name if d.province_current else None,
    boundary="2025",
)
YEAR = DateFacet("year", gettext_lazy("Năm"), "Year, YYYY.", _year_of, pattern=r"[0-9]{4}", shape="YYYY")
QUARTER = DateFacet(
    "quarter",
    gettext_lazy("Quý"),
    "Quarter, YYYY-Qn.",
    _quarter_of,
    pattern=r"[0-9]{4}-Q[1-4]",
    shape="YYYY-Qn",
    parent=YEAR,
    label=_quarter_label,
)
MONTH = DateFacet(
    "month",
    gettext_lazy("Tháng"),
    "Month, YYYY-MM.",
    _month_of,
    pattern=r"[0-9]{4}-(0[1-9]|1[0-2])",
    shape="YYYY-MM",
    parent=QUARTER,
    label=_month_label,
)
DATE = DayFilter(
    "date",
    gettext_lazy("Ngày"),
    "Date as known: YYYY, YYYY-MM or YYYY-MM-DD.",
    lambda d: d.date_iso,
    pattern=r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
    shape="YYYY, YYYY-MM, YYYY-MM-DD",
)
MEETING_TYPE = ChoiceFacet(
    "meeting_type",
    gettext_lazy("Loại hội nghị"),
    "Kind of meeting.",
    lambda d: d.meeting_type,
    codes=MEETING_TYPES,
    labels=MEETING_TYPE_LABELS,
)
DOC_TYPE = ChoiceFacet(
    "doc_type",
    gettext_lazy("Loại văn bản"),
    "Kind of document.",
    lambda d: d.doc_type,
    codes=DOC_TYPES,
    labels=DOC_TYPE_LABELS,
)
LEVEL = ChoiceFacet(
    "level",
    gettext_lazy("Cấp"),
    "Level of the Party body.",
    lambda d: d.level,
    codes=LEVELS,
    labels=LEVEL_LABELS,
)
TERM = Facet.of_document_field(
    "term",
    gettext_lazy("Khóa"),
    "Term of the Party committee as written: Roman numerals (khóa XX), or a number.",
    pattern=r"[IVXLC]{1,9}|[0-9]{1,3}",
    shape="XX",
    label_format=gettext_lazy("Khóa %(value)s"),
    export_width=8,
)
OFFICIAL = MultiValueFacet(
    "official",
    gettext_lazy("Cán bộ"),
    "Name of an official the document names.",
    _official_names,
    field="officials",
)

# In the order the page shows them.
FACETS: tuple[Facet, ...] = (
    PROVINCE,
    PROVINCE_CURRENT,
    YEAR,
    QUARTER,
    MONTH,
    DATE,
    MEETING_TYPE,
    DOC_TYPE,
    LEVEL,
    TERM,
    OFFICIAL,
)
BY_PARAM: dict[str, Facet] = {facet.param: facet for facet in FACETS}
BY_FIELD: dict[str, Facet] = {facet.field: facet for facet in FACETS}
COUNTED: tuple[Facet, ...] = tuple(facet for facet in FACETS if facet.counted)
# The facets over a field of the document itself: the API's documents and search results, their
# OpenAPI schema and the exports' columns show each under its parameter's name.
ON_DOCUMENT: tuple[Facet, ...] = tuple(facet for facet in FACETS if facet.document_field)


def facet_named(param: str) -> Facet | None:
    """The facet read from the search parameter ``param``, if there is one."""
    return BY_PARAM.get(param)


def document_facets(document) -> dict:
    """``document``'s values of the ON_DOCUMENT facets, by parameter name (the API shows them)."""
    return {facet.param: facet.document_value(document) for facet in ON_DOCUMENT}


def index_fields(*, multi_valued: bool) -> tuple[str, ...]:
    """The index fields of the facets with (or without) several values per document."""
    return tuple(facet.field for facet in FACETS if facet.multi_valued == multi_valued)
