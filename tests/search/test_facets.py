"""The facet registry: one declaration per facet, from which the parameters, the index, the page,
the API, its schema and the exports all derive. The term facet ("khóa XIX") was added by its
declaration alone; these tests follow it everywhere it must appear."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.http import QueryDict

from documents.api.openapi import build_schema
from documents.search import FACETS, ParamError, SearchParams, facet_named
from documents.search_indexes import DocumentIndex
from tests.factories import DocumentFactory


def test_every_facet_has_one_parameter_one_index_field_and_a_title():
    params = [facet.param for facet in FACETS]
    fields = [facet.field for facet in FACETS]
    assert len(set(params)) == len(params) and len(set(fields)) == len(fields)
    for facet in FACETS:
        assert str(facet.title)
        assert facet.field in DocumentIndex.fields, facet


def test_values_are_checked_by_their_facet_and_the_error_names_the_parameter():
    assert SearchParams.from_querydict(QueryDict("term=XIX&term=XX")).selected("term") == ["XIX", "XX"]
    for query, param in [
        ("term=mười chín", "term"),
        ("meeting_type=hop", "meeting_type"),
        ("quarter=2023-Q5", "quarter"),
        ("date=2023-02-30", "date"),
        ("province=" + "x" * 201, "province"),
    ]:
        with pytest.raises(ParamError) as raised:
            SearchParams.from_querydict(QueryDict(query))
        assert raised.value.param == param


def test_labels_read_as_people_write_them():
    assert facet_named("term").label("XIX") == "Khóa XIX"
    assert facet_named("quarter").label("2023-Q2") == "Quý 2/2023"
    assert facet_named("month").label("2023-04") == "04/2023"
    assert facet_named("meeting_type").label("ban_thuong_vu") == "Ban Thường vụ"
    assert facet_named("nothing") is None


def test_unselecting_a_year_unselects_its_quarters_and_months():
    year = facet_named("year")
    selected = {"year": ["2023", "2024"], "quarter": ["2023-Q2", "2024-Q1"], "month": ["2023-05", "2024-02"]}
    assert year.removing("2023", selected) == {"quarter": ["2024-Q1"], "month": ["2024-02"]}
    assert facet_named("quarter").removing("2023-Q2", selected) == {"month": ["2024-02"]}


def test_the_api_schema_lists_every_facet_parameter_with_its_checks():
    parameters = {p["name"]: p for p in build_schema()["paths"]["/api/search"]["get"]["parameters"]}
    for facet in FACETS:
        assert parameters[facet.param]["explode"] is True
    assert parameters["term"]["schema"]["items"]["pattern"] == "^(?:[IVXLC]{1,9}|[0-9]{1,3})$"
    assert parameters["meeting_type"]["schema"]["items"]["enum"][0] == "ban_chap_hanh"
    exact = parameters["exact"]["schema"]["enum"]
    assert {"yes", "no", "on", "off"} <= set(exact)  # what SearchParams accepts, no more, no less


@pytest.fixture
def by_term(db):
    return {
        "xix": DocumentFactory(
            raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIX bàn về chuyển đổi số.",
            title="Hội nghị Tỉnh ủy khóa XIX",
            province_name="Thanh Hóa",
            dated="2023-09-29",
            meeting_type="ban_chap_hanh",
            term="XIX",
        ),
        "xx": DocumentFactory(
            raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XX bàn về chuyển đổi số.",
            title="Hội nghị Tỉnh ủy khóa XX",
            province_name="Thanh Hóa",
            dated="2025-10-20",
            meeting_type="ban_chap_hanh",
            term="XX",
        ),
        "none": DocumentFactory(
            raw_text="Ban Thường vụ Tỉnh ủy bàn về chuyển đổi số.",
            title="Ban Thường vụ",
            province_name="Nghệ An",
            dated="2024-01-10",
            meeting_type="ban_thuong_vu",
        ),
    }


@pytest.mark.django_db
def test_the_term_facet_on_the_page(client, by_term):
    page = client.get("/search/", {"q": "chuyển đổi số"}).content.decode()
    assert "Khóa XIX" in page and "Khóa XX" in page
    filtered = client.get("/search/", {"q": "chuyển đổi số", "term": "XIX"}).content.decode()
    assert "Hội nghị Tỉnh ủy khóa XIX" in filtered and "Hội nghị Tỉnh ủy khóa XX<" not in filtered
    assert "Khóa: Khóa XIX" in filtered  # the chip that removes it
    bad = client.get("/search/", {"term": "mười chín"})
    assert bad.status_code == 400 and "term" in bad.content.decode()


@pytest.mark.django_db
def test_the_term_facet_in_the_api(client, by_term):
    answer = client.get("/api/search", {"term": "XX"}).json()
    assert [r["id"] for r in answer["results"]] == [by_term["xx"].pk]
    assert answer["results"][0]["term"] == "XX"
    # Counted without its own selection: the other term stays visible to widen the search.
    assert {(v["value"], v["selected"]) for v in answer["facets"]["term"]} == {("XIX", False), ("XX", True)}
    assert client.get("/api/search", {"term": "xx"}).status_code == 400
    assert client.get(f"/api/documents/{by_term['xix'].pk}").json()["term"] == "XIX"
    schemas = build_schema()["components"]["schemas"]
    assert schemas["SearchResult"]["properties"]["term"] == {"type": ["string", "null"]}
    assert schemas["Document"]["properties"]["term"] == {"type": ["string", "null"]}


def test_a_facet_over_a_document_field_brings_its_api_schema_and_export_cell():
    # What the registry gives the API, its schema and the exports for a facet declared with
    # document_field: a choice's cell is its label, its schema the codes or null.
    from documents.search.facet_kinds import ChoiceFacet

    level = ChoiceFacet(
        "level",
        "Cấp",
        "Level.",
        lambda d: d.level,
        codes=("tinh", "xa"),
        labels={"tinh": "Tỉnh"},
        document_field="level",
    )
    document = DocumentFactory.build(level="tinh")
    assert level.document_value(document) == "tinh" and level.export_text(document) == "Tỉnh"
    assert level.document_schema() == {"enum": ["tinh", "xa", None]}
    assert facet_named("term").export_text(DocumentFactory.build(term=None)) == ""


def test_a_facet_of_a_document_field_reads_that_field_under_its_one_name():
    from documents.search.facet_kinds import Facet

    level = Facet.of_document_field("level", "Cấp", "Level.", pattern=r"[a-z]+", shape="abc")
    document = DocumentFactory.build(level="province", term="XIX")
    assert (level.param, level.field, level.document_field) == ("level", "level", "level")
    assert level.index_value(document) == level.document_value(document) == level.export_text(document)
    assert level.index_value(document) == "province"
    term = facet_named("term")
    assert (term.param, term.field, term.document_field) == ("term", "term", "term")
    assert term.index_value(document) == term.export_text(document) == "XIX"


def streamed(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.mark.django_db
def test_the_term_facet_in_exports(client, by_term):
    rows = list(csv.DictReader(io.StringIO(streamed(client.get("/search/export.csv", {"term": "XIX"})))))
    assert [row["Khóa"] for row in rows] == ["XIX"]
    record = json.loads(streamed(client.get("/search/export.json", {"term": "XIX"})))["record"]
    assert record["filters"] == {"term": ["XIX"]} and record["count"] == 1
