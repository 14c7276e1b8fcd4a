"""The learned choice among meeting-date candidates: its features, its shipped weights, its use."""

import json

import pytest

from documents.metadata import date_ranker
from documents.metadata.date_ranker import FEATURES, features, probabilities, rank
from documents.metadata.dates import date_candidates, detect_date
from documents.metadata.meeting_types import detect_meeting
from documents.metadata.spans import layout


def _rows(text):
    spans = layout(text)
    candidates, pages = date_candidates(text, spans)
    anchor = detect_meeting(text, spans).anchor
    return candidates, features(candidates, text, spans, anchor, pages), spans, anchor, pages


def _feature(rows, i, name):
    return rows[i][FEATURES.index(name)]


def test_features_describe_each_candidates_context():
    text = (
        "Sáng 12/3, Ban Thường vụ Tỉnh ủy họp để cho ý kiến về dự thảo. "
        "Tỉnh tổ chức kỷ niệm ngày 4/5 thành lập Đảng bộ. Dự kiến ngày 20/3 sẽ tổ chức hội nghị sơ kết."
    )
    candidates, rows, *_ = _rows(text)
    assert [(c.day, c.month) for c in candidates] == [(12, 3), (4, 5), (20, 3)]
    assert _feature(rows, 0, "bias_first") == 1.0 and _feature(rows, 1, "bias_first") == 0.0
    assert _feature(rows, 0, "meeting_words_in_sentence") == 1.0
    assert _feature(rows, 0, "time_word") == 1.0 and _feature(rows, 1, "time_word") == 0.0
    assert _feature(rows, 1, "anniversary_context") == 1.0 and _feature(rows, 0, "anniversary_context") == 0.0
    assert _feature(rows, 2, "future_context") == 1.0


def test_page_date_features():
    text = (
        "date 2024-03-14 Tiêu đề\nNgày 14/3, Tỉnh ủy họp. Ngày 10/3, đoàn kiểm tra làm việc. "
        "Ngày 20/3 tới sẽ họp."
    )
    candidates, rows, *_ = _rows(text)
    assert [(c.day, c.month) for c in candidates] == [(14, 3), (10, 3), (20, 3)]
    assert _feature(rows, 0, "same_day_as_page") == 1.0
    assert _feature(rows, 1, "within_week_before_page") == 1.0
    # a day after the page's date in its year is read as last year's: months before the page
    assert _feature(rows, 2, "months_before_page") == 1.0


def test_probabilities_are_a_distribution_over_candidates():
    probs = probabilities([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], (2.0, 1.0))
    assert sum(probs) == pytest.approx(1.0)
    assert probs[0] > probs[1] > probs[2]


def test_shipped_weights_match_the_features():
    data = json.loads(date_ranker.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["weights"]) == len(FEATURES)
    assert date_ranker.weights() is not None


def _ranker_prefers_the_meeting_over_a_cited_documents_date():
    text = (
        "Thực hiện Kế hoạch của Tỉnh ủy ban hành ngày 2/3/2024, chiều 12/3/2024 Ban Thường vụ "
        "Tỉnh ủy họp, đồng chí Nguyễn Văn An chủ trì hội nghị."
    )
    candidates, _, spans, anchor, pages = _rows(text)
    assert [(c.day, c.month) for c in candidates] == [(2, 3), (12, 3)]
    index, probability = rank(candidates, text, spans, anchor, pages)
    assert (candidates[index].day, candidates[index].month) == (12, 3)
    assert 0.5 < probability <= 1.0
    value, evidence = detect_date(text, spans, anchor)
    assert value == "2024-03-12"
    assert "ranked" in evidence


def test_a_birth_date_is_no_candidate():
    text = "Ông Nguyễn Văn An sinh ngày 4/5/1965. Chiều 12/3/2024, Ban Thường vụ Tỉnh ủy họp."
    candidates, *_ = _rows(text)
    assert [(c.day, c.month) for c in candidates] == [(12, 3)]


def test_without_weights_the_rule_chooses(monkeypatch, tmp_path):
    monkeypatch.setattr(date_ranker, "WEIGHTS_FILE", tmp_path / "missing.json")
    date_ranker.weights.cache_clear()
    try:
        text = "Ngày 5/3/2024, Ban Thường vụ họp. Ngày 9/3/2024, đoàn công tác làm việc."
        value, evidence = detect_date(text, layout(text), None)
        assert value == "2024-03-05"
        assert "ranked" not in evidence
    finally:
        date_ranker.weights.cache_clear()
