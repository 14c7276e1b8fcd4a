"""The engines read haystack's fields one way (documents.search.index_fields.fields_with_roles):
each places a field under the name it is indexed as, and refuses a field of no role alike, with
the field and the engine named. No server needed."""

from __future__ import annotations

import pytest
from haystack import indexes

from documents.search.backends.opensearch import index_settings
from documents.search.backends.tantivy.schema import layout_of
from documents.search.backends.whoosh.engine import VietnameseWhooshBackend
from documents.search.index_fields import FacetField, FieldWithoutRole, connection_fields

ENGINES = ["tantivy", "OpenSearch", "Whoosh"]


def _names_placed(engine: str, fields: dict, tmp_path) -> set[str]:
    """The index fields ``engine`` makes of ``fields``."""
    if engine == "tantivy":
        layout = layout_of(fields)
        return set(layout.facets + layout.multi_valued + layout.exact + layout.folded + layout.date_keys)
    if engine == "OpenSearch":
        return set(index_settings.mapping(fields)["properties"])
    _, schema = VietnameseWhooshBackend("default", PATH=str(tmp_path / "whoosh")).build_schema(fields)
    return set(schema.names())


@pytest.mark.parametrize("engine", ENGINES)
def test_a_field_is_placed_under_the_name_it_is_indexed_as(engine, tmp_path):
    fields = dict(connection_fields("default"))
    extra = FacetField(fields["term"].facet, index_fieldname="term_again")
    extra.set_instance_name("another_attribute")
    placed = _names_placed(engine, {**fields, "another_attribute": extra}, tmp_path)
    assert "term_again" in placed and "another_attribute" not in placed
    assert {"term", "officials", "date_start"} <= placed


@pytest.mark.parametrize("engine", ENGINES)
def test_a_field_without_a_role_is_refused_alike(engine, tmp_path):
    stray = indexes.CharField()
    stray.set_instance_name("stray")
    fields = {**connection_fields("default"), "stray": stray}
    with pytest.raises(FieldWithoutRole, match=rf"'stray' is a CharField, which has no role .*{engine}"):
        _names_placed(engine, fields, tmp_path)
