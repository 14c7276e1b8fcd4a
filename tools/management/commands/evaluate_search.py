"""manage.py evaluate_search QUERIES.jsonl: ranking quality of the search against what is ingested.

Each line: {"q": "...", "relevant": ["file name", ...]} (file names = Document.original_name);
optional keys are passed as search parameters ("exact", "province", ...). Prints one line per
query (what was missed, what came first), then latency, and last one JSON object: queries,
recall_at_10, capped_recall_at_10, mrr, ndcg_at_10.

--split tune|blind keeps the queries a split file (eval/search_split.json) lists under that part.
Each query's line names its part, and each file named in it the extraction split's part; a query
of the search split's blind part (in any queries file: the regression set holds one) and a file
of the extraction split's blind part are only counted, unless --show-blind (tools.split_parts),
so rules are never fitted to them: --split blind prints the summary alone.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from documents.models import Document
from documents.search import ParamError, SearchParams
from documents.search import iter_ids as iter_document_ids
from documents.search import search as run_search
from tools.search_evaluation import (
    CUTOFF,
    MRR_DEPTH,
    SPLIT_PARTS,
    load_cases,
    percentile_95,
    score,
    select_split,
)
from tools.split_parts import SEARCH_SPLIT_FILE, SHOW_BLIND_HELP, load_parts

DEFAULT_SPLIT = SEARCH_SPLIT_FILE


def _params(case: dict) -> SearchParams:
    data = QueryDict(mutable=True)
    for key, value in case.items():
        if key == "relevant":
            continue
        data.setlist(key, [str(v) for v in (value if isinstance(value, list) else [value])])
    return SearchParams.from_querydict(data)


class Command(BaseCommand):
    help = "Measure recall@10, MRR and nDCG@10 of the search on a JSONL file of queries with relevant files."

    def add_arguments(self, parser):
        parser.add_argument("queries", type=Path)
        parser.add_argument("--quiet", action="store_true", help="print only the summary")
        parser.add_argument(
            "--split", choices=SPLIT_PARTS, help="only the queries of this part of the split file"
        )
        parser.add_argument("--split-file", type=Path, default=DEFAULT_SPLIT)
        parser.add_argument("--show-blind", action="store_true", help=SHOW_BLIND_HELP)

    def handle(self, *args, queries: Path, quiet: bool, split: str | None, split_file: Path, **options):
        cases = load_cases(queries)
        if split:
            cases = select_split(cases, Path(split_file), split)
        try:
            parts = load_parts(Path(split_file), show_blind=options["show_blind"])
        except (OSError, ValueError) as error:
            raise CommandError(f"the split files: {error}") from error
        hidden = 0
        names = dict(Document.objects.values_list("pk", "original_name"))
        known = set(names.values())
        totals = [0.0, 0.0, 0.0, 0.0]
        latencies = []
        for case in cases:
            relevant = set(case["relevant"])
            shown = not parts.hides_query(case["q"])
            missing = relevant - known
            if missing:
                named = parts.document_list(sorted(missing)) if shown else f"{len(missing)} of a blind query"
                self.stderr.write(f"not ingested, counted as missed: {named}")
            try:
                params = _params(case)
            except ParamError as error:
                raise CommandError(f"query {case['q']!r}: {error}") from error
            # Latency as a user sees it: one page of 10 with snippets, facet counts and suggestion.
            params.page_size = CUTOFF
            started = time.perf_counter()
            run_search(params)
            latencies.append((time.perf_counter() - started) * 1000)
            ranked = []
            for pk in iter_document_ids(params):
                ranked.append(names.get(pk, ""))
                if len(ranked) >= MRR_DEPTH:
                    break
            scores = score(ranked, relevant)
            totals = [total + value for total, value in zip(totals, scores, strict=True)]
            if not shown:
                hidden += 1
            elif not quiet:
                recall, capped, rr, ndcg = scores
                missed = sorted(relevant.difference(ranked[:CUTOFF]))
                self.stdout.write(
                    f"{recall:.2f} {capped:.2f} {rr:.2f} {ndcg:.2f}  {parts.query_label(case['q'])}"
                    + (f"  missed: {parts.document_list(missed)}" if missed else "")
                    + f"  top: {parts.document_list(ranked[:3])}"
                )
        if hidden and not quiet:
            self.stdout.write(f"not shown: {hidden} queries of the blind part (--show-blind shows them)")
        n = len(cases)
        self.stdout.write(
            f"search page latency ms: median {statistics.median(latencies):.1f}, "
            f"p95 {percentile_95(latencies):.1f}"
        )
        summary = {
            "queries": n,
            "recall_at_10": round(totals[0] / n, 4),
            "capped_recall_at_10": round(totals[1] / n, 4),
            "mrr": round(totals[2] / n, 4),
            "ndcg_at_10": round(totals[3] / n, 4),
        }
        self.stdout.write(json.dumps(summary))
