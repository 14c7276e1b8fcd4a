"""The OpenSearch index the portal needs: our analyzer as index settings and a mapping derived
from the field roles (documents.search.index_fields), plus the check that an existing index
still has them.

The analyzer: a ``pattern`` tokenizer on ``[^\\p{L}\\p{N}]+`` (the syllables of Python's
``[^\\W_]+``), ``lowercase``; folded fields add ``asciifolding`` (which maps đ→d, like our Python
fold). Tone marks are put in canonical places in Python before a document is sent, as for every
backend. Facets, compound words and the "did you mean" lexicon are ``keyword`` fields (whole
values, the last two computed by the shared analyzer); date keys are integers. The mapping is
``strict``: a field the portal did not declare is refused, never guessed at.
"""

from __future__ import annotations

import copy

from django.core.exceptions import ImproperlyConfigured
from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from documents.search.index_fields import (
    CompoundField,
    DateKeyField,
    FacetField,
    FingerprintField,
    SuggestField,
    SyllableField,
    fields_with_roles,
)

from .lexicon import LEXICON_FIELDS
from .vocabulary import PK_FIELD

SYLLABLE_SPLIT = r"[^\p{L}\p{N}]+"

ANALYSIS = {
    "tokenizer": {"vi_syllable": {"type": "pattern", "pattern": SYLLABLE_SPLIT}},
    "analyzer": {
        "vi_syllables": {"type": "custom", "tokenizer": "vi_syllable", "filter": ["lowercase"]},
        "vi_folded": {"type": "custom", "tokenizer": "vi_syllable", "filter": ["lowercase", "asciifolding"]},
    },
}
_SYLLABLES = {
    "type": "text",
    "analyzer": "vi_syllables",
    "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
}
_KEYWORD = {"type": "keyword"}


def field_mappings(name: str, field) -> dict[str, dict]:
    """The index fields of one haystack field, indexed as ``name``, and their mappings, chosen by
    its class (its role)."""
    if isinstance(field, SuggestField):
        # Sent spread over fields of its own (lexicon.py, engine.prepare_entry), never as itself.
        return {lexicon_field: dict(_KEYWORD) for lexicon_field in LEXICON_FIELDS}
    return {name: _mapping_of(name, field)}


def _mapping_of(name: str, field) -> dict:
    if isinstance(field, SyllableField):
        mapping = {"type": "text", "analyzer": "vi_folded"} if field.folded else copy.deepcopy(_SYLLABLES)
        if field.body:
            # Two-syllable phrases indexed as pairs, as tantivy's pair fields: phrases of common
            # syllables otherwise read nearly every position of the body.
            mapping["index_phrases"] = True
        return mapping
    if isinstance(field, FacetField | CompoundField):
        return dict(_KEYWORD)
    if isinstance(field, DateKeyField):
        return {"type": "integer"}
    if isinstance(field, FingerprintField):
        return {"type": "keyword", "index": False}  # read back by check_index, never searched
    raise ImproperlyConfigured(f"The OpenSearch mapping has no place for a {type(field).__name__}: {name!r}.")


def mapping(fields: dict) -> dict:
    """The strict mapping of haystack's fields (name → field), with haystack's own keywords."""
    properties = {ID: dict(_KEYWORD), DJANGO_CT: dict(_KEYWORD), DJANGO_ID: dict(_KEYWORD)}
    properties[PK_FIELD] = {"type": "long"}
    for name, field in fields_with_roles(fields, "the OpenSearch mapping"):
        properties.update(field_mappings(name, field))
    return {"dynamic": "strict", "properties": properties}


def index_body(fields: dict, shards: int | None = None, replicas: int | None = None) -> dict:
    settings: dict = {"analysis": copy.deepcopy(ANALYSIS)}
    if shards is not None:
        settings["number_of_shards"] = shards
    if replicas is not None:
        settings["number_of_replicas"] = replicas
    return {"settings": settings, "mappings": mapping(fields)}


def differences(expected: dict, settings: dict, mappings: dict) -> list[str]:
    """What an existing index lacks of ``expected`` (an index_body): its analysis settings as
    the cluster reports them (``index.analysis``) and its mapping, field by field."""
    found = []
    analysis = settings.get("analysis", {})
    for kind, entries in expected["settings"]["analysis"].items():
        for name, definition in entries.items():
            if analysis.get(kind, {}).get(name) != definition:
                found.append(f"analysis.{kind}.{name}")
    if mappings.get("dynamic") != "strict":
        found.append("mappings.dynamic")
    properties = mappings.get("properties", {})
    for name, definition in expected["mappings"]["properties"].items():
        if properties.get(name) != definition:
            found.append(f"mappings.{name}")
    return found
