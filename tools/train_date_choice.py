"""Fit documents/metadata/date_choice.json: weights that choose the meeting's date among the candidates.

python -m tools.train_date_choice rows GOLD.jsonl CORPUS_DIR   # writes eval/date_choice_rows.jsonl
python -m tools.train_date_choice fit [--write]                # fits on those rows

`rows` reads only the devset's known and tune parts: per document where extraction chooses among
day-and-month candidates, each candidate's features (documents.metadata.date_choice) and whether
the date it gives matches the gold at the gold's precision. The rows hold no text, so the weights
are rebuilt from the repository alone (tests/metadata/test_date_choice.py checks the shipped file
is what `fit` makes of the shipped rows).

`fit` is a conditional logistic regression (one softmax over each document's candidates; a
document where several candidates give the right date counts any of them as right) with an L2
penalty, fitted by plain gradient descent for a fixed number of steps from zero: the same rows
give the same weights. The penalty is chosen by 5-fold cross-validation over documents (folds by
the SHA-1 of the file name); printed beside the rules' accuracy on the same documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from documents.metadata.date_choice import WEIGHTS_FILE, choose
from tools.devset_split import files_of

ROWS_FILE = Path(__file__).resolve().parents[1] / "eval" / "date_choice_rows.jsonl"
PENALTIES = (0.03, 0.1, 0.3, 1.0, 3.0)
STEPS = 400
RATE = 0.5
FOLDS = 5
DIGITS = 4


def rows(gold_path: Path, corpus_dir: Path) -> list[dict]:
    """Per known+tune document with a choice: its file, the rules' pick, each option's features
    and rightness."""
    from documents.metadata import date_choices
    from tools.extraction_evaluation import _read, field_matches

    only = files_of(["known", "tune"])
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if gold["file"] not in only or "date" not in gold:
            continue
        found = date_choices(_read(corpus_dir / gold["file"]), gold.get("url"))
        if found is None:
            continue
        options, rule = found
        described = [
            {"features": o.features, "right": field_matches("date", gold["date"], o.date)} for o in options
        ]
        out.append({"file": gold["file"], "rule": rule, "options": described})
    return sorted(out, key=lambda r: r["file"])


def _fold(name: str) -> int:
    return int(hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest(), 16) % FOLDS


def fit(docs: list[dict], penalty: float) -> dict[str, float]:
    """Weights maximising the mean log-likelihood of a right option per document, less
    penalty * |w|^2 / 2. Documents whose options are all right or all wrong teach nothing."""
    names = sorted({f for d in docs for o in d["options"] for f in o["features"]})
    weights = dict.fromkeys(names, 0.0)
    useful = [
        d for d in docs if any(o["right"] for o in d["options"]) and not all(o["right"] for o in d["options"])
    ]
    n = max(1, len(useful))
    for _ in range(STEPS):
        gradient = {name: -penalty * w for name, w in weights.items()}
        for d in useful:
            scores = [sum(weights[f] for f in o["features"]) for o in d["options"]]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            right = sum(e for e, o in zip(exps, d["options"], strict=True) if o["right"])
            for e, o in zip(exps, d["options"], strict=True):
                # d log(P(right)) / d score = P(option | right) - P(option)
                share = (e / right if o["right"] else 0.0) - e / total
                for f in o["features"]:
                    gradient[f] += share / n
        for name in weights:
            weights[name] += RATE * gradient[name]
    return {name: round(w, DIGITS) for name, w in weights.items() if round(w, DIGITS) != 0.0}


def _right(doc: dict, weights: dict[str, float] | None) -> bool:
    from documents.metadata.date_choice import Option

    options = [Option(None, None, None, o["features"]) for o in doc["options"]]
    return doc["options"][choose(options, doc["rule"], weights)]["right"]


def cross_validated(docs: list[dict], penalty: float) -> float:
    """Accuracy of the chosen date over the documents, each chosen by weights fitted without its fold."""
    right = 0
    for k in range(FOLDS):
        held = [d for d in docs if _fold(d["file"]) == k]
        weights = fit([d for d in docs if _fold(d["file"]) != k], penalty)
        right += sum(_right(d, weights) for d in held)
    return right / max(1, len(docs))


def best_penalty(docs: list[dict], out=sys.stdout) -> float:
    rules = sum(_right(d, None) for d in docs) / max(1, len(docs))
    print(f"documents with a choice: {len(docs)}; the rules' pick right: {rules:.3f}", file=out)
    scored = []
    for penalty in PENALTIES:
        accuracy = cross_validated(docs, penalty)
        print(f"penalty {penalty}: cross-validated {accuracy:.3f}", file=out)
        scored.append((accuracy, penalty))
    # the best accuracy; on a tie the larger penalty (weights nearer zero, nearer the rules)
    return max(scored)[1]


def trained(docs: list[dict]) -> dict:
    penalty = best_penalty(docs, out=sys.stderr)
    return {
        "about": "tools/train_date_choice.py fit on eval/date_choice_rows.jsonl (known and tune parts)",
        "penalty": penalty,
        "weights": fit(docs, penalty),
    }


def read_rows(path: Path = ROWS_FILE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("rows", help="write eval/date_choice_rows.jsonl from the devset")
    make.add_argument("gold", type=Path)
    make.add_argument("corpus", type=Path)
    fitting = sub.add_parser("fit", help="fit the weights on the rows")
    fitting.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    if args.command == "rows":
        if not args.gold.is_file() or not args.corpus.is_dir():
            parser.error(f"{args.gold} must be a gold JSONL file and {args.corpus} a directory")
        found = rows(args.gold, args.corpus)
        ROWS_FILE.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8"
        )
        print(f"wrote {len(found)} documents to {ROWS_FILE}")
        return 0
    if not ROWS_FILE.is_file():
        parser.error(f"{ROWS_FILE}: missing; run the 'rows' command first")
    result = trained(read_rows())
    text = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.write:
        WEIGHTS_FILE.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
