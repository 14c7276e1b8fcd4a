"""The index's facet fields, one list for every backend (Whoosh, tantivy, Elasticsearch)."""

# Untokenized: a facet counts whole values ("Thanh Hóa"), never words.
FACET_FIELDS = (
    "province",
    "province_current",
    "year",
    "quarter",
    "month",
    "date",
    "meeting_type",
    "doc_type",
    "level",
)
MULTI_VALUED_FACETS = ("officials",)
