"""A date's evidence is read in one place (documents.metadata.date_evidence): the confidence
table's rule and the review pages' translation both take its parts from there."""

from __future__ import annotations

from django.utils import translation

from documents.evidence import readable_evidence
from documents.metadata.confidence import rule_keys
from documents.metadata.date_evidence import read_date_evidence
from documents.metadata.schema import Metadata

# Our own wording, in the shape dates.py writes.
EVIDENCE = "họp ngày 12/3 (kỳ họp thứ hai) (the meeting's paragraph; year: the URL)"


def test_the_parts_of_a_date_evidence():
    read = read_date_evidence(EVIDENCE)
    assert read["span"] == "họp ngày 12/3 (kỳ họp thứ hai)"
    assert (read["why"], read["source"]) == ("the meeting's paragraph", "the URL")
    assert read_date_evidence("first sentence") is None
    assert read_date_evidence("họp ngày 12/3 (the meeting's paragraph)") is None


def test_the_confidence_rule_and_the_review_text_read_the_same_parts():
    meta = Metadata(date="2024-03-12", evidence={"date": EVIDENCE})
    assert rule_keys(meta, None)["date"] == "day and month, year from the URL"
    with translation.override("vi"):
        assert readable_evidence(EVIDENCE) == (
            "họp ngày 12/3 (kỳ họp thứ hai) (đoạn nói về hội nghị; năm: địa chỉ trang)"
        )
