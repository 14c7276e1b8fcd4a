"""A date's evidence is read in one place (documents.metadata.date_evidence): the confidence
table's rule and the review pages' translation both take its parts from there."""

from __future__ import annotations

import ast
from pathlib import Path

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


def test_every_date_rule_is_translated_for_the_review_pages():
    from documents.evidence import RULES
    from documents.metadata.date_evidence import DATE_RULES

    assert [name for name in DATE_RULES if name not in RULES] == []


def _literal_rule_names(source: str) -> list[str]:
    """String literals a module returns beside a value, passes to date_evidence() or gives a
    `why` or `source` variable: the places a date rule's name is used."""
    found = []
    for node in ast.walk(ast.parse(source)):
        values = []
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            values = node.value.elts
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "date_evidence":
            values = node.args
        elif isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in getattr(target, "elts", [target])]
            names = [getattr(t, "id", None) for t in targets]
            if "why" in names or "source" in names:
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
        elif isinstance(node, ast.Compare) and getattr(node.left, "id", None) in ("why", "source"):
            values = node.comparators
        found += [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return found


def test_date_rules_are_named_by_their_constants():
    """A rule named by a literal could drift from the translated table unnoticed."""
    from documents.metadata import date_years, dates

    for module in (dates, date_years):
        assert _literal_rule_names(Path(module.__file__).read_text(encoding="utf-8")) == [], module.__name__
    # the check finds a literal where one is used
    assert _literal_rule_names('def f():\n    return 2024, "the URL"\n') == ["the URL"]
    assert _literal_rule_names('why = "the closing session"\n') == ["the closing session"]
    assert _literal_rule_names('ok = source == "the page\'s date"\n') == ["the page's date"]
