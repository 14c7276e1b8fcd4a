"""The kinds of facet: a value, a choice from a closed list, several values, the province in one
of its two boundaries, a step of the date drill-down, and a date filter that is not counted.

Each kind owns how a value is checked, how it reads, its OpenAPI entry, what a document gives
its index field, which values the page lists and, for a facet over one of the document's own
fields (``document_field``), that field in the API's documents, their schema and the exports.
The facets themselves are declared in documents.search.facets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from typing import Any

from django.utils.translation import gettext as _

from .dates import parse_date
from .errors import ParamError

MAX_VALUE_CHARS = 200


def quarter_of_month(month: int) -> int:
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
        document_field: str | None = None,
        export_width: int = 12,
    ):
        self.param = param
        self.field = field or param
        self.title = title
        self.description = description  # for the API's schema (English, like the rest of it)
        self._value_of = value_of
        self._pattern = re.compile(pattern) if pattern else None
        self._shape = shape
        self._label_format = label_format
        # The Document field this facet's value is (None: a value made from other fields, such
        # as a quarter): the API's documents and the exports show it under the parameter's name.
        self.document_field = document_field
        self.export_width = export_width  # XLSX column width, in characters

    @classmethod
    def of_document_field(cls, name: str, title, description: str, **options) -> Facet:
        """The facet of the Document field ``name``, named once: its parameter, its index field
        and the API's and exports' key are all ``name``, and its value is the field's."""
        return cls(name, title, description, attrgetter(name), document_field=name, **options)

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

    def document_value(self, document):
        """The value of ``document``'s own field, as the API shows it (document_field)."""
        return getattr(document, self.document_field)

    def export_text(self, document) -> str:
        """The exports' cell of ``document`` (document_field): the value as stored."""
        value = self.document_value(document)
        return "" if value is None else str(value)

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

    def document_schema(self) -> dict:
        """The OpenAPI schema of document_value: the stored value, or null."""
        return {"type": ["string", "null"]}

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

    def __init__(
        self, param, title, description, value_of, *, codes: tuple[str, ...], labels: Mapping, **options
    ):
        super().__init__(param, title, description, value_of, **options)
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

    def document_schema(self) -> dict:
        return {"enum": [*self.codes, None]}

    def export_text(self, document) -> str:
        value = self.document_value(document)
        return "" if value is None else self.label(value)


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
            return value.startswith(year + "-") and quarter_of_month(int(value[5:7])) == int(quarter)
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
