"""Score extract_metadata against a gold JSONL file: per-field accuracy, officials P/R/F1.

Comparison rules (the gold files' conventions):
- a field absent from a gold line is not scored for that line; a gold null expects null;
- date: scored to the precision the gold gives ("2025-09" matches "2025-09-17");
- province: both sides canonicalized ("TP Hồ Chí Minh" = "Thành phố Hồ Chí Minh");
- chair, signer, officials: compared by official_key (spacing and tone placement normalized);
- period: case, dash and spacing folded, "quý I năm 2023" = "quý 1/2023"; a year present on one
  side only is not held against it ("9 tháng đầu năm" = "9 tháng đầu năm 2025");
- references: as a set;
- title: whole, after normalize_text, with whitespace collapsed and case folded (no gold line
  of the devset has a title yet, so it is scored nowhere there).

Also counted: dates given where the gold has none (invented), and unusable titles (missing, the
file name, site furniture, or over 160 characters). --split scores one part of the devset (devset_split.py).

Per-document lines (--verbose) carry the document's part and leave out the blind ones unless
--show-blind (tools.split_parts).

Run without Django: python -m tools.extraction_evaluation GOLD.jsonl CORPUS_DIR [--source-urls]
[--split known|tune|blind] [--verbose [--show-blind]]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from pathlib import Path

from documents.metadata import extract_metadata
from documents.metadata.officials import official_key
from documents.metadata.provinces import canonical_province
from documents.vietnamese.normalize import normalize_text
from tools.devset_split import PARTS, files_of
from tools.split_parts import SHOW_BLIND_HELP, SplitParts, load_parts
from tools.title_furniture import furniture_kind

logger = logging.getLogger(__name__)

SCORED_FIELDS = (
    "province", "province_current", "date", "meeting_type", "level", "doc_type", "chair", "signer",
    "term", "session_no", "period", "number", "references", "title",
)  # fmt: skip
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _period_key(value: str) -> str:
    text = normalize_text(value).casefold().replace("kì", "kỳ")
    text = re.sub(r"\s*[-–—/]\s*", "-", text)
    text = re.sub(r"quý (i{1,3}|iv|\d)", lambda m: "quý " + _ROMAN.get(m.group(1), m.group(1)), text)
    text = re.sub(r"(quý \d)(?: năm |-)(\d{4})", r"\1-\2", text)
    return " ".join(text.split())


def _strip_year(key: str) -> str:
    return re.sub(r"[-\s]?\d{4}$", "", key).strip()


def field_matches(field: str, gold, predicted) -> bool:
    """Whether one predicted field value counts as right against the gold value."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if field in ("province", "province_current"):
        return (canonical_province(gold) or gold) == (canonical_province(predicted) or predicted)
    if field == "date":
        return str(predicted)[: len(str(gold))] == str(gold)
    if field in ("chair", "signer"):
        return official_key(gold) == official_key(predicted)
    if field == "period":
        g, p = _period_key(gold), _period_key(predicted)
        return g == p or (
            bool(re.search(r"\d{4}$", g)) != bool(re.search(r"\d{4}$", p))
            and _strip_year(g) == _strip_year(p)
        )
    if field == "references":
        return set(gold) == set(predicted)
    if field == "title":
        return (
            " ".join(normalize_text(gold).split()).casefold()
            == " ".join(normalize_text(predicted).split()).casefold()
        )
    return str(gold).strip().casefold() == str(predicted).strip().casefold()


def _read(path: Path) -> str:
    if path.suffix.lower() == ".txt":
        return normalize_text(path.read_text(encoding="utf-8-sig"))
    from documents.readers import read_file  # other formats go through the readers

    return normalize_text(read_file(path).text)


TITLE_MAX_CHARS = 160


def title_fault(title: str | None, file_name: str) -> str | None:
    """Why a title is unusable ("missing", "file name", "furniture (menu)" and the other kinds of
    page furniture of tools.title_furniture, "too long"), or None when it is usable."""
    if not title or not title.strip():
        return "missing"
    folded = title.strip().casefold()
    if folded in (file_name.casefold(), Path(file_name).stem.casefold()):
        return "file name"
    furniture = furniture_kind(title)
    if furniture:
        return f"furniture ({furniture})"
    if len(title) > TITLE_MAX_CHARS:
        return "too long"
    return None


# Confidence buckets for calibration: the lower bound of each, highest first.
CONFIDENCE_BUCKETS = (0.85, 0.7, 0.5, 0.0)


def confidence_bucket(confidence: float) -> str:
    """ "0.85-1", "0.7-0.85", ...: the bucket a field's confidence falls in."""
    upper = "1"
    for low in CONFIDENCE_BUCKETS:
        if confidence >= low:
            return f"{low:g}-{upper}"
        upper = f"{low:g}"
    return f"0-{upper}"


def evaluate(
    gold_path: Path, corpus_dir: Path, source_urls: bool = False, only: set[str] | None = None
) -> dict:
    """Run extraction on every gold file (or on those named in `only`); return scores and the
    per-document mismatches, with the dates invented where the gold has none and the unusable titles."""
    lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if only is not None:
        lines = [gold for gold in lines if gold["file"] in only]
    counts = {f: [0, 0] for f in SCORED_FIELDS}
    # (field, confidence bucket) -> [correct, n]: whether the confidences mean what they say
    calibration: dict[tuple[str, str], list[int]] = {}
    tp = fp = fn = 0
    invented_dates = 0
    bad_titles: dict[str, int] = {}
    mismatches = []
    elapsed = 0.0
    for gold in lines:
        text = _read(corpus_dir / gold["file"])
        started = time.perf_counter()
        meta = extract_metadata(text, source_url=gold.get("url") if source_urls else None)
        elapsed += time.perf_counter() - started
        predicted = meta.to_json_dict()
        if "date" in gold and gold["date"] is None and predicted["date"] is not None:
            invented_dates += 1
        fault = title_fault(predicted["title"], gold["file"])
        if fault:
            bad_titles[fault] = bad_titles.get(fault, 0) + 1
            mismatches.append(
                {"file": gold["file"], "field": "title", "fault": fault, "predicted": predicted["title"]}
            )
        for field in SCORED_FIELDS:
            if field not in gold:
                continue
            counts[field][1] += 1
            right = field_matches(field, gold[field], predicted[field])
            if field in meta.confidence:
                cell = calibration.setdefault((field, confidence_bucket(meta.confidence[field])), [0, 0])
                cell[0], cell[1] = cell[0] + right, cell[1] + 1
            if right:
                counts[field][0] += 1
            else:
                mismatches.append(
                    {"file": gold["file"], "field": field, "gold": gold[field], "predicted": predicted[field]}
                )
        if "officials" in gold:
            want = {official_key(n) for n in gold["officials"]}
            got = {official_key(o["name"]) for o in predicted["officials"]}
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
            if want != got:
                mismatches.append(
                    {
                        "file": gold["file"],
                        "field": "officials",
                        "missing": sorted(want - got),
                        "extra": sorted(got - want),
                    }
                )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(lines),
        "fields": {
            f: {"accuracy": round(c / n, 4), "correct": c, "n": n} for f, (c, n) in counts.items() if n
        },
        "officials": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
        "invented_dates": invented_dates,
        "bad_titles": bad_titles,
        "calibration": {
            field: {
                bucket: {"accuracy": round(c / n, 3), "n": n}
                for (f, bucket), (c, n) in sorted(calibration.items(), reverse=True)
                if f == field
            }
            for field in dict.fromkeys(f for f, _ in sorted(calibration))
        },
        "ms_per_document": round(1000 * elapsed / max(1, len(lines)), 2),
        "mismatches": mismatches,
    }


def time_at_length(gold_path: Path, corpus_dir: Path, chars: int, runs: int = 5) -> dict:
    """Extraction time for texts of exactly `chars` characters: each gold file's text, repeated
    until long enough and cut there; the best of `runs` per file (the least disturbed by other
    work on the machine), then the median and the slowest file."""
    lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_file = []
    for gold in lines:
        text = _read(corpus_dir / gold["file"])
        if not text.strip():
            continue
        text = (text * (chars // len(text) + 1))[:chars]
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            extract_metadata(text, source_url=gold.get("url"))
            best = min(best, time.perf_counter() - started)
        per_file.append(1000 * best)
    per_file.sort()
    return {
        "chars": chars,
        "files": len(per_file),
        "median_ms": round(per_file[len(per_file) // 2], 2) if per_file else None,
        "max_ms": round(per_file[-1], 2) if per_file else None,
    }


def mismatch_lines(mismatches: list[dict], parts: SplitParts) -> list[str]:
    """One JSON line per mismatch, its document's part beside its file; those of blind documents
    only counted, unless ``parts`` shows them (tools.split_parts)."""
    shown = [m for m in mismatches if not parts.hides_document(m["file"])]
    out = [
        json.dumps({"file": m["file"], "part": parts.document_part(m["file"]), **m}, ensure_ascii=False)
        for m in shown
    ]
    hidden = [m["file"] for m in mismatches if parts.hides_document(m["file"])]
    if hidden:
        out.append(
            f"not shown: {len(hidden)} mismatches of {len(set(hidden))} blind documents "
            "(--show-blind shows them)"
        )
    return out


def report_lines(result: dict, verbose: bool = False, parts: SplitParts | None = None) -> list[str]:
    """Human-readable lines; the last one is a single JSON object (without the mismatches).
    ``verbose``: every mismatch first, as mismatch_lines prints them (``parts``: both split
    files', read when not given)."""
    out = []
    if verbose:
        out += mismatch_lines(result["mismatches"], parts or load_parts())
    for field, score in result["fields"].items():
        out.append(f"{field:<17} {score['accuracy']:7.2%}  ({score['correct']}/{score['n']})")
    o = result["officials"]
    out.append(f"{'officials':<17} P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}")
    out.append(f"{'invented dates':<17} {result['invented_dates']} of {result['documents']} documents")
    bad = result["bad_titles"]
    detail = ", ".join(f"{n} {kind}" for kind, n in sorted(bad.items()))
    out.append(f"{'bad titles':<17} {sum(bad.values())}" + (f" ({detail})" if detail else ""))
    out.append(f"{'time':<17} {result['ms_per_document']} ms per document")
    out.append("accuracy by confidence (calibration):")
    for field, buckets in result["calibration"].items():
        cells = "  ".join(f"{b}: {v['accuracy']:.2f} of {v['n']}" for b, v in buckets.items())
        out.append(f"  {field:<15} {cells}")
    summary = {k: v for k, v in result.items() if k != "mismatches"}
    out.append(json.dumps(summary, ensure_ascii=False))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--source-urls", action="store_true", help="pass each gold line's url as source_url")
    parser.add_argument("--verbose", action="store_true", help="also list every mismatch")
    parser.add_argument("--show-blind", action="store_true", help=SHOW_BLIND_HELP)
    parser.add_argument("--split", action="append", choices=PARTS, help="score only this part (repeatable)")
    parser.add_argument("--time-chars", type=int, help="instead, time extraction of texts of this length")
    args = parser.parse_args(argv)
    if args.time_chars:
        sys.stdout.write(json.dumps(time_at_length(args.gold, args.corpus, args.time_chars)) + "\n")
        return 0
    only = files_of(args.split) if args.split else None
    result = evaluate(args.gold, args.corpus, args.source_urls, only)
    parts = load_parts(show_blind=args.show_blind)
    sys.stdout.write("\n".join(report_lines(result, args.verbose, parts)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
