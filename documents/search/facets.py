"""The facets, declared once.

A facet owns its URL parameter, its index field, its title, how its values read (translated), how
a value is checked, its OpenAPI entry, the value a document gives its index entry, and which of
its values the page shows. The search parameters, the index, the plan, the page's panels and
chips, the API and its schema and the export's record all read this registry: adding a facet is
adding a declaration to ``FACETS``.

Every facet is counted without its own selection (OR within a facet, AND across facets): that
rule is the plan's (documents.search.plan), the same for all facets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.metadata.schema import DOC_TYPES, LEVELS, MEETING_TYPES

from .dates import parse_date
from .errors import ParamError

MAX_VALUE_CHARS = 200


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


class Facet:
    """A facet of whole values, one or none per document."""

    # How the page shows it: "value" (a list of counted values), "date" (a step of the
    # drill-down), "province" (one boundary of the province facet).
    kind = "value"
    multi_valued = False
    # False: a filter of the search (a parameter) without a panel of counts.
    counted = True

    def __init__(
        self,
        param: str,
        title,
        description: str,
        value_of: Callable[[Any], Any],
        *,
        field: str | None = None,
        pattern: str | None = None,
        shape: str = "",
        label_format=None,
    ):
        self.param = param
        self.field = field or param
        self.title = title
        self.description = description  # for the API's schema (English, like the rest of it)
        self._value_of = value_of
        self._pattern = re.compile(pattern) if pattern else None
        self._shape = shape
        self._label_format = label_format

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.param}>"

    # --- values --------------------------------------------------------------------------------
    def index_value(self, document):
        """What ``document`` puts in this facet's index field (None: nothing)."""
        value = self._value_of(document)
        return str(value) if value not in (None, "") else None

    def label(self, value: str) -> str:
        if self._label_format is not None:
            return str(self._label_format) % {"value": value}
        return value

    def validate(self, value: str) -> str:
        """``value`` if it is one this facet can hold, else ParamError naming the parameter."""
        if len(value) > MAX_VALUE_CHARS:
            raise ParamError(self.param, _("dài quá %(n)d ký tự.") % {"n": MAX_VALUE_CHARS})
        if self._pattern is not None and not self._pattern.fullmatch(value):
            raise ParamError(self.param, _("phải có dạng %(shape)s.") % {"shape": self._shape})
        return value

    # --- the page ------------------------------------------------------------------------------
    def shown_values(self, values: list, selected: Mapping[str, list[str]]) -> list | None:
        """The counted values the page's panel lists, in order; None: no panel now."""
        return values

    def removing(self, value: str, selected: Mapping[str, list[str]]) -> dict[str, list[str]]:
        """Other parameters to change when ``value`` is unselected (a year takes its months)."""
        return {}

    # --- the API -------------------------------------------------------------------------------
    def api_item_schema(self) -> dict:
        item: dict = {"type": "string", "minLength": 1}
        if self._pattern is not None:
            item = {"type": "string", "pattern": f"^(?:{self._pattern.pattern})$"}
        return item

    def openapi_parameter(self) -> dict:
        return {
            "name": self.param,
            "in": "query",
            "required": False,
            "description": self.description + " May repeat: a document matching any of the values is kept.",
            "style": "form",
            "explode": True,
            "schema": {"type": "array", "items": {"maxLength": MAX_VALUE_CHARS, **self.api_item_schema()}},
        }


class ChoiceFacet(Facet):
    """A coded value from a closed list, each code with its label."""

    def __init__(self, param, title, description, value_of, *, codes: tuple[str, ...], labels: Mapping):
        super().__init__(param, title, description, value_of)
        self.codes = codes
        self.labels = labels

    def label(self, value: str) -> str:
        return str(self.labels.get(value, value))

    def validate(self, value: str) -> str:
        if value not in self.codes:
            choices = ", ".join(self.codes)
            raise ParamError(self.param, _("phải là một trong: %(choices)s.") % {"choices": choices})
        return value

    def api_item_schema(self) -> dict:
        return {"type": "string", "enum": list(self.codes)}


class MultiValueFacet(Facet):
    """Several values per document (the officials a document names)."""

    multi_valued = True

    def index_value(self, document) -> list[str]:
        return [str(v) for v in dict.fromkeys(self._value_of(document)) if v not in (None, "")]


class ProvinceFacet(Facet):
    """The province, within one of its two boundaries: as at the document's date (the 63) or
    since the 2025 reorganisation (the 34). The page shows one of the two at a time."""

    kind = "province"

    def __init__(self, param, title, description, value_of, *, boundary: str):
        super().__init__(param, title, description, value_of)
        self.boundary = boundary


class DateFacet(Facet):
    """One step of the date drill-down year → quarter → month: a step's panel appears once one
    value of the step above is chosen, and unselecting a value unselects what lies inside it."""

    kind = "date"

    def __init__(self, param, title, description, value_of, *, pattern, shape, parent=None, label=None):
        super().__init__(param, title, description, value_of, pattern=pattern, shape=shape)
        self.parent = parent
        self._label = label
        self.children: list[DateFacet] = []
        if parent is not None:
            parent.children.append(self)

    def label(self, value: str) -> str:
        return self._label(value) if self._label else value

    def inside(self, value: str, outer: str) -> bool:
        """Whether this step's ``value`` lies inside ``outer``, a value of a step above."""
        if "-Q" in outer and "-Q" not in value:  # a month inside a quarter
            year, quarter = outer.split("-Q")
            return value.startswith(year + "-") and _quarter(int(value[5:7])) == int(quarter)
        return value.startswith(outer)

    def shown_values(self, values, selected):
        if self.parent is None:
            return sorted(values, key=lambda v: v.value, reverse=True)  # newest year first
        chosen = selected.get(self.parent.param, [])
        mine = selected.get(self.param, [])
        if len(chosen) != 1 and not mine:
            return None
        kept = [v for v in values if any(self.inside(v.value, c) for c in chosen) or v.value in mine]
        return sorted(kept, key=lambda v: v.value)

    def removing(self, value, selected):
        changes = {}
        for child in self._descendants():
            kept = [v for v in selected.get(child.param, []) if not child.inside(v, value)]
            if kept != selected.get(child.param, []):
                changes[child.param] = kept
        return changes

    def _descendants(self) -> Iterable[DateFacet]:
        for child in self.children:
            yield child
            yield from child._descendants()


class DayFilter(Facet):
    """A date as the metadata knows it (a year, a month or a day): a filter, not counted."""

    counted = False

    def validate(self, value: str) -> str:
        super().validate(value)
        parse_date(self.param, value, end=False)
        return value

    def api_item_schema(self) -> dict:
        # Days up to 28 so that every value the pattern admits is a real date.
        return {"type": "string", "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|1[0-9]|2[0-8]))?)?$"}


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
    return f"{document.date.year:04d}-Q{_quarter(document.date.month)}" if _has_month(document) else None


def _month_of(document):
    return f"{document.date.year:04d}-{document.date.month:02d}" if _has_month(document) else None


def _official_names(document) -> list[str]:
    # A comma would split the value in engines that store a list as comma-separated text.
    return [a.official.name.replace(",", " ") for a in document.appearances.all()]


def _labels():
    from documents.models import DOC_TYPE_LABELS, LEVEL_LABELS, MEETING_TYPE_LABELS

    return MEETING_TYPE_LABELS, DOC_TYPE_LABELS, LEVEL_LABELS


class _LazyLabels(Mapping):
    """The models' label tables, read when first used (the registry loads before the models)."""

    def __init__(self, position: int):
        self.position = position

    def _table(self) -> Mapping:
        return _labels()[self.position]

    def __getitem__(self, key):
        return self._table()[key]

    def __iter__(self):
        return iter(self._table())

    def __len__(self):
        return len(self._table())


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
    labels=_LazyLabels(0),
)
DOC_TYPE = ChoiceFacet(
    "doc_type",
    gettext_lazy("Loại văn bản"),
    "Kind of document.",
    lambda d: d.doc_type,
    codes=DOC_TYPES,
    labels=_LazyLabels(1),
)
LEVEL = ChoiceFacet(
    "level",
    gettext_lazy("Cấp"),
    "Level of the Party body.",
    lambda d: d.level,
    codes=LEVELS,
    labels=_LazyLabels(2),
)
TERM = Facet(
    "term",
    gettext_lazy("Khóa"),
    "Term of the Party committee as written: Roman numerals (khóa XX), or a number.",
    lambda d: d.term,
    pattern=r"[IVXLC]{1,9}|[0-9]{1,3}",
    shape="XX",
    label_format=gettext_lazy("Khóa %(value)s"),
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


def facet_named(param: str) -> Facet | None:
    """The facet read from the search parameter ``param``, if there is one."""
    return BY_PARAM.get(param)


def index_fields(*, multi_valued: bool) -> tuple[str, ...]:
    """The index fields of the facets with (or without) several values per document."""
    return tuple(facet.field for facet in FACETS if facet.multi_valued == multi_valued)
