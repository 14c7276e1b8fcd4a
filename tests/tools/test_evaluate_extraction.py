import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tools.devset_split import load_split


def _corpus(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text("Ngày 3/5/2022, Ban Thường vụ Tỉnh ủy Nam Định họp.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"file": n, "date": "2022-05-03"}) + "\n" for n in names))
    return gold


def test_split_scores_only_that_part(tmp_path):
    split = load_split()
    gold = _corpus(tmp_path, [split["known"][0], split["tune"][0], split["blind"][0]])
    out = StringIO()
    call_command("evaluate_extraction", str(gold), str(tmp_path), "--split", "tune", stdout=out)
    summary = json.loads(out.getvalue().splitlines()[-1])
    assert summary["documents"] == 1 and summary["fields"]["date"]["accuracy"] == 1.0


def test_blind_part_is_not_listed_in_detail(tmp_path):
    gold = _corpus(tmp_path, [load_split()["blind"][0]])
    with pytest.raises(CommandError, match="blind"):
        call_command("evaluate_extraction", str(gold), str(tmp_path), "--split", "blind", "--verbose")


def test_time_chars_times_texts_of_that_length(tmp_path):
    gold = _corpus(tmp_path, ["a.txt", "b.txt"])
    out = StringIO()
    call_command("evaluate_extraction", str(gold), str(tmp_path), "--time-chars", "6000", stdout=out)
    timing = json.loads(out.getvalue().splitlines()[-1])
    assert timing["chars"] == 6000 and timing["files"] == 2
    assert 0 < timing["median_ms"] <= timing["max_ms"]


def test_time_chars_must_be_positive(tmp_path):
    gold = _corpus(tmp_path, ["a.txt"])
    with pytest.raises(CommandError, match="--time-chars"):
        call_command("evaluate_extraction", str(gold), str(tmp_path), "--time-chars", "0")


def test_accuracy_is_reported_by_confidence_bucket(tmp_path):
    gold = _corpus(tmp_path, ["a.txt"])
    (tmp_path / "b.txt").write_text("Ban Thường vụ Tỉnh ủy Nam Định họp.\n", encoding="utf-8")
    with gold.open("a") as lines:
        lines.write(json.dumps({"file": "b.txt", "date": "2022-05-03", "url": "https://x.vn/b"}) + "\n")
    out = StringIO()
    call_command("evaluate_extraction", str(gold), str(tmp_path), "--source-urls", stdout=out)
    calibration = json.loads(out.getvalue().splitlines()[-1])["calibration"]["date"]
    # a written year is trusted and right; a meeting left without a date is doubtful, and here wrong
    assert calibration["0.7-0.85"] == {"accuracy": 1.0, "n": 1}
    assert calibration["0-0.5"] == {"accuracy": 0.0, "n": 1}
    assert "accuracy by confidence" in out.getvalue()


def test_verbose_lines_name_each_documents_part_and_leave_the_blind_ones_out(tmp_path):
    split = load_split()
    tune, blind = split["tune"][0], split["blind"][0]
    gold = _corpus(tmp_path, [tune, blind])
    gold.write_text("".join(json.dumps({"file": n, "date": "1999-01-01"}) + "\n" for n in (tune, blind)))
    out = StringIO()
    call_command("evaluate_extraction", str(gold), str(tmp_path), "--verbose", stdout=out)
    printed = out.getvalue()
    assert blind not in printed
    mismatch = json.loads(printed.splitlines()[0])
    assert (mismatch["file"], mismatch["part"], mismatch["field"]) == (tune, "tune", "date")
    assert "not shown: 1 mismatches of 1 blind documents (--show-blind shows them)" in printed
    assert json.loads(printed.splitlines()[-1])["fields"]["date"]["n"] == 2  # still scored

    out = StringIO()
    call_command("evaluate_extraction", str(gold), str(tmp_path), "--verbose", "--show-blind", stdout=out)
    shown = [json.loads(line) for line in out.getvalue().splitlines()[:2]]
    assert {(m["file"], m["part"]) for m in shown} == {(tune, "tune"), (blind, "blind")}
