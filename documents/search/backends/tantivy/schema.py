"""The tantivy index layout, read from the roles of the index's fields (their classes,
documents.search.index_fields, as the Whoosh and OpenSearch backends read them), and how a
DocumentIndex entry becomes a tantivy document.

Compound words and the "did you mean" lexicon are computed by the shared analyzer and handed
over as ready terms (terms.py); tantivy's own tokenizers only cut them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

import tantivy
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
from documents.vietnamese.normalize import canonical_tones

from .terms import adjacent_pairs, compounds, fast_fold, suggest_terms, syllable_analyzer

# An index written with another layout is started again (and check_index says why), never
# misread. Every field's role is part of the layout's version (Layout.version), so a field added,
# renamed or given another role starts a new index by itself; bump the number when what a role
# becomes in tantivy changes (build_schema, entry_fields, the analyzer), which no field shows.
LAYOUT_GENERATION = 6
# Version files written before the whole layout was named only the facet fields ("6:province,…").
# The digest of this generation's whole layout (Layout.version) as it was then: while the layout
# is still that one, an index whose file says "6:" and these facets was written with it and is
# kept (legacy_version). Once the layout changes the digest no longer matches: remove it then,
# with its test.
_GENERATION_6_DIGEST = "c270ed1427a6c08c8c2e01aa73a565f06b6293384aca03ce5f13fd3a5bcfff5b"
SYLLABLES = "vi_syllables"
# The primary key, as an integer: "more like this" excludes the document itself by it.
PK = "pk"
# Sort keys made from the sort date (DateKeyField(sort=True)): undated documents last either
# way, ties in primary key order.
NEWEST = "sort_newest"
OLDEST = "sort_oldest"
_PK_SPACE = 1 << 32
_UNDATED_LAST = 99_999_999


@dataclass(frozen=True)
class Layout:
    """The index's fields grouped by role; plain values, so other processes can use it
    (documents.search.bulk prepares entries there)."""

    exact: tuple[str, ...]  # syllable fields in canonical form
    folded: tuple[str, ...]  # syllable fields without diacritics
    # Body syllable field -> its pair field: every two adjacent syllables as one term
    # ("thường_vụ") at the position of the first. A phrase of n syllables is the phrase of its
    # n-1 pairs, two syllables one term: phrases of common syllables ("Ban Thường vụ") otherwise
    # read the positions of nearly every document, a reading that grows with the corpus.
    pairs: tuple[tuple[str, str], ...]
    compounds: tuple[tuple[str, bool], ...]  # (field, folded)
    suggest: tuple[str, ...]
    facets: tuple[str, ...]
    multi_valued: tuple[str, ...]
    date_keys: tuple[str, ...]
    sort_date: str
    fingerprint: str

    @property
    def version(self) -> str:
        """The generation and every role's fields, as one line of JSON: what the index's version
        file holds, and what layout_change reads back to say what changed."""
        roles = {role: _plain(value) for role, value in asdict(self).items()}
        return json.dumps({"generation": LAYOUT_GENERATION, "roles": roles}, sort_keys=True)

    def pair_field(self, field: str) -> str | None:
        return dict(self.pairs).get(field)


def legacy_version(layout: Layout) -> str | None:
    """What a generation 6 index's version file said if it was written with ``layout``; None
    when ``layout`` is not generation 6's (such a file then names another layout)."""
    if hashlib.sha256(layout.version.encode()).hexdigest() != _GENERATION_6_DIGEST:
        return None
    return "6:" + ",".join(layout.facets + layout.multi_valued)


def _plain(value):
    """Tuples as lists, as JSON reads them back."""
    return [_plain(item) for item in value] if isinstance(value, tuple | list) else value


def layout_change(written: str, current: str) -> str:
    """What differs between the version an index was written with and ``current``, in words."""
    try:
        before = json.loads(written)
    except ValueError:
        before = None
    if not isinstance(before, dict) or not isinstance(before.get("roles"), dict):
        # Before the whole layout was written, the version named only the facet fields.
        return f"it was written by an older release (layout {written!r})"
    after = json.loads(current)
    changes = []
    if before.get("generation") != after["generation"]:
        changes.append(f"layout generation {before.get('generation')} -> {after['generation']}")
    for role in sorted(before["roles"].keys() | after["roles"].keys()):
        old, new = before["roles"].get(role), after["roles"].get(role)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list):
            added = [json.dumps(item) for item in new if item not in old]
            removed = [json.dumps(item) for item in old if item not in new]
            words = [f"+{item}" for item in added] + [f"-{item}" for item in removed]
            changes.append(f"{role}: {' '.join(words) or 'another order'}")
        else:
            changes.append(f"{role}: {json.dumps(old)} -> {json.dumps(new)}")
    return "; ".join(changes) or "its version file differs"


def _pair_field_name(field: SyllableField) -> str:
    return "pairs_folded" if field.folded else "pairs"


def layout_of(fields: dict) -> Layout:
    """The layout of haystack's fields (``UnifiedIndex.all_searchfields()``), by their classes."""
    roles: dict[str, list] = {role: [] for role in Layout.__dataclass_fields__}
    for name, field in fields_with_roles(fields, "the tantivy layout"):
        if isinstance(field, SyllableField):
            roles["folded" if field.folded else "exact"].append(name)
            if field.body:
                roles["pairs"].append((name, _pair_field_name(field)))
        elif isinstance(field, CompoundField):
            roles["compounds"].append((name, field.folded))
        elif isinstance(field, SuggestField):
            roles["suggest"].append(name)
        elif isinstance(field, FacetField):
            roles["multi_valued" if field.is_multivalued else "facets"].append(name)
        elif isinstance(field, DateKeyField):
            roles["date_keys"].append(name)
            if field.sort:
                roles["sort_date"].append(name)
        elif isinstance(field, FingerprintField):
            roles["fingerprint"].append(name)
        else:
            raise ImproperlyConfigured(
                f"The tantivy layout has no place for a {type(field).__name__}: {name!r}."
            )
    for single in ("sort_date", "fingerprint"):
        if len(roles[single]) != 1:
            raise ImproperlyConfigured(
                f"The search index needs exactly one {single} field, not {roles[single]}."
            )
        roles[single] = roles[single][0]
    if len({pair for _, pair in roles["pairs"]}) != len(roles["pairs"]):
        raise ImproperlyConfigured("At most one body syllable field each exact and folded.")
    return Layout(
        **{role: value if isinstance(value, str) else tuple(value) for role, value in roles.items()}
    )


def build_schema(layout: Layout) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(ID, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(DJANGO_CT, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field(PK, stored=True, indexed=True, fast=True)
    builder.add_text_field(layout.fingerprint, stored=True, tokenizer_name="raw", index_option="basic")
    paired = dict(layout.pairs)
    for name in layout.exact + layout.folded:
        # Body phrases are answered from the pair fields: only titles need syllable positions.
        builder.add_text_field(
            name, tokenizer_name=SYLLABLES, index_option="freq" if name in paired else "position"
        )
    for name, _ in layout.compounds:
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="freq")
    for _, pair_field in layout.pairs:
        builder.add_text_field(pair_field, tokenizer_name="whitespace", index_option="position")
    # One string of terms cut at spaces (see terms.SUGGEST_SPACE), not a list of ~1,200 values.
    for name in layout.suggest:
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="basic")
    for name in layout.facets + layout.multi_valued:
        builder.add_text_field(name, stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    for name in layout.date_keys:
        builder.add_integer_field(name, stored=False, indexed=True, fast=True)
    builder.add_unsigned_field(NEWEST, fast=True)
    builder.add_unsigned_field(OLDEST, fast=True)
    return builder.build()


def register_analyzers(index: tantivy.Index) -> None:
    """Tokenizers are not stored in the index: every opened Index needs them again."""
    index.register_tokenizer(SYLLABLES, syllable_analyzer())


def _text(value) -> str:
    return "" if value is None else str(value)


def entry_fields(layout: Layout, prepared: dict) -> dict[str, object]:
    """The tantivy fields of ``SearchIndex.full_prepare`` output, as plain values (picklable:
    documents.search.bulk makes them in other processes)."""
    pk = int(prepared[DJANGO_ID])
    fields: dict[str, object] = {
        ID: prepared[ID],
        DJANGO_CT: prepared[DJANGO_CT],
        PK: pk,
        layout.fingerprint: _text(prepared.get(layout.fingerprint)),
    }
    canonical: dict[str, str] = {}  # the exact and folded fields are made of the same words
    for name in layout.exact + layout.folded:
        value = _text(prepared.get(name))
        if value not in canonical:
            canonical[value] = canonical_tones(value)
        fields[name] = canonical[value] if name in layout.exact else fast_fold(canonical[value])
    for name, pair_field in layout.pairs:
        fields[pair_field] = adjacent_pairs(fields[name])
    made: dict[str, tuple[str, str]] = {}  # (exact, folded) compounds of each segmentation
    for name, folded in layout.compounds:
        segmented = _text(prepared.get(name))
        if segmented not in made:
            made[segmented] = compounds(segmented)
        fields[name] = made[segmented][1 if folded else 0]
    for name in layout.suggest:
        terms = suggest_terms(_text(prepared.get(name)))
        if terms:
            fields[name] = " ".join(terms)
    for name in layout.facets:
        value = prepared.get(name)
        if value not in (None, ""):
            fields[name] = str(value)
    for name in layout.multi_valued:
        values = [str(v) for v in prepared.get(name) or () if v not in (None, "")]
        if values:
            fields[name] = values
    for name in layout.date_keys:
        fields[name] = int(prepared.get(name) or 0)
    date = fields[layout.sort_date]
    low_pk = pk % _PK_SPACE
    fields[NEWEST] = date * _PK_SPACE + (_PK_SPACE - 1 - low_pk)
    fields[OLDEST] = (date or _UNDATED_LAST) * _PK_SPACE + low_pk
    return fields
