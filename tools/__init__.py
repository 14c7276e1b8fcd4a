"""Measuring and checking instruments kept out of the portal's app: the search and export
benchmarks, the load test, the search-quality evaluation, the reader measurement, the dependency
audit and the translation check. A Django app only so that their management commands
(``manage.py benchmark``, ``benchmark_export``, ``loadtest``, ``evaluate_search``,
``measure_readers``, ``check_translations``) are found; it has no models and serves no pages."""
