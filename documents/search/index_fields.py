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
"""

from __future__ import annotations

from haystack import indexes


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
