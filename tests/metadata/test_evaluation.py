import json

import pytest

from documents.metadata.evaluation import evaluate, field_matches, report_lines


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
