"""The confidence calibration: pooled per-rule accuracies, the transfer discount, held-out folds."""

import pytest

from documents.metadata import extract_metadata
from documents.metadata.confidence import CALIBRATED_FIELDS, REVIEW_BELOW, calibrated, table
from tools.calibrate_confidence import HIGH, LOW, POOL, TRANSFER, cross_validated, fit


def _doc(name, **fields):
    return {"file": name, "fields": fields}


def test_a_rule_seen_on_few_documents_leans_on_its_fields_accuracy():
    docs = [_doc(f"{i}.txt", date=("day and month, year from written", True)) for i in range(30)]
    docs += [_doc("x.txt", date=("day and month, year from the URL", False))]
    dates = fit(docs)["fields"]["date"]
    base = 30 / 31
    assert dates["rules"]["day and month, year from the URL"] == pytest.approx(
        (0 + POOL * base) / (1 + POOL) * TRANSFER["date"], abs=0.001
    )
    assert (
        dates["rules"]["day and month, year from written"]
        > dates["rules"]["day and month, year from the URL"]
    )
    assert dates["default"] == pytest.approx(base * TRANSFER["date"], abs=0.001)
    assert dates["seen"]["day and month, year from written"] == "30/30"


def test_confidences_are_clipped_and_a_missing_wanted_value_stays_doubtful():
    docs = [_doc(f"{i}.txt", province=("found", True), date=("none, a meeting", True)) for i in range(50)]
    calibration = fit(docs)
    assert LOW <= calibration["fields"]["province"]["rules"]["found"] <= HIGH
    # right by the gold, but staff can supply a meeting's date: it goes on the review list
    assert calibrated("date", "none, a meeting", calibration) < REVIEW_BELOW
    # a key never seen gets the field's default
    assert calibrated("province", "never seen", calibration) == calibration["fields"]["province"]["default"]


def test_cross_validation_scores_each_document_with_a_table_fitted_without_it():
    docs = [_doc(f"{i}.txt", chair=("chủ trì", i % 4 != 0)) for i in range(40)]
    buckets = cross_validated(docs)["chair"]
    assert sum(cell["n"] for cell in buckets.values()) == 40
    for cell in buckets.values():
        assert 0 <= cell["accuracy"] <= 1 and LOW <= cell["claimed"] <= HIGH


def test_the_shipped_table_covers_every_calibrated_field_and_extraction_uses_it():
    shipped = table()["fields"]
    assert set(CALIBRATED_FIELDS) <= set(shipped)
    for entry in shipped.values():
        assert all(LOW <= p <= HIGH for p in entry["rules"].values())
    meta = extract_metadata("Chiều 14-3-2024, Ban Thường vụ Tỉnh ủy Nam Định họp.")
    assert meta.rules["date"] == "day and month, year from written"
    assert meta.confidence["date"] == shipped["date"]["rules"]["day and month, year from written"]
