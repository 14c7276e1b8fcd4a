import json

import pytest

from tools.extraction_evaluation import evaluate, field_matches, report_lines, title_fault


@pytest.mark.parametrize(
    ("field", "gold", "predicted", "ok"),
    [
        ("date", "2025-09", "2025-09-17", True),
        ("date", "2025-09-17", "2025-09", False),
        ("date", None, "2025", False),
        ("date", None, None, True),
        ("province", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", True),
        ("chair", "Trương Hoà Bình", "Trương Hòa Bình", True),
        ("period", "quý I năm 2023", "quý I/2023", True),
        ("period", "Quý I/2024", "quý 1-2024", True),
        ("period", "6 tháng đầu năm 2021", "6 tháng đầu năm", True),
        ("period", "nhiệm kì 2020 - 2025", "nhiệm kỳ 2020-2025", True),
        ("period", "quý II/2023", "quý I/2023", False),
        ("references", ["a", "b"], ["b", "a"], True),
        ("term", "XI", "XII", False),
    ],
)
def test_field_matches(field, gold, predicted, ok):
    assert field_matches(field, gold, predicted) is ok


def test_evaluate_prints_json_last(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Ngày 29/6/2021, đồng chí Lê Văn An, Bí thư Tỉnh ủy Thái Bình chủ trì Hội nghị "
        "Ban Thường vụ Tỉnh ủy.\n\nHoàng Minh\n",
        encoding="utf-8",
    )
    gold = {
        "file": "a.txt",
        "province": "Thái Bình",
        "date": "2021-06",
        "chair": "Lê Văn An",
        "meeting_type": "ban_thuong_vu",
        "officials": ["Lê Văn An"],
        "term": None,
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = evaluate(tmp_path / "gold.jsonl", tmp_path)
    assert all(score["accuracy"] == 1.0 for score in result["fields"].values())
    assert result["officials"]["f1"] == 1.0
    summary = json.loads(report_lines(result)[-1])
    assert summary["documents"] == 1 and "mismatches" not in summary


@pytest.mark.parametrize(
    ("title", "fault"),
    [
        (None, "missing"),
        ("  ", "missing"),
        ("a.txt", "file name"),
        ("A", "file name"),
        ("x" * 161, "too long"),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12", None),
    ],
)
def test_title_fault(title, fault):
    assert title_fault(title, "a.txt") == fault


def test_evaluate_counts_invented_dates_and_scores_only_the_named_files(tmp_path):
    (tmp_path / "a.txt").write_text("Ngày 3/5/2022, Ban Thường vụ Tỉnh ủy Nam Định họp.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ban Thường vụ Tỉnh ủy Nam Định họp.\n", encoding="utf-8")
    lines = [{"file": "a.txt", "date": None}, {"file": "b.txt", "date": None}]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = evaluate(gold, tmp_path)
    assert result["documents"] == 2 and result["invented_dates"] == 1
    only_b = evaluate(gold, tmp_path, only={"b.txt"})
    assert only_b["documents"] == 1 and only_b["invented_dates"] == 0
