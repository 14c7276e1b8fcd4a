"""Measuring instruments kept out of the portal's app: the search benchmark, the export
benchmark, the load test and the search-quality evaluation. A Django app only so that their
management commands (``manage.py benchmark``, ``benchmark_export``, ``loadtest``,
``evaluate_search``) are found; it has no models and serves no pages."""
