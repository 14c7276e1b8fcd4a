"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json."""

from __future__ import annotations

from documents.metadata.schema import DOC_TYPES, LEVELS, MEETING_TYPES
from documents.search import EXACT_VALUES, FACETS, MAX_PAGE, MAX_Q_CHARS, ON_DOCUMENT, SORTS

API_VERSION = "1.0.0"
# YYYY, YYYY-MM or YYYY-MM-DD; days up to 28 so every value the pattern admits is a real date.
_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|1[0-9]|2[0-8]))?)?$"

_NULLABLE_STRING = {"type": ["string", "null"]}
# The facets over the document's own fields (the committee's term): declared by the registry.
_DOCUMENT_FACETS = {facet.param: facet.document_schema() for facet in ON_DOCUMENT}
# Date values as the metadata knows them: to the day, the month or the year.
_PARTIAL_DATE = {"type": ["string", "null"], "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}


def _search_parameters(max_page_size: int) -> list[dict]:
    return [
        {
            "name": "q",
            "in": "query",
            "description": 'Words (all must match), "phrases", -exclusions, OR. Without diacritics '
            "the search ignores them (exact matches first).",
            "schema": {"type": "string", "maxLength": MAX_Q_CHARS},
        },
        *(facet.openapi_parameter() for facet in FACETS),
        {
            "name": "date_from",
            "in": "query",
            "description": "Documents dated on or after: YYYY-MM-DD, YYYY-MM or YYYY (a partial date "
            "covers its whole month or year). Not after date_to.",
            "schema": {
                "type": "string",
                "pattern": _DATE_PATTERN,
            },
        },
        {
            "name": "date_to",
            "in": "query",
            "description": "Documents dated on or before; same forms as date_from.",
            "schema": {
                "type": "string",
                "pattern": _DATE_PATTERN,
            },
        },
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": list(SORTS)}},
        {
            "name": "exact",
            "in": "query",
            "description": "1: match diacritics exactly as typed.",
            "schema": {"type": "string", "enum": list(EXACT_VALUES)},
        },
        {
            "name": "as_typed",
            "in": "query",
            "description": "1: list the results of q as typed even when no document holds all its "
            "words and its typo correction lists others instead (see corrected_query).",
            "schema": {"type": "string", "enum": list(EXACT_VALUES)},
        },
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
        {
            "name": "page_size",
            "in": "query",
            "description": f"Results per page, at most {max_page_size}.",
            "schema": {"type": "integer", "minimum": 1, "maximum": max_page_size},
        },
    ]


def _error_response(description: str, with_param: bool) -> dict:
    error = {
        "type": "object",
        "required": ["message", "param"] if with_param else ["message"],
        "properties": {"message": {"type": "string"}, "param": {"type": "string"}},
    }
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"type": "object", "required": ["error"], "properties": {"error": error}}
            }
        },
    }


def _json(description: str, ref: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


_FACETS = {
    "type": "object",
    "description": "Facet name → values with their counts, most frequent first.",
    "propertyNames": {"enum": [facet.param for facet in FACETS if facet.counted]},
    "additionalProperties": {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["value", "count", "label", "selected"],
            "properties": {
                "value": {"type": "string"},
                "count": {"type": "integer", "minimum": 0},
                "label": {"type": "string"},
                "selected": {"type": "boolean"},
            },
        },
    },
}

_TITLE = {
    "type": "string",
    "description": "What the portal calls the document: the extracted title, or else the first "
    "sentence of its text (never empty).",
}
_TITLE_EXTRACTED = {
    "type": ["string", "null"],
    "description": "The title metadata extraction found in the text; null when it found none.",
}

_SEARCH_RESULT = {
    "type": "object",
    "required": ["id", "title", "date", "province", "meeting_type", "doc_type", "url", "snippet"],
    "properties": {
        "id": {"type": "integer"},
        "title": _TITLE,
        "title_extracted": _TITLE_EXTRACTED,
        "date": _PARTIAL_DATE,
        "province": _NULLABLE_STRING,
        "province_current": _NULLABLE_STRING,
        "meeting_type": {"enum": [*MEETING_TYPES, None]},
        "doc_type": {"enum": [*DOC_TYPES, None]},
        "level": {"enum": [*LEVELS, None]},
        **_DOCUMENT_FACETS,
        "number": _NULLABLE_STRING,
        "url": {"type": "string", "format": "uri", "description": "The document's page."},
        "api_url": {"type": "string", "format": "uri"},
        "snippet": {
            "type": "string",
            "description": "HTML: the document's text escaped, the matched words in <mark>.",
        },
        "tier": {
            "type": "integer",
            "minimum": 1,
            "description": "1: holds every word of the query; 2: most of them; 3: some of them.",
        },
        "missing": {
            "type": "array",
            "items": {"type": "string"},
            "description": "The query's words the document lacks (empty in tier 1).",
        },
    },
}

_SEARCH_PAGE = {
    "type": "object",
    "required": ["count", "page", "page_size", "num_pages", "results", "facets"],
    "properties": {
        "count": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "page_size": {"type": "integer", "minimum": 1},
        "num_pages": {"type": "integer", "minimum": 1},
        "next": {"type": ["string", "null"], "format": "uri"},
        "previous": {"type": ["string", "null"], "format": "uri"},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
        "facets": {"$ref": "#/components/schemas/Facets"},
        "suggestion": {
            "type": ["string", "null"],
            "description": "Did you mean: q with diacritics restored or typos corrected, when it "
            "finds more documents holding all its words.",
        },
        "corrected_query": {
            "type": ["string", "null"],
            "description": "q with its typos corrected, when the results are this query's: no "
            "document holds every word of q as typed and some hold every corrected word. Null "
            "otherwise; as_typed=1 lists q's own results.",
        },
        "notes": {"type": "array", "items": {"type": "string"}},
        "tier_counts": {
            "type": "array",
            "items": {"type": "integer", "minimum": 0},
            "description": "How many of count each tier holds, tier 1 first.",
        },
    },
}

_DOCUMENT = {
    "type": "object",
    "required": ["id", "title", "date", "province", "officials", "text", "url"],
    "properties": {
        "id": {"type": "integer"},
        "title": _TITLE,
        "title_extracted": _TITLE_EXTRACTED,
        "doc_type": {"enum": [*DOC_TYPES, None]},
        "number": _NULLABLE_STRING,
        "date": _PARTIAL_DATE,
        "date_precision": {"enum": ["day", "month", "year", None]},
        "province": _NULLABLE_STRING,
        "province_current": _NULLABLE_STRING,
        "level": {"enum": [*LEVELS, None]},
        "meeting_type": {"enum": [*MEETING_TYPES, None]},
        **_DOCUMENT_FACETS,
        "session_no": _NULLABLE_STRING,
        "period": _NULLABLE_STRING,
        "chair": _NULLABLE_STRING,
        "signer": _NULLABLE_STRING,
        "officials": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "titles", "roles"],
                "properties": {
                    "name": {"type": "string"},
                    "titles": {"type": "array", "items": {"type": "string"}},
                    "roles": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "references": {"type": "array", "items": {"type": "string"}},
        "text": {"type": "string"},
        "url": {"type": "string", "format": "uri", "description": "The document's page."},
        "original_url": {"type": ["string", "null"], "format": "uri"},
        "source_url": _NULLABLE_STRING,
        "original_name": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"},
        "updated_at": {"type": "string", "format": "date-time"},
    },
}


def build_schema(*, server_url: str = "/", max_page_size: int = 100) -> dict:
    search_parameters = _search_parameters(max_page_size)
    bad_parameter = _error_response("A parameter is invalid; the error names it.", with_param=True)
    unavailable = _error_response(
        "The search engine does not answer; the error names the cause.", with_param=False
    )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Party documents portal API",
            "version": API_VERSION,
            "description": "Search Vietnamese provincial Party committee documents: results, "
            "facet counts and each document's metadata, officials and text.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/api/search": {
                "get": {
                    "operationId": "search",
                    "summary": "One page of results with snippets and facet counts.",
                    "parameters": search_parameters,
                    "responses": {
                        "200": _json("A page of results.", "SearchPage"),
                        "400": bad_parameter,
                        "503": unavailable,
                    },
                }
            },
            "/api/facets": {
                "get": {
                    "operationId": "facets",
                    "summary": "Facet counts of a search, without results.",
                    "parameters": [p for p in search_parameters if p["name"] not in ("page", "page_size")],
                    "responses": {
                        "200": _json("Counts.", "FacetCounts"),
                        "400": bad_parameter,
                        "503": unavailable,
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "operationId": "document",
                    "summary": "A document's metadata, officials, text and page URL.",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1},
                        }
                    ],
                    "responses": {
                        "200": _json("The document.", "Document"),
                        "404": _error_response("No document has this id.", with_param=False),
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "SearchPage": _SEARCH_PAGE,
                "SearchResult": _SEARCH_RESULT,
                "Facets": _FACETS,
                "FacetCounts": {
                    "type": "object",
                    "required": ["count", "facets"],
                    "properties": {
                        "count": {"type": "integer", "minimum": 0},
                        "facets": {"$ref": "#/components/schemas/Facets"},
                    },
                },
                "Document": _DOCUMENT,
            }
        },
    }
