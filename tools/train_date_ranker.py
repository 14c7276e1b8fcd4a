"""Fit the meeting-date ranker (documents/metadata/date_ranker.py) and write its weights file.

python -m tools.train_date_ranker GOLD.jsonl CORPUS_DIR [--write]

Trains only on the devset's known and tune parts (eval/extraction_split.json): the blind part is
never read here. A document teaches the ranker when its gold date has a day and its candidates
name more than one day with at least one of them right. The model is a conditional logit (softmax
over one document's candidates) with an L2 penalty towards prior weights (PRIOR), fitted by
gradient descent in pure Python. The leave-one-document-out choice accuracy is printed beside the
rule's, so a ranker that does not beat the rule on data it was not fitted to is seen before it is
shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from documents.metadata import prepared_text
from documents.metadata.date_ranker import FEATURES, WEIGHTS_FILE, features, probabilities
from documents.metadata.dates import _first_day, date_candidates, rule_choice
from documents.metadata.meeting_types import detect_meeting
from documents.metadata.spans import has_vietnamese_words, layout
from tools.devset_split import files_of
from tools.extraction_evaluation import _read

L2 = 0.05
# Prior weights: what the rules in dates.py already hold (the first candidate in the meeting's
# paragraph wins) and what no rule needs a document to know (a birth, an anniversary, a cited
# document's date or a date after the page is not the meeting's). The penalty pulls each weight
# towards its prior, so a context the teaching documents never show keeps its prior's sign.
PRIOR = {
    "first_in_anchor_paragraph": 1.5,
    "in_anchor_paragraph": 0.5,
    "bias_first": 0.5,
    "cited_context": -2.0,
    "anniversary_context": -1.0,
    "birth_context": -3.0,
    "future_context": -1.0,
    "after_page": -2.0,
}
STEPS = 600
RATE = 0.3


def _dated(chosen, candidates, text, spans) -> tuple[int, int]:
    """(month, day) the extractor gives when it chooses this candidate (a range: its first day)."""
    first, _ = _first_day(chosen, candidates, text, spans)
    return first.month, first.day


def examples(gold_path: Path, corpus_dir: Path, parts: list[str]) -> list[dict]:
    """Per teaching document: its candidates' feature rows, which are right, the rule's pick."""
    only = files_of(parts)
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if gold["file"] not in only or not gold.get("date") or len(gold["date"]) != 10:
            continue
        text = _read(corpus_dir / gold["file"])
        if not has_vietnamese_words(text):
            continue
        text = prepared_text(text)
        spans = layout(text)
        candidates, pages = date_candidates(text, spans)
        if len({(c.month, c.day) for c in candidates}) < 2:
            continue
        want = (int(gold["date"][5:7]), int(gold["date"][8:10]))

        labels = [_dated(c, candidates, text, spans) == want for c in candidates]
        if not any(labels):
            continue
        anchor = detect_meeting(text, spans).anchor
        rule = rule_choice(candidates, spans, anchor)
        out.append(
            {
                "file": gold["file"],
                "rows": features(candidates, text, spans, anchor, pages),
                "labels": labels,
                "rule_right": _dated(rule, candidates, text, spans) == want,
            }
        )
    return out


def fit(data: list[dict]) -> list[float]:
    """Weights maximizing the log-probability of the right candidates, minus an L2 penalty."""
    prior = [PRIOR.get(name, 0.0) for name in FEATURES]
    w = list(prior)
    for _ in range(STEPS):
        grad = [-L2 * (x - p) for x, p in zip(w, prior, strict=True)]
        for ex in data:
            probs = probabilities(ex["rows"], tuple(w))
            right_mass = sum(p for p, ok in zip(probs, ex["labels"], strict=True) if ok)
            for row, p, ok in zip(ex["rows"], probs, ex["labels"], strict=True):
                # d log(sum of right probs) / d score_i = [ok] p_i / right_mass - p_i
                g = (p / right_mass if ok else 0.0) - p
                for k, x in enumerate(row):
                    grad[k] += g * x
        w = [wk + RATE * gk / max(1, len(data)) for wk, gk in zip(w, grad, strict=True)]
    return w


def picks_right(w: list[float], ex: dict) -> bool:
    probs = probabilities(ex["rows"], tuple(w))
    best = max(range(len(probs)), key=lambda i: (probs[i], -i))
    return ex["labels"][best]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_FILE}")
    args = parser.parse_args(argv)
    data = examples(args.gold, args.corpus, ["known", "tune"])
    held_out = sum(picks_right(fit(data[:i] + data[i + 1 :]), ex) for i, ex in enumerate(data))
    rule = sum(ex["rule_right"] for ex in data)
    w = fit(data)
    report = {
        "documents": len(data),
        "rule_right": rule,
        "ranker_right_left_out": held_out,
        "ranker_right_fitted": sum(picks_right(w, ex) for ex in data),
    }
    sys.stdout.write(json.dumps(report) + "\n")
    if args.write:
        payload = {
            "features": list(FEATURES),
            "weights": [round(x, 4) for x in w],
            "trained_on": "devset known + tune parts",
            "l2": L2,
            "prior": PRIOR,
            "steps": STEPS,
            **report,
        }
        WEIGHTS_FILE.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
