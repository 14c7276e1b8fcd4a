"""Scoring a ranking against relevance judgements: the half of ``manage.py evaluate_search`` that
needs no search engine. Queries come from a JSONL file, one case a line:
``{"q": "...", "relevant": ["file name", ...]}`` plus optional search parameters."""

from __future__ import annotations

import json
import math
from pathlib import Path

from django.core.management.base import CommandError

CUTOFF = 10
MRR_DEPTH = 100


def load_cases(path: Path) -> list[dict]:
    """The cases in ``path``; a CommandError naming the file and line for anything else."""
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as error:
            raise CommandError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(case, dict) or not isinstance(case.get("q"), str) or not case.get("relevant"):
            raise CommandError(f'{path}:{number}: expected {{"q": "...", "relevant": ["file name", ...]}}')
        cases.append(case)
    if not cases:
        raise CommandError(f"{path}: no queries")
    return cases


SPLIT_PARTS = ("tune", "blind")


def select_split(cases: list[dict], split_path: Path, part: str) -> list[dict]:
    """The cases whose query text ``split_path`` lists under ``part`` ("tune": rules may be
    tuned on them; "blind": only their aggregate is looked at, so it measures unseen queries)."""
    if part not in SPLIT_PARTS:
        raise CommandError(f"--split {part}: expected one of {', '.join(SPLIT_PARTS)}")
    if not split_path.is_file():
        raise CommandError(f"{split_path}: no such file")
    try:
        texts = json.loads(split_path.read_text(encoding="utf-8"))[part]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise CommandError(f'{split_path}: expected {{"tune": [...], "blind": [...]}} ({error})') from error
    wanted = set(texts)
    chosen = [case for case in cases if case["q"] in wanted]
    if not chosen:
        raise CommandError(f"{split_path}: none of its {part!r} queries is in the queries file")
    return chosen


def score(ranked: list[str], relevant: set[str]) -> tuple[float, float, float, float]:
    """recall@10, capped recall@10, reciprocal rank and nDCG@10 (binary gains) of one ranking.

    Capped recall divides by min(10, relevant): a query with 15 relevant files can score 1.0."""
    top = ranked[:CUTOFF]
    found = len(relevant.intersection(top))
    recall = found / len(relevant)
    capped = found / min(CUTOFF, len(relevant))
    rr = next((1 / rank for rank, name in enumerate(ranked, start=1) if name in relevant), 0.0)
    dcg = sum(1 / math.log2(rank + 1) for rank, name in enumerate(top, start=1) if name in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), CUTOFF) + 1))
    return recall, capped, rr, dcg / ideal


def percentile_95(values: list[float]) -> float:
    """The nearest-rank 95th percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
