"""Write documents/metadata/confidence.json: each field's confidence by the rule that decided it.

python -m tools.calibrate_confidence GOLD.jsonl CORPUS_DIR [--write]

Reads only the devset's known and tune parts. For each field and rule key (confidence.rule_keys)
the table holds (right + POOL * field accuracy) / (n + POOL) — the rule's accuracy, pooled towards
its field's — times the field's transfer ratio (TRANSFER below), clipped to [0.05, 0.95].
Printed: accuracy by confidence bucket in 5-fold cross-validation (each fold scored with a table
fitted on the other four), beside the mean confidence claimed in each bucket, so a table that
promises more than held-out documents keep is seen before it is shipped.

TRANSFER is measured, not chosen: the extractor of commit 760583b (the one that split the devset,
before any rule was written against the tune part) scored on the tune part over its score on the
known part (run its documents.metadata.evaluation with --split known and --split tune):
date 65/83 over 40/40, meeting type 59/83, level 63/83, chair 73/83, province 77/83.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from documents.metadata import extract_metadata
from documents.metadata.confidence import CALIBRATED_FIELDS, TABLE_FILE, calibrated
from tools.devset_split import files_of
from tools.extraction_evaluation import _read, confidence_bucket, field_matches

POOL = 8  # a rule seen on fewer documents than this leans on its field's accuracy
FOLDS = 5
TRANSFER = {
    "date": round(65 / 83, 3),
    "meeting_type": round(59 / 83, 3),
    "level": round(63 / 83, 3),
    "chair": round(73 / 83, 3),
    "province": round(77 / 83, 3),
}
LOW, HIGH = 0.05, 0.95


def observations(gold_path: Path, corpus_dir: Path) -> list[dict]:
    """Per known+tune document: its file name and, per field, (rule key, right)."""
    only = files_of(["known", "tune"])
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if gold["file"] not in only:
            continue
        meta = extract_metadata(_read(corpus_dir / gold["file"]), source_url=gold.get("url"))
        predicted = meta.to_json_dict()
        fields = {
            f: (meta.rules[f], field_matches(f, gold[f], predicted[f]))
            for f in CALIBRATED_FIELDS
            if f in gold
        }
        out.append({"file": gold["file"], "fields": fields})
    return out


def fit(docs: list[dict]) -> dict:
    """The calibration table from these documents' observations."""
    fields = {}
    for field in CALIBRATED_FIELDS:
        cells: dict[str, list[int]] = {}
        for doc in docs:
            if field in doc["fields"]:
                key, right = doc["fields"][field]
                cell = cells.setdefault(key, [0, 0])
                cell[0], cell[1] = cell[0] + right, cell[1] + 1
        right = sum(c[0] for c in cells.values())
        n = sum(c[1] for c in cells.values())
        base = right / n if n else 0.5
        transfer = TRANSFER.get(field, 1.0)

        def clip(p: float) -> float:
            return round(min(HIGH, max(LOW, p)), 3)

        fields[field] = {
            "default": clip(base * transfer),
            "rules": {
                k: clip((r + POOL * base) / (m + POOL) * transfer) for k, (r, m) in sorted(cells.items())
            },
            "seen": {k: f"{r}/{m}" for k, (r, m) in sorted(cells.items())},
        }
    return {"fields": fields}


def _fold(name: str) -> int:
    return int(hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest(), 16) % FOLDS


def cross_validated(docs: list[dict]) -> dict:
    """field -> bucket -> {claimed (mean confidence), accuracy, n}, each document scored by a
    table fitted without its fold."""
    cells: dict[tuple[str, str], list[float]] = {}
    for k in range(FOLDS):
        calibration = fit([d for d in docs if _fold(d["file"]) != k])
        for doc in (d for d in docs if _fold(d["file"]) == k):
            for field, (key, right) in doc["fields"].items():
                p = calibrated(field, key, calibration)
                cell = cells.setdefault((field, confidence_bucket(p)), [0.0, 0, 0])
                cell[0], cell[1], cell[2] = cell[0] + p, cell[1] + right, cell[2] + 1
    return {
        field: {
            bucket: {"claimed": round(c[0] / c[2], 3), "accuracy": round(c[1] / c[2], 3), "n": c[2]}
            for (f, bucket), c in sorted(cells.items(), reverse=True)
            if f == field
        }
        for field in CALIBRATED_FIELDS
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--write", action="store_true", help=f"write the table to {TABLE_FILE}")
    args = parser.parse_args(argv)
    docs = observations(args.gold, args.corpus)
    sys.stdout.write(json.dumps({"cross_validated": cross_validated(docs)}, ensure_ascii=False) + "\n")
    if args.write:
        payload = {
            "about": "tools/calibrate_confidence.py on the devset's known and tune parts",
            "pool": POOL,
            "transfer": TRANSFER,
            **fit(docs),
        }
        TABLE_FILE.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
