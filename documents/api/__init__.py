"""The JSON API: /api/search, /api/documents/<id>, /api/facets and its OpenAPI schema."""
