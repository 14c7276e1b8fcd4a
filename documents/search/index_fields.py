"""The roles of the index's fields, declared by their class (not by their name): each backend
reads a field's class to choose how its engine stores it.

- SyllableField: text split into syllables with positions; ``folded`` without diacritics;
  ``body`` for the long text of a document (an engine may answer its phrases from the pairs of
  adjacent syllables, as tantivy does, where a title keeps its syllables' positions);
- CompoundField: the stored segmentation's compound words, whole terms; ``folded`` likewise;
- SuggestField: the "did you mean" lexicon of a text (documents.search.analysis.suggest_grams);
- FacetField: a facet's whole values, filtered on and counted, never split into words (the facet
  registry makes one per facet; ``multi_valued`` for a list);
- DateKeyField: an integer of the date range; ``sort`` for the date the results are listed by
  (newest or oldest first);
- FingerprintField: a digest of the entry's other fields, stored and never searched:
  check_index compares it with the database's to find entries left stale.

Every engine reads the fields through fields_with_roles() (of connection_fields()): the names
they are indexed under, and a field of no role refused the same way on each.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured
from haystack import indexes


class FieldWithoutRole(ImproperlyConfigured):
    pass


def connection_fields(alias: str) -> dict[str, indexes.SearchField]:
    """haystack's fields of the connection's indexes (DocumentIndex), by their attribute names."""
    from haystack import connections

    return connections[alias].get_unified_index().all_searchfields()


def fields_with_roles(
    fields: Mapping[str, indexes.SearchField], engine: str
) -> list[tuple[str, indexes.SearchField]]:
    """(the name it is indexed under, the field) for each of haystack's ``fields``, in order.
    A field whose class is none of the roles above raises FieldWithoutRole naming it: ``engine``
    could only guess how to store it."""
    named = []
    for name, field in fields.items():
        indexed_as = field.index_fieldname or name
        if not isinstance(field, ROLES):
            raise FieldWithoutRole(
                f"The search field {indexed_as!r} is a {type(field).__name__}, which has no role of "
                f"documents.search.index_fields: {engine} cannot place it."
            )
        named.append((indexed_as, field))
    return named


class SyllableField(indexes.CharField):
    def __init__(self, *, folded: bool = False, body: bool = False, **kwargs):
        self.folded = folded
        self.body = body
        super().__init__(**kwargs)


class CompoundField(indexes.CharField):
    def __init__(self, *, folded: bool = False, **kwargs):
        self.folded = folded
        super().__init__(**kwargs)


class SuggestField(indexes.CharField):
    pass


class FacetField(indexes.CharField):
    """One facet's values for a document, as the facet (documents.search.facets) gives them."""

    def __init__(self, facet, **kwargs):
        self.facet = facet
        super().__init__(null=True, **kwargs)
        if facet.multi_valued:
            self.is_multivalued = True

    def prepare(self, obj):
        return self.facet.index_value(obj)

    def convert(self, value):
        if self.is_multivalued:
            return list(value) if value is not None else []
        return super().convert(value)


class DateKeyField(indexes.IntegerField):
    def __init__(self, *, sort: bool = False, **kwargs):
        self.sort = sort
        super().__init__(**kwargs)


class FingerprintField(indexes.CharField):
    def __init__(self, **kwargs):
        super().__init__(indexed=False, stored=True, default="", **kwargs)


ROLES = (SyllableField, CompoundField, SuggestField, FacetField, DateKeyField, FingerprintField)
