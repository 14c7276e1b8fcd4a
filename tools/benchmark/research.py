"""Server time of the research views (/compare/, /trends/, /directives/) through Django's test
client, and of the other way to count /compare/'s table: one faceted search per province.

Used by ``manage.py benchmark_research``; the corpus is benchmark_export's synthetic one, with
citations of central and provincial numbers added.
"""

from __future__ import annotations

import random
import statistics
import time
from urllib.parse import urlencode

from django.http import QueryDict
from django.test import Client, override_settings

from documents.ingest.citations import parse_cited
from documents.models import Citation, Document

CENTRAL = [
    f"{n}-{kind}/TW" for n, kind in ((18, "NQ"), (19, "NQ"), (126, "KL"), (5, "CT"), (35, "QĐ"), (21, "KL"))
]
CENTRAL += [f"{n}-NQ/TW" for n in range(20, 50)]
QUERIES = ("chuyển đổi số", "giải phóng mặt bằng", "nông thôn mới")


def add_citations(seed: int = 2) -> int:
    """About two in five documents cite one to three numbers, mostly central ones."""
    rng = random.Random(seed)  # noqa: S311 - synthetic test data, not secrets
    rows = []
    for pk in Document.objects.values_list("pk", flat=True).iterator():
        if rng.random() > 0.4:
            continue
        numbers = [*rng.sample(CENTRAL, rng.randint(1, 3)), f"{rng.randint(1, 900)}-KL/TU"]
        for position, number in enumerate(numbers):
            cited = parse_cited(number)
            rows.append(
                Citation(
                    document_id=pk, number=number, kind=cited.kind, issuer=cited.issuer, position=position
                )
            )
    Citation.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
    return len(rows)


def urls() -> dict[str, str]:
    trends = urlencode([("q", q) for q in QUERIES])
    return {
        "compare": "/compare/",
        "compare_q": "/compare/?" + urlencode({"q": QUERIES[0]}),
        "compare_quarter_share": "/compare/?" + urlencode({"q": QUERIES[1], "by": "quarter", "share": "1"}),
        "compare_csv": "/compare.csv?" + urlencode({"q": QUERIES[0]}),
        "trends_3": "/trends/?" + trends,
        "trends_3_quarter": "/trends/?" + trends + "&by=quarter",
        "trends_csv": "/trends.csv?" + trends,
        "directives": "/directives/",
        "directives_q": "/directives/?" + urlencode({"q": QUERIES[0]}),
        "directive": "/directives/18-NQ-TW/",
    }


def indexed_documents() -> int:
    from documents.search import SearchParams
    from documents.search import search as run_search

    return run_search(SearchParams.from_querydict(QueryDict())).total


def matches() -> dict[str, int]:
    """How many documents each of the benchmark's queries finds: what the views count."""
    from documents.search import SearchParams
    from documents.search import search as run_search

    return {q: run_search(SearchParams.from_querydict(QueryDict(urlencode({"q": q})))).total for q in QUERIES}


def _median_ms(call, rounds: int) -> dict[str, float]:
    """Median wall-clock and CPU time of ``rounds`` calls, in ms. On a shared machine the wall
    clock also counts the time other processes held the cores; this process's CPU time does
    not, and (SQLite and the tantivy index being read in this process) is close to what an
    idle server would take."""
    wall, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return {"ms": round(statistics.median(wall), 1), "cpu_ms": round(statistics.median(cpu), 1)}


def measure_views(rounds: int) -> dict[str, dict[str, float]]:
    """Every view's median. The rate limits are off: they would answer the later requests with
    a 429 in no time, and the view's time is what is measured; any answer but 200 stops the run."""
    found = {}
    with override_settings(PORTAL_RATE_LIMITS={}):
        client = Client(HTTP_HOST="localhost")
        for name, url in urls().items():

            def get(url=url):
                response = client.get(url)
                if response.status_code != 200:
                    raise RuntimeError(f"{url} answered {response.status_code}")

            get()  # warm: templates, translations, the index's readers
            found[name] = _median_ms(get, rounds)
    return found


def facet_alternative_ms(rounds: int) -> dict[str, float]:
    """/compare/'s table counted by the engine instead: one search per province with the year
    facet (a single search's facets count provinces and years separately, not together)."""
    from documents.models import Province
    from documents.search import SearchParams
    from documents.search import search as run_search

    names = list(Province.objects.filter(documents__isnull=False).distinct().values_list("name", flat=True))

    def table():
        for name in names:
            params = SearchParams.from_querydict(QueryDict(urlencode({"q": QUERIES[0], "province": name})))
            run_search(params, facets=True)

    return _median_ms(table, rounds)


def engine_way_ms(rounds: int) -> dict[str, float]:
    """The way /compare/ counts: one two-level facet of the search (province x year) in the engine."""
    from documents.research.counting import count
    from documents.search import SearchParams

    params = SearchParams.from_querydict(QueryDict(urlencode({"q": QUERIES[0]})))
    return _median_ms(lambda: count(params, "year"), rounds)
